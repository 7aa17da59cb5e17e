;; Branch hints (the metadata.code.branch_hint custom section, which
;; wat2wasm writes from the annotations) become branch weights on the `if`
;; or `br_if` they name, 2000:1 like __builtin_expect; the weights are for the
;; true successor first. An unhinted branch gets none. A good section draws
;; no warning.
;; RUN: wat2wasm --enable-annotations --enable-code-metadata %s -o %t.wasm
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o %t.ll 2> %t.err
;; RUN: FileCheck %s < %t.ll
;; RUN: count 0 < %t.err
;; Hints do not change what the code computes: the hint on $mixed's first
;; `br_if` is wrong for the argument 0, which still falls through.
;; RUN: wasmc -O2 %t.wasm -o %t.exe
;; RUN: %t.exe; test $? -eq 30

;; CHECK-LABEL: define internal i32 @wasm_func_1(
;; CHECK: br i1 %if.cond, label %if.then, label %if.else, !prof [[LIKELY:![0-9]+]]
;; CHECK-LABEL: define internal i32 @wasm_func_2(
;; CHECK: br i1 %if.cond, label %if.then, label %if.else, !prof [[UNLIKELY:![0-9]+]]
;; CHECK-LABEL: define internal i32 @wasm_func_3(
;; CHECK: br i1 %br_if.cond, label %block.end, label %br_if.cont, !prof [[LIKELY]]
;; CHECK-LABEL: define internal i32 @wasm_func_4(
;; CHECK: br i1 %br_if.cond, label %block.end, label %br_if.cont, !prof [[UNLIKELY]]
;; Only the hinted branches of $mixed: the first `if`, then the `br_if`.
;; CHECK-LABEL: define internal i32 @wasm_func_5(
;; CHECK: br i1 %if.cond, label %if.then, label %if.else, !prof [[UNLIKELY]]
;; CHECK: br i1 %if.cond{{[0-9]+}}, label %if.then{{[0-9]+}}, label %if.else{{[0-9]+}}{{$}}
;; CHECK: br i1 %br_if.cond, label %block.end, label %br_if.cont, !prof [[LIKELY]]
;; CHECK: br i1 %br_if.cond{{[0-9]+}}, label %block.end, label %br_if.cont{{[0-9]+}}{{$}}
;; A hint on an `if` in dead code (not emitted) leaves the next hint on the
;; next live branch.
;; CHECK-LABEL: define internal i32 @wasm_func_6(
;; CHECK-NOT: br i1
;; CHECK: br i1 %if.cond, label %if.then, label %if.else, !prof [[LIKELY]]
;; CHECK-NOT: br i1
;; CHECK-LABEL: define
;; CHECK-DAG: [[LIKELY]] = !{!"branch_weights", i32 2000, i32 1}
;; CHECK-DAG: [[UNLIKELY]] = !{!"branch_weights", i32 1, i32 2000}

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func $if_likely (param i32) (result i32)
    (local.get 0)
    (@metadata.code.branch_hint "\01") if (result i32)
      i32.const 1
    else
      i32.const 2
    end)
  (func $if_unlikely (param i32) (result i32)
    (local.get 0)
    (@metadata.code.branch_hint "\00") if (result i32)
      i32.const 1
    else
      i32.const 2
    end)
  (func $br_if_likely (param i32) (result i32)
    (block (result i32)
      (i32.const 1)
      (local.get 0)
      (@metadata.code.branch_hint "\01") br_if 0
      drop
      (i32.const 2)))
  (func $br_if_unlikely (param i32) (result i32)
    (block (result i32)
      (i32.const 1)
      (local.get 0)
      (@metadata.code.branch_hint "\00") br_if 0
      drop
      (i32.const 2)))
  (func $mixed (param i32) (result i32)
    (local i32)
    (local.get 0)
    (@metadata.code.branch_hint "\00") if (result i32)
      i32.const 10
    else
      i32.const 20
    end
    (local.set 1)
    (local.get 0)
    if
      (local.set 1 (i32.const 30))
    end
    (block (result i32)
      (local.get 1)
      (local.get 0)
      (@metadata.code.branch_hint "\01") br_if 0
      (local.get 0)
      br_if 0
      drop
      (i32.const 3)))
  (func $dead (param i32) (result i32)
    (block
      (br 0)
      (local.get 0)
      (@metadata.code.branch_hint "\00") if
        nop
      end)
    (local.get 0)
    (@metadata.code.branch_hint "\01") if (result i32)
      i32.const 4
    else
      i32.const 5
    end)
  (func (export "_start")
    ;; 1 + 2 + 2 + 2 + ($mixed(0) = 3) + 20 = 30
    (call $exit
      (i32.add
        (i32.add (call $if_likely (i32.const 1)) (call $if_unlikely (i32.const 0)))
        (i32.add
          (i32.add (call $br_if_likely (i32.const 0)) (call $br_if_unlikely (i32.const 0)))
          (i32.add (call $mixed (i32.const 0)) (i32.const 20)))))))
