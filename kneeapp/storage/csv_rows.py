"""One CSV row's checks, and a session gathered from its rows: every problem found is
told by its line, the first SHOWN_PROBLEMS of them kept."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.session import (
    Reading,
    Session,
    Skip,
    build_session,
    validate_note,
    validate_uid,
)
from kneeapp.domain.validation import ValidationError, parse_value
from kneeapp.exchange.formats import ImportProblems
from kneeapp.storage.csv_columns import parse_skipped, restore_neutralised
from kneeapp.storage.ordering import catalog_order

Problem = tuple[int, str]  # (1-based line number in the file, plain message)


SHOWN_PROBLEMS = 50  # a file with a million bad rows is told about its first ones


class CsvImportError(ImportProblems):
    """The file cannot be imported; ``problems`` lists the first bad lines (header = line
    1), ``count`` how many problems there were in all."""

    def __init__(self, problems: list[Problem], count: int | None = None) -> None:
        self.problems = sorted(problems, key=lambda problem: problem[0])
        self.count = len(self.problems) if count is None else count
        shown = "\n".join(f"line {line}: {message}" for line, message in self.problems[:20])
        more = self.count - min(20, len(self.problems))
        if more > 0:
            shown += f"\n… and {more} more"
        count = self.count
        super().__init__(
            f"The file could not be imported ({count} problem{'s' if count != 1 else ''}); "
            f"nothing was added.\n{shown}"
        )


# Sessions may be dated from 1900 until tomorrow (a clock a little ahead, a time zone).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATER_THAN_NOW = timedelta(days=1)


class Problems:
    """The first SHOWN_PROBLEMS problems found, and how many there were."""

    def __init__(self) -> None:
        self.first: list[Problem] = []
        self.count = 0

    def add(self, line: int, message: str) -> None:
        self.count += 1
        if len(self.first) < SHOWN_PROBLEMS:
            self.first.append((line, message))

    def error(self) -> CsvImportError:
        return CsvImportError(self.first, self.count)


@dataclass
class Pending:
    """A session gathered from its rows, before it is built."""

    uid: str
    first_line: int
    profile: str | None = None
    profile_line: int = 0
    recorded_at: datetime | None = None
    time_line: int = 0
    time_text: str = ""
    note: str | None = None
    note_line: int = 0
    readings: list[Reading] = field(default_factory=list)
    lines_by_key: dict[tuple[str, str], int] = field(default_factory=dict)


def parse_time(text: str, now: datetime) -> datetime:
    example = "e.g. 2024-05-01T07:30:00+00:00"
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"The time {text!r} is not an ISO 8601 date and time ({example})."
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValidationError(f"The time {text!r} has no UTC offset: add one ({example}).")
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:
        moment = EARLIEST - timedelta(days=1)  # year 1 west of UTC, or 9999 east of it
    if not EARLIEST <= moment <= now + LATER_THAN_NOW:
        raise ValidationError(
            f"The time {text!r} cannot be a session's: KneeCheck accepts dates from 1900 "
            f"until tomorrow."
        )
    return moment


# Left and right values (None: no value) and their skip reasons (None: not skipped).
Sides = tuple[float | None, float | None, str | None, str | None]
CheckedRow = tuple[
    str,
    str | None,
    str | None,
    str,
    str,
    str | None,
    str | None,
    float | None,
    float | None,
    str | None,
    str | None,
]


def check_row(line: int, row: list[str], problems: Problems, now: datetime) -> CheckedRow | None:
    """The row's own checks; what is kept of it (uid first), or None without a uid."""

    def problem(message: str) -> None:
        problems.add(line, message)

    (uid_text, profile, time_text, check_id, measure_id, unit, left_text, right_text,
     _asymmetry, _asymmetry_unit, _worse_side, _flagged, note) = row[:13]  # fmt: skip
    skipped_text = row[13] if len(row) > 13 else ""
    profile = restore_neutralised(profile)
    note = restore_neutralised(note)

    uid: str | None = None
    try:
        uid = validate_uid(uid_text.strip())
    except ValidationError:
        problem(f"The session id {uid_text!r} is not a valid UUID.")

    profile = profile.strip()
    if not profile:
        problem("The profile name is empty.")

    recorded_at: datetime | None = None
    try:
        recorded_at = parse_time(time_text, now)
    except ValidationError as error:
        problem(str(error))

    try:
        validate_note(note)
    except ValidationError as error:
        problem(str(error))

    values: dict[Side, float | None] = {}
    skips: dict[Side, Skip] = {}
    key_known = False
    check = CHECKS.get(check_id)
    if check is None:
        problem(f"Unknown check {check_id!r}: expected one of {', '.join(CHECKS)}.")
    elif measure_id not in check.measure_ids:
        problem(
            f"The {check.name} has no measure {measure_id!r}: expected "
            f"{', '.join(check.measure_ids)}."
        )
    else:
        key_known = True
        measure = check.measure(measure_id).measure
        if unit != measure.unit:
            problem(f"The unit of {measure_id} is {measure.unit!r}, not {unit!r}.")
        try:
            skips = parse_skipped(skipped_text)
        except ValidationError as error:
            problem(str(error))
        for side, text in ((Side.LEFT, left_text), (Side.RIGHT, right_text)):
            if not text.strip():
                values[side] = None  # not rated, or skipped
                continue
            if side in skips:
                problem(f"{side.value.capitalize()} side: skipped, yet it has a value.")
            try:
                values[side] = parse_value(measure, text)
            except ValidationError as error:
                problem(f"{side.value.capitalize()} side: {error}")
    if uid is None:
        return None
    left, right = values.get(Side.LEFT), values.get(Side.RIGHT)
    left_skip, right_skip = skips.get(Side.LEFT), skips.get(Side.RIGHT)
    return (
        uid,
        profile or None,
        None if recorded_at is None else recorded_at.isoformat(),
        time_text.strip(),
        note,
        check_id if key_known else None,
        measure_id if key_known else None,
        left,
        right,
        None if left_skip is None else left_skip.value,
        None if right_skip is None else right_skip.value,
    )


