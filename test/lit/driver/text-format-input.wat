;; Passing a text-format module is a malformed-module error, with a hint.
;; RUN: not wasmc %s -o %t.out 2>&1 | FileCheck %s -DFILE=%s
;; CHECK: [[FILE]]:0x0: error: magic header not detected
;; CHECK-NEXT: [[FILE]]: note: this looks like the WebAssembly text format; wasmc reads binary modules (convert it with wat2wasm)
(module)
