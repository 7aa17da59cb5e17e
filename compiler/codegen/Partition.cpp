//===- Partition.cpp - Splitting an optimised module for codegen ----------===//
//
// See Partition.h. Functions are spread with the longest-processing-time
// rule (costliest first, each to the least-loaded partition), on an
// estimate of their code-generation cost (codeGenWeight). The rule is
// deterministic: ties go to the earlier function and the lower partition.
//
//===----------------------------------------------------------------------===//
#include "codegen/Partition.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/Instructions.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Transforms/Utils/Cloning.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"
#include "llvm/Transforms/Utils/ValueMapper.h"
#include <algorithm>
#include <numeric>

using namespace llvm;

namespace wasmc {

bool canSplitModule(const Module &M) {
  return M.getModuleInlineAsm().empty() && M.alias_empty() && M.ifunc_empty() &&
         M.getComdatSymbolTable().empty();
}

uint64_t codeSize(const Module &M) {
  uint64_t Size = 0;
  for (const Function &F : M)
    if (!F.isDeclaration())
      Size += F.getInstructionCount();
  return Size;
}

/// llvm.used and llvm.compiler.used only keep their elements alive; each
/// partition gets the entries it defines, so they tie nothing together.
static bool isUsedList(const GlobalValue &GV) {
  return GV.getName() == "llvm.used" || GV.getName() == "llvm.compiler.used";
}

/// Adds to Out the global values whose definitions refer to V: the functions
/// holding instructions that use it and the global variables whose
/// initialisers do, through any nesting of constant expressions and
/// aggregates.
static void collectUsers(const Value &V,
                         SmallPtrSetImpl<const GlobalValue *> &Out,
                         SmallPtrSetImpl<const Constant *> &Visited) {
  for (const User *U : V.users()) {
    if (const auto *I = dyn_cast<Instruction>(U))
      Out.insert(I->getFunction());
    else if (const auto *GV = dyn_cast<GlobalValue>(U))
      Out.insert(GV);
    else if (const auto *C = dyn_cast<Constant>(U))
      if (Visited.insert(C).second)
        collectUsers(*C, Out, Visited);
  }
}

static SmallPtrSet<const GlobalValue *, 8> usersOf(const GlobalValue &GV) {
  SmallPtrSet<const GlobalValue *, 8> Users;
  SmallPtrSet<const Constant *, 8> Visited;
  collectUsers(GV, Users, Visited);
  return Users;
}

/// The estimated code-generation cost of a function of Size instructions.
/// It grows faster than the size: register allocation and scheduling of a
/// huge function (an interpreter's dispatch loop with everything inlined)
/// cost more per instruction. Size * log2(Size) matches what Duktape's
/// 28000-instruction interpreter loop costs next to its 300-instruction
/// functions (about 1.7 times as much per instruction). Integer arithmetic,
/// so that the split is the same on every host. The constant covers what
/// every function costs beyond its instructions: prologue, epilogue, symbol
/// and per-function pass setup.
static uint64_t codeGenWeight(uint64_t Size) {
  Size += 16;
  return Size * (Log2_64(Size) + 1);
}

namespace {
class Partitioner {
public:
  Partitioner(Module &M, unsigned Parts) : M(M), Parts(Parts) {}

  void assignFunctions();
  void assignVariables();
  void externalizeCrossReferences();
  std::unique_ptr<Module> clonePartition(unsigned Index) const;
  void releaseFunctions(unsigned Index);

private:
  unsigned homeOf(const GlobalValue &GV) const {
    auto It = Home.find(&GV);
    return It == Home.end() ? 0 : It->second;
  }

