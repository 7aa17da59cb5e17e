//===- CompileCache.cpp - Content-addressed cache of compiled modules -----===//
//
// An entry is one file, `llvmcache-wasmc-<key>` (LLVM's pruneCache only
// ever deletes files named llvmcache-*, which protects whatever else lives
// in a directory given by mistake):
//
//   "WASMCC01"  u32 object count  u64 size of each object  the objects
//   the first 8 bytes of the BLAKE3 hash of everything before them
//
// all little-endian. The checksum catches a truncated or damaged file, which
// then counts as a miss. Entries are written to a temporary file in the
// same directory and renamed into place, so concurrent compilers sharing a
// cache never read half an entry.
//
//===----------------------------------------------------------------------===//
#include "driver/CompileCache.h"
#include "support/Diagnostic.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CachePruning.h"
#include "llvm/Support/Chrono.h"
#include "llvm/Support/EndianStream.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace wasmc {

static constexpr StringLiteral EntryMagic = "WASMCC01";
static constexpr StringLiteral EntryPrefix = "llvmcache-wasmc-";
static constexpr size_t ChecksumSize = 8;

CacheKeyBuilder &CacheKeyBuilder::add(StringRef Field) {
  add(uint64_t(Field.size()));
  Hasher.update(Field);
  return *this;
}

CacheKeyBuilder &CacheKeyBuilder::add(uint64_t Field) {
  uint8_t Bytes[8];
  support::endian::write64le(Bytes, Field);
  Hasher.update(ArrayRef<uint8_t>(Bytes));
  return *this;
}

std::string CacheKeyBuilder::key() {
  return toHex(Hasher.final(), /*LowerCase=*/true);
}

Expected<CompileCache> CompileCache::open(StringRef Dir, StringRef Policy) {
  if (std::error_code EC = sys::fs::create_directories(Dir))
    return makeError("cannot create the compile cache directory '" + Dir +
                     "': " + EC.message());
  if (Expected<CachePruningPolicy> Parsed = parseCachePruningPolicy(Policy);
      !Parsed)
    return Parsed.takeError();
  return CompileCache(Dir.str(), Policy.str());
}

std::string CompileCache::entryPath(StringRef Key) const {
  SmallString<256> Path(Dir);
  sys::path::append(Path, EntryPrefix + Key);
  return std::string(Path);
}

std::optional<ObjectList> CompileCache::lookup(StringRef Key) const {
  std::string Path = entryPath(Key);
  ErrorOr<std::unique_ptr<MemoryBuffer>> Buffer = MemoryBuffer::getFile(
      Path, /*IsText=*/false, /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  StringRef Bytes = (*Buffer)->getBuffer();
  if (Bytes.size() < EntryMagic.size() + 4 + ChecksumSize ||
      !Bytes.starts_with(EntryMagic))
    return std::nullopt;
  StringRef Body = Bytes.drop_back(ChecksumSize);
  BLAKE3Result<ChecksumSize> Sum =
      BLAKE3::hash<ChecksumSize>(arrayRefFromStringRef(Body));
  if (ArrayRef<uint8_t>(Sum) !=
      ArrayRef<uint8_t>(Bytes.bytes_end() - ChecksumSize, ChecksumSize))
    return std::nullopt;

  const char *P = Body.data() + EntryMagic.size();
  const char *End = Body.end();
  uint32_t Count = support::endian::read32le(P);
  P += 4;
  if (uint64_t(End - P) / 8 < Count)
    return std::nullopt;
  std::vector<uint64_t> Sizes;
  for (uint32_t I = 0; I < Count; ++I, P += 8)
    Sizes.push_back(support::endian::read64le(P));
  ObjectList Objects;
  for (uint64_t Size : Sizes) {
    if (uint64_t(End - P) < Size)
      return std::nullopt;
    Objects.emplace_back(P, P + Size);
    P += Size;
  }
  if (P != End)
    return std::nullopt;
  // Pruning expires entries by last use, and a file system mounted
  // noatime would otherwise make every entry look unused since written.
  int FD;
  if (!sys::fs::openFileForWrite(Path, FD, sys::fs::CD_OpenExisting,
                                 sys::fs::OF_Append)) {
    sys::fs::setLastAccessAndModificationTime(FD,
                                              std::chrono::system_clock::now());
    sys::Process::SafelyCloseFileDescriptor(FD);
  }
  return Objects;
}

Error CompileCache::store(StringRef Key, const ObjectList &Objects) const {
  std::string Path = entryPath(Key);
  Expected<sys::fs::TempFile> Temp =
      sys::fs::TempFile::create(Path + ".tmp-%%%%%%");
  if (!Temp)
    return Temp.takeError();
  {
    // Written piece by piece, hashed as it goes: an entry can be hundreds
    // of megabytes, and a copy of it would add to the compile's peak.
    raw_fd_ostream File(Temp->FD, /*shouldClose=*/false);
    BLAKE3 Checksum;
    auto Put = [&](StringRef Bytes) {
      File << Bytes;
      Checksum.update(Bytes);
    };
    auto PutInt = [&](auto Value) {
      char Bytes[sizeof(Value)];
      support::endian::write(Bytes, Value, endianness::little);
      Put(StringRef(Bytes, sizeof(Bytes)));
    };
    Put(EntryMagic);
    PutInt(uint32_t(Objects.size()));
    for (const SmallVector<char, 0> &Object : Objects)
      PutInt(uint64_t(Object.size()));
    for (const SmallVector<char, 0> &Object : Objects)
      Put(StringRef(Object.data(), Object.size()));
    BLAKE3Result<ChecksumSize> Sum = Checksum.final<ChecksumSize>();
    File << toStringRef(ArrayRef<uint8_t>(Sum));
    File.flush();
    if (File.has_error()) {
      std::error_code EC = File.error();
      File.clear_error();
      consumeError(Temp->discard());
      return makeError("cannot write " + Temp->TmpName + ": " +
                       EC.message());
    }
  }
  if (Error E = Temp->keep(Path))
    return makeError("cannot store " + Path + ": " + toString(std::move(E)));
  // The policy was checked when the cache was opened.
  pruneCache(Dir, cantFail(parseCachePruningPolicy(Policy)));
  return Error::success();
}

} // namespace wasmc
