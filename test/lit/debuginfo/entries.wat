;; wasmc -g and the tailcc entries of C bodies (compiler/lower/CallConventions.h):
;; a copy of a small body is the function's code too, so it gets its own
;; subprogram of the function's name, and the entry symbols are the body's
;; with ".entry" ("wasm:<name>.entry"), which profilers show beside the
;; body's. A calling entry of a large body gets a symbol but no subprogram
;; (rtlib leaves its frame out of backtraces as well). The module still
;; verifies and runs at -O0 and -O2, also split for parallel code generation.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -g -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s
;; RUN: wasmc -g -O2 -j2 -c %t.wasm -o %t.o
;; RUN: llvm-nm %t.o | FileCheck %s --check-prefix=SYM
;; RUN: llvm-dwarfdump --debug-info %t.o | FileCheck %s --check-prefix=INFO
;; RUN: wasmc -g -O0 %t.wasm -o %t.O0
;; RUN: %t.O0
;; RUN: wasmc -g -O2 %t.wasm -o %t.O2
;; RUN: %t.O2
;; Without -g the entries keep their index names.
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=NOG

;; CHECK-DAG: define internal i32 @"wasm:small"({{.*}}) {{.*}}!dbg [[SMALL:![0-9]+]]
;; CHECK-DAG: define internal tailcc i32 @"wasm:small.entry"({{.*}}) {{.*}}!dbg [[COPY:![0-9]+]]
;; CHECK-DAG: define internal tailcc i32 @"wasm:large.entry"({{.*}}) #{{[0-9]+}} section "wasmc_text" {
;; CHECK-DAG: [[SMALL]] = distinct !DISubprogram(name: "small",
;; CHECK-DAG: [[COPY]] = distinct !DISubprogram(name: "small",

;; SYM-DAG: t wasm:small
;; SYM-DAG: t wasm:small.entry
;; SYM-DAG: t wasm:large
;; SYM-DAG: t wasm:large.entry

;; INFO-COUNT-2: DW_AT_name ("small")

;; NOG-DAG: define internal tailcc i32 @wasm_entry_0(
;; NOG-DAG: define internal tailcc i32 @wasm_entry_1(

(module
  (type $i (func (param i32) (result i32)))
  (table funcref (elem $small $large))
  (global $g (mut i32) (i32.const 0))
  (func $small (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  ;; More than 512 bytes of code.
  (func $large (param i32) (result i32)
    (drop (v128.const i64x2 0 0)) (drop (v128.const i64x2 1 1))
    (drop (v128.const i64x2 2 2)) (drop (v128.const i64x2 3 3))
    (drop (v128.const i64x2 4 4)) (drop (v128.const i64x2 5 5))
    (drop (v128.const i64x2 6 6)) (drop (v128.const i64x2 7 7))
    (drop (v128.const i64x2 8 8)) (drop (v128.const i64x2 9 9))
    (drop (v128.const i64x2 10 10)) (drop (v128.const i64x2 11 11))
    (drop (v128.const i64x2 12 12)) (drop (v128.const i64x2 13 13))
    (drop (v128.const i64x2 14 14)) (drop (v128.const i64x2 15 15))
    (drop (v128.const i64x2 16 16)) (drop (v128.const i64x2 17 17))
    (drop (v128.const i64x2 18 18)) (drop (v128.const i64x2 19 19))
    (drop (v128.const i64x2 20 20)) (drop (v128.const i64x2 21 21))
    (drop (v128.const i64x2 22 22)) (drop (v128.const i64x2 23 23))
    (drop (v128.const i64x2 24 24)) (drop (v128.const i64x2 25 25))
    (drop (v128.const i64x2 26 26)) (drop (v128.const i64x2 27 27))
    (drop (v128.const i64x2 28 28)) (drop (v128.const i64x2 29 29))
    (global.set $g (local.get 0))
    (i32.add (local.get 0) (i32.const 2)))
  (func (export "_start")
    (if (i32.ne (i32.add (call $small (i32.const 1)) (call $large (i32.const 1)))
                (i32.const 5))
      (then (unreachable)))
    (if (i32.ne (i32.add (call_indirect (type $i) (i32.const 1) (i32.const 0))
                         (call_indirect (type $i) (i32.const 1) (i32.const 1)))
                (i32.const 5))
      (then (unreachable)))))
