;; Element segment encodings 0-3, 5 and 6 and data segment encodings 0 and 1
;; decode. wat2wasm picks the encoding from the form written, but writes
;; ref.func-only expression lists as indices (4 -> 0, 7 -> 3); those two and
;; data encoding 2 are in elem-expression-encodings.test and
;; data-explicit-memory.test.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --validate-only %t.wasm
(module
  (table $t0 4 funcref)
  (table $t1 4 funcref)
  (memory 1)
  (func $f)
  (elem (i32.const 0) $f)                          ;; 0: active, table 0, indices
  (elem func $f)                                   ;; 1: passive, indices
  (elem (table $t1) (i32.const 0) func $f)         ;; 2: active, explicit table, indices
  (elem declare func $f)                           ;; 3: declarative, indices
  (elem (i32.const 1) funcref (ref.func $f))       ;; 4: active, table 0, expressions
  (elem funcref (ref.null func))                   ;; 5: passive, expressions
  (elem (table $t1) (i32.const 1) funcref (ref.null func)) ;; 6: active, explicit table, expressions
  (elem declare funcref (ref.func $f))             ;; 7: declarative, expressions
  (data (i32.const 0) "a")                         ;; 0: active, memory 0
  (data "b")                                       ;; 1: passive
  (data (memory 0) (i32.const 1) "c"))             ;; 2 when written with a memory index (see data-explicit-memory.test)
