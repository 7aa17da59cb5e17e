/* Indirect calls through function-pointer tables: a virtual-dispatch style
 * shape hierarchy and a table-driven opcode dispatcher. */
#include "bench.h"

#ifndef ITERS
#define ITERS 24000000
#endif

typedef uint32_t (*Handler)(uint32_t acc, uint32_t arg);

BENCH_NOINLINE static uint32_t h_add(uint32_t a, uint32_t b) { return a + b; }
BENCH_NOINLINE static uint32_t h_sub(uint32_t a, uint32_t b) { return a - b * 3; }
BENCH_NOINLINE static uint32_t h_mul(uint32_t a, uint32_t b) { return a * (b | 1); }
BENCH_NOINLINE static uint32_t h_xor(uint32_t a, uint32_t b) { return a ^ (b << 7); }
BENCH_NOINLINE static uint32_t h_rot(uint32_t a, uint32_t b) {
  b &= 31;
  return b ? (a << b) | (a >> (32 - b)) : a;
}
BENCH_NOINLINE static uint32_t h_shr(uint32_t a, uint32_t b) { return a ^ (a >> (b & 15)); }
BENCH_NOINLINE static uint32_t h_neg(uint32_t a, uint32_t b) { return ~a + b; }
BENCH_NOINLINE static uint32_t h_mix(uint32_t a, uint32_t b) { return bench_mix(a, b); }

static Handler Table[8] = {h_add, h_sub, h_mul, h_xor, h_rot, h_shr, h_neg, h_mix};

struct Shape;
struct ShapeOps {
  int64_t (*area)(const struct Shape *);
  int64_t (*perimeter)(const struct Shape *);
};
struct Shape {
  const struct ShapeOps *ops;
  int32_t a, b;
};

BENCH_NOINLINE static int64_t rect_area(const struct Shape *s) { return (int64_t)s->a * s->b; }
BENCH_NOINLINE static int64_t rect_perim(const struct Shape *s) { return 2 * ((int64_t)s->a + s->b); }
BENCH_NOINLINE static int64_t tri_area(const struct Shape *s) { return (int64_t)s->a * s->b / 2; }
BENCH_NOINLINE static int64_t tri_perim(const struct Shape *s) { return 3 * (int64_t)s->a; }
BENCH_NOINLINE static int64_t sq_area(const struct Shape *s) { return (int64_t)s->a * s->a; }
BENCH_NOINLINE static int64_t sq_perim(const struct Shape *s) { return 4 * (int64_t)s->a; }

static const struct ShapeOps RectOps = {rect_area, rect_perim};
static const struct ShapeOps TriOps = {tri_area, tri_perim};
static const struct ShapeOps SqOps = {sq_area, sq_perim};

#define NSHAPES 1024
static struct Shape Shapes[NSHAPES];
static uint8_t Ops[4096];

int main(void) {
  const struct ShapeOps *kinds[3] = {&RectOps, &TriOps, &SqOps};
  for (int i = 0; i < NSHAPES; i++) {
    Shapes[i].ops = kinds[bench_rand() % 3];
    Shapes[i].a = (int32_t)(bench_rand() % 1000);
    Shapes[i].b = (int32_t)(bench_rand() % 1000);
  }
  for (int i = 0; i < 4096; i++)
    Ops[i] = (uint8_t)(bench_rand() & 7);
  uint32_t acc = 1;
  for (uint32_t i = 0; i < ITERS; i++)
    acc = Table[Ops[i & 4095]](acc, i);
  int64_t total = 0;
  for (int r = 0; r < ITERS / NSHAPES; r++)
    for (int i = 0; i < NSHAPES; i++) {
      const struct Shape *s = &Shapes[i];
      total += s->ops->area(s) - s->ops->perimeter(s);
    }
  uint32_t h = bench_mix(bench_mix(0, acc), (uint32_t)total);
  h = bench_mix(h, (uint32_t)(total >> 32));
  bench_report("indirect", h);
  return 0;
}
