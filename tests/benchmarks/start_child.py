"""One start-up, run as its own process by the benchmark: as soon as the event loop goes
idle with a window shown, it prints that moment and quits, so the parent times the start
from before the process began to that moment, and reads the process's peak memory.

    python tests/benchmarks/start_child.py bare
    python tests/benchmarks/start_child.py floor DATA_DIR
    python tests/benchmarks/start_child.py app DATA_DIR
    python tests/benchmarks/start_child.py history DATA_DIR

``bare`` is the baseline: a PySide6 program that shows one QLabel. ``floor`` is that
program plus what KneeCheck must do before its home screen whatever its own code: the
data folder's lock file taken and a QLocalServer listening (one window per folder; a
second start brings it forward), and the database checked with ``PRAGMA quick_check``
(the data-safety rules) on a thread of its own while Qt loads, as KneeCheck does.
``app`` starts KneeCheck the way the ``kneeapp`` command does (``kneeapp.cli.main``).
``history`` starts it and opens the history once, as a person's first look of the day.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]


def quit_when_idle(app: object, before_quit: Callable[[], None] | None = None) -> None:
    """Quit when the event loop is about to wait with a window on screen (calling
    ``before_quit`` first, if given)."""
    from PySide6.QtCore import QAbstractEventDispatcher
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication)
    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None

    def on_about_to_block() -> None:
        if any(widget.isVisible() for widget in app.topLevelWidgets()):
            if before_quit is not None:
                before_quit()
            app.quit()

    dispatcher.aboutToBlock.connect(on_about_to_block)


def print_idle_moment() -> None:
    """The moment the start ended, on the clock the benchmark started the process by (the
    system's monotonic clock, which all processes share): exit is not start-up."""
    print(f"idle at {time.perf_counter()!r}", flush=True)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    label = QLabel("KneeCheck")
    label.show()
    quit_when_idle(app, print_idle_moment)
    return app.exec()


def floor(data_dir: str) -> int:
    import sqlite3
    import threading

    checked: list[object] = []

    def check() -> None:
        connection = sqlite3.connect(Path(data_dir) / "kneeapp.sqlite3")
        connection.execute("PRAGMA cache_size = -256")  # as KneeCheck's one-pass reads
        checked.extend(connection.execute("PRAGMA quick_check").fetchall())
        connection.close()

    # As KneeCheck does: the check reads the file on its own thread while Qt loads.
    checker = threading.Thread(target=check)
    checker.start()
    from PySide6.QtCore import QLockFile
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv)
    lock = QLockFile(str(Path(data_dir) / "floor.lock"))
    assert lock.tryLock(0)
    server = QLocalServer()
    server.listen(f"kneeapp-floor-{os.getpid()}")
    checker.join()
    assert checked == [("ok",)]
    label = QLabel("KneeCheck")
    label.show()
    quit_when_idle(app, print_idle_moment)
    status = app.exec()
    server.close()
    lock.unlock()
    return status


def quit_kneecheck_when_idle(before_quit: Callable[[], None] | None = None) -> None:
    """Have ``kneeapp.app.make_application`` watch its loop (``quit_when_idle``) once
    ``kneeapp.cli`` loads that module: Qt loads at the moment it does in a real start."""

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(
            self, name: str, path: object, target: object = None
        ) -> importlib.machinery.ModuleSpec | None:
            if name != "kneeapp.app":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            assert spec is not None and spec.loader is not None
            load = spec.loader.exec_module

            def exec_module(module: types.ModuleType) -> None:
                load(module)
                make = module.make_application

                def make_and_watch(argv: list[str]) -> object:
                    app = make(argv)
                    quit_when_idle(app, before_quit)
                    return app

                module.make_application = make_and_watch

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, Finder())


def kneecheck(data_dir: str) -> int:
    """KneeCheck started as the ``kneeapp`` command starts it."""
    sys.path.insert(0, str(ROOT))
    quit_kneecheck_when_idle(print_idle_moment)
    cli = importlib.import_module("kneeapp.cli")
    status: int = cli.main(["--data-dir", data_dir])
    return status


def first_history(data_dir: str) -> int:
    """KneeCheck started on DATA_DIR, then "History" pressed once: prints the ms until
    the page is shown and until its charts are drawn (the chart library loads then)."""
    import json

    sys.path.insert(0, str(ROOT))
    app_module = importlib.import_module("kneeapp.app")
    app = app_module.make_application(sys.argv[:1])
    window = app_module.create_main_window(Path(data_dir))
    window.show()
    app.processEvents()
    from PySide6.QtCore import QEvent, QObject

    painted: list[float] = []

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watcher = FirstPaint()
    start = time.perf_counter()
    window.home.history_button.click()
    page = window.current_page()
    page.installEventFilter(watcher)
    while not painted or page.charts_pending:  # type: ignore[attr-defined]
        app.processEvents()
        time.sleep(0.001)
    drawn = time.perf_counter()
    shown_ms, charts_ms = (painted[0] - start) * 1000, (drawn - start) * 1000
    print(json.dumps({"shown_ms": shown_ms, "charts_ms": charts_ms}))
    window.close()
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        raise SystemExit(bare())
    if sys.argv[1] == "floor":
        raise SystemExit(floor(sys.argv[2]))
    if sys.argv[1] == "history":
        raise SystemExit(first_history(sys.argv[2]))
    raise SystemExit(kneecheck(sys.argv[2]))
