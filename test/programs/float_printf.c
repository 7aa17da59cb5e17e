// Formatting of doubles and floats through printf: fixed, exponent and
// shortest forms, precision and width, signed zero, infinities and NaN.
// Only correctly rounded operations are used (no libm transcendentals), so
// every C library prints the same digits.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/float_printf.expected %t.out

#include <float.h>
#include <math.h>
#include <stdio.h>

static void showAll(const char *label, double v) {
  printf("%-10s %%f=%f %%e=%e %%g=%g %%.3f=%.3f %%.10g=%.10g\n", label, v, v,
         v, v, v);
}

// Printing a NaN's sign is C-library specific and the sign of a computed NaN
// is not specified by Wasm, so NaNs are printed without their sign bit.
static void showClass(const char *label, double v) {
  if (isnan(v))
    printf("%-10s nan\n", label);
  else
    printf("%-10s %g signbit=%d\n", label, v, signbit(v) != 0);
}

int main(void) {
  volatile double zero = 0.0; // volatile: keep the divisions at run time
  double values[] = {0.0,      1.0,     -1.5,        3.14159265358979,
                     1e-5,     123456789.0, 1e21,     2.5e-310,
                     0.1 + 0.2, 1.0 / 3.0,  -2.0 / 3.0, 100.0};
  const char *labels[] = {"zero",  "one",    "neg1.5", "pi",
                          "1e-5",  "big",    "1e21",   "subnorm",
                          "0.1+0.2", "third", "-2/3",   "hundred"};
  for (unsigned i = 0; i < sizeof(values) / sizeof(values[0]); ++i)
    showAll(labels[i], values[i]);

  // Rounding at the printed precision: round-half-even on exact binary
  // values, correct rounding otherwise.
  printf("round: %.0f %.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, -0.5, 0.25,
         1.005);

  // Width, flags and precision.
  printf("[%10.3f] [%-10.3f] [%+.2e] [%010.4f] [% g] [%#g] [%#.0f]\n",
         3.14159, 3.14159, 12345.678, -3.5, 42.0, 1.0, 7.0);

  // Signed zero survives arithmetic and formatting.
  double negZero = -zero;
  printf("negzero: %f %e %g signbit=%d\n", negZero, negZero, negZero,
         signbit(negZero) != 0);
  printf("zero*-1: %g  zero+negzero: %g\n", zero * -1.0, zero + negZero);

  showClass("+inf", 1.0 / zero);
  showClass("-inf", -1.0 / zero);
  showClass("0/0", zero / zero);
  showClass("inf-inf", (1.0 / zero) - (1.0 / zero));
  printf("inf formats: %f %e %5.1g %-6f|\n", 1.0 / zero, -1.0 / zero,
         1.0 / zero, 1.0 / zero);
  printf("nan formats: %f %e %G\n", NAN, NAN, NAN);

  // Limits.
  printf("DBL_MAX=%g DBL_MIN=%g DBL_EPSILON=%g\n", DBL_MAX, DBL_MIN,
         DBL_EPSILON);
  printf("FLT_MAX=%g FLT_MIN=%g FLT_EPSILON=%g\n", (double)FLT_MAX,
         (double)FLT_MIN, (double)FLT_EPSILON);
  printf("DBL_MAX exact: %.17g\n", DBL_MAX);

  // float arithmetic rounds to single precision before printing.
  float f = 0.1f;
  float sum = 0.0f;
  for (int i = 0; i < 10; ++i)
    sum += f;
  printf("float sum of ten 0.1f = %.9g (== 1.0f: %d)\n", (double)sum,
         sum == 1.0f);
  double d = 0.0;
  for (int i = 0; i < 10; ++i)
    d += 0.1;
  printf("double sum of ten 0.1 = %.17g (== 1.0: %d)\n", d, d == 1.0);

  // Correctly rounded operations: sqrt, fma-free products, conversions.
  printf("sqrt(2)=%.15f sqrt(1e10)=%g sqrt(-0)=%g\n", sqrt(2.0), sqrt(1e10),
         sqrt(negZero));
  printf("floor/ceil/trunc/round of -2.5: %g %g %g %g\n", floor(-2.5),
         ceil(-2.5), trunc(-2.5), round(-2.5));
  printf("rint(2.5)=%g rint(3.5)=%g fmod(7.5,2)=%g\n", rint(2.5), rint(3.5),
         fmod(7.5, 2.0));
  printf("fmin(-1,2)=%g fmax(-1,2)=%g\n", fmin(-1.0, 2.0), fmax(-1.0, 2.0));
  printf("(int)-3.99=%d (unsigned)3.99=%u (double)(1<<30)=%.1f\n",
         (int)-3.99, (unsigned)3.99, (double)(1 << 30));
  printf("copysign(3,-0)=%g fabs(-0)=%g\n", copysign(3.0, negZero),
         fabs(negZero));

  // A running computation: harmonic series partial sums.
  double h = 0.0;
  for (int n = 1; n <= 1000; ++n) {
    h += 1.0 / n;
    if (n == 1 || n == 10 || n == 100 || n == 1000)
      printf("H(%d) = %.12f\n", n, h);
  }
  return 0;
}
