/* The few C library pieces the memory64 benchmark variants need (see
 * bench/README.md, "memory64"). wasi-libc is built for wasm32 only, so the
 * kernels are compiled twice from the same source without a libc, once for
 * wasm32 and once for wasm64, both linked with this file, and the two
 * modules differ only in their address width.
 *
 * Output goes through WASI preview1's fd_write, whose pointers are i32 even
 * in a wasm64 module (preview1 defines no 64-bit variant): every buffer here
 * lies in the module's static data, far below 4 GiB, so the truncation to
 * 32 bits is exact. wasmc's WASI reads memory 0 whatever its address type. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#define WASI_IMPORT(name)                                                      \
  __attribute__((import_module("wasi_snapshot_preview1"),                     \
                 import_name(#name)))

WASI_IMPORT(fd_write)
int32_t wasi_fd_write(int32_t fd, int32_t iovs, int32_t iovs_len,
                      int32_t nwritten);
WASI_IMPORT(proc_exit) _Noreturn void wasi_proc_exit(int32_t code);

static char Out[4096];
static size_t OutLen;

static int32_t addr32(const void *p) { return (int32_t)(uintptr_t)p; }

static void flush(void) {
  /* A preview1 iovec is { u32 buf, u32 len }, in either module. */
  static uint32_t Iov[2];
  static uint32_t Written;
  size_t Done = 0;
  while (Done < OutLen) {
    Iov[0] = (uint32_t)addr32(Out + Done);
    Iov[1] = (uint32_t)(OutLen - Done);
    if (wasi_fd_write(1, addr32(Iov), 1, addr32(&Written)) != 0 ||
        Written == 0)
      wasi_proc_exit(70);
    Done += Written;
  }
  OutLen = 0;
}

static void put(char c) {
  if (OutLen == sizeof Out)
    flush();
  Out[OutLen++] = c;
}

static void putUnsigned(uint32_t v, unsigned base, int width, char pad) {
  char digits[16];
  int n = 0;
  do {
    digits[n++] = "0123456789abcdef"[v % base];
    v /= base;
  } while (v);
  for (; width > n; --width)
    put(pad);
  while (n)
    put(digits[--n]);
}

/* %s, %c, %d, %u, %x with an optional 0 flag and width: what the kernels
 * print. Anything else is printed as written. */
int printf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  for (const char *p = fmt; *p; ++p) {
    if (*p != '%') {
      put(*p);
      continue;
    }
    char pad = ' ';
    int width = 0;
    if (p[1] == '0')
      pad = '0', ++p;
    while (p[1] >= '0' && p[1] <= '9')
      width = width * 10 + (*++p - '0');
    switch (*++p) {
    case 's':
      for (const char *s = va_arg(ap, const char *); *s; ++s)
        put(*s);
      break;
    case 'c':
      put((char)va_arg(ap, int));
      break;
    case 'd': {
      int v = va_arg(ap, int);
      if (v < 0)
        put('-');
      putUnsigned(v < 0 ? -(uint32_t)v : (uint32_t)v, 10, width, pad);
      break;
    }
    case 'u':
      putUnsigned(va_arg(ap, unsigned), 10, width, pad);
      break;
    case 'x':
      putUnsigned(va_arg(ap, unsigned), 16, width, pad);
      break;
    case '\0':
      --p;
      break;
    default:
      put('%');
      put(*p);
    }
  }
  va_end(ap);
  return 0;
}

/* Calls the compiler did not turn into memory.copy/memory.fill. */
void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  return __builtin_memmove(dst, src, n);
}
void *memmove(void *dst, const void *src, size_t n) {
  return __builtin_memmove(dst, src, n);
}
void *memset(void *dst, int c, size_t n) {
  return __builtin_memset(dst, c, n);
}

int main(void);

void _start(void) {
  int status = main();
  flush();
  if (status)
    wasi_proc_exit(status);
}
