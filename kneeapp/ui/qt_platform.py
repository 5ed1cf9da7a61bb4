"""Why the window could not open, in words a person can act on.

When Qt cannot load its platform plugin it writes a few technical lines and aborts the
process. Before that, KneeCheck adds what to do: on a desktop without the X11 libraries
Qt's xcb plugin needs (a minimal Debian desktop lacks libxcb-cursor0, libxcb-icccm4 and
libxcb-keysyms1), the apt command that installs them; without a display, where to start
KneeCheck from.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# The X11 libraries Qt's xcb plugin needs that a minimal Debian or Ubuntu desktop may lack.
XCB_PACKAGES = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1")
# More of them, for the rare desktop that lacks these too.
MORE_XCB_PACKAGES = (
    "libxcb-image0",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
)
NO_PLUGIN = "no Qt platform plugin could be initialized"


def platform_advice(messages: str, environment: Mapping[str, str]) -> str | None:
    """What to do, given what Qt wrote while failing to open a window (None: Qt did not
    fail to load its platform plugin)."""
    if NO_PLUGIN not in messages and "Could not load the Qt platform plugin" not in messages:
        return None
    if "could not connect to display" in messages:
        display = environment.get("DISPLAY")
        where = (
            f"the display {display} cannot be reached"
            if display
            else "no display is set (DISPLAY is empty)"
        )
        return (
            f"kneeapp: KneeCheck could not open its window: {where}. Start it from your "
            "desktop session (its menu or a terminal there), or over SSH with X "
            "forwarding (ssh -X)."
        )
    if '"xcb"' in messages or "xcb" in messages.split(NO_PLUGIN)[0]:
        return (
            "kneeapp: KneeCheck could not open its window: the X11 libraries Qt needs are "
            "not installed. On Debian or Ubuntu install them with\n"
            f"    sudo apt install {' '.join(XCB_PACKAGES)}\n"
            "and start KneeCheck again. If it still does not start, these may be missing "
            f"too: {' '.join(MORE_XCB_PACKAGES)}."
        )
    return (
        "kneeapp: KneeCheck could not open its window: Qt found no way to show it on this "
        "desktop (see the lines above). QT_QPA_PLATFORM names the platform Qt uses."
    )


@contextmanager
def explained_platform_failure(
    environment: Mapping[str, str],
) -> Iterator[None]:
    """While the application is made: Qt's messages pass through to the error output as
    usual, and if Qt gives up on its platform plugin, the advice follows them before Qt
    ends the process."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        seen.append(message)
        print(message, file=sys.stderr, flush=True)
        if kind == QtMsgType.QtFatalMsg:
            advice = platform_advice("\n".join(seen), environment)
            if advice:
                print(f"\n{advice}", file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
