"""Starts KneeCheck as the command line does (argv: the kneeapp arguments) and acts as
the person at the screen: once a window shows, prints "WINDOW <class>" and each label's
text ("TEXT ..."), then presses its Close button (or closes it). Exits with the status
KneeCheck returned."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from kneeapp.app import make_application
from kneeapp.cli import main

app = make_application(["kneeapp"])


def look() -> None:
    shown = [widget for widget in app.topLevelWidgets() if widget.isVisible()]
    if not shown:
        QTimer.singleShot(20, look)
        return
    window = shown[0]
    print("WINDOW", type(window).__name__, flush=True)
    for label in window.findChildren(QLabel):
        print("TEXT", label.text().replace("\n", " "), flush=True)
    button = getattr(window, "close_button", None)
    if button is not None:
        button.click()
    else:
        window.close()


QTimer.singleShot(0, look)
sys.exit(main(sys.argv[1:]))
