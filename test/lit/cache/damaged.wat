;; A cache must never fail a build, or change what it produces. A damaged or
;; truncated entry is a miss and is replaced; a cache directory that cannot
;; be created or written costs a warning, and the output is still written.
;; A policy that does not parse is a usage error.
;; REQUIRES: x86_64, linux
;; RUN: rm -rf %t && mkdir %t && cd %t
;; RUN: wat2wasm %s -o app.wasm
;; RUN: wasmc -c app.wasm -o plain.o
;; RUN: wasmc -c --cache-dir cache app.wasm -o cold.o
;; RUN: cmp plain.o cold.o
;;
;; One byte changed in the middle of the object code: a miss.
;; RUN: f=$(ls cache/llvmcache-wasmc-*) && size=$(wc -c < $f) && \
;; RUN:   printf 'X' | dd of=$f bs=1 seek=$((size / 2)) conv=notrunc 2> /dev/null
;; RUN: wasmc -v -c --cache-dir cache app.wasm -o flipped.o 2>&1 | FileCheck %s --check-prefix=MISS
;; MISS-NOT: cache hit
;; MISS: generating code
;; RUN: cmp plain.o flipped.o
;; The miss rewrote the entry, so the next compile hits.
;; RUN: wasmc -v -c --cache-dir cache app.wasm -o hit.o 2>&1 | FileCheck %s --check-prefix=HIT
;; HIT: compile cache hit
;; RUN: cmp plain.o hit.o
;;
;; Truncated (as by a full disk), or empty: a miss.
;; RUN: f=$(ls cache/llvmcache-wasmc-*) && head -c 100 $f > short && mv short $f
;; RUN: wasmc -v -c --cache-dir cache app.wasm -o short.o 2>&1 | FileCheck %s --check-prefix=MISS
;; RUN: cmp plain.o short.o
;; RUN: f=$(ls cache/llvmcache-wasmc-*) && : > $f
;; RUN: wasmc -v -c --cache-dir cache app.wasm -o empty.o 2>&1 | FileCheck %s --check-prefix=MISS
;; RUN: cmp plain.o empty.o
;;
;; A file where the directory should be: a warning, and the object.
;; RUN: touch file
;; RUN: wasmc -c --cache-dir file/sub app.wasm -o nodir.o 2>&1 | FileCheck %s --check-prefix=NODIR
;; NODIR: app.wasm: warning: compile cache not used: cannot create the compile cache directory 'file/sub':
;; RUN: cmp plain.o nodir.o
;; An entry that cannot be replaced (here a directory in its place, which
;; stops root too): a warning, and the object.
;; RUN: wasmc -v -c --cache-dir blocked app.wasm -o b.o 2> stored.txt
;; RUN: f=$(sed -n 's/^wasmc: compile cache stored: //p' stored.txt) && rm $f && mkdir $f && touch $f/x
;; RUN: wasmc -c --cache-dir blocked app.wasm -o blocked.o 2>&1 | FileCheck %s --check-prefix=BLOCKED
;; BLOCKED: app.wasm: warning: compile cache not updated: cannot store {{.*}}blocked/llvmcache-wasmc-{{[0-9a-f]+}}: {{.+}}
;; RUN: cmp plain.o blocked.o
;; RUN: ls blocked | count 2
;;
;; RUN: not wasmc -c --cache-dir cache --cache-policy=cache_size=200% app.wasm -o p.o 2>&1 | FileCheck %s --check-prefix=POLICY
;; RUN: env WASMC_CACHE_POLICY=bogus=1 not wasmc -c app.wasm -o p.o 2>&1 | FileCheck %s --check-prefix=POLICY
;; POLICY: wasmc: error: invalid cache policy '{{.*}}':
;; POLICY-NEXT: Run 'wasmc --help' for usage.
;; The policy prunes after a store: here to one entry, the newest.
;; RUN: wasmc -O1 -c --cache-dir cache app.wasm -o o1.o
;; RUN: ls cache | grep -c '^llvmcache-wasmc-' | FileCheck %s --check-prefix=TWO
;; TWO: 2
;; RUN: wasmc -O0 -c --cache-dir cache --cache-policy=prune_interval=0s:cache_size_files=1 app.wasm -o o0.o
;; RUN: ls cache | grep -c '^llvmcache-wasmc-' | FileCheck %s --check-prefix=ONE
;; ONE: 1
;; RUN: wasmc -v -O0 -c --cache-dir cache app.wasm -o o0-again.o 2>&1 | FileCheck %s --check-prefix=HIT
(module
  (memory (export "memory") 1)
  (func (export "f") (result i32) (i32.const 7)))
