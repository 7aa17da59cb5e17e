;; Tail calls of every signature shape stay in constant stack, ten million
;; deep (far beyond what 8 MiB of frames hold): many parameters, so that some
;; are passed on the stack and the callee has more stack arguments than the
;; caller; i64, f64 and v128 parameters; three results (in registers) and
;; five (through the caller's result buffer, which each tail call passes
;; on); through a table (return_call_indirect); and to a native host
;; function (WASI, through the import thunk). The exit status is 0 only if
;; every value arrived intact.
;; RUN: wat2wasm --enable-tail-call %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0 a b; test $? -eq 0
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2 a b; test $? -eq 0
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; Five results: the caller's buffer goes on as the second argument.
;; CHECK: define internal tailcc void @wasm_func_{{[0-9]+}}(ptr %vmctx, ptr %0, i64
;; CHECK: musttail call tailcc void @wasm_func_{{[0-9]+}}(ptr %vmctx, ptr %0,
;; CHECK-NEXT: ret void

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get"
    (func $args_sizes_get (param i32 i32) (result i32)))
  (memory 1)
  (type $few (func (param i64) (result i64)))
  (table funcref (elem $few_indirect))

  ;; Few parameters -> many: the callee needs more stack arguments.
  (func $few (param $n i64) (result i64)
    (if (result i64) (i64.eqz (local.get $n))
      (then (i64.const 7))
      (else (return_call $many
        (i64.sub (local.get $n) (i64.const 1))
        (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
        (i64.const 5) (i64.const 6) (i64.const 7) (i64.const 8)
        (f64.const 1.5) (f64.const 2.5) (f64.const 3.5) (f64.const 4.5)
        (f64.const 5.5) (f64.const 6.5) (f64.const 7.5) (f64.const 8.5)
        (f64.const 9.5) (i32.const 10)
        (v128.const i64x2 11 12) (v128.const i64x2 13 14)))))
  (func $many (param $n i64)
      (param i64 i64 i64 i64 i64 i64 i64 i64)
      (param f64 f64 f64 f64 f64 f64 f64 f64 f64) (param i32)
      (param v128 v128) (result i64)
    ;; Trap unless every argument arrived (sums 36, 49.5, 10, 11+..+14).
    (if (i64.ne (i64.add (i64.add (i64.add (local.get 1) (local.get 2))
                                  (i64.add (local.get 3) (local.get 4)))
                         (i64.add (i64.add (local.get 5) (local.get 6))
                                  (i64.add (local.get 7) (local.get 8))))
                (i64.const 36))
      (then (unreachable)))
    (if (f64.ne (f64.add (f64.add (f64.add (f64.add (local.get 9) (local.get 10))
                                           (f64.add (local.get 11) (local.get 12)))
                                  (f64.add (f64.add (local.get 13) (local.get 14))
                                           (f64.add (local.get 15) (local.get 16))))
                         (local.get 17))
                (f64.const 49.5))
      (then (unreachable)))
    (if (i32.ne (local.get 18) (i32.const 10)) (then (unreachable)))
    (if (i64.ne (i64.add (i64.add (i64x2.extract_lane 0 (local.get 19))
                                  (i64x2.extract_lane 1 (local.get 19)))
                         (i64.add (i64x2.extract_lane 0 (local.get 20))
                                  (i64x2.extract_lane 1 (local.get 20))))
                (i64.const 50))
      (then (unreachable)))
    ;; Many parameters -> few, through the table.
    (return_call_indirect (type $few) (local.get $n) (i32.const 0)))
  (func $few_indirect (param $n i64) (result i64)
    (return_call $few (local.get $n)))

  ;; Three results, returned in registers.
  (func $three (param $n i64) (param i32 f64) (result i64 i32 f64)
    (if (result i64 i32 f64) (i64.eqz (local.get $n))
      (then (local.get $n) (local.get 1) (local.get 2))
      (else (return_call $three_b (local.get 2) (local.get 1)
                                  (i64.sub (local.get $n) (i64.const 1))))))
  (func $three_b (param f64 i32 i64) (result i64 i32 f64)
    (return_call $three (local.get 2) (i32.add (local.get 1) (i32.const 1))
                        (local.get 0)))

  ;; Five results, through the result buffer.
  (func $five (param $n i64) (result i64 i64 i64 i64 i64)
    (if (result i64 i64 i64 i64 i64) (i64.eqz (local.get $n))
      (then (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4)
            (i64.const 5))
      (else (return_call $five_b (f64.const 0.5)
                                 (i64.sub (local.get $n) (i64.const 1))))))
  (func $five_b (param f64 i64) (result i64 i64 i64 i64 i64)
    (return_call $five (local.get 1)))

  ;; A tail call to a native host function.
  (func $sizes (param i32 i32) (result i32)
    (return_call $args_sizes_get (local.get 0) (local.get 1)))

  (func (export "_start")
    (local $a i64) (local $b i64) (local $c i64) (local $d i64)
    (if (i64.ne (call $few (i64.const 10000000)) (i64.const 7))
      (then (call $exit (i32.const 1))))
    (call $three (i64.const 10000000) (i32.const 0) (f64.const 2.25))
    (if (f64.ne (f64.const 2.25)) (then (call $exit (i32.const 2))))
    (if (i32.ne (i32.const 10000000)) (then (call $exit (i32.const 3))))
    (if (i64.ne (i64.const 0)) (then (call $exit (i32.const 4))))
    (call $five (i64.const 10000000))
    ;; Results 1..5 in order: 1 + 2*2 + 3*3 + 4*4 + 5*5 = 55.
    (local.set $a) (local.set $b) (local.set $c) (local.set $d)
    (i64.add (i64.mul (i64.const 5) (local.get $a))
             (i64.add (i64.mul (i64.const 4) (local.get $b))
                      (i64.add (i64.mul (i64.const 3) (local.get $c))
                               (i64.mul (i64.const 2) (local.get $d)))))
    (i64.add)
    (if (i64.ne (i64.const 55)) (then (call $exit (i32.const 5))))
    ;; argc is 3 for `prog a b`.
    (if (i32.ne (call $sizes (i32.const 0) (i32.const 4)) (i32.const 0))
      (then (call $exit (i32.const 6))))
    (if (i32.ne (i32.load (i32.const 0)) (i32.const 3))
      (then (call $exit (i32.const 7))))
    (call $exit (i32.const 0))))
