// Reads all of standard input, echoes it upper-cased with line numbers, and
// reports line/word/byte counts like wc. Lines longer than the read buffer
// and a final line without a newline are handled. With no input at all it
// still reports zero counts.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t < %S/stdin_echo.input > %t.out
// RUN: diff %S/stdin_echo.expected %t.out
// RUN: %t < /dev/null | FileCheck %s --check-prefix=EMPTY
// EMPTY: lines=0 words=0 bytes=0 longest=0
// RUN: printf 'no newline at end' | %t | FileCheck %s --check-prefix=PARTIAL
// PARTIAL: 1: NO NEWLINE AT END
// PARTIAL-NEXT: lines=1 words=4 bytes=17 longest=17

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
  uint32_t Lines = 0, Words = 0, Bytes = 0, Longest = 0, Current = 0;
  int InWord = 0, AtLineStart = 1;
  int C;
  while ((C = getchar()) != EOF) {
    ++Bytes;
    if (AtLineStart) {
      printf("%u: ", (unsigned)(Lines + 1));
      AtLineStart = 0;
    }
    if (C == '\n') {
      ++Lines;
      if (Current > Longest)
        Longest = Current;
      Current = 0;
      AtLineStart = 1;
    } else {
      ++Current;
    }
    if (isspace(C)) {
      InWord = 0;
    } else if (!InWord) {
      InWord = 1;
      ++Words;
    }
    putchar(toupper(C));
  }
  if (!AtLineStart) { // a last line without '\n' still counts
    ++Lines;
    if (Current > Longest)
      Longest = Current;
    putchar('\n');
  }
  if (ferror(stdin)) {
    fprintf(stderr, "read error\n");
    return 1;
  }
  printf("lines=%u words=%u bytes=%u longest=%u\n", (unsigned)Lines,
         (unsigned)Words, (unsigned)Bytes, (unsigned)Longest);
  return 0;
}
