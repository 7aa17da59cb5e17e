//===- emscripten_host.c - Runs Emscripten programs compiled by wasmc -----===//
//
// A host for Emscripten-built programs (a C `main` compiled with emcc, whose
// imports are Emscripten's JavaScript runtime: `env.*` and a few
// `wasi_snapshot_preview1` functions), compiled by `wasmc --shared`. It plays
// the part of the JavaScript glue emcc writes next to the .wasm: it starts
// the module the way the glue does (stack init, constructors, main with
// argv) and implements the imports over a read-only in-memory file system
// that the module's `--embed-file` data fills at startup, as the glue's
// MEMFS is filled. bench/large uses it for its correctness run of npm
// espeak-ng (bench/large/hosts/emscripten_node.mjs runs the reference).
//
//   wasmc --shared prog.wasm -o prog.so
//   cc -O1 -Wall -I<wasmc>/rtlib/include emscripten_host.c -o emscripten_host
//      -L<build>/lib/wasmc/x86_64-linux-gnu -lrtlib -Wl,-rpath,<same dir>
//   ./emscripten_host prog.so [args...]    # exits with main's status
//
// What the guest sees is what the glue gives it under node: argv[0] is
// "./this.program"; the environment is the glue's default (USER=web_user,
// PATH=/, HOME=/home/web_user, LANG=C.UTF-8, ...); the current directory
// is "/"; /tmp, /home/web_user, /dev (null, tty, tty1, random, urandom,
// stdin, stdout, stderr) exist; descriptors 0 and 1 are the tty /dev/tty and
// 2 is /dev/tty1, whose writes go to this process's fds 1 and 2 unchanged
// (the glue prints them line by line through console.log/console.error)
// and whose reads come from fd 0. When main returns or exit() is called,
// the guest's stdio buffers are flushed (fflush(0)) as the glue's exitJS
// does in ASSERTIONS builds (checkUnflushedContent); the glue then drops
// those bytes, and any unterminated last line, on their way to
// console.log, while this host writes them: emscripten_node.mjs
// --raw-stdout captures the glue's stdout at the same level as this host.
//
// Differences from the glue, on purpose: the file system is read-only (the
// guest cannot create, write, truncate or remove files; it gets EROFS and a
// warning on stderr), there are no symbolic links (/dev/stdout is the tty
// itself), and emscripten_resize_heap aborts, as the glue of a build
// without ALLOW_MEMORY_GROWTH does (the embedding API has no memory.grow for
// hosts).
// The WASI functions are implemented here too, not taken from the runtime:
// fd_read, fd_seek and fd_close must reach the same descriptor table as
// __syscall_openat, and emcc without WASM_BIGINT legalises fd_seek's i64
// offset into two i32s, which the runtime's fd_seek does not take.
// An import this file does not implement is bound to a stub that names it
// and stops the program (exit status 1) when called; an unknown non-function
// import fails the instantiation. EMSCRIPTEN_HOST_TRACE=1 in the environment
// logs the file-system calls to stderr.
//
//===----------------------------------------------------------------------===//
#include "wasmc/rtlib.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

// Errno values as Emscripten's libc numbers them (WASI's numbering).
enum {
  EmAcces = 2,
  EmBadf = 8,
  EmExist = 20,
  EmFault = 21,
  EmInval = 28,
  EmIo = 29,
  EmIsdir = 31,
  EmMfile = 33,
  EmNametoolong = 37,
  EmNoent = 44,
  EmNotdir = 54,
  EmNotty = 59,
  EmOverflow = 61,
  EmRofs = 69,
  EmSpipe = 70,
};

// open() flags and other constants of Emscripten's musl.
enum {
  OAccMode = 3,
  ORdonly = 0,
  OWronly = 1,
  OCreat = 0100,
  OExcl = 0200,
  OTrunc = 01000,
  ODirectory = 0200000,
  ONofollow = 0400000,
  AtFdcwd = -100,
  AtSymlinkNofollow = 0x100,
  AtEmptyPath = 0x1000,
  SIfdir = 0040000,
  SIfreg = 0100000,
  SIfchr = 0020000,
};

//===----------------------------------------------------------------------===//
// Linear memory
//===----------------------------------------------------------------------===//

// The guest's memory 0, found after instantiation (Emscripten programs have
// no start function, so no import runs before it is known). Its base never
// moves, so pointers into it stay valid across memory.grow.
static wasmc_memory *Mem;

static uint8_t *memAt(uint32_t Addr, uint64_t Len) {
  if (!Mem || (uint64_t)Addr + Len > Mem->size)
    return NULL;
  return Mem->base + Addr;
}

static uint32_t loadU32(uint32_t Addr) {
  uint32_t V = 0;
  uint8_t *P = memAt(Addr, 4);
  if (P)
    memcpy(&V, P, 4);
  return V;
}

static int storeBytes(uint32_t Addr, const void *Src, uint32_t Len) {
  uint8_t *P = memAt(Addr, Len);
  if (!P)
    return 0;
  memcpy(P, Src, Len);
  return 1;
}

static int storeU32(uint32_t Addr, uint32_t V) { return storeBytes(Addr, &V, 4); }
static int storeU64(uint32_t Addr, uint64_t V) { return storeBytes(Addr, &V, 8); }

// A NUL-terminated guest string, or NULL if it runs off the end of memory.
static const char *guestString(uint32_t Addr) {
  if (!Mem || Addr >= Mem->size)
    return NULL;
  const char *S = (const char *)Mem->base + Addr;
  return memchr(S, 0, Mem->size - Addr) ? S : NULL;
}

//===----------------------------------------------------------------------===//
// Diagnostics
//===----------------------------------------------------------------------===//

static int Trace;

// One line on stderr: "emscripten_host: <Open><message><Close>".
static void report(const char *Open, const char *Close, const char *Fmt,
                   va_list Ap) {
  fprintf(stderr, "emscripten_host: %s", Open);
  vfprintf(stderr, Fmt, Ap);
  fprintf(stderr, "%s\n", Close);
}

static void note(const char *Fmt, ...) {
  va_list Ap;
  va_start(Ap, Fmt);
  report("", "", Fmt, Ap);
  va_end(Ap);
}

// Stops the guest the way the glue's abort() does: a message, then a trap
// that unwinds to the host, which exits with status 1.
static int32_t hostAbort(const char *Fmt, ...) {
  va_list Ap;
  va_start(Ap, Fmt);
  report("Aborted(", ")", Fmt, Ap);
  va_end(Ap);
  return WASMC_TRAP_HOST;
}

