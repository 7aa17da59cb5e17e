// Heap-heavy code: a binary search tree of thousands of nodes (insert,
// lookup, delete, in-order walk), a linked list built and reversed, a vector
// grown by realloc, and many interleaved malloc/free of varied sizes whose
// contents are checked after reuse.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/malloc_heavy.expected %t.out
// The same module with an explicit bounds check before every access.
// RUN: wasmc --bounds-checks=explicit %t.wasm -o %t.explicit
// RUN: %t.explicit > %t.explicit.out
// RUN: diff %S/malloc_heavy.expected %t.explicit.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t Seed = 0x2545F491u;
static uint32_t nextRandom(void) {
  Seed = Seed * 1664525u + 1013904223u;
  return Seed >> 8;
}

static void *xmalloc(size_t N) {
  void *P = malloc(N);
  if (!P) {
    printf("out of memory allocating %zu bytes\n", N);
    exit(1);
  }
  return P;
}

typedef struct Node {
  int32_t Key;
  uint32_t Count;
  struct Node *Left, *Right;
} Node;

static Node *insert(Node *Root, int32_t Key) {
  Node **Slot = &Root;
  while (*Slot) {
    if (Key == (*Slot)->Key) {
      ++(*Slot)->Count;
      return Root;
    }
    Slot = Key < (*Slot)->Key ? &(*Slot)->Left : &(*Slot)->Right;
  }
  Node *N = xmalloc(sizeof(Node));
  N->Key = Key;
  N->Count = 1;
  N->Left = N->Right = NULL;
  *Slot = N;
  return Root;
}

static Node *removeKey(Node *Root, int32_t Key, int *Removed) {
  if (!Root)
    return NULL;
  if (Key < Root->Key) {
    Root->Left = removeKey(Root->Left, Key, Removed);
    return Root;
  }
  if (Key > Root->Key) {
    Root->Right = removeKey(Root->Right, Key, Removed);
    return Root;
  }
  *Removed = 1;
  if (!Root->Left || !Root->Right) {
    Node *Child = Root->Left ? Root->Left : Root->Right;
    free(Root);
    return Child;
  }
  // Two children: take the in-order successor's key, delete the successor.
  Node *Succ = Root->Right;
  while (Succ->Left)
    Succ = Succ->Left;
  Root->Key = Succ->Key;
  Root->Count = Succ->Count;
  int Dummy = 0;
  Root->Right = removeKey(Root->Right, Succ->Key, &Dummy);
  return Root;
}

static int contains(const Node *Root, int32_t Key) {
  while (Root && Root->Key != Key)
    Root = Key < Root->Key ? Root->Left : Root->Right;
  return Root != NULL;
}

struct WalkState {
  uint32_t Nodes, Total, Hash;
  int32_t Prev;
  int Ordered;
};

static void walk(const Node *N, struct WalkState *S) {
  if (!N)
    return;
  walk(N->Left, S);
  if (S->Nodes && N->Key <= S->Prev)
    S->Ordered = 0;
  S->Prev = N->Key;
  ++S->Nodes;
  S->Total += N->Count;
  S->Hash = (S->Hash ^ (uint32_t)N->Key) * 16777619u;
  walk(N->Right, S);
}

static unsigned height(const Node *N) {
  if (!N)
    return 0;
  unsigned L = height(N->Left), R = height(N->Right);
  return 1 + (L > R ? L : R);
}

static void freeTree(Node *N) {
  if (!N)
    return;
  freeTree(N->Left);
  freeTree(N->Right);
  free(N);
}

static void report(const char *When, const Node *Root) {
  struct WalkState S = {0, 0, 2166136261u, 0, 1};
  walk(Root, &S);
  printf("%s: %" PRIu32 " nodes, %" PRIu32 " inserts, height %u, ordered %d, "
         "hash %08" PRIx32 "\n",
         When, S.Nodes, S.Total, height(Root), S.Ordered, S.Hash);
}

typedef struct Cell {
  uint32_t Value;
  struct Cell *Next;
} Cell;

