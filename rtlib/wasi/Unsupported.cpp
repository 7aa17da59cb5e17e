//===- wasi/Unsupported.cpp - WASI functions not implemented yet ----------===//
//
// These link (so any WASI command module can be compiled) and fail with
// ENOSYS until the WASI issue implements files, directories, polling and
// sockets. Each keeps its real prototype so that replacing it is a local
// change.
//
//===----------------------------------------------------------------------===//
#include "wasi/Wasi.h"

using namespace wasmc::rt;

extern "C" {

int32_t wasmc_wasi_fd_advise(wasmc_vmctx *, int32_t, int64_t, int64_t,
                             int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_allocate(wasmc_vmctx *, int32_t, int64_t, int64_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_datasync(wasmc_vmctx *, int32_t) { return WasiNoSys; }
int32_t wasmc_wasi_fd_fdstat_set_flags(wasmc_vmctx *, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_fdstat_set_rights(wasmc_vmctx *, int32_t, int64_t,
                                        int64_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_filestat_get(wasmc_vmctx *, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_filestat_set_size(wasmc_vmctx *, int32_t, int64_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_filestat_set_times(wasmc_vmctx *, int32_t, int64_t,
                                         int64_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_pread(wasmc_vmctx *, int32_t, int32_t, int32_t, int64_t,
                            int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_pwrite(wasmc_vmctx *, int32_t, int32_t, int32_t, int64_t,
                             int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_readdir(wasmc_vmctx *, int32_t, int32_t, int32_t,
                              int64_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_renumber(wasmc_vmctx *, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_fd_sync(wasmc_vmctx *, int32_t) { return WasiNoSys; }
int32_t wasmc_wasi_path_create_directory(wasmc_vmctx *, int32_t, int32_t,
                                         int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_filestat_get(wasmc_vmctx *, int32_t, int32_t, int32_t,
                                     int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_filestat_set_times(wasmc_vmctx *, int32_t, int32_t,
                                           int32_t, int32_t, int64_t, int64_t,
                                           int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_link(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t,
                             int32_t, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_open(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t,
                             int32_t, int64_t, int64_t, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_readlink(wasmc_vmctx *, int32_t, int32_t, int32_t,
                                 int32_t, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_remove_directory(wasmc_vmctx *, int32_t, int32_t,
                                         int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_rename(wasmc_vmctx *, int32_t, int32_t, int32_t,
                               int32_t, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_symlink(wasmc_vmctx *, int32_t, int32_t, int32_t,
                                int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_path_unlink_file(wasmc_vmctx *, int32_t, int32_t,
                                    int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_poll_oneoff(wasmc_vmctx *, int32_t, int32_t, int32_t,
                               int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_sock_accept(wasmc_vmctx *, int32_t, int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_sock_recv(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t,
                             int32_t, int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_sock_send(wasmc_vmctx *, int32_t, int32_t, int32_t, int32_t,
                             int32_t) {
  return WasiNoSys;
}
int32_t wasmc_wasi_sock_shutdown(wasmc_vmctx *, int32_t, int32_t) {
  return WasiNoSys;
}

} // extern "C"
