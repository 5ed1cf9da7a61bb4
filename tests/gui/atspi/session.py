"""One AT-SPI session: Xvfb, KneeCheck on its safety questions, and the system's python3
driving it through pyatspi. Run inside a session bus of its own (dbus-run-session).

argv: the data folder, the python3 that has pyatspi. Prints JSON with what AT-SPI saw and
did, and what the page then showed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def main() -> None:
    data_dir, system_python = sys.argv[1], sys.argv[2]
    server, display = start_xvfb()
    env = dict(os.environ)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
    )
    env.pop("WAYLAND_DISPLAY", None)
    app = subprocess.Popen(
        [sys.executable, str(HERE / "app_on_safety_page.py"), data_dir],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert app.stdout is not None and app.stdin is not None
        if app.stdout.readline().strip() != "ready":
            raise SystemExit("KneeCheck did not reach its safety questions")
        driver = subprocess.run(
            [system_python, str(HERE / "answer_no_by_atspi.py"), str(app.pid)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        if driver.returncode != 0:
            raise SystemExit(f"the AT-SPI driver failed:\n{driver.stderr}")
        app.stdin.write("report\n")
        app.stdin.flush()
        shown = json.loads(app.stdout.readline())
        app.stdin.write("quit\n")
        app.stdin.flush()
        app.wait(timeout=30)
        print(json.dumps({"atspi": json.loads(driver.stdout), "app": shown}))
    finally:
        if app.poll() is None:
            app.kill()
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
