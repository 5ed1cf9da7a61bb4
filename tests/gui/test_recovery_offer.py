"""After a damaged start, the way back to the backup stays on offer (and the backups stay)
until someone decides; on a kiosk only clinic staff are asked."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from gui_steps import WindowFactory, click
from kiosk_steps import PIN, enter_pin, open_kiosk
from pytestqt.qtbot import QtBot

from kneeapp.domain.session import DEFAULT_PROFILE, build_session, validate_reading
from kneeapp.storage import backups
from kneeapp.storage.sessions import open_repository
from kneeapp.ui.data_safety import DataNotices
from kneeapp.ui.main_window import MainWindow

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)  # before any clock the windows run on


def notices(window: MainWindow) -> DataNotices:
    found = window.findChild(DataNotices)
    assert isinstance(found, DataNotices)
    return found


def damaged_folder_with_backups(data_dir: Path, days: int = 12) -> None:
    """A data file with one session, a daily copy for each of ``days`` past days (more
    than the rotation keeps), then the file damaged."""
    with open_repository(data_dir) as repository:
        repository.save(
            build_session(
                uid="0c6b6a1e-2f0d-4c4e-9a55-5f9a1e0b7d21",
                profile=DEFAULT_PROFILE,
                recorded_at=NOW - timedelta(days=20),
                readings=[
                    validate_reading("ankle_step", "range", 6, 8),
                    validate_reading("ankle_step", "pain", 1, 0),
                ],
            )
        )
        database = repository.path
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    for day in range(days, 0, -1):
        backups.take_backup(database, backups.DAILY, NOW - timedelta(days=day))
    database.write_bytes(b"\0" * 8192)


def test_the_restore_stays_on_offer_and_the_rotation_waits_until_someone_decides(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    damaged_folder_with_backups(data_dir)
    first = make_window()
    assert notices(first).bar.isVisible()
    first.close()  # nobody answered

    again = make_window()
    bar = notices(again).bar
    assert bar.isVisible() and "restore" in bar.buttons
    assert "moved aside" in bar.message.text()
    # The day's copy of the fresh file is made, and nothing old is pruned meanwhile.
    qtbot.waitUntil(lambda: again.backups.daily_problem() is not None)  # type: ignore[union-attr]
    assert len([b for b in backups.list_backups(data_dir) if b.kind == backups.DAILY]) == 13
    click(qtbot, bar.buttons["fresh"])
    assert not bar.isVisible()
    again.close()

    decided = make_window()
    assert not notices(decided).bar.isVisible()


def test_the_offer_restores_the_copy_from_before_the_damage(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    damaged_folder_with_backups(data_dir, days=2)
    make_window().close()
    window = make_window()  # its own day's copy is of the fresh, empty file
    qtbot.waitUntil(lambda: window.backups.daily_problem() is not None)  # type: ignore[union-attr]
    click(qtbot, notices(window).bar.buttons["restore"])
    assert window.repository.count() == 1


def test_on_a_kiosk_only_staff_are_offered_the_restore(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    damaged_folder_with_backups(data_dir, days=2)
    kiosk = open_kiosk(make_window, data_dir)
    try:
        window, controller = kiosk.window, kiosk.controller
        bar = notices(window).bar
        assert not bar.isVisible()  # the patients' screen shows no paths and no choice
        click(qtbot, controller.start_page.staff_button)
        enter_pin(qtbot, kiosk, PIN)
        assert window.current_page() is controller.clinician
        assert bar.isVisible() and "restore" in bar.buttons
        click(qtbot, bar.buttons["restore"])
        assert window.repository.count() == 1
    finally:
        kiosk.controller.guard.allow_close = True
