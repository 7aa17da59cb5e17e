// Hashing byte strings: a self-contained SHA-256 (FIPS 180-4), 32- and
// 64-bit FNV-1a and CRC-32, printed in hex. Exercises 32/64-bit rotates,
// shifts, byte loads and big-endian packing.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/hashes.expected %t.out
// Unoptimised by wasmc (clang's -O2 module, wasmc -O0).
// RUN: wasmc -O0 %t.wasm -o %t.O0
// RUN: %t.O0 > %t.O0.out
// RUN: diff %S/hashes.expected %t.O0.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  uint32_t H[8];
  uint8_t Block[64];
  size_t BlockLen;
  uint64_t TotalBits;
} Sha256;

static const uint32_t RoundK[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t rotr(uint32_t X, unsigned N) {
  return (X >> N) | (X << (32 - N));
}

static void shaCompress(Sha256 *S, const uint8_t *Block) {
  uint32_t W[64];
  for (int I = 0; I < 16; ++I)
    W[I] = (uint32_t)Block[4 * I] << 24 | (uint32_t)Block[4 * I + 1] << 16 |
           (uint32_t)Block[4 * I + 2] << 8 | Block[4 * I + 3];
  for (int I = 16; I < 64; ++I) {
    uint32_t S0 = rotr(W[I - 15], 7) ^ rotr(W[I - 15], 18) ^ (W[I - 15] >> 3);
    uint32_t S1 = rotr(W[I - 2], 17) ^ rotr(W[I - 2], 19) ^ (W[I - 2] >> 10);
    W[I] = W[I - 16] + S0 + W[I - 7] + S1;
  }
  uint32_t A = S->H[0], B = S->H[1], C = S->H[2], D = S->H[3];
  uint32_t E = S->H[4], F = S->H[5], G = S->H[6], H = S->H[7];
  for (int I = 0; I < 64; ++I) {
    uint32_t T1 = H + (rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25)) +
                  ((E & F) ^ (~E & G)) + RoundK[I] + W[I];
    uint32_t T2 = (rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22)) +
                  ((A & B) ^ (A & C) ^ (B & C));
    H = G;
    G = F;
    F = E;
    E = D + T1;
    D = C;
    C = B;
    B = A;
    A = T1 + T2;
  }
  S->H[0] += A;
  S->H[1] += B;
  S->H[2] += C;
  S->H[3] += D;
  S->H[4] += E;
  S->H[5] += F;
  S->H[6] += G;
  S->H[7] += H;
}

static void shaInit(Sha256 *S) {
  static const uint32_t Initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                      0xa54ff53a, 0x510e527f, 0x9b05688c,
                                      0x1f83d9ab, 0x5be0cd19};
  memcpy(S->H, Initial, sizeof(Initial));
  S->BlockLen = 0;
  S->TotalBits = 0;
}

static void shaUpdate(Sha256 *S, const void *Data, size_t Len) {
  const uint8_t *P = Data;
  S->TotalBits += (uint64_t)Len * 8;
  while (Len > 0) {
    size_t Take = 64 - S->BlockLen;
    if (Take > Len)
      Take = Len;
    memcpy(S->Block + S->BlockLen, P, Take);
    S->BlockLen += Take;
    P += Take;
    Len -= Take;
    if (S->BlockLen == 64) {
      shaCompress(S, S->Block);
      S->BlockLen = 0;
    }
  }
}

static void shaFinal(Sha256 *S, uint8_t Digest[32]) {
  uint64_t Bits = S->TotalBits;
  uint8_t Pad = 0x80;
  shaUpdate(S, &Pad, 1);
  uint8_t Zero = 0;
  while (S->BlockLen != 56)
    shaUpdate(S, &Zero, 1);
  uint8_t LenBytes[8];
  for (int I = 0; I < 8; ++I)
    LenBytes[I] = (uint8_t)(Bits >> (56 - 8 * I));
  shaUpdate(S, LenBytes, 8);
  for (int I = 0; I < 8; ++I)
    for (int J = 0; J < 4; ++J)
      Digest[4 * I + J] = (uint8_t)(S->H[I] >> (24 - 8 * J));
}

static void printSha256(const char *Label, const void *Data, size_t Len) {
  Sha256 S;
  uint8_t Digest[32];
  shaInit(&S);
  shaUpdate(&S, Data, Len);
  shaFinal(&S, Digest);
  printf("sha256(%s) = ", Label);
  for (int I = 0; I < 32; ++I)
    printf("%02x", Digest[I]);
  printf("\n");
}

static uint32_t fnv1a32(const char *S) {
  uint32_t H = 0x811c9dc5u;
  for (; *S; ++S)
    H = (H ^ (uint8_t)*S) * 0x01000193u;
  return H;
}

static uint64_t fnv1a64(const char *S) {
  uint64_t H = 0xcbf29ce484222325ull;
  for (; *S; ++S)
    H = (H ^ (uint8_t)*S) * 0x100000001b3ull;
  return H;
}

static uint32_t crc32(const void *Data, size_t Len) {
  static uint32_t Table[256];
  static int Ready = 0;
  if (!Ready) {
    for (uint32_t I = 0; I < 256; ++I) {
      uint32_t C = I;
      for (int K = 0; K < 8; ++K)
        C = (C & 1) ? 0xedb88320u ^ (C >> 1) : C >> 1;
      Table[I] = C;
    }
    Ready = 1;
  }
  const uint8_t *P = Data;
  uint32_t C = 0xffffffffu;
  for (size_t I = 0; I < Len; ++I)
    C = Table[(C ^ P[I]) & 0xff] ^ (C >> 8);
  return C ^ 0xffffffffu;
}

int main(void) {
  const char *Inputs[] = {
      "",
      "abc",
      "The quick brown fox jumps over the lazy dog",
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "WebAssembly ahead-of-time",
      "exactly fifty-five bytes of input for padding edge.....",
      "exactly fifty-six bytes of input for the padding edge...",
  };
  for (size_t I = 0; I < sizeof(Inputs) / sizeof(Inputs[0]); ++I) {
    const char *S = Inputs[I];
    printf("[%zu bytes] \"%s\"\n", strlen(S), S);
    printSha256("s", S, strlen(S));
    printf("fnv1a32 = %08" PRIx32 "  fnv1a64 = %016" PRIx64
           "  crc32 = %08" PRIx32 "\n",
           fnv1a32(S), fnv1a64(S), crc32(S, strlen(S)));
  }

  // A million 'a's, fed in uneven pieces through the streaming interface.
  enum { Total = 1000000 };
  char *Big = malloc(Total);
  memset(Big, 'a', Total);
  Sha256 S;
  uint8_t Digest[32];
  shaInit(&S);
  size_t Done = 0, Step = 1;
  while (Done < Total) {
    size_t Take = Step < Total - Done ? Step : Total - Done;
    shaUpdate(&S, Big + Done, Take);
    Done += Take;
    Step = Step * 3 % 997 + 1;
  }
  shaFinal(&S, Digest);
  printf("sha256(1M x 'a') = ");
  for (int I = 0; I < 32; ++I)
    printf("%02x", Digest[I]);
  printf("\ncrc32(1M x 'a') = %08" PRIx32 "\n", crc32(Big, Total));
  free(Big);
  return 0;
}
