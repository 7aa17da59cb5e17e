// Runs a sightglass benchmark module in node (V8) the way
// bench/sightglass/host.c runs it in wasmc: WASI preview1 (node:wasi) with
// the benchmark directory pre-opened as "." and as the working directory,
// and `bench.start`/`bench.end` as JavaScript functions that take the
// monotonic time (process.hrtime) and the process's CPU time
// (process.cpuUsage: every thread of node, so V8's background compilation
// during the region counts).
//
//   node node_runner.mjs <module.wasm> <benchmark dir> <times file> [argv0]
//
// Writes "wall_ns N cpu_ns N starts N ends N" to <times file>; the guest's
// stdout and stderr are node's. Exit status: the guest's, or 134 after a
// trap or any other error.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { WASI } from 'node:wasi';

const [wasmPath, dir, timesPath, argv0] = process.argv.slice(2);
const bytes = readFileSync(wasmPath);
const times = resolve(timesPath);
process.chdir(dir);

let starts = 0, ends = 0, wall0 = 0n, wall1 = 0n, cpu0 = 0, cpu1 = 0;
const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const bench = {
  start() {
    ++starts;
    cpu0 = cpuMicros();
    wall0 = process.hrtime.bigint();
  },
  end() {
    wall1 = process.hrtime.bigint();
    cpu1 = cpuMicros();
    ++ends;
  },
};

const wasi = new WASI({
  version: 'preview1',
  args: [argv0 || 'benchmark.wasm'],
  env: {},
  preopens: { '.': '.' },
  returnOnExit: true,
});
let status = 0;
try {
  const { instance } = await WebAssembly.instantiate(bytes, {
    wasi_snapshot_preview1: wasi.wasiImport,
    bench,
  });
  status = wasi.start(instance);
} catch (e) {
  process.stderr.write(`node: ${e && e.stack ? e.stack : e}\n`);
  status = 134;
}
writeFileSync(times, `wall_ns ${wall1 - wall0} cpu_ns ${(cpu1 - cpu0) * 1000} ` +
                     `starts ${starts} ends ${ends}\n`);
process.exitCode = status;
