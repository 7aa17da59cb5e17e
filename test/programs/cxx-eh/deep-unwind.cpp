// An exception thrown 60 frames down unwinds to main, running every frame's
// destructors innermost first. On the way it passes frames whose catch
// clauses do not match (they must hand it on untouched) and frames whose
// cleanups are only destructors.
#include <stdio.h>

static int Live = 0;

struct Guard {
  int Depth;
  char Tag;
  explicit Guard(int Depth, char Tag) : Depth(Depth), Tag(Tag) { ++Live; }
  ~Guard() {
    --Live;
    printf("~Guard %c%d\n", Tag, Depth);
  }
};

struct Failure {
  int Depth;
  int Code;
};

struct Unrelated {
  int X;
};

__attribute__((noinline)) static void thrower(int Depth) {
  Guard G(Depth, 't');
  printf("throwing at depth %d\n", Depth);
  throw Failure{Depth, 7};
}

__attribute__((noinline)) static int descend(int Depth, int Bottom) {
  Guard A(Depth, 'a');
  if (Depth == Bottom) {
    thrower(Depth + 1);
    return 0;
  }
  // Every fifth frame has handlers that do not match the exception.
  if (Depth % 5 == 0) {
    try {
      Guard B(Depth, 'b');
      return descend(Depth + 1, Bottom) + 1;
    } catch (Unrelated &U) {
      printf("wrong handler %d\n", U.X);
    } catch (int I) {
      printf("wrong handler int %d\n", I);
    }
    return -1;
  }
  return descend(Depth + 1, Bottom) + 1;
}

int main() {
  const int Bottoms[] = {59, 3};
  for (int Bottom : Bottoms) {
    try {
      Guard Top(0, 'm');
      int R = descend(1, Bottom);
      printf("not reached %d\n", R);
    } catch (const Failure &F) {
      printf("caught Failure from depth %d code %d, live guards %d\n",
             F.Depth, F.Code, Live);
    }
  }
  // A throw that no frame in between handles, caught right where it starts.
  try {
    throw Unrelated{5};
  } catch (Unrelated U) {
    printf("caught Unrelated %d\n", U.X);
  }
  return Live;
}
