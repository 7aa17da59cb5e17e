// Integer arithmetic at the edges: 64-bit multiply/divide/remainder with
// mixed signs, shifts by every distance, rotates, INT_MIN handled without
// undefined behaviour, unsigned wrap-around, saturating helpers, bit
// counting, and 128-bit products built from 64-bit halves.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/int_math.expected %t.out

#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

// volatile sources keep the operations at run time instead of folding them.
static volatile int64_t Sources64[] = {0, 1, -1, 7, -7, 1000000007,
                                      INT64_MAX, INT64_MIN, 0x123456789abcdefLL};
static volatile int32_t Sources32[] = {0, 1, -1, 13, -13, INT32_MAX, INT32_MIN};

// Division that is defined for every input: x / 0 reports, INT_MIN / -1
// wraps like the two's complement hardware would.
static int32_t safeDiv32(int32_t A, int32_t B, int *Ok) {
  *Ok = 1;
  if (B == 0) {
    *Ok = 0;
    return 0;
  }
  if (A == INT32_MIN && B == -1)
    return INT32_MIN;
  return A / B;
}

static int32_t safeRem32(int32_t A, int32_t B) {
  if (B == 0 || (A == INT32_MIN && B == -1))
    return 0;
  return A % B;
}

static int64_t safeDiv64(int64_t A, int64_t B) {
  if (B == 0)
    return 0;
  if (A == INT64_MIN && B == -1)
    return INT64_MIN;
  return A / B;
}

static int64_t safeRem64(int64_t A, int64_t B) {
  if (B == 0 || (A == INT64_MIN && B == -1))
    return 0;
  return A % B;
}

static int32_t saturatingAdd32(int32_t A, int32_t B) {
  int32_t R;
  if (__builtin_add_overflow(A, B, &R))
    return A < 0 ? INT32_MIN : INT32_MAX;
  return R;
}

static int64_t safeNeg64(int64_t A) {
  return A == INT64_MIN ? INT64_MIN : -A;
}

static uint32_t rotl32(uint32_t X, unsigned N) {
  N &= 31;
  return N ? (X << N) | (X >> (32 - N)) : X;
}

static uint64_t rotr64(uint64_t X, unsigned N) {
  N &= 63;
  return N ? (X >> N) | (X << (64 - N)) : X;
}

// Full 64x64 -> 128-bit unsigned product from 32-bit halves.
static void mul128(uint64_t A, uint64_t B, uint64_t *Hi, uint64_t *Lo) {
  uint64_t ALo = (uint32_t)A, AHi = A >> 32, BLo = (uint32_t)B, BHi = B >> 32;
  uint64_t P0 = ALo * BLo, P1 = ALo * BHi, P2 = AHi * BLo, P3 = AHi * BHi;
  uint64_t Mid = (P0 >> 32) + (uint32_t)P1 + (uint32_t)P2;
  *Lo = (Mid << 32) | (uint32_t)P0;
  *Hi = P3 + (P1 >> 32) + (P2 >> 32) + (Mid >> 32);
}

