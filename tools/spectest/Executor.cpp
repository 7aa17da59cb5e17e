//===- Executor.cpp - Run one script's commands against rtlib -------------===//
//
// Trap assertions compare trap KINDS, not texts. The reference interpreter
// has several texts for what is one trap code here ("undefined element" from
// call_indirect and "out of bounds table access" from table instructions
// are both WASMC_TRAP_TABLE_OUT_OF_BOUNDS), so each spec text is mapped to
// the code it denotes and an assertion passes when the call trapped with
// that code. A text that is not in the table must be a prefix of our trap's
// message. Link errors (assert_unlinkable) must start with the spec's text
// ("unknown import", "incompatible import type"), which rtlib's do.
//
//===----------------------------------------------------------------------===//
#include "Executor.h"
#include "SpectestHost.h"
#include "Values.h"

#include "wasmc/rtlib.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <unistd.h>

using namespace llvm;

namespace wasmc {
namespace spectest {

namespace {

struct TrapKind {
  const char *SpecText;
  int32_t Code;
};

const TrapKind TrapKinds[] = {
    {"unreachable", WASMC_TRAP_UNREACHABLE},
    {"out of bounds memory access", WASMC_TRAP_MEMORY_OUT_OF_BOUNDS},
    {"undefined element", WASMC_TRAP_TABLE_OUT_OF_BOUNDS},
    {"out of bounds table access", WASMC_TRAP_TABLE_OUT_OF_BOUNDS},
    {"uninitialized element", WASMC_TRAP_INDIRECT_NULL},
    {"indirect call type mismatch", WASMC_TRAP_INDIRECT_TYPE_MISMATCH},
    {"integer divide by zero", WASMC_TRAP_INT_DIV_BY_ZERO},
    {"integer overflow", WASMC_TRAP_INT_OVERFLOW},
    {"invalid conversion to integer", WASMC_TRAP_INVALID_CONVERSION},
    {"call stack exhausted", WASMC_TRAP_STACK_EXHAUSTED},
    {"null function reference", WASMC_TRAP_NULL_FUNCTION_REFERENCE},
    {"null reference", WASMC_TRAP_NULL_REFERENCE},
};

struct Result {
  Status St;
  std::string Message;
};

Result pass() { return {Status::Pass, ""}; }
Result fail(const Twine &Msg) { return {Status::Fail, Msg.str()}; }

std::string describe(const wasmc_outcome &Out) {
  switch (Out.kind) {
  case WASMC_OUTCOME_RETURNED:
    return "returned";
  case WASMC_OUTCOME_TRAPPED:
    return std::string("trapped: ") + wasmc_trap_message(Out.trap_code);
  case WASMC_OUTCOME_EXITED:
    return "exited with " + std::to_string(Out.exit_code);
  case WASMC_OUTCOME_EXCEPTION:
    return "threw an uncaught exception";
  default:
    return std::string("error: ") + Out.message;
  }
}

/// First line of a compiler diagnostic, for messages.
std::string firstLine(StringRef S) {
  return S.trim().split('\n').first.str();
}

/// wasmc's diagnostic for job J, without the scratch directory (the file
/// is the first one with this content, possibly another script's).
std::string diagnostic(const CompileJob &J) {
  std::string Line = firstLine(J.Result.Stderr);
  size_t At = Line.find(J.Input);
  if (At != std::string::npos)
    Line.replace(At, J.Input.size(), sys::path::filename(J.Input).str());
  return Line;
}

class ScriptRunner {
public:
  ScriptRunner(const std::vector<CompileJob> &Jobs, bool StrictInvalid)
      : Jobs(Jobs), StrictInvalid(StrictInvalid) {}
  ~ScriptRunner() {
    if (Linker)
      wasmc_linker_delete(Linker);
  }

