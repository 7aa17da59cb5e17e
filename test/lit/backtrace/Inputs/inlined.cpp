// Inlined C++ frames: a template, a member function and a lambda, all
// inlined by clang -O2 into main; the division traps when argc is 1.
#include <stdio.h>

namespace geom {
template <typename T> struct Ratio {
  T Num, Den;
  T value() const { return Num / Den; }
};

template <typename T> T scaled(const Ratio<T> &R, T By) {
  auto Apply = [&](T X) { return X * R.value(); };
  return Apply(By);
}
} // namespace geom

int main(int argc, char **argv) {
  geom::Ratio<int> R{12, argc - 1};
  printf("scaling\n");
  return geom::scaled(R, 3);
}
