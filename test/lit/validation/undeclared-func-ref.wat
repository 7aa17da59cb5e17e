;; ref.func in code needs the function to be referenced outside code
;; (element segment, export, global); the start section does not count.
;; RUN: wat2wasm --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc %t.wasm -o %t.out 2>&1 | FileCheck %s
;; CHECK: .wasm:0x{{[0-9a-f]+}}: error: undeclared function reference to function 1 (in function 0 $f)
(module
  (start $g)
  (elem declare func $f)
  (func $f (drop (ref.func $f)) (drop (ref.func $g)))
  (func $g))
