;; The instance ABI assumes 64-bit pointers: 32-bit targets are refused
;; (exit 1) before any output is written.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: rm -f %t.o
;; RUN: wasmc --target i686-linux-gnu -c %t.wasm -o %t.o 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s -DFILE=%t.wasm < %t.err
;; RUN: test ! -e %t.o
;; CHECK: [[FILE]]: error: target i686-unknown-linux-gnu is not supported: wasmc generates code for 64-bit targets only
(module)
