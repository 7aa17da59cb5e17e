;; --cpu selects the CPU: the default is the baseline (x86-64 has no SSE4.1
;; round instruction, so f64.floor calls libm); a newer CPU uses roundsd.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --target x86_64-linux-gnu -S %t.wasm -o - | FileCheck %s --check-prefix=BASE
;; RUN: wasmc --target x86_64-linux-gnu --cpu skylake -S %t.wasm -o - | FileCheck %s --check-prefix=SKX
;; RUN: wasmc --target aarch64-linux-gnu --cpu cortex-a72 -S %t.wasm -o - | FileCheck %s --check-prefix=A72
;; BASE: floor@PLT
;; SKX-NOT: floor@PLT
;; SKX: vroundsd $9
;; A72: frintm d0, d0

;; Unknown CPUs are errors (a native CPU for a foreign target too:
;; cpu-native-foreign.wat).
;; RUN: not wasmc --target x86_64-linux-gnu --cpu bogus -S %t.wasm -o - 2>&1 | FileCheck %s --check-prefix=BOGUS
;; BOGUS: error: unknown CPU 'bogus' for target x86_64-unknown-linux-gnu
(module
  (func (export "f") (param f64) (result f64) (f64.floor (local.get 0))))
