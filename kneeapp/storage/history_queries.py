"""Queries behind the history screen: one measure's series over time.

SQL does the filtering and the paging, so a profile with 100,000 sessions costs
no more than the rows actually shown.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from kneeapp.domain.trends import SeriesPoint

_PROFILE_ID = "(SELECT id FROM profiles WHERE name = ?)"
_UNIX_EPOCH_JULIAN_DAY = 2440587.5


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


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
