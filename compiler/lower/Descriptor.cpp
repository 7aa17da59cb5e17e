//===- Descriptor.cpp - The wasmc_module_descriptor constant -------------===//
//
// rtlib instantiates a module from this one constant (abi.h). Each C struct
// is listed once, field by field (createTypes): the LLVM type of a field
// follows from its C type, and the offsets and size are the C ones that
// abi.h has in this very compiler. LLVM lays out a non-packed struct with the
// same rules as the C ABI, and checkLayout compares the two, so a drift is an
// error rather than a silently corrupt descriptor.
//
//===----------------------------------------------------------------------===//
#include "lower/ModuleLowering.h"
#include "reader/TypeRelations.h"
#include "support/Diagnostic.h"
#include "wasmc/abi.h"
#include "llvm/ADT/StringMap.h"
#include <cstddef>
#include <type_traits>
#include <utility>
#include <vector>

using namespace llvm;

namespace wasmc {
namespace {

/// What a descriptor field's C type is to LLVM.
enum class FieldKind { U8, U32, U64, Ptr, Value, Limits, ConstExpr };

template <typename T> constexpr FieldKind fieldKind() {
  if constexpr (std::is_pointer_v<T>)
    return FieldKind::Ptr;
  else if constexpr (std::is_same_v<T, wasmc_value>)
    return FieldKind::Value;
  else if constexpr (std::is_same_v<T, wasmc_limits>)
    return FieldKind::Limits;
  else if constexpr (std::is_same_v<T, wasmc_const_expr>)
    return FieldKind::ConstExpr;
  else {
    static_assert(std::is_integral_v<T> &&
                      (sizeof(T) == 1 || sizeof(T) == 4 || sizeof(T) == 8),
                  "a descriptor field of a type the compiler cannot lay out");
    return sizeof(T) == 1   ? FieldKind::U8
           : sizeof(T) == 4 ? FieldKind::U32
                            : FieldKind::U64;
  }
}

struct CField {
  size_t Offset;
  FieldKind Kind;
};

/// A descriptor struct as this compiler's abi.h has it: the one table from
/// which its LLVM type is built and against which that type's layout on the
/// target is checked. Fields are listed in declaration order.
struct CStruct {
  const char *Name;
  size_t Size, Align;
  std::vector<CField> Fields;
};

struct DescriptorTypes {
  ArrayType *Value; // wasmc_value: 16 bytes, 8-aligned
  StructType *ConstExpr, *TypeDesc, *Import, *Export, *Func, *Limits, *Table,
      *Memory, *Global, *Data, *Elem, *AddrMap, *ModuleDesc;
};

class DescriptorBuilder {
public:
  explicit DescriptorBuilder(ModuleContext &MC) : MC(MC), WM(MC.WM) {}
  Error build(ArrayRef<Function *> Trampolines);

private:
  ModuleContext &MC;
  const Module &WM;
  DescriptorTypes T{};
  StringMap<Constant *> Strings;
  unsigned NumConstInits = 0;

