/* A minimal spec-test host for one module linked statically with rtlib, for
 * targets whose code cannot run in the x86-64 spectest runner's process
 * (tools/spectest dlopens modules): built for AArch64 and run under
 * qemu-aarch64 by run.py. Reads one command per line on stdin:
 *     x<export name as hex> <arg>...        arg: i:<bits> I:<bits> f:<bits> F:<bits> (decimal)
 * and answers one line per command:
 *     ok <result>...                        result: <type letter>:<bits, decimal>
 *     trap <message>
 *     exit <status> | error <message>
 * The first line of output says how instantiation went ("ready", or the
 * same trap/error forms). */
#include "wasmc/rtlib.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const wasmc_module_desc wasmc_module_descriptor;

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
  default:
    return 0;
  }
}

static size_t unhex(const char *Hex, char *Out) {
  size_t N = 0;
  for (; Hex[0] && Hex[1]; Hex += 2) {
    char Byte[3] = {Hex[0], Hex[1], 0};
    Out[N++] = (char)strtoul(Byte, NULL, 16);
  }
  return N;
}

int main(void) {
  static char Line[1 << 16], Name[1 << 15];
  if (wasmc_runtime_init() != 0) {
    printf("error runtime init\n");
    return 1;
  }
  wasmc_outcome Out;
  wasmc_instance *I = wasmc_instantiate(&wasmc_module_descriptor, NULL, &Out);
  if (!I) {
    if (!report(&Out))
      printf("error instantiation failed\n");
    return 0;
  }
  printf("ready\n");
  fflush(stdout);
  while (fgets(Line, sizeof(Line), stdin)) {
    char *Save = NULL;
    char *Tok = strtok_r(Line, " \n", &Save);
    size_t NameLen = Tok && Tok[0] == 'x' ? unhex(Tok + 1, Name) : 0;
    wasmc_extern Ext;
    if (!Tok || Tok[0] != 'x' || !wasmc_instance_get_export_n(I, Name, NameLen, &Ext) ||
        Ext.kind != WASMC_EXTERN_FUNC) {
      printf("error no such function export\n");
      fflush(stdout);
      continue;
    }
    wasmc_value Args[64], Results[64];
    uint32_t NumArgs = 0;
    while ((Tok = strtok_r(NULL, " \n", &Save)) && NumArgs < 64) {
      unsigned long long Bits = strtoull(Tok + 2, NULL, 10);
      memset(&Args[NumArgs], 0, sizeof(wasmc_value));
      if (Tok[0] == 'i' || Tok[0] == 'f') {
        uint32_t B = (uint32_t)Bits;
        memcpy(&Args[NumArgs], &B, 4);
      } else {
        memcpy(&Args[NumArgs], &Bits, 8);
      }
      ++NumArgs;
    }
    const char *Results_ = strchr(Ext.func_signature, ':') + 1;
    uint32_t NumResults = (uint32_t)strlen(Results_);
    wasmc_instance_call_n(I, Name, NameLen, Args, NumArgs, Results,
                          NumResults, &Out);
    if (!report(&Out)) {
      printf("ok");
      for (uint32_t K = 0; K < NumResults; ++K) {
        char T = Results_[K];
        uint64_t Bits = 0;
        memcpy(&Bits, &Results[K], T == 'i' || T == 'f' ? 4 : 8);
        printf(" %c:%llu", T, (unsigned long long)Bits);
      }
      printf("\n");
    }
    fflush(stdout);
  }
  return 0;
}
