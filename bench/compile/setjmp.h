/* setjmp.h for building Duktape for wasm32-wasi (bench/compile/).
 *
 * WebAssembly without the exception-handling proposal has no setjmp or
 * longjmp, and wasi-libc ships no <setjmp.h>. Duktape uses them only to
 * throw JavaScript errors; the benchmark's script throws none, so setjmp
 * returns 0 (no error yet) and longjmp, which would mean an uncaught error,
 * aborts. This header is found before the system's with -I.
 */
#ifndef WASMC_BENCH_SETJMP_H
#define WASMC_BENCH_SETJMP_H

typedef int jmp_buf[1];

#define setjmp(Buf) ((void)(Buf), 0)
#define _setjmp(Buf) setjmp(Buf)
_Noreturn void longjmp(jmp_buf Buf, int Value);
#define _longjmp(Buf, Value) longjmp(Buf, Value)

#endif
