// A small stack-based bytecode interpreter: an assembler for a tiny
// instruction set, a dispatch loop through a switch (a Wasm br_table) and a
// second one through a table of handler function pointers (call_indirect),
// running programs for factorial, primes, GCD and a call/return recursion.
// Both dispatchers must agree.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t > %t.out
// RUN: diff %S/bytecode_vm.expected %t.out
// RUN: %wasi-cc-O0 %s -o %t.O0.wasm
// RUN: wasmc %t.O0.wasm -o %t.O0
// RUN: %t.O0 > %t.O0.out
// RUN: diff %S/bytecode_vm.expected %t.O0.out

#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

enum Op {
  OP_PUSH, // imm: push imm
  OP_POP,
  OP_DUP,
  OP_SWAP,
  OP_OVER,
  OP_ADD,
  OP_SUB,
  OP_MUL,
  OP_DIV,
  OP_MOD,
  OP_LT,
  OP_EQ,
  OP_JMP,  // imm: target
  OP_JZ,   // imm: target, pops condition
  OP_LOAD, // imm: local slot
  OP_STORE,
  OP_CALL, // imm: target; pushes return address on the call stack
  OP_RET,
  OP_PRINT,
  OP_HALT,
  NUM_OPS
};

static const char *const OpNames[NUM_OPS] = {
    "push", "pop", "dup",   "swap", "over", "add",  "sub",
    "mul",  "div", "mod",   "lt",   "eq",   "jmp",  "jz",
    "load", "store", "call", "ret", "print", "halt"};

typedef struct {
  uint8_t Op;
  int64_t Imm;
} Insn;

typedef struct {
  const Insn *Code;
  size_t Pc;
  int64_t Stack[256];
  int Sp;
  size_t CallStack[64];
  int Csp;
  int64_t Locals[16];
  uint64_t Steps;
  uint64_t OutputHash;
  int Printed;
  int Halted;
  const char *Error;
} Vm;

static void emitOutput(Vm *M, int64_t V, int Echo) {
  M->OutputHash = (M->OutputHash ^ (uint64_t)V) * 0x100000001b3ull;
  if (Echo && M->Printed < 12)
    printf(" %" PRId64, V);
  ++M->Printed;
}

static int64_t pop(Vm *M) {
  if (M->Sp == 0) {
    M->Error = "stack underflow";
    return 0;
  }
  return M->Stack[--M->Sp];
}

static void push(Vm *M, int64_t V) {
  if (M->Sp == 256) {
    M->Error = "stack overflow";
    return;
  }
  M->Stack[M->Sp++] = V;
}

// One step, dispatched through a switch.
static void stepSwitch(Vm *M, int Echo) {
  const Insn *I = &M->Code[M->Pc++];
  int64_t A, B;
  switch (I->Op) {
  case OP_PUSH: push(M, I->Imm); break;
  case OP_POP: pop(M); break;
  case OP_DUP: A = pop(M); push(M, A); push(M, A); break;
  case OP_SWAP: A = pop(M); B = pop(M); push(M, A); push(M, B); break;
  case OP_OVER: A = pop(M); B = pop(M); push(M, B); push(M, A); push(M, B); break;
  case OP_ADD: B = pop(M); A = pop(M); push(M, A + B); break;
  case OP_SUB: B = pop(M); A = pop(M); push(M, A - B); break;
  case OP_MUL: B = pop(M); A = pop(M); push(M, A * B); break;
  case OP_DIV:
  case OP_MOD:
    B = pop(M);
    A = pop(M);
    if (B == 0) {
      M->Error = "division by zero";
      return;
    }
    push(M, I->Op == OP_DIV ? A / B : A % B);
    break;
  case OP_LT: B = pop(M); A = pop(M); push(M, A < B); break;
  case OP_EQ: B = pop(M); A = pop(M); push(M, A == B); break;
  case OP_JMP: M->Pc = (size_t)I->Imm; break;
  case OP_JZ: if (pop(M) == 0) M->Pc = (size_t)I->Imm; break;
  case OP_LOAD: push(M, M->Locals[I->Imm]); break;
  case OP_STORE: M->Locals[I->Imm] = pop(M); break;
  case OP_CALL:
    if (M->Csp == 64) {
      M->Error = "call stack overflow";
      return;
    }
    M->CallStack[M->Csp++] = M->Pc;
    M->Pc = (size_t)I->Imm;
    break;
  case OP_RET:
    if (M->Csp == 0) {
      M->Error = "return without call";
      return;
    }
    M->Pc = M->CallStack[--M->Csp];
    break;
  case OP_PRINT: emitOutput(M, pop(M), Echo); break;
  case OP_HALT: M->Halted = 1; break;
  default: M->Error = "bad opcode"; break;
  }
}