//===----------------------------------------------------------------------===//
// The in-memory file system (the glue's MEMFS, read-only)
//===----------------------------------------------------------------------===//

enum NodeKind { NodeDir, NodeFile, NodeDev };
// Devices: the glue's two ttys (stdout's and stderr's), /dev/null and the
// random devices.
enum DevKind { DevTty, DevTty1, DevNull, DevRandom };

typedef struct Node {
  char *Name;
  uint32_t Parent; // the root is its own parent
  uint8_t Kind, Dev;
  uint32_t Mode, Rdev;
  uint32_t Data, Size; // files: their bytes, in linear memory
  uint32_t *Children, NumChildren, CapChildren; // directories
  double Timestamp; // ms since the epoch, as the glue's Date.now()
} Node;

static Node *Nodes;
static uint32_t NumNodes, CapNodes;
static const uint32_t Root = 0;

static void *xrealloc(void *P, size_t N) {
  P = realloc(P, N);
  if (!P) {
    note("out of memory");
    exit(1);
  }
  return P;
}

static double nowMs(clockid_t Clock) {
  struct timespec T;
  clock_gettime(Clock, &T);
  return (double)T.tv_sec * 1e3 + (double)T.tv_nsec / 1e6;
}

// The inode number: the glue numbers nodes in creation order from 1.
static uint32_t inodeOf(uint32_t N) { return N + 1; }

static uint32_t findChild(uint32_t Dir, const char *Name, size_t Len) {
  const Node *D = &Nodes[Dir];
  for (uint32_t I = 0; I < D->NumChildren; ++I) {
    const char *C = Nodes[D->Children[I]].Name;
    if (strlen(C) == Len && memcmp(C, Name, Len) == 0)
      return D->Children[I];
  }
  return UINT32_MAX;
}

static uint32_t newNode(uint32_t Parent, const char *Name, size_t Len,
                        uint8_t Kind, uint32_t Mode) {
  if (NumNodes == CapNodes) {
    CapNodes = CapNodes ? 2 * CapNodes : 256;
    Nodes = xrealloc(Nodes, CapNodes * sizeof(Node));
  }
  uint32_t N = NumNodes++;
  Node *P = &Nodes[N];
  memset(P, 0, sizeof(*P));
  P->Name = xrealloc(NULL, Len + 1);
  memcpy(P->Name, Name, Len);
  P->Name[Len] = '\0';
  P->Parent = Parent;
  P->Kind = Kind;
  P->Mode = Mode;
  P->Timestamp = nowMs(CLOCK_REALTIME);
  if (N != Parent) {
    Node *D = &Nodes[Parent];
    if (D->NumChildren == D->CapChildren) {
      D->CapChildren = D->CapChildren ? 2 * D->CapChildren : 8;
      D->Children = xrealloc(D->Children, D->CapChildren * sizeof(uint32_t));
    }
    D->Children[D->NumChildren++] = N;
  }
  return N;
}

// mkdir -p of `Path` (relative to the root, '/'-separated, `Len` bytes), as
// the glue's FS.createPath: existing directories are kept. Returns the last
// directory, or UINT32_MAX when a component exists and is not a directory.
static uint32_t makePath(const char *Path, size_t Len) {
  uint32_t Dir = Root;
  size_t I = 0;
  while (I < Len) {
    size_t J = I;
    while (J < Len && Path[J] != '/')
      ++J;
    if (J > I && !(J - I == 1 && Path[I] == '.')) {
      uint32_t C = findChild(Dir, Path + I, J - I);
      if (C == UINT32_MAX)
        C = newNode(Dir, Path + I, J - I, NodeDir, SIfdir | 0777);
      if (Nodes[C].Kind != NodeDir)
        return UINT32_MAX;
      Dir = C;
    }
    I = J + 1;
  }
  return Dir;
}

static uint32_t makeDevice(uint32_t Dir, const char *Name, uint8_t Dev,
                           uint32_t Mode, uint32_t Rdev) {
  uint32_t N = newNode(Dir, Name, strlen(Name), NodeDev, SIfchr | Mode);
  Nodes[N].Dev = Dev;
  Nodes[N].Rdev = Rdev;
  return N;
}

// The tree the glue builds before the module runs (FS.staticInit, FS.init),
// in its order, which is also the order readdir lists it in.
static void makeDefaultTree(void) {
  newNode(Root, "", 0, NodeDir, SIfdir | 0777);
  makePath("tmp", 3);
  makePath("home/web_user", 13);
  uint32_t Dev = makePath("dev", 3);
  makeDevice(Dev, "null", DevNull, 0666, 1 << 8 | 3);
  makeDevice(Dev, "tty", DevTty, 0666, 5 << 8);
  makeDevice(Dev, "tty1", DevTty1, 0666, 6 << 8);
  makeDevice(Dev, "random", DevRandom, 0555, 64 << 8);
  makeDevice(Dev, "urandom", DevRandom, 0555, 65 << 8);
  makePath("dev/shm/tmp", 11);
  makePath("proc/self/fd", 12);
  // The glue's symlinks to the ttys, here the devices themselves.
  makeDevice(Dev, "stdin", DevTty, 0666, 5 << 8);
  makeDevice(Dev, "stdout", DevTty, 0666, 5 << 8);
  makeDevice(Dev, "stderr", DevTty1, 0666, 6 << 8);
}

// An open file description: shared by descriptors that dup() made, as the
// glue's FSStream.shared is.
typedef struct OpenFile {
  uint32_t Node;
  int32_t Flags;
  int64_t Position;
  uint32_t Refs;
} OpenFile;

enum { MaxFds = 4097 }; // the glue's FS.MAX_OPEN_FDS + 1
static OpenFile *Fds[MaxFds];

static OpenFile *fileOf(int32_t Fd) {
  return Fd >= 0 && Fd < MaxFds ? Fds[Fd] : NULL;
}

// Installs `F` at the lowest free descriptor >= `From`; -EMFILE if none.
static int32_t installFd(OpenFile *F, int32_t From) {
  for (int32_t Fd = From; Fd < MaxFds; ++Fd)
    if (!Fds[Fd]) {
      Fds[Fd] = F;
      ++F->Refs;
      return Fd;
    }
  return -EmMfile;
}

static int32_t openNode(uint32_t N, int32_t Flags) {
  OpenFile *F = xrealloc(NULL, sizeof(OpenFile));
  *F = (OpenFile){N, Flags, 0, 0};
  int32_t Fd = installFd(F, 0);
  if (Fd < 0)
    free(F);
  return Fd;
}

