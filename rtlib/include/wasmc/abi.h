/*===- wasmc/abi.h - The contract between compiled code and rtlib ---------===*
 *
 * This header is the single owner of every fact that the compiler and the
 * runtime must agree on: the instance context (vmctx) layout, the trap codes,
 * the module descriptor that a compiled object exports, and the names of the
 * runtime entry points that compiled code calls. The compiler includes it to
 * compute field offsets; rtlib includes it to build the structures. It is
 * plain C so that both sides (and embedders) can use it. docs/architecture.md
 * explains it in prose.
 *
 *===----------------------------------------------------------------------===*/
#ifndef WASMC_ABI_H
#define WASMC_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped whenever any structure below changes shape. rtlib refuses a
 * descriptor with a different version. 2: wasmc_import_desc.host_thunk and
 * wasmc_rt_call_host (generic host functions for embedders). 3: name
 * lengths in import and export descriptors. 4: wasmc_const_expr.init
 * (extended constant expressions). 5: wasmc_vmctx.memories (multi-memory).
 * 6: wasmc_limits.is64 and 64-bit addresses, lengths and page or element
 * counts in the memory and table entry points (memory64, table64).
 * 7: wasmc_table_desc.init and wasmc_type_desc.exact (typed function
 * references: table initialisers, reference types in function types).
 * 8: tail calls: every `code` is called with LLVM's tailcc convention,
 * wasmc_funcref.host_code, results beyond three through a buffer,
 * wasmc_module_desc.start_entry. 9: wasmc_table_desc.exact and
 * wasmc_global_desc.exact (typed references in import matching of tables
 * and globals). 10: wasmc_func_desc.code_kind and body (C-convention
 * bodies with tailcc entries). 11: wasmc_module_desc.addr_map (Wasm code
 * offsets and source positions of native code, for backtraces).
 * 12: wasmc_vmctx.epoch and epoch_deadline, wasmc_rt_epoch_reached and
 * wasmc_module_desc.epoch_checks (interruption). 13: exception handling:
 * wasmc_vmctx.tags, wasmc_tag, wasmc_exception, wasmc_module_desc.tags,
 * WASMC_EXTERN_TAG and the throw entry points. 14: wasmc_type_desc.rec_size,
 * rec_index and open (recursion groups). 15: wasmc_source_loc.inlined_name
 * and parent (functions the source compiler inlined, from the module's
 * DWARF). 16: wasmc_module_desc.memory_images (copy-on-write initial
 * memory images), wasmc_rt_stack_check. 17: wasmc_vmctx.fuel and
 * wasmc_module_desc.fuel_checks (fuel metering). */
#define WASMC_ABI_VERSION 17u

/* Name of the descriptor symbol that every compiled module exports. */
#define WASMC_MODULE_DESCRIPTOR_SYMBOL "wasmc_module_descriptor"

/* Name of the section that holds all compiled Wasm function bodies, so that
 * the trap handler can tell "PC in Wasm code" from a host fault. It is a C
 * identifier so that ELF linkers define __start_/__stop_ symbols for it. */
#define WASMC_CODE_SECTION "wasmc_text"

/*--- Values ------------------------------------------------------------------*/

/* Value type codes, equal to their binary-format encodings. */
enum wasmc_valtype {
  WASMC_I32 = 0x7F,
  WASMC_I64 = 0x7E,
  WASMC_F32 = 0x7D,
  WASMC_F64 = 0x7C,
  WASMC_V128 = 0x7B,
  WASMC_FUNCREF = 0x70,
  WASMC_EXTERNREF = 0x6F
};

/* One Wasm value in memory: globals, trampoline argument arrays. 16 bytes so
 * that a v128 fits; references are pointers (NULL is ref.null). */
typedef union wasmc_value {
  int32_t i32;
  int64_t i64;
  float f32;
  double f64;
  uint8_t v128[16];
  void *ref;
} wasmc_value;

/*--- Function references -------------------------------------------------------*/

/* A funcref points at one of these. Compiled code calls `code` with `vmctx`
 * as the first argument; call_indirect compares `type_id` (a process-wide
 * canonical id of the function's signature, see wasmc_rt_intern_type) with
 * the expected type's id. The native signature of every function is
 *   results fn(struct wasmc_vmctx *vmctx, params...)
 * where two or three results are returned as an LLVM literal struct, and a
 * function of more than three results returns void and takes a second
 * argument, the buffer (that literal struct) it stores them to.
 * `code` is always called with LLVM's tailcc convention, so that
 * return_call* can be guaranteed tail calls (docs/architecture.md): it is a
 * compiled Wasm function, its tailcc entry (wasmc_func_desc) or an import
 * thunk (wasmc_import_desc.host_thunk).
 * A host function written in C is `host_code`, with that signature in the
 * C convention, which the thunk calls; NULL for everything else. */
