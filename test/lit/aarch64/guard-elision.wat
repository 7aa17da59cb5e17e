;; Guard-page mode elides bounds checks on AArch64 as on x86-64: the access
;; is base + zext(index) + offset with no compare (and, the function being a
;; leaf, there is no stack-limit check either). Explicit mode compares
;; index + offset + size against the memory size and traps with code 2 (the
;; frame record may be set up between the mov and the call).
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --target aarch64-linux-gnu -S %t.wasm -o - | FileCheck %s --check-prefix=GUARD
;; GUARD-LABEL: wasm_func_0:
;; GUARD:       add [[ADDR:x[0-9]+]], x{{[0-9]+}}, w1, uxtw
;; GUARD-NEXT:  ldr w0, [[[ADDR]], #16]
;; GUARD-NOT:   mov w1, #2
;; GUARD:       .Lfunc_end0:
;; RUN: wasmc --target aarch64-linux-gnu --bounds-checks=explicit -S %t.wasm -o - | FileCheck %s --check-prefix=EXPLICIT
;; EXPLICIT-LABEL: wasm_func_0:
;; EXPLICIT:       add [[END:x[0-9]+]], x{{[0-9]+}}, #20
;; EXPLICIT:       cmp [[END]], x{{[0-9]+}}
;; EXPLICIT:       mov w1, #2
;; EXPLICIT:       bl wasmc_rt_trap
(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load offset=16 (local.get 0))))
