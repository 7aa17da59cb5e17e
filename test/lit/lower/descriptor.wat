;; The descriptor that wasmc emits, read back through abi.h's C structs by a
;; program linked with the object: every field must come out as declared.
;; REQUIRES: x86_64, linux
;; RUN: wat2wasm --debug-names %s -o %t.wasm
;; RUN: wasmc -c %t.wasm -o %t.o
;; RUN: clang-19 -I%src_root/rtlib/include %S/Inputs/dump-descriptor.c %t.o -o %t.exe
;; RUN: %t.exe | FileCheck %s
;; RUN: wasmc -c --bounds-checks=explicit %t.wasm -o %t.explicit.o
;; RUN: clang-19 -I%src_root/rtlib/include %S/Inputs/dump-descriptor.c %t.explicit.o -o %t.explicit.exe
;; RUN: %t.explicit.exe | FileCheck %s --check-prefix=EXPLICIT
;; RUN: wasmc -O0 -S --emit-llvm %t.wasm -o - | FileCheck %s --check-prefix=IR

;; CHECK: abi_version={{[1-9][0-9]*}}
;; CHECK-NEXT: type[0] iI:F
;; CHECK-NEXT: type[1] :
;; CHECK-NEXT: import[0] env.f kind=0 index=0
;; CHECK-NEXT: import[1] env.tab kind=1 index=0
;; CHECK-NEXT: import[2] env.mem kind=2 index=0
;; CHECK-NEXT: import[3] env.g kind=3 index=0
;; CHECK-NEXT: import[4] env.gm kind=3 index=1
;; CHECK-NEXT: func[0] name=imp code=null kind=0 body=null type=1
;; CHECK-NEXT: func[1] name=main code=yes kind=0 body=same type=1
;; CHECK-NEXT: func[2] name=add code=yes kind=0 body=same type=0
;; CHECK-NEXT: func[3] name=calls code=null kind=0 body=yes type=1
;; CHECK-NEXT: func[4] name=wrapped code=yes kind=1 body=yes type=1
;; CHECK-NEXT: func[5] name=plain code=null kind=0 body=yes type=1
;; CHECK-NEXT: table[0] min=1 max=0 has_max=0 elem_type=0x6f
;; CHECK-NEXT: table[1] min=2 max=10 has_max=1 elem_type=0x70
;; CHECK-NEXT: memory[0] min=1 max=2 has_max=1
;; CHECK-NEXT: global[0] type=0x7f mutable=0
;; CHECK-NEXT:   init: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT: global[1] type=0x7e mutable=1
;; CHECK-NEXT:   init: kind=0 type=0x7e index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT: global[2] type=0x7f mutable=0
;; CHECK-NEXT:   init: kind=0 type=0x7f index=0 value=0x000000000000000000000000fffffffe
;; CHECK-NEXT: global[3] type=0x7e mutable=1
;; CHECK-NEXT:   init: kind=0 type=0x7e index=0 value=0x0000000000000000123456789abcdef0
;; CHECK-NEXT: global[4] type=0x7d mutable=0
;; CHECK-NEXT:   init: kind=0 type=0x7d index=0 value=0x0000000000000000000000003fc00000
;; CHECK-NEXT: global[5] type=0x7c mutable=0
;; CHECK-NEXT:   init: kind=0 type=0x7c index=0 value=0x0000000000000000bfd0000000000000
;; CHECK-NEXT: global[6] type=0x70 mutable=0
;; CHECK-NEXT:   init: kind=2 type=0x70 index=1 value=0x00000000000000000000000000000000
;; CHECK-NEXT: global[7] type=0x6f mutable=0
;; CHECK-NEXT:   init: kind=1 type=0x6f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT: global[8] type=0x7f mutable=0
;; CHECK-NEXT:   init: kind=3 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT: export[0] main kind=0 index=1 trampoline=yes
;; CHECK-NEXT: export[1] reexport kind=0 index=0 trampoline=yes
;; CHECK-NEXT: export[2] t kind=1 index=1 trampoline=null
;; CHECK-NEXT: export[3] m kind=2 index=0 trampoline=null
;; CHECK-NEXT: export[4] b kind=3 index=3 trampoline=null
;; CHECK-NEXT: data[0] mode=0 memory=0 size=3 bytes=0102ff
;; CHECK-NEXT:   offset: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000008
;; CHECK-NEXT: data[1] mode=1 memory=0 size=7 bytes=70617373697665
;; CHECK-NEXT:   offset: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT: data[2] mode=0 memory=0 size=0 bytes=
;; CHECK-NEXT:   offset: kind=3 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT: elem[0] mode=0 elem_type=0x70 table=1 count=1
;; CHECK-NEXT:   offset: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000001
;; CHECK-NEXT:   item: kind=2 type=0x70 index=2 value=0x00000000000000000000000000000000
;; CHECK-NEXT: elem[1] mode=1 elem_type=0x70 table=0 count=2
;; CHECK-NEXT:   offset: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT:   item: kind=1 type=0x70 index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT:   item: kind=2 type=0x70 index=1 value=0x00000000000000000000000000000000
;; CHECK-NEXT: elem[2] mode=2 elem_type=0x70 table=0 count=1
;; CHECK-NEXT:   offset: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT:   item: kind=2 type=0x70 index=1 value=0x00000000000000000000000000000000
;; CHECK-NEXT: elem[3] mode=2 elem_type=0x70 table=0 count=1
;; CHECK-NEXT:   offset: kind=0 type=0x7f index=0 value=0x00000000000000000000000000000000
;; CHECK-NEXT:   item: kind=2 type=0x70 index=4 value=0x00000000000000000000000000000000
;; CHECK-NEXT: start_func=1 (entry: yes)
;; CHECK-NEXT: code bounds enclose functions: yes
;; CHECK-NEXT: bounds_checks=0

