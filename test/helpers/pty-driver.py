"""Runs a command on a pseudo-terminal and plays a script against it.

Usage: python3 pty-driver.py SCRIPT_JSON COMMAND [ARGS...]

SCRIPT_JSON is a list of [expect, send] pairs: wait until `expect` appears in the output
(after the previous match), then type `send`. When the script is done, the driver reads to the
end and prints one JSON object: {"output": everything the terminal showed, "code": exit code}.
A wait that times out prints what was seen so far on stderr and exits 3.
"""

import fcntl
import json
import os
import pty
import select
import struct
import sys
import termios
import time

WAIT_SECONDS = 20


def main() -> int:
    script = json.loads(sys.argv[1])
    command = sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    searched = 0

    def read_some(deadline: float) -> bool:
        nonlocal seen
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.time()))
        if not ready:
            return False
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        seen += chunk
        return True

    for expect, send in script:
        wanted = expect.encode()
        deadline = time.time() + WAIT_SECONDS
        while seen.find(wanted, searched) < 0:
            if not read_some(deadline):
                sys.stderr.write(f"timed out waiting for {expect!r}; saw:\n{seen.decode(errors='replace')}\n")
                os.kill(pid, 9)
                return 3
        searched = seen.find(wanted, searched) + len(wanted)
        os.write(fd, send.encode())
    deadline = time.time() + WAIT_SECONDS
    while read_some(deadline):
        pass
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps({"output": seen.decode(errors="replace"), "code": code}))
    return 0


sys.exit(main())
