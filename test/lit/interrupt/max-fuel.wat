;; --max-fuel stops a program that loops forever with "wasm trap: out of
;; fuel", the frames it was in and the trap status 134, after the same
;; number of instructions on every run. Whoever runs it may lower the budget
;; (WASMC_MAX_FUEL), never raise it; without metering compiled in there is
;; nothing to count with. The charges are one subtraction per straight-line
;; run (here the loop's three instructions at its branch) from a local copy
;; of the count, which the out-of-fuel trap stores back; the checks are at
;; function entries and loop headers.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc --max-fuel=1000000 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out
;; CHECK:      wasm trap: out of fuel
;; CHECK-NEXT:   #0 0x{{[0-9a-f]+}}: spin
;; CHECK-NEXT:   #1 0x{{[0-9a-f]+}}: _start
;; CHECK-NEXT: exit code: 134

;; RUN: env WASMC_MAX_FUEL=1000 %t > %t.lowered 2>&1 || echo "exit code: $?" >> %t.lowered
;; RUN: FileCheck %s --check-prefix=LOWERED < %t.lowered
;; LOWERED: wasm trap: out of fuel
;; LOWERED: exit code: 134

;; RUN: env WASMC_MAX_FUEL=2000000 not %t 2>&1 | FileCheck %s --check-prefix=RAISE
;; RAISE: wasmc: error: WASMC_MAX_FUEL=2000000 is above this program's limit of 1000000 (wasmc --max-fuel); it may only lower it
;; RUN: env WASMC_MAX_FUEL=lots not %t 2>&1 | FileCheck %s --check-prefix=BAD
;; BAD: wasmc: error: WASMC_MAX_FUEL=lots: expected a number of instructions from 1 to 2^63-1, e.g. 1000000000

;; RUN: wasmc %t.wasm -o %t.unmetered
;; RUN: env WASMC_MAX_FUEL=1000 not %t.unmetered 2>&1 | FileCheck %s --check-prefix=UNMETERED
;; UNMETERED: wasmc: error: WASMC_MAX_FUEL=1000: this program was built without --fuel-metering or --max-fuel, so it does not count instructions

;; A program that ends within its budget runs as without one.
;; RUN: wat2wasm %S/Inputs/quick.wat -o %t.quick.wasm
;; RUN: wasmc --max-fuel=1000000 %t.quick.wasm -o %t.quick
;; RUN: %t.quick

;; RUN: not wasmc --max-fuel=0 %t.wasm -o %t.zero 2>&1 | FileCheck %s --check-prefix=ZERO
;; ZERO: error: invalid value '0' for --max-fuel; expected a number of instructions from 1 to 2^63-1
;; RUN: not wasmc --shared --max-fuel=5 %t.wasm -o %t.so 2>&1 | FileCheck %s --check-prefix=SHARED
;; SHARED: error: --max-memory, --max-runtime and --max-fuel apply to executables only

;; RUN: wasmc -O0 --fuel-metering --emit-llvm -S %t.wasm -o - | FileCheck %s --check-prefix=IR
;; IR-LABEL: define {{.*}} @wasm_func_0(
;; IR:       %fuel.var = alloca i64
;; IR-NEXT:  %[[FIELD:.*]] = getelementptr inbounds i8, ptr %vmctx, i64 96
;; IR-NEXT:  %fuel = load i64, ptr %[[FIELD]]
;; IR-NEXT:  store i64 %fuel, ptr %fuel.var
;; IR:       %fuel.spent = icmp slt i64 %{{.*}}, 0
;; IR-NEXT:  br i1 %fuel.spent, label %trap.OUT_OF_FUEL
;; IR:       loop:
;; IR:       icmp slt i64
;; IR:       store i32 1
;; IR:       %fuel.left = sub i64 %{{.*}}, 3
;; IR-NEXT:  store i64 %fuel.left, ptr %fuel.var
;; IR-NEXT:  br label %loop
;; IR:       trap.OUT_OF_FUEL:
;; IR-NEXT:  %[[LEFT:.*]] = load i64, ptr %fuel.var
;; IR-NEXT:  %[[PTR:.*]] = getelementptr inbounds i8, ptr %vmctx, i64 96
;; IR-NEXT:  store i64 %[[LEFT]], ptr %[[PTR]]
;; IR-NEXT:  call void @wasmc_rt_trap(ptr %vmctx, i32 15)

(module
  (global $n (mut i32) (i32.const 0))
  (func $spin
    (loop $l
      (global.set $n (i32.const 1))
      (br $l)))
  (func $_start (export "_start") (call $spin)))