  Error createTypes();
  Constant *emptyAddressMap();
  Type *fieldType(FieldKind K) const;
  ConstantInt *u8(uint64_t V) { return ConstantInt::get(MC.I8Ty, V); }
  ConstantInt *u32(uint64_t V) { return ConstantInt::get(MC.I32Ty, V); }
  ConstantInt *u64(uint64_t V) { return ConstantInt::get(MC.I64Ty, V); }
  Constant *null() { return ConstantPointerNull::get(MC.PtrTy); }
  Constant *string(StringRef S);
  /// The `exact` of a table's or global's type (abi.h), or null.
  Constant *exactOf(ValType T) {
    std::optional<std::string> S = exactRefType(T);
    return S ? string(*S) : null();
  }
  Constant *array(StructType *Elt, ArrayRef<Constant *> Elts,
                  const Twine &Name);
  Constant *value(uint64_t Lo, uint64_t Hi);
  Constant *constExpr(const ConstExpr &E);
  Constant *zeroConstExpr(ValType Ty);
  Constant *limits(const Limits &L);
};

} // namespace

/// The wasmc_valtype of T: its encoding for numbers and vectors, the top
/// of its hierarchy (WASMC_FUNCREF, WASMC_EXTERNREF) for references.
static uint8_t abiType(ValType T) {
  if (!T.isRef())
    return static_cast<uint8_t>(T.code());
  return TypeRelations::top(T.heap()) == HeapType::Extern ? WASMC_EXTERNREF
                                                          : WASMC_FUNCREF;
}

/// Compares an LLVM struct's layout on the target with the C struct's.
static Error checkLayout(const DataLayout &DL, StructType *ST,
                         const CStruct &C) {
  const StructLayout *SL = DL.getStructLayout(ST);
  bool Same =
      SL->getSizeInBytes() == C.Size && SL->getAlignment().value() == C.Align;
  for (size_t K = 0; Same && K < C.Fields.size(); ++K)
    Same = SL->getElementOffset(K) == C.Fields[K].Offset;
  if (Same)
    return Error::success();
  return makeError("internal: the target's layout of " + ST->getName() +
                   " differs from abi.h; this target is not supported");
}

template <typename T> static CField field(size_t Offset) {
  return {Offset, fieldKind<T>()};
}

template <typename S>
static CStruct cStruct(const char *Name, std::vector<CField> Fields) {
  return {Name, sizeof(S), alignof(S), std::move(Fields)};
}

#define FIELD(S, F) field<decltype(S::F)>(offsetof(S, F))
#define STRUCT(S, ...) cStruct<S>(#S, {__VA_ARGS__})

Error DescriptorBuilder::createTypes() {
  const DataLayout &DL = MC.LM.getDataLayout();
  T.Value = ArrayType::get(MC.I64Ty, 2);
  if (DL.getTypeAllocSize(T.Value) != sizeof(wasmc_value) ||
      DL.getABITypeAlign(T.Value).value() != alignof(wasmc_value))
    return makeError("internal: the target's layout of wasmc_value differs "
                     "from abi.h; this target is not supported");

  // Nested structs before the structs that hold them.
  const std::pair<StructType **, CStruct> Structs[] = {
      {&T.ConstExpr,
       STRUCT(wasmc_const_expr, FIELD(wasmc_const_expr, kind),
              FIELD(wasmc_const_expr, type), FIELD(wasmc_const_expr, index),
              FIELD(wasmc_const_expr, value),
              FIELD(wasmc_const_expr, init))},
      {&T.TypeDesc,
       STRUCT(wasmc_type_desc, FIELD(wasmc_type_desc, signature),
              FIELD(wasmc_type_desc, exact), FIELD(wasmc_type_desc, rec_size),
              FIELD(wasmc_type_desc, rec_index),
              FIELD(wasmc_type_desc, open))},
      {&T.Import,
       STRUCT(wasmc_import_desc, FIELD(wasmc_import_desc, module),
              FIELD(wasmc_import_desc, name), FIELD(wasmc_import_desc, kind),
              FIELD(wasmc_import_desc, index),
              FIELD(wasmc_import_desc, host_thunk),
              FIELD(wasmc_import_desc, module_len),
              FIELD(wasmc_import_desc, name_len))},
      {&T.Export,
       STRUCT(wasmc_export_desc, FIELD(wasmc_export_desc, name),
              FIELD(wasmc_export_desc, kind), FIELD(wasmc_export_desc, index),
              FIELD(wasmc_export_desc, trampoline),
              FIELD(wasmc_export_desc, name_len))},
      {&T.Func, STRUCT(wasmc_func_desc, FIELD(wasmc_func_desc, name),
                       FIELD(wasmc_func_desc, code),
                       FIELD(wasmc_func_desc, type_index),
                       FIELD(wasmc_func_desc, code_kind),
                       FIELD(wasmc_func_desc, body))},
      {&T.Limits,
       STRUCT(wasmc_limits, FIELD(wasmc_limits, min), FIELD(wasmc_limits, max),
              FIELD(wasmc_limits, has_max), FIELD(wasmc_limits, is64))},
      {&T.Table, STRUCT(wasmc_table_desc, FIELD(wasmc_table_desc, limits),
                        FIELD(wasmc_table_desc, elem_type),
                        FIELD(wasmc_table_desc, init),
                        FIELD(wasmc_table_desc, exact))},
      {&T.Memory, STRUCT(wasmc_memory_desc, FIELD(wasmc_memory_desc, limits))},
      {&T.Global, STRUCT(wasmc_global_desc, FIELD(wasmc_global_desc, type),
                         FIELD(wasmc_global_desc, mutable_),
                         FIELD(wasmc_global_desc, init),
                         FIELD(wasmc_global_desc, exact))},
      {&T.Data,
       STRUCT(wasmc_data_desc, FIELD(wasmc_data_desc, mode),
              FIELD(wasmc_data_desc, memory), FIELD(wasmc_data_desc, offset),
              FIELD(wasmc_data_desc, bytes), FIELD(wasmc_data_desc, size))},
      {&T.Elem,
       STRUCT(wasmc_elem_desc, FIELD(wasmc_elem_desc, mode),
              FIELD(wasmc_elem_desc, elem_type), FIELD(wasmc_elem_desc, table),
              FIELD(wasmc_elem_desc, offset), FIELD(wasmc_elem_desc, items),
              FIELD(wasmc_elem_desc, count))},
      {&T.AddrMap,
       STRUCT(wasmc_addr_map, FIELD(wasmc_addr_map, num_ranges),
              FIELD(wasmc_addr_map, ranges), FIELD(wasmc_addr_map, rows),
              FIELD(wasmc_addr_map, locs), FIELD(wasmc_addr_map, inlines),
              FIELD(wasmc_addr_map, num_files),
              FIELD(wasmc_addr_map, files))},
      {&T.ModuleDesc,
       STRUCT(
           wasmc_module_desc, FIELD(wasmc_module_desc, abi_version),
           FIELD(wasmc_module_desc, num_types), FIELD(wasmc_module_desc, types),
           FIELD(wasmc_module_desc, num_imports),
           FIELD(wasmc_module_desc, imports),
           FIELD(wasmc_module_desc, num_funcs), FIELD(wasmc_module_desc, funcs),
           FIELD(wasmc_module_desc, num_tables),
           FIELD(wasmc_module_desc, tables),
           FIELD(wasmc_module_desc, num_memories),
           FIELD(wasmc_module_desc, memories),
           FIELD(wasmc_module_desc, num_globals),
           FIELD(wasmc_module_desc, globals),
           FIELD(wasmc_module_desc, num_exports),
           FIELD(wasmc_module_desc, exports),
           FIELD(wasmc_module_desc, num_datas), FIELD(wasmc_module_desc, datas),
           FIELD(wasmc_module_desc, num_elems), FIELD(wasmc_module_desc, elems),
           FIELD(wasmc_module_desc, start_func),
           FIELD(wasmc_module_desc, code_start),
           FIELD(wasmc_module_desc, code_end),
           FIELD(wasmc_module_desc, bounds_checks),
           FIELD(wasmc_module_desc, start_entry),
           FIELD(wasmc_module_desc, addr_map),
           FIELD(wasmc_module_desc, epoch_checks),
           FIELD(wasmc_module_desc, fuel_checks),
           FIELD(wasmc_module_desc, num_tags), FIELD(wasmc_module_desc, tags),
           FIELD(wasmc_module_desc, memory_images))},
  };
  for (const auto &[Slot, C] : Structs) {
    SmallVector<Type *, 24> Elts;
    for (const CField &F : C.Fields)
      Elts.push_back(fieldType(F.Kind));
    *Slot = StructType::create(MC.Ctx, Elts, C.Name);
    if (Error E = checkLayout(DL, *Slot, C))
      return E;
  }
  return Error::success();
}

#undef FIELD
#undef STRUCT

Type *DescriptorBuilder::fieldType(FieldKind K) const {
  switch (K) {
  case FieldKind::U8:
    return MC.I8Ty;
  case FieldKind::U32:
    return MC.I32Ty;
  case FieldKind::U64:
    return MC.I64Ty;
  case FieldKind::Ptr:
    return MC.PtrTy;
  case FieldKind::Value:
    return T.Value;
  case FieldKind::Limits:
    assert(T.Limits && "wasmc_limits is created before the structs holding it");
    return T.Limits;
  case FieldKind::ConstExpr:
    assert(T.ConstExpr && "wasmc_const_expr is created before its users");
    return T.ConstExpr;
  }
  llvm_unreachable("unknown field kind");
}

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
                                           u8(abiType(Ty)), u32(0),
                                           value(0, 0), null()});
}

