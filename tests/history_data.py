"""Known sessions for the history and report tests, as the CSV a person would import."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime, timedelta

from kneeapp.domain.guidance import clinician_advice
from kneeapp.domain.session import Session, build_session, validate_reading

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


# Sessions with pain, knee-to-wall, skipped sides and advice, as the domain builds them.
# (left, right) per session, oldest first; None: that side has no value.
STEP_PAIN = ((6, 1), (8, None), (4, 1), (None, 0), (2, 0), (1, 1))
STEP_WALL = ((7.5, 11.0), None, (9.0, 11.0), (10.0, 11.0), (10.5, 11.0), (11.0, 11.5))
STEP_RANGE = ((4, 8), (5, 8), (6, 8), (6, 8), (7, 8), (8, 8))
VARIED_NOW = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)


def varied_when(index: int) -> datetime:
    return datetime(2026, 4, 1, 8, 0, tzinfo=UTC) + timedelta(days=7 * index)


def varied_sessions(profile: str = "default") -> list[Session]:
    """Six weeks of step tests and lunges: the left ankle's pain settles, its distance
    to the wall grows; one week the left side was skipped as too painful, one week the
    right was not rated. Each session carries the advice KneeCheck gives after such pain:
    the second (left step test 8 of 10) and the fifth (the right lunge's pain rose from 0
    to 3) ended with advice to see a clinician."""
    sessions: list[Session] = []
    for i, ((range_l, range_r), (pain_l, pain_r), wall) in enumerate(
        zip(STEP_RANGE, STEP_PAIN, STEP_WALL, strict=True)
    ):
        readings = [validate_reading("ankle_step", "range", range_l, range_r)]
        readings.append(
            validate_reading(
                "ankle_step",
                "pain",
                pain_l,
                pain_r,
                left_skip="too_painful" if pain_l is None else None,
            )
        )
        if wall is not None:
            readings.append(validate_reading("ankle_step", "knee_to_wall", *wall))
        if i == 1:  # the lunge skipped as a whole that week
            readings += [
                validate_reading("kneeling_lunge", measure, None, None, "not_done", "not_done")
                for measure in ("range", "pain")
            ]
        else:
            readings += [
                validate_reading("kneeling_lunge", "range", 7, 7),
                validate_reading("kneeling_lunge", "pain", 0, 3 if i == 4 else 0),
            ]
        sessions.append(
            build_session(
                uid=str(uuid.UUID(int=1000 + i)),
                profile=profile,
                recorded_at=varied_when(i),
                readings=readings,
                note=f"run {i}",
                advice=clinician_advice(readings, sessions[-1] if sessions else None),
            )
        )
    return sessions
