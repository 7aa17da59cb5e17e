// Embedding costs of a module built with `wasmc --shared`: instantiate +
// destroy latency (p50, p99), requests per second (instantiate, call a
// trivial export, destroy) on one and two threads, the per-call overhead of
// that export, and, for a module compiled with --epoch-interruption, how
// long a spinning guest runs on after the epoch passes its deadline.
//
//   embed_bench <module.so> <export of type [] -> []> [iterations]
//
// Prints one "name value unit" line per measurement. bench/run.py builds
// and runs it (the "Embedding" section of docs/status.md).
#include "wasmc/rtlib.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double nowUs(void) {
  struct timespec T;
  clock_gettime(CLOCK_MONOTONIC, &T);
  return T.tv_sec * 1e6 + T.tv_nsec / 1e3;
}

static int cmp(const void *A, const void *B) {
  double X = *(const double *)A, Y = *(const double *)B;
  return X < Y ? -1 : X > Y;
}

static double percentile(double *V, int N, double P) {
  qsort(V, (size_t)N, sizeof(double), cmp);
  int K = (int)(P * (N - 1) + 0.5);
  return V[K];
}

struct Spin {
  wasmc_instance *I;
  const char *Export;
  volatile double Stopped;
};

static void *spin(void *P) {
  struct Spin *S = P;
  wasmc_outcome Out;
  wasmc_instance_call(S->I, S->Export, NULL, 0, NULL, 0, &Out);
  S->Stopped = nowUs();
  return Out.kind == WASMC_OUTCOME_INTERRUPTED ? S : NULL;
}

struct Worker {
  const wasmc_module_desc *Desc;
  int Requests;
  int Failed;
};

/// One request after another: instantiate, call `nop`, destroy.
static void *serve(void *P) {
  struct Worker *W = P;
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.resolve = wasmc_resolve_wasi;
  for (int K = 0; K < W->Requests; ++K) {
    wasmc_outcome Out;
    wasmc_instance *I = wasmc_instantiate(W->Desc, &Config, &Out);
    if (!I) {
      ++W->Failed;
      continue;
    }
    wasmc_instance_call(I, "nop", NULL, 0, NULL, 0, &Out);
    W->Failed += Out.kind != WASMC_OUTCOME_RETURNED;
    wasmc_instance_destroy(I);
  }
  return NULL;
}

/// Requests per second on Threads threads.
static double throughput(const wasmc_module_desc *D, int Threads, int Each) {
  pthread_t T[8];
  struct Worker W[8];
  double T0 = nowUs();
  for (int K = 0; K < Threads; ++K) {
    W[K] = (struct Worker){D, Each, 0};
    pthread_create(&T[K], NULL, serve, &W[K]);
  }
  int Failed = 0;
  for (int K = 0; K < Threads; ++K) {
    pthread_join(T[K], NULL);
    Failed += W[K].Failed;
  }
  if (Failed) {
    fprintf(stderr, "%d requests failed\n", Failed);
    exit(1);
  }
  return Threads * Each / ((nowUs() - T0) / 1e6);
}

int main(int Argc, char **Argv) {
  if (Argc < 3) {
    fprintf(stderr, "usage: embed_bench module.so export [iterations]\n");
    return 2;
  }
  int N = Argc > 3 ? atoi(Argv[3]) : 2000;
  wasmc_outcome Out;
  if (wasmc_runtime_init() != 0)
    return 1;
  // What a host serving modules with large memories would choose: freed
  // memories of up to 64 MiB stay resident, zeroed, in a pool of 16.
  wasmc_set_memory_pool(16, 64u << 20);
  wasmc_module *M = wasmc_module_load(Argv[1], &Out);
  if (!M) {
    fprintf(stderr, "%s\n", Out.message);
    return 1;
  }
  const wasmc_module_desc *D = wasmc_module_desc_of(M);
  wasmc_instance_config Config;
  memset(&Config, 0, sizeof(Config));
  Config.resolve = wasmc_resolve_wasi;

  double *Lat = calloc((size_t)N, sizeof(double));
  for (int K = -N / 10; K < N; ++K) { // the first tenth warms up
    double T0 = nowUs();
    wasmc_instance *I = wasmc_instantiate(D, &Config, &Out);
    if (!I) {
      fprintf(stderr, "instantiate: %s\n", Out.message);
      return 1;
    }
    wasmc_instance_destroy(I);
    if (K >= 0)
      Lat[K] = nowUs() - T0;
  }
  printf("instantiate_destroy_p50 %.2f us\n", percentile(Lat, N, 0.50));
  printf("instantiate_destroy_p99 %.2f us\n", percentile(Lat, N, 0.99));

  printf("requests_1_thread %.0f per_s\n", throughput(D, 1, N * 4));
  printf("requests_2_threads %.0f per_s\n", throughput(D, 2, N * 4));

  wasmc_instance *I = wasmc_instantiate(D, &Config, &Out);
  const char *Export = Argv[2];
  // A trivial export, called through the by-name API.
  int Calls = 200000;
  double T0 = nowUs();
  for (int K = 0; K < Calls; ++K)
    wasmc_instance_call(I, "nop", NULL, 0, NULL, 0, &Out);
  if (Out.kind == WASMC_OUTCOME_RETURNED)
    printf("call_overhead %.3f us\n", (nowUs() - T0) / Calls);

  if (D->epoch_checks) {
    // The guest spins; the host ticks past its deadline and measures how
    // long the call takes to come back.
    double Worst = 0, Sum = 0;
    int Rounds = 20;
    for (int K = 0; K < Rounds; ++K) {
      wasmc_instance_set_epoch_deadline(I, 1);
      struct Spin S = {I, Export, 0};
      pthread_t T;
      pthread_create(&T, NULL, spin, &S);
      struct timespec Wait = {0, 2 * 1000 * 1000};
      nanosleep(&Wait, NULL);
      double Tick = nowUs();
      wasmc_epoch_increment();
      void *Ok;
      pthread_join(T, &Ok);
      if (!Ok) {
        fprintf(stderr, "the guest was not interrupted\n");
        return 1;
      }
      double Late = S.Stopped - Tick;
      Sum += Late;
      if (Late > Worst)
        Worst = Late;
    }
    printf("interrupt_latency_mean %.1f us\n", Sum / Rounds);
    printf("interrupt_latency_max %.1f us\n", Worst);
  }
  wasmc_instance_destroy(I);
  return 0;
}
