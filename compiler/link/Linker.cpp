//===- Linker.cpp - Run lld as a library, in this process -----------------===//
#include "link/Toolchain.h"
#include "support/Diagnostic.h"
#include "lld/Common/Driver.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

LLD_HAS_DRIVER(elf)
LLD_HAS_DRIVER(macho)

using namespace llvm;

namespace wasmc {

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