// The same semantics, one handler function per opcode.
typedef void (*Handler)(Vm *, const Insn *);
static void hPush(Vm *M, const Insn *I) { push(M, I->Imm); }
static void hPop(Vm *M, const Insn *I) { pop(M); }
static void hDup(Vm *M, const Insn *I) { int64_t A = pop(M); push(M, A); push(M, A); }
static void hSwap(Vm *M, const Insn *I) { int64_t A = pop(M), B = pop(M); push(M, A); push(M, B); }
static void hOver(Vm *M, const Insn *I) { int64_t A = pop(M), B = pop(M); push(M, B); push(M, A); push(M, B); }
static void hAdd(Vm *M, const Insn *I) { int64_t B = pop(M), A = pop(M); push(M, A + B); }
static void hSub(Vm *M, const Insn *I) { int64_t B = pop(M), A = pop(M); push(M, A - B); }
static void hMul(Vm *M, const Insn *I) { int64_t B = pop(M), A = pop(M); push(M, A * B); }
static void hDivMod(Vm *M, const Insn *I) {
  int64_t B = pop(M), A = pop(M);
  if (B == 0) {
    M->Error = "division by zero";
    return;
  }
  push(M, I->Op == OP_DIV ? A / B : A % B);
}
static void hLt(Vm *M, const Insn *I) { int64_t B = pop(M), A = pop(M); push(M, A < B); }
static void hEq(Vm *M, const Insn *I) { int64_t B = pop(M), A = pop(M); push(M, A == B); }
static void hJmp(Vm *M, const Insn *I) { M->Pc = (size_t)I->Imm; }
static void hJz(Vm *M, const Insn *I) { if (pop(M) == 0) M->Pc = (size_t)I->Imm; }
static void hLoad(Vm *M, const Insn *I) { push(M, M->Locals[I->Imm]); }
static void hStore(Vm *M, const Insn *I) { M->Locals[I->Imm] = pop(M); }
static void hCall(Vm *M, const Insn *I) {
  if (M->Csp == 64) {
    M->Error = "call stack overflow";
    return;
  }
  M->CallStack[M->Csp++] = M->Pc;
  M->Pc = (size_t)I->Imm;
}
static void hRet(Vm *M, const Insn *I) {
  if (M->Csp == 0) {
    M->Error = "return without call";
    return;
  }
  M->Pc = M->CallStack[--M->Csp];
}
static void hPrint(Vm *M, const Insn *I) { emitOutput(M, pop(M), 0); }
static void hHalt(Vm *M, const Insn *I) { M->Halted = 1; }

static const Handler Handlers[NUM_OPS] = {
    hPush, hPop, hDup,  hSwap,  hOver, hAdd,  hSub, hMul,  hDivMod, hDivMod,
    hLt,   hEq,  hJmp,  hJz,    hLoad, hStore, hCall, hRet, hPrint,  hHalt};

static void stepTable(Vm *M, int Echo) {
  const Insn *I = &M->Code[M->Pc++];
  if (I->Op >= NUM_OPS) {
    M->Error = "bad opcode";
    return;
  }
  Handlers[I->Op](M, I);
}

static void run(Vm *M, const Insn *Code, void (*Step)(Vm *, int), int Echo) {
  memset(M, 0, sizeof(*M));
  M->Code = Code;
  M->OutputHash = 0xcbf29ce484222325ull;
  while (!M->Halted && !M->Error && M->Steps < 50000000) {
    Step(M, Echo);
    ++M->Steps;
  }
}

// A two-pass assembler. Tokens are opcode names, decimal immediates
// (belonging to the preceding opcode), label definitions "name:" and label
// references "@name" (an immediate holding the label's instruction index).
typedef struct {
  char Name[16];
  int64_t Index;
} Label;

static int lookupLabel(const Label *Labels, int NumLabels, const char *Name,
                       int64_t *Index) {
  for (int L = 0; L < NumLabels; ++L)
    if (strcmp(Labels[L].Name, Name) == 0) {
      *Index = Labels[L].Index;
      return 1;
    }
  return 0;
}

