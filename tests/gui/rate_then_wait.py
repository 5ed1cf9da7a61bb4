"""A self-check in an offscreen window: the step test is rated left 2, right 6 by taps,
then the window waits, as a person might, until it is killed. Prints when it rated and
when the kept draft held the values (monotonic seconds)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kneeapp.app import create_main_window
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.ui.data_safety import DraftKeeper

app = QApplication([])
data_dir = Path(sys.argv[1])
window = create_main_window(data_dir)
window.show()
window.start_session()
choose = window.current_page()
choose.core_button.click()  # type: ignore[attr-defined]
choose.next_button.click()  # type: ignore[attr-defined]
page = window.current_page()
for flag in RED_FLAGS:
    page.choices[flag.id].buttons[0].click()  # type: ignore[attr-defined]
page.continue_button.click()  # type: ignore[attr-defined]
step = window.current_page()
for side, value in ((Side.LEFT, 2), (Side.RIGHT, 6)):
    slider = step.inputs["range", side].slider  # type: ignore[attr-defined]
    QTest.mouseClick(slider, Qt.MouseButton.LeftButton, pos=slider.point_of(value))
print("rated", time.monotonic(), flush=True)
keeper = window.findChild(DraftKeeper)
assert keeper is not None


def check_kept() -> None:
    kept = keeper.store.pending(window.profile)
    if kept is not None and kept.draft.value("ankle_step", "range", Side.RIGHT) == 6:
        print("kept", time.monotonic(), flush=True)
        poll.stop()


poll = QTimer()
poll.setInterval(20)
poll.timeout.connect(check_kept)
poll.start()
app.exec()