  /// Sets up the runtime and the spectest module; false with Err.
  bool init(std::string &Err);
  Result run(const Command &C);

private:
  const std::vector<CompileJob> &Jobs;
  bool StrictInvalid;
  wasmc_linker *Linker = nullptr;
  std::vector<wasmc_module *> Loaded; // by job index
  wasmc_instance *Current = nullptr;
  std::string CurrentMissing = "no module has been defined yet";
  StringMap<wasmc_instance *> Named;
  StringMap<std::string> NamedMissing;
  // module_definition: the compile job of each named definition and of the
  // last one (what `module instance` without a name instantiates), or why
  // it is not available.
  struct Definition {
    int Job = -1;
    std::string Missing;
  };
  StringMap<Definition> Definitions;
  Definition LastDefinition = {-1, "no module definition yet"};

  Result compiled(const Command &C, const CompileJob *&J);
  Result instantiate(const Command &C, wasmc_instance *&I, wasmc_outcome &Out);
  Result instantiateJob(int Job, wasmc_instance *&I, wasmc_outcome &Out);
  void setCurrent(const std::string &Name, wasmc_instance *I,
                  const std::string &Why);
  Result findInstance(const std::string &Name, wasmc_instance *&I);
  Result invoke(const Command &C, std::string &Sig,
                std::vector<wasmc_value> &Results, wasmc_outcome &Out);

