//===- TargetInfo.h - The targets wasmc supports, one row each --*- C++ -*-===//
//
// Every fact about a target that the compiler acts on lives in one table
// (TargetInfo.cpp), one row per supported architecture and OS: x86-64 and
// AArch64 glibc Linux (ELF), x86-64 and arm64 macOS (Mach-O). The driver
// builds a TargetInfo once from --target and hands it to the lowering, the
// code generator and the toolchain, which ask it instead of parsing the
// triple again. Any other target is refused up front rather than getting
// some other architecture's lowering.
//
// To add a target: add a row, the rtlib build for its directory name
// (rtlib/CMakeLists.txt), and tests beside the existing ones
// (test/lit/aarch64, test/lit/macho).
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SUPPORT_TARGETINFO_H
#define WASMC_SUPPORT_TARGETINFO_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/TargetParser/Triple.h"

namespace wasmc {

enum class TargetArch { X86_64, AArch64 };
enum class ObjectFormat { ELF, MachO };

/// One supported target. Strings are empty where a fact does not apply.
struct TargetRow {
  TargetArch Arch;
  /// ELF targets are glibc Linux, Mach-O targets macOS.
  ObjectFormat Format;
  /// The CPU clang picks without -march: the architecture's baseline.
  llvm::StringRef DefaultCPU;
  /// The directory rtlib is built under (lib/wasmc/<dir>/librtlib.a).
  llvm::StringRef RuntimeDir;
  /// Linux: Debian's multiarch name, also GCC's target directory name.
  llvm::StringRef Multiarch;
  /// Linux: lld's -m emulation. macOS: ld64's -arch name.
  llvm::StringRef LinkerArch;
  /// Linux: the dynamic linker (PT_INTERP) of executables.
  llvm::StringRef DynamicLinker;
  /// macOS: the oldest version the architecture runs, the default minimum.
  llvm::StringRef MinimumOS;
  /// The inline-asm constraint for a vector register (KeepAlive.cpp); its
  /// width comes from the TargetMachine (it depends on --cpu).
  llvm::StringRef VectorRegConstraint;
  /// x86: f32x4/f64x2 min/max from minps/maxps applied both ways round,
  /// and saturating float-to-int lane conversions built from cvtt*
  /// (SimdFloat.cpp, SimdConversion.cpp); elsewhere the generic intrinsics
  /// lower to single instructions. Also the SSE2 forms of the relaxed
  /// truncations and min/max (SimdRelaxed.cpp).
  bool X86SimdLowering;
  /// AArch64: i16x8.q15mulr_sat_s is sqrdmulh (SimdInt.cpp).
  bool NeonSqrdmulh;
  /// AArch64: i8x16.relaxed_swizzle is one tbl, relaxed min/max one
  /// fmin/fmax (SimdRelaxed.cpp).
  bool NeonRelaxed;
};

/// Instruction-set extensions of the CPU code is generated for (--cpu)
/// beyond its architecture's baseline, for lowerings whose fastest sequence
/// exists only on some CPUs (SimdRelaxed.cpp). Read from the TargetMachine
/// (codegen's cpuFeatures), so --cpu=native sees the host's.
struct CpuFeatures {
  /// A fused multiply-add instruction (x86 FMA3; every AArch64 CPU).
  bool FMA = false;
  bool X86SSSE3 = false; // pshufb, pmulhrsw, pmaddubsw
  bool X86SSE41 = false; // pblendvb, blendvps, blendvpd
};

/// The target of one compilation: the triple as the user spelled it
/// (normalised; a macOS version in it is the minimum version) and its row.
class TargetInfo {
public:
  /// Looks up the row for a normalised triple. Fails, saying which targets
  /// are supported, for any other target.
  static llvm::Expected<TargetInfo> create(const llvm::Triple &T);

  /// The triple the module is compiled for, e.g. x86_64-unknown-linux-gnu.
  const llvm::Triple &triple() const { return TheTriple; }
  const std::string &str() const { return TheTriple.str(); }
  const TargetRow &row() const { return *Row; }

  TargetArch arch() const { return Row->Arch; }
  bool isAArch64() const { return Row->Arch == TargetArch::AArch64; }
  bool isMachO() const { return Row->Format == ObjectFormat::MachO; }
  bool isELF() const { return Row->Format == ObjectFormat::ELF; }
  /// True if the machine wasmc runs on has the target's architecture
  /// (--cpu=native, and the C library found when wasmc was built).
  bool isHostArch() const { return HostArch; }
  /// The CPU's extensions; none until the driver has the TargetMachine.
  const CpuFeatures &cpu() const { return Cpu; }
  void setCpu(const CpuFeatures &F) { Cpu = F; }

private:
  TargetInfo(llvm::Triple T, const TargetRow &R, bool HostArch)
      : TheTriple(std::move(T)), Row(&R), HostArch(HostArch) {}

  llvm::Triple TheTriple;
  const TargetRow *Row;
  bool HostArch;
  CpuFeatures Cpu;
};

} // namespace wasmc

#endif // WASMC_SUPPORT_TARGETINFO_H
