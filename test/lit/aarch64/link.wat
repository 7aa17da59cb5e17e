;; `--target aarch64-linux-gnu` (in any usual spelling) links an AArch64
;; Linux PIE against rtlib built for that target and the cross C library,
;; with the AArch64 dynamic linker; it runs under qemu-user.
;; REQUIRES: aarch64-qemu
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --target aarch64-linux-gnu -v %t.wasm -o %t 2> %t.link
;; RUN: FileCheck %s --check-prefix=LINK < %t.link
;; LINK: ld.lld -m aarch64linux -pie
;; LINK-SAME: --dynamic-linker /lib/ld-linux-aarch64.so.1
;; LINK-SAME: lib/wasmc/aarch64-linux-gnu/librtlib.a
;; RUN: llvm-readobj --file-headers --program-headers %t | FileCheck %s --check-prefix=ELF
;; ELF: Format: elf64-littleaarch64
;; ELF: Type: SharedObject
;; ELF: Machine: EM_AARCH64
;; ELF: Type: PT_INTERP
;; RUN: llvm-readelf --string-dump=.interp %t | FileCheck %s --check-prefix=INTERP
;; INTERP: /lib/ld-linux-aarch64.so.1
;; RUN: %qemu-aarch64 %t; test $? -eq 42
;;
;; The usual spellings of the triple all mean the same target.
;; RUN: wasmc --target aarch64-unknown-linux-gnu %t.wasm -o %t.2
;; RUN: %qemu-aarch64 %t.2; test $? -eq 42
;; RUN: wasmc --target arm64-linux-gnu %t.wasm -o %t.3
;; RUN: %qemu-aarch64 %t.3; test $? -eq 42
;; RUN: wasmc --target aarch64-pc-linux %t.wasm -o %t.4
;; RUN: %qemu-aarch64 %t.4; test $? -eq 42
;;
;; --sysroot: the C library from a root directory instead of the one found
;; at build time (here Debian's cross directory, whose libc.so script names
;; host paths).
;; RUN: wasmc --target aarch64-linux-gnu --sysroot %aarch64_sysroot -v %t.wasm -o %t.5 2> %t.link5
;; RUN: FileCheck %s --check-prefix=SYSROOT -DROOT=%aarch64_sysroot < %t.link5
;; SYSROOT: [[ROOT]]/lib/Scrt1.o
;; RUN: %qemu-aarch64 %t.5; test $? -eq 42
;; RUN: mkdir -p %t.empty
;; RUN: not wasmc --target aarch64-linux-gnu --sysroot %t.empty %t.wasm -o %t.6 2>&1 | FileCheck %s --check-prefix=EMPTY
;; EMPTY: error: cannot link: the C start file Scrt1.o not found (searched under --sysroot
;; RUN: not wasmc --target aarch64-linux-gnu --sysroot %t.missing %t.wasm -o %t.6 2>&1 | FileCheck %s --check-prefix=MISSING
;; MISSING: error: --sysroot '{{.*}}missing' is not a directory
;; RUN: test ! -e %t.6
;;
;; --shared links an AArch64 shared object for embedders (embedding.c
;; loads and runs such modules with the AArch64 librtlib.so under qemu).
;; RUN: wasmc --target aarch64-linux-gnu --shared %t.wasm -o %t.so
;; RUN: llvm-readobj --file-headers --dyn-syms %t.so | FileCheck %s --check-prefix=SHARED
;; SHARED: Type: SharedObject
;; SHARED: Machine: EM_AARCH64
;; SHARED: Name: wasmc_module_descriptor
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (func (export "_start") (call $exit (i32.const 42))))
