//===- traps/Backtrace.cpp - Naming and printing trap backtraces ----------===//
#include "instance/Instance.h"
#include "instance/Symbols.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

using namespace wasmc::rt;

/// Names and paths come from the module: keep control characters (a newline
/// could forge a line of the trap report) out of the output.
static void sanitize(char *S) {
  for (char *C = S; *C; ++C)
    if (static_cast<unsigned char>(*C) < 0x20 || *C == 0x7F)
      *C = '?';
}

/// A function's name as backtraces show it.
static void funcName(uint32_t Index, const char *Name, char *Buf,
                     size_t Len) {
  if (Name && Name[0]) {
    snprintf(Buf, Len, "%s", Name);
    sanitize(Buf);
  } else {
    snprintf(Buf, Len, "<wasm function %u>", Index);
  }
}

extern "C" int wasmc_describe_frame(uintptr_t PC, wasmc_frame *Out) {
  return describeFrame(PC, Out) ? 1 : 0;
}

extern "C" const char *wasmc_symbolize(uintptr_t PC, char *Buf, size_t Len) {
  const wasmc_instance *Owner = nullptr;
  uint32_t Index = 0;
  if (Len == 0)
    return Buf;
  if (lookupSymbol(PC, &Owner, &Index) == SymbolKind::None) {
    snprintf(Buf, Len, "<unknown code at 0x%llx>", (unsigned long long)PC);
    return Buf;
  }
  funcName(Index,
           Index < Owner->Desc->num_funcs ? Owner->Desc->funcs[Index].name
                                          : nullptr,
           Buf, Len);
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
    wasmc_frame F = {};
    char Name[256];
    if (!describeFrame(Outcome->frames[I], &F))
      wasmc_symbolize(Outcome->frames[I], Name, sizeof(Name));
    else
      funcName(F.func_index, F.func_name, Name, sizeof(Name));
    if (F.inlined) {
      // The instruction's function, and the function whose code ran it.
      size_t Used = strlen(Name);
      const wasmc_instance *Owner = nullptr;
      uint32_t Outer = 0;
      lookupSymbol(Outcome->frames[I], &Owner, &Outer);
      char OuterName[128];
      funcName(Outer, Owner ? Owner->Desc->funcs[Outer].name : nullptr,
               OuterName, sizeof(OuterName));
      snprintf(Name + Used, sizeof(Name) - Used, ", inlined into %s",
               OuterName);
    }
    char Offset[32] = "";
    if (F.wasm_offset)
      snprintf(Offset, sizeof(Offset), "0x%x: ", F.wasm_offset);
    char Source[200] = "";
    if (F.file) {
      int S = snprintf(Source, sizeof(Source), " at %s", F.file);
      if (F.line && S > 0 && size_t(S) < sizeof(Source))
        snprintf(Source + S, sizeof(Source) - size_t(S),
                 F.column ? ":%u:%u" : ":%u", F.line, F.column);
      sanitize(Source);
    }
    N = snprintf(Line, sizeof(Line), "  #%u %s%s%s\n", I, Offset, Name,
                 Source);
    if (N > 0)
      writeAll(Fd, Line, strlen(Line));
  }
  if (Outcome->frames_truncated) {
    static const char More[] = "  ... (deeper frames not shown)\n";
    writeAll(Fd, More, sizeof(More) - 1);
  }
}
