;; -o naming an existing device, FIFO or socket writes into it rather than
;; renaming a temporary over it. Run as root, `wasmc -c m.wasm -o /dev/null`
;; used to replace the machine's /dev/null by a regular file (found when the
;; ASan lit run's programs/stdin_echo.c read stale bytes from /dev/null). A
;; FIFO stands in for /dev/null here, so that a regression cannot break the
;; machine: each output kind must arrive complete through it, and it must
;; still be a FIFO afterwards. The reader gives up after 20 s, so a
;; regression (nothing ever written to the FIFO) fails instead of hanging.
;; RUN: rm -rf %t && mkdir %t && wat2wasm %s -o %t/m.wasm
;; RUN: mkfifo %t/fifo
;; RUN: timeout 20 cat %t/fifo > %t/m.o & wasmc -c %t/m.wasm -o %t/fifo; wait $!
;; RUN: test -p %t/fifo
;; RUN: llvm-objdump -t %t/m.o | FileCheck %s --check-prefix=OBJ
;; RUN: timeout 20 cat %t/fifo > %t/m.s & wasmc -S %t/m.wasm -o %t/fifo; wait $!
;; RUN: FileCheck %s --check-prefix=ASM < %t/m.s
;; The executable goes through the linker, which writes to the temporary by
;; path.
;; RUN: timeout 20 cat %t/fifo > %t/exe & wasmc %t/m.wasm -o %t/fifo; wait $!
;; RUN: test -p %t/fifo
;; RUN: chmod +x %t/exe && %t/exe; test $? -eq 7
;; No temporary is left next to the FIFO.
;; RUN: ls -A %t | FileCheck %s --check-prefix=LS
;; OBJ: wasmc_module_descriptor
;; ASM: wasmc_module_descriptor
;; LS-NOT: tmp
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func (export "_start") (call $exit (i32.const 7))))
