"""Queries behind the history screen: measures' series over time.

SQL does the filtering and the paging, so a profile with 100,000 sessions costs
no more than the rows actually shown.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from kneeapp.domain.repository import SERIES_EXACT_TAIL, MeasureKey
from kneeapp.domain.trends import SeriesPoint

_PROFILE_ID = "(SELECT id FROM profiles WHERE name = ?)"
_UNIX_EPOCH_JULIAN_DAY = 2440587.5


def _stored(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def series(
    connection: sqlite3.Connection,
    profile: str,
    measures: Sequence[MeasureKey],
    since: datetime | None,
    max_points: int | None = None,
) -> dict[MeasureKey, list[SeriesPoint]]:
    """Each (check, measure)'s left and right values, oldest first, from ``since`` on;
    thinned to about ``max_points`` sessions (first point and newest sessions exact)
    when there are more.

    One pass over the sessions serves all the measures: one query for all the charts.
    """
    found: dict[MeasureKey, list[SeriesPoint]] = {key: [] for key in measures}
    if not found:
        return found
    start = "" if since is None else _stored(since)
    thinning = ""
    params: list[object] = [value for key in found for value in key]
    params += [profile, start]
    if max_points is not None:
        # Counted on the covering index alone: cheap even for 100,000 sessions.
        count, first_id = connection.execute(
            f"SELECT COUNT(*), MIN(id) FROM sessions WHERE profile_id = {_PROFILE_ID} "
            "AND recorded_at >= ?",
            (profile, start),
        ).fetchone()
        # Fewer sessions than the exact tail: every one of them is in it, none is thinned.
        if count > max_points and count > SERIES_EXACT_TAIL:
            tail = connection.execute(
                f"SELECT recorded_at FROM sessions WHERE profile_id = {_PROFILE_ID} "
                "AND recorded_at >= ? ORDER BY recorded_at DESC, id DESC LIMIT 1 OFFSET ?",
                (profile, start, SERIES_EXACT_TAIL - 1),
            ).fetchone()
            # Every n-th session, tested on the index before any reading is looked up.
            thinning = "AND (s.id % ? = 0 OR s.recorded_at >= ? OR s.id = ?) "
            params += [-(-count // max_points), tail[0], first_id]
    wanted = ", ".join("(?, ?)" for _ in found)
    rows = connection.execute(
        # Seconds since the epoch, to the millisecond, computed by SQLite: far quicker
        # than parsing 100,000 timestamps in Python.
        "SELECT m.check_id, m.measure_id, "
        f"round((julianday(s.recorded_at) - {_UNIX_EPOCH_JULIAN_DAY}) * 86400.0, 3), "
        "m.left_value, m.right_value "
        "FROM sessions AS s JOIN measurements AS m "
        f"ON m.session_id = s.id AND (m.check_id, m.measure_id) IN (VALUES {wanted}) "
        f"WHERE s.profile_id = {_PROFILE_ID} AND s.recorded_at >= ? {thinning}"
        "ORDER BY s.recorded_at, s.id",
        params,
    ).fetchall()
    for check_id, measure_id, when, left, right in rows:
        found[(check_id, measure_id)].append(SeriesPoint(when, left, right))
    return found
