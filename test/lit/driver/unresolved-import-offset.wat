;; The diagnostic points at the first unresolved import entry: here the
;; second import (env.f), which starts at 0x38, after the 0x16-byte module
;; name and the 9-byte field name of the first.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s -DFILE=%t.wasm
;; CHECK: [[FILE]]:0x38: error: unresolved imports (the runtime provides only WASI preview1 functions): env.f (func){{$}}
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
  (import "env" "f" (func))
  (func (export "_start")))
