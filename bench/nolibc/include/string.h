/* nolibc: <string.h> as builtins. With -mbulk-memory clang lowers them to
 * memory.copy and memory.fill; nolibc.c defines them for any call left. */
#ifndef BENCH_NOLIBC_STRING_H
#define BENCH_NOLIBC_STRING_H
#include <stddef.h>
void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
#endif
