;; A well-formed triple wasmc has no TargetInfo row for is refused up front
;; (exit 1, no output), for -c and -S as for linking, instead of getting
;; another architecture's lowering.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: rm -f %t.o %t.out %t.s
;; RUN: wasmc --target riscv64-linux-gnu -c %t.wasm -o %t.o 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=RISCV -DFILE=%t.wasm < %t.err
;; RUN: test ! -e %t.o
;; RUN: wasmc --target riscv64-linux-gnu %t.wasm -o %t.out 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=RISCV -DFILE=%t.wasm < %t.err
;; RUN: test ! -e %t.out
;; RISCV: [[FILE]]: error: target riscv64-unknown-linux-gnu is not supported: wasmc generates code for x86_64 and aarch64 Linux (glibc) and x86_64 and arm64 macOS
;;
;; Supported architectures on another OS or C library are refused too.
;; RUN: wasmc --target x86_64-pc-windows-msvc -S %t.wasm -o %t.s 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=WINDOWS < %t.err
;; RUN: test ! -e %t.s
;; WINDOWS: error: target x86_64-pc-windows-msvc is not supported: wasmc generates code for x86_64 and aarch64 Linux (glibc) and x86_64 and arm64 macOS
;; RUN: not wasmc --target x86_64-linux-musl -c %t.wasm -o %t.o 2>&1 | FileCheck %s --check-prefix=MUSL
;; MUSL: error: target x86_64-unknown-linux-musl is not supported
;; RUN: not wasmc --target arm64-apple-ios -c %t.wasm -o %t.o 2>&1 | FileCheck %s --check-prefix=IOS
;; IOS: error: target arm64-apple-ios is not supported
;;
;; 32-bit targets say why (the instance ABI assumes 64-bit pointers; see
;; also codegen/target-32bit.wat).
;; RUN: not wasmc --target wasm32-wasi -c %t.wasm -o %t.o 2>&1 | FileCheck %s --check-prefix=WASM32
;; WASM32: error: target wasm32-unknown-wasi is not supported: wasmc generates code for 64-bit targets only
;;
;; Even --validate-only checks the target first, as it always has.
;; RUN: not wasmc --target riscv64-linux-gnu --validate-only %t.wasm 2>&1 | FileCheck %s --check-prefix=RISCV -DFILE=%t.wasm
;;
;; A triple that names no architecture at all is a usage error (exit 2).
;; RUN: wasmc --target nonsense %t.wasm 2> %t.err; test $? -eq 2
;; RUN: FileCheck %s --check-prefix=UNKNOWN < %t.err
;; UNKNOWN: wasmc: error: unknown target triple 'nonsense'
(module (func (export "_start")))
