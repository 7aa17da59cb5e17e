;; The module that malformed.test adds branch hint sections to. Function 0
;; is imported; function 1's body, counted from its local declarations
;; (wasm-objdump -d):
;;   0: 00          no locals
;;   1: 20 00       local.get 0
;;   3: 04 7f       if (result i32)
;;   5: 41 01       i32.const 1
;;   7: 05          else
;;   8: 41 02       i32.const 2
;;  10: 0b          end
;;  11: 02 7f       block (result i32)
;;  13: 41 03       i32.const 3
;;  15: 20 00       local.get 0
;;  17: 0d 00       br_if 0
;;  19: 0b          end
;;  20: 6a          i32.add
;;  21: 0b          end
;; Function 2 has an `if` at offset 3 too.
(module
  (import "env" "f" (func $imported))
  (func (param i32) (result i32)
    local.get 0
    if (result i32)
      i32.const 1
    else
      i32.const 2
    end
    block (result i32)
      i32.const 3
      local.get 0
      br_if 0
    end
    i32.add)
  (func (param i32)
    local.get 0
    if
    end))
