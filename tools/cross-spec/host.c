/* A spec-test host for the modules of one script, linked statically with
 * rtlib, for targets whose code cannot run in the x86-64 spectest runner's
 * process (tools/spectest dlopens modules): built for AArch64 and run under
 * qemu-aarch64 by run.py, one process per script. The modules' descriptors
 * are renamed apart (wasmc_module_descriptor -> cross_spec_module_<k>) and
 * listed by a file run.py generates (cross_spec_modules[]). Reads one
 * command per line on stdin:
 *     m<k>                                 instantiate module k
 *     r<instance> n<name as hex>           register an instance's exports
 *     x<instance> n<export name as hex> <arg>...  call a function export
 *     g<instance> n<export name as hex>    read a global export
 * where an argument or result is <type letter>:<value>, the letters of
 * abi.h's signatures:
 *     i:<bits> I:<bits> f:<bits> F:<bits>   decimal bit patterns
 *     v:<32 hex digits>                     v128, bytes in memory order
 *     r:null | r:func                       funcref (only null as argument)
 *     e:null | e:<n>                        externref: the host value n + 1,
 *                                           the spec scripts' `ref.extern n`
 * and answers one line per command:
 *     ok <result>...                        (m: "ok <instance number>")
 *     trap <message>
 *     exit <status> | error <message>
 * Instantiation first prints "shared spectest.<name>" for each stateful
 * spectest extern the module imports (the memory and the tables), which
 * run.py needs to know what a skipped command may have changed.
 *
 * Imports resolve against the registered instances, the reference
 * interpreter's `spectest` module (print functions that print nothing,
 * global_i32 = 666..., a 10..20 funcref table, a 10..20 table64 and a 1..2
 * page memory; one per script, as there) and WASI. */
#include "wasmc/rtlib.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const wasmc_module_desc *const cross_spec_modules[];
extern const unsigned cross_spec_num_modules;

static int report(const wasmc_outcome *Out) {
  switch (Out->kind) {
  case WASMC_OUTCOME_TRAPPED:
    printf("trap %s\n", wasmc_trap_message(Out->trap_code));
    return 1;
  case WASMC_OUTCOME_EXITED:
    printf("exit %d\n", Out->exit_code);
    return 1;
  case WASMC_OUTCOME_ERROR:
    printf("error %s\n", Out->message);
    return 1;
  case WASMC_OUTCOME_EXCEPTION:
    printf("exception\n");
    return 1;
  default:
    return 0;
  }
}

static size_t unhex(const char *Hex, char *Out, size_t Max) {
  size_t N = 0;
  for (; Hex[0] && Hex[1] && N < Max; Hex += 2) {
    char Byte[3] = {Hex[0], Hex[1], 0};
    Out[N++] = (char)strtoul(Byte, NULL, 16);
  }
  return N;
}

static int32_t print(void *Env, const wasmc_value *Args, wasmc_value *Results) {
  (void)Env;
  (void)Args;
  (void)Results;
  return 0;
}

/* The stateful spectest externs. */
static const char *const SharedNames[] = {"memory", "table", "table64"};

static int resolve(void *Linker, const wasmc_import_desc *Import,
                   wasmc_extern *Out) {
  if (!wasmc_linker_resolve(Linker, Import, Out))
    return 0;
  if (strcmp(Import->module, "spectest") == 0)
    for (int K = 0; K < 3; ++K)
      if (strcmp(Import->name, SharedNames[K]) == 0)
        printf("shared spectest.%s\n", SharedNames[K]);
  return 1;
}

