/*===- wasmc/rtlib.h - Embedding interface of the wasmc runtime ------------===*
 *
 * The host-side API of rtlib: instantiate a compiled module from its
 * descriptor, call its exports, and learn how a call ended (returned, trapped
 * with a backtrace, or exited through WASI proc_exit). The `main` that rtlib
 * provides for executables is written against this header only. It is
 * deliberately small; the embedding issue grows it (instance linking, host
 * functions beyond WASI, multiple threads).
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
  WASMC_OUTCOME_ERROR = 3     /* `message` says why (link/resource errors) */
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
} wasmc_outcome;

/* What an import resolves to. For functions, `vmctx` NULL marks a host
 * function: it is called with the importing instance's vmctx. `signature`
 * (functions) is compared with the import's type; global and table types and
 * memory/table limits are checked per the spec's import matching rules. */
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
} wasmc_extern;

/* Resolves one import; returns nonzero and fills `out` when it can. A later
 * embedding API passes other instances' exports through this callback. */
typedef int (*wasmc_resolve_fn)(void *user, const wasmc_import_desc *import,
                                wasmc_extern *out);

/* The WASI view of the host that an instance gets. Strings are borrowed and
 * must outlive the instance. The environment is empty: nothing is granted
 * yet. */
typedef struct wasmc_wasi_config {
  int argc;
  const char *const *argv;
} wasmc_wasi_config;

typedef struct wasmc_instance_config {
  wasmc_resolve_fn resolve; /* NULL: only WASI functions resolve */
  void *resolve_data;
  const wasmc_wasi_config *wasi; /* NULL: no arguments */
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

/* Unmaps memories and frees tables. Only for instances no other instance
 * links against. */
WASMC_API void wasmc_instance_destroy(wasmc_instance *inst);

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

/* The canonical process-wide id of a signature string (see abi.h). */
WASMC_API uint32_t wasmc_rt_intern_type(const char *signature);

/* The text of a trap code, as in WASMC_TRAP_LIST. */
WASMC_API const char *wasmc_trap_message(int32_t code);

/* Writes the name of the Wasm function holding code address `pc` (from the
 * name section, or "<wasm function N>") into buf. Returns buf. */
WASMC_API const char *wasmc_symbolize(uintptr_t pc, char *buf, size_t len);

/* Prints a trap as executables do: "wasm trap: <reason>" and one line per
 * frame "  #N <name>", to file descriptor `fd`. */
WASMC_API void wasmc_print_trap(int fd, const wasmc_outcome *outcome);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* WASMC_RTLIB_H */
