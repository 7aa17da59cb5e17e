/* nolibc: the part of <stdio.h> the kernels use (bench_report's printf).
 * See bench/nolibc/nolibc.c. */
#ifndef BENCH_NOLIBC_STDIO_H
#define BENCH_NOLIBC_STDIO_H
int printf(const char *fmt, ...);
#endif
