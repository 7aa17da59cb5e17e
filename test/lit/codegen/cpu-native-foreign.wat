;; --cpu native describes the machine wasmc runs on, so it needs a target of
;; the host's architecture (here an x86-64 host and an AArch64 target).
;; REQUIRES: x86_64
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: not wasmc --target aarch64-linux-gnu --cpu native -S %t.wasm -o - 2>&1 | FileCheck %s
;; CHECK: error: --cpu=native needs the host's architecture; the target is aarch64-unknown-linux-gnu
(module
  (func (export "f") (param f64) (result f64) (f64.floor (local.get 0))))
