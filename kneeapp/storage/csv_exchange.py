"""The CSV exchange format: one row per session × check × measure, UTF-8, a header row.

``session_uid,profile,recorded_at,check,measure,unit,left,right,asymmetry,asymmetry_unit,
worse_side,flagged,note,skipped``

A side without a value (not rated, or skipped) has an empty cell; ``skipped`` says why a
side was skipped: ``left``, ``right`` or ``both``, a colon and the reason
(``left:too_painful``; two reasons as ``left:too_painful;right:could_not``). Files written
before ``skipped`` existed (13 columns) still import.

The derived columns (asymmetry, asymmetry_unit, worse_side, flagged) are written for
people reading the file in a spreadsheet; on import they are ignored and recomputed.
Safety-screen answers are not part of the format.

Cells of free text (profile, note) that a spreadsheet would run as a formula (starting
with ``= + - @``, a tab or a carriage return) are written after a ``'``, which import
takes off again, so a round trip keeps the text.

Reading streams: rows are checked one by one and parked in a private temporary SQLite
file, so memory stays small whatever the size of the file. Errors: ``CsvImportError``,
a ``ValidationError`` (the domain's documented "the data you gave is not acceptable"
error) listing the first bad lines and how many there were.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import IO

from kneeapp.domain.asymmetry import Side, rule_for
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.measures import Measure
from kneeapp.domain.profiles import Profile
from kneeapp.domain.repository import StorageError
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
    "skipped",
)
# Files written before a side could be skipped: the same columns without the last one.
HEADER_WITHOUT_SKIPPED = HEADER[:-1]
_NOTE = HEADER.index("note")
_PROFILE = HEADER.index("profile")
_BOM = "\ufeff"

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


# Writing


# What a spreadsheet would take for the start of a formula (OWASP's list).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet shows it, never runs it: a leading ``'`` before a
    formula character (and before quotes that precede one, so that import can undo it)."""
    return "'" + text if text.lstrip("'").startswith(_FORMULA_STARTS) else text


def restore_neutralised(text: str) -> str:
    """The text ``neutralise`` was given."""
    if text.startswith("'") and text.lstrip("'").startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def skipped_cell(reading: Reading) -> str:
    """'left:too_painful', 'both:not_done', or '' when no side was skipped.

    Sides skipped for different reasons are both written: 'left:too_painful;right:could_not'.
    """
    left, right = reading.left_skip, reading.right_skip
    if left is not None and left is right:
        return f"both:{left.value}"
    return ";".join(
        f"{side.value}:{reason.value}"
        for side, reason in ((Side.LEFT, left), (Side.RIGHT, right))
        if reason is not None
    )


def parse_skipped(text: str) -> dict[Side, Skip]:
    """The reasons in a ``skipped`` cell, by side; ValidationError if it is not one."""
    reasons: dict[Side, Skip] = {}
    for part in filter(None, (piece.strip() for piece in text.split(";"))):
        where, _, why = part.partition(":")
        try:
            reason = Skip(why.strip())
            sides = list(Side) if where.strip() == "both" else [Side(where.strip())]
        except ValueError:
            raise ValidationError(
                f"The skipped cell {text!r} must be left, right or both, a colon and "
                f"not_done, too_painful or could_not (e.g. left:too_painful)."
            ) from None
        for side in sides:
            reasons[side] = reason
    return reasons


def _number(value: float | None, measure: Measure) -> str:
    if value is None:
        return ""
    # Angles measured on a photo are given to one decimal, as on screen: 40.0, not 40.
    return measure.kind.format_file_value(value)


def session_rows(session: Session) -> Iterator[list[str]]:
    recorded_at = session.recorded_at.isoformat()
    for reading in session.readings:
        asymmetry = reading.asymmetry
        measure = reading.check.measure(reading.measure_id).measure
        yield [
            session.uid,
            neutralise(session.profile),
            recorded_at,
            reading.check_id,
            reading.measure_id,
            measure.unit,
            _number(reading.left, measure),
            _number(reading.right, measure),
            "" if asymmetry is None else _number(asymmetry.value, measure),
            rule_for(measure).scale.value,
            "none"
            if asymmetry is None or asymmetry.worse_side is None
            else asymmetry.worse_side.value,
            "true" if asymmetry is not None and asymmetry.flagged else "false",
            neutralise(session.note),
            skipped_cell(reading),
        ]


def write_csv(sessions: Iterable[Session], stream: IO[str]) -> int:
    """Write the header and every session's rows; return how many sessions were written.

    Open ``stream`` with ``encoding="utf-8", newline=""``.
    """
    writer = csv.writer(stream, lineterminator="\n")
    # The csv module quotes only the line terminator's characters: a note with a lone
    # carriage return is written with every cell quoted, or it could not be read back.
    quoting = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER)
    written = 0
    for session in sessions:
        for row in session_rows(session):
            (quoting if "\r" in row[_NOTE] or "\r" in row[_PROFILE] else writer).writerow(row)
        written += 1
    return written


