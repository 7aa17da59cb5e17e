// Helpers for the sandbox tests: raw WASI calls on the preopened directory
// (guest descriptor 3), printing the WASI errno of each attempt so that the
// RUN lines can check exact values: ENOTCAPABLE 76, EBADF 8, EFAULT 21,
// ELOOP 32, ENOENT 44, EINVAL 28.
#include <stdio.h>
#include <string.h>
#include <wasi/api.h>

#define PREOPEN 3
#define ALL_RIGHTS ((__wasi_rights_t)0x3fffffff)

#define SHOW(label, expr) printf("%s: %d\n", label, (int)(expr))

static __wasi_errno_t openAt(__wasi_fd_t Dir, const char *Path,
                             __wasi_lookupflags_t Lookup,
                             __wasi_oflags_t OFlags, __wasi_rights_t Rights,
                             __wasi_fd_t *Out) {
  return __wasi_path_open(Dir, Lookup, Path, OFlags, Rights, Rights, 0, Out);
}

static __wasi_errno_t openRead(const char *Path, int Follow) {
  __wasi_fd_t Fd;
  __wasi_errno_t E = openAt(PREOPEN, Path,
                            Follow ? __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW : 0,
                            0, __WASI_RIGHTS_FD_READ, &Fd);
  if (E == 0)
    __wasi_fd_close(Fd);
  return E;
}

/// Reads up to Len - 1 bytes of Path (beneath the preopen) into Buf.
static __wasi_errno_t readFile(const char *Path, char *Buf, size_t Len) {
  __wasi_fd_t Fd;
  __wasi_errno_t E = openAt(PREOPEN, Path, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW,
                            0, __WASI_RIGHTS_FD_READ, &Fd);
  if (E)
    return E;
  __wasi_iovec_t Iov = {(uint8_t *)Buf, Len - 1};
  __wasi_size_t N = 0;
  E = __wasi_fd_read(Fd, &Iov, 1, &N);
  Buf[E ? 0 : N] = '\0';
  __wasi_fd_close(Fd);
  return E;
}
