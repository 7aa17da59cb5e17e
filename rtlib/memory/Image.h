//===- memory/Image.h - Copy-on-write initial memory images ----*- C++ -*-===//
//
// Copying a module's data segments into each new instance's memory costs
// time in proportion to the data (a 5 MB image: about 200 µs per
// instantiation, and as much again to zero it on destroy), and each
// instance holds its own copy of pages it never writes. So, as Wasmtime's
// copy-on-write memory images do, a module whose data is large enough gets
// its memory's initial contents written once per process into a sealed
// memfd, and every instance maps that image MAP_PRIVATE over the part of
// its memory the data spans: instantiation is one mmap, pages are shared
// until an instance writes one (then it gets a private copy), and destroy
// maps fresh zero pages over the span.
//
// Only where the result is exactly what copying the segments would give:
// a memory the instance defines (not imported), whose active segments all
// have constant offsets and all fit in its initial size (so none can trap
// and their order of application cannot be observed), on Linux. Otherwise
// the segments are copied, as they always were.
//
//===----------------------------------------------------------------------===//
#ifndef WASMC_RTLIB_MEMORY_IMAGE_H
#define WASMC_RTLIB_MEMORY_IMAGE_H

#include "wasmc/abi.h"

#include <stdint.h>

namespace wasmc {
namespace rt {

/// Below this many bytes of data, copying is as cheap as mapping.
constexpr uint64_t MinImageBytes = 64 * 1024;

/// The part of a memory an image is mapped over (Size 0: none).
struct ImageSpan {
  uint64_t Start = 0, Size = 0;
};

/// Maps memory MemIdx's initial image of module D over M, a memory the
/// instance defines and has just created (zero), making the image first if
/// this is the module's first instance, and sets Mapped to the span
/// mapped: Size 0 when the memory does not qualify (the caller then copies
/// the segments). False when a failed mapping left M unusable.
bool mapMemoryImage(const wasmc_module_desc *D, uint32_t MemIdx,
                    wasmc_memory *M, ImageSpan &Mapped);

/// Maps fresh zero pages over Span of M (its image, privately written or
/// not), so that the memory is all zero again and the pages cost nothing.
/// False if that fails (then the memory must not be reused).
bool unmapMemoryImage(wasmc_memory *M, ImageSpan Span);

/// Closes the images module D made, before its code is unloaded (no
/// instance of it may be left).
void releaseMemoryImages(const wasmc_module_desc *D);

} // namespace rt
} // namespace wasmc

#endif // WASMC_RTLIB_MEMORY_IMAGE_H
