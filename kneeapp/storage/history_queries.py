"""Queries behind the history screen: one measure's series over time.

SQL does the filtering and the paging, so a profile with 100,000 sessions costs
no more than the rows actually shown.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from kneeapp.domain.repository import SERIES_EXACT_TAIL
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
    max_points: int | None = None,
) -> list[SeriesPoint]:
    """One measure's left and right values, oldest first, from ``since`` on; thinned to
    about ``max_points`` (first point and newest sessions exact) when there are more."""
    start = "" if since is None else _stored(since)
    thinning = ""
    params: list[object] = [check_id, measure_id, profile, start]
    if max_points is not None:
        # Counted on the covering index alone: cheap even for 100,000 sessions.
        count, first_id = connection.execute(
            f"SELECT COUNT(*), MIN(id) FROM sessions WHERE profile_id = {_PROFILE_ID} "
            "AND recorded_at >= ?",
            (profile, start),
        ).fetchone()
        if count > max_points:
            tail = connection.execute(
                f"SELECT recorded_at FROM sessions WHERE profile_id = {_PROFILE_ID} "
                "AND recorded_at >= ? ORDER BY recorded_at DESC, id DESC LIMIT 1 OFFSET ?",
                (profile, start, SERIES_EXACT_TAIL - 1),
            ).fetchone()
            # Every n-th session, tested on the index before any reading is looked up.
            thinning = "AND (s.id % ? = 0 OR s.recorded_at >= ? OR s.id = ?) "
            params += [-(-count // max_points), tail[0], first_id]
    rows = connection.execute(
        # Seconds since the epoch, to the millisecond, computed by SQLite: far quicker
        # than parsing 100,000 timestamps in Python.
        f"SELECT round((julianday(s.recorded_at) - {_UNIX_EPOCH_JULIAN_DAY}) * 86400.0, 3), "
        "m.left_value, m.right_value "
        "FROM sessions AS s JOIN measurements AS m "
        "ON m.session_id = s.id AND m.check_id = ? AND m.measure_id = ? "
        f"WHERE s.profile_id = {_PROFILE_ID} AND s.recorded_at >= ? {thinning}"
        "ORDER BY s.recorded_at, s.id",
        params,
    ).fetchall()
    return [SeriesPoint(when, left, right) for when, left, right in rows]
