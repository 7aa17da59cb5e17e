// Runs a Ruby script in CRuby 3.4's reactor module (@ruby/3.4-wasm-wasi
// 2.10.1, ruby+stdlib.wasm) compiled by `wasmc --shared`: the calls that the
// npm package's RubyVM makes, through wasmc's embedding API. ruby_node.mjs
// makes the same calls under node, whose output this must match.
//   wasmc --shared -O0 ruby.wasm -o ruby.so
//   L=<build>/lib/wasmc/x86_64-linux-gnu
//   cc -O1 -Wall -I<wasmc>/rtlib/include ruby_host.c -o ruby_host
//      -L$L -lrtlib -Wl,-rpath,$L
//   ./ruby_host ruby.so SCRIPT.rb | -e CODE
// Exit status: 0 when the script ran, 1 when it raised (the exception goes
// to stderr), 2 when the module called a JS-host import (the `js` gem),
// trapped or could not be loaded.
#include "wasmc/rtlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static wasmc_instance *inst;

static void fail(const char *what, const wasmc_outcome *out) {
  fprintf(stderr, "ruby_host: %s: %s\n", what, out->message);
  if (out->kind == WASMC_OUTCOME_TRAPPED)
    wasmc_print_trap(2, out);
  exit(out->kind == WASMC_OUTCOME_EXITED ? out->exit_code : 2);
}

static void call(const char *name, const wasmc_value *args, uint32_t num_args,
                 wasmc_value *results, uint32_t num_results) {
  wasmc_outcome out;
  wasmc_instance_call(inst, name, args, num_args, results, num_results, &out);
  if (out.kind != WASMC_OUTCOME_RETURNED)
    fail(name, &out);
}

static uint8_t *memory(void) {
  wasmc_extern mem;
  if (!wasmc_instance_get_export(inst, "memory", &mem)) {
    fputs("ruby_host: no memory export\n", stderr);
    exit(2);
  }
  return mem.memory->base; // never moves, even when the memory grows
}

// Copies `s` into guest memory, NUL-terminated as the guest's C code
// expects; like the npm package, the length counts the NUL (Ruby's parser
// stops there). Returns the address and sets *len.
static int32_t guest_string(const char *s, int32_t *len) {
  *len = (int32_t)strlen(s) + 1;
  wasmc_value args[4] = {{.i32 = 0}, {.i32 = 0}, {.i32 = 1}, {.i32 = *len}};
  wasmc_value ptr;
  call("cabi_realloc", args, 4, &ptr, 1);
  memcpy(memory() + (uint32_t)ptr.i32, s, (size_t)*len);
  return ptr.i32;
}

// Evaluates `code` at top level; returns rb_protect's state (0: no raise).
static int32_t eval_ruby(const char *code) {
  wasmc_value args[2];
  args[0].i32 = guest_string(code, &args[1].i32);
  wasmc_value ret;
  call("rb-eval-string-protect: func(str: string) -> "
       "tuple<handle<rb-abi-value>, s32>",
       args, 2, &ret, 1);
  int32_t state;
  memcpy(&state, memory() + (uint32_t)ret.i32 + 4, 4);
  return state;
}

// Any import of the JS host: a plain script never calls one.
static int32_t unexpected_import(void *env, const wasmc_value *args,
                                 wasmc_value *results) {
  const wasmc_import_desc *imp = env;
  fprintf(stderr, "ruby_host: unexpected call to import %s.%s\n", imp->module,
          imp->name);
  return WASMC_TRAP_HOST;
}

// rb-eval-string-protect hands its result out as a resource handle; the
// handle is the guest's own value (the npm package keeps a slab instead,
// but nothing here looks it up).
static int32_t identity(void *env, const wasmc_value *args,
                        wasmc_value *results) {
  results[0] = args[0];
  return 0;
}

static int resolve(void *user, const wasmc_import_desc *imp,
                   wasmc_extern *out) {
  const wasmc_module_desc *desc = user;
  if (strcmp(imp->module, "wasi_snapshot_preview1") == 0)
    return wasmc_resolve_wasi(NULL, imp, out);
  if (imp->kind != WASMC_EXTERN_FUNC)
    return 0;
  const char *sig = desc->types[desc->funcs[imp->index].type_index].signature;
  int is_handle = strcmp(imp->module, "canonical_abi") == 0 &&
                  (strcmp(imp->name, "resource_new_rb-abi-value") == 0 ||
                   strcmp(imp->name, "resource_get_rb-abi-value") == 0);
  wasmc_extern_host_func(sig, is_handle ? identity : unexpected_import,
                         (void *)imp, out);
  return 1;
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    exit(2);
  }
  size_t cap = 1 << 16, len = 0, n;
  char *buf = malloc(cap);
  while (buf && (n = fread(buf + len, 1, cap - len - 1, f)) > 0)
    if ((len += n) == cap - 1)
      buf = realloc(buf, cap *= 2);
  fclose(f);
  if (!buf)
    exit(2);
  buf[len] = '\0';
  return buf;
}

int main(int argc, char **argv) {
  int inline_code = argc == 4 && strcmp(argv[2], "-e") == 0;
  if (argc != 3 && !inline_code) {
    fputs("usage: ruby_host ruby.so SCRIPT.rb | -e CODE\n", stderr);
    return 2;
  }
  const char *script = inline_code ? argv[3] : read_file(argv[2]);

  wasmc_outcome out;
  if (wasmc_runtime_init() != 0)
    return 2;
  wasmc_module *mod = wasmc_module_load(argv[1], &out);
  if (!mod)
    fail(argv[1], &out);
  const wasmc_module_desc *desc = wasmc_module_desc_of(mod);
  // No WASI config: stdio only, no arguments or environment, as in node.
  wasmc_instance_config config = {.resolve = resolve, .resolve_data = (void *)desc};
  inst = wasmc_instantiate(desc, &config, &out);
  if (!inst)
    fail("instantiate", &out);

  // What RubyVM.instantiateModule does: _initialize, then ruby-init with
  // its default arguments, whose `-e_=0` makes ruby_options set up the load
  // path.
  call("_initialize", NULL, 0, NULL, 0);
  static const char *const ruby_args[] = {"ruby.wasm", "-EUTF-8", "-e_=0"};
  int32_t list[6];
  for (int i = 0; i < 3; ++i)
    list[2 * i] = guest_string(ruby_args[i], &list[2 * i + 1]);
  wasmc_value realloc_args[4] = {
      {.i32 = 0}, {.i32 = 0}, {.i32 = 4}, {.i32 = sizeof(list)}};
  wasmc_value init_args[2] = {{.i32 = 0}, {.i32 = 3}};
  call("cabi_realloc", realloc_args, 4, &init_args[0], 1);
  memcpy(memory() + (uint32_t)init_args[0].i32, list, sizeof(list));
  call("ruby-init: func(args: list<string>) -> ()", init_args, 2, NULL, 0);
  call("ruby-init-loadpath: func() -> ()", NULL, 0, NULL, 0);

  int32_t state = eval_ruby(script);
  // $! is still the exception rb_protect caught. A reactor never reaches
  // ruby_cleanup, which is what flushes a non-tty STDOUT at exit in ruby.
  if (state != 0)
    eval_ruby("STDERR.puts($!.full_message(highlight: false))");
  eval_ruby("STDOUT.flush");
  return state == 0 ? 0 : 1;
}
