//===- TargetInfo.cpp - The targets wasmc supports, one row each ----------===//
#include "support/TargetInfo.h"
#include "support/Diagnostic.h"
#include "llvm/TargetParser/Host.h"

using namespace llvm;

namespace wasmc {

// The instance ABI (abi.h: vmctx offsets, descriptor layout, wasmc_value)
// assumes little-endian LP64, which every row is.
static const TargetRow X86_64Linux = {
    TargetArch::X86_64,
    ObjectFormat::ELF,
    /*DefaultCPU=*/"x86-64",
    /*RuntimeDir=*/"x86_64-linux-gnu",
    /*Multiarch=*/"x86_64-linux-gnu",
    /*LinkerArch=*/"elf_x86_64",
    /*DynamicLinker=*/"/lib64/ld-linux-x86-64.so.2",
    /*MinimumOS=*/"",
    /*VectorRegConstraint=*/"x",
    /*X86SimdLowering=*/true,
    /*NeonSqrdmulh=*/false,
    /*NeonRelaxed=*/false,
};

static const TargetRow AArch64Linux = {
    TargetArch::AArch64,
    ObjectFormat::ELF,
    /*DefaultCPU=*/"generic",
    /*RuntimeDir=*/"aarch64-linux-gnu",
    /*Multiarch=*/"aarch64-linux-gnu",
    /*LinkerArch=*/"aarch64linux",
    /*DynamicLinker=*/"/lib/ld-linux-aarch64.so.1",
    /*MinimumOS=*/"",
    /*VectorRegConstraint=*/"w",
    /*X86SimdLowering=*/false,
    /*NeonSqrdmulh=*/true,
    /*NeonRelaxed=*/true,
};

static const TargetRow X86_64MacOS = {
    TargetArch::X86_64,
    ObjectFormat::MachO,
    /*DefaultCPU=*/"x86-64",
    /*RuntimeDir=*/"x86_64-apple-macos",
    /*Multiarch=*/"",
    /*LinkerArch=*/"x86_64",
    /*DynamicLinker=*/"",
    /*MinimumOS=*/"10.15",
    /*VectorRegConstraint=*/"x",
    /*X86SimdLowering=*/true,
    /*NeonSqrdmulh=*/false,
    /*NeonRelaxed=*/false,
};

static const TargetRow Arm64MacOS = {
    TargetArch::AArch64,
    ObjectFormat::MachO,
    /*DefaultCPU=*/"apple-m1",
    /*RuntimeDir=*/"aarch64-apple-macos",
    /*Multiarch=*/"",
    /*LinkerArch=*/"arm64",
    /*DynamicLinker=*/"",
    /*MinimumOS=*/"11.0",
    /*VectorRegConstraint=*/"w",
    /*X86SimdLowering=*/false,
    /*NeonSqrdmulh=*/true,
    /*NeonRelaxed=*/true,
};

/// The row for T, or null. Any vendor; Linux only with glibc (the
/// environment may be left out: aarch64-pc-linux).
static const TargetRow *findRow(const Triple &T) {
  bool X86_64 = T.getArch() == Triple::x86_64;
  bool AArch64 = T.getArch() == Triple::aarch64;
  if (T.isOSLinux() && T.isOSBinFormatELF() &&
      (T.getEnvironment() == Triple::GNU ||
       T.getEnvironment() == Triple::UnknownEnvironment))
    return X86_64 ? &X86_64Linux : AArch64 ? &AArch64Linux : nullptr;
  if (T.isMacOSX() && T.isOSBinFormatMachO())
    return X86_64 ? &X86_64MacOS : AArch64 ? &Arm64MacOS : nullptr;
  return nullptr;
}

Expected<TargetInfo> TargetInfo::create(const Triple &T) {
  if (const TargetRow *Row = findRow(T)) {
    // The host's triple, not the target's, is parsed here.
    bool HostArch = T.getArch() == Triple(sys::getProcessTriple()).getArch();
    return TargetInfo(T, *Row, HostArch);
  }
  if (!T.isArch64Bit())
    return makeError("target " + T.str() +
                     " is not supported: wasmc generates code for 64-bit "
                     "targets only");
  return makeError("target " + T.str() +
                   " is not supported: wasmc generates code for x86_64 and "
                   "aarch64 Linux (glibc) and x86_64 and arm64 macOS");
}

} // namespace wasmc
