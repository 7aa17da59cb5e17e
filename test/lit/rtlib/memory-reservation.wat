;; Guard-page code needs an 8 GiB + 64 KiB reservation per memory; code
;; compiled with --bounds-checks=explicit reserves only the memory's maximum,
;; so it still runs where address space is limited. memory.grow honours the
;; declared maximum in both modes and new pages read as zero.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc %t.wasm -o %t.guard
;; RUN: wasmc --bounds-checks=explicit %t.wasm -o %t.explicit
;; RUN: %t.guard > %t.1 2>&1 || echo "exit code: $?" >> %t.1
;; RUN: FileCheck %s --check-prefix=OK < %t.1
;; RUN: %t.explicit > %t.2 2>&1 || echo "exit code: $?" >> %t.2
;; RUN: FileCheck %s --check-prefix=OK < %t.2
;; RUN: (ulimit -v 2000000 && %t.explicit) > %t.3 2>&1 || echo "exit code: $?" >> %t.3
;; RUN: FileCheck %s --check-prefix=OK < %t.3
;; RUN: (ulimit -v 2000000 && %t.guard) > %t.4 2>&1 || echo "exit code: $?" >> %t.4
;; RUN: FileCheck %s --check-prefix=NOSPACE < %t.4

;; OK: exit code: 42
;; NOSPACE: wasmc: error: memory 0: cannot reserve 8590000128 bytes of address space for a linear memory: {{.*}} (modules compiled with --bounds-checks=explicit need less)
;; NOSPACE-NEXT: exit code: 1

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1 4)
  (func $_start (export "_start")
    (if (i32.ne (memory.grow (i32.const 3)) (i32.const 1))
      (then (call $exit (i32.const 10))))
    (if (i32.ne (memory.grow (i32.const 1)) (i32.const -1))
      (then (call $exit (i32.const 11))))
    (if (i32.ne (memory.size) (i32.const 4))
      (then (call $exit (i32.const 12))))
    (if (i32.ne (i32.load (i32.const 262140)) (i32.const 0))
      (then (call $exit (i32.const 13))))
    (i32.store (i32.const 262140) (i32.const 40))
    (call $exit (i32.add (i32.load (i32.const 262140)) (i32.const 2)))))
