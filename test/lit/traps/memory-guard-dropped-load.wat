;; A load whose value is dropped still has to trap when out of bounds: the
;; access is observable even though its result is not, so optimisation must
;; not delete it.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out

;; CHECK:      wasm trap: out of bounds memory access
;; CHECK:      exit code: 134

(module
  (memory 1)
  (func $_start (export "_start")
    (drop (i32.load offset=16 (i32.const 65530)))))
