;; --max-memory caps each linear memory of an executable: memory.grow
;; beyond it returns -1. This program grows its memory a page at a time
;; until that happens and exits with the number of pages it then has.
;; Whoever runs it may lower the cap (WASMC_MAX_MEMORY), never raise it.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --max-memory=256K %t.wasm -o %t
;; RUN: %t || echo "pages: $?" > %t.out
;; RUN: FileCheck %s < %t.out
;; CHECK: pages: 4
;; RUN: env WASMC_MAX_MEMORY=128k %t || echo "pages: $?" > %t.lowered
;; RUN: FileCheck %s --check-prefix=LOWERED < %t.lowered
;; LOWERED: pages: 2
;; RUN: env WASMC_MAX_MEMORY=1M not %t 2>&1 | FileCheck %s --check-prefix=RAISE
;; RAISE: wasmc: error: WASMC_MAX_MEMORY=1M is above this program's limit of 256 KiB (wasmc --max-memory); it may only lower it
;; Without --max-memory the module's own maximum (16 pages) applies, and the
;; environment can still lower it.
;; RUN: wasmc %t.wasm -o %t.free
;; RUN: %t.free || echo "pages: $?" > %t.free.out
;; RUN: FileCheck %s --check-prefix=FREE < %t.free.out
;; FREE: pages: 16
;; RUN: env WASMC_MAX_MEMORY=192K %t.free || echo "pages: $?" > %t.env
;; RUN: FileCheck %s --check-prefix=ENV < %t.env
;; ENV: pages: 3
;; RUN: env WASMC_MAX_MEMORY=lots not %t.free 2>&1 | FileCheck %s --check-prefix=BAD
;; BAD: wasmc: error: WASMC_MAX_MEMORY=lots: expected a size of at least 64K, e.g. 256M

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory 1 16)
  (func $_start (export "_start")
    (loop $l
      (br_if $l (i32.ne (memory.grow (i32.const 1)) (i32.const -1))))
    (call $proc_exit (memory.size))))
