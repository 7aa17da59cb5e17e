;; A module using every Wasm 2.0 feature that wasmc decodes is valid.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
(module
  (type $binop (func (param i32 i32) (result i32)))
  (type $pair (func (param i32) (result i32 i64)))
  (import "env" "imported" (func $imported (param i32)))
  (import "env" "g" (global $gimp i32))
  (import "env" "ext" (table $imptab 1 externref))

  (memory (export "memory") 1 2)
  (table $funcs 4 funcref)
  (table $refs 2 externref)
  (global $counter (mut i32) (global.get $gimp))
  (global $fref funcref (ref.func $add))
  (global $null externref (ref.null extern))

  (elem (table $funcs) (i32.const 0) func $add $sub)
  (elem $passive funcref (ref.func $add) (ref.null func))
  (elem declare func $multi)
  (data (i32.const 16) "hello")
  (data $bytes "\01\02\03")

  (func $add (type $binop) (i32.add (local.get 0) (local.get 1)))
  (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))

  ;; Multi-value: block params and results, multiple function results.
  (func $multi (type $pair)
    (local.get 0)
    (block (param i32) (result i32 i64)
      (i64.extend_i32_s (local.get 0))))

  (func $control (param $x i32) (result i32)
    (local $acc i32)
    (block $done
      (loop $top (param) (result)
        (br_if $done (i32.eqz (local.get $x)))
        (local.set $acc (i32.add (local.get $acc) (local.get $x)))
        (local.set $x (i32.sub (local.get $x) (i32.const 1)))
        (br $top)))
    (i32.const 1)
    (if (param i32) (result i32) (local.get $acc)
      (then (i32.add (i32.const 2)))
      (else (i32.sub (i32.const 3))))
    (block $a (param i32) (result i32)
      (block $b (param i32) (result i32)
        (br_table $a $b $a (local.get $x))))
    (select (result i32) (local.get $acc) (i32.const 0)))

  (func $numeric (param f32 f64) (result i64)
    (drop (i32.extend8_s (i32.const 255)))
    (drop (i64.extend32_s (i64.const 1)))
    (drop (i32.trunc_sat_f32_s (local.get 0)))
    (drop (i64.trunc_sat_f64_u (local.get 1)))
    (drop (select (local.get 0) (f32.const 1) (i32.const 0)))
    (i64.reinterpret_f64 (f64.promote_f32 (local.get 0))))

  (func $memory
    (i32.store8 offset=3 align=1 (i32.const 0) (i32.const 7))
    (drop (i64.load align=8 (i32.const 8)))
    (drop (memory.grow (memory.size)))
    (memory.init $bytes (i32.const 0) (i32.const 0) (i32.const 3))
    (data.drop $bytes)
    (memory.copy (i32.const 0) (i32.const 16) (i32.const 5))
    (memory.fill (i32.const 0) (i32.const 0) (i32.const 4)))

  (func $tables (param $e externref) (result i32)
    (table.set $refs (i32.const 0) (local.get $e))
    (drop (table.get $imptab (i32.const 0)))
    (drop (table.grow $refs (ref.null extern) (i32.const 1)))
    (table.fill $refs (i32.const 0) (local.get $e) (i32.const 1))
    (table.init $funcs $passive (i32.const 2) (i32.const 0) (i32.const 2))
    (elem.drop $passive)
    (table.copy $funcs $funcs (i32.const 0) (i32.const 1) (i32.const 1))
    (drop (ref.func $multi))
    (drop (ref.is_null (local.get $e)))
    (global.set $counter (table.size $funcs))
    (call_indirect $funcs (type $binop) (i32.const 1) (i32.const 2) (i32.const 0)))

  (func $start
    (call $imported (global.get $counter)))
  (start $start)

  (export "add" (func $add))
  (export "tables" (func $tables))
  (export "g" (global $counter))
  (export "t" (table $funcs)))
