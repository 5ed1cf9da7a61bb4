"""How a session is written to the tables of this computer's SQLite file, and read back."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from kneeapp.domain.session import Session
from kneeapp.storage.stored_sessions import build_sessions

SESSION_COLUMNS = "s.id, s.uid, p.name, s.recorded_at, s.note, s.advice"
FROM_SESSIONS = "FROM sessions AS s JOIN profiles AS p ON p.id = s.profile_id"


def stored_time(moment: datetime) -> str:
    """UTC with a fixed width, so that text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def now_text() -> str:
    return stored_time(datetime.now(UTC))


def insert_session(
    connection: sqlite3.Connection,
    session: Session,
    profile_id: int,
    *,
    station: str | None,
    skip_existing: bool = False,
) -> bool:
    """Insert one session with its readings and answers; False if skipped as present."""
    cursor = connection.execute(
        "INSERT INTO sessions (uid, profile_id, recorded_at, note, advice) "
        "VALUES (?, ?, ?, ?, ?) " + ("ON CONFLICT (uid) DO NOTHING" if skip_existing else ""),
        (
            session.uid,
            profile_id,
            stored_time(session.recorded_at),
            session.note,
            session.advice,
        ),
    )
    if cursor.rowcount == 0:
        return False
    session_id = cursor.lastrowid
    connection.executemany(
        "INSERT INTO measurements (session_id, check_id, measure_id, left_value, "
        "right_value, left_skip, right_skip) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                session_id,
                r.check_id,
                r.measure_id,
                None if r.left is None else float(r.left),
                None if r.right is None else float(r.right),
                None if r.left_skip is None else r.left_skip.value,
                None if r.right_skip is None else r.right_skip.value,
            )
            for r in session.readings
        ],
    )
    connection.executemany(
        "INSERT INTO photo_marks (session_id, check_id, measure_id, side, marks) "
        "VALUES (?, ?, ?, ?, ?)",
        [(session_id, *e.key, e.marks_json()) for e in session.photos],
    )
    connection.executemany(
        "INSERT INTO kept_photos (session_id, check_id, measure_id, side, position, image) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (session_id, *e.key, position, image)
            for e in session.photos
            for position, image in enumerate(e.images)
            if image is not None
        ],
    )
    connection.executemany(
        "INSERT INTO red_flag_answers (session_id, flag_id, answer) VALUES (?, ?, ?)",
        [(session_id, flag, int(bool(answer))) for flag, answer in session.red_flags.items()],
    )
    if station is not None:
        connection.execute(
            "INSERT INTO clinic_outbox (session_uid, station, queued_at) VALUES (?, ?, ?) "
            "ON CONFLICT (session_uid) DO NOTHING",
            (session.uid, station, now_text()),
        )
    return True


def select_sessions(
    connection: sqlite3.Connection, where: str, params: Sequence[object], order: str
) -> list[Session]:
    """The sessions matching ``where``, with readings and answers, in three queries."""
    rows = connection.execute(
        f"SELECT {SESSION_COLUMNS} {FROM_SESSIONS} WHERE {where} {order}", params
    ).fetchall()
    if not rows:
        return []
    measurements = connection.execute(
        "SELECT m.session_id, m.check_id, m.measure_id, m.left_value, m.right_value, "
        "m.left_skip, m.right_skip "
        "FROM measurements AS m JOIN sessions AS s ON s.id = m.session_id "
        f"JOIN profiles AS p ON p.id = s.profile_id WHERE {where}",
        params,
    ).fetchall()
    answers = connection.execute(
        "SELECT a.session_id, a.flag_id, a.answer "
        "FROM red_flag_answers AS a JOIN sessions AS s ON s.id = a.session_id "
        f"JOIN profiles AS p ON p.id = s.profile_id WHERE {where}",
        params,
    ).fetchall()
    marks = connection.execute(
        "SELECT k.session_id, k.check_id, k.measure_id, k.side, k.marks "
        "FROM photo_marks AS k JOIN sessions AS s ON s.id = k.session_id "
        f"JOIN profiles AS p ON p.id = s.profile_id WHERE {where}",
        params,
    ).fetchall()
    kept = (
        connection.execute(
            "SELECT k.session_id, k.check_id, k.measure_id, k.side, k.position, k.image "
            "FROM kept_photos AS k JOIN sessions AS s ON s.id = k.session_id "
            f"JOIN profiles AS p ON p.id = s.profile_id WHERE {where}",
            params,
        ).fetchall()
        if marks
        else []
    )
    return build_sessions(rows, measurements, answers, marks, kept)
