//===- wasi/WasiState.h - What WASI functions know about the host -*- C++ -*-===//
#ifndef WASMC_RTLIB_WASI_WASISTATE_H
#define WASMC_RTLIB_WASI_WASISTATE_H

#include <stdint.h>

namespace wasmc {
namespace rt {

/// Guest file descriptors 0..2 are the host's stdio; nothing else is open
/// until preopens arrive with the WASI issue.
constexpr int NumStdioFds = 3;

struct WasiState {
  int Argc;
  const char *const *Argv; // borrowed from the embedder (main's argv)
  bool FdOpen[NumStdioFds];
};

} // namespace rt
} // namespace wasmc

#endif
