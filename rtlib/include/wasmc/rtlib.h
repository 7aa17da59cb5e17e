/*===- wasmc/rtlib.h - Embedding interface of the wasmc runtime ------------===*
 *
 * The host-side API of rtlib: load modules compiled with `wasmc --shared`,
 * instantiate them with imports supplied by the host (host functions, other
 * instances' functions, memories, tables and globals), call their exports by
 * name with typed values, and learn how a call ended (returned, trapped with
 * a backtrace, or exited through WASI proc_exit) -- a trap never ends the
 * process. The `main` that rtlib provides for executables is written against
 * this header only. docs/architecture.md ("Embedding") explains the model.
 *
 * Linking a host: compile with -I<wasmc>/rtlib/include and link against the
 * shared runtime, `-L<build>/lib/wasmc/x86_64-linux-gnu -lrtlib
 * -Wl,-rpath,<same dir>`. A module .so built by `wasmc --shared` does not
 * contain the runtime: it resolves the wasmc_rt_* entry points from the
 * process's global symbol scope, i.e. from that librtlib.so. Exactly one
 * runtime may be in a process.
 *
 * Typical use (error handling shortened):
 *
 *   wasmc_outcome out;
 *   wasmc_runtime_init();
 *   wasmc_module *mod = wasmc_module_load("app.so", &out);
 *   wasmc_linker *lk = wasmc_linker_new();
 *   wasmc_extern ext;
 *   wasmc_extern_host_func("i:", print_i32, NULL, &ext);
 *   wasmc_linker_define(lk, "spectest", "print_i32", &ext);
 *   wasmc_instance_config cfg = {wasmc_linker_resolve, lk, NULL};
 *   wasmc_instance *inst = wasmc_instantiate(wasmc_module_desc_of(mod), &cfg,
 *                                            &out);
 *   if (!inst) puts(out.message);  // link error, or trap in start (kind)
 *   wasmc_value args[2] = {{.i32 = 1}, {.i32 = 2}}, res[1];
 *   wasmc_instance_call(inst, "add", args, 2, res, 1, &out);
 *   if (out.kind == WASMC_OUTCOME_TRAPPED) puts(out.message);
 *   wasmc_linker_define_instance(lk, "M", inst);  // B may now import "M" ...
 *
 * Threads: an instance must be used by one thread at a time. Calls run on
 * the calling thread's stack; compiled code traps with "call stack
 * exhausted" when fewer than 256 KiB of it remain. Instances linked
 * together (one's imports bound to another's exports, or sharing a table)
 * are used by one thread at a time as a group, but the group may move
 * between threads from one call to the next: every instance a call reaches
 * takes the limit of the thread the call runs on. Unlinked instances may
 * run on different threads at once.
 *
 *===----------------------------------------------------------------------===*/
#ifndef WASMC_RTLIB_H
#define WASMC_RTLIB_H

#include "wasmc/abi.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WASMC_API __attribute__((visibility("default")))

typedef struct wasmc_instance wasmc_instance;

/* The deepest backtrace recorded for a trap. */
#define WASMC_MAX_BACKTRACE 64

enum wasmc_outcome_kind {
  WASMC_OUTCOME_RETURNED = 0, /* the call (or instantiation) completed */
  WASMC_OUTCOME_TRAPPED = 1,  /* `trap_code`, `frames` describe the trap */
  WASMC_OUTCOME_EXITED = 2,   /* WASI proc_exit(`exit_code`) */
  WASMC_OUTCOME_ERROR = 3,    /* `message` says why (link/resource errors) */
  WASMC_OUTCOME_INTERRUPTED = 4, /* the epoch deadline passed; `trap_code` is
                                   WASMC_TRAP_INTERRUPTED, `frames` say where
                                   the code was (see wasmc_epoch_increment) */
  WASMC_OUTCOME_EXCEPTION = 5   /* a Wasm exception no Wasm handler caught:
                                   `exception` (tag and payload), `frames`
                                   where it was thrown */
};

/* How an instantiation or a call ended. Backtrace frames are code addresses
 * inside compiled Wasm functions, innermost first; wasmc_symbolize names
 * them. Frames that are export trampolines are already left out. */
