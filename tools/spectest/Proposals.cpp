//===- Proposals.cpp - Counts per Wasm proposal ---------------------------===//
#include "Proposals.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"

#include <algorithm>
#include <map>

using namespace llvm;

namespace wasmc {
namespace spectest {

static const char OutOfScopePrefix[] = "out of scope";
static const char CoreName[] = "2.0 core (updated 1.0/2.0 scripts)";

Expected<std::vector<ProposalGroup>> readProposals(StringRef Path) {
  std::vector<ProposalGroup> Groups;
  Error E = forEachListLine(Path, [&](StringRef Line,
                                      unsigned LineNo) -> Error {
    if (Line.starts_with("[") && Line.ends_with("]")) {
      ProposalGroup G;
      G.Name = Line.drop_front().drop_back().trim().str();
      G.OutOfScope = StringRef(G.Name).starts_with(OutOfScopePrefix);
      Groups.push_back(std::move(G));
      return Error::success();
    }
    if (Groups.empty())
      return createStringError(inconvertibleErrorCode(),
                               Path + ":" + Twine(LineNo) +
                                   ": scripts before the first [group]");
    SmallVector<StringRef, 8> Names;
    Line.split(Names, ' ', -1, /*KeepEmpty=*/false);
    for (StringRef N : Names)
      Groups.back().Scripts.push_back(N.str());
    return Error::success();
  });
  if (E)
    return std::move(E);
  return std::move(Groups);
}

size_t groupOf(StringRef Script, const std::vector<ProposalGroup> &Groups) {
  for (size_t G = 0; G < Groups.size(); ++G)
    if (llvm::is_contained(Groups[G].Scripts, Script))
      return G;
  return Groups.size();
}

void markOutOfScope(std::vector<ScriptReport> &Reports,
                    const std::vector<ProposalGroup> &Groups) {
  for (ScriptReport &R : Reports) {
    size_t G = groupOf(R.S->Name, Groups);
    R.OutOfScope = G < Groups.size() && Groups[G].OutOfScope;
  }
}

std::string failureReason(StringRef Message) {
  std::string M = Message.str();
  // A command on a module that is not available fails for the module's
  // reason, in parentheses.
  static const char Unavailable[] = " is not available (";
  for (size_t At; (At = M.find(Unavailable)) != std::string::npos;) {
    if (StringRef(M).ends_with(")"))
      M.pop_back();
    M = M.substr(At + strlen(Unavailable));
  }
  static const char *const Prefixes[] = {"not run: ",
                                         "wasmc --shared failed (exit 1): ",
                                         "wasmc did not finish: "};
  for (const char *P : Prefixes) {
    size_t At = M.find(P);
    if (At != std::string::npos)
      M = M.substr(At + strlen(P));
  }
  // Module file names and byte offsets: "x.3.wasm:0x1f: error: ".
  static const Regex Location("[^ ]*\\.wasm(:0x[0-9a-f]+)?: (error: )?");
  while (Location.match(M))
    M = Location.sub("", M);
  static const Regex Expected(",? expected \"[^\"]*\"");
  M = Expected.sub("", M);
  // Wrong results name the values; they are one reason.
  if (StringRef(M).starts_with("result "))
    return "wrong result";
  // Indices and counts, not versions ("Wasm 2.0") or hex opcodes.
  static const Regex Number("([^0-9a-zA-Z_.x])[0-9]+([^0-9a-zA-Z_.]|$)");
  for (int I = 0; I < 8 && Number.match(M); ++I)
    M = Number.sub("\\1N\\2", M);
  return StringRef(M).take_front(140).str();
}

namespace {

struct Row {
  std::string Name;
  bool OutOfScope = false;
  unsigned Scripts = 0, Passed = 0, Failed = 0, Skipped = 0, NotApplicable = 0;
  std::map<std::string, unsigned> Reasons;

  void add(const ScriptReport &R) {
    ++Scripts;
    Passed += R.Passed;
    Failed += R.Failed + R.KnownFailed;
    Skipped += R.Skipped;
    NotApplicable += R.NotApplicable;
    if (!R.SetupError.empty())
      ++Reasons[failureReason(R.SetupError)];
    for (const CommandResult &C : R.Results)
      if (C.St == Status::Fail)
        ++Reasons[failureReason(C.Message)];
  }
  void print(raw_ostream &OS) const {
    unsigned Applicable = Passed + Failed + Skipped;
    OS << "| " << Name << " | " << Scripts << " | " << Passed << " | "
       << Failed << " | " << Skipped << " | " << NotApplicable << " | ";
    if (Applicable)
      OS << format("%.1f%%", 100.0 * Passed / Applicable);
    else
      OS << "-";
    OS << " |\n";
  }
};

} // namespace

void printProposals(raw_ostream &OS, const std::vector<ScriptReport> &Reports,
                    const std::vector<ProposalGroup> &Groups) {
  // The core row goes after the in-scope proposals, before the rest.
  std::vector<Row> Rows(Groups.size() + 1);
  for (size_t G = 0; G < Groups.size(); ++G) {
    Rows[G].Name = Groups[G].Name;
    Rows[G].OutOfScope = Groups[G].OutOfScope;
  }
  Rows.back().Name = CoreName;
  for (const ScriptReport &R : Reports)
    Rows[groupOf(R.S->Name, Groups)].add(R);
  std::vector<const Row *> Order;
  for (const Row &R : Rows)
    if (!R.OutOfScope && &R != &Rows.back())
      Order.push_back(&R);
  Order.push_back(&Rows.back());
  for (const Row &R : Rows)
    if (R.OutOfScope)
      Order.push_back(&R);

  OS << "\nper proposal (failed includes known failures; pass rate of the "
        "applicable commands, skipped ones counting as not passed):\n\n"
     << "| proposal | scripts | passed | failed | skipped | not applicable "
        "| passed |\n"
     << "|---|---:|---:|---:|---:|---:|---:|\n";
  Row InScope;
  InScope.Name = "**in scope (all but GC)**";
  for (const Row *R : Order) {
    if (R->Scripts == 0)
      continue;
    if (R->OutOfScope && InScope.Scripts) {
      InScope.print(OS);
      InScope.Scripts = 0;
    }
    R->print(OS);
    if (!R->OutOfScope) {
      InScope.Scripts += R->Scripts;
      InScope.Passed += R->Passed;
      InScope.Failed += R->Failed;
      InScope.Skipped += R->Skipped;
      InScope.NotApplicable += R->NotApplicable;
    }
  }
  if (InScope.Scripts)
    InScope.print(OS);

  OS << "\ncommonest failure reasons per proposal (commands):\n";
  for (const Row *R : Order) {
    if (R->Reasons.empty())
      continue;
    std::vector<std::pair<std::string, unsigned>> Top(R->Reasons.begin(),
                                                      R->Reasons.end());
    std::sort(Top.begin(), Top.end(), [](const auto &A, const auto &B) {
      return A.second != B.second ? A.second > B.second : A.first < B.first;
    });
    OS << "  " << R->Name << ":\n";
    for (size_t I = 0; I < Top.size() && I < 6; ++I)
      OS << format("    %6u  ", Top[I].second) << Top[I].first << "\n";
    if (Top.size() > 6)
      OS << "            (" << Top.size() - 6 << " more reasons)\n";
  }
}

} // namespace spectest
} // namespace wasmc