typedef struct wasmc_funcref {
  const void *code;
  struct wasmc_vmctx *vmctx;
  uint32_t type_id;
  uint32_t func_index; /* index in the defining module, for backtraces */
  const void *host_code;
} wasmc_funcref;

/*--- Memories, tables, globals ------------------------------------------------*/

#define WASMC_PAGE_SIZE 65536u

typedef struct wasmc_memory {
  uint8_t *base;          /* never moves: the whole reservation is mapped up front */
  uint64_t size;          /* current size in bytes */
  uint64_t max_pages;     /* effective maximum: the declared one, lowered to
                             the runtime's limit or the instance's cap */
  uint64_t reserved;      /* bytes of address space reserved at base (guards included) */
} wasmc_memory;

typedef struct wasmc_table {
  void **elems;           /* funcref tables hold wasmc_funcref*, externref tables host pointers */
  uint32_t size;
  uint32_t max;           /* effective maximum (the instance's cap included) */
  uint8_t elem_type;      /* WASMC_FUNCREF or WASMC_EXTERNREF */
} wasmc_table;

/* A global lives in a cell; vmctx->globals[i] points at the defining
 * instance's cell, so imported mutable globals are shared. */
typedef wasmc_value wasmc_global;

/*--- Instance context ------------------------------------------------------------*/

/* Every compiled function receives a pointer to this as its first argument.
 * Compiled code reads only the fields below, at the offsets below; the
 * instance may keep more state after it. Keep the WASMC_VMCTX_* offsets in
 * sync with the struct (static assertions in rtlib check it). */
typedef struct wasmc_vmctx {
  uint8_t *mem0_base;             /* memory 0 base, or NULL */
  wasmc_memory *mem0;             /* memory 0 (possibly imported), or NULL */
  uintptr_t stack_limit;          /* lowest stack address compiled code may use;
                                     UINTPTR_MAX while no call has entered
                                     the instance on this thread (its code
                                     then asks wasmc_rt_stack_check) */
  wasmc_global **globals;         /* [global index] -> cell */
  wasmc_table **tables;           /* [table index] -> table */
  wasmc_funcref *funcs;           /* [function index] -> funcref record */
  const uint32_t *type_ids;       /* [type index] -> canonical type id */
  struct wasmc_instance *instance;/* the owning instance (runtime calls use it) */
  wasmc_memory **memories;        /* [memory index] -> memory (maybe imported) */
  /* Interruption (modules compiled with --epoch-interruption): the
   * process-wide epoch counter, which hosts advance, and the epoch at which
   * this instance's code stops (UINT64_MAX: never). Compiled code reads the
   * counter at function entries and loop headers; once it reaches the
   * deadline it calls wasmc_rt_epoch_reached. */
  const volatile uint64_t *epoch;
  uint64_t epoch_deadline;
  const struct wasmc_tag **tags;  /* [tag index] -> tag (maybe imported) */
  /* Fuel (modules compiled with --fuel-metering): what is left of it. Each
   * Wasm instruction run takes one unit (structure and nop none); compiled
   * code subtracts a straight-line run's units before its branch, call or
   * block boundary, and traps with WASMC_TRAP_OUT_OF_FUEL at a function
   * entry or loop header once the count is negative. INT64_MAX: unlimited
   * in practice. */
  int64_t fuel;
} wasmc_vmctx;

#define WASMC_VMCTX_MEM0_BASE 0
#define WASMC_VMCTX_MEM0 8
#define WASMC_VMCTX_STACK_LIMIT 16
#define WASMC_VMCTX_GLOBALS 24
#define WASMC_VMCTX_TABLES 32
#define WASMC_VMCTX_FUNCS 40
#define WASMC_VMCTX_TYPE_IDS 48
#define WASMC_VMCTX_INSTANCE 56
#define WASMC_VMCTX_MEMORIES 64
#define WASMC_VMCTX_EPOCH 72
#define WASMC_VMCTX_EPOCH_DEADLINE 80
#define WASMC_VMCTX_TAGS 88
#define WASMC_VMCTX_FUEL 96

/*--- Exceptions ----------------------------------------------------------------------*/

/* A tag is its identity: a throw and a catch match when they name the same
 * wasmc_tag, which each instance allocates for the tags it defines and
 * shares through exports and imports. */
