//===- Values.h - Script values against runtime values --------------*- C++ -*-===//
//
// Arguments become wasmc_value slots typed by the export's signature
// letter (abi.h notation: i I f F v r e); results are compared with the
// script's expectations: exact bits for numbers (so -0.0 and NaN payloads
// count), the spec's NaN classes for nan:canonical / nan:arithmetic, lane
// by lane for v128 in the lane type the script names, and null / host
// value identity for references.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_SPECTEST_VALUES_H
#define WASMC_SPECTEST_VALUES_H

#include "Script.h"

#include "wasmc/abi.h"

#include <string>

namespace wasmc {
namespace spectest {

/// The wasmc_valtype of a signature letter, or 0.
uint8_t typeOfLetter(char Letter);

/// The host reference that stands for the script's `ref.extern N`.
void *externRef(uint64_t N);

/// Fills Out from V; false (with Err) if V does not fit the letter's type.
bool toWasmValue(const ScriptValue &V, char Letter, wasmc_value &Out,
                 std::string &Err);

/// Whether Got (of the type of Letter) matches Expected.
bool matches(const ScriptValue &Expected, char Letter, const wasmc_value &Got);

/// Human-readable forms for failure messages; v128 values are shown in
/// LaneType's lanes (Script.h codes; 0: i32 lanes).
std::string formatValue(char Letter, const wasmc_value &V,
                        uint8_t LaneType = 0);
std::string formatExpected(const ScriptValue &V);

} // namespace spectest
} // namespace wasmc

#endif
