// Memory operations: memcpy/memmove with every overlap direction, memset,
// memchr/memcmp, unaligned loads and stores through memcpy, byte order,
// float/int bit casts, struct assignment, and large (megabyte) block
// operations. Built a second time with -mbulk-memory so that clang emits
// memory.copy and memory.fill for the calls it expands inline.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/memops.expected %t.out
// The same module with an explicit bounds check before every access.
// RUN: wasmc --bounds-checks=explicit %t.wasm -o %t.explicit
// RUN: %t.explicit > %t.explicit.out
// RUN: diff %S/memops.expected %t.explicit.out
// RUN: %wasi-cc -mbulk-memory %s -o %t.bulk.wasm
// RUN: wasmc %t.bulk.wasm -o %t.bulk
// RUN: %t.bulk > %t.bulk.out
// RUN: diff %S/memops.expected %t.bulk.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t checksum(const uint8_t *P, size_t N) {
  uint32_t A = 1, B = 0; // Adler-32
  for (size_t I = 0; I < N; ++I) {
    A = (A + P[I]) % 65521;
    B = (B + A) % 65521;
  }
  return B << 16 | A;
}

static void show(const char *Label, const char *Buf, size_t N) {
  printf("%-22s [", Label);
  for (size_t I = 0; I < N; ++I)
    putchar(Buf[I] ? Buf[I] : '.');
  printf("]\n");
}

struct Pixel {
  uint8_t R, G, B, A;
  float Weight;
  uint16_t Tag;
};

int main(void) {
  char Buf[32];
  const char *Alpha = "abcdefghijklmnopqrstuvwxyz";
  memcpy(Buf, Alpha, 27);
  memmove(Buf + 3, Buf, 10); // forward overlap
  show("memmove right by 3", Buf, 26);
  memcpy(Buf, Alpha, 27);
  memmove(Buf, Buf + 5, 12); // backward overlap
  show("memmove left by 5", Buf, 26);
  memcpy(Buf, Alpha, 27);
  memmove(Buf + 4, Buf + 4, 8); // same place
  memset(Buf + 20, 0, 3);
  memset(Buf + 10, '*', 4);
  show("memset", Buf, 26);
  printf("memchr('q') at %td, memchr('?') %s\n",
         (char *)memchr(Alpha, 'q', 26) - Alpha,
         memchr(Alpha, '?', 26) ? "found" : "null");
  printf("memcmp: %d %d %d\n", memcmp("abc", "abd", 3) < 0,
         memcmp("abc", "abc", 3) == 0, memcmp("\xff", "\x01", 1) > 0);

  // Unaligned access at every offset of an 8-byte word.
  uint8_t Raw[24];
  for (int I = 0; I < 24; ++I)
    Raw[I] = (uint8_t)(0x10 + I);
  for (int Off = 0; Off < 8; ++Off) {
    uint64_t V64;
    uint32_t V32;
    uint16_t V16;
    memcpy(&V64, Raw + Off, 8);
    memcpy(&V32, Raw + Off + 1, 4);
    memcpy(&V16, Raw + Off + 3, 2);
    printf("offset %d: u64 %016" PRIx64 " u32 %08" PRIx32 " u16 %04x\n", Off,
           V64, V32, V16);
  }
  uint64_t Store = 0x1122334455667788ull;
  memcpy(Raw + 3, &Store, 8);
  printf("after unaligned store:");
  for (int I = 0; I < 12; ++I)
    printf(" %02x", Raw[I]);
  printf("\n");

  // Byte order and bit casts.
  uint32_t Word = 0x01020304;
  uint8_t Bytes[4];
  memcpy(Bytes, &Word, 4);
  printf("0x01020304 in memory: %02x %02x %02x %02x (little endian: %d)\n",
         Bytes[0], Bytes[1], Bytes[2], Bytes[3], Bytes[0] == 4);
  float Fl = -1.5f;
  uint32_t FBits;
  memcpy(&FBits, &Fl, 4);
  double Db = 0.1;
  uint64_t DBits;
  memcpy(&DBits, &Db, 8);
  printf("bits(-1.5f) = %08" PRIx32 ", bits(0.1) = %016" PRIx64 "\n", FBits,
         DBits);
  uint32_t InfBits = 0x7f800000u;
  float Inf;
  memcpy(&Inf, &InfBits, 4);
  printf("float from 0x7f800000 = %f\n", (double)Inf);

  // Struct copies by assignment and in arrays.
  struct Pixel Pixels[64];
  for (int I = 0; I < 64; ++I)
    Pixels[I] = (struct Pixel){(uint8_t)I, (uint8_t)(I * 3), (uint8_t)(255 - I),
                               255, I / 8.0f, (uint16_t)(I * 1000)};
  struct Pixel Copy[64];
  memcpy(Copy, Pixels, sizeof(Pixels));
  struct Pixel Swapped = Copy[10];
  Copy[10] = Copy[53];
  Copy[53] = Swapped;
  printf("pixel 10: %u %u %u %u %.3f %u; pixel 53 tag %u; sizeof %zu\n",
         Copy[10].R, Copy[10].G, Copy[10].B, Copy[10].A,
         (double)Copy[10].Weight, Copy[10].Tag, Copy[53].Tag,
         sizeof(struct Pixel));

  // Megabyte-sized blocks.
  enum { Size = 3 * 1024 * 1024 + 7 };
  uint8_t *Src = malloc(Size), *Dst = malloc(Size);
  if (!Src || !Dst)
    return 1;
  for (size_t I = 0; I < Size; ++I)
    Src[I] = (uint8_t)(I * 2654435761u >> 13);
  memcpy(Dst, Src, Size);
  printf("big memcpy equal: %d, adler %08" PRIx32 "\n",
         memcmp(Src, Dst, Size) == 0, checksum(Dst, Size));
  memmove(Dst + 1000, Dst, Size - 1000);
  printf("big memmove: first moved byte ok %d, last ok %d, adler %08" PRIx32
         "\n",
         Dst[1000] == Src[0], Dst[Size - 1] == Src[Size - 1001],
         checksum(Dst, Size));
  memset(Dst, 0x5a, Size);
  size_t Count = 0;
  for (size_t I = 0; I < Size; ++I)
    Count += Dst[I] == 0x5a;
  printf("big memset: %zu of %d bytes set\n", Count, Size);
  free(Src);
  free(Dst);
  return 0;
}