  Result runModule(const Command &C);
  Result runModuleDefinition(const Command &C);
  Result runModuleInstance(const Command &C);
  Result runRegister(const Command &C);
  Result runAssertReturn(const Command &C);
  Result runAssertTrap(const Command &C);
  Result runAssertException(const Command &C);
  Result runRejection(const Command &C);
  Result runCustomRejection(const Command &C);
  Result runUnlinkable(const Command &C);
  Result runUninstantiable(const Command &C);
};

bool ScriptRunner::init(std::string &Err) {
  if (wasmc_runtime_init() != 0) {
    Err = "wasmc_runtime_init failed";
    return false;
  }
  Linker = wasmc_linker_new();
  if (!Linker) {
    Err = "wasmc_linker_new failed";
    return false;
  }
  Loaded.assign(Jobs.size(), nullptr);
  return defineSpectest(Linker, Err);
}

Result ScriptRunner::compiled(const Command &C, const CompileJob *&J) {
  if (C.Job < 0)
    return fail("runner error: no compile job for " + C.Filename);
  J = &Jobs[C.Job];
  if (J->Result.Failed)
    return fail("wasmc did not finish: " + diagnostic(*J));
  if (J->Result.Exit != 0)
    return fail("wasmc --shared failed (exit " + Twine(J->Result.Exit) +
                "): " + diagnostic(*J));
  return pass();
}

Result ScriptRunner::instantiate(const Command &C, wasmc_instance *&I,
                                 wasmc_outcome &Out) {
  I = nullptr;
  const CompileJob *J;
  Result R = compiled(C, J);
  if (R.St != Status::Pass)
    return R;
  return instantiateJob(C.Job, I, Out);
}

/// Instantiates the library of job Job, which compiled.
Result ScriptRunner::instantiateJob(int Job, wasmc_instance *&I,
                                    wasmc_outcome &Out) {
  I = nullptr;
  const CompileJob *J = &Jobs[Job];
  wasmc_module *&M = Loaded[Job];
  if (!M) {
    M = wasmc_module_load(J->Library.c_str(), &Out);
    if (!M)
      return fail(Twine("cannot load ") + J->Library + ": " + Out.message);
  }
  wasmc_instance_config Config = {};
  Config.resolve = wasmc_linker_resolve;
  Config.resolve_data = Linker;
  I = wasmc_instantiate(wasmc_module_desc_of(M), &Config, &Out);
  return pass();
}

Result ScriptRunner::findInstance(const std::string &Name,
                                  wasmc_instance *&I) {
  if (Name.empty()) {
    I = Current;
    return I ? pass() : fail(CurrentMissing);
  }
  auto It = Named.find(Name);
  if (It == Named.end())
    return fail("no module named " + Name);
  I = It->second;
  return I ? pass() : fail(NamedMissing[Name]);
}

Result ScriptRunner::invoke(const Command &C, std::string &Sig,
                            std::vector<wasmc_value> &Results,
                            wasmc_outcome &Out) {
  wasmc_instance *I;
  Result R = findInstance(C.Act.Module, I);
  if (R.St != Status::Pass)
    return R;
  wasmc_extern Ext;
  // Field names may contain NUL bytes (names.wast).
  if (!wasmc_instance_get_export_n(I, C.Act.Field.data(), C.Act.Field.size(),
                                   &Ext))
    return fail("no export \"" + C.Act.Field + "\"");
  if (C.Act.Type == Action::Get) {
    if (Ext.kind != WASMC_EXTERN_GLOBAL || !Ext.global)
      return fail("export \"" + C.Act.Field + "\" is not a global");
    for (char L : {'i', 'I', 'f', 'F', 'v', 'r', 'e'})
      if (typeOfLetter(L) == Ext.global_type)
        Sig = std::string(":") + L;
    Results.assign(1, *Ext.global);
    memset(&Out, 0, sizeof(Out));
    Out.kind = WASMC_OUTCOME_RETURNED;
    return pass();
  }
  if (Ext.kind != WASMC_EXTERN_FUNC || !Ext.func_signature)
    return fail("export \"" + C.Act.Field + "\" is not a function");
  Sig = Ext.func_signature;
  StringRef Params = StringRef(Sig).split(':').first;
  StringRef Res = StringRef(Sig).split(':').second;
  if (Params.size() != C.Act.Args.size())
    return fail("\"" + C.Act.Field + "\" takes " + Twine(Params.size()) +
                " arguments, the script passes " + Twine(C.Act.Args.size()));
  std::vector<wasmc_value> Args(Params.size());
  for (size_t A = 0; A < Params.size(); ++A) {
    std::string Err;
    if (!toWasmValue(C.Act.Args[A], Params[A], Args[A], Err))
      return fail("argument " + Twine(A) + ": " + Err);
  }
  Results.assign(Res.size(), wasmc_value());
  wasmc_instance_call_n(I, C.Act.Field.data(), C.Act.Field.size(),
                        Args.data(), static_cast<uint32_t>(Args.size()),
                        Results.data(), static_cast<uint32_t>(Results.size()),
                        &Out);
  if (Out.kind == WASMC_OUTCOME_ERROR)
    return fail(Twine("call failed: ") + Out.message);
  return pass();
}

Result ScriptRunner::runModule(const Command &C) {
  wasmc_instance *I;
  wasmc_outcome Out;
  Result R = instantiate(C, I, Out);
  if (R.St == Status::Pass && !I)
    R = fail("instantiation failed: " + describe(Out));
  setCurrent(C.ModuleName, I,
             "the module at line " + std::to_string(C.Line) +
                 " is not available (" + R.Message + ")");
  return R;
}

/// I (null: not available because of Why) becomes the current instance,
/// and instance Name if there is one.
void ScriptRunner::setCurrent(const std::string &Name, wasmc_instance *I,
                              const std::string &Why) {
  Current = I;
  CurrentMissing = Why;
  if (!Name.empty()) {
    Named[Name] = I;
    NamedMissing[Name] = Why;
  }
}

// A definition is a module that must be valid and compile; the reference
// interpreter instantiates it only in `module instance` commands.
Result ScriptRunner::runModuleDefinition(const Command &C) {
  const CompileJob *J;
  Result R = compiled(C, J);
  Definition D;
  if (R.St == Status::Pass)
    D.Job = C.Job;
  else
    D.Missing = "the module definition at line " + std::to_string(C.Line) +
                " is not available (" + R.Message + ")";
  LastDefinition = D;
  if (!C.ModuleName.empty())
    Definitions[C.ModuleName] = D;
  return R;
}

Result ScriptRunner::runModuleInstance(const Command &C) {
  Definition D = LastDefinition;
  if (!C.Definition.empty()) {
    auto It = Definitions.find(C.Definition);
    if (It == Definitions.end())
      return fail("no module definition named " + C.Definition);
    D = It->second;
  }
  Result R = D.Job >= 0 ? pass() : fail(D.Missing);
  wasmc_instance *I = nullptr;
  wasmc_outcome Out;
  if (R.St == Status::Pass)
    R = instantiateJob(D.Job, I, Out);
  if (R.St == Status::Pass && !I)
    R = fail("instantiation failed: " + describe(Out));
  setCurrent(C.Instance, I,
             "the instance at line " + std::to_string(C.Line) +
                 " is not available (" + R.Message + ")");
  return R;
}

Result ScriptRunner::runRegister(const Command &C) {
  wasmc_instance *I;
  Result R = findInstance(C.ModuleName, I);
  if (R.St != Status::Pass)
    return R;
  if (wasmc_linker_define_instance(Linker, C.As.c_str(), I) != 0)
    return fail("wasmc_linker_define_instance failed");
  return pass();
}

Result ScriptRunner::runAssertReturn(const Command &C) {
  std::string Sig;
  std::vector<wasmc_value> Results;
  wasmc_outcome Out;
  Result R = invoke(C, Sig, Results, Out);
  if (R.St != Status::Pass)
    return R;
  if (Out.kind != WASMC_OUTCOME_RETURNED)
    return fail(describe(Out));
  if (C.Kind == CommandKind::Action)
    return pass();
  StringRef ResultTypes = StringRef(Sig).split(':').second;
  if (ResultTypes.size() != C.Expected.size())
    return fail(Twine(ResultTypes.size()) + " results, the script expects " +
                Twine(C.Expected.size()));
  std::string Mismatch;
  for (size_t K = 0; K < C.Expected.size(); ++K) {
    if (matches(C.Expected[K], ResultTypes[K], Results[K]))
      continue;
    Mismatch += (Mismatch.empty() ? "" : "; ") + std::string("result ") +
                std::to_string(K) + ": got " +
                formatValue(ResultTypes[K], Results[K],
                            C.Expected[K].Type == Either
                                ? C.Expected[K].Alternatives[0].LaneType
                                : C.Expected[K].LaneType) +
                ", expected " + formatExpected(C.Expected[K]);
  }
  return Mismatch.empty() ? pass() : fail(Mismatch);
}

/// The trap code the spec's text denotes, or 0.
static int32_t trapCodeFor(StringRef SpecText) {
  for (const TrapKind &K : TrapKinds)
    if (SpecText.starts_with(K.SpecText))
      return K.Code;
  return 0;
}

static Result checkTrap(const Command &C, const wasmc_outcome &Out) {
  if (Out.kind != WASMC_OUTCOME_TRAPPED)
    return fail(describe(Out) + ", expected a trap \"" + C.Text + "\"");
  const char *Ours = wasmc_trap_message(Out.trap_code);
  int32_t Want = trapCodeFor(C.Text);
  bool Ok = Want ? Out.trap_code == Want : StringRef(Ours).starts_with(C.Text);
  if (!Ok)
    return fail(std::string("trapped with \"") + Ours +
                "\", expected \"" + C.Text + "\"");
  return pass();
}

/// assert_exception: the call ends with an exception that no Wasm handler
/// caught (the script says nothing about its tag or payload).
Result ScriptRunner::runAssertException(const Command &C) {
  std::string Sig;
  std::vector<wasmc_value> Results;
  wasmc_outcome Out;
  Result R = invoke(C, Sig, Results, Out);
  if (R.St != Status::Pass)
    return R;
  if (Out.kind != WASMC_OUTCOME_EXCEPTION)
    return fail(describe(Out) + ", expected an uncaught exception");
  return pass();
}

Result ScriptRunner::runAssertTrap(const Command &C) {
  std::string Sig;
  std::vector<wasmc_value> Results;
  wasmc_outcome Out;
  Result R = invoke(C, Sig, Results, Out);
  if (R.St != Status::Pass)
    return R;
  return checkTrap(C, Out);
}

/// Whether wasmc's diagnostic is one of its binary reader's (a malformed
/// module) rather than its validator's. "constant expression required" is
/// the spec's own invalid-module message, so it is not among them.
static bool isDecodingError(StringRef Stderr) {
  static const char *const Decoding[] = {
      "illegal opcode",        "malformed ",
      "zero byte expected",    "integer representation too long",
      "integer too large",     "unexpected end",
      "section size mismatch", "END opcode expected",
      "length out of bounds",  "unexpected content after last"};
  size_t At = Stderr.find("error: ");
  if (At == StringRef::npos)
    return false;
  StringRef Msg = Stderr.drop_front(At + 7);
  for (const char *D : Decoding)
    if (Msg.starts_with(D))
      return true;
  return false;
}

Result ScriptRunner::runRejection(const Command &C) {
  if (C.TextModule)
    return {Status::NotApplicable,
            "text-format module (wasmc compiles binary modules)"};
  if (C.Job < 0)
    return fail("runner error: no validation job for " + C.Filename);
  const CompileJob &J = Jobs[C.Job];
  if (J.Result.Failed)
    return fail("wasmc --validate-only did not finish: " + diagnostic(J));
  if (J.Result.Exit == 0)
    return fail("wasmc accepted the module, expected \"" + C.Text + "\"");
  if (J.Result.Exit != 1 || StringRef(J.Result.Stderr).find("error:") ==
                                StringRef::npos)
    return fail("wasmc rejected the module without a diagnostic (exit " +
                Twine(J.Result.Exit) + "): " + diagnostic(J));
  // Refusing a feature wasmc lacks says nothing about the module's
  // validity: such a rejection does not count as passing.
  if (StringRef(J.Result.Stderr).contains("not supported"))
    return fail("rejected for a missing feature, not as " +
                StringRef(C.TypeName).drop_front(7) + " (expected \"" +
                C.Text + "\"): " + diagnostic(J));
  if (StrictInvalid && C.Kind == CommandKind::AssertInvalid &&
      isDecodingError(J.Result.Stderr))
    return fail("invalid module not decoded (a feature wasmc lacks?), "
                "expected \"" +
                C.Text + "\": " + diagnostic(J));
  return pass();
}

Result ScriptRunner::runUnlinkable(const Command &C) {
  wasmc_instance *I;
  wasmc_outcome Out;
  Result R = instantiate(C, I, Out);
  if (R.St != Status::Pass)
    return R;
  if (I)
    return fail("the module linked, expected \"" + C.Text + "\"");
  if (Out.kind != WASMC_OUTCOME_ERROR)
    return fail(describe(Out) + ", expected a link error \"" + C.Text + "\"");
  if (!StringRef(Out.message).starts_with(C.Text))
    return fail(Twine("link error \"") + Out.message + "\", expected \"" +
                C.Text + "\"");
  return pass();
}

Result ScriptRunner::runUninstantiable(const Command &C) {
  wasmc_instance *I;
  wasmc_outcome Out;
  Result R = instantiate(C, I, Out);
  if (R.St != Status::Pass)
    return R;
  if (I)
    return fail("the module instantiated, expected a trap \"" + C.Text + "\"");
  return checkTrap(C, Out);
}

/// assert_malformed_custom and assert_invalid_custom: a custom section (in
/// the 3.0 suite, a branch hint section) that a reader of it must refuse.
/// The spec also says that errors in a custom section must not make a
/// module malformed or invalid, so for wasmc, which compiles the module,
/// refusing means ignoring the section with a warning: the module must
/// validate, and the warning shows the bad section was noticed, not just
/// skipped unread.
Result ScriptRunner::runCustomRejection(const Command &C) {
  if (C.TextModule)
    return {Status::NotApplicable,
            "text-format module (wasmc compiles binary modules)"};
  if (C.Job < 0)
    return fail("runner error: no validation job for " + C.Filename);
  const CompileJob &J = Jobs[C.Job];
  if (J.Result.Failed)
    return fail("wasmc --validate-only did not finish: " + diagnostic(J));
  if (J.Result.Exit != 0)
    return fail("wasmc refused the module (a custom section must not make "
                "it invalid), expected \"" +
                C.Text + "\" to be ignored with a warning: " +
                diagnostic(J));
  if (!StringRef(J.Result.Stderr).contains("warning: "))
    return fail("wasmc accepted the module without a warning, expected \"" +
                C.Text + "\"");
  return pass();
}

Result ScriptRunner::run(const Command &C) {
  switch (C.Kind) {
  case CommandKind::Module:
    return runModule(C);
  case CommandKind::Register:
    return runRegister(C);
  case CommandKind::Action:
  case CommandKind::AssertReturn:
    return runAssertReturn(C);
  case CommandKind::AssertTrap:
  case CommandKind::AssertExhaustion:
    return runAssertTrap(C);
  case CommandKind::AssertInvalid:
  case CommandKind::AssertMalformed:
    return runRejection(C);
  case CommandKind::AssertUnlinkable:
    return runUnlinkable(C);
  case CommandKind::AssertUninstantiable:
    return runUninstantiable(C);
  case CommandKind::ModuleDefinition:
    return runModuleDefinition(C);
  case CommandKind::ModuleInstance:
    return runModuleInstance(C);
  case CommandKind::AssertInvalidCustom:
  case CommandKind::AssertMalformedCustom:
    return runCustomRejection(C);
  case CommandKind::AssertException:
    return runAssertException(C);
  case CommandKind::Unknown:
    break;
  }
  return {Status::Skip, "command type \"" + C.TypeName +
                            "\" is not run by wasmc-spectest"};
}

/// One line per result; messages lose their line breaks.
void writeResult(int Fd, size_t Index, const Result &R) {
  std::string Line = std::to_string(Index) + " " + static_cast<char>(R.St) +
                     " ";
  for (char Ch : R.Message)
    Line += Ch == '\n' || Ch == '\r' ? ' ' : Ch;
  Line += '\n';
  const char *P = Line.data();
  size_t Left = Line.size();
  while (Left) {
    ssize_t N = write(Fd, P, Left);
    if (N <= 0) {
      if (N < 0 && errno == EINTR)
        continue;
      return;
    }
    P += N;
    Left -= N;
  }
}

} // namespace

void executeScript(const Script &S, const std::vector<CompileJob> &Jobs,
                   int Fd, bool StrictInvalid) {
  ScriptRunner Runner(Jobs, StrictInvalid);
  std::string Err;
  bool Ready = Runner.init(Err);
  for (size_t K = 0; K < S.Commands.size(); ++K) {
    Result R = Ready ? Runner.run(S.Commands[K])
                     : fail("cannot set up the runtime: " + Err);
    writeResult(Fd, K, R);
  }
}

void parseResults(StringRef Text, std::vector<CommandResult> &Results) {
  while (!Text.empty()) {
    StringRef Line;
    std::tie(Line, Text) = Text.split('\n');
    auto [IndexText, Rest] = Line.split(' ');
    size_t Index;
    if (IndexText.getAsInteger(10, Index) || Index >= Results.size() ||
        Rest.empty())
      continue;
    CommandResult &R = Results[Index];
    R.Reported = true;
    R.St = static_cast<Status>(Rest[0]);
    R.Message = Rest.drop_front(2).str();
  }
}

} // namespace spectest
} // namespace wasmc
