"""Runs a command with MIB mebibytes of zeros and no newline on its stdin, then "hi" on a line
of its own, and prints its exit status and peak resident memory (the kernel's exit report for
the child, RUSAGE_CHILDREN) as JSON.  Usage: _max-rss.py MIB COMMAND ARGS..."""
import json
import resource
import subprocess
import sys
import threading

mib = int(sys.argv[1])
child = subprocess.Popen(sys.argv[2:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = [], []
readers = [
    threading.Thread(target=lambda: out.append(child.stdout.read())),
    threading.Thread(target=lambda: err.append(child.stderr.read())),
]
for reader in readers:
    reader.start()
zeros = b"\0" * (1 << 20)
for _ in range(mib):
    child.stdin.write(zeros)
child.stdin.write(b"\nhi\n")
child.stdin.close()
for reader in readers:
    reader.join()
code = child.wait()
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "peakMiB": peak_kib // 1024, "stdout": out[0].decode(), "stderr": err[0].decode()}))
