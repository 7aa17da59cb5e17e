//===- Descriptor.cpp - The wasmc_module_descriptor constant -------------===//
//
// rtlib instantiates a module from this one constant (abi.h). The LLVM
// struct types below mirror the C structs field by field; LLVM lays out a
// non-packed struct with the same rules as the C ABI, and checkLayout
// compares the result with the C layout that abi.h has in this very
// compiler, so a drift between the two is an error rather than a silently
// corrupt descriptor.
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "support/Diagnostic.h"
#include "wasmc/abi.h"
#include "llvm/ADT/StringMap.h"
#include <cstddef>

using namespace llvm;

namespace wasmc {
namespace {

struct DescriptorTypes {
  ArrayType *Value;  // wasmc_value: 16 bytes, 8-aligned
  StructType *ConstExpr, *TypeDesc, *Import, *Export, *Func, *Limits, *Table,
      *Memory, *Global, *Data, *Elem, *ModuleDesc;
};

class DescriptorBuilder {
public:
  explicit DescriptorBuilder(ModuleContext &MC) : MC(MC), WM(MC.WM) {}
  Error build(ArrayRef<Function *> Trampolines);

private:
  ModuleContext &MC;
  const Module &WM;
  DescriptorTypes T;
  StringMap<Constant *> Strings;

