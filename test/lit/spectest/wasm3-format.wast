;; The Wasm 3.0 script format (what tools/wast2json3 writes): module
;; definitions and instances, `either`, the 3.0 reference values, and
;; assert_exception, which passes only for an uncaught exception. The JSON is
;; Inputs/wasm3-format.json (the converter is faked: Inputs/fake-wast2json3.sh);
;; each assertion marked FAIL in it is false on purpose.
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t
;; RUN: printf '[tail calls]\nwasm3-format.wast\n[out of scope: GC]\nnothing.wast\n' > %t/proposals.txt
;; RUN: not wasmc-spectest -j2 --known-failures none --work-dir %t/work \
;; RUN:   --wast2json3 %s --node %S/Inputs/fake-wast2json3.sh \
;; RUN:   --proposals %t/proposals.txt --summary-name spec-3.0 %s > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: wasm3-format.wast {{ *}}17 passed     6 failed     0 known   0 skipped    1 n/a
;; CHECK-DAG: FAIL wasm3-format.wast:8 module_instance: no module definition named $nope
;; CHECK-DAG: FAIL wasm3-format.wast:13 assert_return: result 0: got ref.null func, expected funcref (non-null)
;; CHECK-DAG: FAIL wasm3-format.wast:14 assert_return: result 0: got funcref (non-null), expected ref.null (any type)
;; CHECK-DAG: FAIL wasm3-format.wast:18 assert_return: result 0: got ref.null func, expected anyref null
;; CHECK-DAG: FAIL wasm3-format.wast:20 assert_return: result 0: got i32 1, expected either(i32 2 | i32 3)
;; CHECK-DAG: FAIL wasm3-format.wast:22 assert_exception: returned, expected an uncaught exception
;; CHECK: | tail calls | 1 | 17 | 6 | 0 | 1 | 73.9% |
;; CHECK: tail calls:
;; CHECK-NEXT: 4 wrong result
;; CHECK: spec-3.0: 17 passed, 6 failed (0 known, 6 unexpected, 0 stale known-failure entries)
;;
;; An invalid module that wasmc cannot even decode (here: a shared memory
;; and an atomic load of an f32 address; threads are beyond 3.0) passes as
;; rejected, unless --strict-invalid.
;; RUN: not wasmc-spectest -j2 --known-failures none --work-dir %t/work \
;; RUN:   --wast2json3 %s --node %S/Inputs/fake-wast2json3.sh --strict-invalid \
;; RUN:   %s | FileCheck --check-prefix=STRICT %s
;; STRICT: wasm3-format.wast {{ *}}16 passed     7 failed
;; STRICT: FAIL wasm3-format.wast:24 assert_invalid: invalid module not decoded (a feature wasmc lacks?), expected "type mismatch": wasm3-format.3.wasm:0x15: error: malformed limits flags
;;
;; Written out, the script is:
;;   (module definition $M ...)           (module instance $I1 $M)
;;   (module instance $I2)                 ;; the last definition
;;   (invoke $I1 "inc") (assert_return (invoke $I1 "get") (i32.const 1))
;;   (assert_return (invoke $I2 "get") (i32.const 0))  ;; instances are separate
;;   (module instance $I3 $nope)           ;; FAIL
;;   (assert_return (invoke "null-func") (ref.null))
;;   (assert_return (invoke "null-func") (ref.null nofunc))
;;   (assert_return (invoke "some-func") (ref.func))
;;   (assert_return (invoke "null-func") (ref.func))        ;; FAIL
;;   (assert_return (invoke "some-func") (ref.null))        ;; FAIL
;;   (assert_return (invoke "id-extern" (ref.extern 7)) (ref.extern))
;;   (assert_return (invoke "id-extern" (ref.null noextern)) (ref.null))
;;   (assert_return (invoke "null-func") (ref.null any))    ;; FAIL: no anyref yet
;;   (assert_return (invoke "one") (either (i32.const 0) (i32.const 1)))
;;   (assert_return (invoke "one") (either (i32.const 2) (i32.const 3)))  ;; FAIL
;;   (assert_exception (invoke "one"))     ;; skipped
;;   (assert_malformed (module quote "...") "unknown operator")  ;; n/a
;;   (assert_invalid (module (memory 1 1 shared)
;;     (func (drop (i32.atomic.load (f32.const 0))))) "type mismatch")
