;; An output that cannot be created is an error (exit 1) and leaves nothing.
;; (Tests run as root in CI, so permissions cannot make a directory
;; unwritable; a path through a regular file or a missing directory can.)
;; RUN: wat2wasm %s -o %t.wasm
;; RUN: rm -rf %t.dir && mkdir %t.dir && touch %t.dir/file
;; RUN: wasmc -c %t.wasm -o %t.dir/file/x.o 2> %t.err; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=NOTDIR < %t.err
;; RUN: wasmc -S %t.wasm -o %t.dir/missing/x.s 2> %t.err2; test $? -eq 1
;; RUN: FileCheck %s --check-prefix=MISSING < %t.err2
;; RUN: ls -A %t.dir | count 1
;; NOTDIR: error: cannot create output file '{{.*}}file/x.o': Not a directory
;; MISSING: error: cannot create output file '{{.*}}missing/x.s': No such file or directory
(module
  (func (export "f")))
