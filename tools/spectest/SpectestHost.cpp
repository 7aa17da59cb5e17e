//===- SpectestHost.cpp - The spec tests' "spectest" module ---------------===//
#include "SpectestHost.h"

namespace wasmc {
namespace spectest {

// The interpreter prints the arguments; nothing checks that output, so the
// runner keeps its own output readable and prints nothing.
static int32_t print(void *, const wasmc_value *, wasmc_value *) { return 0; }

bool defineSpectest(wasmc_linker *Linker, std::string &Err) {
  static const struct {
    const char *Name;
    const char *Signature;
  } Prints[] = {
      {"print", ":"},         {"print_i32", "i:"},     {"print_i64", "I:"},
      {"print_f32", "f:"},    {"print_f64", "F:"},     {"print_i32_f32", "if:"},
      {"print_f64_f64", "FF:"},
  };
  wasmc_extern Ext;
  for (const auto &P : Prints) {
    wasmc_extern_host_func(P.Signature, print, nullptr, &Ext);
    if (wasmc_linker_define(Linker, "spectest", P.Name, &Ext) != 0) {
      Err = "out of memory defining spectest";
      return false;
    }
  }

  // Cells must outlive every importer: the child process ends with the
  // script, so they simply live as long as the process.
  static wasmc_global Globals[4];
  Globals[0].i32 = 666;
  Globals[1].i64 = 666;
  Globals[2].f32 = 666.6f;
  Globals[3].f64 = 666.6;
  static const struct {
    const char *Name;
    uint8_t Type;
  } GlobalNames[] = {{"global_i32", WASMC_I32},
                     {"global_i64", WASMC_I64},
                     {"global_f32", WASMC_F32},
                     {"global_f64", WASMC_F64}};
  for (unsigned G = 0; G < 4; ++G) {
    wasmc_extern_global(&Globals[G], GlobalNames[G].Type, 0, &Ext);
    if (wasmc_linker_define(Linker, "spectest", GlobalNames[G].Name, &Ext)) {
      Err = "out of memory defining spectest";
      return false;
    }
  }

  wasmc_outcome Out;
  // The spec's spectest table is (table 10 20 funcref): a host table of
  // WASMC_FUNCREF has exactly that element type, (ref null func).
  wasmc_table *Table = wasmc_table_new(WASMC_FUNCREF, 10, 20, 1, nullptr, &Out);
  if (!Table) {
    Err = std::string("spectest table: ") + Out.message;
    return false;
  }
  wasmc_extern_table(Table, &Ext);
  if (wasmc_linker_define(Linker, "spectest", "table", &Ext)) {
    Err = "out of memory defining spectest";
    return false;
  }
  // The 3.0 scripts' table64 (the reference interpreter's: i64 10..20).
  wasmc_table *Table64 =
      wasmc_table64_new(WASMC_FUNCREF, 10, 20, 1, nullptr, &Out);
  if (!Table64) {
    Err = std::string("spectest table64: ") + Out.message;
    return false;
  }
  wasmc_extern_table(Table64, &Ext);
  if (wasmc_linker_define(Linker, "spectest", "table64", &Ext)) {
    Err = "out of memory defining spectest";
    return false;
  }
  wasmc_memory *Memory = wasmc_memory_new(1, 2, 1, &Out);
  if (!Memory) {
    Err = std::string("spectest memory: ") + Out.message;
    return false;
  }
  wasmc_extern_memory(Memory, &Ext);
  if (wasmc_linker_define(Linker, "spectest", "memory", &Ext)) {
    Err = "out of memory defining spectest";
    return false;
  }
  return true;
}

} // namespace spectest
} // namespace wasmc
