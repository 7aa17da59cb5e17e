// Sorting through function pointers: one array of records is sorted by each
// comparator of a table in turn, and strings and doubles through qsort and
// bsearch. Every comparator is a total order (ties broken by id), so the
// result does not depend on which sorting algorithm the C library uses.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/qsort_table.expected %t.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  uint32_t Id;
  int32_t Score;
  char Name[12];
} Record;

static int byId(const void *A, const void *B) {
  const Record *X = A, *Y = B;
  return (X->Id > Y->Id) - (X->Id < Y->Id);
}

static int byScoreThenId(const void *A, const void *B) {
  const Record *X = A, *Y = B;
  if (X->Score != Y->Score)
    return (X->Score > Y->Score) - (X->Score < Y->Score);
  return byId(A, B);
}

static int byScoreDescThenId(const void *A, const void *B) {
  const Record *X = A, *Y = B;
  if (X->Score != Y->Score)
    return (X->Score < Y->Score) - (X->Score > Y->Score);
  return byId(A, B);
}

static int byNameThenId(const void *A, const void *B) {
  const Record *X = A, *Y = B;
  int C = strcmp(X->Name, Y->Name);
  return C ? C : byId(A, B);
}

static int byNameLengthThenName(const void *A, const void *B) {
  const Record *X = A, *Y = B;
  size_t LX = strlen(X->Name), LY = strlen(Y->Name);
  if (LX != LY)
    return LX < LY ? -1 : 1;
  return byNameThenId(A, B);
}

struct Ordering {
  const char *Label;
  int (*Compare)(const void *, const void *);
};

static const struct Ordering Orderings[] = {
    {"by score", byScoreThenId},
    {"by score desc", byScoreDescThenId},
    {"by name", byNameThenId},
    {"by name length", byNameLengthThenName},
    {"by id", byId},
};

// A deterministic generator: results must not depend on the libc's rand().
static uint32_t State = 12345;
static uint32_t next(void) {
  State ^= State << 13;
  State ^= State >> 17;
  State ^= State << 5;
  return State;
}

static int compareStrings(const void *A, const void *B) {
  return strcmp(*(const char *const *)A, *(const char *const *)B);
}

static int compareDoubles(const void *A, const void *B) {
  double X = *(const double *)A, Y = *(const double *)B;
  return (X > Y) - (X < Y);
}

static int compareInts(const void *A, const void *B) {
  int32_t X = *(const int32_t *)A, Y = *(const int32_t *)B;
  return (X > Y) - (X < Y);
}

int main(void) {
  static const char *Syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "zo"};
  enum { NumRecords = 24 };
  Record Records[NumRecords];
  for (uint32_t I = 0; I < NumRecords; ++I) {
    Record *R = &Records[I];
    R->Id = 100 + (I * 37) % NumRecords; // a permutation of 100..123
    R->Score = (int32_t)(next() % 21) - 10;
    R->Name[0] = '\0';
    unsigned Parts = 1 + next() % 3;
    for (unsigned P = 0; P < Parts; ++P)
      strcat(R->Name, Syllables[next() % 7]);
  }

  for (size_t O = 0; O < sizeof(Orderings) / sizeof(Orderings[0]); ++O) {
    qsort(Records, NumRecords, sizeof(Record), Orderings[O].Compare);
    printf("-- %s --\n", Orderings[O].Label);
    for (unsigned I = 0; I < NumRecords; ++I)
      printf("%" PRIu32 " %3" PRId32 " %s\n", Records[I].Id, Records[I].Score,
             Records[I].Name);
  }

  // bsearch on the id-sorted table, hits and misses.
  for (uint32_t Key = 98; Key < 128; Key += 5) {
    Record Probe = {.Id = Key};
    Record *Hit = bsearch(&Probe, Records, NumRecords, sizeof(Record), byId);
    if (Hit)
      printf("bsearch %" PRIu32 ": %s\n", Key, Hit->Name);
    else
      printf("bsearch %" PRIu32 ": not found\n", Key);
  }

  const char *Words[] = {"wasm", "compiler", "native", "trap", "memory",
                         "guard", "linear", "table", "export", "import",
                         "global", "function"};
  size_t NumWords = sizeof(Words) / sizeof(Words[0]);
  qsort(Words, NumWords, sizeof(Words[0]), compareStrings);
  printf("words:");
  for (size_t I = 0; I < NumWords; ++I)
    printf(" %s", Words[I]);
  printf("\n");

  double Ds[10];
  for (int I = 0; I < 10; ++I)
    Ds[I] = ((int32_t)(next() % 2001) - 1000) / 8.0;
  qsort(Ds, 10, sizeof(double), compareDoubles);
  printf("doubles:");
  for (int I = 0; I < 10; ++I)
    printf(" %.3f", Ds[I]);
  printf("\n");

  // A larger sort, checked for order and summarised by a checksum.
  enum { NumInts = 5000 };
  int32_t *Ints = malloc(NumInts * sizeof(int32_t));
  int64_t Sum = 0;
  for (int I = 0; I < NumInts; ++I) {
    Ints[I] = (int32_t)next();
    Sum += Ints[I];
  }
  qsort(Ints, NumInts, sizeof(int32_t), compareInts);
  int Sorted = 1;
  int64_t SumAfter = 0;
  uint32_t Hash = 2166136261u;
  for (int I = 0; I < NumInts; ++I) {
    if (I > 0 && Ints[I - 1] > Ints[I])
      Sorted = 0;
    SumAfter += Ints[I];
    Hash = (Hash ^ (uint32_t)Ints[I]) * 16777619u;
  }
  printf("ints: sorted=%d sum=%" PRId64 " same=%d min=%" PRId32
         " max=%" PRId32 " hash=%08" PRIx32 "\n",
         Sorted, Sum, Sum == SumAfter, Ints[0], Ints[NumInts - 1], Hash);
  free(Ints);
  return 0;
}
