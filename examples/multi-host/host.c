// Serves requests with several modules compiled by `wasmc --shared`, edge
// style: every request gets a fresh instance of its module, so no state
// leaks between requests, and a trap ends only its own request.
//   host MODULE.so... -- NAME:ARG...   (NAME is a module's file stem)
#include "wasmc/rtlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MaxModules = 16 };

static struct {
  char name[64];
  wasmc_module *module;
} modules[MaxModules];
static int num_modules;

static int load(const char *path) {
  if (num_modules == MaxModules)
    return 0;
  wasmc_outcome out;
  wasmc_module *m = wasmc_module_load(path, &out);
  if (!m) {
    fprintf(stderr, "%s: %s\n", path, out.message);
    return 0;
  }
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  size_t len = strcspn(base, ".");
  if (len >= sizeof(modules[0].name))
    len = sizeof(modules[0].name) - 1;
  memcpy(modules[num_modules].name, base, len);
  modules[num_modules].name[len] = '\0';
  modules[num_modules++].module = m;
  return 1;
}

static void serve(const char *request) {
  const char *colon = strchr(request, ':');
  size_t len = colon ? (size_t)(colon - request) : strlen(request);
  for (int i = 0; i < num_modules; ++i) {
    if (strlen(modules[i].name) != len ||
        memcmp(modules[i].name, request, len) != 0)
      continue;
    wasmc_outcome out;
    wasmc_instance_config config = {NULL, NULL, NULL};
    wasmc_instance *inst =
        wasmc_instantiate(wasmc_module_desc_of(modules[i].module), &config,
                          &out);
    if (!inst) {
      printf("%s: cannot instantiate: %s\n", request, out.message);
      return;
    }
    wasmc_value arg = {.i32 = colon ? atoi(colon + 1) : 0}, result;
    wasmc_instance_call(inst, "handle", &arg, 1, &result, 1, &out);
    if (out.kind == WASMC_OUTCOME_RETURNED)
      printf("%s -> %d\n", request, result.i32);
    else
      printf("%s -> error: %s\n", request, out.message);
    wasmc_instance_destroy(inst);
    return;
  }
  printf("%s -> no such module\n", request);
}

int main(int argc, char **argv) {
  if (wasmc_runtime_init() != 0)
    return 1;
  int i = 1;
  for (; i < argc && strcmp(argv[i], "--") != 0; ++i)
    if (!load(argv[i]))
      return 1;
  for (++i; i < argc; ++i)
    serve(argv[i]);
  for (int m = 0; m < num_modules; ++m)
    wasmc_module_unload(modules[m].module);
  return 0;
}
