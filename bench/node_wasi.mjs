// Runs a WASI command module under node's V8 (node:wasi, preview1):
//   node bench/node_wasi.mjs module.wasm [args...]
// Compilation happens here, in the timed process, as it does for every
// start of a .wasm under node (no code cache).
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import process from 'node:process';

const file = process.argv[2];
const wasi = new WASI({
  version: 'preview1',
  args: [file, ...process.argv.slice(3)],
  env: {},
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
