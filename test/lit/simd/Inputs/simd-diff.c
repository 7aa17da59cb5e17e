// Differential SIMD test (test/lit/simd/v8-reference.test): every
// operation over edge-case and pseudo-random inputs, one FNV-1a hash per
// operation. Float NaN lanes are normalised (engines may differ in NaN
// sign and payload) unless signalling, which no arithmetic may return.
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wasm_simd128.h>

#define N 48
static v128_t In[N];
static uint32_t Seed = 12345;
static uint32_t rnd(void) { Seed = Seed * 1664525u + 1013904223u; return Seed; }

static uint64_t H;
static void mix(const void *P, size_t Len) {
  const uint8_t *B = P;
  for (size_t K = 0; K < Len; ++K) { H ^= B[K]; H *= 0x100000001b3ull; }
}
static void mixV(v128_t V) { mix(&V, 16); }
static void mixF32(v128_t V) {
  uint32_t L[4]; memcpy(L, &V, 16);
  for (int K = 0; K < 4; ++K)
    if ((L[K] & 0x7f800000u) == 0x7f800000u && (L[K] & 0x7fffffu))
      L[K] = (L[K] & 0x400000u) ? 0x7fc00000u : 0x7f800001u;
  mix(L, 16);
}
static void mixF64(v128_t V) {
  uint64_t L[2]; memcpy(L, &V, 16);
  for (int K = 0; K < 2; ++K)
    if ((L[K] & 0x7ff0000000000000ull) == 0x7ff0000000000000ull &&
        (L[K] & 0xfffffffffffffull))
      L[K] = (L[K] & 0x8000000000000ull) ? 0x7ff8000000000000ull : 0x7ff0000000000001ull;
  mix(L, 16);
}
static void report(const char *Name) { printf("%-28s %016llx\n", Name, (unsigned long long)H); H = 0xcbf29ce484222325ull; }

#define UN(NAME, EXPR, MIX) do { for (int I = 0; I < N; ++I) { v128_t a = In[I]; MIX(EXPR); } report(NAME); } while (0)
#define BIN(NAME, EXPR, MIX) do { for (int I = 0; I < N; ++I) for (int J = 0; J < N; ++J) { v128_t a = In[I], b = In[J]; MIX(EXPR); } report(NAME); } while (0)
#define SCAL(NAME, EXPR) do { for (int I = 0; I < N; ++I) { v128_t a = In[I]; int R = (EXPR); mix(&R, 4); } report(NAME); } while (0)
#define SHIFT(NAME, EXPR) do { for (int I = 0; I < N; ++I) for (int c = -3; c < 70; c += 3) { v128_t a = In[I]; mixV(EXPR); } report(NAME); } while (0)