typedef struct wasmc_outcome {
  int kind; /* wasmc_outcome_kind */
  int32_t trap_code;
  int32_t exit_code;
  uint32_t num_frames;
  uint32_t frames_truncated; /* nonzero: deeper Wasm frames were not recorded */
  uintptr_t frames[WASMC_MAX_BACKTRACE];
  char message[256];
  /* WASMC_OUTCOME_EXCEPTION: the uncaught exception. rtlib owns it; it
   * stays valid until the next uncaught exception on this thread. */
  const wasmc_exception *exception;
} wasmc_outcome;

/* A host function in the generic form: `args` holds the parameters and the
 * function writes the results to `results` (the two arrays never overlap;
 * their lengths follow from the signature it was registered with). Return 0
 * to return normally, or a trap code (WASMC_TRAP_*, e.g. WASMC_TRAP_HOST) to
 * make the calling Wasm code trap with it. `env` is the pointer given at
 * registration. Compiled modules reach it through an import thunk that the
 * compiler generates for every imported function (abi.h:
 * wasmc_import_desc.host_thunk), so any signature works. */
typedef int32_t (*wasmc_host_callback)(void *env, const wasmc_value *args,
                                       wasmc_value *results);

/* What an import resolves to (and what an export is, see
 * wasmc_instance_get_export). Build one with the wasmc_extern_* helpers
 * below, or take one from another instance's export.
 *   functions: `func_signature` (abi.h notation, e.g. "iI:F") must equal the
 *     import's type. Either `host_callback` is set (generic host function,
 *     called with `host_env`), or `func_code` is a native function
 *     `results f(wasmc_vmctx *, params...)`: with `func_vmctx` NULL it is a
 *     native host function and receives the calling instance's vmctx (this is
 *     how WASI functions are provided); otherwise it is another instance's
 *     function and `func_vmctx`/`func_index` are that instance's.
 *     `funcref` (exports only) is the function as a funcref value.
 *   memories/tables: must have been created by rtlib (an instance's, or
 *     wasmc_memory_new/wasmc_table_new and their 64-bit variants); the
 *     address types must be equal and limits are matched per the spec
 *     (current size >= the import's minimum; if the import has a maximum, the
 *     extern must have a declared maximum no greater).
 *     A table's element type must equal the import's: a table of
 *     wasmc_table_new has type funcref, (ref null func), or externref,
 *     (ref null extern), by its elem_type.
 *   globals: `global` points at the 16-byte cell, which must outlive every
 *     instance importing it; `global_type` (wasmc_valtype) and
 *     `global_mutable` must equal the import's, and for a reference type
 *     `global_ref_type` is its exact type, in the canonical text of abi.h
 *     ("(ref =12)"): an export carries it; a host global leaves it NULL
 *     (wasmc_extern_global) and then has the top type funcref or externref
 *     by `global_type`. An immutable global's type must be a subtype of the
 *     import's (a funcref host global can be imported as funcref only, not
 *     as (ref func)), a mutable one's equal to it. A mutable global is
 *     shared: writes through the cell are seen by every importer. */
typedef struct wasmc_extern {
  uint8_t kind; /* wasmc_extern_kind */
  const void *func_code;
  wasmc_vmctx *func_vmctx;
  const char *func_signature;
  uint32_t func_index;
  wasmc_memory *memory;
  wasmc_table *table;
  wasmc_global *global;
  uint8_t global_type;
  uint8_t global_mutable;
  wasmc_host_callback host_callback;
  void *host_env;
  const wasmc_funcref *funcref;
  const char *global_ref_type;
  /* tags: the tag itself (its identity); an import matches when the
   * function types are equivalent. Only instances define tags. */
  const wasmc_tag *tag;
} wasmc_extern;

/* Resolves one import; returns nonzero and fills `out` when it can. A later
 * embedding API passes other instances' exports through this callback. */
typedef int (*wasmc_resolve_fn)(void *user, const wasmc_import_desc *import,
                                wasmc_extern *out);

/* A host directory the guest may use, visible to it as `guest_path`
 * (docs/security.md). With `read_only` nonzero nothing beneath it can be
 * created, changed or removed through the guest. */
typedef struct wasmc_wasi_preopen {
  const char *host_path;
  const char *guest_path;
  int read_only;
} wasmc_wasi_preopen;

/* The WASI view of the host that an instance gets: least privilege, so with
 * the members after argv zeroed the guest sees stdio, its arguments, clocks
 * and randomness and nothing else. Strings are borrowed during
 * wasmc_instantiate only (the instance copies what it keeps, except argv,
 * which must outlive the instance). Preopened directories are opened at
 * instantiation; a missing one fails it. */
