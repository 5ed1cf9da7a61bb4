"""Holds the one-instance lock of the data folder argv[1]; prints "ready", then
"raised" each time a second start asks it to come forward."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from kneeapp.ui.single_instance import SingleInstance

app = QApplication([])
instance = SingleInstance(Path(sys.argv[1]))
if not instance.acquire():
    print("refused", flush=True)
    sys.exit(3)
window = QWidget()
instance.activation_requested.connect(lambda: print("raised", flush=True))
print("ready", flush=True)
app.exec()
