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

extern "C" int wasmc_describe_frame(uintptr_t PC, uint32_t Depth,
                                    wasmc_frame *Out) {
  return describeFrame(PC, Depth, Out) ? 1 : 0;
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

/// "  #N 0x<offset>: <name>[ [inlined]][ at <file>:<line>:<column>]".
static void writeFrame(int Fd, uint32_t Number, const wasmc_frame &F) {
  char Name[256];
  funcName(F.func_index, F.func_name, Name, sizeof(Name));
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
  char Line[512];
  int N = snprintf(Line, sizeof(Line), "  #%u %s%s%s%s\n", Number, Offset,
                   Name, F.inlined ? " [inlined]" : "", Source);
  if (N > 0)
    writeAll(Fd, Line, strlen(Line));
}

extern "C" void wasmc_print_trap(int Fd, const wasmc_outcome *Outcome) {
  char Line[512];
  int N = snprintf(Line, sizeof(Line), "wasm trap: %s\n",
                   Outcome->kind == WASMC_OUTCOME_EXCEPTION
                       ? "uncaught exception"
                       : wasmc_trap_message(Outcome->trap_code));
  writeAll(Fd, Line, static_cast<size_t>(N));
  // One line per function, inlined ones included: a frame whose code the
  // compiler inlined into its caller's shows as the frames it replaced.
  uint32_t Shown = 0;
  for (uint32_t I = 0; I < Outcome->num_frames; ++I) {
    wasmc_frame F = {};
    if (!describeFrame(Outcome->frames[I], 0, &F)) {
      char Name[256];
      wasmc_symbolize(Outcome->frames[I], Name, sizeof(Name));
      N = snprintf(Line, sizeof(Line), "  #%u %s\n", Shown++, Name);
      if (N > 0)
        writeAll(Fd, Line, strlen(Line));
      continue;
    }
    // (Depth is bounded: a map is the compiler's, but a loop must not hang.)
    for (uint32_t Depth = 1; Depth < 256; ++Depth) {
      writeFrame(Fd, Shown++, F);
      if (!F.inlined || !describeFrame(Outcome->frames[I], Depth, &F))
        break;
    }
  }
  if (Outcome->frames_truncated) {
    static const char More[] = "  ... (deeper frames not shown)\n";
    writeAll(Fd, More, sizeof(More) - 1);
  }
}
