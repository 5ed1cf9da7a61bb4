"""A whole self-check in an offscreen window, as the program starts it (one-instance
lock and local server included); used to watch which sockets are opened."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kneeapp.app import create_main_window
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.ui.pages.summary import SummaryPage
from kneeapp.ui.single_instance import SingleInstance

app = QApplication([])
data_dir = Path(sys.argv[1])
data_dir.mkdir(mode=0o700, exist_ok=True)
instance = SingleInstance(data_dir)
assert instance.acquire()
window = create_main_window(data_dir)
window.show()
window.start_session()
window.current_page().next_button.click()  # type: ignore[attr-defined]
page = window.current_page()
for flag in RED_FLAGS:
    page.choices[flag.id].buttons[0].click()  # type: ignore[attr-defined]
page.continue_button.click()  # type: ignore[attr-defined]
# A tap on the step test's left range slider: something is rated.
slider = window.current_page().inputs["range", Side.LEFT].slider  # type: ignore[attr-defined]
QTest.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.point_of(6))
for _ in range(40):  # more pages than a session has: a stuck Next fails instead of hanging
    if isinstance(window.current_page(), SummaryPage):
        break
    window.session.go_next()
else:
    raise AssertionError(f"still on {type(window.current_page()).__name__}")
window.session.save()
window.open_history()
app.processEvents()
assert window.repository.count() == 1
instance.release()
print("done", flush=True)
