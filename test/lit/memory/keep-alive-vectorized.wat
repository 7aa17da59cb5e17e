;; Keep-alive uses do not stop the loop vectoriser: they are calls that touch
;; no memory, with vector variants, until the optimiser is done, and only then
;; become empty asm statements (compiler/lower/KeepAlive.h). A vectorised loop
;; keeps each wide load alive as a whole, with one asm use per 128-bit piece,
;; and its loads still fault when out of bounds, even when their values are
;; dropped.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc --emit-llvm -S -O2 --cpu haswell %t.wasm -o - \
;; RUN:   | FileCheck %s --check-prefix=AVX
;; RUN: wasmc -O2 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s --check-prefix=TRAP < %t.out

;; IR-LABEL: define internal i32 @wasm_func_0(
;; IR:       vector.body:
;; IR:       [[W:%.*]] = load <4 x i32>, ptr %{{.*}}, align 1
;; IR-NEXT:  [[B:%.*]] = bitcast <4 x i32> [[W]] to <2 x i64>
;; IR-NEXT:  call void asm sideeffect "", "x"(<2 x i64> [[B]])
;; IR:       add <4 x i32>
;; IR-LABEL: define internal void @wasm_func_1(
;; IR:       vector.body:
;; IR:       [[D:%.*]] = load <4 x i32>, ptr %{{.*}}, align 1
;; IR-NEXT:  [[DB:%.*]] = bitcast <4 x i32> [[D]] to <2 x i64>
;; IR-NEXT:  call void asm sideeffect "", "x"(<2 x i64> [[DB]])
;; An interleaved group (mem[2i] and mem[2i+1]) is one wide load, kept alive
;; whole: its two 128-bit halves, not the members the shuffles pick out.
;; IR-LABEL: define internal i32 @wasm_func_2(
;; IR:       vector.body:
;; IR:       [[G:%.*]] = load <8 x i32>, ptr %{{.*}}, align 1
;; IR-NEXT:  [[GB:%.*]] = bitcast <8 x i32> [[G]] to <4 x i64>
;; IR-NEXT:  [[LO:%.*]] = shufflevector <4 x i64> [[GB]], <4 x i64> poison, <2 x i32> <i32 0, i32 1>
;; IR-NEXT:  call void asm sideeffect "", "x"(<2 x i64> [[LO]])
;; IR-NEXT:  [[HI:%.*]] = shufflevector <4 x i64> [[GB]], <4 x i64> poison, <2 x i32> <i32 2, i32 3>
;; IR-NEXT:  call void asm sideeffect "", "x"(<2 x i64> [[HI]])
;; With AVX2 a 256-bit load is one operand, in one ymm register: no halves.
;; AVX-LABEL: define internal i32 @wasm_func_0(
;; AVX:       [[W:%.*]] = load <8 x i32>, ptr %{{.*}}, align 1
;; AVX-NEXT:  [[B:%.*]] = bitcast <8 x i32> [[W]] to <4 x i64>
;; AVX-NEXT:  call void asm sideeffect "", "x"(<4 x i64> [[B]])
;; No keep-alive call survives optimisation.
;; IR-NOT:   wasmc.keep

;; TRAP:      wasm trap: out of bounds memory access
;; (touch may be inlined into _start.)
;; TRAP-NEXT:   #0 {{(0x[0-9a-f]+: )?}}<wasm function {{[13]}}>
;; TRAP:      exit code: 134

(module
  (memory 1)
  ;; s += mem[i] for i in [0, n): a reduction over consecutive loads.
  (func $sum (param $n i32) (result i32) (local $i i32) (local $s i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (local.set $s (i32.add (local.get $s)
          (i32.load (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.ne (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; The same loads with their values dropped.
  (func $touch (param $n i32) (local $i i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (drop (i32.load (i32.shl (local.get $i) (i32.const 2))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.ne (local.get $i) (local.get $n))))))
  (func $pairs (param $n i32) (result i32) (local $i i32) (local $s i32) (local $a i32)
    (block $done
      (br_if $done (i32.eqz (local.get $n)))
      (loop $l
        (local.set $a (i32.shl (local.get $i) (i32.const 3)))
        (local.set $s (i32.add (local.get $s)
          (i32.mul (i32.load (local.get $a)) (i32.load offset=4 (local.get $a)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br_if $l (i32.ne (local.get $i) (local.get $n)))))
    (local.get $s))
  ;; The whole page is in bounds; one more i32 is not.
  (func (export "_start")
    (drop (call $sum (i32.const 16384)))
    (drop (call $pairs (i32.const 8192)))
    (call $touch (i32.const 16384))
    (call $touch (i32.const 16385))))
