;; The tailcc copy that a small C body gets as its funcref entry
;; (compiler/lower/CallConventions.h, EntryKind::Copy) is a copy of the body
;; as lowered: a direct call in it, including the body's call of itself,
;; still calls the C body, so only the outermost frame of a recursion that
;; starts through the table runs in the copy. The recursion gives the same
;; result whether it starts with a direct call or through the table.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t.O0
;; RUN: %t.O0; test $? -eq 0
;; RUN: wasmc -O2 %t.wasm -o %t.O2
;; RUN: %t.O2; test $? -eq 0
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s

;; CHECK-LABEL: define internal i32 @wasm_func_1(ptr %vmctx, i32 %0)
;; CHECK:       call i32 @wasm_func_1(ptr %vmctx,
;; CHECK-LABEL: define internal tailcc i32 @wasm_entry_1(ptr %vmctx, i32 %0)
;; CHECK-SAME:  section "wasmc_text"
;; The body's own code (a calling entry would only call the body) ...
;; CHECK:       icmp eq i32 %local0, 0
;; CHECK:       sub i32
;; ... whose recursive call is the C body's.
;; CHECK-NEXT:  call i32 @wasm_func_1(ptr %vmctx,
;; CHECK-NEXT:  add i32
;; CHECK-NOT:   call tailcc i32 @wasm_entry_1(

(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (type $i (func (param i32) (result i32)))
  (table funcref (elem $count))
  ;; n + (n-1) + ... + 1, by ordinary recursion.
  (func $count (param i32) (result i32)
    (if (result i32) (i32.eqz (local.get 0))
      (then (i32.const 0))
      (else (i32.add (local.get 0)
                     (call $count (i32.sub (local.get 0) (i32.const 1)))))))
  (func (export "_start")
    (if (i32.ne (call $count (i32.const 1000)) (i32.const 500500))
      (then (call $exit (i32.const 1))))
    (if (i32.ne (call_indirect (type $i) (i32.const 1000) (i32.const 0))
                (i32.const 500500))
      (then (call $exit (i32.const 2))))))