;; EXPLICIT: bounds_checks=1

;; Only the descriptor is visible outside the object; the code section bounds
;; are weak so that a module without functions links too.
;; IR-DAG: @__start_wasmc_text = extern_weak hidden constant i8
;; IR-DAG: @__stop_wasmc_text = extern_weak hidden constant i8
;; IR-DAG: @wasmc_module_descriptor = constant %wasmc_module_desc { i32 {{[1-9][0-9]*}}, i32 2, ptr @wasmc.types, i32 5, ptr @wasmc.imports, i32 6, ptr @wasmc.funcs, i32 2, ptr @wasmc.tables, i32 1, ptr @wasmc.memories, i32 9, ptr @wasmc.globals, i32 5, ptr @wasmc.exports, i32 3, ptr @wasmc.datas, i32 4, ptr @wasmc.elems, i64 1, ptr @__start_wasmc_text, ptr @__stop_wasmc_text, i8 0, ptr @wasmc_start_entry, ptr @wasmc_addr_map, i8 0, i8 0, i32 0, ptr null, ptr @wasmc.memory_images }
;; IR-DAG: @wasmc_addr_map = weak hidden constant %wasmc_addr_map zeroinitializer
;; IR-DAG: define internal tailcc void @wasm_func_1(ptr %vmctx) #[[#]] section "wasmc_text"
;; IR-DAG: define internal tailcc double @wasm_func_2(ptr %vmctx, i32 %0, i64 %1) #[[#]] section "wasmc_text"
;; IR-DAG: define internal void @wasm_func_3(ptr %vmctx) #[[#]] section "wasmc_text"
;; IR-DAG: define internal void @wasm_func_4(ptr %vmctx) #[[#]] section "wasmc_text"
;; IR-DAG: define internal tailcc void @wasm_entry_4(ptr %vmctx) #[[#]] section "wasmc_text"
;; IR-DAG: define internal void @wasmc_tramp_0(ptr %vmctx, ptr %args) #[[#]] personality ptr @wasmc_rt_personality {
;; IR-DAG: define internal void @wasmc_tramp_1(ptr %vmctx, ptr %args) #[[#]] personality ptr @wasmc_rt_personality {

(module
  (type $t0 (func (param i32 i64) (result f64)))
  (type $t1 (func))
  (import "env" "f" (func $imp (type $t1)))
  (import "env" "tab" (table 1 externref))
  (import "env" "mem" (memory 1 2))
  (import "env" "g" (global $gi i32))
  (import "env" "gm" (global $gm (mut i64)))
  (table $t 2 10 funcref)
  (global $a i32 (i32.const -2))
  (global $b (mut i64) (i64.const 0x123456789abcdef0))
  (global $c f32 (f32.const 1.5))
  (global $d f64 (f64.const -0.25))
  (global $e funcref (ref.func $main))
  (global $f externref (ref.null extern))
  (global $h i32 (global.get $gi))
  (func $main (type $t1))
  (func $add (type $t0) (f64.const 0))
  (export "main" (func $main))
  (export "reexport" (func $imp))
  (export "t" (table $t))
  (export "m" (memory 0))
  (export "b" (global $b))
  (start $main)
  (data (i32.const 8) "\01\02\ff")
  (data "passive")
  (data (global.get $gi) "")
  (elem (table $t) (i32.const 1) func $add)
  (elem funcref (ref.null func) (ref.func $main))
  (elem declare func $main)
  ;; Called directly: C bodies (CallConventions.h). $wrapped can also be
  ;; referenced, so it has a tailcc entry for its record (a copy: it is
  ;; small); $plain and $calls cannot be, so they have none.
  (func $calls (call $wrapped) (call $plain))
  (func $wrapped)
  (func $plain)
  (elem declare func $wrapped)
)