typedef struct wasmc_wasi_config {
  int argc;
  const char *const *argv;
  int envc;                /* granted environment: "NAME=VALUE" strings */
  const char *const *envp;
  int num_preopens;        /* guest descriptors 3, 4, ... in this order */
  const wasmc_wasi_preopen *preopens;
  /* Host sockets (e.g. listening ones) the guest may use with sock_*; they
   * follow the preopened directories as guest descriptors. The instance
   * works on duplicates, so the embedder keeps (and closes) its own. */
  int num_sockets;
  const int *sockets;
} wasmc_wasi_config;

typedef struct wasmc_instance_config {
  wasmc_resolve_fn resolve; /* NULL: only WASI functions resolve */
  void *resolve_data;
  const wasmc_wasi_config *wasi; /* NULL: no arguments */
  /* Resource limits of the instance, below the module's own; 0: none.
   *   max_memory_pages: each memory the instance defines (not imported
   *     ones) holds at most this many pages: memory.grow beyond returns -1,
   *     and a memory whose minimum is larger fails the instantiation.
   *   max_table_elements: the same for each table it defines (table.grow
   *     returns -1).
   *   max_stack_bytes: native stack a call into the instance may use before
   *     it traps with "call stack exhausted" (the thread's own limit, the
   *     stack less a 256 KiB margin, still applies).
   *   epoch_deadline: for modules compiled with --epoch-interruption, the
   *     deadline in epoch ticks from now, which the start function already
   *     runs under (see wasmc_instance_set_epoch_deadline).
   *   fuel: for modules compiled with --fuel-metering, the number of Wasm
   *     instructions the instance may run, its start function included
   *     (see wasmc_instance_set_fuel). */
  uint64_t max_memory_pages;
  uint64_t max_table_elements;
  uint64_t max_stack_bytes;
  uint64_t epoch_deadline;
  uint64_t fuel;
} wasmc_instance_config;

/* Installs the SIGSEGV/SIGBUS handlers (once per process; later calls do
 * nothing). Returns 0 on success. */
WASMC_API int wasmc_runtime_init(void);

/* Resolves imports against rtlib's WASI functions (resolver callback shape;
 * `user` is unused). */
WASMC_API int wasmc_resolve_wasi(void *user, const wasmc_import_desc *import,
                                 wasmc_extern *out);

/* Instantiates `desc` following the Wasm 2.0 instantiation order, running
 * the start function (on the calling thread, under a trap guard). Returns
 * NULL with `out` describing a link error, a trap during segment
 * initialisation or the start function, or a proc_exit from the start
 * function. */
WASMC_API wasmc_instance *wasmc_instantiate(const wasmc_module_desc *desc,
                                            const wasmc_instance_config *config,
                                            wasmc_outcome *out);

/* Frees the instance's memories and tables. Only for instances no other
 * instance links against. A memory's address space reservation (8 GiB for
 * a 32-bit memory with guard pages) is kept for the next instance, up to
 * the pool size below, since unmapping it costs more than the rest of an
 * instantiation. */
WASMC_API void wasmc_instance_destroy(wasmc_instance *inst);

/* The pool of freed memory reservations: how many the process keeps for
 * reuse (default 16; 0 unmaps every one now), and up to how many bytes of a
 * freed memory stay resident, zeroed in place (default 1 MiB): a memory
 * that was larger has its pages given back to the system, which costs the
 * next instance a page fault per page it touches. Keeping more resident
 * makes instances of modules with large memories much cheaper to create,
 * for up to reservations * keep_resident_bytes of resident memory. Returns
 * 0, or -1 when out of memory. */
WASMC_API int wasmc_set_memory_pool(uint32_t reservations,
                                    uint64_t keep_resident_bytes);

WASMC_API wasmc_vmctx *wasmc_instance_vmctx(wasmc_instance *inst);

/* The export named `name`, or NULL. */
WASMC_API const wasmc_export_desc *
wasmc_instance_find_export(const wasmc_instance *inst, const char *name);

/* Calls the function export `exp` with `args` (which must hold max(params,
 * results) values; results are written back to it) under a trap guard on the
 * calling thread. The thread's stack must leave the margin described in
 * docs/architecture.md. */