  void createTypes();
  Error checkLayouts() const;
  ConstantInt *u8(uint64_t V) { return ConstantInt::get(MC.I8Ty, V); }
  ConstantInt *u32(uint64_t V) { return ConstantInt::get(MC.I32Ty, V); }
  ConstantInt *u64(uint64_t V) { return ConstantInt::get(MC.I64Ty, V); }
  Constant *null() { return ConstantPointerNull::get(MC.PtrTy); }
  Constant *string(StringRef S);
  Constant *array(StructType *Elt, ArrayRef<Constant *> Elts,
                  const Twine &Name);
  Constant *value(uint64_t Lo, uint64_t Hi);
  Constant *constExpr(const ConstExpr &E);
  Constant *zeroConstExpr(ValType Ty);
  Constant *limits(const Limits &L);
};

} // namespace

void DescriptorBuilder::createTypes() {
  LLVMContext &C = MC.Ctx;
  Type *P = MC.PtrTy, *U8 = MC.I8Ty, *U32 = MC.I32Ty, *U64 = MC.I64Ty;
  T.Value = ArrayType::get(U64, 2);
  T.ConstExpr =
      StructType::create(C, {U8, U8, U32, T.Value}, "wasmc_const_expr");
  T.TypeDesc = StructType::create(C, {P}, "wasmc_type_desc");
  T.Import =
      StructType::create(C, {P, P, U8, U32, P, U32, U32}, "wasmc_import_desc");
  T.Export =
      StructType::create(C, {P, U8, U32, P, U32}, "wasmc_export_desc");
  T.Func = StructType::create(C, {P, P, U32}, "wasmc_func_desc");
  T.Limits = StructType::create(C, {U64, U64, U8}, "wasmc_limits");
  T.Table = StructType::create(C, {T.Limits, U8}, "wasmc_table_desc");
  T.Memory = StructType::create(C, {T.Limits}, "wasmc_memory_desc");
  T.Global = StructType::create(C, {U8, U8, T.ConstExpr}, "wasmc_global_desc");
  T.Data = StructType::create(C, {U8, U32, T.ConstExpr, P, U32},
                              "wasmc_data_desc");
  T.Elem = StructType::create(C, {U8, U8, U32, T.ConstExpr, P, U32},
                              "wasmc_elem_desc");
  T.ModuleDesc = StructType::create(C,
                                    {U32, U32, P,  // abi_version, types
                                     U32, P,       // imports
                                     U32, P,       // funcs
                                     U32, P,       // tables
                                     U32, P,       // memories
                                     U32, P,       // globals
                                     U32, P,       // exports
                                     U32, P,       // datas
                                     U32, P,       // elems
                                     U64,          // start_func
                                     P, P,         // code_start, code_end
                                     U8},          // bounds_checks
                                    "wasmc_module_desc");
}

/// Compares an LLVM struct's layout on the target with the C struct's.
static Error checkLayout(const DataLayout &DL, StructType *ST, size_t CSize,
                         size_t CAlign, ArrayRef<size_t> COffsets) {
  const StructLayout *SL = DL.getStructLayout(ST);
  bool Same = SL->getSizeInBytes() == CSize &&
              SL->getAlignment().value() == CAlign &&
              ST->getNumElements() == COffsets.size();
  for (size_t K = 0; Same && K < COffsets.size(); ++K)
    Same = SL->getElementOffset(K) == COffsets[K];
  if (Same)
    return Error::success();
  return makeError("internal: the target's layout of " + ST->getName() +
                   " differs from abi.h; this target is not supported");
}

#define OFF(S, F) offsetof(S, F)
#define SZ(S) sizeof(S), alignof(S)

Error DescriptorBuilder::checkLayouts() const {
  const DataLayout &DL = MC.LM.getDataLayout();
  if (DL.getTypeAllocSize(T.Value) != sizeof(wasmc_value) ||
      DL.getABITypeAlign(T.Value).value() != alignof(wasmc_value))
    return makeError("internal: the target's layout of wasmc_value differs "
                     "from abi.h; this target is not supported");
  struct Check {
    StructType *ST;
    size_t Size, Align;
    std::vector<size_t> Offsets;
  };
  const Check Checks[] = {
      {T.ConstExpr, SZ(wasmc_const_expr),
       {OFF(wasmc_const_expr, kind), OFF(wasmc_const_expr, type),
        OFF(wasmc_const_expr, index), OFF(wasmc_const_expr, value)}},
      {T.TypeDesc, SZ(wasmc_type_desc), {OFF(wasmc_type_desc, signature)}},
      {T.Import, SZ(wasmc_import_desc),
       {OFF(wasmc_import_desc, module), OFF(wasmc_import_desc, name),
        OFF(wasmc_import_desc, kind), OFF(wasmc_import_desc, index),
        OFF(wasmc_import_desc, host_thunk),
        OFF(wasmc_import_desc, module_len), OFF(wasmc_import_desc, name_len)}},
      {T.Export, SZ(wasmc_export_desc),
       {OFF(wasmc_export_desc, name), OFF(wasmc_export_desc, kind),
        OFF(wasmc_export_desc, index), OFF(wasmc_export_desc, trampoline),
        OFF(wasmc_export_desc, name_len)}},
      {T.Func, SZ(wasmc_func_desc),
       {OFF(wasmc_func_desc, name), OFF(wasmc_func_desc, code),
        OFF(wasmc_func_desc, type_index)}},
      {T.Limits, SZ(wasmc_limits),
       {OFF(wasmc_limits, min), OFF(wasmc_limits, max),
        OFF(wasmc_limits, has_max)}},
      {T.Table, SZ(wasmc_table_desc),
       {OFF(wasmc_table_desc, limits), OFF(wasmc_table_desc, elem_type)}},
      {T.Memory, SZ(wasmc_memory_desc), {OFF(wasmc_memory_desc, limits)}},
      {T.Global, SZ(wasmc_global_desc),
       {OFF(wasmc_global_desc, type), OFF(wasmc_global_desc, mutable_),
        OFF(wasmc_global_desc, init)}},
      {T.Data, SZ(wasmc_data_desc),
       {OFF(wasmc_data_desc, mode), OFF(wasmc_data_desc, memory),
        OFF(wasmc_data_desc, offset), OFF(wasmc_data_desc, bytes),
        OFF(wasmc_data_desc, size)}},
      {T.Elem, SZ(wasmc_elem_desc),
       {OFF(wasmc_elem_desc, mode), OFF(wasmc_elem_desc, elem_type),
        OFF(wasmc_elem_desc, table), OFF(wasmc_elem_desc, offset),
        OFF(wasmc_elem_desc, items), OFF(wasmc_elem_desc, count)}},
      {T.ModuleDesc, SZ(wasmc_module_desc),
       {OFF(wasmc_module_desc, abi_version), OFF(wasmc_module_desc, num_types),
        OFF(wasmc_module_desc, types), OFF(wasmc_module_desc, num_imports),
        OFF(wasmc_module_desc, imports), OFF(wasmc_module_desc, num_funcs),
        OFF(wasmc_module_desc, funcs), OFF(wasmc_module_desc, num_tables),
        OFF(wasmc_module_desc, tables), OFF(wasmc_module_desc, num_memories),
        OFF(wasmc_module_desc, memories), OFF(wasmc_module_desc, num_globals),
        OFF(wasmc_module_desc, globals), OFF(wasmc_module_desc, num_exports),
        OFF(wasmc_module_desc, exports), OFF(wasmc_module_desc, num_datas),
        OFF(wasmc_module_desc, datas), OFF(wasmc_module_desc, num_elems),
        OFF(wasmc_module_desc, elems), OFF(wasmc_module_desc, start_func),
        OFF(wasmc_module_desc, code_start), OFF(wasmc_module_desc, code_end),
        OFF(wasmc_module_desc, bounds_checks)}},
  };
  for (const Check &C : Checks)
    if (Error E = checkLayout(DL, C.ST, C.Size, C.Align, C.Offsets))
      return E;
  return Error::success();
}

#undef OFF
#undef SZ

Constant *DescriptorBuilder::string(StringRef S) {
  Constant *&G = Strings[S];
  if (!G) {
    Constant *Init = ConstantDataArray::getString(MC.Ctx, S, true);
    auto *GV = new GlobalVariable(MC.LM, Init->getType(), true,
                                  GlobalValue::PrivateLinkage, Init, ".str");
    GV->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
    GV->setAlignment(Align(1));
    G = GV;
  }
  return G;
}

Constant *DescriptorBuilder::array(StructType *Elt, ArrayRef<Constant *> Elts,
                                   const Twine &Name) {
  if (Elts.empty())
    return null();
  ArrayType *ATy = ArrayType::get(Elt, Elts.size());
  auto *GV = new GlobalVariable(MC.LM, ATy, true, GlobalValue::PrivateLinkage,
                                ConstantArray::get(ATy, Elts), Name);
  return GV;
}

Constant *DescriptorBuilder::value(uint64_t Lo, uint64_t Hi) {
  return ConstantArray::get(T.Value, {u64(Lo), u64(Hi)});
}

Constant *DescriptorBuilder::zeroConstExpr(ValType Ty) {
  return ConstantStruct::get(T.ConstExpr, {u8(WASMC_CONST_VALUE),
                                           u8(uint8_t(Ty)), u32(0),
                                           value(0, 0)});
}

Constant *DescriptorBuilder::constExpr(const ConstExpr &E) {
  uint8_t Kind = WASMC_CONST_VALUE;
  ValType Ty = ValType::I32;
  uint32_t Index = 0;
  uint64_t Lo = 0, Hi = 0;
  switch (E.K) {
  case ConstExpr::I32:
  case ConstExpr::F32:
    // A 4-byte union member occupies the low half of the first word on a
    // little-endian target; the rest is zero.
    Ty = E.K == ConstExpr::I32 ? ValType::I32 : ValType::F32;
    Lo = E.Bits[0] & 0xffffffffu;
    break;
  case ConstExpr::I64:
  case ConstExpr::F64:
    Ty = E.K == ConstExpr::I64 ? ValType::I64 : ValType::F64;
    Lo = E.Bits[0];
    break;
  case ConstExpr::V128:
    Ty = ValType::V128;
    Lo = E.Bits[0];
    Hi = E.Bits[1];
    break;
  case ConstExpr::RefNull:
    Kind = WASMC_CONST_REF_NULL;
    Ty = E.RefType;
    break;
  case ConstExpr::RefFunc:
    Kind = WASMC_CONST_REF_FUNC;
    Ty = ValType::FuncRef;
    Index = E.Index;
    break;
  case ConstExpr::GlobalGet:
    Kind = WASMC_CONST_GLOBAL_GET;
    Ty = E.Index < WM.GlobalTypes.size() ? WM.GlobalTypes[E.Index].Type
                                         : ValType::I32;
    Index = E.Index;
    break;
  }
  return ConstantStruct::get(
      T.ConstExpr, {u8(Kind), u8(uint8_t(Ty)), u32(Index), value(Lo, Hi)});
}

Constant *DescriptorBuilder::limits(const Limits &L) {
  return ConstantStruct::get(T.Limits, {u64(L.Min), u64(L.Max.value_or(0)),
                                        u8(L.Max.has_value())});
}

Error DescriptorBuilder::build(ArrayRef<Function *> Trampolines) {
  createTypes();
  if (Error E = checkLayouts())
    return E;

  std::vector<Constant *> Types;
  for (const FuncType &FT : WM.Types)
    Types.push_back(ConstantStruct::get(T.TypeDesc, {string(FT.signature())}));

  std::vector<Constant *> Imports;
  uint32_t KindCount[4] = {0, 0, 0, 0};
  for (const Import &I : WM.Imports) {
    unsigned Kind = unsigned(I.Kind);
    uint32_t Index = KindCount[Kind & 3]++;
    Constant *Thunk = null();
    if (I.Kind == ExternKind::Func)
      if (Function *F = MC.LM.getFunction(
              (Twine(ImportThunkPrefix) + Twine(Index)).str()))
        Thunk = F;
    Imports.push_back(ConstantStruct::get(
        T.Import, {string(I.ModuleName), string(I.FieldName), u8(Kind),
                   u32(Index), Thunk, u32(I.ModuleName.size()),
                   u32(I.FieldName.size())}));
  }

  std::vector<Constant *> Funcs;
  for (uint32_t K = 0; K < WM.FuncTypes.size(); ++K) {
    auto Name = WM.FuncNames.find(K);
    Constant *NameC =
        Name == WM.FuncNames.end() ? null() : string(Name->second);
    Constant *Code = WM.isImportedFunc(K)
                         ? null()
                         : static_cast<Constant *>(MC.definedFunction(K));
    Funcs.push_back(
        ConstantStruct::get(T.Func, {NameC, Code, u32(WM.FuncTypes[K])}));
  }

  std::vector<Constant *> Tables;
  for (const TableType &TT : WM.Tables)
    Tables.push_back(
        ConstantStruct::get(T.Table, {limits(TT.Lim), u8(uint8_t(TT.Elem))}));

  std::vector<Constant *> Memories;
  for (const MemoryType &MT : WM.Memories)
    Memories.push_back(ConstantStruct::get(T.Memory, {limits(MT.Lim)}));

  std::vector<Constant *> Globals;
  for (uint32_t K = 0; K < WM.GlobalTypes.size(); ++K) {
    const GlobalType &GT = WM.GlobalTypes[K];
    Constant *Init = K < WM.NumImportedGlobals
                         ? zeroConstExpr(GT.Type)
                         : constExpr(WM.Globals[K - WM.NumImportedGlobals].Init);
    Globals.push_back(ConstantStruct::get(
        T.Global, {u8(uint8_t(GT.Type)), u8(GT.Mutable), Init}));
  }

  std::vector<Constant *> Exports;
  for (size_t K = 0; K < WM.Exports.size(); ++K) {
    const Export &E = WM.Exports[K];
    Constant *Tramp = K < Trampolines.size() && Trampolines[K]
                          ? static_cast<Constant *>(Trampolines[K])
                          : null();
    Exports.push_back(ConstantStruct::get(
        T.Export, {string(E.Name), u8(uint8_t(E.Kind)), u32(E.Index), Tramp,
                   u32(E.Name.size())}));
  }

  std::vector<Constant *> Datas;
  for (size_t K = 0; K < WM.Datas.size(); ++K) {
    const DataSegment &D = WM.Datas[K];
    Constant *Bytes = null();
    if (!D.Bytes.empty()) {
      Constant *Init = ConstantDataArray::get(MC.Ctx, D.Bytes);
      auto *GV = new GlobalVariable(MC.LM, Init->getType(), true,
                                    GlobalValue::PrivateLinkage, Init,
                                    "wasmc.data" + Twine(K));
      GV->setAlignment(Align(1));
      Bytes = GV;
    }
    Constant *Offset = D.Mode == SegmentMode::Active
                           ? constExpr(D.Offset)
                           : zeroConstExpr(ValType::I32);
    Datas.push_back(ConstantStruct::get(
        T.Data, {u8(uint8_t(D.Mode)), u32(D.Memory), Offset, Bytes,
                 u32(D.Bytes.size())}));
  }

  std::vector<Constant *> Elems;
  for (size_t K = 0; K < WM.Elems.size(); ++K) {
    const ElemSegment &S = WM.Elems[K];
    std::vector<Constant *> Items;
    for (const ConstExpr &Item : S.Items)
      Items.push_back(constExpr(Item));
    Constant *Offset = S.Mode == SegmentMode::Active
                           ? constExpr(S.Offset)
                           : zeroConstExpr(ValType::I32);
    Elems.push_back(ConstantStruct::get(
        T.Elem, {u8(uint8_t(S.Mode)), u8(uint8_t(S.ElemType)), u32(S.Table),
                 Offset, array(T.ConstExpr, Items, "wasmc.elem" + Twine(K)),
                 u32(Items.size())}));
  }

  // The linker defines these for the code section. On ELF they are weak so
  // that a module without functions (and so without the section) links;
  // ld64 defines its section$start/end symbols even for an empty section
  // ("\1": no global-prefix mangling).
  bool MachO = MC.isMachO();
  auto sectionBound = [&](const Twine &Name) {
    std::string N = Name.str();
    if (GlobalVariable *GV = MC.LM.getNamedGlobal(N))
      return GV;
    auto *GV = new GlobalVariable(
        MC.LM, MC.I8Ty, true,
        MachO ? GlobalValue::ExternalLinkage : GlobalValue::ExternalWeakLinkage,
        nullptr, N);
    GV->setVisibility(GlobalValue::HiddenVisibility);
    return GV;
  };
  Constant *CodeStart =
      MachO ? sectionBound(Twine("\1section$start$__TEXT$") + WASMC_CODE_SECTION)
            : sectionBound(Twine("__start_") + WASMC_CODE_SECTION);
  Constant *CodeEnd =
      MachO ? sectionBound(Twine("\1section$end$__TEXT$") + WASMC_CODE_SECTION)
            : sectionBound(Twine("__stop_") + WASMC_CODE_SECTION);

  int64_t Start = WM.Start ? int64_t(*WM.Start) : -1;
  Constant *Desc = ConstantStruct::get(
      T.ModuleDesc,
      {u32(WASMC_ABI_VERSION), u32(Types.size()),
       array(T.TypeDesc, Types, "wasmc.types"), u32(Imports.size()),
       array(T.Import, Imports, "wasmc.imports"), u32(Funcs.size()),
       array(T.Func, Funcs, "wasmc.funcs"), u32(Tables.size()),
       array(T.Table, Tables, "wasmc.tables"), u32(Memories.size()),
       array(T.Memory, Memories, "wasmc.memories"), u32(Globals.size()),
       array(T.Global, Globals, "wasmc.globals"), u32(Exports.size()),
       array(T.Export, Exports, "wasmc.exports"), u32(Datas.size()),
       array(T.Data, Datas, "wasmc.datas"), u32(Elems.size()),
       array(T.Elem, Elems, "wasmc.elems"), u64(uint64_t(Start)), CodeStart,
       CodeEnd,
       u8(MC.Opts.Bounds == BoundsChecks::Explicit ? WASMC_BOUNDS_EXPLICIT
                                                   : WASMC_BOUNDS_GUARD_PAGES)});
  new GlobalVariable(MC.LM, T.ModuleDesc, true, GlobalValue::ExternalLinkage,
                     Desc, WASMC_MODULE_DESCRIPTOR_SYMBOL);
  return Error::success();
}

Error buildDescriptor(ModuleContext &MC, ArrayRef<Function *> Trampolines) {
  return DescriptorBuilder(MC).build(Trampolines);
}

} // namespace wasmc
