// Recursive algorithms: Ackermann, naive and memoised Fibonacci, Towers of
// Hanoi move counts, mutual recursion, permutations, N-queens and a
// recursive-descent expression evaluator. Also built at -O0, where every
// call keeps its frame on the Wasm shadow stack.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/recursion.expected %t.out
// RUN: %wasi-cc-O0 %s -o %t.O0.wasm
// RUN: wasmc -O0 %t.O0.wasm -o %t.O0
// RUN: %t.O0 > %t.O0.out
// RUN: diff %S/recursion.expected %t.O0.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t ackermann(uint32_t M, uint32_t N) {
  if (M == 0)
    return N + 1;
  if (N == 0)
    return ackermann(M - 1, 1);
  return ackermann(M - 1, ackermann(M, N - 1));
}

static uint32_t fibNaive(uint32_t N) {
  return N < 2 ? N : fibNaive(N - 1) + fibNaive(N - 2);
}

static uint64_t FibMemo[94];
static uint64_t fibMemo(unsigned N) {
  if (N < 2)
    return N;
  if (FibMemo[N])
    return FibMemo[N];
  return FibMemo[N] = fibMemo(N - 1) + fibMemo(N - 2);
}

static uint64_t HanoiMoves;
static char LastMove[32];
static void hanoi(unsigned N, char From, char To, char Via) {
  if (N == 0)
    return;
  hanoi(N - 1, From, Via, To);
  ++HanoiMoves;
  snprintf(LastMove, sizeof(LastMove), "disk %u %c->%c", N, From, To);
  hanoi(N - 1, Via, To, From);
}

static int isOdd(unsigned N);
static int isEven(unsigned N) { return N == 0 ? 1 : isOdd(N - 1); }
static int isOdd(unsigned N) { return N == 0 ? 0 : isEven(N - 1); }

static unsigned PermCount;
static void permute(char *S, unsigned K, unsigned N) {
  if (K == N) {
    if (PermCount < 6 || PermCount == 23)
      printf("  perm %2u: %s\n", PermCount, S);
    ++PermCount;
    return;
  }
  for (unsigned I = K; I < N; ++I) {
    char T = S[K];
    S[K] = S[I];
    S[I] = T;
    permute(S, K + 1, N);
    S[I] = S[K];
    S[K] = T;
  }
}

static unsigned queens(unsigned N, unsigned Row, uint32_t Cols, uint32_t D1,
                       uint32_t D2) {
  if (Row == N)
    return 1;
  unsigned Count = 0;
  for (unsigned C = 0; C < N; ++C) {
    uint32_t CB = 1u << C, A = 1u << (Row + C), B = 1u << (Row - C + N - 1);
    if ((Cols & CB) || (D1 & A) || (D2 & B))
      continue;
    Count += queens(N, Row + 1, Cols | CB, D1 | A, D2 | B);
  }
  return Count;
}

// expr := term (('+'|'-') term)*; term := factor (('*'|'/'|'%') factor)*;
// factor := number | '-' factor | '(' expr ')'
static const char *Cursor;
static int64_t parseExpr(void);
static void skipSpaces(void) {
  while (*Cursor == ' ')
    ++Cursor;
}
static int64_t parseFactor(void) {
  skipSpaces();
  if (*Cursor == '-') {
    ++Cursor;
    return -parseFactor();
  }
  if (*Cursor == '(') {
    ++Cursor;
    int64_t V = parseExpr();
    skipSpaces();
    ++Cursor; // ')'
    return V;
  }
  int64_t V = 0;
  while (*Cursor >= '0' && *Cursor <= '9')
    V = V * 10 + (*Cursor++ - '0');
  return V;
}
static int64_t parseTerm(void) {
  int64_t V = parseFactor();
  for (;;) {
    skipSpaces();
    char Op = *Cursor;
    if (Op != '*' && Op != '/' && Op != '%')
      return V;
    ++Cursor;
    int64_t R = parseFactor();
    V = Op == '*' ? V * R : Op == '/' ? V / R : V % R;
  }
}
static int64_t parseExpr(void) {
  int64_t V = parseTerm();
  for (;;) {
    skipSpaces();
    char Op = *Cursor;
    if (Op != '+' && Op != '-')
      return V;
    ++Cursor;
    int64_t R = parseTerm();
    V = Op == '+' ? V + R : V - R;
  }
}

// A thousand frames deep: fits the 64 KiB shadow stack even at -O0.
static unsigned depthSum(unsigned N) { return N == 0 ? 0 : N + depthSum(N - 1); }

int main(void) {
  for (uint32_t M = 0; M <= 3; ++M) {
    printf("ackermann(%" PRIu32 ", n):", M);
    for (uint32_t N = 0; N <= 4; ++N)
      printf(" %" PRIu32, ackermann(M, N));
    printf("\n");
  }
  printf("ackermann(3, 6) = %" PRIu32 "\n", ackermann(3, 6));

  printf("fib naive:");
  for (uint32_t N = 0; N <= 25; N += 5)
    printf(" %" PRIu32, fibNaive(N));
  printf("\nfib(90) = %" PRIu64 "  fib(93) = %" PRIu64 "\n", fibMemo(90),
         fibMemo(93));

  for (unsigned N = 1; N <= 20; N += N < 4 ? 1 : 4) {
    HanoiMoves = 0;
    hanoi(N, 'A', 'C', 'B');
    printf("hanoi(%2u): %7" PRIu64 " moves, last %s\n", N, HanoiMoves,
           LastMove);
  }

  printf("isEven(1000)=%d isOdd(777)=%d\n", isEven(1000), isOdd(777));

  char Letters[] = "abcd";
  permute(Letters, 0, 4);
  printf("permutations of abcd: %u\n", PermCount);

  for (unsigned N = 1; N <= 9; ++N)
    printf("queens(%u) = %u\n", N, queens(N, 0, 0, 0, 0));

  const char *Exprs[] = {"1 + 2 * 3", "(1 + 2) * 3", "-(4 - 10) * -(2)",
                         "100 / 7 % 5 + 2 * (3 - (4 - 5))",
                         ("2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2*2"
                          "*2*2*2*2*2*2*2*2*2")};
  for (int I = 0; I < 5; ++I) {
    Cursor = Exprs[I];
    printf("%s = %" PRId64 "\n", Exprs[I], parseExpr());
  }

  printf("depthSum(1000) = %u\n", depthSum(1000));
  return 0;
}
