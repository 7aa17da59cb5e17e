/* sightglass.h for native builds of the sightglass benchmarks
 * (bench/sightglass/run.py): the same interface as the suite's header, whose
 * `bench.start`/`bench.end` Wasm imports become ordinary functions that
 * native/bench.c defines. The suite's own copies of this header are broken
 * symlinks in the shared snapshot, so run.py builds each source in a scratch
 * directory next to this file's copy. */
#ifndef sightglass_h
#define sightglass_h 1

#ifdef __cplusplus
extern "C" {
#endif
void bench_start(void);
void bench_end(void);
#ifdef __cplusplus
}
#endif

/* As in the suite: hides a value from the optimiser. */
#ifndef black_box
static void _black_box(void *x) { (void)x; }
static void (*volatile black_box)(void *x) = _black_box;
#else
void black_box(void *x);
#endif
#define BLACK_BOX(X) black_box((void *)&(X))

#endif
