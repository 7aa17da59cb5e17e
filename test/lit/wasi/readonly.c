// --dir-ro: the guest can read the directory but nothing beneath it can be
// created, written, truncated, renamed, linked, removed or re-timed; those
// rights are missing (ENOTCAPABLE) from the preopen and from everything
// opened through it, and cannot be regained with fd_fdstat_set_rights.
// WASMC_DIRS=ro:GUEST narrows a read-write grant the same way at run time.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox/sub
// RUN: echo inside > %t/sandbox/file.txt
// RUN: touch -d 2001-01-01 %t/sandbox/file.txt
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir-ro %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: wasmc %t/prog.wasm -o %t/prog-rw --dir %t/sandbox::/sandbox
// RUN: env WASMC_DIRS=ro:/sandbox %t/prog-rw | FileCheck %s
// RUN: ls -A %t/sandbox | FileCheck --check-prefix=TREE %s
// RUN: cat %t/sandbox/file.txt | FileCheck --check-prefix=CONTENT %s
// RUN: stat -c %%y %t/sandbox/file.txt | FileCheck --check-prefix=TIME %s
// TREE: file.txt
// TREE-NEXT: sub
// TREE-NOT: {{.}}
// CONTENT: {{^inside$}}
// TIME: 2001-01-01

#include "sandbox.h"

int main(void) {
  char Buf[32];
  // CHECK: read: 0 inside
  printf("read: %d %s", readFile("file.txt", Buf, sizeof(Buf)), Buf);
  __wasi_fd_t Fd;
  // CHECK-NEXT: open for writing: 76
  SHOW("open for writing", openAt(PREOPEN, "file.txt", 0, 0,
                                  __WASI_RIGHTS_FD_WRITE, &Fd));
  // CHECK-NEXT: create: 76
  SHOW("create", openAt(PREOPEN, "new.txt", 0, __WASI_OFLAGS_CREAT, 0, &Fd));
  // CHECK-NEXT: truncate: 76
  SHOW("truncate",
       openAt(PREOPEN, "file.txt", 0, __WASI_OFLAGS_TRUNC, 0, &Fd));
  // CHECK-NEXT: append: 76
  SHOW("append", __wasi_path_open(PREOPEN, 0, "file.txt", 0,
                                  __WASI_RIGHTS_FD_READ, 0,
                                  __WASI_FDFLAGS_APPEND, &Fd));
  // CHECK-NEXT: mkdir: 76
  SHOW("mkdir", __wasi_path_create_directory(PREOPEN, "made"));
  // CHECK-NEXT: rmdir: 76
  SHOW("rmdir", __wasi_path_remove_directory(PREOPEN, "sub"));
  // CHECK-NEXT: unlink: 76
  SHOW("unlink", __wasi_path_unlink_file(PREOPEN, "file.txt"));
  // CHECK-NEXT: rename: 76
  SHOW("rename", __wasi_path_rename(PREOPEN, "file.txt", PREOPEN, "x.txt"));
  // CHECK-NEXT: link: 76
  SHOW("link", __wasi_path_link(PREOPEN, 0, "file.txt", PREOPEN, "x.txt"));
  // CHECK-NEXT: symlink: 76
  SHOW("symlink", __wasi_path_symlink("file.txt", PREOPEN, "x.txt"));
  // CHECK-NEXT: set times: 76
  SHOW("set times", __wasi_path_filestat_set_times(
                        PREOPEN, 0, "file.txt", 0, 0,
                        __WASI_FSTFLAGS_ATIM_NOW | __WASI_FSTFLAGS_MTIM_NOW));
  // Asking for every right is asking for writing ones.
  // CHECK-NEXT: open with all rights: 76
  SHOW("open with all rights",
       openAt(PREOPEN, "file.txt", 0, 0, ALL_RIGHTS, &Fd));
  // A descriptor opened for reading has no writing rights.
  openAt(PREOPEN, "file.txt", 0, 0,
         __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_FILESTAT_GET, &Fd);
  __wasi_ciovec_t Ciov = {(const uint8_t *)"x", 1};
  __wasi_size_t N;
  // CHECK-NEXT: fd: write 76 set_size 76 set_times 76 allocate 76
  printf("fd: write %d set_size %d set_times %d allocate %d\n",
         __wasi_fd_write(Fd, &Ciov, 1, &N), __wasi_fd_filestat_set_size(Fd, 0),
         __wasi_fd_filestat_set_times(Fd, 0, 0, __WASI_FSTFLAGS_MTIM_NOW),
         __wasi_fd_allocate(Fd, 0, 10));
  // Rust's std opens a file for reading asking for every right but the
  // writing ones (FD_FILESTAT_SET_TIMES, the path_* rights, ...): the open
  // succeeds and the rights the tree cannot grant are not granted.
  __wasi_rights_t RustRead = ALL_RIGHTS & ~(__WASI_RIGHTS_FD_WRITE |
                                             __WASI_RIGHTS_FD_DATASYNC |
                                             __WASI_RIGHTS_FD_ALLOCATE |
                                             __WASI_RIGHTS_FD_FILESTAT_SET_SIZE);
  __wasi_fd_t RustFd;
  int RustErr = openAt(PREOPEN, "file.txt", 0, 0, RustRead, &RustFd);
  char RustBuf[16] = {0};
  __wasi_iovec_t Iov = {(uint8_t *)RustBuf, sizeof(RustBuf) - 1};
  (void)__wasi_fd_read(RustFd, &Iov, 1, &N);
  // CHECK-NEXT: open as Rust reads: 0 read inside set_times 76 write 76
  printf("open as Rust reads: %d read %.6s set_times %d write %d\n", RustErr,
         RustBuf, __wasi_fd_filestat_set_times(RustFd, 0, 0,
                                           __WASI_FSTFLAGS_MTIM_NOW),
         __wasi_fd_write(RustFd, &Ciov, 1, &N));
  // Rights only shrink.
  // CHECK-NEXT: regain rights: 76 76
  printf("regain rights: %d %d\n",
         __wasi_fd_fdstat_set_rights(Fd, ALL_RIGHTS, 0),
         __wasi_fd_fdstat_set_rights(PREOPEN, ALL_RIGHTS, ALL_RIGHTS));
  // CHECK-NEXT: subdir: 0 mkdir 76
  __wasi_fd_t Sub;
  int E = openAt(PREOPEN, "sub", 0, __WASI_OFLAGS_DIRECTORY,
                 __WASI_RIGHTS_FD_READDIR | __WASI_RIGHTS_PATH_OPEN, &Sub);
  printf("subdir: %d mkdir %d\n", E,
         __wasi_path_create_directory(Sub, "made"));
  return 0;
}
