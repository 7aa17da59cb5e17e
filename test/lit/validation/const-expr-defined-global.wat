;; Wasm 3.0: a global's initialiser sees the imported globals and the globals
;; defined before it, not itself or later ones. (Reading earlier ones:
;; ../constexpr/defined-globals.wat.)
;; RUN: wat2wasm --no-check %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: unknown global 2
(module
  (import "env" "g" (global i32))
  (global i32 (global.get 0))
  (global i32 (global.get 2)))
