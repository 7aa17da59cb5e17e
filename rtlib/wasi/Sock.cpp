//===- wasi/Sock.cpp - sock_accept, sock_recv, sock_send, sock_shutdown ---===//
//
// Sockets reach the guest only as descriptors in its table (there is no way
// to create one from the guest in preview1, and no grant pre-opens one
// yet). These functions work on any socket descriptor there and fail with
// ENOTSOCK on other descriptors and EBADF on numbers that name none.
//
//===----------------------------------------------------------------------===//
#include "wasi/HostCompat.h"
#include "wasi/Wasi.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

using namespace wasmc::rt;

namespace {
enum : uint32_t { RiRecvPeek = 1, RiRecvWaitall = 2 };
enum : uint16_t { RoRecvDataTruncated = 1 };
enum : uint32_t { SdRd = 1, SdWr = 2 };
constexpr uint32_t IovBatch = 64;
} // namespace

static bool isSocket(const FdEntry &E) {
  return E.Type == FiletypeSocketStream || E.Type == FiletypeSocketDgram;
}

/// Finds socket descriptor Fd: EBADF, then ENOTSOCK, then ENOTCAPABLE.
static int32_t lookupSocket(wasmc_vmctx *V, int32_t Fd, uint64_t Needed,
                            FdEntry *&E) {
  if (int32_t Err = lookupFd(V, Fd, 0, E))
    return Err;
  if (!isSocket(*E))
    return WasiNotSock;
  if ((E->Base & Needed) != Needed)
    return WasiNotCapable;
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_sock_accept(wasmc_vmctx *V, int32_t Fd,
                                          int32_t Flags, int32_t FdOut) {
  FdEntry *E;
  if (int32_t Err = lookupSocket(V, Fd, RightSockAccept, E))
    return Err;
  if (static_cast<uint32_t>(Flags) & ~uint32_t(FdflagNonblock))
    return WasiInval;
  uint8_t *Out = guestRange(V, FdOut, 4);
  if (!Out)
    return WasiFault;
  bool Nonblock = Flags & FdflagNonblock;
  int H;
#if WASMC_RT_LINUX
  do
    H = accept4(E->Host, nullptr, nullptr,
                SOCK_CLOEXEC | (Nonblock ? SOCK_NONBLOCK : 0));
  while (H < 0 && errno == EINTR);
  if (H < 0)
    return wasiErrnoFromHost(errno);
#else
  // The accepted socket's flags are set afterwards (macOS has no accept4;
  // whether it inherits O_NONBLOCK from the listener differs by OS, so it
  // is cleared or set explicitly).
  do
    H = accept(E->Host, nullptr, nullptr);
  while (H < 0 && errno == EINTR);
  if (H < 0)
    return wasiErrnoFromHost(errno);
  int Fl = fcntl(H, F_GETFL);
  if (fcntl(H, F_SETFD, FD_CLOEXEC) != 0 || Fl < 0 ||
      fcntl(H, F_SETFL, Nonblock ? (Fl | O_NONBLOCK) : (Fl & ~O_NONBLOCK)) !=
          0) {
    int Err = errno;
    close(H);
    return wasiErrnoFromHost(Err);
  }
  suppressSigpipe(H);
#endif
  FdEntry New;
  memset(&New, 0, sizeof(New));
  New.Host = H;
  New.Type = FiletypeSocketStream;
  New.Base = (RightFdRead | RightFdWrite | RightPollFdReadwrite |
              RightSockShutdown | RightFdFilestatGet | RightFdFdstatSetFlags) &
             E->Inheriting;
  New.Inheriting = 0;
  int32_t Guest = installFd(V, New);
  if (Guest < 0)
    return WasiMfile;
  storeU32(Out, static_cast<uint32_t>(Guest));
  return WasiSuccess;
}

/// Builds host iovecs for a guest iovec array of N entries (at most
/// IovBatch are used: a short transfer is allowed).
static int32_t socketIovs(wasmc_vmctx *V, int32_t Iovs, uint32_t N,
                          struct iovec *Host, uint32_t &Count) {
  const uint8_t *Guest = guestRange(V, Iovs, uint64_t(N) * 8);
  if (!Guest)
    return WasiFault;
  Count = N < IovBatch ? N : IovBatch;
  if (!translateIovs(V, Guest, Count, Host))
    return WasiFault;
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_sock_recv(wasmc_vmctx *V, int32_t Fd,
                                        int32_t RiData, int32_t RiDataLen,
                                        int32_t RiFlags, int32_t RoDataLen,
                                        int32_t RoFlags) {
  FdEntry *E;
  if (int32_t Err = lookupSocket(V, Fd, RightFdRead, E))
    return Err;
  uint32_t F = static_cast<uint32_t>(RiFlags);
  if (F & ~uint32_t(RiRecvPeek | RiRecvWaitall))
    return WasiInval;
  uint8_t *OutLen = guestRange(V, RoDataLen, 4);
  uint8_t *OutFlags = guestRange(V, RoFlags, 2);
  if (!OutLen || !OutFlags)
    return WasiFault;
  struct iovec Host[IovBatch];
  uint32_t Count;
  if (int32_t Err =
          socketIovs(V, RiData, static_cast<uint32_t>(RiDataLen), Host, Count))
    return Err;
  struct msghdr Msg;
  memset(&Msg, 0, sizeof(Msg));
  Msg.msg_iov = Host;
  Msg.msg_iovlen = Count;
  int HostFlags = ((F & RiRecvPeek) ? MSG_PEEK : 0) |
                  ((F & RiRecvWaitall) ? MSG_WAITALL : 0);
  ssize_t R;
  do
    R = recvmsg(E->Host, &Msg, HostFlags);
  while (R < 0 && errno == EINTR);
  if (R < 0)
    return wasiErrnoFromHost(errno);
  storeU32(OutLen, static_cast<uint32_t>(R));
  uint16_t Flags = (Msg.msg_flags & MSG_TRUNC) ? RoRecvDataTruncated : 0;
  memcpy(OutFlags, &Flags, 2);
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_sock_send(wasmc_vmctx *V, int32_t Fd,
                                        int32_t SiData, int32_t SiDataLen,
                                        int32_t SiFlags, int32_t SoDataLen) {
  FdEntry *E;
  if (int32_t Err = lookupSocket(V, Fd, RightFdWrite, E))
    return Err;
  if (SiFlags != 0) // no siflags are defined
    return WasiInval;
  uint8_t *OutLen = guestRange(V, SoDataLen, 4);
  if (!OutLen)
    return WasiFault;
  struct iovec Host[IovBatch];
  uint32_t Count;
  if (int32_t Err =
          socketIovs(V, SiData, static_cast<uint32_t>(SiDataLen), Host, Count))
    return Err;
  struct msghdr Msg;
  memset(&Msg, 0, sizeof(Msg));
  Msg.msg_iov = Host;
  Msg.msg_iovlen = Count;
  ssize_t R;
  do
    R = sendmsg(E->Host, &Msg, MSG_NOSIGNAL);
  while (R < 0 && errno == EINTR);
  if (R < 0)
    return wasiErrnoFromHost(errno);
  storeU32(OutLen, static_cast<uint32_t>(R));
  return WasiSuccess;
}

extern "C" int32_t wasmc_wasi_sock_shutdown(wasmc_vmctx *V, int32_t Fd,
                                            int32_t How) {
  FdEntry *E;
  if (int32_t Err = lookupSocket(V, Fd, RightSockShutdown, E))
    return Err;
  int HostHow;
  switch (static_cast<uint32_t>(How)) {
  case SdRd:
    HostHow = SHUT_RD;
    break;
  case SdWr:
    HostHow = SHUT_WR;
    break;
  case SdRd | SdWr:
    HostHow = SHUT_RDWR;
    break;
  default:
    return WasiInval;
  }
  if (shutdown(E->Host, HostHow) != 0)
    return wasiErrnoFromHost(errno);
  return WasiSuccess;
}
