/* N-body gravitational simulation in doubles (a fixed 5-body system with
 * extra bodies), symplectic Euler steps; only sqrt from libm. */
#include "bench.h"
#include <math.h>

#ifndef STEPS
#define STEPS 5500000
#endif
#define NB 5

struct Body {
  double x, y, z, vx, vy, vz, mass;
};

static struct Body Bodies[NB] = {
    {0, 0, 0, 0, 0, 0, 39.47841760435743},
    {4.84, -1.16, -0.10, 0.606, 2.81, -0.025, 0.0377},
    {8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.0113},
    {12.89, -15.11, -0.22, 1.08, 0.868, -0.011, 0.0017},
    {15.37, -25.91, 0.179, 0.979, 0.594, -0.034, 0.0020},
};

BENCH_NOINLINE static void advance(double dt) {
  for (int i = 0; i < NB; i++) {
    struct Body *a = &Bodies[i];
    for (int j = i + 1; j < NB; j++) {
      struct Body *b = &Bodies[j];
      double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * sqrt(d2));
      a->vx -= dx * b->mass * mag;
      a->vy -= dy * b->mass * mag;
      a->vz -= dz * b->mass * mag;
      b->vx += dx * a->mass * mag;
      b->vy += dy * a->mass * mag;
      b->vz += dz * a->mass * mag;
    }
  }
  for (int i = 0; i < NB; i++) {
    Bodies[i].x += dt * Bodies[i].vx;
    Bodies[i].y += dt * Bodies[i].vy;
    Bodies[i].z += dt * Bodies[i].vz;
  }
}

static double energy(void) {
  double e = 0;
  for (int i = 0; i < NB; i++) {
    struct Body *a = &Bodies[i];
    e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
    for (int j = i + 1; j < NB; j++) {
      struct Body *b = &Bodies[j];
      double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
      e -= a->mass * b->mass / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

int main(void) {
  uint32_t h = bench_mix_double(0, energy());
  for (int s = 0; s < STEPS; s++)
    advance(0.01);
  h = bench_mix_double(h, energy());
  for (int i = 0; i < NB; i++)
    h = bench_mix_double(h, Bodies[i].x);
  bench_report("nbody", h);
  return 0;
}
