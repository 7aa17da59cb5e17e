// A workload that throws and catches in a hot loop: a million iterations,
// most of which throw one of several types a few frames down, caught by
// base class, by exact type, as a pointer, or by catch (...). The checksum
// covers which handler ran and what it saw, so any mismatch shows.
#include <stdio.h>
#include <stdlib.h>

struct Shape {
  unsigned Id;
  explicit Shape(unsigned Id) : Id(Id) {}
  virtual ~Shape() {}
  virtual unsigned area() const { return 1; }
};

struct Square : Shape {
  unsigned Side;
  Square(unsigned Id, unsigned Side) : Shape(Id), Side(Side) {}
  unsigned area() const override { return Side * Side; }
};

struct Cube : Square {
  Cube(unsigned Id, unsigned Side) : Square(Id, Side) {}
  unsigned area() const override { return 6 * Side * Side; }
};

struct Opaque {
  unsigned Bits;
};

static unsigned Cleanups = 0;

struct Counter {
  ~Counter() { ++Cleanups; }
};

__attribute__((noinline)) static unsigned work(unsigned I) {
  Counter C;
  switch (I % 7) {
  case 0:
    throw Shape(I);
  case 1:
    throw Square(I, I % 13);
  case 2:
    throw Cube(I, I % 5);
  case 3:
    throw int(I ^ 0x5a5a);
  case 4:
    throw "text";
  case 5:
    throw Opaque{I * 2654435761u};
  default:
    return I; // No exception.
  }
}

__attribute__((noinline)) static unsigned middle(unsigned I) {
  Counter C;
  try {
    return work(I) + 1;
  } catch (const Square &S) {
    // Squares and cubes stop here; everything else passes through.
    return S.area() + S.Id % 3;
  }
}

__attribute__((noinline)) static unsigned top(unsigned I) {
  Counter C;
  return middle(I) * 3;
}

int main(int Argc, char **Argv) {
  unsigned Iterations = Argc > 1 ? unsigned(atoi(Argv[1])) : 1000000;
  unsigned Sum = 0, Shapes = 0, Ints = 0, Texts = 0, Others = 0;
  for (unsigned I = 0; I < Iterations; ++I) {
    try {
      Sum = Sum * 31 + top(I);
    } catch (Shape &S) {
      ++Shapes;
      Sum = Sum * 31 + S.area() + S.Id;
    } catch (int V) {
      ++Ints;
      Sum = Sum * 31 + unsigned(V);
    } catch (const char *T) {
      ++Texts;
      Sum = Sum * 31 + unsigned(T[I % 4]);
    } catch (...) {
      ++Others;
      Sum = Sum * 31 + 17;
    }
  }
  printf("iterations %u\n", Iterations);
  printf("shapes %u ints %u texts %u others %u cleanups %u\n", Shapes, Ints,
         Texts, Others, Cleanups);
  printf("checksum %08x\n", Sum);
  return 0;
}
