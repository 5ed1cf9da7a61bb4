"""Known sessions for the history and report tests, as the CSV a person would import."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime, timedelta

HEADER = (
    "session_uid,profile,recorded_at,check,measure,unit,left,right,"
    "asymmetry,asymmetry_unit,worse_side,flagged,note"
)
FIRST = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
# Step test range: the left ankle catches up with the right one.
ANKLE_LEFT = (3, 4, 4, 5, 6, 6, 7, 7, 8, 8)
ANKLE_RIGHT = (10, 10, 10, 10, 10, 10, 10, 10, 10, 9)
# Kneeling lunge range: left stays at 7, the right one wanders.
LUNGE_RIGHT = (7, 8, 9, 6, 7, 5, 6, 7, 7, 7)


def uid(index: int) -> str:
    return str(uuid.UUID(int=index + 1))


def when(index: int) -> datetime:
    return FIRST + timedelta(days=10 * index)


def sessions_csv(profile: str = "default") -> str:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(HEADER.split(","))
    for i in range(len(ANKLE_LEFT)):
        base = [uid(i), profile, when(i).isoformat()]
        note = f"week {i}"
        for check, measure, unit, left, right in (
            ("ankle_step", "range", "score_0_10", ANKLE_LEFT[i], ANKLE_RIGHT[i]),
            ("ankle_step", "pain", "nprs_0_10", 2, 0),
            ("kneeling_lunge", "range", "score_0_10", 7, LUNGE_RIGHT[i]),
            ("kneeling_lunge", "pain", "nprs_0_10", 0, 0),
        ):
            writer.writerow([*base, check, measure, unit, left, right, "", "", "", "", note])
    return stream.getvalue()