  Module &M;
  unsigned Parts;
  /// The partition that holds each definition.
  DenseMap<const GlobalValue *, unsigned> Home;
};
} // namespace

void Partitioner::assignFunctions() {
  SmallVector<Function *, 0> Defs;
  SmallVector<uint64_t, 0> Weight;
  for (Function &F : M) {
    if (F.isDeclaration())
      continue;
    Defs.push_back(&F);
    Weight.push_back(codeGenWeight(F.getInstructionCount()));
  }
  SmallVector<size_t, 0> Order(Defs.size());
  std::iota(Order.begin(), Order.end(), size_t(0));
  // Largest first; among equals, module order.
  llvm::sort(Order, [&](size_t A, size_t B) {
    return Weight[A] != Weight[B] ? Weight[A] > Weight[B] : A < B;
  });
  SmallVector<uint64_t, 16> Load(Parts, 0);
  for (size_t I : Order) {
    unsigned P = std::min_element(Load.begin(), Load.end()) - Load.begin();
    Home[Defs[I]] = P;
    Load[P] += Weight[I];
  }
}

/// Once partition Index exists, its function bodies are dead weight in M.
/// A function another partition still refers to is external by now
/// (externalizeCrossReferences), so its declaration is all they need.
void Partitioner::releaseFunctions(unsigned Index) {
  for (Function &F : M)
    if (!F.isDeclaration() && homeOf(F) == Index)
      F.deleteBody();
}

void Partitioner::assignVariables() {
  // Data used by the functions of one partition (a constant table of one
  // function, say) goes with them; everything else, the module descriptor
  // and what it points to in particular, to partition 0.
  for (GlobalVariable &GV : M.globals()) {
    if (GV.isDeclaration())
      continue;
    unsigned P = 0;
    if (!GV.hasAppendingLinkage()) {
      std::optional<unsigned> Common;
      bool OnlyFunctions = true;
      for (const GlobalValue *U : usersOf(GV)) {
        if (!isa<Function>(U)) {
          OnlyFunctions = false;
          break;
        }
        unsigned UP = homeOf(*U);
        if (Common && *Common != UP) {
          OnlyFunctions = false;
          break;
        }
        Common = UP;
      }
      if (OnlyFunctions && Common)
        P = *Common;
    }
    Home[&GV] = P;
  }
}

void Partitioner::externalizeCrossReferences() {
  for (GlobalValue &GV : M.global_values()) {
    if (GV.isDeclaration() || !GV.hasLocalLinkage())
      continue;
    unsigned P = homeOf(GV);
    bool Shared = any_of(usersOf(GV), [&](const GlobalValue *U) {
      return !isUsedList(*U) && homeOf(*U) != P;
    });
    if (!Shared)
      continue;
    // Hidden: the symbol links the partitions of this output together and
    // is never visible outside it (nor preempted, so references stay
    // direct).
    GV.setLinkage(GlobalValue::ExternalLinkage);
    GV.setVisibility(GlobalValue::HiddenVisibility);
    // An unnamed value needs a name for the partitions to agree on.
    if (!GV.hasName())
      GV.setName("wasmc.split");
  }
}

namespace {
/// Builds one partition: definitions are copied from the module, and every
/// other global value a copied definition refers to is declared on first
/// use (ValueMapper calls materialize for a value it has not mapped yet),
/// so the partition holds only the declarations it needs and copying all
/// partitions costs one pass over the module.
class PartitionBuilder final : public ValueMaterializer {
public:
  PartitionBuilder(const Module &M, Module &Part) : M(M), Part(Part) {}

  Value *materialize(Value *V) override {
    auto *GV = dyn_cast<GlobalValue>(V);
    if (!GV || GV->getParent() != &M)
      return nullptr;
    // Another partition's definition, or a declaration of the module
    // (whose linkage, extern_weak for the code section bounds, stays).
    return create(*GV,
                  GV->isDeclaration() ? GV->getLinkage()
                                      : GlobalValue::ExternalLinkage,
                  /*Define=*/false);
  }

  /// Creates Part's copy of GV (without body or initialiser yet) and maps
  /// it. Define: the copy is to be a definition, else a declaration.
  GlobalValue *create(const GlobalValue &GV, GlobalValue::LinkageTypes Linkage,
                      bool Define) {
    GlobalValue *New;
    if (const auto *F = dyn_cast<Function>(&GV)) {
      Function *NF =
          Function::Create(F->getFunctionType(), Linkage, F->getAddressSpace(),
                           F->getName(), &Part);
      NF->copyAttributesFrom(F);
      New = NF;
    } else {
      const auto *V = cast<GlobalVariable>(&GV);
      auto *NV = new GlobalVariable(Part, V->getValueType(), V->isConstant(),
                                    Linkage, nullptr, V->getName(), nullptr,
                                    V->getThreadLocalMode(),
                                    V->getType()->getAddressSpace());
      NV->copyAttributesFrom(V);
      New = NV;
    }
    // A declaration cannot have the personality, prefix or prologue data
    // copyAttributesFrom carries over.
    if (auto *NF = dyn_cast<Function>(New); NF && !Define) {
      NF->setPersonalityFn(nullptr);
      NF->setPrefixData(nullptr);
      NF->setPrologueData(nullptr);
    }
    Map[&GV] = New;
    return New;
  }

