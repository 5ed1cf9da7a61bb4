"""Reading a CSV file of sessions: all or nothing, whatever its size.

Rows are checked one by one (csv_rows.py) and parked in a private temporary SQLite
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
from datetime import UTC, datetime
from types import TracebackType
from typing import IO

from kneeapp.domain.profiles import Profile
from kneeapp.domain.repository import StorageError
from kneeapp.domain.session import Session
from kneeapp.storage.csv_columns import HEADER, HEADER_WITHOUT_SKIPPED
from kneeapp.storage.csv_rows import CsvImportError, Pending, Problems, built, check_row, gather

__all__ = ["CsvImportError", "StagedCsv", "read_csv"]

# Longer than any line KneeCheck writes (a note is at most 2,000 characters): a longer one
# means the file is something else, e.g. /dev/zero, and reading stops there.
MAX_LINE_BYTES = 64 * 1024
NOT_UTF8 = "This line is not UTF-8 text: save the file as UTF-8."
_BOM = "\ufeff"


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
    problems: Problems,
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
        self._problems = Problems()
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
            checked = check_row(line, row, problems, self._now)
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
            yield from self._gathered(Problems())

    def _gathered(self, problems: Problems) -> Iterator[tuple[int, Session]]:
        rows = self._db.execute(
            "SELECT s.uid, s.first_line, r.line, r.profile, r.time, r.time_text, r.note, "
            "r.check_id, r.measure_id, r.left, r.right, r.left_skip, r.right_skip "
            "FROM sessions AS s JOIN rows AS r ON r.session = s.no ORDER BY s.no, r.line"
        )
        pending: Pending | None = None
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
                    yield from built(pending, problems)
                pending = Pending(uid, first_line)
            gather(pending, line, profile, time, time_text, note, check_id, measure_id,
                    (left, right, left_skip, right_skip), problems)  # fmt: skip
        if pending is not None:
            yield from built(pending, problems)


def read_csv(stream: IO[bytes] | IO[str] | Iterable[str]) -> list[Session]:
    """Parse a whole file into sessions, in the order they first appear.

    Raises CsvImportError listing the problems; nothing is returned unless the whole
    file is good. A binary stream is best (undecodable lines are then pinpointed); a
    text stream should be opened with ``encoding="utf-8", newline=""``. For big files,
    ``StagedCsv`` gives the sessions one at a time.
    """
    with StagedCsv(stream) as staged:
        return [session for _line, session in staged.sessions()]