typedef struct wasmc_tag {
  uint32_t type_id;    /* canonical id of its function type (no results) */
  uint32_t num_values; /* its parameters: the payload of its exceptions */
} wasmc_tag;

/* An exception in flight or held by an exnref (which points at it). The
 * header is the platform unwinder's `struct _Unwind_Exception` (32 bytes on
 * x86-64 and AArch64), which rtlib owns. Compiled code reads `tag` and
 * `values` in handlers, and has rtlib mark it `escaped` when it makes an
 * exnref of it (catch_ref, catch_all_ref): an exception no exnref can reach
 * is freed when its handler has read it; one that escaped is never freed
 * (exnref values may be copied anywhere, and wasmc has no collector yet),
 * and each instance may keep at most WASMC_MAX_KEPT_EXCEPTION_BYTES of
 * them. */
typedef struct wasmc_exception {
  uint64_t unwind_header[4] __attribute__((aligned(16)));
  const wasmc_tag *tag;
  uint32_t num_values;
  uint8_t escaped;
  wasmc_value values[]; /* the tag's parameters, in order */
} wasmc_exception;

#define WASMC_MAX_KEPT_EXCEPTION_BYTES (64u << 20)

#define WASMC_EXCEPTION_TAG 32
#define WASMC_EXCEPTION_VALUES 48

/* The personality routine of every compiled function that has handlers.
 * Compiled code unwinds with the platform's table-based unwinder: each
 * try_table's handler is an LLVM landing pad, and this routine tells the
 * unwinder which call sites have one (from the LSDA that LLVM emits),
 * for wasmc's own exceptions only. */
#define WASMC_PERSONALITY_SYMBOL "wasmc_rt_personality"

/*--- Traps --------------------------------------------------------------------------*/

/* X-macro list so that the compiler, rtlib and docs share one table. */
#define WASMC_TRAP_LIST(X)                                                     \
  X(UNREACHABLE, 1, "unreachable executed")                                    \
  X(MEMORY_OUT_OF_BOUNDS, 2, "out of bounds memory access")                    \
  X(TABLE_OUT_OF_BOUNDS, 3, "undefined element: out of bounds table access")   \
  X(INDIRECT_NULL, 4, "uninitialized element: call_indirect to a null entry")  \
  X(INDIRECT_TYPE_MISMATCH, 5, "indirect call type mismatch")                  \
  X(INT_DIV_BY_ZERO, 6, "integer divide by zero")                              \
  X(INT_OVERFLOW, 7, "integer overflow")                                       \
  X(INVALID_CONVERSION, 8, "invalid conversion to integer")                    \
  X(STACK_EXHAUSTED, 9, "call stack exhausted")                                \
  X(NULL_REFERENCE, 10, "null reference")                                      \
  X(HOST, 11, "host function failed")                                         \
  X(NULL_FUNCTION_REFERENCE, 12, "null function reference")                 \
  X(INTERRUPTED, 13, "interrupted: the epoch deadline passed")                \
  X(OUT_OF_MEMORY, 14, "out of memory")                                       \
  X(OUT_OF_FUEL, 15, "out of fuel")

enum wasmc_trap_code {
  WASMC_TRAP_NONE = 0,
#define WASMC_TRAP_ENUM(name, code, text) WASMC_TRAP_##name = code,
  WASMC_TRAP_LIST(WASMC_TRAP_ENUM)
#undef WASMC_TRAP_ENUM
};

/*--- Module descriptor ------------------------------------------------------------*/

enum wasmc_extern_kind {
  WASMC_EXTERN_FUNC = 0,
  WASMC_EXTERN_TABLE = 1,
  WASMC_EXTERN_MEMORY = 2,
  WASMC_EXTERN_GLOBAL = 3,
  WASMC_EXTERN_TAG = 4
};

/* A constant expression, as needed by global initialisers, segment offsets and
 * element items. */
enum wasmc_const_kind {
  WASMC_CONST_VALUE = 0,    /* `value` holds the constant (numbers, v128) */
  WASMC_CONST_REF_NULL = 1, /* null of `type` */
  WASMC_CONST_REF_FUNC = 2, /* funcref to function `index` */
  WASMC_CONST_GLOBAL_GET = 3, /* value of global `index` */
  WASMC_CONST_INIT_FUNC = 4   /* `init` computes it (extended constants) */
};

/* Init function of a constant expression longer than one instruction:
 * writes the value to `out`. Called at instantiation with the instance's
 * vmctx, whose `globals` and `funcs` are bound, and every global the
 * expression may read already initialised. */
