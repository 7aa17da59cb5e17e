//===- instance/Fuel.cpp - Instruction budgets ----------------------------===//
//
// Code compiled with --fuel-metering subtracts what it runs from
// vmctx->fuel (compiler/lower/FuelMetering.cpp) and traps with
// WASMC_TRAP_OUT_OF_FUEL at a check once the count is negative. The count
// is signed so that an overrun (the straight-line run before the next
// check) stays visible as a negative number instead of wrapping.
//
//===----------------------------------------------------------------------===//
#include "instance/Instance.h"

using namespace wasmc::rt;

int64_t wasmc::rt::fuelBudget(uint64_t Units) {
  return Units == 0 || Units > uint64_t(INT64_MAX) ? INT64_MAX : int64_t(Units);
}

extern "C" int wasmc_instance_set_fuel(wasmc_instance *I, uint64_t Fuel) {
  if (!I || !I->Desc->fuel_checks)
    return -1;
  I->Vmctx.fuel = fuelBudget(Fuel);
  return 0;
}

extern "C" int wasmc_instance_get_fuel(const wasmc_instance *I,
                                       uint64_t *Fuel) {
  if (!I || !Fuel || !I->Desc->fuel_checks)
    return -1;
  *Fuel = I->Vmctx.fuel < 0 ? 0 : uint64_t(I->Vmctx.fuel);
  return 0;
}
