"""KneeCheck on its safety questions, for a screen reader to drive (run in the venv).

argv: the data folder. Prints "ready" once the questions are on screen; then, for each
line on stdin, "report" prints what the page shows as JSON, anything else ends it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication

from kneeapp.app import create_main_window
from kneeapp.ui.pages.red_flags import RedFlagPage


def main() -> None:
    app = QApplication(sys.argv[:1])
    window = create_main_window(Path(sys.argv[1]))
    window.show()
    window.home.start_button.click()
    window.current_page().next_button.click()  # type: ignore[attr-defined]
    safety = window.current_page()
    assert isinstance(safety, RedFlagPage)

    def report() -> dict[str, object]:
        return {
            "answers": safety.answers(),
            "remaining": safety.remaining.text(),
            "continue_enabled": safety.continue_button.isEnabled(),
        }

    def on_stdin() -> None:
        line = sys.stdin.readline().strip()
        if line == "report":
            print(json.dumps(report()), flush=True)
        else:
            window.end_session()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_stdin)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
