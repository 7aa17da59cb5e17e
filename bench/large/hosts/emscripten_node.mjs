// Runs an Emscripten MODULARIZE/EXPORT_ES6 build (such as npm espeak-ng's
// dist/espeak-ng.js) through its own JavaScript glue with the given argv:
//   node bench/large/hosts/emscripten_node.mjs [--raw-stdout] GLUE.js [args...]
// The glue has no command-line entry of its own: it exports a factory that
// runs main() with `Module.arguments` when called, so this is the plain
// command line for it. It is the reference that emscripten_host.c (the same
// module compiled by `wasmc --shared`) must match byte for byte.
//
// Two things are pinned so that the run does not depend on who runs it, and
// emscripten_host.c gives the guest the same values:
//  - argv[0]: the glue would take node's process.argv[1] (this script's
//    path); we give Emscripten's default, "./this.program".
//  - LANG: the glue's default environment derives it from
//    navigator.languages[0], which node (21+) takes from the process's
//    locale; we make it "C", so the guest sees LANG=C.UTF-8.
// Standard output and error go where the glue sends them: whole lines
// through console.log/console.error (the glue's TTY device buffers a line
// until '\n', drops NUL bytes and decodes UTF-8, so binary output is
// mangled, and what the guest's stdio flushes at exit is dropped). With
// --raw-stdout, every byte the guest writes to the stdout tty goes to fd 1
// unchanged instead (the device stays a tty for the guest, so its libc
// buffers as before), which is what emscripten_host.c writes: use it to
// compare binary output or output that does not end in a newline.
// The exit status is main's, or exit()'s; an abort or trap is reported by
// the glue and exits 1.
import process from 'node:process';
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const argv = process.argv.slice(2);
const raw = argv[0] === '--raw-stdout';
if (raw) argv.shift();
const [glue, ...args] = argv;
if (!glue) {
  console.error('usage: node emscripten_node.mjs [--raw-stdout] GLUE.js [args...]');
  process.exit(2);
}
Object.defineProperty(globalThis, 'navigator', {
  value: { languages: ['C'] },
  configurable: true,
});

const bytes = [];
const moduleArg = { arguments: args, thisProgram: './this.program' };
if (raw) {
  // Runs after the glue opened the standard streams, before main.
  moduleArg.onRuntimeInitialized = () => {
    const tty = moduleArg.FS.getStream(1).tty;
    tty.ops = { ...tty.ops, put_char: (_, b) => { if (b !== null) bytes.push(b); },
                fsync: () => {} };
  };
}

const { default: factory } = await import(pathToFileURL(resolve(glue)).href);
try {
  // The glue sets process.exitCode itself (its quit_) when main returns or
  // exit() is called, before the returned promise settles.
  await factory(moduleArg);
} catch (e) {
  // exit() under the glue's noExitRuntime rejects with a message string
  // after the status is already set; anything else is a failure.
  if (typeof e === 'string' && e.startsWith('program exited')) {
    // status already in process.exitCode
  } else {
    console.error(`emscripten_node.mjs: ${e && e.stack ? e.stack : e}`);
    if (!process.exitCode) process.exitCode = 1;
  }
}
if (raw) {
  // fd 1 may be a non-blocking pipe: retry until the reader has taken it all.
  const buf = Buffer.from(bytes);
  for (let off = 0; off < buf.length;) {
    try {
      off += writeSync(1, buf, off);
    } catch (e) {
      if (e.code !== 'EAGAIN') throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
}