static size_t assemble(const char *Src, Insn *Out, size_t Max,
                       const char **Error) {
  Label Labels[32];
  int NumLabels = 0;
  *Error = NULL;
  for (int Pass = 0; Pass < 2; ++Pass) {
    size_t N = 0;
    const char *P = Src;
    while (*P) {
      while (*P == ' ' || *P == '\n')
        ++P;
      if (!*P)
        break;
      char Word[16];
      int Len = 0;
      while (*P && *P != ' ' && *P != '\n')
        if (Len < 15)
          Word[Len++] = *P++;
        else
          ++P;
      Word[Len] = '\0';

      if (Word[Len - 1] == ':') { // label definition
        if (Pass == 0 && NumLabels < 32) {
          Word[Len - 1] = '\0';
          strcpy(Labels[NumLabels].Name, Word);
          Labels[NumLabels++].Index = (int64_t)N;
        }
        continue;
      }
      if (Word[0] == '@' || (Word[0] >= '0' && Word[0] <= '9') ||
          Word[0] == '-') {
        int64_t V = 0;
        if (Word[0] == '@') {
          if (Pass == 1 && !lookupLabel(Labels, NumLabels, Word + 1, &V)) {
            *Error = "undefined label";
            return 0;
          }
        } else {
          const char *D = Word + (Word[0] == '-');
          while (*D >= '0' && *D <= '9')
            V = V * 10 + (*D++ - '0');
          if (Word[0] == '-')
            V = -V;
        }
        if (N == 0) {
          *Error = "immediate without an instruction";
          return 0;
        }
        Out[N - 1].Imm = V;
        continue;
      }
      int Op = -1;
      for (int O = 0; O < NUM_OPS; ++O)
        if (strcmp(Word, OpNames[O]) == 0)
          Op = O;
      if (Op < 0) {
        *Error = "unknown opcode";
        return 0;
      }
      if (N == Max) {
        *Error = "program too long";
        return 0;
      }
      Out[N++] = (Insn){(uint8_t)Op, 0};
    }
    if (Pass == 1)
      return N;
  }
  return 0;
}

struct Program {
  const char *Name;
  const char *Source;
};

static const struct Program Programs[] = {
    {"factorials 1..20",
     "push 1 store 0 push 1 store 1 "
     "loop: load 0 push 21 lt jz @done "
     "load 1 load 0 mul dup print store 1 "
     "load 0 push 1 add store 0 jmp @loop "
     "done: halt"},
    {"primes below 100",
     "push 2 store 0 "
     "next: load 0 push 100 lt jz @done "
     "push 2 store 1 "
     "trial: load 0 load 1 load 1 mul lt jz @test "   // n < d*d: prime
     "load 0 print jmp @advance "
     "test: load 0 load 1 mod jz @advance "           // d | n: composite
     "load 1 push 1 add store 1 jmp @trial "
     "advance: load 0 push 1 add store 0 jmp @next "
     "done: halt"},
    {"gcd via subroutine",
     "push 1071 push 462 call @gcd print "
     "push 270 push 192 call @gcd print "
     "push 17 push 5 call @gcd print "
     "push 1000000007 push 998244353 call @gcd print "
     "push 0 push 9 call @gcd print halt "
     "gcd: dup jz @gcd_done swap over mod jmp @gcd "  // (a b) -> (b a%b)
     "gcd_done: pop ret"},
    {"recursive sum 1..50",
     "push 50 call @sum print halt "
     "sum: dup jz @base dup push 1 sub call @sum add ret "
     "base: ret"},
    {"collatz steps for 27",
     "push 27 store 0 push 0 store 1 "
     "loop: load 0 push 1 eq push 0 eq jz @done "
     "load 0 push 2 mod jz @even "
     "load 0 push 3 mul push 1 add store 0 jmp @count "
     "even: load 0 push 2 div store 0 "
     "count: load 1 push 1 add store 1 load 0 print jmp @loop "
     "done: load 1 print halt"},
    {"long loop",
     "push 0 store 0 push 0 store 1 "
     "loop: load 0 push 300000 lt jz @done "
     "load 1 load 0 load 0 mul push 7 mod add store 1 "
     "load 0 push 1 add store 0 jmp @loop "
     "done: load 1 print halt"},
    {"division by zero", "push 7 push 0 div print halt"},
    {"unbalanced return", "push 1 ret halt"},
    {"runaway recursion", "f: call @f"},
    {"unknown opcode", "push 1 frobnicate halt"},
    {"undefined label", "jmp @nowhere"},
};

int main(void) {
  Insn Code[128];
  Vm A, B;
  for (size_t P = 0; P < sizeof(Programs) / sizeof(Programs[0]); ++P) {
    const char *Error;
    size_t N = assemble(Programs[P].Source, Code, 128, &Error);
    printf("== %s: ", Programs[P].Name);
    if (Error) {
      printf("assembly error: %s\n", Error);
      continue;
    }
    printf("%zu instructions\n  output:", N);
    run(&A, Code, stepSwitch, 1);
    if (A.Printed > 12)
      printf(" ... (%d values)", A.Printed);
    printf("\n  steps %" PRIu64 ", hash %016" PRIx64 ", %s\n", A.Steps,
           A.OutputHash, A.Error ? A.Error : "halted");
    run(&B, Code, stepTable, 0);
    int Agree = A.Steps == B.Steps && A.OutputHash == B.OutputHash &&
                A.Printed == B.Printed && A.Error == B.Error;
    printf("  table dispatch agrees: %s\n", Agree ? "yes" : "NO");
  }
  return 0;
}
