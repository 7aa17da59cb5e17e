/* A minimal host for lowering tests: instantiates the one module linked into
 * it straight from wasmc_module_descriptor (abi.h) -- memory 0 without guard
 * pages, globals, tables, active segments, no imports -- and calls one export
 * with the arguments given on the command line. It checks the compiler's
 * side of the ABI (descriptor layout, trampolines, vmctx offsets, control
 * flow) independently of rtlib. Usage: mini-host EXPORT [ARG...]
 * Prints "result[K] = <type> <value>" per result, or "trap <code>". */
#include "wasmc/abi.h"

#include <inttypes.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const wasmc_module_desc wasmc_module_descriptor;
#define D wasmc_module_descriptor

static jmp_buf trap_jmp;

void wasmc_rt_trap(wasmc_vmctx *vmctx, int32_t code) {
  (void)vmctx;
  longjmp(trap_jmp, code);
}

/* Its stack limit is 0 (below any frame), so compiled code never asks. */
void wasmc_rt_stack_check(wasmc_vmctx *vmctx) {
  (void)vmctx;
  longjmp(trap_jmp, WASMC_TRAP_STACK_EXHAUSTED);
}

static void fail(const char *what) {
  fprintf(stderr, "mini-host: %s\n", what);
  exit(2);
}

/* Referenced by the import thunks of modules with function imports. */
void wasmc_rt_call_host(wasmc_vmctx *vmctx, int32_t func_index,
                        const wasmc_value *args, wasmc_value *results) {
  (void)vmctx;
  (void)func_index;
  (void)args;
  (void)results;
  fail("host functions are not supported");
}

static wasmc_vmctx ctx;
static wasmc_memory mem0;

static wasmc_value eval(const wasmc_const_expr *e) {
  wasmc_value v;
  memset(&v, 0, sizeof v);
  switch (e->kind) {
  case WASMC_CONST_VALUE:
    v = e->value;
    break;
  case WASMC_CONST_REF_NULL:
    break;
  case WASMC_CONST_REF_FUNC:
    v.ref = &ctx.funcs[e->index];
    break;
  case WASMC_CONST_GLOBAL_GET:
    v = *ctx.globals[e->index];
    break;
  case WASMC_CONST_INIT_FUNC:
    e->init(&ctx, &v);
    break;
  default:
    fail("bad constant expression kind");
  }
  return v;
}

