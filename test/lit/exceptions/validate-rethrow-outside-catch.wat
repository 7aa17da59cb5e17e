;; rethrow's label must name a catch or catch_all block: in a try body
;; there is no caught exception to rethrow yet.
;; RUN: wat2wasm --enable-exceptions --no-check --debug-names %s -o %t.wasm
;; RUN: not wasmc --validate-only %t.wasm 2>&1 | FileCheck %s
;; CHECK: validate-rethrow-outside-catch.wat.tmp.wasm:0x{{[0-9a-f]+}}: error: invalid rethrow label 0 (not a catch or catch_all block) (in function 0 $f)
(module
  (tag $e)
  (func $f
    (try
      (do (rethrow 0))
      (catch $e))))
