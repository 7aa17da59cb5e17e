;; A small self-recursive function gets its recursion inlined two levels
;; deep at -O2 (compiler/codegen/RecursionInlining.h), the copies without
;; stack-limit checks of their own (they share the frame). The results are
;; the same, unbounded recursion still ends in a clean "call stack
;; exhausted" trap, and a function with a guaranteed tail call keeps its
;; self-call (inlined at a call that is not a tail call, a return_call would
;; become one that grows the stack).
;; RUN: wat2wasm --enable-tail-call --debug-names %s -o %t.wasm
;; RUN: wasmc -O2 --emit-llvm -S %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=OUT < %t.out
;; RUN: env WASMC_LLVM_OPTIONS=-wasmc-recursion-inlining=false wasmc -O2 %t.wasm -o %t.plain
;; RUN: %t.plain > %t.plain.out 2>&1 || echo "exit code: $?" >> %t.plain.out
;; RUN: FileCheck %s --check-prefix=OUT < %t.plain.out

;; $fib's two call sites each get a copy: four calls of itself remain.
;; IR-LABEL: define internal {{.*}}i32 @wasm_func_1(
;; IR-COUNT-4: call {{.*}}@wasm_func_1(
;; IR-NOT:     call {{.*}}@wasm_func_1(
;; IR:         ret i32
;; IR-LABEL: define internal {{.*}}@wasm_func_2(
;; IR:         call tailcc {{.*}}@wasm_func_2({{.*}}, i32 3)
;; IR:         musttail call tailcc {{.*}}@wasm_func_2(
;; $forever's one site, inlined twice: four levels a call, one stack check.
;; IR-LABEL: define internal {{.*}}@wasm_func_3(
;; IR-NOT:     @wasmc_rt_stack_check(
;; IR:         add i32 %0, 4
;; IR-NEXT:    call {{.*}}@wasm_func_3(
;; IR-NEXT:    add i32 %{{.*}}, 4
;; IR:         call void @wasmc_rt_stack_check(
;; IR-NOT:     @wasmc_rt_stack_check(
;; IR-LABEL: define internal {{.*}}@wasm_func_4(

;; _start exits 0 when fib(25) = 75025 (fib(0) = 0, fib(1) = 1), the
;; tail-calling count reaches its end, and then recurses forever.
;; OUT:      wasm trap: call stack exhausted
;; OUT:      exit code: 134

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $fib (param $n i32) (result i32)
    (if (result i32) (i32.lt_u (local.get $n) (i32.const 2))
      (then (local.get $n))
      (else (i32.add (call $fib (i32.sub (local.get $n) (i32.const 1)))
                     (call $fib (i32.sub (local.get $n) (i32.const 2)))))))
  ;; Counts down by tail calls, and recurses once on the way (a self-call
  ;; that is not a tail call).
  (func $count (param $n i32) (result i32)
    (if (result i32) (i32.eqz (local.get $n))
      (then (i32.const 0))
      (else
        (if (i32.eq (local.get $n) (i32.const 1000))
          (then (drop (call $count (i32.const 3)))))
        (return_call $count (i32.sub (local.get $n) (i32.const 1))))))
  (func $forever (param $n i32) (result i32)
    (i32.add (call $forever (i32.add (local.get $n) (i32.const 1)))
             (i32.const 1)))
  (func (export "_start")
    (if (i32.ne (call $fib (i32.const 25)) (i32.const 75025))
      (then (call $exit (i32.const 1))))
    (if (i32.ne (call $count (i32.const 10000000)) (i32.const 0))
      (then (call $exit (i32.const 2))))
    (drop (call $forever (i32.const 0)))
    (call $exit (i32.const 3))))