static int isReadable(const OpenFile *F) { return (F->Flags & OAccMode) != OWronly; }
static int isWritable(const OpenFile *F) { return (F->Flags & OAccMode) != ORdonly; }
static int isSeekable(const OpenFile *F) { return Nodes[F->Node].Kind != NodeDev; }

// Resolves `Path` as the glue's SYSCALLS.calculateAt and FS.lookupPath do:
// relative to `DirFd` (AT_FDCWD: the current directory, "/"), with "." and
// ".." removed lexically first (PATH_FS.resolve), then looked up component
// by component. An empty path is the directory itself with `AllowEmpty`.
// Returns a node, or -errno.
static int64_t lookup(int32_t DirFd, const char *Path, int AllowEmpty) {
  enum { MaxDepth = 1024 };
  const char *Start[MaxDepth];
  size_t Len[MaxDepth];
  int Depth = 0;

  if (Path[0] != '/') {
    if (!Path[0] && !AllowEmpty)
      return -EmNoent;
    uint32_t Base = Root;
    if (DirFd != AtFdcwd) {
      OpenFile *F = fileOf(DirFd);
      if (!F)
        return -EmBadf;
      Base = F->Node;
    }
    // The base directory's own path, root first.
    uint32_t Chain[MaxDepth];
    int N = 0;
    for (uint32_t C = Base; C != Root; C = Nodes[C].Parent) {
      if (N == MaxDepth)
        return -EmNametoolong;
      Chain[N++] = C;
    }
    while (N > 0) {
      uint32_t C = Chain[--N];
      Start[Depth] = Nodes[C].Name;
      Len[Depth++] = strlen(Nodes[C].Name);
    }
  }
  for (const char *P = Path; *P;) {
    const char *E = P;
    while (*E && *E != '/')
      ++E;
    size_t L = (size_t)(E - P);
    if (L == 2 && P[0] == '.' && P[1] == '.') {
      if (Depth > 0)
        --Depth;
    } else if (L > 0 && !(L == 1 && P[0] == '.')) {
      if (Depth == MaxDepth)
        return -EmNametoolong;
      Start[Depth] = P;
      Len[Depth++] = L;
    }
    P = *E ? E + 1 : E;
  }
  uint32_t Cur = Root;
  for (int I = 0; I < Depth; ++I) {
    if (Nodes[Cur].Kind != NodeDir)
      return -EmNotdir;
    Cur = findChild(Cur, Start[I], Len[I]);
    if (Cur == UINT32_MAX)
      return -EmNoent;
  }
  return Cur;
}

static void warnReadOnly(const char *What, const char *Path) {
  note("read-only file system: cannot %s %s", What, Path);
}

// struct stat of Emscripten's wasm32 libc, filled as the glue's doStat.
static int32_t writeStat(uint32_t N, uint32_t Buf) {
  uint8_t S[96];
  memset(S, 0, sizeof(S));
  const Node *P = &Nodes[N];
  int32_t Dev = P->Kind == NodeDev ? (int32_t)inodeOf(N) : 1;
  uint32_t Nlink = 1, Blksize = 4096;
  uint64_t Size = P->Kind == NodeDir ? 4096 : P->Kind == NodeFile ? P->Size : 0;
  uint32_t Blocks = (uint32_t)((Size + Blksize - 1) / Blksize);
  uint64_t Ino = inodeOf(N);
  int64_t Sec = (int64_t)(P->Timestamp / 1000);
  uint32_t Frac = (uint32_t)((int64_t)P->Timestamp % 1000) * 1000;
  memcpy(S + 0, &Dev, 4);
  memcpy(S + 4, &P->Mode, 4);
  memcpy(S + 8, &Nlink, 4);
  memcpy(S + 20, &P->Rdev, 4);
  memcpy(S + 24, &Size, 8);
  memcpy(S + 32, &Blksize, 4);
  memcpy(S + 36, &Blocks, 4);
  for (int T = 0; T < 3; ++T) { // atime, mtime, ctime
    memcpy(S + 40 + 16 * T, &Sec, 8);
    memcpy(S + 48 + 16 * T, &Frac, 4);
  }
  memcpy(S + 88, &Ino, 8);
  return storeBytes(Buf, S, sizeof(S)) ? 0 : -EmFault;
}

// Directory entries in the order the glue's readdir gives them: ".", "..",
// then its MEMFS directory object's keys in JavaScript's property order,
// which puts names that are array indices ("0" ... "4294967294", no leading
// zeros) first, ascending, and the others in creation order.
static int isArrayIndex(const char *S, uint64_t *Value) {
  size_t L = strlen(S);
  if (L == 0 || L > 10 || (L > 1 && S[0] == '0'))
    return 0;
  uint64_t V = 0;
  for (size_t I = 0; I < L; ++I) {
    if (S[I] < '0' || S[I] > '9')
      return 0;
    V = V * 10 + (uint64_t)(S[I] - '0');
  }
  *Value = V;
  return V < 0xFFFFFFFFu;
}

static uint64_t IndexKey(uint32_t N) {
  uint64_t V = 0;
  isArrayIndex(Nodes[N].Name, &V);
  return V;
}

static int compareIndexNames(const void *A, const void *B) {
  uint64_t X = IndexKey(*(const uint32_t *)A), Y = IndexKey(*(const uint32_t *)B);
  return X < Y ? -1 : X > Y;
}

// The `I`th entry (after "." and "..") of directory `Dir`.
static uint32_t childInReaddirOrder(uint32_t Dir, uint32_t I) {
  const Node *D = &Nodes[Dir];
  uint32_t *Order = xrealloc(NULL, (D->NumChildren + 1) * sizeof(uint32_t));
  uint32_t N = 0;
  uint64_t V;
  for (uint32_t K = 0; K < D->NumChildren; ++K)
    if (isArrayIndex(Nodes[D->Children[K]].Name, &V))
      Order[N++] = D->Children[K];
  qsort(Order, N, sizeof(uint32_t), compareIndexNames);
  for (uint32_t K = 0; K < D->NumChildren; ++K)
    if (!isArrayIndex(Nodes[D->Children[K]].Name, &V))
      Order[N++] = D->Children[K];
  uint32_t C = Order[I];
  free(Order);
  return C;
}

//===----------------------------------------------------------------------===//
// Device and file I/O
//===----------------------------------------------------------------------===//

