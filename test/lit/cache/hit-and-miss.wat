;; --cache-dir keeps a module's object code keyed by everything that decides
;; it; a recompile with the same key reuses it and gives the same bytes as a
;; compile without the cache, for every -j. Anything in the key that changes
;; (the module, -O, --cpu, --bounds-checks, the grants of an executable)
;; misses and adds an entry.
;; REQUIRES: x86_64, linux
;; RUN: rm -rf %t && mkdir %t && cd %t
;; RUN: wat2wasm %s -o app.wasm
;; RUN: wasmc app.wasm -o plain
;; RUN: wasmc -v --cache-dir cache app.wasm -o cold 2> cold.txt
;; RUN: FileCheck %s --check-prefix=COLD < cold.txt
;; COLD-NOT: cache hit
;; COLD: wasmc: generating code in
;; RUN: wasmc -v -j1 --cache-dir cache app.wasm -o warm 2> warm.txt
;; RUN: FileCheck %s --check-prefix=WARM < warm.txt
;; WARM: wasmc: compile cache hit: {{.*}}cache/llvmcache-wasmc-{{[0-9a-f]+$}}
;; WARM-NOT: generating code
;; RUN: cmp plain cold
;; RUN: cmp plain warm
;; RUN: ./warm; test $? -eq 7
;; RUN: ls cache | grep -c '^llvmcache-wasmc-' | FileCheck %s --check-prefix=ONE
;; ONE: 1
;;
;; WASMC_CACHE_DIR is the default; --cache-dir wins over it.
;; RUN: env WASMC_CACHE_DIR=%t/cache wasmc -v app.wasm -o env 2>&1 | FileCheck %s --check-prefix=WARM
;; RUN: env WASMC_CACHE_DIR=%t/nowhere wasmc -v --cache-dir cache app.wasm -o env 2>&1 | FileCheck %s --check-prefix=WARM
;; RUN: not test -e nowhere
;;
;; Each of these misses, and stores an entry of its own.
;; RUN: wasmc -v -O0 --cache-dir cache app.wasm -o o0 2>&1 | FileCheck %s --check-prefix=COLD
;; RUN: wasmc -v --cpu skylake --cache-dir cache app.wasm -o sky 2>&1 | FileCheck %s --check-prefix=COLD
;; RUN: wasmc -v --bounds-checks=explicit --cache-dir cache app.wasm -o explicit 2>&1 | FileCheck %s --check-prefix=COLD
;; RUN: wasmc -v --env A=1 --cache-dir cache app.wasm -o env1 2>&1 | FileCheck %s --check-prefix=COLD
;; RUN: wasmc -v -c --cache-dir cache app.wasm -o app.o 2>&1 | FileCheck %s --check-prefix=COLD
;; RUN: sed 's/i32.const 7/i32.const 8/' %s > changed.wat && wat2wasm changed.wat -o changed.wasm
;; RUN: wasmc -v --cache-dir cache changed.wasm -o changed 2>&1 | FileCheck %s --check-prefix=COLD
;; RUN: ./changed; test $? -eq 8
;; RUN: ls cache | grep -c '^llvmcache-wasmc-' | FileCheck %s --check-prefix=SEVEN
;; SEVEN: 7
;; An object and a shared object share the entry: neither carries grants.
;; RUN: wasmc -v --shared --cache-dir cache app.wasm -o app.so 2>&1 | FileCheck %s --check-prefix=WARM
;;
;; Assembly and IR are never cached.
;; RUN: wasmc -v -S --cache-dir cache2 app.wasm -o app.s 2>&1 | FileCheck %s --check-prefix=NOCACHE --allow-empty
;; NOCACHE-NOT: cache
;; RUN: not test -e cache2
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func (export "_start") (call $exit (i32.const 7))))
