//===- wasi/WasiState.h - What WASI functions know about the host -*- C++
//-*-===//
//
// Per-instance WASI state: the arguments, the granted environment and the
// guest descriptor table. Guest descriptors are indices into Fds; the host
// descriptor behind an entry is never shown to the guest, so a guest can
// only name descriptors it was given (stdio, preopens) or opened through
// them. rtlib links against libc only, so everything here is malloc'd.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_WASI_WASISTATE_H
#define WASMC_RTLIB_WASI_WASISTATE_H

#include <stdint.h>

struct wasmc_wasi_config;

namespace wasmc {
namespace rt {

/// Guest file descriptors 0..2 are the host's stdio.
constexpr int NumStdioFds = 3;

/// One open guest descriptor.
struct FdEntry {
  int Host;            // host descriptor; -1 marks a free slot
  uint8_t Type;        // WASI filetype
  bool KeepHostOpen;   // stdio: closing the guest fd keeps the host's open
  bool ReadOnlyTree;   // opened under a read-only preopen
  /// Stdio whose Type and rights are not known yet: lookupFd describes it
  /// on first use, which saves an instantiation three fstat calls.
  bool Undescribed;
  uint64_t Base;       // rights of this descriptor
  uint64_t Inheriting; // rights of descriptors opened through it
  char *PreopenName;   // malloc'd guest path of a preopen, else null
};

struct WasiState {
  int Argc;
  const char *const *Argv;  // borrowed from the embedder (main's argv)
  bool FdOpen[NumStdioFds]; // set by instantiation; superseded by Fds
  // Granted environment ("K=V" strings), owned copies.
  int Envc;
  char **Env;
  // Descriptor table, indexed by guest fd.
  FdEntry *Fds;
  uint32_t NumFds;
};

/// Fills S from Config (arguments, environment, preopened directories).
/// On failure writes a message into Err and returns false; S is then safe
/// to pass to destroyWasi.
bool initWasi(WasiState &S, const wasmc_wasi_config *Config, char *Err,
              unsigned ErrLen);

/// Closes every host descriptor S owns and frees its memory.
void destroyWasi(WasiState &S);

} // namespace rt
} // namespace wasmc

#endif
