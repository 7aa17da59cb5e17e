"""Host side of tcp-listen.c: compiles the program with --tcp-listen on a
free local port, connects to it, and prints what the client got and what
the program printed; then runs it with WASMC_TCP_LISTEN narrowing the
socket away, and with an address the build did not grant."""
import os
import socket
import subprocess
import sys
import time

wasm, exe = sys.argv[1], sys.argv[2]
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
addr = "127.0.0.1:%d" % port
subprocess.run(["wasmc", wasm, "-o", exe, "--tcp-listen", addr], check=True)

p = subprocess.Popen([exe], stdout=subprocess.PIPE)
for _ in range(200):
    try:
        client = socket.create_connection(("127.0.0.1", port))
        break
    except ConnectionRefusedError:
        time.sleep(0.05)
client.sendall(b"ping")
data = b""
while True:
    chunk = client.recv(100)
    if not chunk:
        break
    data += chunk
print("client got: %s" % data.decode())
sys.stdout.write(p.communicate()[0].decode())
print("exit: %d" % p.returncode)

env = dict(os.environ, WASMC_TCP_LISTEN="")
r = subprocess.run([exe], env=env, capture_output=True, text=True)
print("narrowed: " + r.stdout.strip())
env = dict(os.environ, WASMC_TCP_LISTEN="127.0.0.1:1")
r = subprocess.run([exe], env=env, capture_output=True, text=True)
print("widening: " + r.stderr.strip())
