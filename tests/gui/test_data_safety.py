"""What the window shows about the data's safety: a kept draft, a damaged or newer
file, and saving onto a full disk or a read-only file, with the real failures."""

from __future__ import annotations

import contextlib
import resource
import shutil
import signal
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from gui_steps import WindowFactory, answer_red_flags, click, current_check, start
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kneeapp.domain.asymmetry import Side
from kneeapp.storage import backups
from kneeapp.storage.startup import ReopenableRepository
from kneeapp.ui.data_safety import DataNotices, DraftKeeper
from kneeapp.ui.i18n import install_language
from kneeapp.ui.main_window import MainWindow
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.summary import SummaryPage
from tests.conftest import StoredSessions


def keeper(window: MainWindow) -> DraftKeeper:
    found = window.findChild(DraftKeeper)
    assert isinstance(found, DraftKeeper)
    return found


def notices(window: MainWindow) -> DataNotices:
    found = window.findChild(DataNotices)
    assert isinstance(found, DataNotices)
    return found


def to_summary(qtbot: QtBot, window: MainWindow, note: str = "") -> SummaryPage:
    answer_red_flags(qtbot, start(qtbot, window))
    check = current_check(window)
    qtbot.keyClick(check.inputs["range", Side.LEFT].slider, Qt.Key.Key_End)  # type: ignore[attr-defined]
    qtbot.keyClick(check.inputs["range", Side.LEFT].slider, Qt.Key.Key_Home)  # type: ignore[attr-defined]
    click(qtbot, check.next_button)
    click(qtbot, current_check(window).next_button)
    page = window.current_page()
    assert isinstance(page, NotePage)
    page.edit.setPlainText(note)
    click(qtbot, page.next_button)
    summary = window.current_page()
    assert isinstance(summary, SummaryPage)
    return summary


def save_one_session(qtbot: QtBot, make_window: WindowFactory) -> None:
    """A session saved in a window that is then closed."""
    window = make_window()
    with qtbot.waitSignal(window.session_saved):
        click(qtbot, to_summary(qtbot, window).save_button)
    window.close()


def test_a_session_left_by_a_crash_is_offered_and_resumed(
    qtbot: QtBot, make_window: WindowFactory, stored_sessions: StoredSessions
) -> None:
    first = make_window()
    to_summary(qtbot, first, note="hill repeats")
    uid = first.session.draft.uid if first.session.draft else ""
    # A crash: the window is never closed; a new one starts on the same folder.
    second = make_window()
    bar = keeper(second).bar
    assert bar.isVisible() and "not finished" in bar.message.text()
    click(qtbot, bar.buttons["resume"])
    assert second.session.draft is not None and second.session.draft.uid == uid
    summary = second.current_page()
    assert isinstance(summary, SummaryPage)
    assert "hill repeats" in summary.note.text()
    assert second.session.draft.value("ankle_step", "range", Side.LEFT) == 0
    with qtbot.waitSignal(second.session_saved):
        click(qtbot, summary.save_button)
    third = make_window()
    assert not keeper(third).bar.isVisible()
    assert len(stored_sessions()) == 1


def test_a_discarded_draft_is_not_offered_again(qtbot: QtBot, make_window: WindowFactory) -> None:
    first = make_window()
    answer_red_flags(qtbot, start(qtbot, first))
    second = make_window()
    click(qtbot, keeper(second).bar.buttons["discard"])
    assert not keeper(make_window()).bar.isVisible()


