;; Control flow, run: a module linked with the minimal host of Inputs/mini-host.c
;; (no rtlib needed), at -O0 and -O2. Traps print their abi.h code.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 -c %t.wasm -o %t.O0.o
;; RUN: wasmc -O2 -c %t.wasm -o %t.O2.o
;; RUN: clang-19 -I%src_root/rtlib/include %S/Inputs/mini-host.c %t.O0.o -o %t.O0
;; RUN: clang-19 -I%src_root/rtlib/include %S/Inputs/mini-host.c %t.O2.o -o %t.O2
;; RUN: %t.O0 block-params 10 3 | FileCheck %s --check-prefix=BLOCKPARAMS
;; RUN: %t.O2 block-params 10 3 | FileCheck %s --check-prefix=BLOCKPARAMS
;; RUN: %t.O0 br-if-values 1 | FileCheck %s --check-prefix=BRIF1
;; RUN: %t.O2 br-if-values 1 | FileCheck %s --check-prefix=BRIF1
;; RUN: %t.O0 br-if-values 0 | FileCheck %s --check-prefix=BRIF0
;; RUN: %t.O2 br-if-values 0 | FileCheck %s --check-prefix=BRIF0
;; RUN: %t.O0 loop-param 10 | FileCheck %s --check-prefix=LOOP
;; RUN: %t.O2 loop-param 10 | FileCheck %s --check-prefix=LOOP
;; RUN: %t.O0 if-params 1 5 | FileCheck %s --check-prefix=IFTHEN
;; RUN: %t.O2 if-params 1 5 | FileCheck %s --check-prefix=IFTHEN
;; RUN: %t.O0 if-params 0 5 | FileCheck %s --check-prefix=IFELSE
;; RUN: %t.O2 if-params 0 5 | FileCheck %s --check-prefix=IFELSE
;; RUN: %t.O0 if-no-else 0 | FileCheck %s --check-prefix=NOELSE0
;; RUN: %t.O2 if-no-else 0 | FileCheck %s --check-prefix=NOELSE0
;; RUN: %t.O0 if-no-else 1 | FileCheck %s --check-prefix=NOELSE1
;; RUN: %t.O2 if-no-else 1 | FileCheck %s --check-prefix=NOELSE1
;; RUN: %t.O0 br-table 0 | FileCheck %s --check-prefix=BRTABLE0
;; RUN: %t.O2 br-table 0 | FileCheck %s --check-prefix=BRTABLE0
;; RUN: %t.O0 br-table 1 | FileCheck %s --check-prefix=BRTABLE1
;; RUN: %t.O2 br-table 1 | FileCheck %s --check-prefix=BRTABLE1
;; RUN: %t.O0 br-table 2 | FileCheck %s --check-prefix=BRTABLE2
;; RUN: %t.O2 br-table 2 | FileCheck %s --check-prefix=BRTABLE2
;; RUN: %t.O0 br-table -1 | FileCheck %s --check-prefix=BRTABLEDEF
;; RUN: %t.O2 br-table -1 | FileCheck %s --check-prefix=BRTABLEDEF
;; RUN: %t.O0 nested-return 0 | FileCheck %s --check-prefix=NESTED0
;; RUN: %t.O2 nested-return 0 | FileCheck %s --check-prefix=NESTED0
;; RUN: %t.O0 nested-return 1 | FileCheck %s --check-prefix=NESTED1
;; RUN: %t.O2 nested-return 1 | FileCheck %s --check-prefix=NESTED1
;; RUN: %t.O0 dead-code | FileCheck %s --check-prefix=DEAD
;; RUN: %t.O2 dead-code | FileCheck %s --check-prefix=DEAD
;; RUN: %t.O0 dead-then 0 | FileCheck %s --check-prefix=DEADTHEN0
;; RUN: %t.O2 dead-then 0 | FileCheck %s --check-prefix=DEADTHEN0
;; RUN: %t.O0 dead-then 1 | FileCheck %s --check-prefix=DEADTHEN1
;; RUN: %t.O2 dead-then 1 | FileCheck %s --check-prefix=DEADTHEN1
;; RUN: %t.O0 never-ends | FileCheck %s --check-prefix=NEVERENDS
;; RUN: %t.O2 never-ends | FileCheck %s --check-prefix=NEVERENDS
;; RUN: %t.O0 call-multi 5 | FileCheck %s --check-prefix=CALLMULTI
;; RUN: %t.O2 call-multi 5 | FileCheck %s --check-prefix=CALLMULTI
;; RUN: %t.O0 select 0 | FileCheck %s --check-prefix=SELECT0
;; RUN: %t.O2 select 0 | FileCheck %s --check-prefix=SELECT0
;; RUN: %t.O0 select 1 | FileCheck %s --check-prefix=SELECT1
;; RUN: %t.O2 select 1 | FileCheck %s --check-prefix=SELECT1
;; RUN: %t.O0 unreachable | FileCheck %s --check-prefix=UNREACHABLE
;; RUN: %t.O2 unreachable | FileCheck %s --check-prefix=UNREACHABLE
;; RUN: %t.O0 recurse | FileCheck %s --check-prefix=RECURSE
;; RUN: %t.O2 recurse | FileCheck %s --check-prefix=RECURSE
;; RUN: %t.O0 mutual | FileCheck %s --check-prefix=MUTUAL
;; RUN: %t.O2 mutual | FileCheck %s --check-prefix=MUTUAL