# Reading

# Longer than any line KneeCheck writes (a note is at most 2,000 characters): a longer one
# means the file is something else, e.g. /dev/zero, and reading stops there.
MAX_LINE_BYTES = 64 * 1024
NOT_UTF8 = "This line is not UTF-8 text: save the file as UTF-8."
# Sessions may be dated from 1900 until tomorrow (a clock a little ahead, a time zone).
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATER_THAN_NOW = timedelta(days=1)


class _Problems:
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
class _Pending:
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


class _LineTooLong(Exception):
    pass


def _read_lines(stream: IO[bytes] | IO[str] | Iterable[str]) -> Iterator[bytes | str]:
    """The stream's lines, none longer than MAX_LINE_BYTES (else _LineTooLong)."""
    readline = getattr(stream, "readline", None)
    if readline is None:
        for line in stream:  # a list of lines, say
            if len(line) > MAX_LINE_BYTES:
                raise _LineTooLong
            yield line
        return
    while True:
        line = readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            raise _LineTooLong
        yield line


def _lines(
    stream: IO[bytes] | IO[str] | Iterable[str],
    problems: _Problems,
    progress: Callable[[int], None] | None,
) -> Iterator[str]:
    """The file's lines as text, noting the lines that are not UTF-8."""
    number = 0
    done = 0
    lines = _read_lines(stream)
    while True:
        try:
            raw = next(lines)
        except StopIteration:
            if progress is not None:
                progress(done)
            return
        except UnicodeDecodeError:  # a text stream decoding for us: nothing after is readable
            problems.add(number + 1, NOT_UTF8)
            return
        except _LineTooLong:
            problems.add(
                number + 1,
                f"This line is longer than {MAX_LINE_BYTES // 1024} KB: this is not a "
                "KneeCheck CSV file, so reading stopped here.",
            )
            return
        number += 1
        if isinstance(raw, bytes):
            done += len(raw)
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                problems.add(number, NOT_UTF8)
                text = raw.decode("utf-8", errors="replace")
        else:
            text = raw
            done += len(raw)
        if number == 1:
            text = text.removeprefix(_BOM)
        if progress is not None and number % 20000 == 0:
            progress(done)
        yield text


def _parse_time(text: str, now: datetime) -> datetime:
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


_STAGING_SCHEMA = (
    "CREATE TABLE sessions (no INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, "
    "first_line INTEGER NOT NULL)",
    "CREATE TABLE rows (session INTEGER NOT NULL, line INTEGER NOT NULL, profile TEXT, "
    "time TEXT, time_text TEXT, note TEXT, check_id TEXT, measure_id TEXT, left REAL, "
    "right REAL, left_skip TEXT, right_skip TEXT, PRIMARY KEY (session, line)) WITHOUT ROWID",
)
_ROW_BATCH = 2000


@contextmanager
def _staging_errors() -> Iterator[None]:
    """The temporary file's failures (a full disk, mostly) as a StorageError."""
    try:
        yield
    except sqlite3.Error as error:
        raise StorageError(
            f"The file could not be read through a temporary file ({error}): the disk "
            f"holding {tempfile.gettempdir()} may be full. Free some space and import the "
            "file again; nothing was imported."
        ) from error


