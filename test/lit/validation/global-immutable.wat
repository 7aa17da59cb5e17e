;; global.set needs a mutable global.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: global is immutable: global.set of global 0 (in function 0 $f)
(module
  (global $g i32 (i32.const 0))
  (func $f (global.set $g (i32.const 1))))