WASMC_API void wasmc_instance_invoke(wasmc_instance *inst,
                                     const wasmc_export_desc *exp,
                                     wasmc_value *args, wasmc_outcome *out);

/*--- Interruption ------------------------------------------------------------------*/

/* Code compiled with `wasmc --epoch-interruption` checks, at every function
 * entry and loop header, the process-wide epoch counter against its
 * instance's deadline. The host advances the counter, from any thread (a
 * timer thread ticking every millisecond, or a watchdog that ticks once
 * when a request's time is up); a call running past its instance's
 * deadline ends with WASMC_OUTCOME_INTERRUPTED and a backtrace of where it
 * was. The instance stays usable, like after a trap: its memory holds what
 * the guest had written when it stopped, and calls into it are interrupted
 * again at its next check until its deadline is moved. Code in a host
 * function is not interrupted; the guest stops at its next check after the
 * host function returns. WASI's poll_oneoff (the guest's sleep) is the
 * exception: while the instance has a deadline it waits in 1 ms slices and
 * ends as interrupted once the deadline passes. Instances linked together
 * each check their own deadline. */

/* Advances the epoch by one tick and returns the new value. Thread-safe and
 * async-signal-safe. */
WASMC_API uint64_t wasmc_epoch_increment(void);
WASMC_API uint64_t wasmc_epoch_current(void);

/* Sets the deadline of `inst` to `ticks` ticks after the current epoch
 * (UINT64_MAX: none; instances start without one unless their config sets
 * it). A running call sees a new deadline at its next function entry, or at
 * once when the epoch reaches the old one. Returns 0, or -1 when the module
 * was compiled without --epoch-interruption (its code never checks). */
WASMC_API int wasmc_instance_set_epoch_deadline(wasmc_instance *inst,
                                                uint64_t ticks);

/*--- Fuel ------------------------------------------------------------------------*/

/* Code compiled with `wasmc --fuel-metering` counts the Wasm instructions it
 * runs (each costs one unit; block, loop, else, end, nop, drop, unreachable
 * and return none) against its instance's fuel, and once that is spent
 * traps with WASMC_TRAP_OUT_OF_FUEL ("out of fuel") at the next function
 * entry or loop header: a bound on a guest's work that is the same on every
 * machine and every run, unlike a deadline. It is charged per straight-line
 * run of instructions, before the branch or call that ends the run, and
 * stored for the host before every call, so the fuel a host function reads
 * counts everything its caller ran; after a trap other than out of fuel,
 * what the trapping function ran since its last call is not counted. The
 * instance stays usable after running out: calls trap again at their first
 * check until fuel is added. Instances linked together each spend their
 * own fuel. */

/* Gives `inst` `fuel` units (0: unlimited, i.e. 2^63-1). Returns 0, or -1
 * when the module was compiled without --fuel-metering. */
WASMC_API int wasmc_instance_set_fuel(wasmc_instance *inst, uint64_t fuel);

/* Stores the units `inst` has left in *fuel (0 once it ran out; a guest
 * overruns its budget by at most the run before its next check). Returns 0,
 * or -1 when the module was compiled without --fuel-metering. */
WASMC_API int wasmc_instance_get_fuel(const wasmc_instance *inst,
                                      uint64_t *fuel);

/* The canonical process-wide id of a signature string (see abi.h). */
WASMC_API uint32_t wasmc_rt_intern_type(const char *signature);

/* The text of a trap code, as in WASMC_TRAP_LIST. */
WASMC_API const char *wasmc_trap_message(int32_t code);

/* Writes the name of the Wasm function holding code address `pc` (from the
 * name section, or "<wasm function N>") into buf. Returns buf. */
WASMC_API const char *wasmc_symbolize(uintptr_t pc, char *buf, size_t len);

/* Where a backtrace frame's code came from. */
typedef struct wasmc_frame {
  uint32_t func_index;
  const char *func_name; /* as the module names it (name section or DWARF),
                            or NULL */
  uint32_t wasm_offset;  /* of the instruction, in the .wasm file; 0: unknown */
  const char *file;      /* source file, from the module's DWARF, or NULL */
  uint32_t line, column; /* 0: unknown */
  int inlined; /* nonzero: a compiler inlined this function into a caller,
                  which depth + 1 describes: wasmc (a Wasm function inlined
                  into another) or, as the module's DWARF records, the
                  compiler that made the module (func_name is then the
                  source function's name and func_index the Wasm function
                  whose code it is part of) */
} wasmc_frame;

