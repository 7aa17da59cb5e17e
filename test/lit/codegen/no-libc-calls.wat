;; Compiled Wasm code never calls libc's memset/memcpy: a guard-page fault
;; inside libc would not be recognised as a Wasm trap. Without the empty
;; TargetLibraryInfo, -O2 turns this loop (inlined with constant bounds)
;; into a 4000-byte memset.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O2 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=IR
;; RUN: wasmc -O3 -S %t.wasm -o - | FileCheck %s --check-prefix=ASM
;; IR-NOT: memset
;; IR-NOT: memcpy
;; ASM-NOT: call{{.*}}mem{{set|cpy|move}}
(module
  (memory 1)
  (func $zero (param i32 i32) (local i32)
    block
      local.get 1
      i32.eqz
      br_if 0
      loop
        local.get 0
        i32.const 0
        i32.store8
        local.get 0
        i32.const 1
        i32.add
        local.set 0
        local.get 1
        i32.const -1
        i32.add
        local.tee 2
        local.set 1
        local.get 2
        br_if 0
      end
    end)
  (func $copy (param i32 i32 i32)
    block
      local.get 2
      i32.eqz
      br_if 0
      loop
        local.get 0
        local.get 1
        i32.load8_u
        i32.store8
        local.get 0
        i32.const 1
        i32.add
        local.set 0
        local.get 1
        i32.const 1
        i32.add
        local.set 1
        local.get 2
        i32.const -1
        i32.add
        local.tee 2
        br_if 0
      end
    end)
  (func (export "_start")
    (call $zero (i32.const 1024) (i32.const 4000))
    (call $copy (i32.const 8192) (i32.const 1024) (i32.const 4000))))
