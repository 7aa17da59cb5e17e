;; --cpu native compiles (and links) for the machine wasmc runs on.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --cpu native %t.wasm -o %t
;; RUN: %t; test $? -eq 4
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $f (param f64) (result f64) (f64.floor (local.get 0)))
  (func (export "_start")
    (call $exit (i32.trunc_f64_s (call $f (f64.const 4.75))))))
