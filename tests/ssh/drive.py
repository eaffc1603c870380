#!/usr/bin/env python3
"""Drives a command in a pseudo-terminal (here: phongvan over `ssh -tt`) and checks what a
VT100 screen shows. Used by tests/ssh/e2e.sh.

usage: drive.py COLS ROWS -- CMD ARG...
Waits for the seed's title and its introduction, presses → twice and checks "question
2/3", presses q, checks the
exit status is 0 and that the alternate screen was left. Exit status 0 when all hold.
"""
import os, pty, select, struct, sys, fcntl, termios, time

import pyte

TITLE = "Tập trung lãnh đạo để quận Thanh Xuân phát triển bền vững"


def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    screen = pyte.Screen(cols, rows)
    stream = pyte.ByteStream(screen)
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    raw = bytearray()

    def pump(seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False
                if not chunk:
                    return False
                raw.extend(chunk)
                stream.feed(chunk)
        return True

    def wait_for(text, seconds=30):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if text in "\n".join(screen.display):
                return
            if not pump(0.1):
                break
        sys.exit(f"screen never showed {text!r}:\n" + "\n".join(screen.display))

    wait_for(TITLE)
    wait_for("1. Xin đồng chí cho biết")
    wait_for("Introduction · 3 questions")  # the lead comes before question 1
    os.write(fd, b"\x1b[C\x1b[C")
    wait_for("question 2/3")
    os.write(fd, b"q")
    pump(3)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"exit status {code}")
    if raw.rfind(b"\x1b[?1049l") < raw.rfind(b"\x1b[?1049h"):
        sys.exit("the alternate screen was not left")
    print(f"ssh -tt: title, introduction, → → to question 2/3, q: exit 0, alternate screen left ({len(raw)} bytes)")


if __name__ == "__main__":
    main()
