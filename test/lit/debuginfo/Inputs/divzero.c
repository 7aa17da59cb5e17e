#include <stdio.h>

static int divide(int a, int b) { return a / b; }

int main(int argc, char **argv) {
  int d = argc - 1;
  printf("about to divide\n");
  return divide(7, d);
}
