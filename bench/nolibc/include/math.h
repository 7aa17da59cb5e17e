/* nolibc: sqrt is f64.sqrt, the one libm function the kernels call. */
#ifndef BENCH_NOLIBC_MATH_H
#define BENCH_NOLIBC_MATH_H
static inline double sqrt(double x) { return __builtin_sqrt(x); }
#endif
