// `throw;` hands the exception being handled on to an outer handler without
// copying it: the same object (same serial number) arrives there, and it is
// destroyed exactly once, when the last handler ends. Also: rethrow from a
// function called by the handler, a handler that catches its own rethrow,
// and a new exception thrown while another is being handled.
#include <stdio.h>

static int Created = 0;
static int Destroyed = 0;

struct Error {
  int Serial;
  const char *What;
  explicit Error(const char *What) : Serial(++Created), What(What) {
    printf("  make Error#%d (%s)\n", Serial, What);
  }
  Error(const Error &Other) : Serial(++Created), What(Other.What) {
    printf("  copy Error#%d -> #%d\n", Other.Serial, Serial);
  }
  virtual ~Error() {
    ++Destroyed;
    printf("  destroy Error#%d\n", Serial);
  }
};

struct Fatal : Error {
  explicit Fatal(const char *What) : Error(What) {}
};

struct Scope {
  const char *Name;
  explicit Scope(const char *Name) : Name(Name) {}
  ~Scope() { printf("  leave %s\n", Name); }
};

__attribute__((noinline)) static void fail(const char *What) {
  throw Error(What);
}

__attribute__((noinline)) static void rethrowCurrent() {
  Scope S("rethrowCurrent");
  throw;
}

static void simpleRethrow() {
  puts("simple rethrow:");
  try {
    try {
      fail("simple");
    } catch (Error &E) {
      printf("  inner caught #%d\n", E.Serial);
      Scope S("inner handler");
      throw;
    }
  } catch (Error &E) {
    printf("  outer caught #%d %s\n", E.Serial, E.What);
  }
}

static void rethrowFromCallee() {
  puts("rethrow from a callee:");
  try {
    try {
      fail("callee");
    } catch (...) {
      puts("  catch-all, handing on");
      rethrowCurrent();
    }
  } catch (const Error &E) {
    printf("  outer caught #%d %s\n", E.Serial, E.What);
  }
}

static void catchOwnRethrow() {
  puts("handler catches its own rethrow:");
  try {
    fail("own");
  } catch (Error &E) {
    try {
      throw;
    } catch (Error &Again) {
      printf("  caught again #%d, same object: %s\n", Again.Serial,
             &Again == &E ? "yes" : "no");
    }
    printf("  still handling #%d\n", E.Serial);
  }
}

static void throwWhileHandling() {
  puts("new exception while handling another:");
  try {
    try {
      fail("first");
    } catch (Error &First) {
      printf("  handling #%d, throwing Fatal\n", First.Serial);
      throw Fatal("second");
    }
  } catch (Fatal &F) {
    printf("  outer caught Fatal #%d %s\n", F.Serial, F.What);
  } catch (Error &E) {
    printf("  wrong handler #%d\n", E.Serial);
  }
}

static void rethrowByValue() {
  puts("rethrow through a by-value handler:");
  try {
    try {
      throw Fatal("value");
    } catch (Error E) { // A copy; the rethrown exception is the original.
      printf("  by-value caught copy #%d\n", E.Serial);
      throw;
    }
  } catch (Fatal &F) {
    printf("  outer caught Fatal #%d\n", F.Serial);
  }
}

static int levels(int N) {
  Scope S("level");
  try {
    if (N > 0)
      return levels(N - 1);
    fail("levels");
    return -1;
  } catch (Error &E) {
    printf("  level %d sees #%d\n", N, E.Serial);
    if (N < 3)
      throw;
    return N;
  }
}

int main() {
  simpleRethrow();
  rethrowFromCallee();
  catchOwnRethrow();
  throwWhileHandling();
  rethrowByValue();
  puts("rethrow through nested levels:");
  printf("  stopped at level %d\n", levels(5));
  printf("created %d destroyed %d\n", Created, Destroyed);
  return Created == Destroyed ? 0 : 1;
}
