"""Queries behind the history screen: a page of sessions, one measure's series.

SQL does the filtering and the paging, so a profile with 100,000 sessions costs
no more than the rows actually shown.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from datetime import UTC, datetime

from kneeapp.domain.session import Reading, Session
from kneeapp.domain.trends import SeriesPoint
from kneeapp.storage.ordering import catalog_order

_PROFILE_ID = "(SELECT id FROM profiles WHERE name = ?)"
_UNIX_EPOCH_JULIAN_DAY = 2440587.5


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def session_page(
    connection: sqlite3.Connection, profile: str, offset: int, limit: int
) -> list[Session]:
    """Sessions ``offset`` to ``offset + limit`` of the profile, newest first."""
    rows = connection.execute(
        "SELECT id, uid, recorded_at, note FROM sessions "
        f"WHERE profile_id = {_PROFILE_ID} "
        "ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?",
        (profile, max(0, int(limit)), max(0, int(offset))),
    ).fetchall()
    if not rows:
        return []
    ids = [row[0] for row in rows]
    marks = ", ".join("?" * len(ids))
    readings: defaultdict[int, list[Reading]] = defaultdict(list)
    for session_id, check_id, measure_id, left, right in connection.execute(
        "SELECT session_id, check_id, measure_id, left_value, right_value "
        f"FROM measurements WHERE session_id IN ({marks})",
        ids,
    ):
        readings[session_id].append(Reading(check_id, measure_id, left, right))
    flags: defaultdict[int, dict[str, bool]] = defaultdict(dict)
    for session_id, flag_id, answer in connection.execute(
        f"SELECT session_id, flag_id, answer FROM red_flag_answers WHERE session_id IN ({marks})",
        ids,
    ):
        flags[session_id][flag_id] = bool(answer)
    return [
        Session(
            uid=uid,
            profile=profile,
            recorded_at=datetime.fromisoformat(recorded_at),
            readings=catalog_order(readings[session_id]),
            note=note,
            red_flags=flags[session_id],
        )
        for session_id, uid, recorded_at, note in rows
    ]


def series(
    connection: sqlite3.Connection,
    profile: str,
    check_id: str,
    measure_id: str,
    since: datetime | None,
) -> list[SeriesPoint]:
    """One measure's left and right values, oldest first, from ``since`` on."""
    rows = connection.execute(
        # Seconds since the epoch, to the millisecond, computed by SQLite: far quicker
        # than parsing 100,000 timestamps in Python.
        f"SELECT round((julianday(s.recorded_at) - {_UNIX_EPOCH_JULIAN_DAY}) * 86400.0, 3), "
        "m.left_value, m.right_value "
        "FROM sessions AS s JOIN measurements AS m "
        "ON m.session_id = s.id AND m.check_id = ? AND m.measure_id = ? "
        f"WHERE s.profile_id = {_PROFILE_ID} AND s.recorded_at >= ? "
        "ORDER BY s.recorded_at, s.id",
        (check_id, measure_id, profile, "" if since is None else _stored(since)),
    ).fetchall()
    return [SeriesPoint(when, left, right) for when, left, right in rows]