typedef void (*wasmc_const_init_fn)(wasmc_vmctx *vmctx, wasmc_value *out);

typedef struct wasmc_const_expr {
  uint8_t kind;   /* wasmc_const_kind */
  uint8_t type;   /* wasmc_valtype of the result */
  uint32_t index;
  wasmc_value value;
  wasmc_const_init_fn init; /* WASMC_CONST_INIT_FUNC only, else NULL */
} wasmc_const_expr;

/* A function type, written as a signature string: one letter per parameter,
 * ':' then one letter per result. i=i32 I=i64 f=f32 F=f64 v=v128 r=funcref
 * e=externref. Example: (i32, i64) -> f64 is "iI:F". Every reference type
 * is 'r' or 'e' there, by its hierarchy (func or extern), which is all that
 * calling and passing values needs. When the type has other reference
 * types, `exact` spells them out ("(ref func)", "(ref null nofunc)",
 * "(ref 3)" with a concrete heap type as a type index of the module):
 * rtlib replaces each index by the canonical id of that type ("(ref =12)",
 * or "(ref ^)" for the type itself) and interns that, so equivalent types
 * of any modules get one id; NULL when it would equal `signature`.
 * Reference-typed globals, tables and segments give elem_type/type as
 * WASMC_FUNCREF or WASMC_EXTERNREF, the top of their hierarchy, which is all
 * that storing and passing their values needs. Import matching needs the
 * whole type, so globals and tables also have an `exact`: their reference
 * type in this same notation ("(ref null func)", "(ref 3)", ...), rtlib
 * canonicalises it the same way ("(ref =12)"), and NULL means funcref or
 * externref as `type` says (or a number type).
 * Types declared together in a recursion group (`rec`) are one unit: each
 * names its group's size and its position in it, references inside the
 * group become "^k" (the group's k-th type) and a type's identity is its
 * whole group's canonical text plus its position, so two modules' groups
 * match only as wholes. rec_size 0 or 1 is a type in a group of its own
 * (hand-written descriptors may leave the fields zero). `open` is 1 for a
 * type declared `sub` without `final`, which is a different type from the
 * same function type declared final. */
typedef struct wasmc_type_desc {
  const char *signature;
  const char *exact;
  uint32_t rec_size;
  uint32_t rec_index;
  uint8_t open;
} wasmc_type_desc;

/* Import thunk: for every imported function the compiler emits an adapter
 * with the function's native signature, `results thunk(vmctx, params...)`
 * (tailcc), that calls the record's `host_code` in the C convention if it is
 * set (a native host function), and otherwise stores the parameters into a
 * wasmc_value array, calls
 *   wasmc_rt_call_host(vmctx, func_index, args, results)
 * and returns the values the runtime wrote to `results`. rtlib binds an
 * import to it unless the import is another instance's compiled function:
 * for native host functions, and for generic host functions
 * (wasmc_host_callback in rtlib.h), so hosts written in C need not provide
 * a native function of every Wasm signature. */
typedef struct wasmc_import_desc {
  const char *module;
  const char *name;
  uint8_t kind;       /* wasmc_extern_kind */
  uint32_t index;     /* index in the module's space of that kind */
  const void *host_thunk; /* functions: the import thunk, or NULL */
  /* Byte lengths of `module` and `name`, which are also NUL-terminated but
   * may contain NUL bytes (Wasm names are any UTF-8). 0 means "use strlen",
   * so hand-written descriptors may leave them out. */
  uint32_t module_len;
  uint32_t name_len;
} wasmc_import_desc;

/* Entry trampoline: calls the function with arguments read from `args` and
 * writes the results back to the start of the same array (which must hold
 * max(params, results) values). */
typedef void (*wasmc_trampoline)(wasmc_vmctx *vmctx, wasmc_value *args);

typedef struct wasmc_export_desc {
  const char *name;
  uint8_t kind;             /* wasmc_extern_kind */
  uint32_t index;
  wasmc_trampoline trampoline; /* functions only */
  uint32_t name_len; /* as in wasmc_import_desc */
} wasmc_export_desc;

/* What a defined function's `code` (its funcref record's code, tailcc) is.
 * Its `body` is its compiled code: a tailcc body is its own `code`
 * (WASMC_CODE_BODY; it has a tail call or is the target of one, or funcrefs
 * are its only callers); any other body has the C convention, and `code` is
 * then a tailcc copy of the body (WASMC_CODE_COPY) or a tailcc entry that
 * calls it (WASMC_CODE_ENTRY, left out of backtraces like a trampoline),
 * or NULL when no funcref to the function can exist (it is not in the
 * module's C.refs: exported, in an element segment or under ref.func in a
 * constant expression), so no record of it is ever called. A NULL `body`
 * means `code` is the body (a hand-written descriptor). `code` and `body`
 * are NULL for imported functions. */
