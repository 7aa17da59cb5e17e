//===- wasi/Errno.cpp - Host errno to WASI errno --------------------------===//
#include "wasi/Wasi.h"

#include <errno.h>

namespace wasmc {
namespace rt {

int32_t wasiErrnoFromHost(int E) {
  switch (E) {
  case 0: return WasiSuccess;
  case E2BIG: return Wasi2Big;
  case EACCES: return WasiAcces;
  case EADDRINUSE: return WasiAddrInUse;
  case EADDRNOTAVAIL: return WasiAddrNotAvail;
  case EAFNOSUPPORT: return WasiAfNoSupport;
  case EAGAIN: return WasiAgain;
  case EALREADY: return WasiAlready;
  case EBADF: return WasiBadf;
  case EBADMSG: return WasiBadMsg;
  case EBUSY: return WasiBusy;
  case ECANCELED: return WasiCanceled;
  case ECHILD: return WasiChild;
  case ECONNABORTED: return WasiConnAborted;
  case ECONNREFUSED: return WasiConnRefused;
  case ECONNRESET: return WasiConnReset;
  case EDEADLK: return WasiDeadlk;
  case EDESTADDRREQ: return WasiDestAddrReq;
  case EDOM: return WasiDom;
  case EDQUOT: return WasiDquot;
  case EEXIST: return WasiExist;
  case EFAULT: return WasiFault;
  case EFBIG: return WasiFbig;
  case EHOSTUNREACH: return WasiHostUnreach;
  case EIDRM: return WasiIdrm;
  case EILSEQ: return WasiIlseq;
  case EINPROGRESS: return WasiInProgress;
  case EINTR: return WasiIntr;
  case EINVAL: return WasiInval;
  case EIO: return WasiIo;
  case EISCONN: return WasiIsConn;
  case EISDIR: return WasiIsDir;
  case ELOOP: return WasiLoop;
  case EMFILE: return WasiMfile;
  case EMLINK: return WasiMlink;
  case EMSGSIZE: return WasiMsgSize;
  case EMULTIHOP: return WasiMultihop;
  case ENAMETOOLONG: return WasiNameTooLong;
  case ENETDOWN: return WasiNetDown;
  case ENETRESET: return WasiNetReset;
  case ENETUNREACH: return WasiNetUnreach;
  case ENFILE: return WasiNfile;
  case ENOBUFS: return WasiNoBufs;
  case ENODEV: return WasiNoDev;
  case ENOENT: return WasiNoEnt;
  case ENOEXEC: return WasiNoExec;
  case ENOLCK: return WasiNoLck;
  case ENOLINK: return WasiNoLink;
  case ENOMEM: return WasiNoMem;
  case ENOMSG: return WasiNoMsg;
  case ENOPROTOOPT: return WasiNoProtoOpt;
  case ENOSPC: return WasiNoSpc;
  case ENOSYS: return WasiNoSys;
  case ENOTCONN: return WasiNotConn;
  case ENOTDIR: return WasiNotDir;
  case ENOTEMPTY: return WasiNotEmpty;
  case ENOTRECOVERABLE: return WasiNotRecoverable;
  case ENOTSOCK: return WasiNotSock;
  case ENOTSUP: return WasiNotSup; // == EOPNOTSUPP on Linux
  case ENOTTY: return WasiNoTty;
  case ENXIO: return WasiNxio;
  case EOVERFLOW: return WasiOverflow;
  case EOWNERDEAD: return WasiOwnerDead;
  case EPERM: return WasiPerm;
  case EPIPE: return WasiPipe;
  case EPROTO: return WasiProto;
  case EPROTONOSUPPORT: return WasiProtoNoSupport;
  case EPROTOTYPE: return WasiProtoType;
  case ERANGE: return WasiRange;
  case EROFS: return WasiRofs;
  case ESPIPE: return WasiSpipe;
  case ESRCH: return WasiSrch;
  case ESTALE: return WasiStale;
  case ETIMEDOUT: return WasiTimedOut;
  case ETXTBSY: return WasiTxtBsy;
  case EXDEV: return WasiXdev;
  default: return WasiIo;
  }
}

} // namespace rt
} // namespace wasmc
