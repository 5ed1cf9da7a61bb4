"""The CSV exchange format: one row per session × check × measure, UTF-8, a header row.

``session_uid,profile,recorded_at,check,measure,unit,left,right,asymmetry,asymmetry_unit,
worse_side,flagged,note``

The derived columns (asymmetry, asymmetry_unit, worse_side, flagged) are written for
people reading the file in a spreadsheet; on import they are ignored and recomputed.
Safety-screen answers are not part of the format.

Errors: ``read_csv`` raises only ``CsvImportError``, a ``ValidationError`` (the domain's
documented "the data you gave is not acceptable" error) listing every bad line.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO

from kneeapp.domain.asymmetry import compare
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.session import (
    Reading,
    Session,
    build_session,
    validate_note,
    validate_uid,
)
from kneeapp.domain.validation import ValidationError, format_number, parse_value
from kneeapp.storage.ordering import catalog_order

HEADER: tuple[str, ...] = (
    "session_uid",
    "profile",
    "recorded_at",
    "check",
    "measure",
    "unit",
    "left",
    "right",
    "asymmetry",
    "asymmetry_unit",
    "worse_side",
    "flagged",
    "note",
)
_BOM = "\ufeff"

Problem = tuple[int, str]  # (1-based line number in the file, plain message)


class CsvImportError(ValidationError):
    """The file cannot be imported; ``problems`` lists every bad line, header = line 1."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda problem: problem[0])
        shown = "\n".join(f"line {line}: {message}" for line, message in self.problems[:20])
        more = len(self.problems) - 20
        if more > 0:
            shown += f"\n… and {more} more"
        count = len(self.problems)
        super().__init__(
            f"The file could not be imported ({count} problem{'s' if count != 1 else ''}); "
            f"nothing was added.\n{shown}"
        )


# Writing


def session_rows(session: Session) -> Iterator[list[str]]:
    recorded_at = session.recorded_at.isoformat()
    for reading in session.readings:
        asymmetry = compare(reading.measure_id, reading.left, reading.right)
        yield [
            session.uid,
            session.profile,
            recorded_at,
            reading.check_id,
            reading.measure_id,
            asymmetry.measure.unit,
            format_number(reading.left),
            format_number(reading.right),
            format_number(asymmetry.value),
            asymmetry.scale.value,
            asymmetry.worse_side.value if asymmetry.worse_side is not None else "none",
            "true" if asymmetry.flagged else "false",
            session.note,
        ]


def write_csv(sessions: Iterable[Session], stream: IO[str]) -> int:
    """Write the header and every session's rows; return how many sessions were written.

    Open ``stream`` with ``encoding="utf-8", newline=""``.
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(HEADER)
    written = 0
    for session in sessions:
        writer.writerows(session_rows(session))
        written += 1
    return written


# Reading


@dataclass
class _Pending:
    """A session gathered from its rows, before it is built."""

    uid: str
    first_line: int
    profile: str | None = None
    profile_line: int = 0
    recorded_at: datetime | None = None
    time_line: int = 0
    note: str | None = None
    note_line: int = 0
    readings: list[Reading] = field(default_factory=list)
    lines_by_key: dict[tuple[str, str], int] = field(default_factory=dict)


def _lines(stream: IO[bytes] | IO[str], problems: list[Problem]) -> Iterator[str]:
    """The file's lines as text, noting the lines that are not UTF-8."""
    number = 0
    lines: Iterator[bytes | str] = iter(stream)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            return
        except UnicodeDecodeError:  # a text stream decoding for us: nothing after is readable
            problems.append((number + 1, "This line is not UTF-8 text: save the file as UTF-8."))
            return
        number += 1
        if isinstance(raw, bytes):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.append((number, "This line is not UTF-8 text: save the file as UTF-8."))
                text = raw.decode("utf-8", errors="replace")
        else:
            text = raw
        if number == 1:
            text = text.removeprefix(_BOM)
        yield text


def _parse_time(text: str) -> datetime:
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
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValidationError(f"The time {text!r} is out of range.") from None