static int writeAll(int Fd, const uint8_t *P, size_t N) {
  while (N > 0) {
    ssize_t W = write(Fd, P, N);
    if (W < 0 && errno == EINTR)
      continue;
    if (W <= 0)
      return 0;
    P += W;
    N -= (size_t)W;
  }
  return 1;
}

// Reads up to `Len` bytes at the file's position into guest memory at
// `Buf`. Returns the count, or -errno.
static int64_t readFile(OpenFile *F, uint32_t Buf, uint32_t Len) {
  if (!isReadable(F))
    return -EmBadf;
  Node *P = &Nodes[F->Node];
  if (P->Kind == NodeDir)
    return -EmIsdir;
  uint8_t *Dst = memAt(Buf, Len);
  if (!Dst)
    return -EmFault;
  if (P->Kind == NodeFile) {
    if (F->Position >= P->Size)
      return 0;
    uint64_t N = P->Size - F->Position;
    if (N > Len)
      N = Len;
    const uint8_t *Src = memAt(P->Data + (uint32_t)F->Position, N);
    if (!Src)
      return -EmFault;
    memmove(Dst, Src, N);
    F->Position += N;
    return (int64_t)N;
  }
  switch (P->Dev) {
  case DevTty: {
    ssize_t R;
    do
      R = read(0, Dst, Len);
    while (R < 0 && errno == EINTR);
    return R < 0 ? -EmIo : R;
  }
  case DevRandom:
    for (uint32_t Done = 0; Done < Len;) {
      uint32_t Chunk = Len - Done < 256 ? Len - Done : 256;
      if (getentropy(Dst + Done, Chunk) != 0)
        return -EmIo;
      Done += Chunk;
    }
    return Len;
  case DevNull:
    return 0;
  default: // the glue's stderr tty has no input
    return -EmInval;
  }
}

static int64_t writeFile(OpenFile *F, uint32_t Buf, uint32_t Len) {
  if (!isWritable(F))
    return -EmBadf;
  Node *P = &Nodes[F->Node];
  if (P->Kind == NodeDir)
    return -EmIsdir;
  if (P->Kind == NodeFile) // cannot be open for writing; kept for safety
    return -EmRofs;
  const uint8_t *Src = memAt(Buf, Len);
  if (!Src)
    return -EmFault;
  switch (P->Dev) {
  case DevTty:
    return writeAll(1, Src, Len) ? (int64_t)Len : -EmIo;
  case DevTty1:
    return writeAll(2, Src, Len) ? (int64_t)Len : -EmIo;
  case DevNull:
    return Len;
  default:
    return -EmInval;
  }
}

//===----------------------------------------------------------------------===//
// Imports: env.*
//===----------------------------------------------------------------------===//

#define HOST_FN(Name)                                                          \
  static int32_t Name(void *Env, const wasmc_value *Args, wasmc_value *Results)
#define ARG(I) ((uint32_t)Args[I].i32)
#define SARG(I) (Args[I].i32)
#define RETURN_I32(V)                                                          \
  do {                                                                         \
    Results[0].i32 = (int32_t)(V);                                             \
    return 0;                                                                  \
  } while (0)

HOST_FN(hostAssertFail) {
  const char *Cond = guestString(ARG(0)), *File = guestString(ARG(1)),
             *Func = guestString(ARG(3));
  return hostAbort("Assertion failed: %s, at: %s,%d,%s", Cond ? Cond : "?",
                   File ? File : "unknown filename", SARG(2),
                   Func ? Func : "unknown function");
}

HOST_FN(hostMemcpy) {
  uint8_t *Dst = memAt(ARG(0), ARG(2)), *Src = memAt(ARG(1), ARG(2));
  if (!Dst || !Src)
    return WASMC_TRAP_MEMORY_OUT_OF_BOUNDS;
  memmove(Dst, Src, ARG(2));
  return 0;
}

static double StartMs;

HOST_FN(hostDateNow) {
  Results[0].f64 = nowMs(CLOCK_REALTIME);
  return 0;
}

HOST_FN(hostGetNow) { // performance.now(): ms since the program started
  Results[0].f64 = nowMs(CLOCK_MONOTONIC) - StartMs;
  return 0;
}

HOST_FN(hostGetNowIsMonotonic) { RETURN_I32(1); }

// The glue cannot grow a memory built without ALLOW_MEMORY_GROWTH, and the
// embedding API has no memory.grow for hosts: both abort.
HOST_FN(hostResizeHeap) {
  return hostAbort("Cannot enlarge memory arrays to size %u bytes (OOM)",
                   ARG(0));
}

// _emscripten_fs_load_embedded_files(table): the module's constructors pass
// its table of embedded files, records of {name pointer, size, data
// pointer} that end where the next name pointer is 0. Each file's bytes stay
// where they are in linear memory, as the glue's MEMFS keeps a view of them.
HOST_FN(hostLoadEmbeddedFiles) {
  uint32_t P = ARG(0);
  do {
    uint32_t NameAddr = loadU32(P), Size = loadU32(P + 4),
             Data = loadU32(P + 8);
    P += 12;
    const char *Name = guestString(NameAddr);
    if (!Name || !memAt(Data, Size))
      return hostAbort("bad embedded file record at %u", P - 12);
    const char *Slash = strrchr(Name, '/');
    uint32_t Dir = Slash ? makePath(Name, (size_t)(Slash - Name)) : Root;
    const char *Base = Slash ? Slash + 1 : Name;
    if (Dir == UINT32_MAX || !*Base ||
        findChild(Dir, Base, strlen(Base)) != UINT32_MAX)
      return hostAbort("cannot create embedded file %s", Name);
    uint32_t N = newNode(Dir, Base, strlen(Base), NodeFile, SIfreg | 0666);
    Nodes[N].Data = Data;
    Nodes[N].Size = Size;
    if (Trace)
      note("embedded %s (%u bytes)", Name, Size);
  } while (loadU32(P) != 0);
  return 0;
}

