;; Linking an executable needs every import to come from the runtime: one
;; error lists them all, at the first offending import, and nothing is written.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: rm -f %t.out
;; RUN: wasmc %t.wasm -o %t.out 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s -DFILE=%t.wasm < %t.err
;; RUN: test ! -e %t.out
;; CHECK: [[FILE]]:0x{{[0-9a-f]+}}: error: unresolved imports (the runtime provides only WASI preview1 functions): env.foo (func), env.mem (memory), wasi_snapshot_preview1.fd_write (func ii:i, but WASI defines iiii:i), wasi_snapshot_preview1.no_such_call (func), spectest.g (global), env.t (table){{$}}

;; The same module compiles to an object: imports are only checked for
;; executables.
;; RUN: wasmc -c %t.wasm -o %t.o
;; RUN: test -s %t.o
(module
  (import "env" "foo" (func (param i32)))
  (import "env" "mem" (memory 1))
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_read" (func (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "no_such_call" (func))
  (import "spectest" "g" (global i32))
  (import "env" "t" (table 1 funcref))
  (func (export "_start")))
