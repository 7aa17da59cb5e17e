// Runs a Ruby script in CRuby 3.4's reactor module (@ruby/3.4-wasm-wasi
// 2.10.1, ruby+stdlib.wasm) under node's V8 and WASI (preview1): the
// reference that ruby_host.c, the same sequence of calls through wasmc's
// embedding API, must match byte for byte on stdout and in exit status.
//   node ruby_node.mjs ruby.wasm SCRIPT.rb | -e CODE
// Exit status: 0 when the script ran, 1 when it raised (the exception goes
// to stderr), 2 when the module called a JS-host import (the `js` gem).
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';
import process from 'node:process';

const [file, flag, arg] = process.argv.slice(2);
if (!file || !flag) {
  process.stderr.write('usage: ruby_node.mjs ruby.wasm SCRIPT.rb | -e CODE\n');
  process.exit(2);
}
const script = flag === '-e' ? arg : readFileSync(flag, 'utf8');

const wasi = new WASI({ version: 'preview1', args: [], env: {},
                        returnOnExit: true });
const module = new WebAssembly.Module(readFileSync(file));
const imports = { wasi_snapshot_preview1: wasi.wasiImport };
for (const imp of WebAssembly.Module.imports(module)) {
  if (imp.module === 'wasi_snapshot_preview1')
    continue;
  // A plain script never reaches the JS host; fail loudly if it does.
  (imports[imp.module] ??= {})[imp.name] = () => {
    process.stderr.write(`ruby_node: unexpected call to import ` +
                         `${imp.module}.${imp.name}\n`);
    process.exit(2);
  };
}
// rb-eval-string-protect hands its result out as a resource handle; the
// handle is the guest's own value (the npm package keeps a slab instead, but
// nothing here looks it up).
imports.canonical_abi['resource_new_rb-abi-value'] = (v) => v;
imports.canonical_abi['resource_get_rb-abi-value'] = (h) => h;

const instance = new WebAssembly.Instance(module, imports);
const ex = instance.exports;
const mem = () => new DataView(ex.memory.buffer);

// A string in guest memory, NUL-terminated as the guest's C code expects;
// like the npm package, the length counts the NUL (Ruby's parser stops there).
function guestString(s) {
  const bytes = new TextEncoder().encode(s + '\0');
  const ptr = ex.cabi_realloc(0, 0, 1, bytes.length);
  new Uint8Array(ex.memory.buffer, ptr, bytes.length).set(bytes);
  return [ptr, bytes.length];
}

function evalRuby(code) {
  const [ptr, len] = guestString(code);
  const ret = ex['rb-eval-string-protect: func(str: string) -> ' +
                'tuple<handle<rb-abi-value>, s32>'](ptr, len);
  return mem().getInt32(ret + 4, true); // the rb_protect state (TAG_*)
}

// What RubyVM.instantiateModule does: _initialize (wasi.initialize), then
// ruby-init with its default arguments, whose `-e_=0` makes ruby_options
// set up the load path.
wasi.initialize(instance);
const args = ['ruby.wasm', '-EUTF-8', '-e_=0'].map(guestString);
const list = ex.cabi_realloc(0, 0, 4, args.length * 8);
args.forEach(([ptr, len], i) => {
  mem().setInt32(list + i * 8, ptr, true);
  mem().setInt32(list + i * 8 + 4, len, true);
});
ex['ruby-init: func(args: list<string>) -> ()'](list, args.length);
ex['ruby-init-loadpath: func() -> ()']();

const state = evalRuby(script);
// $! is still the exception rb_protect caught. A reactor never reaches
// ruby_cleanup, which is what flushes a non-tty STDOUT at exit in ruby.
if (state !== 0)
  evalRuby('STDERR.puts($!.full_message(highlight: false))');
evalRuby('STDOUT.flush');
process.exitCode = state === 0 ? 0 : 1;