HOST_FN(hostOpenat) {
  const char *Path = guestString(ARG(1));
  int32_t Flags = SARG(2);
  if (!Path)
    RETURN_I32(-EmFault);
  int64_t N = Path[0] ? lookup(SARG(0), Path, 0) : -EmNoent;
  int32_t Result;
  if (N == -EmNoent && (Flags & OCreat)) {
    warnReadOnly("create", Path);
    Result = -EmRofs;
  } else if (N < 0) {
    Result = (int32_t)N;
  } else if ((Flags & OCreat) && (Flags & OExcl)) {
    Result = -EmExist;
  } else if ((Flags & ODirectory) && Nodes[N].Kind != NodeDir) {
    Result = -EmNotdir;
  } else if (Nodes[N].Kind == NodeDir &&
             ((Flags & OAccMode) != ORdonly || (Flags & OTrunc))) {
    Result = -EmIsdir;
  } else if (Nodes[N].Kind == NodeFile &&
             ((Flags & OAccMode) != ORdonly || (Flags & OTrunc))) {
    warnReadOnly("open for writing", Path);
    Result = -EmRofs;
  } else {
    Result = openNode((uint32_t)N, Flags & ~(OExcl | OTrunc | ONofollow));
  }
  if (Trace)
    note("openat(%d, \"%s\", 0%o) = %d", SARG(0), Path, Flags, Result);
  RETURN_I32(Result);
}

HOST_FN(hostFcntl64) {
  OpenFile *F = fileOf(SARG(0));
  if (!F)
    RETURN_I32(-EmBadf);
  int32_t Arg = 0;
  if (ARG(2))
    Arg = (int32_t)loadU32(ARG(2));
  switch (SARG(1)) {
  case 0: // F_DUPFD
    RETURN_I32(Arg < 0 ? -EmInval : installFd(F, Arg));
  case 1: // F_GETFD
  case 2: // F_SETFD: FD_CLOEXEC means nothing without exec
    RETURN_I32(0);
  case 3: // F_GETFL
    RETURN_I32(F->Flags);
  case 4: // F_SETFL
    F->Flags |= Arg;
    RETURN_I32(0);
  case 5: { // F_GETLK: always unlocked
    uint16_t Unlocked = 2;
    RETURN_I32(storeBytes((uint32_t)Arg, &Unlocked, 2) ? 0 : -EmFault);
  }
  case 6: // F_SETLK, F_SETLKW: pretend the lock is taken
  case 7:
    RETURN_I32(0);
  default: // sockets' commands and the rest, which the glue refuses too
    RETURN_I32(-EmInval);
  }
}

// The glue's TTY answers the terminal ioctls (so that musl makes stdout
// line-buffered), everything else is ENOTTY or EINVAL.
HOST_FN(hostIoctl) {
  OpenFile *F = fileOf(SARG(0));
  if (!F)
    RETURN_I32(-EmBadf);
  const Node *P = &Nodes[F->Node];
  int IsTty = P->Kind == NodeDev && (P->Dev == DevTty || P->Dev == DevTty1);
  uint32_t Argp = ARG(2) ? loadU32(ARG(2)) : 0;
  switch (ARG(1)) {
  case 21505: { // TCGETS: the glue's "typical setting"
    if (!IsTty)
      RETURN_I32(-EmNotty);
    static const uint8_t Cc[17] = {0x03, 0x1c, 0x7f, 0x15, 0x04, 0x00,
                                   0x01, 0x00, 0x11, 0x13, 0x1a, 0x00,
                                   0x12, 0x0f, 0x17, 0x16, 0x00};
    uint32_t Flags[4] = {25856, 5, 191, 35387}; // c_[iocl]flag
    uint8_t CcAll[32] = {0};                     // c_cc, after c_line
    memcpy(CcAll, Cc, sizeof(Cc));
    RETURN_I32(storeBytes(Argp, Flags, 16) && storeBytes(Argp + 17, CcAll, 32)
                   ? 0
                   : -EmFault);
  }
  case 21506: // TCSETS, TCSETSW, TCSETSF
  case 21507:
  case 21508:
  case 21509: // TCGETA..TCSETAF
  case 21510:
  case 21511:
  case 21512:
  case 21515: // TCFLSH
  case 21524: // TIOCSWINSZ
    RETURN_I32(IsTty ? 0 : -EmNotty);
  case 21519: // TIOCGPGRP
    if (!IsTty)
      RETURN_I32(-EmNotty);
    RETURN_I32(storeU32(Argp, 0) ? 0 : -EmFault);
  case 21520: // TIOCSPGRP
    RETURN_I32(IsTty ? -EmInval : -EmNotty);
  case 21531: // FIONREAD: no stream of the glue implements it
    RETURN_I32(-EmNotty);
  case 21523: { // TIOCGWINSZ: 24 rows, 80 columns
    if (!IsTty)
      RETURN_I32(-EmNotty);
    uint16_t W[2] = {24, 80};
    RETURN_I32(storeBytes(Argp, W, 4) ? 0 : -EmFault);
  }
  default:
    RETURN_I32(-EmInval);
  }
}

// getdents64: fixed 280-byte records (d_ino, d_off, d_reclen, d_type,
// d_name[261]); the descriptor's position is the record index * 280.
HOST_FN(hostGetdents64) {
  OpenFile *F = fileOf(SARG(0));
  uint32_t Dirp = ARG(1), Count = ARG(2);
  if (!F)
    RETURN_I32(-EmBadf);
  uint32_t Dir = F->Node;
  if (Nodes[Dir].Kind != NodeDir)
    RETURN_I32(-EmNotdir);
  enum { RecSize = 280 };
  uint32_t Total = Nodes[Dir].NumChildren + 2;
  uint64_t Idx = (uint64_t)F->Position / RecSize;
  uint32_t Pos = 0;
  while (Idx < Total && Pos + RecSize <= Count) {
    uint32_t N;
    const char *Name;
    uint8_t Type = 4; // DT_DIR
    if (Idx == 0) {
      N = Dir;
      Name = ".";
    } else if (Idx == 1) {
      N = Nodes[Dir].Parent;
      Name = "..";
    } else {
      N = childInReaddirOrder(Dir, (uint32_t)Idx - 2);
      Name = Nodes[N].Name;
      Type = Nodes[N].Kind == NodeDev ? 2 : Nodes[N].Kind == NodeDir ? 4 : 8;
    }
    uint8_t R[RecSize];
    memset(R, 0, sizeof(R));
    uint64_t Ino = inodeOf(N), Off = (Idx + 1) * RecSize;
    uint16_t RecLen = RecSize;
    memcpy(R, &Ino, 8);
    memcpy(R + 8, &Off, 8);
    memcpy(R + 16, &RecLen, 2);
    R[18] = Type;
    size_t L = strlen(Name);
    memcpy(R + 19, Name, L > 255 ? 255 : L); // the glue cuts at 255 bytes
    if (!storeBytes(Dirp + Pos, R, RecSize))
      RETURN_I32(-EmFault);
    Pos += RecSize;
    ++Idx;
  }
  F->Position = (int64_t)Idx * RecSize;
  RETURN_I32(Pos);
}

