// node's side of the embedding benchmark: instantiates an already compiled
// WASI module N times (imports stubbed: nothing runs but instantiation)
// and calls a trivial export, printing the same lines as embed_bench.c.
//   node node_instantiate.mjs module.wasm [iterations]
import { readFileSync } from "node:fs";

const [file, iterArg] = process.argv.slice(2);
const n = Number(iterArg || 2000);
const module = new WebAssembly.Module(readFileSync(file));
const imports = {};
for (const imp of WebAssembly.Module.imports(module)) {
  imports[imp.module] ??= {};
  if (imp.kind === "function") imports[imp.module][imp.name] = () => 0;
}
const lat = [];
let inst;
for (let k = -Math.floor(n / 10); k < n; ++k) {
  const t0 = process.hrtime.bigint();
  inst = new WebAssembly.Instance(module, imports);
  const dt = Number(process.hrtime.bigint() - t0) / 1000;
  if (k >= 0) lat.push(dt);
}
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.round(p * (lat.length - 1))];
console.log(`instantiate_destroy_p50 ${pct(0.5).toFixed(2)} us`);
console.log(`instantiate_destroy_p99 ${pct(0.99).toFixed(2)} us`);
const calls = 2000000;
const nop = inst.exports.nop;
const t0 = process.hrtime.bigint();
for (let k = 0; k < calls; ++k) nop();
console.log(`call_overhead ${(Number(process.hrtime.bigint() - t0) / 1000 / calls).toFixed(3)} us`);
