//===- memory/Image.cpp - Copy-on-write initial memory images -------------===//
#include "memory/Image.h"

#if defined(__linux__)
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace wasmc {
namespace rt {

#if defined(__linux__)

namespace {
/// A memory's image: a sealed memfd holding the bytes of [Start, Start +
/// Size) of the initial memory.
struct Image {
  int Fd;
  uint64_t Start, Size;
};

/// The slot value of a memory that has no image (not eligible, or making
/// it failed): asked once, not at every instantiation.
Image *const NoImage = reinterpret_cast<Image *>(uintptr_t(1));

pthread_mutex_t MakeLock = PTHREAD_MUTEX_INITIALIZER;
} // namespace

/// The span of memory MemIdx that its active data segments cover, rounded
/// out to pages, if they qualify (Image.h); Size 0 otherwise.
static ImageSpan dataSpan(const wasmc_module_desc *D, uint32_t MemIdx,
                          uint64_t PageSize) {
  const wasmc_limits &L = D->memories[MemIdx].limits;
  uint64_t MemBytes = L.min * WASMC_PAGE_SIZE;
  uint64_t Lo = UINT64_MAX, Hi = 0, Bytes = 0;
  for (uint32_t S = 0; S < D->num_datas; ++S) {
    const wasmc_data_desc &Seg = D->datas[S];
    if (Seg.mode != WASMC_SEGMENT_ACTIVE || Seg.memory != MemIdx)
      continue;
    if (Seg.offset.kind != WASMC_CONST_VALUE)
      return {};
    uint64_t Dst = L.is64 ? uint64_t(Seg.offset.value.i64)
                          : uint64_t(uint32_t(Seg.offset.value.i32));
    if (Dst > MemBytes || Seg.size > MemBytes - Dst)
      return {}; // it traps: copying gets the partial writes right
    if (!Seg.size)
      continue;
    Lo = Dst < Lo ? Dst : Lo;
    Hi = Dst + Seg.size > Hi ? Dst + Seg.size : Hi;
    Bytes += Seg.size;
  }
  if (Bytes < MinImageBytes)
    return {};
  uint64_t Start = Lo / PageSize * PageSize;
  uint64_t End = (Hi + PageSize - 1) / PageSize * PageSize;
  // The memory is a whole number of 64 KiB pages, so End stays inside it
  // unless the system's page is larger.
  if (End > MemBytes)
    return {};
  return {Start, End - Start};
}

/// Writes the image of memory MemIdx into a new sealed memfd: the segments
/// in order, as instantiation would apply them; what no segment covers
/// stays a hole, which reads as zero and takes no memory.
static Image *makeImage(const wasmc_module_desc *D, uint32_t MemIdx,
                        ImageSpan Span) {
  int Fd = memfd_create("wasmc-memory-image", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (Fd < 0)
    return NoImage;
  bool Ok = ftruncate(Fd, off_t(Span.Size)) == 0;
  const wasmc_limits &L = D->memories[MemIdx].limits;
  for (uint32_t S = 0; Ok && S < D->num_datas; ++S) {
    const wasmc_data_desc &Seg = D->datas[S];
    if (Seg.mode != WASMC_SEGMENT_ACTIVE || Seg.memory != MemIdx || !Seg.size)
      continue;
    uint64_t Dst = L.is64 ? uint64_t(Seg.offset.value.i64)
                          : uint64_t(uint32_t(Seg.offset.value.i32));
    for (uint64_t Done = 0; Ok && Done < Seg.size;) {
      ssize_t N = pwrite(Fd, Seg.bytes + Done, Seg.size - Done,
                         off_t(Dst - Span.Start + Done));
      Ok = N > 0;
      Done += Ok ? uint64_t(N) : 0;
    }
  }
  // Sealed, nothing can change the image under the instances mapping it.
  Ok = Ok && fcntl(Fd, F_ADD_SEALS,
                   F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) ==
                 0;
  Image *Made = Ok ? static_cast<Image *>(malloc(sizeof(Image))) : nullptr;
  if (!Made) {
    close(Fd);
    return NoImage;
  }
  *Made = {Fd, Span.Start, Span.Size};
  return Made;
}

bool mapMemoryImage(const wasmc_module_desc *D, uint32_t MemIdx,
                    wasmc_memory *M, ImageSpan &Mapped) {
  Mapped = {};
  if (!D->memory_images || MemIdx >= D->num_memories)
    return true;
  void **Slot = &D->memory_images[MemIdx];
  Image *Img = static_cast<Image *>(__atomic_load_n(Slot, __ATOMIC_ACQUIRE));
  if (!Img) {
    pthread_mutex_lock(&MakeLock);
    Img = static_cast<Image *>(__atomic_load_n(Slot, __ATOMIC_ACQUIRE));
    if (!Img) {
      uint64_t PageSize = uint64_t(sysconf(_SC_PAGESIZE));
      ImageSpan Span = dataSpan(D, MemIdx, PageSize);
      Img = Span.Size ? makeImage(D, MemIdx, Span) : NoImage;
      __atomic_store_n(Slot, static_cast<void *>(Img), __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&MakeLock);
  }
  if (Img == NoImage || Img->Start + Img->Size > M->size)
    return true;
  void *At = M->base + Img->Start;
  if (mmap(At, Img->Size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED,
           Img->Fd, 0) == At) {
    Mapped = {Img->Start, Img->Size};
    return true;
  }
  // A failed MAP_FIXED may have unmapped the span: make it zero memory
  // again, as it was, for the segments to be copied into.
  return unmapMemoryImage(M, {Img->Start, Img->Size});
}

bool unmapMemoryImage(wasmc_memory *M, ImageSpan Span) {
  if (!Span.Size)
    return true;
  void *At = M->base + Span.Start;
  return mmap(At, Span.Size, PROT_READ | PROT_WRITE,
              MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE, -1,
              0) == At;
}

void releaseMemoryImages(const wasmc_module_desc *D) {
  if (!D->memory_images)
    return;
  pthread_mutex_lock(&MakeLock);
  for (uint32_t M = 0; M < D->num_memories; ++M) {
    Image *Img = static_cast<Image *>(D->memory_images[M]);
    if (Img && Img != NoImage) {
      close(Img->Fd);
      free(Img);
    }
    D->memory_images[M] = nullptr;
  }
  pthread_mutex_unlock(&MakeLock);
}

#else

// Elsewhere the segments are copied.
bool mapMemoryImage(const wasmc_module_desc *, uint32_t, wasmc_memory *,
                    ImageSpan &Mapped) {
  Mapped = {};
  return true;
}
bool unmapMemoryImage(wasmc_memory *, ImageSpan Span) { return !Span.Size; }
void releaseMemoryImages(const wasmc_module_desc *) {}

#endif

} // namespace rt
} // namespace wasmc