def gather(
    session: Pending,
    line: int,
    profile: str | None,
    time: str | None,
    time_text: str,
    note: str,
    check_id: str | None,
    measure_id: str | None,
    sides: Sides,
    problems: Problems,
) -> None:
    """Add one row to its session, checking it agrees with the session's other rows."""
    uid = session.uid

    def problem(message: str) -> None:
        problems.add(line, message)

    if profile is not None:
        if session.profile is None:
            session.profile, session.profile_line = profile, line
        elif profile != session.profile:
            problem(
                f"Session {uid} has the profile {session.profile!r} on line "
                f"{session.profile_line} but {profile!r} here."
            )
    if time is not None:
        recorded_at = datetime.fromisoformat(time)
        if session.recorded_at is None:
            session.recorded_at, session.time_line = recorded_at, line
        elif recorded_at != session.recorded_at:
            problem(
                f"Session {uid} has a different time here ({time_text}) than on "
                f"line {session.time_line}."
            )
    if session.note is None:
        session.note, session.note_line = note, line
    elif note != session.note:
        problem(f"Session {uid} has a different note here than on line {session.note_line}.")
    if check_id is not None and measure_id is not None:
        key = (check_id, measure_id)
        if key in session.lines_by_key:
            problem(
                f"Session {uid} already has its {check_id} {measure_id} on line "
                f"{session.lines_by_key[key]}."
            )
        else:
            session.lines_by_key[key] = line
            left, right, left_skip, right_skip = sides
            session.readings.append(
                Reading(
                    check_id,
                    measure_id,
                    left,
                    right,
                    None if left_skip is None else Skip(left_skip),
                    None if right_skip is None else Skip(right_skip),
                )
            )


def built(session: Pending, problems: Problems) -> Iterator[tuple[int, Session]]:
    if session.profile is None or session.recorded_at is None:
        return
    if problems.count:
        return  # the file will be refused: building would only cost time
    try:
        built = build_session(
            uid=session.uid,
            profile=session.profile,
            recorded_at=session.recorded_at,
            readings=catalog_order(session.readings),
            note=session.note or "",
        )
    except ValidationError as error:
        problems.add(session.first_line, str(error))
        return
    yield session.first_line, built
