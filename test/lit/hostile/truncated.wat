;; Every proper prefix of a module that uses most sections (types, imports,
;; functions, table, memory, global, exports, start, elements, data count,
;; code, data, names) is rejected with a diagnostic -- or, when it ends at a
;; section boundary, may be a valid module -- and never crashes wasmc.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
;; RUN: python3 %S/Inputs/truncate.py %t.wasm | FileCheck %s
;; CHECK: {{[0-9]+}} prefixes: {{[0-9]+}} accepted, {{[0-9]+}} rejected, 0 failed
(module
  (type $t (func (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (table 2 funcref)
  (memory 1 2)
  (global $g (mut i64) (i64.const -7))
  (func $double (type $t) (local f64 v128)
    local.get 0
    i32.const 1
    i32.shl)
  (func $start
    (block $out
      (loop $l
        global.get $g
        i64.const 1
        i64.add
        global.set $g
        global.get $g
        i64.eqz
        br_if $out
        br $l)))
  (func (export "f") (param i32) (result i32)
    local.get 0
    i32.const 0
    call_indirect (type $t)
    i32.const 16
    i32.load offset=4
    i32.add
    data.drop 1)
  (start $start)
  (elem (i32.const 0) $double $double)
  (data (i32.const 16) "hello, world")
  (data "passive"))
