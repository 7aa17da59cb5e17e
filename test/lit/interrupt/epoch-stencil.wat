;; With --epoch-interruption, a loop whose trip count is bounded before it
;; starts runs in a copy without its epoch check (CheckVersioning.h). The
;; check's removal leaves the loop's header and the block after it joined,
;; so that the vectoriser sees the loop it would see without deadlines:
;; jacobi2d's inner loop (bench/kernels/jacobi2d.c as clang-19 -O2 builds
;; it), whose value carried from one iteration to the next is loaded in the
;; block after the check, vectorises as it does without
;; --epoch-interruption. (Split over two blocks it did not.)
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --epoch-interruption --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s
;; RUN: wasmc --emit-llvm -S -O2 %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define {{.*}}@wasm_func_0(
;; CHECK:       vector.body:
;; CHECK:       fadd <2 x double>
;; CHECK:       fmul <2 x double>

(module (memory 40)
  (func $step (export "step") (param i32 i32)
    (local i32 i32 i32 f64 i32)
    local.get 0
    i32.const 4008
    i32.add
    local.set 2
    local.get 1
    local.set 3
    i32.const 1
    local.set 4
    loop  ;; label = @1
      local.get 1
      local.get 4
      i32.const 4000
      i32.mul
      i32.add
      f64.load offset=8
      local.set 5
      i32.const -3984
      local.set 0
      loop  ;; label = @2
        local.get 2
        local.get 0
        i32.add
        i32.const 3984
        i32.add
        local.get 5
        local.get 3
        local.get 0
        i32.add
        local.tee 6
        i32.const 7984
        i32.add
        f64.load
        f64.add
        local.get 6
        i32.const 8000
        i32.add
        f64.load
        local.tee 5
        f64.add
        local.get 6
        i32.const 11992
        i32.add
        f64.load
        f64.add
        local.get 6
        i32.const 3992
        i32.add
        f64.load
        f64.add
        f64.const 0x1.999999999999ap-3 (;=0.2;)
        f64.mul
        f64.store
        local.get 0
        i32.const 8
        i32.add
        local.tee 0
        br_if 0 (;@2;)
      end
      local.get 3
      i32.const 4000
      i32.add
      local.set 3
      local.get 2
      i32.const 4000
      i32.add
      local.set 2
      local.get 4
      i32.const 1
      i32.add
      local.tee 4
      i32.const 499
      i32.ne
      br_if 0 (;@1;)
    end)
)
