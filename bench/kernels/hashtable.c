/* A chained hash table of heap nodes: inserts, lookups and deletes mixed,
 * so the work is pointer chasing through malloc'd nodes plus hashing. */
#include "bench.h"
#include <stdlib.h>

#ifndef OPS
#define OPS 4000000
#endif
#define BUCKETS (1u << 16)
#define KEYSPACE (1u << 18)

struct Node {
  uint32_t key;
  uint32_t value;
  struct Node *next;
};

static struct Node *Buckets[BUCKETS];

static inline uint32_t hash(uint32_t k) {
  k ^= k >> 16;
  k *= 0x7feb352du;
  k ^= k >> 15;
  k *= 0x846ca68bu;
  k ^= k >> 16;
  return k;
}

static struct Node **find(uint32_t key) {
  struct Node **p = &Buckets[hash(key) & (BUCKETS - 1)];
  while (*p && (*p)->key != key)
    p = &(*p)->next;
  return p;
}

int main(void) {
  uint32_t h = 0, live = 0;
  for (uint32_t op = 0; op < OPS; op++) {
    uint32_t r = bench_rand();
    uint32_t key = r % KEYSPACE;
    struct Node **p = find(key);
    switch ((r >> 24) % 4) {
    case 0:
    case 1: /* insert or update */
      if (*p) {
        (*p)->value += op;
      } else {
        struct Node *n = malloc(sizeof *n);
        n->key = key;
        n->value = op;
        n->next = NULL;
        *p = n;
        live++;
      }
      break;
    case 2: /* lookup */
      h = bench_mix(h, *p ? (*p)->value : 0xFFFFFFFFu);
      break;
    default: /* delete */
      if (*p) {
        struct Node *dead = *p;
        *p = dead->next;
        h = bench_mix(h, dead->value);
        free(dead);
        live--;
      }
      break;
    }
  }
  for (uint32_t b = 0; b < BUCKETS; b++)
    for (struct Node *n = Buckets[b]; n; n = n->next)
      h = bench_mix(h, n->key ^ n->value);
  h = bench_mix(h, live);
  bench_report("hashtable", h);
  return 0;
}