int main(void) {
  size_t N64 = sizeof(Sources64) / sizeof(Sources64[0]);
  size_t N32 = sizeof(Sources32) / sizeof(Sources32[0]);

  printf("-- 64-bit div/rem (a, b, a/b, a%%b, a*b wrapped) --\n");
  for (size_t I = 0; I < N64; ++I)
    for (size_t J = 0; J < N64; J += 2) {
      int64_t A = Sources64[I], B = Sources64[J];
      uint64_t Product = (uint64_t)A * (uint64_t)B;
      printf("%" PRId64 " %" PRId64 " %" PRId64 " %" PRId64 " %016" PRIx64
             "\n",
             A, B, safeDiv64(A, B), safeRem64(A, B), Product);
    }

  printf("-- 32-bit div/rem --\n");
  for (size_t I = 0; I < N32; ++I)
    for (size_t J = 0; J < N32; ++J) {
      int32_t A = Sources32[I], B = Sources32[J];
      int Ok;
      int32_t Q = safeDiv32(A, B, &Ok);
      printf("%" PRId32 "/%" PRId32 "=%s%" PRId32 " rem %" PRId32 "  ", A, B,
             Ok ? "" : "undef:", Q, safeRem32(A, B));
      uint32_t UA = (uint32_t)A, UB = (uint32_t)B;
      if (UB)
        printf("u: %" PRIu32 " %" PRIu32 "\n", UA / UB, UA % UB);
      else
        printf("u: div by zero\n");
    }

  printf("-- shifts --\n");
  volatile uint64_t One = 1;
  volatile int64_t MinusOne = -1, Min64 = INT64_MIN;
  uint64_t ShiftHash = 0;
  for (unsigned S = 0; S < 64; ++S) {
    uint64_t L = One << S;
    int64_t ArithR = Min64 >> S; // arithmetic shift of a negative value
    uint64_t LogicalR = (uint64_t)Min64 >> S;
    ShiftHash = ShiftHash * 31 + L + (uint64_t)ArithR + LogicalR;
    if (S % 9 == 0 || S == 63)
      printf("s=%2u 1<<s=%016" PRIx64 " min>>s=%" PRId64 " min>>>s=%" PRIu64
             " -1<<s=%" PRId64 "\n",
             S, L, ArithR, LogicalR, (int64_t)((uint64_t)MinusOne << S));
  }
  printf("shift hash %016" PRIx64 "\n", ShiftHash);
  volatile uint32_t X32 = 0x80000001u;
  for (unsigned S = 0; S < 40; S += 13)
    printf("rotl32(%08" PRIx32 ", %u) = %08" PRIx32 "  rotr64(.., %u) = "
           "%016" PRIx64 "\n",
           X32, S, rotl32(X32, S), S, rotr64(0x0123456789abcdefull, S));

  printf("-- INT_MIN and friends --\n");
  printf("INT32_MIN=%" PRId32 " INT32_MAX=%" PRId32 " INT64_MIN=%" PRId64
         " INT64_MAX=%" PRId64 "\n",
         (int32_t)INT32_MIN, (int32_t)INT32_MAX, (int64_t)INT64_MIN,
         (int64_t)INT64_MAX);
  printf("neg(INT64_MIN) wraps to %" PRId64 ", neg(5) = %" PRId64 "\n",
         safeNeg64(Sources64[7]), safeNeg64(5));
  printf("(uint32)INT32_MIN = %" PRIu32 ", (int32)0xffffffff = %" PRId32 "\n",
         (uint32_t)Sources32[6], (int32_t)(uint32_t)0xffffffffu);
  printf("sat add: %" PRId32 " %" PRId32 " %" PRId32 "\n",
         saturatingAdd32(INT32_MAX, 1), saturatingAdd32(INT32_MIN, -1),
         saturatingAdd32(100, -300));
  uint32_t U = 0;
  U -= 1;
  printf("unsigned wrap: 0u-1 = %" PRIu32 ", UINT64_MAX+1 = %" PRIu64 "\n", U,
         (uint64_t)(UINT64_MAX + (uint64_t)Sources64[1]));
  printf("sign extension: (int64)(int8)0x80 = %" PRId64
         ", (int64)(int16)0x8000 = %" PRId64 ", (int64)(int32)0x80000000 = %"
         PRId64 "\n",
         (int64_t)(int8_t)(uint8_t)(0x80 + Sources64[0]),
         (int64_t)(int16_t)(uint16_t)(0x8000 + Sources64[0]),
         (int64_t)(int32_t)(uint32_t)(0x80000000u + (uint32_t)Sources64[0]));
  printf("truncation: (uint8)300 = %u, (int16)70000 = %d\n",
         (unsigned)(uint8_t)(300 + Sources32[0]),
         (int)(int16_t)(70000 + Sources32[0]));

  printf("-- bit counting --\n");
  uint64_t Bits[] = {0, 1, 0x8000000000000000ull, 0xffffffffffffffffull,
                     0x00f0f0f0f0f0f000ull, 0x123456789ull};
  for (int I = 0; I < 6; ++I) {
    uint64_t B = Bits[I] + (uint64_t)Sources64[0];
    printf("%016" PRIx64 ": popcount %d clz %d ctz %d\n", B,
           __builtin_popcountll(B), B ? __builtin_clzll(B) : 64,
           B ? __builtin_ctzll(B) : 64);
  }

  printf("-- 128-bit products --\n");
  uint64_t Factors[] = {0xffffffffffffffffull, 0x123456789abcdefull,
                        0xfedcba9876543210ull, 3};
  for (int I = 0; I < 4; ++I)
    for (int J = I; J < 4; ++J) {
      uint64_t Hi, Lo;
      mul128(Factors[I], Factors[J], &Hi, &Lo);
      printf("%016" PRIx64 " * %016" PRIx64 " = %016" PRIx64 "%016" PRIx64
             "\n",
             Factors[I], Factors[J], Hi, Lo);
    }

  // Factorials mod a prime, and modular exponentiation with 64-bit mulmod.
  const uint64_t P = 1000000007;
  uint64_t F = 1;
  for (uint64_t K = 1; K <= 100000; ++K)
    F = F * K % P;
  uint64_t Base = 2, Exp = P - 2, Acc = 1;
  while (Exp) {
    if (Exp & 1)
      Acc = Acc * Base % P;
    Base = Base * Base % P;
    Exp >>= 1;
  }
  printf("100000! mod p = %" PRIu64 ", inverse of 2 mod p = %" PRIu64 "\n", F,
         Acc);
  return 0;
}