// unlink, rmdir: what the guest can reach is read-only.
static int32_t removePath(int32_t DirFd, uint32_t PathAddr) {
  const char *Path = guestString(PathAddr);
  if (!Path)
    return -EmFault;
  int64_t N = lookup(DirFd, Path, 0);
  if (N < 0)
    return (int32_t)N;
  warnReadOnly("remove", Path);
  return -EmRofs;
}

HOST_FN(hostUnlinkat) { RETURN_I32(removePath(SARG(0), ARG(1))); }
HOST_FN(hostRmdir) { RETURN_I32(removePath(AtFdcwd, ARG(0))); }

static int32_t statPath(int32_t DirFd, uint32_t PathAddr, uint32_t Buf,
                        int AllowEmpty, const char *Call) {
  const char *Path = guestString(PathAddr);
  if (!Path)
    return -EmFault;
  int64_t N = lookup(DirFd, Path, AllowEmpty);
  int32_t Result = N < 0 ? (int32_t)N : writeStat((uint32_t)N, Buf);
  if (Trace)
    note("%s(\"%s\") = %d", Call, Path, Result);
  return Result;
}

HOST_FN(hostStat64) { RETURN_I32(statPath(AtFdcwd, ARG(0), ARG(1), 0, "stat")); }
HOST_FN(hostLstat64) { RETURN_I32(statPath(AtFdcwd, ARG(0), ARG(1), 0, "lstat")); }

HOST_FN(hostNewfstatat) {
  int32_t Flags = SARG(3);
  if (Flags & ~(AtSymlinkNofollow | AtEmptyPath))
    RETURN_I32(-EmInval);
  RETURN_I32(statPath(SARG(0), ARG(1), ARG(2), (Flags & AtEmptyPath) != 0,
                      "newfstatat"));
}

HOST_FN(hostFstat64) {
  OpenFile *F = fileOf(SARG(0));
  RETURN_I32(F ? writeStat(F->Node, ARG(1)) : -EmBadf);
}

//===----------------------------------------------------------------------===//
// Imports: wasi_snapshot_preview1 (which return errno values, not -errno)
//===----------------------------------------------------------------------===//

// fd_read and fd_write over an iovec array, as the glue's doReadv and
// doWritev: stop at the first short transfer.
static int32_t transfer(int32_t Fd, uint32_t Iov, uint32_t IovCnt,
                        uint32_t NumOut, int Write) {
  OpenFile *F = fileOf(Fd);
  if (!F)
    return EmBadf;
  uint64_t Done = 0;
  for (uint32_t I = 0; I < IovCnt; ++I) {
    uint32_t Ptr = loadU32(Iov + 8 * I), Len = loadU32(Iov + 8 * I + 4);
    if (!memAt(Iov + 8 * I, 8))
      return EmFault;
    int64_t N = Write ? writeFile(F, Ptr, Len) : readFile(F, Ptr, Len);
    if (N < 0)
      return (int32_t)-N;
    Done += (uint64_t)N;
    if ((uint64_t)N < Len)
      break;
  }
  return storeU32(NumOut, (uint32_t)Done) ? 0 : EmFault;
}

HOST_FN(hostFdRead) { RETURN_I32(transfer(SARG(0), ARG(1), ARG(2), ARG(3), 0)); }
HOST_FN(hostFdWrite) { RETURN_I32(transfer(SARG(0), ARG(1), ARG(2), ARG(3), 1)); }

static int32_t seek(int32_t Fd, int64_t Offset, int32_t Whence,
                    uint32_t NewOffset) {
  OpenFile *F = fileOf(Fd);
  if (!F)
    return EmBadf;
  if (!isSeekable(F))
    return EmSpipe;
  int64_t Pos = Offset;
  if (Whence == 1)
    Pos += F->Position;
  else if (Whence == 2)
    Pos += Nodes[F->Node].Kind == NodeFile ? Nodes[F->Node].Size : 0;
  else if (Whence != 0)
    return EmInval;
  if (Pos < 0)
    return EmInval;
  F->Position = Pos;
  return storeU64(NewOffset, (uint64_t)Pos) ? 0 : EmFault;
}

// fd_seek as emcc legalises it without WASM_BIGINT: the offset in two i32s.
// The glue refuses offsets beyond 2^53 (a JavaScript number).
HOST_FN(hostFdSeekLegalized) {
  int64_t Offset = (int64_t)((uint64_t)ARG(2) << 32 | ARG(1));
  if (Offset > (INT64_C(1) << 53) || Offset < -(INT64_C(1) << 53))
    RETURN_I32(EmOverflow);
  RETURN_I32(seek(SARG(0), Offset, SARG(3), ARG(4)));
}

HOST_FN(hostFdSeek) { RETURN_I32(seek(SARG(0), Args[1].i64, SARG(2), ARG(3))); }

HOST_FN(hostFdClose) {
  OpenFile *F = fileOf(SARG(0));
  if (!F)
    RETURN_I32(EmBadf);
  Fds[SARG(0)] = NULL;
  if (--F->Refs == 0)
    free(F);
  RETURN_I32(0);
}

// The glue's default environment under node; emscripten_node.mjs pins LANG
// (the glue derives it from navigator.languages) to "C".
static const char *const Environ[] = {
    "USER=web_user", "LOGNAME=web_user",    "PATH=/",
    "PWD=/",         "HOME=/home/web_user", "LANG=C.UTF-8",
    "_=./this.program",
};
enum { NumEnviron = sizeof(Environ) / sizeof(Environ[0]) };

HOST_FN(hostEnvironSizesGet) {
  uint32_t Size = 0;
  for (int I = 0; I < NumEnviron; ++I)
    Size += (uint32_t)strlen(Environ[I]) + 1;
  RETURN_I32(storeU32(ARG(0), NumEnviron) && storeU32(ARG(1), Size) ? 0
                                                                   : EmFault);
}

HOST_FN(hostEnvironGet) {
  uint32_t Buf = ARG(1);
  for (int I = 0; I < NumEnviron; ++I) {
    uint32_t Len = (uint32_t)strlen(Environ[I]) + 1;
    if (!storeU32(ARG(0) + 4 * I, Buf) || !storeBytes(Buf, Environ[I], Len))
      RETURN_I32(EmFault);
    Buf += Len;
  }
  RETURN_I32(0);
}

