//===- exceptions/Throw.cpp - throw, throw_ref and uncaught exceptions ----===//
#include "exceptions/Exceptions.h"
#include "instance/Instance.h"
#include "traps/TrapState.h"

#include <stdlib.h>
#include <string.h>
#include <unwind.h>

namespace wasmc {
namespace rt {

static_assert(sizeof(_Unwind_Exception) == sizeof(wasmc_exception::unwind_header),
              "abi.h's wasmc_exception header must be an _Unwind_Exception");
static_assert(offsetof(wasmc_exception, tag) == WASMC_EXCEPTION_TAG, "");
static_assert(offsetof(wasmc_exception, values) == WASMC_EXCEPTION_VALUES, "");

static _Unwind_Exception *header(wasmc_exception *E) {
  return reinterpret_cast<_Unwind_Exception *>(E->unwind_header);
}

void releaseException(wasmc_exception *E) {
  if (E && !E->escaped && E != TS.Uncaught)
    free(E);
}

/// What a foreign runtime calls when it disposes of one of ours.
static void cleanupException(_Unwind_Reason_Code, _Unwind_Exception *H) {
  releaseException(reinterpret_cast<wasmc_exception *>(H));
}

/// No Wasm frame below the innermost entry handles E: the call ends with
/// WASMC_OUTCOME_EXCEPTION, and the backtrace of where it was thrown.
[[noreturn]] __attribute__((noinline)) static void uncaught(wasmc_exception *E) {
  wasmc_exception *Previous = TS.Uncaught;
  TS.Uncaught = E;
  if (Previous != E)
    releaseException(Previous);
  TS.Kind = WASMC_OUTCOME_EXCEPTION;
  TS.TrapCode = 0;
  uintptr_t FP = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  const uintptr_t *Frame = reinterpret_cast<const uintptr_t *>(FP);
  recordBacktrace(Frame[1], Frame[0], /*PCIsReturnAddress=*/true);
  unwindToEntry();
}

[[noreturn]] static void raise(wasmc_exception *E) {
  _Unwind_Exception *H = header(E);
  memset(H, 0, sizeof(*H));
  H->exception_class = ExceptionClass;
  H->exception_cleanup = cleanupException;
  // Returns only when the search found no handler (see Exceptions.h).
  _Unwind_RaiseException(H);
  uncaught(E);
}

} // namespace rt
} // namespace wasmc

using namespace wasmc::rt;

// Compiled code refers to the personality weakly (ModuleContext::personality):
// whatever throws brings it into a static link.
extern "C" _Unwind_Reason_Code wasmc_rt_personality(int, _Unwind_Action,
                                                    uint64_t,
                                                    _Unwind_Exception *,
                                                    _Unwind_Context *);
__attribute__((used)) static const void *const KeepPersonality =
    reinterpret_cast<const void *>(&wasmc_rt_personality);

extern "C" void wasmc_rt_throw(wasmc_vmctx *Vmctx, int32_t Tag,
                               const wasmc_value *Values) {
  const wasmc_tag *T = Vmctx->tags[Tag];
  size_t Size = sizeof(wasmc_exception) + T->num_values * sizeof(wasmc_value);
  auto *E = static_cast<wasmc_exception *>(
      aligned_alloc(alignof(wasmc_exception), (Size + 15) & ~size_t(15)));
  if (!E)
    trapFromHost(WASMC_TRAP_OUT_OF_MEMORY);
  E->tag = T;
  E->num_values = T->num_values;
  E->escaped = 0;
  if (T->num_values)
    memcpy(E->values, Values, T->num_values * sizeof(wasmc_value));
  raise(E);
}

extern "C" void wasmc_rt_throw_ref(wasmc_vmctx *, wasmc_exception *E) {
  if (!E)
    trapFromHost(WASMC_TRAP_NULL_REFERENCE);
  raise(E);
}

extern "C" void wasmc_rt_exception_drop(wasmc_vmctx *, wasmc_exception *E) {
  releaseException(E);
}

// A guest that captures exceptions in a loop must not take unbounded host
// memory: kept exceptions count against the instance that captured them.
extern "C" void wasmc_rt_exception_escape(wasmc_vmctx *Vmctx,
                                          wasmc_exception *E) {
  if (E->escaped)
    return;
  E->escaped = 1;
  wasmc_instance *I = Vmctx->instance;
  I->KeptExceptionBytes +=
      sizeof(wasmc_exception) + E->num_values * sizeof(wasmc_value);
  if (I->KeptExceptionBytes > WASMC_MAX_KEPT_EXCEPTION_BYTES)
    trapFromHost(WASMC_TRAP_OUT_OF_MEMORY);
}