def _check_row(
    line: int, row: list[str], pending: dict[str, _Pending], problems: list[Problem]
) -> None:
    def problem(message: str) -> None:
        problems.append((line, message))

    (uid_text, profile, time_text, check_id, measure_id, unit, left_text, right_text,
     _asymmetry, _asymmetry_unit, _worse_side, _flagged, note) = row  # fmt: skip

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
        recorded_at = _parse_time(time_text)
    except ValidationError as error:
        problem(str(error))

    try:
        validate_note(note)
    except ValidationError as error:
        problem(str(error))

    reading: Reading | None = None
    key: tuple[str, str] | None = None
    check = CHECKS.get(check_id)
    if check is None:
        problem(f"Unknown check {check_id!r}: expected one of {', '.join(CHECKS)}.")
    elif measure_id not in check.measure_ids:
        problem(
            f"The {check.name} has no measure {measure_id!r}: expected "
            f"{', '.join(check.measure_ids)}."
        )
    else:
        key = (check_id, measure_id)
        measure = check.measure(measure_id).measure
        if unit != measure.unit:
            problem(f"The unit of {measure_id} is {measure.unit!r}, not {unit!r}.")
        values: list[float] = []
        for side, text in (("Left", left_text), ("Right", right_text)):
            try:
                values.append(parse_value(measure, text))
            except ValidationError as error:
                problem(f"{side} side: {error}")
        if len(values) == 2:
            reading = Reading(check_id, measure_id, values[0], values[1])

    if uid is None:
        return
    session = pending.get(uid)
    if session is None:
        session = pending[uid] = _Pending(uid, line)
    if profile:
        if session.profile is None:
            session.profile, session.profile_line = profile, line
        elif profile != session.profile:
            problem(
                f"Session {uid} has the profile {session.profile!r} on line "
                f"{session.profile_line} but {profile!r} here."
            )
    if recorded_at is not None:
        if session.recorded_at is None:
            session.recorded_at, session.time_line = recorded_at, line
        elif recorded_at != session.recorded_at:
            problem(
                f"Session {uid} has a different time here ({time_text.strip()}) than on "
                f"line {session.time_line}."
            )
    if session.note is None:
        session.note, session.note_line = note, line
    elif note != session.note:
        problem(f"Session {uid} has a different note here than on line {session.note_line}.")
    if key is not None:
        if key in session.lines_by_key:
            problem(
                f"Session {uid} already has its {check_id} {measure_id} on line "
                f"{session.lines_by_key[key]}."
            )
        else:
            session.lines_by_key[key] = line
            if reading is not None:
                session.readings.append(reading)


def _missing_measures(session: _Pending, problems: list[Problem]) -> None:
    for check_id in dict.fromkeys(check_id for check_id, _ in session.lines_by_key):
        check = CHECKS[check_id]
        for check_measure in check.measures:
            if not check_measure.optional and (check_id, check_measure.id) not in (
                session.lines_by_key
            ):
                problems.append(
                    (
                        session.first_line,
                        f"Session {session.uid}: the {check.name} has no "
                        f"{check_measure.id} row (its {check_measure.measure.label}).",
                    )
                )


def read_csv(stream: IO[bytes] | IO[str]) -> list[Session]:
    """Parse a whole file into sessions, in the order they first appear.

    Raises CsvImportError listing every problem; nothing is returned unless the whole
    file is good. A binary stream is best (undecodable lines are then pinpointed); a
    text stream should be opened with ``encoding="utf-8", newline=""``.
    """
    problems: list[Problem] = []
    reader = csv.reader(_lines(stream, problems), strict=True)
    pending: dict[str, _Pending] = {}
    header_seen = False
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append((line, f"This line is not valid CSV ({error}): check its quotes."))
            if not header_seen:
                break
            continue
        if not header_seen:
            header_seen = True
            if [name.strip() for name in row] != list(HEADER):
                problems.append((line, f"The first line must be the header: {','.join(HEADER)}."))
                break
            continue
        if not any(cell.strip() for cell in row):
            continue  # blank line
        if len(row) != len(HEADER):
            problems.append((line, f"Expected {len(HEADER)} columns, found {len(row)}."))
            continue
        _check_row(line, row, pending, problems)
    if not header_seen and not problems:
        problems.append((1, f"The file is empty: the first line must be {','.join(HEADER)}."))
    for session in pending.values():
        _missing_measures(session, problems)
    if problems:
        raise CsvImportError(problems)

    sessions: list[Session] = []
    for session in pending.values():
        assert session.profile is not None and session.recorded_at is not None
        try:
            sessions.append(
                build_session(
                    uid=session.uid,
                    profile=session.profile,
                    recorded_at=session.recorded_at,
                    readings=catalog_order(session.readings),
                    note=session.note or "",
                )
            )
        except ValidationError as error:
            problems.append((session.first_line, str(error)))
    if problems:
        raise CsvImportError(problems)
    return sessions