enum wasmc_code_kind {
  WASMC_CODE_BODY = 0,
  WASMC_CODE_COPY = 1,
  WASMC_CODE_ENTRY = 2
};

typedef struct wasmc_func_desc {
  const char *name;   /* from the name section, or NULL */
  const void *code;
  uint32_t type_index;
  uint8_t code_kind;  /* wasmc_code_kind */
  const void *body;
} wasmc_func_desc;

typedef struct wasmc_limits {
  uint64_t min;
  uint64_t max;
  uint8_t has_max;
  uint8_t is64; /* address type i64 (memory64, table64) */
} wasmc_limits;

typedef struct wasmc_table_desc {
  wasmc_limits limits;
  uint8_t elem_type;
  /* Every element's initial value (defined tables; ref.null unless the
   * table section gives an initialiser). Evaluated after the globals. */
  wasmc_const_expr init;
  const char *exact; /* the element type spelled out (wasmc_type_desc), or NULL */
} wasmc_table_desc;

typedef struct wasmc_memory_desc {
  wasmc_limits limits; /* in pages */
} wasmc_memory_desc;

typedef struct wasmc_global_desc {
  uint8_t type;
  uint8_t mutable_;
  wasmc_const_expr init; /* unused for imported globals */
  const char *exact; /* the reference type spelled out (wasmc_type_desc), or NULL */
} wasmc_global_desc;

enum wasmc_segment_mode {
  WASMC_SEGMENT_ACTIVE = 0,
  WASMC_SEGMENT_PASSIVE = 1,
  WASMC_SEGMENT_DECLARATIVE = 2
};

typedef struct wasmc_data_desc {
  uint8_t mode;
  uint32_t memory;
  wasmc_const_expr offset;
  const uint8_t *bytes;
  uint32_t size;
} wasmc_data_desc;

typedef struct wasmc_elem_desc {
  uint8_t mode;
  uint8_t elem_type;
  uint32_t table;
  wasmc_const_expr offset;
  const wasmc_const_expr *items;
  uint32_t count;
} wasmc_elem_desc;

/* Where native code came from, for backtraces. A range describes one
 * compiled copy of a defined function: its `body` (copy == 0) or, for
 * WASMC_CODE_COPY, its `code` (copy == 1). Its num_rows rows, sorted by
 * native offset, start at rows[first_byte]; each covers the code from its
 * native offset (bytes from the copy's start) up to the next row's, and says
 * which Wasm instruction that code was compiled from: its offset in the
 * .wasm file (0: unknown), its source position from the module's DWARF
 * (locs[loc - 1]; loc 0: none) and, where the compiler inlined the
 * instruction's function into the range's, the innermost inlined call
 * (inlines[inline - 1]; inline 0: the instruction is the range function's
 * own). The compiler builds the map from the line tables and inlining
 * records of the code it emitted.
 *
 * Rows take 2-3 bytes each, as differences from the row before (the first
 * from native offset 0, Wasm offset 0, loc 0, inline 0):
 *   ULEB128  native offset difference << 2 | loc changed << 1 | inline changed
 *   SLEB128  Wasm offset difference
 *   SLEB128  loc difference           if loc changed
 *   SLEB128  inline difference        if inline changed */
/* A source position. Where the module's own compiler (clang, say) inlined
 * a source function into the Wasm function, the module's DWARF says so and
 * the position is in that inlined function: inlined_name is its name
 * (files[inlined_name - 1]; 0: the position is the Wasm function's own)
 * and parent the position of the inlined call in its caller (locs[parent -
 * 1], itself possibly inlined; 0: unknown). */
typedef struct wasmc_source_loc {
  uint32_t file; /* index into files */
  uint32_t line;
  uint32_t column; /* 0: unknown */
  uint32_t inlined_name;
  uint32_t parent;
} wasmc_source_loc;

/* A call the compiler inlined: function `func` runs in place of the call at
 * Wasm offset call_offset (0: unknown) of its caller, at source position
 * call_loc (as a row's loc). The caller is inlines[parent - 1]'s function,
 * itself inlined, or for parent 0 the range's function. */
typedef struct wasmc_inline_frame {
  uint32_t func;
  uint32_t call_offset;
  uint32_t call_loc;
  uint32_t parent;
} wasmc_inline_frame;

