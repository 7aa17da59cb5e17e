;; Function names come from the module's name section, which may hold any
;; UTF-8, including newlines; the trap report replaces control characters so
;; that a module cannot forge lines of it.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: python3 -c "import sys; p=sys.argv[1]; d=open(p,'rb').read(); open(p,'wb').write(d.replace(b'\x03bad', b'\x03b\nd'))" %t.wasm
;; RUN: wasmc -O0 %t.wasm -o %t
;; RUN: %t > %t.out 2>&1 || echo "exit code: $?" >> %t.out
;; RUN: FileCheck %s < %t.out

;; CHECK:      wasm trap: unreachable executed
;; CHECK-NEXT:   #0 {{(0x[0-9a-f]+: )?}}b?d
;; CHECK-NEXT:   #1 {{(0x[0-9a-f]+: )?}}_start
;; CHECK-NEXT: exit code: 134

(module
  (func $bad (unreachable))
  (func $_start (export "_start") (call $bad)))