//===----------------------------------------------------------------------===//
// Resolving imports
//===----------------------------------------------------------------------===//

typedef struct HostImport {
  const char *Module, *Name, *Signature;
  wasmc_host_callback Callback;
} HostImport;

static const HostImport HostImports[] = {
    {"env", "__assert_fail", "iiii:", hostAssertFail},
    {"env", "emscripten_memcpy_js", "iii:", hostMemcpy},
    {"env", "emscripten_date_now", ":F", hostDateNow},
    {"env", "emscripten_get_now", ":F", hostGetNow},
    {"env", "_emscripten_get_now_is_monotonic", ":i", hostGetNowIsMonotonic},
    {"env", "emscripten_resize_heap", "i:i", hostResizeHeap},
    {"env", "_emscripten_fs_load_embedded_files", "i:", hostLoadEmbeddedFiles},
    {"env", "__syscall_openat", "iiii:i", hostOpenat},
    {"env", "__syscall_fcntl64", "iii:i", hostFcntl64},
    {"env", "__syscall_ioctl", "iii:i", hostIoctl},
    {"env", "__syscall_getdents64", "iii:i", hostGetdents64},
    {"env", "__syscall_unlinkat", "iii:i", hostUnlinkat},
    {"env", "__syscall_rmdir", "i:i", hostRmdir},
    {"env", "__syscall_fstat64", "ii:i", hostFstat64},
    {"env", "__syscall_stat64", "ii:i", hostStat64},
    {"env", "__syscall_lstat64", "ii:i", hostLstat64},
    {"env", "__syscall_newfstatat", "iiii:i", hostNewfstatat},
    {"wasi_snapshot_preview1", "fd_read", "iiii:i", hostFdRead},
    {"wasi_snapshot_preview1", "fd_write", "iiii:i", hostFdWrite},
    {"wasi_snapshot_preview1", "fd_seek", "iiiii:i", hostFdSeekLegalized},
    {"wasi_snapshot_preview1", "fd_seek", "iIii:i", hostFdSeek},
    {"wasi_snapshot_preview1", "fd_close", "i:i", hostFdClose},
    {"wasi_snapshot_preview1", "environ_sizes_get", "ii:i", hostEnvironSizesGet},
    {"wasi_snapshot_preview1", "environ_get", "ii:i", hostEnvironGet},
};

HOST_FN(hostUnimplemented) {
  const wasmc_import_desc *I = Env;
  return hostAbort("unimplemented import %s.%s called", I->module, I->name);
}

static int resolveImport(void *User, const wasmc_import_desc *Import,
                         wasmc_extern *Out) {
  const wasmc_module_desc *Desc = User;
  if (Import->kind == WASMC_EXTERN_MEMORY) {
    // -sIMPORTED_MEMORY: the host makes the memory the glue would.
    const wasmc_limits *L = &Desc->memories[Import->index].limits;
    wasmc_outcome Err;
    wasmc_memory *M = wasmc_memory_new(L->min, L->max, L->has_max, &Err);
    if (!M) {
      note("cannot create memory %s.%s: %s", Import->module, Import->name,
           Err.message);
      return 0;
    }
    wasmc_extern_memory(M, Out);
    return 1;
  }
  if (Import->kind != WASMC_EXTERN_FUNC)
    return 0; // wasmc_instantiate reports it as an unknown import
  const char *Sig = Desc->types[Desc->funcs[Import->index].type_index].signature;
  // exit(status) ends the program as WASI's proc_exit does: the runtime
  // unwinds the guest and the call reports WASMC_OUTCOME_EXITED.
  if (strcmp(Import->module, "env") == 0 && strcmp(Import->name, "exit") == 0 &&
      strcmp(Sig, "i:") == 0) {
    wasmc_import_desc ProcExit = {.module = "wasi_snapshot_preview1",
                                  .name = "proc_exit",
                                  .kind = WASMC_EXTERN_FUNC};
    return wasmc_resolve_wasi(NULL, &ProcExit, Out);
  }
  for (size_t I = 0; I < sizeof(HostImports) / sizeof(HostImports[0]); ++I) {
    const HostImport *H = &HostImports[I];
    if (strcmp(H->Module, Import->module) == 0 &&
        strcmp(H->Name, Import->name) == 0 && strcmp(H->Signature, Sig) == 0) {
      wasmc_extern_host_func(H->Signature, H->Callback, NULL, Out);
      return 1;
    }
  }
  // Not implemented (or of an unexpected type): fail when called, not now,
  // as the glue does for its missing functions, so that a module that
  // imports more than it uses still runs.
  if (Trace)
    note("unimplemented import %s.%s (%s)", Import->module, Import->name, Sig);
  wasmc_extern_host_func(Sig, hostUnimplemented, (void *)Import, Out);
  return 1;
}

//===----------------------------------------------------------------------===//
// Startup, as the glue's run() and callMain()
//===----------------------------------------------------------------------===//

static wasmc_instance *Inst;
static const char *Program;
static int MainStarted;

static void checkStackCookie(void);
static void flushAtExit(void);

// Ends the process for a call that did not return: exit() or proc_exit
// gives its status; a trap or an abort is status 1, as under the glue.
static void finish(const wasmc_outcome *Out) {
  switch (Out->kind) {
  case WASMC_OUTCOME_EXITED:
    if (MainStarted)
      flushAtExit();
    checkStackCookie();
    exit(Out->exit_code);
  case WASMC_OUTCOME_TRAPPED:
  case WASMC_OUTCOME_EXCEPTION:
  case WASMC_OUTCOME_INTERRUPTED:
    wasmc_print_trap(2, Out);
    exit(1);
  default:
    fprintf(stderr, "%s: %s\n", Program, Out->message);
    exit(1);
  }
}

static int hasExport(const char *Name) {
  wasmc_extern E;
  return wasmc_instance_get_export(Inst, Name, &E) &&
         E.kind == WASMC_EXTERN_FUNC;
}

static int32_t call(const char *Name, const wasmc_value *Args, uint32_t NumArgs,
                    uint32_t NumResults) {
  wasmc_value Result = {0};
  wasmc_outcome Out;
  wasmc_instance_call(Inst, Name, Args, NumArgs, &Result, NumResults, &Out);
  if (Out.kind != WASMC_OUTCOME_RETURNED)
    finish(&Out);
  return Result.i32;
}

