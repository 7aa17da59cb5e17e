;; Mach-O targets work for -c.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --target x86_64-apple-macos -c %t.wasm -o %t.x86.o
;; RUN: llvm-readobj --file-headers %t.x86.o | FileCheck %s --check-prefix=X86
;; X86: Format: Mach-O 64-bit x86-64
;; RUN: wasmc --target arm64-apple-macos -c %t.wasm -o %t.arm.o
;; RUN: llvm-readobj --file-headers %t.arm.o | FileCheck %s --check-prefix=ARM
;; ARM: Format: Mach-O arm64
;; Linking needs a macOS SDK (test/lit/macho).
;; RUN: not wasmc --target arm64-apple-macos %t.wasm -o %t.out 2>&1 | FileCheck %s --check-prefix=LINK
;; LINK: error: linking for arm64-apple-macos needs a macOS SDK: pass --sysroot <path to MacOSX.sdk>

;; Compiled code goes in __TEXT,wasmc_text (Mach-O section specifiers need
;; a segment).
;; RUN: llvm-readobj --sections %t.arm.o | FileCheck %s --check-prefix=SECT
;; SECT: Name: wasmc_text
;; SECT-NEXT: Segment: __TEXT
(module
  (func (export "f") (result i32) (i32.const 1)))