class StagedCsv:
    """A CSV file read once into a private temporary SQLite file: ``check()`` raises
    CsvImportError for a bad file; ``sessions()`` yields (first line, session), in the
    order the sessions first appear, as often as asked. Close it (or use ``with``).

    Memory stays small whatever the file's size: rows wait on disk, a session's rows are
    gathered one session at a time, and only the first problems are kept.
    """

    place = "line"  # problems and conflicts are told by the file's line

    def __init__(
        self,
        stream: IO[bytes] | IO[str] | Iterable[str],
        *,
        progress: Callable[[int], None] | None = None,
        now: datetime | None = None,
    ) -> None:
        # "": SQLite's private temporary file, removed when closed; 0600, never shared.
        self._db = sqlite3.connect("", isolation_level=None)
        self._db.execute("PRAGMA cache_size = -2048")
        for statement in _STAGING_SCHEMA:
            self._db.execute(statement)
        self._problems = _Problems()
        self._now = datetime.now(UTC) if now is None else now
        self.session_count = 0
        self.profiles: list[Profile] = []  # a CSV file names its profiles, nothing more
        self._checked = False
        try:
            with _staging_errors():
                self._scan(stream, progress)
        except BaseException:
            self._db.close()
            raise

    def __enter__(self) -> StagedCsv:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    def _scan(
        self,
        stream: IO[bytes] | IO[str] | Iterable[str],
        progress: Callable[[int], None] | None,
    ) -> None:
        problems = self._problems
        reader = csv.reader(_lines(stream, problems, progress), strict=True)
        header_seen = False
        columns = len(HEADER)
        numbers: dict[str, int] = {}  # the last few sessions' numbers, for speed
        batch: list[tuple[object, ...]] = []
        self._db.execute("BEGIN")
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                problems.add(line, f"This line is not valid CSV ({error}): check its quotes.")
                if not header_seen:
                    break
                continue
            if not header_seen:
                header_seen = True
                names = [name.strip() for name in row]
                if names not in (list(HEADER), list(HEADER_WITHOUT_SKIPPED)):
                    problems.add(line, f"The first line must be the header: {','.join(HEADER)}.")
                    break
                columns = len(names)
                continue
            if not any(cell.strip() for cell in row):
                continue  # blank line
            if len(row) != columns:
                problems.add(line, f"Expected {columns} columns, found {len(row)}.")
                continue
            checked = _check_row(line, row, problems, self._now)
            if checked is None:
                continue
            uid = checked[0]
            number = numbers.get(uid)
            if number is None:
                if len(numbers) > 64:
                    numbers.clear()
                found = self._db.execute("SELECT no FROM sessions WHERE uid = ?", (uid,))
                existing = found.fetchone()
                if existing is None:
                    cursor = self._db.execute(
                        "INSERT INTO sessions (uid, first_line) VALUES (?, ?)", (uid, line)
                    )
                    number = int(cursor.lastrowid or 0)
                    self.session_count += 1
                else:
                    number = int(existing[0])
                numbers[uid] = number
            batch.append((number, line, *checked[1:]))
            if len(batch) >= _ROW_BATCH:
                self._flush(batch)
        self._flush(batch)
        self._db.execute("COMMIT")
        if not header_seen and not problems.count:
            problems.add(1, f"The file is empty: the first line must be {','.join(HEADER)}.")

    def _flush(self, batch: list[tuple[object, ...]]) -> None:
        self._db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
        batch.clear()

    def first_line(self, uid: str) -> int:
        row = self._db.execute("SELECT first_line FROM sessions WHERE uid = ?", (uid,)).fetchone()
        return 0 if row is None else int(row[0])

    def check(self) -> None:
        """Raise CsvImportError if anything in the file is wrong."""
        if not self._checked:
            with _staging_errors():
                for _ in self._gathered(self._problems):
                    pass
            self._checked = True
        if self._problems.count:
            raise self._problems.error()

    def sessions(self) -> Iterator[tuple[int, Session]]:
        """(first line, session) for every session of a file that passed ``check()``."""
        self.check()
        with _staging_errors():
            yield from self._gathered(_Problems())

    def _gathered(self, problems: _Problems) -> Iterator[tuple[int, Session]]:
        rows = self._db.execute(
            "SELECT s.uid, s.first_line, r.line, r.profile, r.time, r.time_text, r.note, "
            "r.check_id, r.measure_id, r.left, r.right, r.left_skip, r.right_skip "
            "FROM sessions AS s JOIN rows AS r ON r.session = s.no ORDER BY s.no, r.line"
        )
        pending: _Pending | None = None
        for (
            uid,
            first_line,
            line,
            profile,
            time,
            time_text,
            note,
            check_id,
            measure_id,
            left,
            right,
            left_skip,
            right_skip,
        ) in rows:
            if pending is None or pending.uid != uid:
                if pending is not None:
                    yield from _built(pending, problems)
                pending = _Pending(uid, first_line)
            _gather(pending, line, profile, time, time_text, note, check_id, measure_id,
                    (left, right, left_skip, right_skip), problems)  # fmt: skip
        if pending is not None:
            yield from _built(pending, problems)


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


def _check_row(line: int, row: list[str], problems: _Problems, now: datetime) -> CheckedRow | None:
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
        recorded_at = _parse_time(time_text, now)
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


def _gather(
    session: _Pending,
    line: int,
    profile: str | None,
    time: str | None,
    time_text: str,
    note: str,
    check_id: str | None,
    measure_id: str | None,
    sides: Sides,
    problems: _Problems,
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


def _built(session: _Pending, problems: _Problems) -> Iterator[tuple[int, Session]]:
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


def read_csv(stream: IO[bytes] | IO[str] | Iterable[str]) -> list[Session]:
    """Parse a whole file into sessions, in the order they first appear.

    Raises CsvImportError listing the problems; nothing is returned unless the whole
    file is good. A binary stream is best (undecodable lines are then pinpointed); a
    text stream should be opened with ``encoding="utf-8", newline=""``. For big files,
    ``StagedCsv`` gives the sessions one at a time.
    """
    with StagedCsv(stream) as staged:
        return [session for _line, session in staged.sessions()]