static void instantiate(void) {
  char here;
  if (D.abi_version != WASMC_ABI_VERSION)
    fail("ABI version mismatch");
  if (D.num_imports)
    fail("imports are not supported");
  /* Leave 1 MiB of the main thread's 8 MiB stack for this host. */
  ctx.stack_limit = (uintptr_t)&here - (7u << 20);

  uint32_t *type_ids = calloc(D.num_types + 1, sizeof *type_ids);
  for (uint32_t i = 0; i < D.num_types; ++i)
    for (uint32_t j = 0; j <= i; ++j)
      if (!strcmp(D.types[i].signature, D.types[j].signature)) {
        type_ids[i] = j + 100;
        break;
      }
  ctx.type_ids = type_ids;

  ctx.funcs = calloc(D.num_funcs + 1, sizeof *ctx.funcs);
  for (uint32_t i = 0; i < D.num_funcs; ++i) {
    ctx.funcs[i].code = D.funcs[i].code;
    ctx.funcs[i].vmctx = &ctx;
    ctx.funcs[i].type_id = type_ids[D.funcs[i].type_index];
    ctx.funcs[i].func_index = i;
  }

  if (D.num_memories) {
    mem0.size = D.memories[0].limits.min * WASMC_PAGE_SIZE;
    mem0.base = calloc(mem0.size + 1, 1);
    ctx.mem0 = &mem0;
    ctx.mem0_base = mem0.base;
  }

  ctx.globals = calloc(D.num_globals + 1, sizeof *ctx.globals);
  for (uint32_t i = 0; i < D.num_globals; ++i) {
    ctx.globals[i] = calloc(1, sizeof(wasmc_global));
    *ctx.globals[i] = eval(&D.globals[i].init);
  }

  ctx.tables = calloc(D.num_tables + 1, sizeof *ctx.tables);
  for (uint32_t i = 0; i < D.num_tables; ++i) {
    wasmc_table *t = calloc(1, sizeof *t);
    t->size = (uint32_t)D.tables[i].limits.min;
    t->max = D.tables[i].limits.has_max ? (uint32_t)D.tables[i].limits.max
                                        : UINT32_MAX;
    t->elem_type = D.tables[i].elem_type;
    t->elems = calloc(t->size + 1, sizeof(void *));
    ctx.tables[i] = t;
  }

  for (uint32_t i = 0; i < D.num_elems; ++i) {
    const wasmc_elem_desc *e = &D.elems[i];
    if (e->mode != WASMC_SEGMENT_ACTIVE)
      continue;
    uint32_t off = (uint32_t)eval(&e->offset).i32;
    wasmc_table *t = ctx.tables[e->table];
    if ((uint64_t)off + e->count > t->size)
      fail("element segment out of bounds");
    for (uint32_t k = 0; k < e->count; ++k)
      t->elems[off + k] = eval(&e->items[k]).ref;
  }
  for (uint32_t i = 0; i < D.num_datas; ++i) {
    const wasmc_data_desc *d = &D.datas[i];
    if (d->mode != WASMC_SEGMENT_ACTIVE)
      continue;
    uint32_t off = (uint32_t)eval(&d->offset).i32;
    if ((uint64_t)off + d->size > mem0.size)
      fail("data segment out of bounds");
    memcpy(mem0.base + off, d->bytes, d->size);
  }
}

static void print_value(int k, char type, const wasmc_value *v) {
  switch (type) {
  case 'i':
    printf("result[%d] = i32 %" PRId32 "\n", k, v->i32);
    break;
  case 'I':
    printf("result[%d] = i64 %" PRId64 "\n", k, v->i64);
    break;
  case 'f':
    printf("result[%d] = f32 %.9g\n", k, v->f32);
    break;
  case 'F':
    printf("result[%d] = f64 %.17g\n", k, v->f64);
    break;
  default:
    printf("result[%d] = ref %s\n", k, v->ref ? "non-null" : "null");
  }
}

int main(int argc, char **argv) {
  if (argc < 2)
    fail("usage: mini-host EXPORT [ARG...]");
  instantiate();
  const wasmc_export_desc *exp = NULL;
  for (uint32_t i = 0; i < D.num_exports; ++i)
    if (D.exports[i].kind == WASMC_EXTERN_FUNC &&
        !strcmp(D.exports[i].name, argv[1]))
      exp = &D.exports[i];
  if (!exp)
    fail("no such function export");
  const char *sig = D.types[D.funcs[exp->index].type_index].signature;
  const char *colon = strchr(sig, ':');
  int nparams = (int)(colon - sig);
  if (argc - 2 != nparams)
    fail("wrong number of arguments");

  wasmc_value args[16];
  memset(args, 0, sizeof args);
  for (int k = 0; k < nparams; ++k) {
    const char *a = argv[k + 2];
    switch (sig[k]) {
    case 'i': args[k].i32 = (int32_t)strtoll(a, NULL, 0); break;
    case 'I': args[k].i64 = (int64_t)strtoull(a, NULL, 0); break;
    case 'f': args[k].f32 = strtof(a, NULL); break;
    case 'F': args[k].f64 = strtod(a, NULL); break;
    default: args[k].ref = NULL;
    }
  }
  int code = setjmp(trap_jmp);
  if (code) {
    printf("trap %d\n", code);
    return 0;
  }
  exp->trampoline(&ctx, args);
  const char *res = colon + 1;
  for (int k = 0; res[k]; ++k)
    print_value(k, res[k], &args[k]);
  return 0;
}
