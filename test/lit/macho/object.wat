;; -c for the macOS targets: a Mach-O object with compiled Wasm code in
;; __TEXT,wasmc_text, C symbol names (leading underscore), calls to the
;; runtime as branch relocations, and the descriptor pointing at the code
;; range through ld64's section$start/section$end symbols.
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: wasmc --target arm64-apple-macos -c %t.wasm -o %t.arm.o
;; RUN: wasmc --target x86_64-apple-macos -c %t.wasm -o %t.x86.o
;;
;; RUN: llvm-readobj --file-headers --sections %t.arm.o | FileCheck %s --check-prefixes=ARM,SECT
;; RUN: llvm-readobj --file-headers --sections %t.x86.o | FileCheck %s --check-prefixes=X86,SECT
;; ARM:  Format: Mach-O arm64
;; ARM:  CpuType: Arm64
;; ARM:  FileType: Relocatable
;; X86:  Format: Mach-O 64-bit x86-64
;; X86:  CpuType: X86-64
;; X86:  FileType: Relocatable
;; SECT:      Name: wasmc_text
;; SECT-NEXT: Segment: __TEXT
;; SECT:      Attributes [
;; SECT-NEXT:   PureInstructions
;;
;; RUN: llvm-nm %t.arm.o | FileCheck %s --check-prefix=SYMS
;; RUN: llvm-nm %t.x86.o | FileCheck %s --check-prefix=SYMS
;; SYMS-DAG: S _wasmc_module_descriptor
;; SYMS-DAG: U _wasmc_rt_memory_grow
;; SYMS-DAG: U _wasmc_rt_trap
;; SYMS-DAG: U section$end$__TEXT$wasmc_text
;; SYMS-DAG: U section$start$__TEXT$wasmc_text
;;
;; RUN: llvm-readobj --relocations %t.arm.o | FileCheck %s --check-prefix=ARMREL
;; ARMREL-LABEL: Section wasmc_text {
;; ARMREL-DAG:   ARM64_RELOC_BRANCH26 0 _wasmc_rt_trap
;; ARMREL-DAG:   ARM64_RELOC_BRANCH26 0 _wasmc_rt_memory_grow
;; ARMREL-LABEL: Section __const {
;; ARMREL-DAG:   ARM64_RELOC_UNSIGNED 0 section$start$__TEXT$wasmc_text
;; ARMREL-DAG:   ARM64_RELOC_UNSIGNED 0 section$end$__TEXT$wasmc_text
;; RUN: llvm-objdump --macho -r %t.x86.o | FileCheck %s --check-prefix=X86REL
;; X86REL-LABEL: Relocation information (__TEXT,wasmc_text)
;; X86REL-DAG:   True long True BRANCH False _wasmc_rt_trap
;; X86REL-DAG:   True long True BRANCH False _wasmc_rt_memory_grow
;; X86REL-LABEL: Relocation information (__DATA,__const)
;; X86REL-DAG:   False quad True UNSIGND False section$start$__TEXT$wasmc_text
;; X86REL-DAG:   False quad True UNSIGND False section$end$__TEXT$wasmc_text
(module
  (memory 1)
  (func (export "div") (param i32 i32) (result i32)
    (i32.div_s (local.get 0) (local.get 1)))
  (func (export "grow") (result i32) (memory.grow (i32.const 1))))