/* Describes the code at address `pc` (a wasmc_outcome frame): at depth 0,
 * the function and instruction it was compiled from; where that function
 * was inlined (`inlined`), depth 1 is its caller at the inlined call, and
 * so on. Returns 0, leaving *out alone, if pc is not in compiled Wasm code
 * or has no such depth. The strings live as long as the module's code. */
WASMC_API int wasmc_describe_frame(uintptr_t pc, uint32_t depth,
                                   wasmc_frame *out);

/* Prints a trap as executables do: "wasm trap: <reason>" and one line per
 * frame, to file descriptor `fd`: "  #N 0x<wasm offset>: <name>", with
 * " at <file>:<line>:<column>" where the module's DWARF gives them. */
WASMC_API void wasmc_print_trap(int fd, const wasmc_outcome *outcome);

/*--- Loading modules built with `wasmc --shared` ----------------------------------*/

typedef struct wasmc_module wasmc_module;

/* Loads a module shared object (dlopen with RTLD_NOW | RTLD_LOCAL, so many
 * modules can be loaded side by side), finds its wasmc_module_descriptor
 * and checks its ABI version. Returns NULL with `err` (kind
 * WASMC_OUTCOME_ERROR, `message`) describing the failure; `err` may be NULL.
 * Many instances can be made from one loaded module. */
WASMC_API wasmc_module *wasmc_module_load(const char *path, wasmc_outcome *err);

/* The descriptor of a loaded module, to pass to wasmc_instantiate. */
WASMC_API const wasmc_module_desc *wasmc_module_desc_of(const wasmc_module *m);

/* Unloads the module. Only once every instance of it is destroyed (and no
 * funcref into it is still reachable). */
WASMC_API void wasmc_module_unload(wasmc_module *m);

/*--- Externs: what imports are bound to ---------------------------------------------*/

/* A generic host function of the given signature (borrowed: the string must
 * outlive the instances that import it). */
WASMC_API void wasmc_extern_host_func(const char *signature,
                                      wasmc_host_callback callback, void *env,
                                      wasmc_extern *out);
WASMC_API void wasmc_extern_memory(wasmc_memory *memory, wasmc_extern *out);
WASMC_API void wasmc_extern_table(wasmc_table *table, wasmc_extern *out);
/* `cell` is host-owned (or another instance's); `type` a wasmc_valtype. A
 * reference type is the top of its hierarchy, funcref or externref
 * (`global_ref_type` NULL; see wasmc_extern). */
WASMC_API void wasmc_extern_global(wasmc_global *cell, uint8_t type,
                                   int is_mutable, wasmc_extern *out);

/* A memory owned by the host, e.g. the spec tests' "spectest" "memory":
 * `min_pages` initial pages, `max_pages` the declared maximum when
 * `has_max` is nonzero. Guard-page backed, so modules compiled either way
 * may import it. Returns NULL with `err` set on failure. Delete it only
 * after every instance importing it is destroyed. */
WASMC_API wasmc_memory *wasmc_memory_new(uint64_t min_pages, uint64_t max_pages,
                                         int has_max, wasmc_outcome *err);
/* A 64-bit memory (memory64: i64 addresses, at most 2^48 pages). It reserves
 * address space for its maximum up to 64 GiB and cannot grow beyond that. */
WASMC_API wasmc_memory *wasmc_memory64_new(uint64_t min_pages,
                                           uint64_t max_pages, int has_max,
                                           wasmc_outcome *err);
WASMC_API void wasmc_memory_delete(wasmc_memory *memory);

/* A table owned by the host: `elem_type` WASMC_FUNCREF or WASMC_EXTERNREF
 * (its element type is then funcref or externref, nullable and abstract;
 * see wasmc_extern for import matching),
 * `min` elements initialised to `init` (NULL: ref.null), maximum `max` when
 * `has_max` is nonzero. Returns NULL with `err` set on failure. */
WASMC_API wasmc_table *wasmc_table_new(uint8_t elem_type, uint32_t min,
                                       uint32_t max, int has_max, void *init,
                                       wasmc_outcome *err);
/* A table64 (i64 indices): limits up to 2^64-1; the runtime holds at most
 * 2^24 elements whatever the limits. */
