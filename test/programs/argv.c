// Command-line arguments reach main unchanged: count, contents (spaces,
// empty strings, UTF-8, option-like words) and the NULL terminator.
// argv[0] is only checked to be present, since its spelling is the path the
// test harness chose.
//
// RUN: %wasi-cc %s -o %t.wasm
// RUN: wasmc %t.wasm -o %t
// RUN: %t first "two words" "" --flag=value -x 'ünïcödé ✓' 12345 > %t.out
// RUN: diff %S/argv.expected %t.out
// RUN: %t | FileCheck %s --check-prefix=NOARGS
// NOARGS: argc=1
// NOARGS-NEXT: argv[0] present: yes
// NOARGS-NEXT: argv[argc] is NULL: yes
// NOARGS-NEXT: reversed:{{$}}
// NOARGS-NEXT: total argument bytes: 0

#include <stdio.h>
#include <string.h>

int main(int argc, char **argv) {
  printf("argc=%d\n", argc);
  printf("argv[0] present: %s\n", argc > 0 && argv[0] && argv[0][0] ? "yes" : "no");
  size_t Total = 0;
  for (int I = 1; I < argc; ++I) {
    size_t Len = strlen(argv[I]);
    Total += Len;
    printf("argv[%d] = \"%s\" (%zu bytes)\n", I, argv[I], Len);
  }
  printf("argv[argc] is NULL: %s\n", argv[argc] == NULL ? "yes" : "no");
  // Print in reverse, joined, to show the array is stable and addressable.
  printf("reversed:");
  for (int I = argc - 1; I >= 1; --I)
    printf(" [%s]", argv[I]);
  printf("\ntotal argument bytes: %zu\n", Total);
  return 0;
}
