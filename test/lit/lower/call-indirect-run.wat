;; call_indirect at run time: a match, each trap, and a callee whose type is
;; equal but declared twice.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O2 -c %t.wasm -o %t.o
;; RUN: clang-19 -I%src_root/rtlib/include %S/Inputs/mini-host.c %t.o -o %t
;; RUN: %t call 0 7 | FileCheck %s --check-prefix=OK
;; RUN: %t call 3 7 | FileCheck %s --check-prefix=SAMETYPE
;; RUN: %t call 1 7 | FileCheck %s --check-prefix=MISMATCH
;; RUN: %t call 2 7 | FileCheck %s --check-prefix=NULL
;; RUN: %t call 4 7 | FileCheck %s --check-prefix=OOB
;; RUN: %t call -1 7 | FileCheck %s --check-prefix=OOB
;; RUN: %t multi 5 | FileCheck %s --check-prefix=MULTI
;; OK: result[0] = i32 8
;; SAMETYPE: result[0] = i32 14
;; MISMATCH: trap 5
;; NULL: trap 4
;; OOB: trap 3
;; MULTI: result[0] = i64 5
;; MULTI-NEXT: result[1] = i32 6
(module
  (type $sig (func (param i32) (result i32)))
  (type $other (func (param i64) (result i32)))
  (type $sig2 (func (param i32) (result i32)))
  (type $m (func (param i32) (result i64 i32)))
  (table 4 funcref)
  (table $mt 1 funcref)
  (elem (i32.const 0) $inc $wrong)
  (elem (i32.const 3) $double)
  (elem (table $mt) (i32.const 0) func $split)
  (func $inc (type $sig) (i32.add (local.get 0) (i32.const 1)))
  (func $wrong (type $other) (i32.const -1))
  (func $double (type $sig2) (i32.mul (local.get 0) (i32.const 2)))
  (func $split (type $m) (i64.extend_i32_u (local.get 0)) (i32.add (local.get 0) (i32.const 1)))
  (func (export "call") (param i32 i32) (result i32)
    (call_indirect (type $sig) (local.get 1) (local.get 0)))
  (func (export "multi") (param i32) (result i64 i32)
    (call_indirect $mt (type $m) (local.get 0) (i32.const 0)))
)