;; BLOCKPARAMS: result[0] = i32 7
;; BLOCKPARAMS-EMPTY:
;; BRIF1: result[0] = i32 10
;; BRIF1-NEXT: result[1] = i32 20
;; BRIF1-EMPTY:
;; BRIF0: result[0] = i32 30
;; BRIF0-NEXT: result[1] = i32 40
;; BRIF0-EMPTY:
;; LOOP: result[0] = i32 55
;; LOOP-EMPTY:
;; IFTHEN: result[0] = i32 15
;; IFTHEN-EMPTY:
;; IFELSE: result[0] = i32 2
;; IFELSE-EMPTY:
;; NOELSE0: result[0] = i32 7
;; NOELSE0-EMPTY:
;; NOELSE1: result[0] = i32 107
;; NOELSE1-EMPTY:
;; BRTABLE0: result[0] = i32 1
;; BRTABLE0-NEXT: result[1] = i32 2
;; BRTABLE0-EMPTY:
;; BRTABLE1: result[0] = i32 1
;; BRTABLE1-NEXT: result[1] = i32 202
;; BRTABLE1-EMPTY:
;; BRTABLE2: result[0] = i32 1
;; BRTABLE2-NEXT: result[1] = i32 102
;; BRTABLE2-EMPTY:
;; BRTABLEDEF: result[0] = i32 1
;; BRTABLEDEF-NEXT: result[1] = i32 202
;; BRTABLEDEF-EMPTY:
;; NESTED0: result[0] = i32 7
;; NESTED0-EMPTY:
;; NESTED1: result[0] = i32 42
;; NESTED1-EMPTY:
;; DEAD: result[0] = i32 5
;; DEAD-EMPTY:
;; DEADTHEN0: result[0] = i32 9
;; DEADTHEN0-EMPTY:
;; DEADTHEN1: trap 1
;; DEADTHEN1-EMPTY:
;; NEVERENDS: result[0] = i32 11
;; NEVERENDS-EMPTY:
;; CALLMULTI: result[0] = i32 -4
;; CALLMULTI-EMPTY:
;; SELECT0: result[0] = i64 2
;; SELECT0-EMPTY:
;; SELECT1: result[0] = i64 1
;; SELECT1-EMPTY:
;; UNREACHABLE: trap 1
;; UNREACHABLE-EMPTY:
;; RECURSE: trap 9
;; RECURSE-EMPTY:
;; MUTUAL: trap 9
;; MUTUAL-EMPTY:

(module
  (type $ii_i (func (param i32 i32) (result i32)))
  (type $i_ii (func (param i32) (result i32 i32)))
  ;; A block with parameters: the values flow in on the stack.
  (func (export "block-params") (param i32 i32) (result i32)
    (local.get 0) (local.get 1)
    (block (type $ii_i) (i32.sub)))
  ;; br_if carrying values out of a block; on fall-through they stay.
  (func (export "br-if-values") (param i32) (result i32 i32)
    (block (result i32 i32)
      (i32.const 10) (i32.const 20) (local.get 0) (br_if 0)
      (drop) (drop) (i32.const 30) (i32.const 40)))
  ;; A loop with a parameter: sum 1..n with the running total as the loop's
  ;; parameter (header phi), exiting with br_if to the outer block.
  (func (export "loop-param") (param i32) (result i32)
    (local $n i32)
    (local.set $n (local.get 0))
    (block $out (result i32)
      (i32.const 0)
      (loop $l (param i32) (result i32)
        (i32.add (local.get $n))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (local.get $n) (i32.eqz)
        (if (param i32) (result i32) (then (br $out)))
        (br $l))))
  ;; if with parameters reaching both arms; an if without else passes them
  ;; through.
  (func (export "if-params") (param i32 i32) (result i32)
    (local.get 1) (i32.const 3)
    (if (type $ii_i) (local.get 0)
      (then (i32.mul))
      (else (i32.sub))))
  (func (export "if-no-else") (param i32) (result i32)
    (i32.const 7)
    (if (param i32) (result i32) (local.get 0) (then (i32.const 100) (i32.add))))
  ;; br_table with two values to each of three targets.
  (func (export "br-table") (param i32) (result i32 i32)
    (block $a (result i32 i32)
      (block $b (result i32 i32)
        (block $c (result i32 i32)
          (i32.const 1) (i32.const 2) (local.get 0)
          (br_table $a $b $c $b))
        (i32.const 100) (i32.add)  ;; from $c: 1, 102
        (return))
      (i32.const 200) (i32.add)    ;; from $b: 1, 202
      (return)))                   ;; from $a: 1, 2
  ;; return from deep inside nested blocks, with dead code after it.
  (func (export "nested-return") (param i32) (result i32)
    (block (block (loop
      (br_if 2 (i32.eqz (local.get 0)))
      (return (i32.const 42))
      (i32.add) (drop) (br 0))))
    (i32.const 7))
  ;; Unreachable code after br, including nested blocks and an else.
  (func (export "dead-code") (result i32)
    (block (result i32)
      (i32.const 5)
      (br 0)
      (block (result i64) (i64.const 1) (i32.const 0) (if (then) (else (unreachable))))
      (drop) (i32.const 6)))
  ;; if whose then arm ends in unreachable: only the else arm reaches end.
  (func (export "dead-then") (param i32) (result i32)
    (if (result i32) (local.get 0) (then (unreachable)) (else (i32.const 9))))
  ;; A block that nobody leaves: code after it is dead.
  (func (export "never-ends") (result i32)
    (block (result i32) (return (i32.const 11)))
    (i32.const 1) (i32.add))
  ;; Multi-value call results and function results.
  (func $swap (type $i_ii) (i32.const 1) (local.get 0))
  (func (export "call-multi") (param i32) (result i32)
    (call $swap (local.get 0)) (i32.sub))
  (func (export "unreachable") (unreachable))
  ;; Unbounded recursion hits the stack limit; it must not become a loop
  ;; (tail-recursion elimination) or a crash.
  (func $recurse (export "recurse") (call $recurse))
  (func $ping (export "mutual") (call $pong))
  (func $pong (call $ping))
  (func (export "select") (param i32) (result i64)
    (select (i64.const 1) (i64.const 2) (local.get 0)))
)