// With STACK_OVERFLOW_CHECK (which ASSERTIONS builds have), the glue writes
// two cookies at the end of the stack and one at address 0, and checks them
// before and after main.
static uint32_t StackCookieAt;
static int HasStackCookie;

static void writeStackCookie(void) {
  StackCookieAt = (uint32_t)call("emscripten_stack_get_end", NULL, 0, 1);
  if (StackCookieAt == 0)
    StackCookieAt = 4;
  storeU32(StackCookieAt, 0x02135467);
  storeU32(StackCookieAt + 4, 0x89BACDFE);
  storeU32(0, 0x63736d65); // "emsc"
  HasStackCookie = 1;
}

static void checkStackCookie(void) {
  if (!HasStackCookie)
    return;
  if (loadU32(StackCookieAt) != 0x02135467 ||
      loadU32(StackCookieAt + 4) != 0x89BACDFE) {
    note("Aborted(Stack overflow! Stack cookie has been overwritten)");
    exit(1);
  }
  if (loadU32(0) != 0x63736d65) {
    note("Aborted(Runtime error: The application has corrupted its heap "
         "memory area (address zero)!)");
    exit(1);
  }
}

// The glue's exitJS flushes the guest's stdio through fflush(0), so that
// buffered output reaches the devices; a guest without it (a release
// build may not export fflush) keeps its buffers, as under the glue.
static void flushAtExit(void) {
  if (!hasExport("fflush"))
    return;
  wasmc_value Arg = {.i32 = 0}, Result;
  wasmc_outcome Out;
  wasmc_instance_call(Inst, "fflush", &Arg, 1, &Result, 1, &Out);
  if (Out.kind != WASMC_OUTCOME_RETURNED) {
    note("fflush(0) at exit did not return");
    MainStarted = 0;
    finish(&Out);
  }
}

// Emscripten before 3.1.52 exports stackAlloc, later ones
// _emscripten_stack_alloc.
static uint32_t stackAlloc(uint32_t Size) {
  wasmc_value A = {.i32 = (int32_t)Size};
  return (uint32_t)call(hasExport("stackAlloc") ? "stackAlloc"
                                                : "_emscripten_stack_alloc",
                        &A, 1, 1);
}

int main(int Argc, char **Argv) {
  Program = Argv[0];
  if (Argc < 2 || Argv[1][0] == '-') {
    fprintf(stderr, "usage: %s MODULE.so [ARGS...]\n", Program);
    return 2;
  }
  const char *T = getenv("EMSCRIPTEN_HOST_TRACE");
  Trace = T && *T && strcmp(T, "0") != 0;
  StartMs = nowMs(CLOCK_MONOTONIC);
  if (wasmc_runtime_init() != 0) {
    fprintf(stderr, "%s: cannot initialise the wasmc runtime\n", Program);
    return 1;
  }
  // dlopen searches the library path for a name without a slash; the user
  // meant the file.
  char Path[4096];
  snprintf(Path, sizeof(Path), "%s%s", strchr(Argv[1], '/') ? "" : "./",
           Argv[1]);
  wasmc_outcome Out;
  wasmc_module *Mod = wasmc_module_load(Path, &Out);
  if (!Mod) {
    fprintf(stderr, "%s: %s\n", Argv[1], Out.message);
    return 1;
  }

  // FS.staticInit and FS.init, then the standard streams: the glue opens
  // /dev/stdin read-only and /dev/stdout, /dev/stderr write-only.
  makeDefaultTree();
  int64_t Tty = lookup(AtFdcwd, "/dev/tty", 0), Tty1 = lookup(AtFdcwd, "/dev/tty1", 0);
  openNode((uint32_t)Tty, ORdonly);
  openNode((uint32_t)Tty, OWronly);
  openNode((uint32_t)Tty1, OWronly);

  const wasmc_module_desc *Desc = wasmc_module_desc_of(Mod);
  wasmc_instance_config Config = {.resolve = resolveImport,
                                  .resolve_data = (void *)Desc};
  Inst = wasmc_instantiate(Desc, &Config, &Out);
  if (!Inst)
    finish(&Out);
  wasmc_extern MemExport;
  if (wasmc_instance_get_export(Inst, "memory", &MemExport) &&
      MemExport.kind == WASMC_EXTERN_MEMORY)
    Mem = MemExport.memory;
  else if (Desc->num_memories > 0)
    Mem = wasmc_instance_vmctx(Inst)->mem0;
  if (!Mem) {
    fprintf(stderr, "%s: the module has no memory\n", Argv[1]);
    return 1;
  }

  // run(): stackCheckInit, then initRuntime's constructors (which load the
  // embedded files), then callMain.
  if (hasExport("emscripten_stack_init")) {
    call("emscripten_stack_init", NULL, 0, 0);
    if (hasExport("emscripten_stack_get_end"))
      writeStackCookie();
  }
  checkStackCookie();
  if (hasExport("__wasm_call_ctors"))
    call("__wasm_call_ctors", NULL, 0, 0);
  checkStackCookie();

  const char *MainName = hasExport("__main_argc_argv") ? "__main_argc_argv"
                         : hasExport("main")           ? "main"
                                                       : NULL;
  if (!MainName) {
    fprintf(stderr, "%s: the module exports no main\n", Argv[1]);
    return 1;
  }
  // argv on the guest's stack, laid out as callMain does: the array first,
  // then each string. argv[0] is the glue's thisProgram.
  int GuestArgc = Argc - 1;
  uint32_t GuestArgv = stackAlloc(4 * (uint32_t)(GuestArgc + 1));
  for (int I = 0; I < GuestArgc; ++I) {
    const char *S = I == 0 ? "./this.program" : Argv[I + 1];
    uint32_t Len = (uint32_t)strlen(S) + 1;
    uint32_t P = stackAlloc(Len);
    storeBytes(P, S, Len);
    storeU32(GuestArgv + 4 * I, P);
  }
  storeU32(GuestArgv + 4 * GuestArgc, 0);

  wasmc_extern MainExport;
  wasmc_instance_get_export(Inst, MainName, &MainExport);
  wasmc_value MainArgs[2] = {{.i32 = GuestArgc}, {.i32 = (int32_t)GuestArgv}};
  uint32_t NumMainArgs = strcmp(MainExport.func_signature, ":i") == 0 ? 0 : 2;
  MainStarted = 1;
  int32_t Status = call(MainName, MainArgs, NumMainArgs, 1);
  flushAtExit(); // exitJS(status)
  checkStackCookie();
  return Status;
}
