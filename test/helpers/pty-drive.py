"""Drives a program through a pseudo-terminal, as a person at a keyboard would.

Usage: python3 pty-drive.py '<json>' where the JSON is
  {"argv": [...], "env": {...}, "columns": 80, "rows": 30, "timeout": 10,
   "steps": [{"waitFor": "text on screen", "send": "keys"}, ...]}
Each step waits until its text has appeared (colour and cursor codes removed) since the previous
step's text, then types its keys. After the last step it waits for the program to exit and prints
one JSON object: {"exitCode", "text", "raw", "failedStep", "reason"} ("raw" keeps the escape
codes); failedStep is null when every step matched. Only the standard library is used (pty, select), so no native packages are needed.
"""

import json
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import fcntl
import time

ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def visible(raw: bytes) -> str:
    """The text a reader sees: escape sequences removed, line endings made plain."""
    text = ESCAPES.sub("", raw.decode("utf-8", errors="replace"))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def main() -> None:
    config = json.loads(sys.argv[1])
    deadline_each = float(config.get("timeout", 10))
    pid, fd = pty.fork()
    if pid == 0:
        winsize = struct.pack("HHHH", config.get("rows", 30), config.get("columns", 80), 0, 0)
        fcntl.ioctl(sys.stdout.fileno(), termios.TIOCSWINSZ, winsize)
        env = dict(os.environ)
        env.update(config.get("env", {}))
        os.execvpe(config["argv"][0], config["argv"], env)

    raw = b""
    searched_from = 0
    failed_step = None
    reason = None
    exited = None  # the exit code once the program has ended

    def pump(timeout: float) -> bool:
        """Reads what the program wrote within `timeout`; False once the terminal is closed."""
        nonlocal raw
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        raw += chunk
        return True

    open_terminal = True
    for index, step in enumerate(config.get("steps", [])):
        wanted = step.get("waitFor")
        until = time.monotonic() + deadline_each
        while wanted is not None:
            text = visible(raw)
            found = text.find(wanted, searched_from)
            if found != -1:
                searched_from = found + len(wanted)
                break
            if not open_terminal or time.monotonic() > until:
                failed_step = index
                reason = "exited" if not open_terminal else "timeout"
                break
            open_terminal = pump(0.05)
        if failed_step is not None:
            break
        if "send" in step:
            os.write(fd, step["send"].encode("utf-8"))

    until = time.monotonic() + deadline_each
    while time.monotonic() < until:
        if open_terminal:
            open_terminal = pump(0.05)
        else:
            time.sleep(0.01)
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            exited = os.waitstatus_to_exitcode(status)
            while open_terminal and pump(0.05):
                pass
            break
    if exited is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if failed_step is None:
            reason = "still running"
    os.close(fd)
    print(json.dumps({
        "exitCode": exited,
        "text": visible(raw),
        "raw": raw.decode("utf-8", errors="replace"),
        "failedStep": failed_step,
        "reason": reason,
    }))


main()