  Value *map(const Value *V) {
    return MapValue(V, Map, RF_None, nullptr, this);
  }

  ValueToValueMapTy Map;

private:
  const Module &M;
  Module &Part;
};
} // namespace

std::unique_ptr<Module> Partitioner::clonePartition(unsigned Index) const {
  auto Part = std::make_unique<Module>(M.getModuleIdentifier(), M.getContext());
  Part->setSourceFileName(M.getSourceFileName());
  Part->setDataLayout(M.getDataLayout());
  Part->setTargetTriple(M.getTargetTriple());
  Part->IsNewDbgInfoFormat = M.IsNewDbgInfoFormat;
  PartitionBuilder B(M, *Part);

  // The partition's definitions first, in module order, so that
  // references among them map to the definitions.
  SmallVector<const Function *, 0> Functions;
  SmallVector<const GlobalVariable *, 0> Variables;
  for (const Function &F : M)
    if (!F.isDeclaration() && homeOf(F) == Index) {
      B.create(F, F.getLinkage(), /*Define=*/true);
      Functions.push_back(&F);
    }
  for (const GlobalVariable &GV : M.globals()) {
    if (GV.isDeclaration() || isUsedList(GV) || homeOf(GV) != Index)
      continue;
    B.create(GV, GV.getLinkage(), /*Define=*/true);
    Variables.push_back(&GV);
  }
  for (const GlobalVariable *GV : Variables) {
    auto *NV = cast<GlobalVariable>(B.Map[GV]);
    NV->setInitializer(cast<Constant>(B.map(GV->getInitializer())));
    SmallVector<std::pair<unsigned, MDNode *>, 1> MDs;
    GV->getAllMetadata(MDs);
    for (const auto &[Kind, MD] : MDs)
      NV->addMetadata(Kind, *MapMetadata(MD, B.Map, RF_None, nullptr, &B));
  }
  for (const Function *F : Functions) {
    auto *NF = cast<Function>(B.Map[F]);
    auto NewArg = NF->arg_begin();
    for (const Argument &Arg : F->args())
      B.Map[&Arg] = &*NewArg++;
    SmallVector<ReturnInst *, 8> Returns;
    CloneFunctionInto(NF, F, B.Map, CloneFunctionChangeType::DifferentModule,
                      Returns, "", nullptr, nullptr, &B);
  }
  // Used lists: the entries this partition defines.
  for (StringRef Name : {"llvm.used", "llvm.compiler.used"}) {
    const GlobalVariable *List = M.getNamedGlobal(Name);
    if (!List || !List->hasInitializer())
      continue;
    SmallVector<GlobalValue *, 8> Kept;
    if (const auto *Init = dyn_cast<ConstantArray>(List->getInitializer()))
      for (const Use &Op : Init->operands())
        if (const auto *GV =
                dyn_cast<GlobalValue>(Op.get()->stripPointerCasts()))
          if (!GV->isDeclaration() && homeOf(*GV) == Index)
            Kept.push_back(cast<GlobalValue>(B.Map[GV]));
    if (Kept.empty())
      continue;
    if (Name == "llvm.used")
      appendToUsed(*Part, Kept);
    else
      appendToCompilerUsed(*Part, Kept);
  }
  // Module flags and other named metadata.
  for (const NamedMDNode &NMD : M.named_metadata()) {
    NamedMDNode *New = Part->getOrInsertNamedMetadata(NMD.getName());
    for (const MDNode *Op : NMD.operands())
      New->addOperand(MapMetadata(Op, B.Map, RF_None, nullptr, &B));
  }
  // CloneFunctionInto adds an llvm.dbg.cu list for the compile units of
  // what it clones; empty (wasmc emits no debug info), it would make the
  // bitcode reader warn about debug info without a version.
  if (NamedMDNode *CUs = Part->getNamedMetadata("llvm.dbg.cu"))
    if (CUs->getNumOperands() == 0)
      CUs->eraseFromParent();
  return Part;
}

void splitModule(Module &M, unsigned Parts,
                 function_ref<void(unsigned, std::unique_ptr<Module>)> Emit) {
  Partitioner P(M, Parts);
  P.assignFunctions();
  P.assignVariables();
  P.externalizeCrossReferences();
  for (unsigned I = 0; I < Parts; ++I) {
    Emit(I, P.clonePartition(I));
    P.releaseFunctions(I);
  }
}

} // namespace wasmc
