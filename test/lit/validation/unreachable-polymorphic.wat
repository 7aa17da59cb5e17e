;; After unreachable, br, br_table and return the operand stack is
;; polymorphic: missing operands have whatever type is needed.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
(module
  (func (result i32)
    (unreachable)
    (i32.add)
    (select)
    (drop)
    (i64.const 0)
    (i64.eqz))
  (func (param i32) (result f32)
    (block $a (result f32)
      (block $b (result f32)
        (unreachable)
        ;; Both labels take one value, of different types: the unknown
        ;; operand satisfies each.
        (br_table $a $b (local.get 0))))
    (drop)
    (f32.const 1))
  (func (result externref)
    (return (ref.null extern))
    (ref.is_null)
    (drop)))