def test_discard_draft_forgets_the_session_for_a_kiosk_reset(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    window.discard_draft()
    assert window.session.draft is None and window.current_page() is window.home
    assert not keeper(make_window()).bar.isVisible()


def test_the_days_first_start_backs_up_and_closing_waits_for_the_copy(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_one_session(qtbot, make_window)  # a new folder: no copy was due
    copying, release = threading.Event(), threading.Event()
    finished: list[bool] = []
    take_daily_backup = backups.daily_backup

    def slow_daily_backup(database: Path, now: datetime) -> backups.Backup | None:
        copying.set()
        release.wait(10)  # a large file: the copy takes longer than the window
        copy = take_daily_backup(database, now)
        finished.append(True)
        return copy

    monkeypatch.setattr(backups, "daily_backup", slow_daily_backup)
    window = make_window()
    assert copying.wait(5) and not finished  # the window is up; the copy is not done
    threading.Timer(0.2, release.set).start()
    window.close()
    assert finished  # closing waited for the copy
    daily = [b for b in backups.list_backups(data_dir) if b.kind == "daily"]
    assert len(daily) == 1 and backups.integrity_ok(daily[0].path)
    with contextlib.closing(sqlite3.connect(daily[0].path)) as copy:
        assert copy.execute("SELECT count(*) FROM sessions").fetchone() == (1,)


def test_a_days_backup_that_fails_is_said_and_keeps_nobody_from_their_data(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    save_one_session(qtbot, make_window)
    shutil.rmtree(data_dir / backups.FOLDER_NAME, ignore_errors=True)
    (data_dir / backups.FOLDER_NAME).write_text("a file where the backups folder goes")
    window = make_window()
    bar = notices(window).bar
    qtbot.waitUntil(bar.isVisible)  # told by the backup's own thread, once it failed
    assert "backup copy of your data could not be made" in bar.message.text()
    assert "backups folder" in bar.message.text()
    assert window.repository.count() == 1
    click(qtbot, bar.buttons["ok"])
    assert not bar.isVisible()


def test_damaged_file_message_and_restore(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_saved):
        click(qtbot, to_summary(qtbot, window).save_button)
    window.close()
    database = data_dir / "kneeapp.sqlite3"
    backups.take_backup(database, backups.DAILY, datetime(2025, 1, 1, tzinfo=UTC))
    database.write_bytes(b"\0" * 8192)

    damaged = make_window()
    bar = notices(damaged).bar
    assert bar.isVisible() and "moved aside" in bar.message.text()
    assert list(data_dir.glob("kneeapp.sqlite3.corrupt-*"))
    click(qtbot, bar.buttons["restore"])
    assert not bar.isVisible()
    assert "back from the backup" in damaged.home.banner.text()
    assert damaged.repository.count() == 1


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """A full disk, for real: writes past ``limit`` bytes fail (EFBIG) for this process."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)


def integrity(database: Path) -> list[tuple[str]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def test_full_disk_shows_the_problem_keeps_the_values_and_retry_saves(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    with qtbot.waitSignal(window.session_saved):
        click(qtbot, to_summary(qtbot, window).save_button)
    summary = to_summary(qtbot, window, note="second run")
    database = data_dir / "kneeapp.sqlite3"
    repository = window.repository
    assert isinstance(repository, ReopenableRepository)
    repository.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with file_size_limit(1024):
        click(qtbot, summary.save_button)
    assert summary.error.isVisible()
    assert "free some space" in summary.error.text().lower()
    assert window.current_page() is summary and "second run" in summary.note.text()
    assert integrity(database) == [("ok",)] and repository.count() == 1
    # Space freed: the same values are saved by pressing Save again.
    with qtbot.waitSignal(window.session_saved):
        click(qtbot, summary.save_button)
    assert repository.count() == 2 and integrity(database) == [("ok",)]


def test_read_only_file_shows_the_problem_and_retry_saves(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    window = make_window()
    summary = to_summary(qtbot, window)
    repository = window.repository
    assert isinstance(repository, ReopenableRepository)
    # Root may write anywhere, so the file is opened read-only, as SQLite does when the
    # file or folder cannot be written.
    database = data_dir / "kneeapp.sqlite3"
    repository.connection.close()
    repository._connection = sqlite3.connect(
        f"{database.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
    )
    click(qtbot, summary.save_button)
    assert "read-only" in summary.error.text()
    # The same problem in Spanish is worded in Spanish, path and all.
    install_language("es")
    click(qtbot, summary.save_button)
    assert summary.error.text() == (
        f"No se ha podido guardar: La carpeta de datos es de solo lectura: {data_dir.resolve()}. "
        "Permite escribir en ella, o inicia KneeCheck con otro --data-dir, y vuelve a intentarlo."
    )
    install_language("en")
    assert integrity(database) == [("ok",)]
    repository.reopen()
    with qtbot.waitSignal(window.session_saved):
        click(qtbot, summary.save_button)
    assert repository.count() == 1
