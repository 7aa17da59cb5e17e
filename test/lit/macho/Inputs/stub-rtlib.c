// A stand-in for rtlib built for macOS (test/lit/macho), which cannot be
// built here without the SDK's headers: it defines the entry points compiled
// code calls and a main that references the module, so that the link is
// complete. Never run.
extern char wasmc_module_descriptor[];

void wasmc_rt_trap(void *Vmctx, int Code) { __builtin_trap(); }
void wasmc_rt_call_host(void) { __builtin_trap(); }
void wasmc_rt_stack_check(void *Vmctx) { __builtin_trap(); }
// Every export trampoline names the personality (an entry barrier for Wasm
// exceptions, docs/architecture.md); on Mach-O that reference is not weak.
int wasmc_rt_personality(void) { __builtin_trap(); }
long long wasmc_rt_memory_grow(void *Vmctx, int Mem, long long Delta) {
  return -1;
}
int main(void) { return wasmc_module_descriptor[0]; }
