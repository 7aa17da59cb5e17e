/* Prints every field of the wasmc_module_descriptor linked into it, read
 * through the C structs of abi.h: if wasmc's LLVM types for the descriptor
 * drift from abi.h, the fields come out garbled and the test's CHECK lines
 * fail. */
#include "wasmc/abi.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

extern const wasmc_module_desc wasmc_module_descriptor;

void wasmc_rt_trap(wasmc_vmctx *vmctx, int32_t code) {
  (void)vmctx;
  (void)code;
  abort();
}

void wasmc_rt_stack_check(wasmc_vmctx *vmctx) {
  (void)vmctx;
  abort();
}

/* Referenced by the import thunks of modules with function imports. */
void wasmc_rt_call_host(wasmc_vmctx *vmctx, int32_t func_index,
                        const wasmc_value *args, wasmc_value *results) {
  (void)vmctx;
  (void)func_index;
  (void)args;
  (void)results;
  abort();
}

static const char *str(const char *s) { return s ? s : "(null)"; }

static void expr(const char *what, const wasmc_const_expr *e) {
  printf("  %s: kind=%u type=0x%x index=%" PRIu32 " value=0x%016" PRIx64
         "%016" PRIx64 "\n",
         what, e->kind, e->type, e->index, ((const uint64_t *)&e->value)[1],
         ((const uint64_t *)&e->value)[0]);
}

static void limits(const wasmc_limits *l) {
  printf(" min=%" PRIu64 " max=%" PRIu64 " has_max=%u", l->min, l->max,
         l->has_max);
  if (l->is64)
    printf(" i64");
}

int main(void) {
  const wasmc_module_desc *d = &wasmc_module_descriptor;
  printf("abi_version=%" PRIu32 "\n", d->abi_version);
  for (uint32_t i = 0; i < d->num_types; ++i)
    printf("type[%" PRIu32 "] %s\n", i, d->types[i].signature);
  for (uint32_t i = 0; i < d->num_imports; ++i)
    printf("import[%" PRIu32 "] %s.%s kind=%u index=%" PRIu32 "\n", i,
           d->imports[i].module, d->imports[i].name, d->imports[i].kind,
           d->imports[i].index);
  /* body=same: the body is tailcc and its own entry (code). */
  for (uint32_t i = 0; i < d->num_funcs; ++i)
    printf("func[%" PRIu32 "] name=%s code=%s kind=%u body=%s type=%" PRIu32
           "\n",
           i, str(d->funcs[i].name), d->funcs[i].code ? "yes" : "null",
           d->funcs[i].code_kind,
           !d->funcs[i].body                       ? "null"
           : d->funcs[i].body == d->funcs[i].code ? "same"
                                                   : "yes",
           d->funcs[i].type_index);
  for (uint32_t i = 0; i < d->num_tables; ++i) {
    printf("table[%" PRIu32 "]", i);
    limits(&d->tables[i].limits);
    printf(" elem_type=0x%x\n", d->tables[i].elem_type);
  }
  for (uint32_t i = 0; i < d->num_memories; ++i) {
    printf("memory[%" PRIu32 "]", i);
    limits(&d->memories[i].limits);
    printf("\n");
  }
  for (uint32_t i = 0; i < d->num_globals; ++i) {
    printf("global[%" PRIu32 "] type=0x%x mutable=%u\n", i, d->globals[i].type,
           d->globals[i].mutable_);
    expr("init", &d->globals[i].init);
  }
  for (uint32_t i = 0; i < d->num_exports; ++i)
    printf("export[%" PRIu32 "] %s kind=%u index=%" PRIu32 " trampoline=%s\n",
           i, d->exports[i].name, d->exports[i].kind, d->exports[i].index,
           d->exports[i].trampoline ? "yes" : "null");
  for (uint32_t i = 0; i < d->num_datas; ++i) {
    const wasmc_data_desc *s = &d->datas[i];
    printf("data[%" PRIu32 "] mode=%u memory=%" PRIu32 " size=%" PRIu32
           " bytes=",
           i, s->mode, s->memory, s->size);
    for (uint32_t k = 0; k < s->size; ++k)
      printf("%02x", s->bytes[k]);
    printf("\n");
    expr("offset", &s->offset);
  }
  for (uint32_t i = 0; i < d->num_elems; ++i) {
    const wasmc_elem_desc *s = &d->elems[i];
    printf("elem[%" PRIu32 "] mode=%u elem_type=0x%x table=%" PRIu32
           " count=%" PRIu32 "\n",
           i, s->mode, s->elem_type, s->table, s->count);
    expr("offset", &s->offset);
    for (uint32_t k = 0; k < s->count; ++k)
      expr("item", &s->items[k]);
  }
  printf("start_func=%" PRId64 " (entry: %s)\n", d->start_func,
         d->start_entry ? "yes" : "no");
  /* The code section bounds enclose every defined function. */
  int inside = d->code_start && d->code_start < d->code_end;
  for (uint32_t i = 0; i < d->num_funcs; ++i) {
    const char *code[2] = {d->funcs[i].code, d->funcs[i].body};
    for (int k = 0; k < 2; ++k)
      if (code[k])
        inside &= code[k] >= (const char *)d->code_start &&
                  code[k] < (const char *)d->code_end;
  }
  printf("code bounds enclose functions: %s\n", inside ? "yes" : "no");
  printf("bounds_checks=%u\n", d->bounds_checks);
  return 0;
}
