// Loads the guest compiled by wasmc_add_module, calls its exports, and gets
// a trap back as a value: the host keeps running.
#include "wasmc/rtlib.h"

#include <stdio.h>

int main(void) {
  wasmc_outcome out;
  if (wasmc_runtime_init() != 0)
    return 1;
  wasmc_module *mod = wasmc_module_load(GUEST_SO, &out);
  if (!mod) {
    fprintf(stderr, "load: %s\n", out.message);
    return 1;
  }
  wasmc_instance_config config = {NULL, NULL, NULL};
  wasmc_instance *inst =
      wasmc_instantiate(wasmc_module_desc_of(mod), &config, &out);
  if (!inst) {
    fprintf(stderr, "instantiate: %s\n", out.message);
    return 1;
  }
  wasmc_value arg = {.i32 = 90}, result;
  wasmc_instance_call(inst, "fib", &arg, 1, &result, 1, &out);
  if (out.kind != WASMC_OUTCOME_RETURNED)
    return 1;
  printf("fib(90) = %lld\n", (long long)result.i64);

  wasmc_value args[2] = {{.i32 = 7}, {.i32 = 0}};
  wasmc_instance_call(inst, "div", args, 2, &result, 1, &out);
  printf("div(7, 0): %s\n", out.kind == WASMC_OUTCOME_TRAPPED
                                ? out.message
                                : "no trap");
  wasmc_instance_destroy(inst);
  wasmc_module_unload(mod);
  return 0;
}
