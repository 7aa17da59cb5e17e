// Runs a WASI command module under node's V8 (node:wasi, preview1), with
// directory grants spelt as wasmc's (HOST::GUEST):
//   node bench/large/node_wasi.mjs [--dir HOST::GUEST]... module.wasm [args...]
// The reference for bench/large's correctness runs: the wasmc-compiled
// program must print the same bytes and exit with the same status.
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';
import process from 'node:process';

const argv = process.argv.slice(2);
const preopens = {};
while (argv[0] === '--dir') {
  const [host, guest] = argv[1].split('::');
  preopens[guest ?? host] = host;
  argv.splice(0, 2);
}
const file = argv[0];
const wasi = new WASI({
  version: 'preview1',
  args: [file, ...argv.slice(1)],
  env: {},
  preopens,
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
