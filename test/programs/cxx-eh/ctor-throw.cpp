// When a constructor throws, the parts already built are destroyed in
// reverse order (members, then bases), the parts not yet built are not, and
// memory from a new-expression goes back to its operator delete. Counters
// of live parts and of allocations show nothing leaks.
#include <stdio.h>

static int LiveParts = 0;
static int LiveAllocations = 0;
static int FailAt = -1; // Which Part to fail: its construction number.
static int Constructed = 0;

struct Boom {
  int Where;
};

struct Part {
  char Name;
  explicit Part(char Name) : Name(Name) {
    if (++Constructed == FailAt) {
      printf("  %c throws\n", Name);
      throw Boom{Constructed};
    }
    ++LiveParts;
    printf("  %c built\n", Name);
  }
  ~Part() {
    --LiveParts;
    printf("  %c destroyed\n", Name);
  }
};

struct Base {
  Part B1{'p'};
  Base() { puts("  Base body"); }
  ~Base() { puts("  ~Base body"); }
};

// Built in order: base (p), members a, b, c; then the body.
struct Widget : Base {
  Part A{'a'};
  Part B{'b'};
  Part C{'c'};
  Widget() { puts("  Widget body"); }
  ~Widget() { puts("  ~Widget body"); }

  // Class-specific allocation, so the program can count what it gets back.
  static void *operator new(__SIZE_TYPE__ Size) {
    ++LiveAllocations;
    printf("  allocate Widget\n");
    return ::operator new(Size);
  }
  static void operator delete(void *Memory) {
    --LiveAllocations;
    printf("  free Widget\n");
    ::operator delete(Memory);
  }
};

// A body that throws after every member was built.
struct Stubborn {
  Part X{'x'};
  Part Y{'y'};
  Stubborn() {
    puts("  Stubborn body throws");
    throw Boom{-1};
  }
};

static void tryWidget(int Fail, bool OnHeap) {
  printf("Widget on the %s, failing part %d:\n", OnHeap ? "heap" : "stack",
         Fail);
  FailAt = Fail;
  Constructed = 0;
  try {
    if (OnHeap) {
      Widget *W = new Widget;
      delete W;
    } else {
      Widget W;
    }
    puts("  no exception");
  } catch (Boom &B) {
    printf("  caught Boom at part %d\n", B.Where);
  }
  printf("  live parts %d, live allocations %d\n", LiveParts,
         LiveAllocations);
}

int main() {
  for (int Fail = 1; Fail <= 5; ++Fail)
    tryWidget(Fail, /*OnHeap=*/Fail % 2 == 0);
  tryWidget(3, /*OnHeap=*/true);

  puts("throwing constructor body:");
  FailAt = -1;
  try {
    Stubborn S;
  } catch (const Boom &B) {
    printf("  caught Boom %d, live parts %d\n", B.Where, LiveParts);
  }

  puts("array of parts, the fourth throws:");
  FailAt = 4;
  Constructed = 0;
  try {
    Part *Parts = new Part[6]{Part('0'), Part('1'), Part('2'), Part('3'),
                              Part('4'), Part('5')};
    delete[] Parts;
  } catch (Boom &B) {
    printf("  caught Boom at part %d, live parts %d\n", B.Where, LiveParts);
  }

  puts("member array, the third throws:");
  struct Holder {
    Part Row[4] = {Part('r'), Part('s'), Part('t'), Part('u')};
  };
  FailAt = 3;
  Constructed = 0;
  try {
    Holder H;
  } catch (Boom &B) {
    printf("  caught Boom at part %d, live parts %d\n", B.Where, LiveParts);
  }
  return LiveParts != 0 || LiveAllocations != 0;
}
