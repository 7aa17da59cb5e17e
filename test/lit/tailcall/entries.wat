;; Functions that are called directly and sit in a table have C bodies and
;; tailcc entries for their funcref records (compiler/lower/CallConventions.h).
;; Tail and ordinary calls through those entries, for every signature shape:
;; one result; three (in registers); five (through a result buffer, which a
;; tail call passes on to the entry and the entry to the body); many
;; parameters, some on the stack, with v128. Each chain of tail calls is a
;; million deep with an ordinary call through an entry at every step, which
;; needs far more than the 1 MiB Wasm stack unless the chain runs in constant
;; stack; then it ends in a tail call through an entry. The exit status is 0
;; only if every value arrived intact.
;; RUN: wat2wasm --enable-tail-call %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: env WASMC_STACK_SIZE=1M %t.O0; test $? -eq 0
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: env WASMC_STACK_SIZE=1M %t.O2; test $? -eq 0
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; CHECK-DAG: define internal i64 @wasm_func_1(
;; CHECK-DAG: define internal { i64, i32, double } @wasm_func_2(
;; CHECK-DAG: define internal void @wasm_func_3(ptr %vmctx, ptr %0, i64 %1)
;; CHECK-DAG: define internal i64 @wasm_func_4(
;; CHECK-DAG: define internal tailcc i64 @wasm_entry_1(
;; CHECK-DAG: define internal tailcc { i64, i32, double } @wasm_entry_2(
;; CHECK-DAG: define internal tailcc void @wasm_entry_3(ptr %vmctx, ptr %0, i64 %1)
;; CHECK-DAG: call void @wasm_func_3(ptr %vmctx, ptr %0, i64 %1) #[[#]]
;; CHECK-DAG: define internal tailcc i64 @wasm_entry_4(

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (type $one (func (param i64) (result i64)))
  (type $three (func (param i64 i32 f64) (result i64 i32 f64)))
  (type $five (func (param i64) (result i64 i64 i64 i64 i64)))
  (type $many (func (param i64 i64 i64 i64 i64 i64 i64 i64)
                    (param f64 f64 f64 f64 f64 f64 f64 f64 f64)
                    (param i32 v128 v128) (result i64)))
  (table funcref (elem $c_one $c_three $c_five $c_many))

  ;; The C bodies: in the table, and called directly from _start.
  (func $c_one (param i64) (result i64) (i64.add (local.get 0) (i64.const 1)))
  (func $c_three (param i64 i32 f64) (result i64 i32 f64)
    (i64.add (local.get 0) (i64.const 1))
    (i32.add (local.get 1) (i32.const 2))
    (f64.add (local.get 2) (f64.const 0.5)))
  (func $c_five (param i64) (result i64 i64 i64 i64 i64)
    (local.get 0)
    (i64.add (local.get 0) (i64.const 1))
    (i64.add (local.get 0) (i64.const 2))
    (i64.add (local.get 0) (i64.const 3))
    (i64.add (local.get 0) (i64.const 4)))
  ;; 36 + 49 + 10 + (11 + 12 + 13 + 14) = 145 when every argument arrives.
  (func $c_many (param i64 i64 i64 i64 i64 i64 i64 i64)
      (param f64 f64 f64 f64 f64 f64 f64 f64 f64) (param i32 v128 v128)
      (result i64)
    (i64.add (i64.add (i64.add (local.get 0) (local.get 1))
                      (i64.add (local.get 2) (local.get 3)))
             (i64.add (i64.add (local.get 4) (local.get 5))
                      (i64.add (local.get 6) (local.get 7))))
    (i64.trunc_f64_s
      (f64.add (f64.add (f64.add (f64.add (local.get 8) (local.get 9))
                                 (f64.add (local.get 10) (local.get 11)))
                        (f64.add (f64.add (local.get 12) (local.get 13))
                                 (f64.add (local.get 14) (local.get 15))))
               (local.get 16)))
    (i64.add)
    (i64.add (i64.extend_i32_u (local.get 17)))
    (i64.add (i64.add (i64x2.extract_lane 0 (local.get 18))
                      (i64x2.extract_lane 1 (local.get 18))))
    (i64.add (i64.add (i64x2.extract_lane 0 (local.get 19))
                      (i64x2.extract_lane 1 (local.get 19)))))

  ;; The chains: tailcc (they make tail calls).
  (func $loop_one (param $n i64) (param $acc i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (return_call_indirect (type $one) (local.get $acc) (i32.const 0)))
      (else (return_call $loop_one
              (i64.sub (local.get $n) (i64.const 1))
              (call_indirect (type $one) (local.get $acc) (i32.const 0))))))
  (func $loop_three (param $n i64) (param $a i64) (param $b i32) (param $c f64)
      (result i64 i32 f64)
    (if (result i64 i32 f64) (i64.eqz (local.get $n))
      (then (return_call_indirect (type $three)
              (local.get $a) (local.get $b) (local.get $c) (i32.const 1)))
      (else
        (i64.sub (local.get $n) (i64.const 1))
        (call_indirect (type $three)
          (local.get $a) (local.get $b) (local.get $c) (i32.const 1))
        (return_call $loop_three))))
  (func $loop_five (param $n i64) (param $x i64)
      (result i64 i64 i64 i64 i64)
    (if (result i64 i64 i64 i64 i64) (i64.eqz (local.get $n))
      (then (return_call_indirect (type $five) (local.get $x) (i32.const 2)))
      (else
        (i64.sub (local.get $n) (i64.const 1))
        ;; Keep the first of five results: x + 1.
        (call_indirect (type $five)
          (i64.add (local.get $x) (i64.const 1)) (i32.const 2))
        (drop) (drop) (drop) (drop)
        (return_call $loop_five))))
  (func $loop_many (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (return_call_indirect (type $many)
        (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
        (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)
        (f64.const 1.5) (f64.const 2.5) (f64.const 3.5) (f64.const 4.5)
        (f64.const 5.5) (f64.const 6.5) (f64.const 7.5) (f64.const 8.5)
        (f64.const 9) (i32.const 10)
        (v128.const i64x2 11 12) (v128.const i64x2 13 14) (i32.const 3)))
      (else
        (if (i64.ne (call_indirect (type $many)
              (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
              (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)
              (f64.const 1.5) (f64.const 2.5) (f64.const 3.5) (f64.const 4.5)
              (f64.const 5.5) (f64.const 6.5) (f64.const 7.5) (f64.const 8.5)
              (f64.const 9) (i32.const 10)
              (v128.const i64x2 11 12) (v128.const i64x2 13 14) (i32.const 3))
            (i64.const 145))
          (then (unreachable)))
        (return_call $loop_many (i64.sub (local.get $n) (i64.const 1))))))

  (func (export "_start")
    (local $a i64) (local $b i64) (local $c i64) (local $d i64)
    ;; Direct calls of the C bodies.
    (if (i64.ne (call $c_one (i64.const 41)) (i64.const 42))
      (then (call $exit (i32.const 1))))
    (call $c_three (i64.const 1) (i32.const 2) (f64.const 3))
    (if (f64.ne (f64.const 3.5)) (then (call $exit (i32.const 2))))
    (if (i32.ne (i32.const 4)) (then (call $exit (i32.const 2))))
    (if (i64.ne (i64.const 2)) (then (call $exit (i32.const 2))))
    (call $c_five (i64.const 1))
    (drop) (drop) (drop) (drop)
    (if (i64.ne (i64.const 1)) (then (call $exit (i32.const 3))))
    (if (i64.ne (call $c_many
          (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
          (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)
          (f64.const 1.5) (f64.const 2.5) (f64.const 3.5) (f64.const 4.5)
          (f64.const 5.5) (f64.const 6.5) (f64.const 7.5) (f64.const 8.5)
          (f64.const 9) (i32.const 10)
          (v128.const i64x2 11 12) (v128.const i64x2 13 14))
        (i64.const 145))
      (then (call $exit (i32.const 4))))

    ;; The chains, a million deep.
    (if (i64.ne (call $loop_one (i64.const 1000000) (i64.const 0))
                (i64.const 1000001))
      (then (call $exit (i32.const 11))))
    (call $loop_three (i64.const 1000000) (i64.const 0) (i32.const 0)
                      (f64.const 0))
    (if (f64.ne (f64.const 500000.5)) (then (call $exit (i32.const 12))))
    (if (i32.ne (i32.const 2000002)) (then (call $exit (i32.const 12))))
    (if (i64.ne (i64.const 1000001)) (then (call $exit (i32.const 12))))
    ;; x ends at 1000000: results x .. x + 4, in order.
    (call $loop_five (i64.const 1000000) (i64.const 0))
    (local.set $a) (local.set $b) (local.set $c) (local.set $d)
    (if (i64.ne (i64.const 1000000)) (then (call $exit (i32.const 13))))
    (if (i64.ne (local.get $d) (i64.const 1000001))
      (then (call $exit (i32.const 13))))
    (if (i64.ne (local.get $c) (i64.const 1000002))
      (then (call $exit (i32.const 13))))
    (if (i64.ne (local.get $b) (i64.const 1000003))
      (then (call $exit (i32.const 13))))
    (if (i64.ne (local.get $a) (i64.const 1000004))
      (then (call $exit (i32.const 13))))
    (if (i64.ne (call $loop_many (i64.const 1000000)) (i64.const 145))
      (then (call $exit (i32.const 14))))
    (call $exit (i32.const 0))))
