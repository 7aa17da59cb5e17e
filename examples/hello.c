// The quickstart example: a WASI command that greets and echoes its
// arguments. Built to hello.wasm by clang-19 --target=wasm32-wasi, then to a
// native executable by `wasmc hello.wasm -o hello`.
#include <stdio.h>

int main(int argc, char **argv) {
  printf("Hello from WebAssembly!\n");
  for (int i = 1; i < argc; ++i)
    printf("arg %d: %s\n", i, argv[i]);
  return 0;
}
