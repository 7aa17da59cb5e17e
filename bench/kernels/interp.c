/* A stack-based bytecode interpreter (switch dispatch) running a small
 * program: nested loops computing a polynomial hash and a sieve. */
#include "bench.h"

#ifndef OUTER
#define OUTER 1500
#endif

enum Op {
  PUSH, LOAD, STORE, ADD, SUB, MUL, XOR, SHR, AND, LT, JMP, JZ, JNZ,
  ALOAD, ASTORE, DUP, DROP, HALT
};

#define MEMSZ 8192
static int32_t Mem[MEMSZ];
static int32_t Vars[16];

BENCH_NOINLINE static int32_t run(const int32_t *code) {
  int32_t stack[64];
  int sp = 0;
  const int32_t *pc = code;
  for (;;) {
    switch ((enum Op)*pc++) {
    case PUSH: stack[sp++] = *pc++; break;
    case LOAD: stack[sp++] = Vars[*pc++]; break;
    case STORE: Vars[*pc++] = stack[--sp]; break;
    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
    case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
    case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
    case SHR: sp--; stack[sp - 1] = (int32_t)((uint32_t)stack[sp - 1] >> (stack[sp] & 31)); break;
    case AND: sp--; stack[sp - 1] &= stack[sp]; break;
    case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
    case JMP: pc = code + *pc; break;
    case JZ: if (stack[--sp] == 0) pc = code + *pc; else pc++; break;
    case JNZ: if (stack[--sp] != 0) pc = code + *pc; else pc++; break;
    case ALOAD: stack[sp - 1] = Mem[stack[sp - 1] & (MEMSZ - 1)]; break;
    case ASTORE: sp -= 2; Mem[stack[sp] & (MEMSZ - 1)] = stack[sp + 1]; break;
    case DUP: stack[sp] = stack[sp - 1]; sp++; break;
    case DROP: sp--; break;
    case HALT: return Vars[0];
    }
  }
}

/* v0 = hash, v1 = i, v2 = j, v3 = outer counter. */
static const int32_t Program[] = {
  /* 0 */ PUSH, 0, STORE, 3,
  /* 4: outer loop */ LOAD, 3, PUSH, OUTER, LT, JZ, 63,
  /* 11 */ PUSH, 0, STORE, 1,
  /* 15: inner loop i < MEMSZ */ LOAD, 1, PUSH, MEMSZ, LT, JZ, 56,
  /* 22: hash = hash*31 ^ mem[i] */ LOAD, 0, PUSH, 31, MUL, LOAD, 1, ALOAD, XOR,
  /* 31: mem[i] = hash >> 3 */ DUP, STORE, 0, LOAD, 1, LOAD, 0, PUSH, 3, SHR, ASTORE,
  /* 42: i += 1 */ DROP, LOAD, 1, PUSH, 1, ADD, STORE, 1, JMP, 15,
  /* 52 (unused) */ HALT, HALT, HALT, HALT,
  /* 56: outer++ */ LOAD, 3, PUSH, 1, ADD, STORE, 3,
  /* 63 */ JMP, 4,
};

int main(void) {
  int32_t prog[sizeof Program / sizeof Program[0] + 4];
  memcpy(prog, Program, sizeof Program);
  /* Patch the outer exit (JZ 63 leads to the backward jump otherwise). */
  prog[10] = 65;
  prog[65] = HALT;
  for (int i = 0; i < MEMSZ; i++)
    Mem[i] = (int32_t)bench_rand();
  Vars[0] = 7;
  int32_t r = run(prog);
  uint32_t h = bench_mix(0, (uint32_t)r);
  for (int i = 0; i < MEMSZ; i += 7)
    h = bench_mix(h, (uint32_t)Mem[i]);
  bench_report("interp", h);
  return 0;
}
