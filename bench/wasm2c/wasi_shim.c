/* A minimal WASI preview1 for wasm2c-translated benchmark kernels: the
 * kernels only print a checksum, so stdio writes, the queries wasi-libc's
 * stdio makes at start-up, args and exit are enough. Anything a kernel
 * imports beyond these fails to link, which is the intended signal. */
#include "wasi_shim.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct Z_wasi_snapshot_preview1_instance_t Wasi;

enum { WASI_ESUCCESS = 0, WASI_EBADF = 8, WASI_EINVAL = 28, WASI_ESPIPE = 70 };

static uint8_t *mem_at(Wasi *w, uint64_t addr, uint64_t len) {
  if (addr + len > w->memory->size)
    wasm_rt_trap(WASM_RT_TRAP_OOB);
  return w->memory->data + addr;
}

static uint32_t load32(Wasi *w, uint32_t addr) {
  uint32_t v;
  memcpy(&v, mem_at(w, addr, 4), 4);
  return v;
}

static void store32(Wasi *w, uint32_t addr, uint32_t v) {
  memcpy(mem_at(w, addr, 4), &v, 4);
}

uint32_t Z_wasi_snapshot_preview1Z_fd_write(Wasi *w, uint32_t fd,
                                            uint32_t iovs, uint32_t iovs_len,
                                            uint32_t nwritten) {
  if (fd != 1 && fd != 2)
    return WASI_EBADF;
  uint32_t total = 0;
  for (uint32_t i = 0; i < iovs_len; i++) {
    uint32_t buf = load32(w, iovs + 8 * i);
    uint32_t len = load32(w, iovs + 8 * i + 4);
    const uint8_t *p = mem_at(w, buf, len);
    while (len > 0) {
      ssize_t n = write((int)fd, p, len);
      if (n < 0) {
        if (errno == EINTR)
          continue;
        return WASI_EBADF;
      }
      p += n;
      len -= (uint32_t)n;
      total += (uint32_t)n;
    }
  }
  store32(w, nwritten, total);
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_close(Wasi *w, uint32_t fd) {
  (void)w;
  return fd <= 2 ? WASI_ESUCCESS : WASI_EBADF;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_fdstat_get(Wasi *w, uint32_t fd,
                                                 uint32_t out) {
  if (fd > 2)
    return WASI_EBADF;
  /* struct fdstat { u8 filetype; u16 flags; u64 rights_base, inheriting } */
  uint8_t *p = mem_at(w, out, 24);
  memset(p, 0, 24);
  p[0] = 2; /* character device: wasi-libc line-buffers stdout */
  memset(p + 8, 0xff, 16);
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_fd_seek(Wasi *w, uint32_t fd, uint64_t off,
                                           uint32_t whence, uint32_t out) {
  (void)w; (void)off; (void)whence; (void)out;
  return fd <= 2 ? WASI_ESPIPE : WASI_EBADF;
}

void Z_wasi_snapshot_preview1Z_proc_exit(Wasi *w, uint32_t code) {
  (void)w;
  exit((int)code);
}

uint32_t Z_wasi_snapshot_preview1Z_args_sizes_get(Wasi *w, uint32_t argc_out,
                                                  uint32_t size_out) {
  uint32_t size = 0;
  for (int i = 0; i < w->argc; i++)
    size += (uint32_t)strlen(w->argv[i]) + 1;
  store32(w, argc_out, (uint32_t)w->argc);
  store32(w, size_out, size);
  return WASI_ESUCCESS;
}

uint32_t Z_wasi_snapshot_preview1Z_args_get(Wasi *w, uint32_t argv_out,
                                            uint32_t buf) {
  for (int i = 0; i < w->argc; i++) {
    uint32_t len = (uint32_t)strlen(w->argv[i]) + 1;
    memcpy(mem_at(w, buf, len), w->argv[i], len);
    store32(w, argv_out + 4 * (uint32_t)i, buf);
    buf += len;
  }
  return WASI_ESUCCESS;
}
