;; assert_malformed_custom and assert_invalid_custom (the 3.0 suite's
;; custom/ scripts): a text module is not applicable; a binary one must be
;; accepted by `wasmc --validate-only` (custom sections never make a module
;; invalid) with a warning that the section is ignored. The script runs from
;; a directory of the suite named by --include-dir; the JSON is
;; Inputs/custom-asserts.json, its modules Inputs/custom-asserts.*.wat
;; (the converter is faked: Inputs/fake-wast2json3.sh). Line 4's module has
;; good hints and line 5's is invalid: both FAIL on purpose.
;; REQUIRES: wabt
;; RUN: rm -rf %t && mkdir -p %t/suite/custom/Inputs
;; RUN: cp %s %t/suite/custom/
;; RUN: cp %S/Inputs/custom-asserts.* %t/suite/custom/Inputs/
;; RUN: printf '[custom]\ncustom/custom-asserts.wast\n' > %t/proposals.txt
;; RUN: not wasmc-spectest -j2 --known-failures none --work-dir %t/work \
;; RUN:   --testsuite %t/suite --include-dir custom \
;; RUN:   --wast2json3 %s --node %S/Inputs/fake-wast2json3.sh \
;; RUN:   --proposals %t/proposals.txt --summary-name spec-3.0 > %t/out.txt
;; RUN: FileCheck %s < %t/out.txt
;; CHECK: custom/custom-asserts.wast {{ *}}2 passed     2 failed     0 known   0 skipped    1 n/a
;; CHECK-DAG: FAIL custom/custom-asserts.wast:4 assert_invalid_custom: wasmc accepted the module without a warning, expected "@metadata.code.branch_hint annotation: invalid target"
;; CHECK-DAG: FAIL custom/custom-asserts.wast:5 assert_malformed_custom: wasmc refused the module (a custom section must not make it invalid), expected "@metadata.code.branch_hint section: invalid hint value" to be ignored with a warning: custom-asserts.2.wasm:0x{{[0-9a-f]+}}: error: {{.*}}
;; CHECK: | custom | 1 | 2 | 2 | 0 | 1 | 50.0% |
;; CHECK: spec-3.0: 2 passed, 2 failed (0 known, 2 unexpected, 0 stale known-failure entries)
;;
;; Without --include-dir, the suite's root has no scripts.
;; RUN: not wasmc-spectest --known-failures none --work-dir %t/work \
;; RUN:   --testsuite %t/suite 2>&1 | FileCheck --check-prefix=EMPTY %s
;; EMPTY: wasmc-spectest: error: no .wast scripts in {{.*}}suite
;;
;; Written out, the script is:
;;   (module ...)                          ;; good hints
;;   (assert_malformed_custom (module quote ...) "...")      ;; n/a
;;   (assert_invalid_custom (module ...) "invalid target")    ;; hint on i32.eq
;;   (assert_invalid_custom (module ...) "invalid target")    ;; FAIL: good hints
;;   (assert_malformed_custom (module ...) "invalid hint value") ;; FAIL: invalid