int main(void) {
  H = 0xcbf29ce484222325ull;
  static const uint32_t F32[] = {0, 0x80000000u, 0x7fc00000u, 0xffc00000u, 0x7fa00000u, 0x7f800000u, 0xff800000u,
    0x3f000000u, 0x3fc00000u, 0x40200000u, 0xc0200000u, 0x4f000000u, 0xcf000000u, 0x4f800000u, 0x00000001u, 0x807fffffu,
    0x3f800000u, 0xbf800000u, 0x4effffffu, 0x7f7fffffu, 0x4b800001u, 0x3effffffu, 0xbf000000u, 0x7fc12345u};
  static const uint64_t F64[] = {0, 0x8000000000000000ull, 0x7ff8000000000000ull, 0x7ff4000000000000ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x3fe0000000000000ull, 0xc004000000000000ull,
    0x41e0000000000000ull, 0xc1e0000000200000ull, 0x41efffffffe00000ull, 0x41f0000000000000ull,
    0x0000000000000001ull, 0x4330000000000001ull, 0x3ff8000000000000ull, 0xbff0000000000000ull};
  int K = 0;
  for (int I = 0; I < 6; ++I, ++K) { uint32_t L[4]; for (int J = 0; J < 4; ++J) L[J] = F32[(I * 4 + J) % 24]; memcpy(&In[K], L, 16); }
  for (int I = 0; I < 8; ++I, ++K) { uint64_t L[2] = {F64[(I * 2) % 16], F64[(I * 2 + 1) % 16]}; memcpy(&In[K], L, 16); }
  In[K++] = wasm_i8x16_splat(-128); In[K++] = wasm_i8x16_splat(127); In[K++] = wasm_i16x8_splat(-32768);
  In[K++] = wasm_i16x8_splat(32767); In[K++] = wasm_i32x4_splat(0x80000000); In[K++] = wasm_i64x2_splat(-1);
  In[K++] = wasm_i8x16_make(0, 1, 15, 16, 17, 31, 32, 127, -128, -1, 3, 4, 5, 100, -56, 8);
  In[K++] = wasm_i16x8_make(-1, 1, 255, 256, -256, 300, -300, 0x4000);
  while (K < N) { uint32_t L[4] = {rnd(), rnd(), rnd(), rnd()}; memcpy(&In[K++], L, 16); }

  // Integer arithmetic.
  BIN("i8x16.add", wasm_i8x16_add(a, b), mixV); BIN("i8x16.sub", wasm_i8x16_sub(a, b), mixV);
  BIN("i8x16.add_sat_s", wasm_i8x16_add_sat(a, b), mixV); BIN("i8x16.add_sat_u", wasm_u8x16_add_sat(a, b), mixV);
  BIN("i8x16.sub_sat_s", wasm_i8x16_sub_sat(a, b), mixV); BIN("i8x16.sub_sat_u", wasm_u8x16_sub_sat(a, b), mixV);
  BIN("i8x16.min_s", wasm_i8x16_min(a, b), mixV); BIN("i8x16.max_u", wasm_u8x16_max(a, b), mixV);
  BIN("i8x16.avgr_u", wasm_u8x16_avgr(a, b), mixV); BIN("i16x8.avgr_u", wasm_u16x8_avgr(a, b), mixV);
  BIN("i16x8.mul", wasm_i16x8_mul(a, b), mixV); BIN("i32x4.mul", wasm_i32x4_mul(a, b), mixV);
  BIN("i64x2.mul", wasm_i64x2_mul(a, b), mixV); BIN("i64x2.add", wasm_i64x2_add(a, b), mixV);
  BIN("i16x8.add_sat_s", wasm_i16x8_add_sat(a, b), mixV); BIN("i16x8.sub_sat_u", wasm_u16x8_sub_sat(a, b), mixV);
  BIN("i16x8.min_u", wasm_u16x8_min(a, b), mixV); BIN("i32x4.max_s", wasm_i32x4_max(a, b), mixV);
  BIN("i32x4.min_u", wasm_u32x4_min(a, b), mixV);
  BIN("i16x8.q15mulr_sat_s", wasm_i16x8_q15mulr_sat(a, b), mixV);
  BIN("i32x4.dot_i16x8_s", wasm_i32x4_dot_i16x8(a, b), mixV);
  BIN("i16x8.extmul_low_s", wasm_i16x8_extmul_low_i8x16(a, b), mixV);
  BIN("i16x8.extmul_high_u", wasm_u16x8_extmul_high_u8x16(a, b), mixV);
  BIN("i32x4.extmul_high_s", wasm_i32x4_extmul_high_i16x8(a, b), mixV);
  BIN("i64x2.extmul_low_u", wasm_u64x2_extmul_low_u32x4(a, b), mixV);
  BIN("i64x2.extmul_high_s", wasm_i64x2_extmul_high_i32x4(a, b), mixV);
  BIN("i8x16.narrow_s", wasm_i8x16_narrow_i16x8(a, b), mixV); BIN("i8x16.narrow_u", wasm_u8x16_narrow_i16x8(a, b), mixV);
  BIN("i16x8.narrow_s", wasm_i16x8_narrow_i32x4(a, b), mixV); BIN("i16x8.narrow_u", wasm_u16x8_narrow_i32x4(a, b), mixV);
  BIN("i8x16.swizzle", wasm_i8x16_swizzle(a, b), mixV);
  BIN("i8x16.shuffle", wasm_i8x16_shuffle(a, b, 0, 17, 2, 19, 31, 30, 15, 16, 8, 8, 8, 9, 1, 0, 23, 5), mixV);
  BIN("v128.andnot", wasm_v128_andnot(a, b), mixV);
  BIN("v128.bitselect", wasm_v128_bitselect(a, b, In[(I + J) % N]), mixV);
  UN("i8x16.abs", wasm_i8x16_abs(a), mixV); UN("i16x8.neg", wasm_i16x8_neg(a), mixV);
  UN("i32x4.abs", wasm_i32x4_abs(a), mixV); UN("i64x2.abs", wasm_i64x2_abs(a), mixV);
  UN("i64x2.neg", wasm_i64x2_neg(a), mixV);
  UN("i8x16.popcnt", wasm_i8x16_popcnt(a), mixV);
  UN("i16x8.extadd_s", wasm_i16x8_extadd_pairwise_i8x16(a), mixV);
  UN("i16x8.extadd_u", wasm_u16x8_extadd_pairwise_u8x16(a), mixV);
  UN("i32x4.extadd_s", wasm_i32x4_extadd_pairwise_i16x8(a), mixV);
  UN("i32x4.extadd_u", wasm_u32x4_extadd_pairwise_u16x8(a), mixV);
  UN("i16x8.extend_high_s", wasm_i16x8_extend_high_i8x16(a), mixV);
  UN("i32x4.extend_low_u", wasm_u32x4_extend_low_u16x8(a), mixV);
  UN("i64x2.extend_high_s", wasm_i64x2_extend_high_i32x4(a), mixV);
  SHIFT("i8x16.shl", wasm_i8x16_shl(a, c)); SHIFT("i8x16.shr_s", wasm_i8x16_shr(a, c));
  SHIFT("i8x16.shr_u", wasm_u8x16_shr(a, c)); SHIFT("i16x8.shr_s", wasm_i16x8_shr(a, c));
  SHIFT("i32x4.shl", wasm_i32x4_shl(a, c)); SHIFT("i64x2.shr_s", wasm_i64x2_shr(a, c));
  SHIFT("i64x2.shr_u", wasm_u64x2_shr(a, c));
  // Compares and reductions.
  BIN("i8x16.lt_s", wasm_i8x16_lt(a, b), mixV); BIN("i8x16.ge_u", wasm_u8x16_ge(a, b), mixV);
  BIN("i16x8.gt_u", wasm_u16x8_gt(a, b), mixV); BIN("i32x4.le_s", wasm_i32x4_le(a, b), mixV);
  BIN("i64x2.lt_s", wasm_i64x2_lt(a, b), mixV); BIN("i64x2.ge_s", wasm_i64x2_ge(a, b), mixV);
  BIN("f32x4.lt", wasm_f32x4_lt(a, b), mixV); BIN("f32x4.ne", wasm_f32x4_ne(a, b), mixV);
  BIN("f64x2.ge", wasm_f64x2_ge(a, b), mixV); BIN("f64x2.eq", wasm_f64x2_eq(a, b), mixV);
  SCAL("v128.any_true", wasm_v128_any_true(a));
  SCAL("i8x16.all_true", wasm_i8x16_all_true(a)); SCAL("i64x2.all_true", wasm_i64x2_all_true(a));
  SCAL("i8x16.bitmask", wasm_i8x16_bitmask(a)); SCAL("i16x8.bitmask", wasm_i16x8_bitmask(a));
  SCAL("i32x4.bitmask", wasm_i32x4_bitmask(a)); SCAL("i64x2.bitmask", wasm_i64x2_bitmask(a));
  SCAL("i8x16.extract_lane_s", wasm_i8x16_extract_lane(a, 9));
  SCAL("i16x8.extract_lane_u", wasm_u16x8_extract_lane(a, 3));
  // Float arithmetic.
  BIN("f32x4.add", wasm_f32x4_add(a, b), mixF32); BIN("f32x4.sub", wasm_f32x4_sub(a, b), mixF32);
  BIN("f32x4.mul", wasm_f32x4_mul(a, b), mixF32); BIN("f32x4.div", wasm_f32x4_div(a, b), mixF32);
  BIN("f64x2.add", wasm_f64x2_add(a, b), mixF64); BIN("f64x2.div", wasm_f64x2_div(a, b), mixF64);
  BIN("f32x4.min", wasm_f32x4_min(a, b), mixF32); BIN("f32x4.max", wasm_f32x4_max(a, b), mixF32);
  BIN("f64x2.min", wasm_f64x2_min(a, b), mixF64); BIN("f64x2.max", wasm_f64x2_max(a, b), mixF64);
  BIN("f32x4.pmin", wasm_f32x4_pmin(a, b), mixV); BIN("f32x4.pmax", wasm_f32x4_pmax(a, b), mixV);
  BIN("f64x2.pmin", wasm_f64x2_pmin(a, b), mixV); BIN("f64x2.pmax", wasm_f64x2_pmax(a, b), mixV);
  UN("f32x4.sqrt", wasm_f32x4_sqrt(a), mixF32); UN("f64x2.sqrt", wasm_f64x2_sqrt(a), mixF64);
  UN("f32x4.abs", wasm_f32x4_abs(a), mixV); UN("f64x2.neg", wasm_f64x2_neg(a), mixV);
  UN("f32x4.ceil", wasm_f32x4_ceil(a), mixF32); UN("f32x4.floor", wasm_f32x4_floor(a), mixF32);
  UN("f32x4.trunc", wasm_f32x4_trunc(a), mixF32); UN("f32x4.nearest", wasm_f32x4_nearest(a), mixF32);
  UN("f64x2.ceil", wasm_f64x2_ceil(a), mixF64); UN("f64x2.nearest", wasm_f64x2_nearest(a), mixF64);
  // Conversions.
  UN("i32x4.trunc_sat_f32x4_s", wasm_i32x4_trunc_sat_f32x4(a), mixV);
  UN("i32x4.trunc_sat_f32x4_u", wasm_u32x4_trunc_sat_f32x4(a), mixV);
  UN("i32x4.trunc_sat_f64x2_s_zero", wasm_i32x4_trunc_sat_f64x2_zero(a), mixV);
  UN("i32x4.trunc_sat_f64x2_u_zero", wasm_u32x4_trunc_sat_f64x2_zero(a), mixV);
  UN("f32x4.convert_i32x4_s", wasm_f32x4_convert_i32x4(a), mixV);
  UN("f32x4.convert_i32x4_u", wasm_f32x4_convert_u32x4(a), mixV);
  UN("f64x2.convert_low_s", wasm_f64x2_convert_low_i32x4(a), mixV);
  UN("f64x2.convert_low_u", wasm_f64x2_convert_low_u32x4(a), mixV);
  UN("f32x4.demote_f64x2_zero", wasm_f32x4_demote_f64x2_zero(a), mixF32);
  UN("f64x2.promote_low_f32x4", wasm_f64x2_promote_low_f32x4(a), mixF64);
  // Memory: every load form at every offset of a 64-byte window.
  static uint8_t Mem[80];
  for (int I = 0; I < 80; ++I) Mem[I] = (uint8_t)(rnd() >> 13);
  for (int O = 0; O < 64; ++O) {
    mixV(wasm_v128_load(Mem + O)); mixV(wasm_i16x8_load8x8(Mem + O)); mixV(wasm_u32x4_load16x4(Mem + O));
    mixV(wasm_i64x2_load32x2(Mem + O)); mixV(wasm_v128_load8_splat(Mem + O)); mixV(wasm_v128_load64_splat(Mem + O));
    mixV(wasm_v128_load32_zero(Mem + O)); mixV(wasm_v128_load16_lane(Mem + O, In[O % N], 5));
    mixV(wasm_v128_load64_lane(Mem + O, In[O % N], 1));
  }
  report("loads");
  for (int O = 0; O < 64; ++O) {
    wasm_v128_store8_lane(Mem + O, In[O % N], 7); wasm_v128_store32_lane(Mem + 79 - O % 16 - 3, In[O % N], 2);
    wasm_v128_store(Mem + (O * 7) % 64, In[(O * 3) % N]);
  }
  mix(Mem, 80);
  report("stores");
  return 0;
}
