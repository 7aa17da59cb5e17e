;; wasmc -g on a module without DWARF: each function is a DWARF subprogram
;; and an ELF symbol named from the name section ("wasm:" + name, never a
;; bare C name), and the line table points into the module: file
;; <module>.wasm, line = the instruction's file offset.
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -g -c %t.wasm -o %t.o
;; RUN: llvm-dwarfdump --debug-info %t.o | FileCheck %s --check-prefix=INFO
;; RUN: llvm-dwarfdump --debug-line %t.o | FileCheck %s --check-prefix=LINE
;; RUN: llvm-nm %t.o | FileCheck %s --check-prefix=SYM
;; Without -g: no debug info (the address map's line tables are stripped),
;; and the same symbols: objects name functions after the guest's.
;; RUN: wasmc -c %t.wasm -o %t.nog.o
;; RUN: llvm-dwarfdump --debug-info %t.nog.o | FileCheck %s --check-prefix=NOG
;; RUN: llvm-nm %t.nog.o | FileCheck %s --check-prefix=NOGSYM

;; INFO: DW_TAG_compile_unit
;; INFO:   DW_AT_producer ("wasmc")
;; INFO:   DW_AT_name ("wasm-offsets.wat.tmp.wasm")
;; INFO-DAG: DW_AT_name ("divide")
;; INFO-DAG: DW_AT_name ("memcpy")

;; The `i32.div_u` of divide is at file offset 0x39 (57).
;; LINE: name: "wasm-offsets.wat.tmp.wasm"
;; LINE: {{^0x[0-9a-f]+ +57 }}

;; SYM-DAG: t wasm:divide
;; SYM-DAG: t wasm:memcpy
;; SYM-NOT: {{ t memcpy$}}

;; NOG-NOT: DW_TAG_compile_unit
;; NOGSYM-DAG: t wasm:divide
;; NOGSYM-DAG: t wasm:memcpy
;; NOGSYM-NOT: {{ t memcpy$}}

(module
  (func $divide (export "divide") (param i32 i32) (result i32)
    (i32.div_u (local.get 0) (local.get 1)))
  (func $memcpy (export "memcpy") (param i32) (result i32)
    (local.get 0)))
