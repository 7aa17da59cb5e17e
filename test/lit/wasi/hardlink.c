// Hard links cannot bring an outside file in: the source path is resolved
// beneath its directory like any other (`..`, absolute, through a link that
// leads out, following a link with SYMLINK_FOLLOW), and the new name too.
//
// REQUIRES: wasi-libc, x86_64, linux
// RUN: rm -rf %t && mkdir -p %t/sandbox %t/outside
// RUN: echo secret > %t/outside/secret.txt && echo inside > %t/sandbox/file.txt
// RUN: ln -s ../outside/secret.txt %t/sandbox/to-secret
// RUN: ln -s ../outside %t/sandbox/out-dir
// RUN: clang-19 --target=wasm32-wasi -O2 -I%S/Inputs %s -o %t/prog.wasm
// RUN: wasmc %t/prog.wasm -o %t/prog --dir %t/sandbox::/sandbox
// RUN: %t/prog | FileCheck %s
// RUN: rm -f %t/sandbox/copy
// RUN: WASMC_NO_OPENAT2=1 %t/prog | FileCheck %s
// RUN: ls -A %t/outside | FileCheck --check-prefix=OUTSIDE %s
// RUN: ls -A %t/sandbox | FileCheck --check-prefix=INSIDE %s
// RUN: stat -c %%h %t/outside/secret.txt | FileCheck --check-prefix=NLINK %s
// OUTSIDE: {{^secret.txt$}}
// OUTSIDE-NOT: {{.}}
// INSIDE-NOT: stolen
// NLINK: {{^1$}}

#include "sandbox.h"

int main(void) {
  const int Follow = __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW;
  // CHECK: link ../outside/secret.txt: 76
  SHOW("link ../outside/secret.txt",
       __wasi_path_link(PREOPEN, 0, "../outside/secret.txt", PREOPEN,
                        "stolen"));
  // CHECK-NEXT: link out-dir/secret.txt: 76
  SHOW("link out-dir/secret.txt",
       __wasi_path_link(PREOPEN, 0, "out-dir/secret.txt", PREOPEN,
                        "stolen"));
  // CHECK-NEXT: link to-secret followed: 76
  SHOW("link to-secret followed",
       __wasi_path_link(PREOPEN, Follow, "to-secret", PREOPEN, "stolen"));
  // CHECK-NEXT: link /etc/passwd: 76
  SHOW("link /etc/passwd",
       __wasi_path_link(PREOPEN, Follow, "/etc/passwd", PREOPEN, "stolen"));
  // CHECK-NEXT: link file.txt to ../outside/leak: 76
  SHOW("link file.txt to ../outside/leak",
       __wasi_path_link(PREOPEN, 0, "file.txt", PREOPEN, "../outside/leak"));
  // CHECK-NEXT: link file.txt into out-dir/: 76
  SHOW("link file.txt into out-dir/",
       __wasi_path_link(PREOPEN, 0, "file.txt", PREOPEN, "out-dir/leak"));
  // Linking the link itself (not following) copies the link, which still
  // cannot be followed out.
  // CHECK-NEXT: link to-secret itself: 0 76
  printf("link to-secret itself: %d %d\n",
         __wasi_path_link(PREOPEN, 0, "to-secret", PREOPEN, "stolen-link"),
         openRead("stolen-link", 1));
  __wasi_path_unlink_file(PREOPEN, "stolen-link");
  // Inside: fine.
  // CHECK-NEXT: link file.txt copy: 0
  SHOW("link file.txt copy",
       __wasi_path_link(PREOPEN, 0, "file.txt", PREOPEN, "copy"));
  return 0;
}