typedef struct wasmc_addr_range {
  uint32_t func; /* function index */
  uint32_t copy;
  uint32_t first_byte;
  uint32_t num_rows;
} wasmc_addr_range;

typedef struct wasmc_addr_map {
  uint32_t num_ranges;
  const wasmc_addr_range *ranges;
  const uint8_t *rows;
  const wasmc_source_loc *locs;
  const wasmc_inline_frame *inlines;
  uint32_t num_files;
  const char *const *files; /* source file paths and inlined_names */
} wasmc_addr_map;

/* The symbol of a module's wasmc_addr_map: the descriptor has a weak,
 * empty one, which the map the compiler builds after code generation
 * replaces when the objects are linked. */
#define WASMC_ADDR_MAP_SYMBOL "wasmc_addr_map"

typedef struct wasmc_module_desc {
  uint32_t abi_version;
  uint32_t num_types;
  const wasmc_type_desc *types;
  uint32_t num_imports;
  const wasmc_import_desc *imports;
  uint32_t num_funcs; /* imported + defined, in index order */
  const wasmc_func_desc *funcs;
  uint32_t num_tables;
  const wasmc_table_desc *tables;
  uint32_t num_memories;
  const wasmc_memory_desc *memories;
  uint32_t num_globals;
  const wasmc_global_desc *globals;
  uint32_t num_exports;
  const wasmc_export_desc *exports;
  uint32_t num_datas;
  const wasmc_data_desc *datas;
  uint32_t num_elems;
  const wasmc_elem_desc *elems;
  int64_t start_func; /* -1 if none */
  const void *code_start; /* bounds of WASMC_CODE_SECTION in this object */
  const void *code_end;
  uint8_t bounds_checks; /* wasmc_bounds_checks */
  /* Calls the start function (with the C convention: compiled code is
   * tailcc, see wasmc_funcref); NULL if there is none. */
  void (*start_entry)(wasmc_vmctx *vmctx);
  const wasmc_addr_map *addr_map; /* NULL or empty: no map */
  /* Nonzero: the code checks vmctx->epoch against epoch_deadline at every
   * function entry and loop header (wasmc --epoch-interruption), so a
   * deadline can stop it. */
  uint8_t epoch_checks;
  /* Nonzero: the code counts the instructions it runs against vmctx->fuel
   * (wasmc --fuel-metering). */
  uint8_t fuel_checks;
  /* Tags, imported first: each its type index (a function type without
   * results). */
  uint32_t num_tags;
  const uint32_t *tags;
  /* num_memories writable slots, null when the module is loaded, in which
   * rtlib keeps each memory's initial image once it has made one (see
   * rtlib/memory/Image.h); NULL: no images, data segments are copied. In
   * the module's own writable data, so that an image lives and dies with
   * the code that owns it. */
  void **memory_images;
} wasmc_module_desc;

/* How the module's code keeps memory accesses in bounds. With guard pages,
 * an out-of-bounds access faults, so every 32-bit memory the module uses
 * needs its full reservation; rtlib maps one and refuses to import a smaller
 * one. */
enum wasmc_bounds_checks {
  WASMC_BOUNDS_GUARD_PAGES = 0,
  WASMC_BOUNDS_EXPLICIT = 1
};

/*--- Runtime entry points called by compiled code ----------------------------------*/

/* All take the calling instance's vmctx. Trapping ones never return. Table and
 * memory indices are the module's. Each entry is X(symbol, Id, signature):
 * Id names it in the compiler (RuntimeFn::Id), and the signature, in the
 * notation "ret(param,...)" with void, ptr, i32 and i64, is what the
 * compiler declares and what rtlib checks the prototypes below against at
 * compile time (rtlib/abi/RuntimeEntries.cpp). */