static wasmc_linker *spectest(void) {
  static const struct {
    const char *Name, *Signature;
  } Prints[] = {{"print", ":"},         {"print_i32", "i:"},
                {"print_i64", "I:"},    {"print_f32", "f:"},
                {"print_f64", "F:"},    {"print_i32_f32", "if:"},
                {"print_f64_f64", "FF:"}};
  static wasmc_global Globals[4];
  static const struct {
    const char *Name;
    uint8_t Type;
  } GlobalNames[] = {{"global_i32", WASMC_I32},
                     {"global_i64", WASMC_I64},
                     {"global_f32", WASMC_F32},
                     {"global_f64", WASMC_F64}};
  wasmc_linker *L = wasmc_linker_new();
  wasmc_extern Ext;
  wasmc_outcome Out;
  if (!L)
    return NULL;
  for (size_t K = 0; K < sizeof(Prints) / sizeof(Prints[0]); ++K) {
    wasmc_extern_host_func(Prints[K].Signature, print, NULL, &Ext);
    if (wasmc_linker_define(L, "spectest", Prints[K].Name, &Ext))
      return NULL;
  }
  Globals[0].i32 = 666;
  Globals[1].i64 = 666;
  Globals[2].f32 = 666.6f;
  Globals[3].f64 = 666.6;
  for (int K = 0; K < 4; ++K) {
    wasmc_extern_global(&Globals[K], GlobalNames[K].Type, 0, &Ext);
    if (wasmc_linker_define(L, "spectest", GlobalNames[K].Name, &Ext))
      return NULL;
  }
  wasmc_table *Table = wasmc_table_new(WASMC_FUNCREF, 10, 20, 1, NULL, &Out);
  wasmc_table *Table64 =
      wasmc_table64_new(WASMC_FUNCREF, 10, 20, 1, NULL, &Out);
  wasmc_memory *Memory = wasmc_memory_new(1, 2, 1, &Out);
  if (!Table || !Table64 || !Memory)
    return NULL;
  wasmc_extern_table(Table, &Ext);
  if (wasmc_linker_define(L, "spectest", "table", &Ext))
    return NULL;
  wasmc_extern_table(Table64, &Ext);
  if (wasmc_linker_define(L, "spectest", "table64", &Ext))
    return NULL;
  wasmc_extern_memory(Memory, &Ext);
  if (wasmc_linker_define(L, "spectest", "memory", &Ext))
    return NULL;
  return L;
}

/* Reads "<letter>:<value>" into V; 0 if malformed. */
static int parse_value(const char *Tok, wasmc_value *V) {
  memset(V, 0, sizeof(*V));
  if (!Tok[0] || Tok[1] != ':')
    return 0;
  const char *S = Tok + 2;
  switch (Tok[0]) {
  case 'i':
  case 'f': {
    uint32_t B = (uint32_t)strtoull(S, NULL, 10);
    memcpy(V, &B, 4);
    return 1;
  }
  case 'I':
  case 'F': {
    uint64_t B = strtoull(S, NULL, 10);
    memcpy(V, &B, 8);
    return 1;
  }
  case 'v':
    return unhex(S, (char *)V->v128, 16) == 16;
  case 'r':
    return strcmp(S, "null") == 0; /* no way to name a function here */
  case 'e':
    V->ref = strcmp(S, "null") == 0
                 ? NULL
                 : (void *)(uintptr_t)(strtoull(S, NULL, 10) + 1);
    return 1;
  default:
    return 0;
  }
}

static void print_value(char T, const wasmc_value *V) {
  switch (T) {
  case 'i':
  case 'f': {
    uint32_t B;
    memcpy(&B, V, 4);
    printf(" %c:%lu", T, (unsigned long)B);
    break;
  }
  case 'I':
  case 'F': {
    uint64_t B;
    memcpy(&B, V, 8);
    printf(" %c:%llu", T, (unsigned long long)B);
    break;
  }
  case 'v':
    printf(" v:");
    for (int K = 0; K < 16; ++K)
      printf("%02x", V->v128[K]);
    break;
  case 'r':
    printf(" r:%s", V->ref ? "func" : "null");
    break;
  case 'e':
    if (V->ref)
      printf(" e:%llu", (unsigned long long)((uintptr_t)V->ref - 1));
    else
      printf(" e:null");
    break;
  default:
    printf(" ?:0");
  }
}

