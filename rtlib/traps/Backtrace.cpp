//===- traps/Backtrace.cpp - Naming and printing trap backtraces ----------===//
#include "instance/Instance.h"
#include "instance/Symbols.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

using namespace wasmc::rt;

extern "C" const char *wasmc_symbolize(uintptr_t PC, char *Buf, size_t Len) {
  const wasmc_instance *Owner = nullptr;
  uint32_t Index = 0;
  if (Len == 0)
    return Buf;
  if (lookupSymbol(PC, &Owner, &Index) == SymbolKind::None) {
    snprintf(Buf, Len, "<unknown code at 0x%llx>", (unsigned long long)PC);
    return Buf;
  }
  const char *Name = Index < Owner->Desc->num_funcs
                         ? Owner->Desc->funcs[Index].name
                         : nullptr;
  if (Name && Name[0]) {
    snprintf(Buf, Len, "%s", Name);
    // Names come from the module: keep control characters (a newline could
    // forge a line of the trap report) out of the output.
    for (char *C = Buf; *C; ++C)
      if (static_cast<unsigned char>(*C) < 0x20 || *C == 0x7F)
        *C = '?';
  } else {
    snprintf(Buf, Len, "<wasm function %u>", Index);
  }
  return Buf;
}

static void writeAll(int Fd, const char *S, size_t Len) {
  while (Len > 0) {
    ssize_t W = write(Fd, S, Len);
    if (W <= 0)
      return;
    S += W;
    Len -= static_cast<size_t>(W);
  }
}

extern "C" void wasmc_print_trap(int Fd, const wasmc_outcome *Outcome) {
  char Line[512];
  int N = snprintf(Line, sizeof(Line), "wasm trap: %s\n",
                   wasmc_trap_message(Outcome->trap_code));
  writeAll(Fd, Line, static_cast<size_t>(N));
  for (uint32_t I = 0; I < Outcome->num_frames; ++I) {
    char Name[256];
    wasmc_symbolize(Outcome->frames[I], Name, sizeof(Name));
    N = snprintf(Line, sizeof(Line), "  #%u %s\n", I, Name);
    if (N > 0)
      writeAll(Fd, Line, strlen(Line));
  }
  if (Outcome->frames_truncated) {
    static const char More[] = "  ... (deeper frames not shown)\n";
    writeAll(Fd, More, sizeof(More) - 1);
  }
}
