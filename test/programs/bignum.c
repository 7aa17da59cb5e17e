// Arbitrary-precision unsigned arithmetic on base-10^9 limbs: factorials,
// powers of two, Fibonacci numbers and a long division, printed in full.
// Exercises 64-bit intermediate products, division by constants and
// zero-padded printf.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/bignum.expected %t.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BASE 1000000000u

typedef struct {
  uint32_t *Limbs; // least significant first
  size_t Len, Cap;
} BigNum;

static void reserve(BigNum *N, size_t Cap) {
  if (Cap <= N->Cap)
    return;
  uint32_t *Grown = realloc(N->Limbs, Cap * sizeof(uint32_t));
  if (!Grown) {
    printf("out of memory\n");
    exit(1);
  }
  N->Limbs = Grown;
  N->Cap = Cap;
}

static BigNum fromSmall(uint32_t V) {
  BigNum N = {0, 0, 0};
  reserve(&N, 4);
  N.Limbs[0] = V % BASE;
  N.Len = 1;
  if (V >= BASE)
    N.Limbs[N.Len++] = V / BASE;
  return N;
}

static void mulSmall(BigNum *N, uint32_t M) {
  uint64_t Carry = 0;
  for (size_t I = 0; I < N->Len; ++I) {
    uint64_t P = (uint64_t)N->Limbs[I] * M + Carry;
    N->Limbs[I] = (uint32_t)(P % BASE);
    Carry = P / BASE;
  }
  while (Carry) {
    reserve(N, N->Len + 1 + N->Len / 2);
    N->Limbs[N->Len++] = (uint32_t)(Carry % BASE);
    Carry /= BASE;
  }
}

// Sum = A + B (Sum may alias neither).
static void add(BigNum *Sum, const BigNum *A, const BigNum *B) {
  size_t Len = A->Len > B->Len ? A->Len : B->Len;
  reserve(Sum, Len + 1);
  uint32_t Carry = 0;
  for (size_t I = 0; I < Len; ++I) {
    uint32_t X = I < A->Len ? A->Limbs[I] : 0, Y = I < B->Len ? B->Limbs[I] : 0;
    uint32_t S = X + Y + Carry;
    Carry = S >= BASE;
    Sum->Limbs[I] = Carry ? S - BASE : S;
  }
  Sum->Len = Len;
  if (Carry)
    Sum->Limbs[Sum->Len++] = 1;
}

// N /= D, returning the remainder.
static uint32_t divSmall(BigNum *N, uint32_t D) {
  uint64_t Rem = 0;
  for (size_t I = N->Len; I-- > 0;) {
    uint64_t Cur = Rem * BASE + N->Limbs[I];
    N->Limbs[I] = (uint32_t)(Cur / D);
    Rem = Cur % D;
  }
  while (N->Len > 1 && N->Limbs[N->Len - 1] == 0)
    --N->Len;
  return (uint32_t)Rem;
}

static unsigned digitCount(const BigNum *N) {
  unsigned Digits = (unsigned)(N->Len - 1) * 9;
  for (uint32_t Top = N->Limbs[N->Len - 1]; Top; Top /= 10)
    ++Digits;
  return Digits ? Digits : 1;
}

static unsigned digitSum(const BigNum *N) {
  unsigned Sum = 0;
  for (size_t I = 0; I < N->Len; ++I)
    for (uint32_t L = N->Limbs[I]; L; L /= 10)
      Sum += L % 10;
  return Sum;
}

static void print(const char *Label, const BigNum *N) {
  printf("%s = %" PRIu32, Label, N->Limbs[N->Len - 1]);
  for (size_t I = N->Len - 1; I-- > 0;)
    printf("%09" PRIu32, N->Limbs[I]);
  printf("\n  (%u digits, digit sum %u)\n", digitCount(N), digitSum(N));
}

int main(void) {
  BigNum F = fromSmall(1);
  for (uint32_t K = 2; K <= 100; ++K)
    mulSmall(&F, K);
  print("100!", &F);

  BigNum P = fromSmall(1);
  for (int K = 0; K < 1000; ++K)
    mulSmall(&P, 2);
  print("2^1000", &P);

  BigNum A = fromSmall(0), B = fromSmall(1), C = {0, 0, 0};
  for (int K = 2; K <= 500; ++K) {
    add(&C, &A, &B);
    BigNum T = A;
    A = B;
    B = C;
    C = T;
  }
  print("fib(500)", &B);

  // 100! has 24 trailing zeros; dividing them out leaves a number whose
  // remainder mod 10 is non-zero.
  unsigned Zeros = 0;
  for (;;) {
    BigNum Copy = {0, 0, 0};
    reserve(&Copy, F.Len);
    memcpy(Copy.Limbs, F.Limbs, F.Len * sizeof(uint32_t));
    Copy.Len = F.Len;
    if (divSmall(&Copy, 10) != 0) {
      free(Copy.Limbs);
      break;
    }
    free(F.Limbs);
    F = Copy;
    ++Zeros;
  }
  printf("trailing zeros of 100!: %u; last non-zero digit: %" PRIu32 "\n",
         Zeros, F.Limbs[0] % 10);
  uint32_t R7 = divSmall(&P, 7);
  printf("2^1000 mod 7 = %" PRIu32 "\n", R7);
  print("2^1000 / 7", &P);

  // 3^2000 by repeated multiplication by 3^20, a multiplier above BASE that
  // still fits in 32 bits (so limb products need all 64).
  const uint32_t ThreeTo20 = 3486784401u;
  BigNum T = fromSmall(1);
  for (int K = 0; K < 100; ++K)
    mulSmall(&T, ThreeTo20);
  printf("3^2000 has %u digits, digit sum %u, top limb %" PRIu32 "\n",
         digitCount(&T), digitSum(&T), T.Limbs[T.Len - 1]);

  free(F.Limbs);
  free(P.Limbs);
  free(A.Limbs);
  free(B.Limbs);
  free(C.Limbs);
  free(T.Limbs);
  return 0;
}
