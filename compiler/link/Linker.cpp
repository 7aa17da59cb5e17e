//===- Linker.cpp - Run lld as a library, in this process -----------------===//
#include "link/Toolchain.h"
#include "support/Diagnostic.h"
#include "lld/Common/Driver.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#include <sanitizer/lsan_interface.h>
#define WASMC_HAS_LSAN 1
#endif
#endif

LLD_HAS_DRIVER(elf)
LLD_HAS_DRIVER(macho)

using namespace llvm;

namespace wasmc {

namespace {
/// LLVM 19's TextAPI reader, which lld's Mach-O port uses for .tbd stubs
/// (libSystem.tbd), never destroys the symbols it reads: SymbolSet places
/// them in a BumpPtrAllocator and has no destructor, so the heap-allocated
/// target list of every symbol with more than five targets leaks (2 MB for
/// Zig's libSystem.tbd). Not wasmc's to fix, and harmless in a process that
/// links once and exits; in the ASan+UBSan build LeakSanitizer ignores what
/// a Mach-O link allocates on this thread (where lld reads its inputs), so
/// that it keeps reporting everything else.
class IgnoreLeaksDuring {
public:
  explicit IgnoreLeaksDuring(bool Enabled) : Enabled(Enabled) {
#ifdef WASMC_HAS_LSAN
    if (Enabled)
      __lsan_disable();
#endif
  }
  ~IgnoreLeaksDuring() {
#ifdef WASMC_HAS_LSAN
    if (Enabled)
      __lsan_enable();
#endif
  }

private:
  [[maybe_unused]] bool Enabled;
};
} // namespace

Error runLinker(const LinkPlan &Plan) {
  std::vector<const char *> Argv;
  Argv.reserve(Plan.Args.size());
  for (const std::string &Arg : Plan.Args)
    Argv.push_back(Arg.c_str());

  std::string Out, Err;
  raw_string_ostream OutOS(Out), ErrOS(Err);
  // lld keeps global state; lldMain resets it, but after a crash inside lld
  // (canRunAgain == false) it must not be called again. The CLI links once
  // per process, so that restriction does not matter here.
  // Args[0] (ld.lld or ld64.lld) selects the driver, as for the lld
  // command.
  IgnoreLeaksDuring MachOLink(!Plan.Args.empty() &&
                              StringRef(Plan.Args.front()).ends_with("ld64.lld"));
  lld::Result R = lld::lldMain(
      Argv, OutOS, ErrOS,
      {{lld::Gnu, &lld::elf::link}, {lld::Darwin, &lld::macho::link}});
  OutOS.flush();
  ErrOS.flush();
  StringRef Diagnostics = StringRef(Err).rtrim();
  if (R.retCode != 0) {
    if (Diagnostics.empty())
      Diagnostics = "lld failed without a message";
    return makeError("linking failed:\n" + Diagnostics);
  }
  if (!Diagnostics.empty())
    errs() << Diagnostics << "\n";
  return Error::success();
}

} // namespace wasmc
