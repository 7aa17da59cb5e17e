;; A trap in the start function (run during instantiation) is reported like
;; any other; _start never runs.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out

;; CHECK:      wasm trap: unreachable executed
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}init
;; CHECK-NEXT: exit code: 134

(module
  (func $init (unreachable))
  (start $init)
  (func $_start (export "_start") (i32.const 0) (i32.const 0) (i32.div_u) (drop)))
