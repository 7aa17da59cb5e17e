# Host side of race.c: flip sandbox/swap between an inside and an outside
# target, and move sandbox/a/b out of the sandbox and back, for about two seconds.
T=$1
for i in $(seq 100); do
  ln -sfn ../outside "$T/sandbox/swap"
  ln -sfn inside "$T/sandbox/swap"
  mv "$T/sandbox/a/b" "$T/outside/b" 2>/dev/null
  mv "$T/outside/b" "$T/sandbox/a/b" 2>/dev/null
done
exit 0
