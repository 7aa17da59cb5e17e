/* nolibc: <stdlib.h> without an allocator; the kernels built this way
 * (bench/run.py's MEM64_KERNELS) allocate nothing. */
#ifndef BENCH_NOLIBC_STDLIB_H
#define BENCH_NOLIBC_STDLIB_H
#include <stddef.h>
#endif
