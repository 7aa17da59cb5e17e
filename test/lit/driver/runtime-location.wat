;; wasmc finds rtlib relative to its own executable, at
;; <bin>/../lib/wasmc/x86_64-linux-gnu/librtlib.a, and says so when it is
;; missing (before compiling, leaving no output).
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: rm -rf %t.tree && mkdir -p %t.tree/bin
;; RUN: cp "$(command -v wasmc)" %t.tree/bin/wasmc
;; RUN: %t.tree/bin/wasmc %t.wasm -o %t.tree/app 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=MISSING -DTREE=%t.tree < %t.err
;; RUN: test ! -e %t.tree/app
;; MISSING: error: cannot link: the wasmc runtime library (librtlib.a) for x86_64-linux-gnu not found at '[[TREE]]/lib/wasmc/x86_64-linux-gnu/librtlib.a'

;; An install-shaped tree works.
;; RUN: mkdir -p %t.tree/lib/wasmc/x86_64-linux-gnu
;; RUN: cp %rtlib_dir/x86_64-linux-gnu/librtlib.a %t.tree/lib/wasmc/x86_64-linux-gnu/
;; RUN: %t.tree/bin/wasmc %t.wasm -o %t.tree/app
;; RUN: %t.tree/app; test $? -eq 3
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory 1)
  (func (export "_start") (call $exit (i32.const 3))))