static char type_letter(uint8_t T) {
  switch (T) {
  case WASMC_I32: return 'i';
  case WASMC_I64: return 'I';
  case WASMC_F32: return 'f';
  case WASMC_F64: return 'F';
  case WASMC_V128: return 'v';
  case WASMC_FUNCREF: return 'r';
  case WASMC_EXTERNREF: return 'e';
  default: return '?';
  }
}

static void finish(void) {
  printf("\n");
  fflush(stdout);
}

int main(void) {
  static char Line[1 << 16], Name[1 << 15];
  static wasmc_instance *Instances[4096];
  unsigned NumInstances = 0;
  if (wasmc_runtime_init() != 0) {
    printf("error runtime init\n");
    return 1;
  }
  wasmc_linker *Linker = spectest();
  if (!Linker) {
    printf("error spectest module\n");
    return 1;
  }
  wasmc_instance_config Config = {resolve, Linker, NULL};
  wasmc_outcome Out;
  while (fgets(Line, sizeof(Line), stdin)) {
    char *Save = NULL;
    char *Tok = strtok_r(Line, " \n", &Save);
    char Cmd = Tok ? Tok[0] : 0;
    unsigned long Index = Tok ? strtoul(Tok + 1, NULL, 10) : 0;
    if (Cmd == 'm') {
      if (Index >= cross_spec_num_modules ||
          NumInstances == sizeof(Instances) / sizeof(Instances[0])) {
        printf("error no such module\n");
        fflush(stdout);
        continue;
      }
      wasmc_instance *I =
          wasmc_instantiate(cross_spec_modules[Index], &Config, &Out);
      if (!I) {
        if (!report(&Out))
          printf("error instantiation failed\n");
        fflush(stdout);
        continue;
      }
      Instances[NumInstances] = I;
      printf("ok %u", NumInstances++);
      finish();
      continue;
    }
    if ((Cmd != 'r' && Cmd != 'x' && Cmd != 'g') || Index >= NumInstances) {
      printf("error bad command\n");
      fflush(stdout);
      continue;
    }
    wasmc_instance *I = Instances[Index];
    Tok = strtok_r(NULL, " \n", &Save);
    size_t NameLen =
        Tok && Tok[0] == 'n' ? unhex(Tok + 1, Name, sizeof(Name) - 1) : 0;
    Name[NameLen] = 0;
    if (Cmd == 'r') {
      if (wasmc_linker_define_instance(Linker, Name, I))
        printf("error out of memory");
      else
        printf("ok");
      finish();
      continue;
    }
    wasmc_extern Ext;
    if (!wasmc_instance_get_export_n(I, Name, NameLen, &Ext) ||
        Ext.kind != (Cmd == 'g' ? WASMC_EXTERN_GLOBAL : WASMC_EXTERN_FUNC)) {
      printf("error no such export\n");
      fflush(stdout);
      continue;
    }
    if (Cmd == 'g') {
      printf("ok");
      print_value(type_letter(Ext.global_type), Ext.global);
      finish();
      continue;
    }
    wasmc_value Args[64], Results[64];
    uint32_t NumArgs = 0;
    int Bad = 0;
    while ((Tok = strtok_r(NULL, " \n", &Save)) && NumArgs < 64)
      Bad |= !parse_value(Tok, &Args[NumArgs++]);
    if (Bad) {
      printf("error bad argument\n");
      fflush(stdout);
      continue;
    }
    const char *ResultTypes = strchr(Ext.func_signature, ':') + 1;
    uint32_t NumResults = (uint32_t)strlen(ResultTypes);
    wasmc_instance_call_n(I, Name, NameLen, Args, NumArgs, Results, NumResults,
                          &Out);
    if (!report(&Out)) {
      printf("ok");
      for (uint32_t K = 0; K < NumResults; ++K)
        print_value(ResultTypes[K], &Results[K]);
      finish();
    }
    fflush(stdout);
  }
  return 0;
}