Constant *DescriptorBuilder::constExpr(const ConstExpr &E) {
  uint8_t Kind = WASMC_CONST_VALUE;
  ValType Ty = ValType::I32;
  uint32_t Index = 0;
  uint64_t Lo = 0, Hi = 0;
  Constant *Init = null();
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
  case ConstExpr::Program:
    // Validated: integer arithmetic, so the last instruction names the type.
    Kind = WASMC_CONST_INIT_FUNC;
    Ty = E.Ops.back().K <= ConstExpr::I32Mul ? ValType::I32 : ValType::I64;
    Init = buildConstExprInit(MC, E, "wasmc_const_init_" +
                                         Twine(NumConstInits++));
    break;
  default:
    llvm_unreachable("arithmetic only inside a Program");
  }
  return ConstantStruct::get(T.ConstExpr, {u8(Kind), u8(abiType(Ty)),
                                           u32(Index), value(Lo, Hi), Init});
}

Constant *DescriptorBuilder::limits(const Limits &L) {
  return ConstantStruct::get(T.Limits, {u64(L.Min), u64(L.Max.value_or(0)),
                                        u8(L.Max.has_value()), u8(L.Is64)});
}

Error DescriptorBuilder::build(ArrayRef<Function *> Trampolines) {
  if (Error E = createTypes())
    return E;

  std::vector<Constant *> Types;
  for (const FuncType &FT : WM.Types) {
    std::optional<std::string> Exact = FT.exactSignature();
    Types.push_back(ConstantStruct::get(
        T.TypeDesc, {string(FT.signature()), Exact ? string(*Exact) : null(),
                     u32(FT.RecSize), u32(FT.RecIndex), u8(!FT.Final)}));
  }

  std::vector<Constant *> Imports;
  uint32_t KindCount[5] = {0, 0, 0, 0, 0};
  for (const Import &I : WM.Imports) {
    unsigned Kind = unsigned(I.Kind);
    uint32_t Index = KindCount[Kind]++;
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
    Constant *Code = null(), *Body = null();
    uint8_t CodeKind = WASMC_CODE_BODY;
    if (!WM.isImportedFunc(K)) {
      Body = MC.definedFunction(K);
      if (Function *Entry = MC.functionEntry(K))
        Code = Entry;
      if (MC.entryKind(K) == EntryKind::Copy)
        CodeKind = WASMC_CODE_COPY;
      else if (MC.entryKind(K) == EntryKind::Call)
        CodeKind = WASMC_CODE_ENTRY;
    }
    Funcs.push_back(ConstantStruct::get(
        T.Func, {NameC, Code, u32(WM.FuncTypes[K]), u8(CodeKind), Body}));
  }

  std::vector<Constant *> Tables;
  for (uint32_t K = 0; K < WM.Tables.size(); ++K) {
    const TableType &TT = WM.Tables[K];
    uint32_t Defined = K - WM.NumImportedTables;
    Constant *Init = K >= WM.NumImportedTables && Defined < WM.TableInits.size()
                         ? constExpr(WM.TableInits[Defined])
                         : zeroConstExpr(TT.Elem);
    Tables.push_back(ConstantStruct::get(
        T.Table, {limits(TT.Lim), u8(abiType(TT.Elem)), Init,
                  exactOf(TT.Elem)}));
  }

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
        T.Global, {u8(abiType(GT.Type)), u8(GT.Mutable), Init,
                   exactOf(GT.Type)}));
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
        T.Elem, {u8(uint8_t(S.Mode)), u8(abiType(S.ElemType)), u32(S.Table),
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

  Constant *Tags = null();
  if (!WM.TagTypes.empty()) {
    ArrayType *ATy = ArrayType::get(MC.I32Ty, WM.TagTypes.size());
    std::vector<Constant *> TypeIdx;
    for (uint32_t Ty : WM.TagTypes)
      TypeIdx.push_back(u32(Ty));
    Tags = new GlobalVariable(MC.LM, ATy, true, GlobalValue::PrivateLinkage,
                              ConstantArray::get(ATy, TypeIdx), "wasmc.tags");
  }

  // Writable and zero: rtlib fills a slot when it makes that memory's
  // image.
  Constant *Images = null();
  if (!Memories.empty()) {
    ArrayType *ATy = ArrayType::get(MC.PtrTy, Memories.size());
    Images = new GlobalVariable(MC.LM, ATy, /*isConstant=*/false,
                                GlobalValue::PrivateLinkage,
                                ConstantAggregateZero::get(ATy),
                                "wasmc.memory_images");
  }

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
                                                   : WASMC_BOUNDS_GUARD_PAGES),
       WM.Start ? static_cast<Constant *>(buildStartEntry(MC, *WM.Start))
                : ConstantPointerNull::get(MC.PtrTy),
       emptyAddressMap(), u8(MC.Opts.EpochChecks), u8(MC.Opts.FuelMetering),
       u32(WM.TagTypes.size()),
       Tags, Images});
  new GlobalVariable(MC.LM, T.ModuleDesc, true, GlobalValue::ExternalLinkage,
                     Desc, WASMC_MODULE_DESCRIPTOR_SYMBOL);
  return Error::success();
}

/// The map of native code to Wasm offsets can only be built once the code
/// exists (codegen/AddressMap.cpp); until the linker brings that one in,
/// which replaces this weak definition, the map is empty. Hidden: each
/// shared object has its own.
Constant *DescriptorBuilder::emptyAddressMap() {
  auto *GV = new GlobalVariable(MC.LM, T.AddrMap, /*isConstant=*/true,
                                GlobalValue::WeakAnyLinkage,
                                Constant::getNullValue(T.AddrMap),
                                WASMC_ADDR_MAP_SYMBOL);
  GV->setVisibility(GlobalValue::HiddenVisibility);
  return GV;
}

Error buildDescriptor(ModuleContext &MC, ArrayRef<Function *> Trampolines) {
  return DescriptorBuilder(MC).build(Trampolines);
}

} // namespace wasmc
