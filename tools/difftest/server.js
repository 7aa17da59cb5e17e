// A long-lived node process that generates modules and runs them in V8 for
// difftest.py, so that neither node's start-up nor loading binaryen (11 MB
// of JavaScript and Wasm in npm's build) is paid per module, which is most
// of the time a differential run takes otherwise.
//   node --stack-size=900 server.js [WASM_OPT_JS]
// One JSON request per line on stdin, one JSON reply per line on stdout:
//   {"op": "wasm-opt", "args": [...]}      -> {"rc": N}
//       runs npm binaryen's wasm-opt (WASM_OPT_JS, its bin/wasm-opt) in
//       this process, its own output discarded
//   {"op": "run", "wasm": PATH, "calls": [...]} -> {"outcomes": [...]}
//       reference.js's run() on the module
// Requests run one at a time; difftest.py kills and restarts a server that
// takes too long (a module that loops forever in V8).
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const reference = require("./reference.js");

const reply = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
// Emscripten binds its output to console.log/console.error when it loads;
// the protocol owns stdout.
console.log = console.error = console.warn = () => {};

// npm's wasm-opt is an Emscripten program that runs main() when loaded.
// Loaded here with noInitialRun, its callMain() is kept and called once per
// request; binaryen's state does not outlive a run (a failed run included).
function loadWasmOpt(file) {
  let ready;
  const loaded = new Promise((resolve) => (ready = resolve));
  const source = fs.readFileSync(file, "utf8").replace(/^#!.*/, "");
  globalThis.Module = { noInitialRun: true, onRuntimeInitialized: () => ready() };
  const factory = new Function("require", "module", "__filename", "__dirname",
    "var Module = globalThis.Module;\n" + source +
    "\n;return (args) => callMain(args);");
  const callMain = factory(require, { exports: {} }, file, path.dirname(file));
  return loaded.then(() => (args) => {
    try {
      return callMain(args);
    } catch (e) {
      // exit(N) inside main throws Emscripten's ExitStatus.
      if (e && typeof e.status === "number") return e.status;
      throw e;
    }
  });
}

async function main() {
  const wasmOpt = process.argv[2] ? await loadWasmOpt(process.argv[2]) : null;
  const lines = readline.createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line) continue;
    const req = JSON.parse(line);
    try {
      if (req.op === "wasm-opt") {
        if (!wasmOpt) throw new Error("no wasm-opt loaded");
        reply({ rc: wasmOpt(req.args) });
      } else if (req.op === "run") {
        reply({ outcomes: reference.run(fs.readFileSync(req.wasm), req.calls) });
      } else {
        throw new Error("unknown op " + req.op);
      }
    } catch (e) {
      reply({ error: String(e) });
    }
  }
}
main();