#define WASMC_RT_LIST(X)                                                       \
  X(wasmc_rt_trap, Trap, "void(ptr,i32)")                                      \
  X(wasmc_rt_memory_grow, MemoryGrow, "i64(ptr,i32,i64)")                      \
  X(wasmc_rt_memory_fill, MemoryFill, "void(ptr,i32,i64,i32,i64)")             \
  X(wasmc_rt_memory_copy, MemoryCopy, "void(ptr,i32,i32,i64,i64,i64)")         \
  X(wasmc_rt_memory_init, MemoryInit, "void(ptr,i32,i32,i64,i32,i32)")         \
  X(wasmc_rt_data_drop, DataDrop, "void(ptr,i32)")                             \
  X(wasmc_rt_table_get, TableGet, "ptr(ptr,i32,i64)")                          \
  X(wasmc_rt_table_set, TableSet, "void(ptr,i32,i64,ptr)")                     \
  X(wasmc_rt_table_grow, TableGrow, "i64(ptr,i32,ptr,i64)")                    \
  X(wasmc_rt_table_fill, TableFill, "void(ptr,i32,i64,ptr,i64)")               \
  X(wasmc_rt_table_copy, TableCopy, "void(ptr,i32,i32,i64,i64,i64)")           \
  X(wasmc_rt_table_init, TableInit, "void(ptr,i32,i32,i64,i32,i32)")           \
  X(wasmc_rt_elem_drop, ElemDrop, "void(ptr,i32)")                             \
  X(wasmc_rt_call_host, CallHost, "void(ptr,i32,ptr,ptr)")                    \
  X(wasmc_rt_epoch_reached, EpochReached, "i64(ptr)")                         \
  X(wasmc_rt_stack_check, StackCheck, "void(ptr)")                             \
  X(wasmc_rt_throw, Throw, "void(ptr,i32,ptr)")                                \
  X(wasmc_rt_throw_ref, ThrowRef, "void(ptr,ptr)")                             \
  X(wasmc_rt_exception_drop, ExceptionDrop, "void(ptr,ptr)")                  \
  X(wasmc_rt_exception_escape, ExceptionEscape, "void(ptr,ptr)")

/* Prototypes (argument meaning in order after vmctx). Addresses, lengths,
 * page and element counts are 64-bit for every memory and table: compiled
 * code zero-extends the i32 operands of 32-bit ones, and a result of -1
 * truncates to i32 -1. Offsets into data and element segments stay 32-bit. */
/* Arguments:
 *   trap(code)
 *   memory_grow(mem, delta_pages) -> old pages or -1
 *   memory_fill(mem, dst, value, len)
 *   memory_copy(dst_mem, src_mem, dst, src, len)
 *   memory_init(mem, data_index, dst, src, len)
 *   data_drop(data_index)
 *   table_get(table, index) -> ref                 (traps when out of bounds)
 *   table_set(table, index, ref)
 *   table_grow(table, init_ref, delta) -> old size or -1
 *   table_fill(table, dst, ref, len)
 *   table_copy(dst_table, src_table, dst, src, len)
 *   table_init(table, elem_index, dst, src, len)
 *   elem_drop(elem_index)
 *   call_host(func_index, args, results)  (import thunks only; see above:
 *     calls the generic host function bound to imported function
 *     func_index of the calling instance; traps if the host reports one)
 *   epoch_reached() -> the deadline  (the epoch counter reached
 *     vmctx->epoch_deadline: traps with WASMC_TRAP_INTERRUPTED, unless the
 *     host moved the deadline meanwhile; returns the current deadline)
 *   stack_check()  (a function's frame is below vmctx->stack_limit:
 *     traps with WASMC_TRAP_STACK_EXHAUSTED if it is below this thread's
 *     limit; otherwise the limit was another thread's or unset, and it
 *     becomes this thread's until the call that entered Wasm returns)
 *   throw(tag, values)  (throws a new exception of tag `tag` with payload
 *     `values`, an array of the tag's parameters: unwinds to the nearest
 *     handler, or ends the call with WASMC_OUTCOME_EXCEPTION when no Wasm
 *     frame below the entry has one)
 *   throw_ref(exn)  (throws exn again; traps on null)
 *   exception_drop(exn)  (a handler has read exn: frees it unless escaped)
 *   exception_escape(exn)  (a handler makes an exnref of exn: it is kept
 *     from then on, and counted against the instance's budget for kept
 *     exceptions; traps with WASMC_TRAP_OUT_OF_MEMORY beyond it)
 *
 * rtlib gives these default visibility, so that a module built with
 * `wasmc --shared` can resolve them from a host linked against librtlib.so.
 */
