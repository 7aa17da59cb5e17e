// Reference side of the differential test (tools/difftest/difftest.py):
// instantiates one module in node's V8 and calls the given exports in order
// on that one instance, printing one JSON object per call:
//   {"ok": [values]}   results: {"t": "i32", "v": "<decimal>"} etc., floats
//                      as hex bit patterns so that -0.0 and payloads survive
//   {"trap": "<RuntimeError message>"} or {"exhaustion": true}
// Input (argv): module path, then a JSON file
//   [{"name": ..., "params": ["i32", ...], "args": ["<decimal or bits>"...],
//     "results": [...]}]
// server.js calls run() in a long-lived process instead (difftest.py).
"use strict";
const fs = require("fs");

const buf = new DataView(new ArrayBuffer(8));

function toJs(type, text) {
  switch (type) {
    case "i32": return Number(BigInt.asIntN(32, BigInt(text)));
    case "i64": return BigInt.asIntN(64, BigInt(text));
    case "f32": buf.setUint32(0, Number(BigInt(text))); return buf.getFloat32(0);
    case "f64": buf.setBigUint64(0, BigInt(text)); return buf.getFloat64(0);
  }
  throw new Error("unsupported type " + type);
}

function fromJs(type, v) {
  switch (type) {
    case "i32": return (v >>> 0).toString();
    case "i64": return BigInt.asUintN(64, v).toString();
    case "f32":
      if (Number.isNaN(v)) return "nan";
      buf.setFloat32(0, v); return buf.getUint32(0).toString();
    case "f64":
      if (Number.isNaN(v)) return "nan";
      buf.setFloat64(0, v); return buf.getBigUint64(0).toString();
  }
  throw new Error("unsupported type " + type);
}

// The outcomes of `calls` on one new instance of the module `bytes`: one
// object per call as above, or [{instantiate: message}].
function run(bytes, calls) {
  let instance;
  try {
    instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  } catch (e) {
    return [{ instantiate: String(e) }];
  }
  const outcomes = [];
  for (const c of calls) {
    const f = instance.exports[c.name];
    try {
      let r = f(...c.args.map((a, i) => toJs(c.params[i], a)));
      if (c.results.length === 0) r = [];
      else if (c.results.length === 1) r = [r];
      outcomes.push({ ok: c.results.map((t, i) => fromJs(t, r[i])) });
    } catch (e) {
      if (e instanceof RangeError) outcomes.push({ exhaustion: true });
      else if (e instanceof WebAssembly.RuntimeError)
        outcomes.push({ trap: e.message });
      else outcomes.push({ error: String(e) });
    }
  }
  return outcomes;
}
module.exports = { run };

if (require.main === module) {
  const bytes = fs.readFileSync(process.argv[2]);
  const calls = JSON.parse(fs.readFileSync(process.argv[3], "utf8"));
  for (const o of run(bytes, calls)) console.log(JSON.stringify(o));
}
