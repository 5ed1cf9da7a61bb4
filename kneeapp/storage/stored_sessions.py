"""Sessions built from the rows both engines keep them in (this computer's SQLite file and
the clinic server): a row per session, per measurement, per safety answer, per side's
photo marks and per kept photo. Stored rows were validated when saved, so the Sessions
are built directly."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from kneeapp.domain.session import Reading, Session, Skip
from kneeapp.storage.ordering import catalog_order

if TYPE_CHECKING:
    from kneeapp.domain.photo_evidence import PhotoEvidence

# id, uid, profile, recorded_at (ISO text in SQLite, a timestamp on the server), note, advice
SessionRow = tuple[int, str, str, "str | datetime", str, str]
# check, measure, left, right, left skip, right skip
ReadingCells = tuple[str, str, float | None, float | None, str | None, str | None]
MeasurementRow = tuple[int, str, str, float | None, float | None, str | None, str | None]
AnswerRow = tuple[int, str, Any]  # session, flag, answer (0/1 or a boolean)
MarksRow = tuple[int, str, str, str, "str | dict[str, Any]"]  # session, check, measure, side
KeptRow = tuple[int, str, str, str, int, bytes]  # ... position, image

# An import naming its clashing sessions names this many at most (and counts the rest).
IMPORT_CONFLICTS_NAMED = 50


def reading(cells: ReadingCells) -> Reading:
    check_id, measure_id, left, right, left_skip, right_skip = cells
    return Reading(
        check_id,
        measure_id,
        left,
        right,
        None if left_skip is None else Skip(left_skip),
        None if right_skip is None else Skip(right_skip),
    )


def utc_time(stored: str | datetime) -> datetime:
    moment = datetime.fromisoformat(stored) if isinstance(stored, str) else stored
    return moment.astimezone(UTC)


def build_sessions(
    rows: Iterable[SessionRow],
    measurements: Iterable[MeasurementRow],
    answers: Iterable[AnswerRow],
    marks: Iterable[MarksRow],
    kept: Iterable[KeptRow],
) -> list[Session]:
    """The sessions of ``rows``, in their order, each with its readings (in catalog
    order), safety answers and photo evidence."""
    readings: defaultdict[int, list[Reading]] = defaultdict(list)
    for row in measurements:
        readings[row[0]].append(reading(row[1:]))
    flags: defaultdict[int, dict[str, bool]] = defaultdict(dict)
    for session_id, flag_id, answer in answers:
        flags[session_id][flag_id] = bool(answer)
    photos = photo_evidence(marks, kept)
    return [
        Session(
            uid=uid,
            profile=profile,
            recorded_at=utc_time(recorded_at),
            readings=catalog_order(readings[session_id]),
            note=note,
            red_flags=flags[session_id],
            advice=advice,
            photos=photos.get(session_id, ()),
        )
        for session_id, uid, profile, recorded_at, note, advice in rows
    ]


def photo_evidence(
    marks: Iterable[MarksRow], kept: Iterable[KeptRow]
) -> dict[int, tuple[PhotoEvidence, ...]]:
    """Each session's photo marks with its kept photos, from the rows of both tables."""
    marks = list(marks)
    if not marks:
        return {}
    from kneeapp.domain.photo_evidence import PhotoEvidence, in_order

    images: defaultdict[tuple[int, str, str, str], dict[int, bytes]] = defaultdict(dict)
    for session_id, check_id, measure_id, side, position, image in kept:
        images[session_id, check_id, measure_id, side][position] = bytes(image)
    found: defaultdict[int, list[PhotoEvidence]] = defaultdict(list)
    for session_id, check_id, measure_id, side, data in marks:
        evidence = PhotoEvidence.from_marks(check_id, measure_id, side, data)
        mine = images.get((session_id, check_id, measure_id, side))
        if mine:
            evidence = evidence.with_images(tuple(mine.get(i) for i in range(len(evidence.photos))))
        found[session_id].append(evidence)
    return {session_id: in_order(evidence) for session_id, evidence in found.items()}


def same_contents(stored: Session | None, incoming: Session) -> bool:
    """What an exchange file carries of a session (not its safety answers or advice)."""
    return stored is not None and (
        stored.profile == incoming.profile
        and stored.recorded_at == incoming.recorded_at
        and stored.note == incoming.note
        and sorted(stored.readings) == sorted(incoming.readings)
    )
