;; An executable needs a `_start` export of type [] -> [].
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: rm -f %t.out
;; RUN: wasmc %t.wasm -o %t.out 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=NOSTART -DFILE=%t.wasm < %t.err
;; RUN: test ! -e %t.out
;; NOSTART: [[FILE]]: error: the module exports no function '_start', so it is not a WASI command and cannot be linked into an executable (use -c to compile it to an object)

;; A library module still compiles with -c.
;; RUN: wasmc -c %t.wasm -o %t.o
;; RUN: test -s %t.o
(module
  (func (export "main")))
