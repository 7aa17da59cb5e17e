;; Without -c/-S wasmc links a PIE executable in process (default a.out) that
;; runs the module's _start and exits with its proc_exit code. No temporary
;; file is left behind.
;; REQUIRES: x86_64, linux
;; RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
;; RUN: wat2wasm %s -o app.wasm
;; RUN: wasmc app.wasm
;; RUN: ./a.out; test $? -eq 7
;; RUN: wasmc -O0 -v app.wasm -o app 2> link.txt
;; RUN: FileCheck %s --check-prefix=LINK < link.txt
;; LINK: ld.lld {{.*}}-pie {{.*}}-z noexecstack --dynamic-linker /lib64/ld-linux-x86-64.so.2 -o app-{{.*}}.tmp {{.*}}Scrt1.o {{.*}}.o {{.*}}/lib/wasmc/x86_64-linux-gnu/librtlib.a {{.*}}libm.so {{.*}}libc.so
;; RUN: ./app; test $? -eq 7
;; RUN: llvm-readobj --file-headers --program-headers app | FileCheck %s --check-prefix=ELF
;; ELF: Type: SharedObject
;; ELF: Machine: EM_X86_64
;; ELF: Type: PT_INTERP
;; ELF: Type: PT_GNU_STACK
;; ELF-NEXT: Offset:
;; ELF-NEXT: VirtualAddress:
;; ELF-NEXT: PhysicalAddress:
;; ELF-NEXT: FileSize:
;; ELF-NEXT: MemSize:
;; ELF-NEXT: Flags [
;; ELF-NEXT: PF_R
;; ELF-NEXT: PF_W
;; ELF-NEXT: ]
;; RUN: rm link.txt && ls -A | count 3
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (call $exit (i32.const 7))))