WASMC_API wasmc_table *wasmc_table64_new(uint8_t elem_type, uint64_t min,
                                         uint64_t max, int has_max, void *init,
                                         wasmc_outcome *err);
WASMC_API void wasmc_table_delete(wasmc_table *table);

/*--- Exports ------------------------------------------------------------------------*/

/* Describes export `name` of `inst` as an extern: to bind another instance's
 * import to it (wasmc_linker_define), or to reach it directly -- read and
 * write a global through `global` (writes only if `global_mutable`), access
 * a memory's bytes through `memory->base` / `memory->size`, a table's
 * elements through `table->elems` / `table->size`; a function's type is
 * `func_signature`. Returns 1, or 0 (out untouched) if there is no such
 * export. */
WASMC_API int wasmc_instance_get_export(wasmc_instance *inst, const char *name,
                                        wasmc_extern *out);

/* The same for a name of `name_len` bytes that may contain NUL bytes (Wasm
 * names are any UTF-8 string, "\0" included). */
WASMC_API int wasmc_instance_get_export_n(wasmc_instance *inst,
                                          const char *name, size_t name_len,
                                          wasmc_extern *out);

/* Calls function export `name` with `num_args` arguments and stores its
 * results in `results` (`num_results` slots). The counts must match the
 * function's signature exactly. Values are typed by the signature: i32 in
 * `.i32`, i64 `.i64`, f32 `.f32`, f64 `.f64`, v128 `.v128` (little-endian
 * lane order), funcref and externref in `.ref`.
 *   - funcref: NULL is ref.null func; otherwise a pointer to a
 *     wasmc_funcref (from a result, a table, or wasmc_extern.funcref).
 *   - externref: NULL is ref.null extern; any other pointer-sized value is
 *     an opaque host reference that Wasm code passes around and compares but
 *     never dereferences, e.g. (void *)(uintptr_t)(n + 1) for the spec
 *     tests' `ref.extern n`.
 * `out` says how the call ended: RETURNED (results written), TRAPPED
 * (`trap_code`, backtrace, and `message` holds the trap's text), EXITED
 * (WASI proc_exit), or ERROR (no such export, not a function, wrong counts;
 * `message` says which). A trap leaves the instance usable. */
WASMC_API void wasmc_instance_call(wasmc_instance *inst, const char *name,
                                   const wasmc_value *args, uint32_t num_args,
                                   wasmc_value *results, uint32_t num_results,
                                   wasmc_outcome *out);

/* The same for a name of `name_len` bytes that may contain NUL bytes. */
WASMC_API void wasmc_instance_call_n(wasmc_instance *inst, const char *name,
                                     size_t name_len, const wasmc_value *args,
                                     uint32_t num_args, wasmc_value *results,
                                     uint32_t num_results, wasmc_outcome *out);

/*--- Linker: a name space of externs, used as the import resolver -----------------*/

typedef struct wasmc_linker wasmc_linker;

WASMC_API wasmc_linker *wasmc_linker_new(void);
WASMC_API void wasmc_linker_delete(wasmc_linker *linker);

/* Defines import name (`module`, `name`) as `ext` (copied; names copied). A
 * later definition of the same name replaces the earlier one. Returns 0, or
 * -1 when out of memory. */
WASMC_API int wasmc_linker_define(wasmc_linker *linker, const char *module,
                                  const char *name, const wasmc_extern *ext);

/* Defines every export of `inst` under module name `module` (what the spec
 * tests' `register` command does); export names may contain NUL bytes.
 * Returns 0, or -1 when out of memory. */
WASMC_API int wasmc_linker_define_instance(wasmc_linker *linker,
                                           const char *module,
                                           wasmc_instance *inst);

/* Resolver callback (wasmc_instance_config.resolve, with resolve_data = the
 * linker): looks the import up by (module, name), comparing all bytes of
 * both (wasmc_import_desc.module_len/name_len); imports from
 * wasi_snapshot_preview1 that the linker does not define resolve to rtlib's
 * WASI functions. Whether the extern's type matches the import is checked
 * by wasmc_instantiate, which fails with messages such as
 *   incompatible import type for "spectest" "print_i32": expected (i32) -> (),
 *   got (f32) -> ()
 *   unknown import: function "env" "f"                                      */
WASMC_API int wasmc_linker_resolve(void *linker, const wasmc_import_desc *import,
                                   wasmc_extern *out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* WASMC_RTLIB_H */
