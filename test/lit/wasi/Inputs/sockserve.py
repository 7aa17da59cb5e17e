"""Host side of sockets.c: runs the program with a listening TCP socket as
stdin (it accepts one connection and answers), then with one end of a
connected socket pair as stdin, and prints what the peer saw and what the
program printed."""
import socket
import subprocess
import sys

prog = sys.argv[1]


def drain(sock):
    data = b""
    while True:
        chunk = sock.recv(100)
        if not chunk:
            return data
        data += chunk


listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.bind(("127.0.0.1", 0))
listener.listen(1)
p = subprocess.Popen([prog, "accept"], stdin=listener.fileno(),
                     stdout=subprocess.PIPE)
client = socket.create_connection(listener.getsockname())
client.sendall(b"ping")
print("client got: %s" % drain(client).decode())
sys.stdout.write(p.communicate()[0].decode())
print("exit: %d" % p.returncode)

a, b = socket.socketpair()
p = subprocess.Popen([prog, "pair"], stdin=b.fileno(), stdout=subprocess.PIPE)
b.close()
a.sendall(b"hello")
print("peer got: %s" % drain(a).decode())
sys.stdout.write(p.communicate()[0].decode())
print("exit: %d" % p.returncode)