#ifndef WASMC_NO_RT_PROTOTYPES
#pragma GCC visibility push(default)
__attribute__((noreturn)) void wasmc_rt_trap(wasmc_vmctx *vmctx, int32_t code);
int64_t wasmc_rt_memory_grow(wasmc_vmctx *vmctx, int32_t mem, int64_t delta);
void wasmc_rt_memory_fill(wasmc_vmctx *vmctx, int32_t mem, int64_t dst, int32_t value, int64_t len);
void wasmc_rt_memory_copy(wasmc_vmctx *vmctx, int32_t dst_mem, int32_t src_mem, int64_t dst, int64_t src, int64_t len);
void wasmc_rt_memory_init(wasmc_vmctx *vmctx, int32_t mem, int32_t data, int64_t dst, int32_t src, int32_t len);
void wasmc_rt_data_drop(wasmc_vmctx *vmctx, int32_t data);
void *wasmc_rt_table_get(wasmc_vmctx *vmctx, int32_t table, int64_t index);
void wasmc_rt_table_set(wasmc_vmctx *vmctx, int32_t table, int64_t index, void *ref);
int64_t wasmc_rt_table_grow(wasmc_vmctx *vmctx, int32_t table, void *init, int64_t delta);
void wasmc_rt_table_fill(wasmc_vmctx *vmctx, int32_t table, int64_t dst, void *ref, int64_t len);
void wasmc_rt_table_copy(wasmc_vmctx *vmctx, int32_t dst_table, int32_t src_table, int64_t dst, int64_t src, int64_t len);
void wasmc_rt_table_init(wasmc_vmctx *vmctx, int32_t table, int32_t elem, int64_t dst, int32_t src, int32_t len);
void wasmc_rt_elem_drop(wasmc_vmctx *vmctx, int32_t elem);
void wasmc_rt_call_host(wasmc_vmctx *vmctx, int32_t func_index,
                        const wasmc_value *args, wasmc_value *results);
int64_t wasmc_rt_epoch_reached(wasmc_vmctx *vmctx);
void wasmc_rt_stack_check(wasmc_vmctx *vmctx);
__attribute__((noreturn)) void wasmc_rt_throw(wasmc_vmctx *vmctx, int32_t tag,
                                              const wasmc_value *values);
__attribute__((noreturn)) void wasmc_rt_throw_ref(wasmc_vmctx *vmctx,
                                                  wasmc_exception *exn);
void wasmc_rt_exception_drop(wasmc_vmctx *vmctx, wasmc_exception *exn);
void wasmc_rt_exception_escape(wasmc_vmctx *vmctx, wasmc_exception *exn);
#pragma GCC visibility pop
#endif

/*--- Host functions that rtlib provides ----------------------------------------------*/

/* WASI preview1 functions are listed in wasmc/wasi_functions.def with their
 * signatures; rtlib defines each as wasmc_wasi_<name>(vmctx, params...). The
 * vmctx a host function receives is the calling instance's. */
#define WASMC_WASI_MODULE "wasi_snapshot_preview1"

/*--- WASI grants of an executable ----------------------------------------------------*/

/* What an executable may touch beyond stdio, arguments, clocks and randomness
 * (wasmc --dir, --env, ...; docs/security.md) travels inside it as one byte
 * string, WASMC_WASI_GRANTS_SYMBOL, that rtlib's main reads: NUL-terminated
 * fields, the first WASMC_WASI_GRANTS_VERSION, then entries of a keyword and
 * its operands, and an empty field ends it:
 *   WASMC_GRANT_DIR <host path> <guest path> (WASMC_GRANT_RW | WASMC_GRANT_RO)
 *   WASMC_GRANT_ENV <NAME=VALUE>
 *   WASMC_GRANT_INHERIT_ENV
 *   WASMC_GRANT_TCP_LISTEN <HOST:PORT>
 *   WASMC_GRANT_RUNTIME_GRANTS     (the person running it may add more)
 *   WASMC_GRANT_MAX_MEMORY <pages>  (cap on each memory; wasmc --max-memory)
 *   WASMC_GRANT_MAX_RUNTIME <milliseconds>  (deadline; wasmc --max-runtime)
 *   WASMC_GRANT_MAX_FUEL <units>  (fuel; wasmc --max-fuel)
 * The two limits may be narrowed, never widened, when it runs
 * (WASMC_MAX_MEMORY, WASMC_MAX_RUNTIME). */
#define WASMC_WASI_GRANTS_SYMBOL "wasmc_wasi_grants"
#define WASMC_WASI_GRANTS_VERSION "wasmc-wasi-grants-2"
#define WASMC_GRANT_DIR "dir"
#define WASMC_GRANT_RW "rw"
#define WASMC_GRANT_RO "ro"
#define WASMC_GRANT_ENV "env"
#define WASMC_GRANT_INHERIT_ENV "inherit-env"
#define WASMC_GRANT_TCP_LISTEN "tcp-listen"
#define WASMC_GRANT_RUNTIME_GRANTS "runtime-grants"
#define WASMC_GRANT_MAX_MEMORY "max-memory"
#define WASMC_GRANT_MAX_RUNTIME "max-runtime"
#define WASMC_GRANT_MAX_FUEL "max-fuel"

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* WASMC_ABI_H */
