/* A large C program for measuring compile throughput (bench/run.py
 * --compile-only): Duktape, an embeddable JavaScript engine of some 100,000
 * lines in one file (Debian's duktape-dev ships it as
 * /usr/share/duktape/duktape.c), running a small script that exercises the
 * compiler, the interpreter, strings, regular expressions, JSON and the
 * garbage collector, and prints a checksum. The script must not throw (see
 * setjmp.h).
 */
#include <stdio.h>
#include <stdlib.h>

#include "duktape.h"
#include "setjmp.h"

_Noreturn void longjmp(jmp_buf Buf, int Value) {
  (void)Buf;
  (void)Value;
  fputs("duktape: uncaught error (no longjmp in wasm32-wasi)\n", stderr);
  abort();
}

static const char Script[] =
    "var h = 0;\n"
    "function mix(x) { h = (h * 31 + x) % 1000000007; }\n"
    "var primes = [];\n"
    "for (var n = 2; primes.length < 2000; n++) {\n"
    "  var p = true;\n"
    "  for (var i = 0; primes[i] * primes[i] <= n; i++)\n"
    "    if (n % primes[i] === 0) { p = false; break; }\n"
    "  if (p) primes.push(n);\n"
    "}\n"
    "primes.forEach(mix);\n"
    "var words = [];\n"
    "for (var i = 0; i < 3000; i++) words.push('w' + (i * 7919 % 3001).toString(36));\n"
    "words.sort();\n"
    "var text = words.join(' ');\n"
    "mix(text.length);\n"
    "var m = text.match(/w[a-f][0-9]+/g);\n"
    "mix(m.length);\n"
    "var obj = { list: primes.slice(0, 100), name: 'bench', nested: { a: [1, 2, { b: 'c' }] } };\n"
    "var back = JSON.parse(JSON.stringify(obj));\n"
    "mix(back.list[99]); mix(JSON.stringify(back).length);\n"
    "var fib = function (k) { return k < 2 ? k : fib(k - 1) + fib(k - 2); };\n"
    "mix(fib(20));\n"
    "var s = 0; for (var i = 0; i < 200000; i++) s = (s + Math.floor(Math.sqrt(i))) | 0;\n"
    "mix(s);\n"
    "h;\n";

int main(void) {
  duk_context *Ctx = duk_create_heap_default();
  if (!Ctx) {
    fputs("duktape: cannot create a heap\n", stderr);
    return 1;
  }
  duk_eval_string(Ctx, Script);
  printf("duktape checksum: %.0f\n", (double)duk_get_number(Ctx, -1));
  duk_destroy_heap(Ctx);
  return 0;
}