int main(void) {
  // Binary search tree.
  Node *Root = NULL;
  for (int I = 0; I < 20000; ++I)
    Root = insert(Root, (int32_t)(nextRandom() % 50000) - 25000);
  report("after insert", Root);
  int Found = 0;
  for (int32_t K = -25000; K < 25000; K += 7)
    Found += contains(Root, K);
  printf("lookups hit %d of %d\n", Found, (50000 + 6) / 7);
  int RemovedCount = 0;
  for (int32_t K = -25000; K < 25000; K += 3) {
    int Removed = 0;
    Root = removeKey(Root, K, &Removed);
    RemovedCount += Removed;
  }
  printf("removed %d keys\n", RemovedCount);
  report("after delete", Root);
  freeTree(Root);

  // Linked list: build, reverse, sum, free.
  Cell *Head = NULL;
  for (uint32_t I = 1; I <= 10000; ++I) {
    Cell *C = xmalloc(sizeof(Cell));
    C->Value = I * I;
    C->Next = Head;
    Head = C;
  }
  Cell *Reversed = NULL;
  while (Head) {
    Cell *Next = Head->Next;
    Head->Next = Reversed;
    Reversed = Head;
    Head = Next;
  }
  uint64_t Sum = 0;
  uint32_t First = Reversed->Value, Length = 0;
  while (Reversed) {
    Cell *Next = Reversed->Next;
    Sum += Reversed->Value;
    ++Length;
    free(Reversed);
    Reversed = Next;
  }
  printf("list: length %" PRIu32 ", first %" PRIu32 ", sum of squares %" PRIu64
         "\n",
         Length, First, Sum);

  // Vector grown by doubling with realloc; contents survive each move.
  size_t Cap = 1, Len = 0, Reallocs = 0;
  uint64_t *Vec = xmalloc(Cap * sizeof(uint64_t));
  for (uint64_t I = 0; I < 300000; ++I) {
    if (Len == Cap) {
      Cap *= 2;
      uint64_t *Grown = realloc(Vec, Cap * sizeof(uint64_t));
      if (!Grown) {
        printf("realloc failed at %zu\n", Cap);
        return 1;
      }
      Vec = Grown;
      ++Reallocs;
    }
    Vec[Len++] = I * 0x9E3779B97F4A7C15ull;
  }
  int Intact = 1;
  for (uint64_t I = 0; I < Len; ++I)
    Intact &= Vec[I] == I * 0x9E3779B97F4A7C15ull;
  printf("vector: %zu elements, capacity %zu, %zu reallocs, intact %d\n", Len,
         Cap, Reallocs, Intact);
  Vec = realloc(Vec, 10 * sizeof(uint64_t)); // shrink keeps the prefix
  printf("after shrink: vec[9] = %016" PRIx64 "\n", Vec[9]);
  free(Vec);

  // Many live blocks of varied sizes, freed in a scrambled order and
  // reallocated; each block carries a pattern checked before it is freed.
  enum { Slots = 512 };
  unsigned char *Blocks[Slots] = {0};
  size_t Sizes[Slots] = {0};
  unsigned Corrupt = 0, Allocs = 0;
  uint64_t Bytes = 0;
  for (int Round = 0; Round < 20000; ++Round) {
    unsigned S = nextRandom() % Slots;
    if (Blocks[S]) {
      for (size_t I = 0; I < Sizes[S]; ++I)
        Corrupt += Blocks[S][I] != (unsigned char)(S + I);
      free(Blocks[S]);
      Blocks[S] = NULL;
      continue;
    }
    size_t N = 1 + nextRandom() % (nextRandom() % 8 == 0 ? 70000 : 300);
    Blocks[S] = xmalloc(N);
    Sizes[S] = N;
    for (size_t I = 0; I < N; ++I)
      Blocks[S][I] = (unsigned char)(S + I);
    ++Allocs;
    Bytes += N;
  }
  for (int S = 0; S < Slots; ++S)
    free(Blocks[S]);
  printf("churn: %u allocations, %" PRIu64 " bytes, %u corrupt bytes\n", Allocs,
         Bytes, Corrupt);

  // calloc returns zeroed memory even when reusing freed blocks.
  unsigned NonZero = 0;
  for (int I = 0; I < 100; ++I) {
    unsigned char *P = xmalloc(4096);
    memset(P, 0xAB, 4096);
    free(P);
    uint32_t *Z = calloc(1024, sizeof(uint32_t));
    for (int J = 0; J < 1024; ++J)
      NonZero += Z[J] != 0;
    free(Z);
  }
  printf("calloc: %u non-zero words\n", NonZero);
  return 0;
}
