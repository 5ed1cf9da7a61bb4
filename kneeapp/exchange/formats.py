"""What a file format is, for the one list of them (``kneeapp.exporters``) that the
command line, History, Settings and clinician mode all read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import IO, NamedTuple, Protocol

from kneeapp.domain.profiles import Profile
from kneeapp.domain.repository import SessionRepository
from kneeapp.domain.session import Session
from kneeapp.domain.validation import ValidationError


class ImportProblems(ValidationError):
    """A file that cannot be imported; nothing was added. ``problems`` lists the first
    ones as (place, message), where a place is a ``line`` of a CSV file or an ``entry``
    of a bundle (``place`` says which); ``count`` is how many there were in all."""

    place = "line"
    problems: list[tuple[int, str]]
    count: int


class ExportJob(NamedTuple):
    """One export: whose sessions, where to, and when it is made."""

    repository: SessionRepository
    profile: str | None  # None: every profile
    out: Path
    now: datetime  # timezone-aware
    language: str = "system"  # for a file in words (the report) made outside the window


class StagedImport(Protocol):
    """A file read and checked, ready to be added (``session_count`` sessions)."""

    session_count: int
    place: str  # where a problem is: a "line" of the file, or an "entry" of a bundle
    profiles: list[Profile]  # what the file says about its profiles (may be none)

    def check(self) -> None:
        """Raise an ImportProblems error if anything in the file cannot be added."""

    def sessions(self) -> Iterator[tuple[int, Session]]:
        """Each session with the place it starts at (its line, or its entry)."""

    def first_line(self, uid: str) -> int:
        """Where the session ``uid`` starts in the file."""


# Writes the file; returns how many sessions (or pages, for a report) it holds. Raises
# StorageError or OSError.
Writer = Callable[[ExportJob], int]
# Reads a file opened in binary mode; ``progress`` is told how many bytes were read.
Reader = Callable[[IO[bytes], Callable[[int], None] | None], AbstractContextManager[StagedImport]]


class ExportFormat(NamedTuple):
    """One file format: a new format is one of these in ``kneeapp.exporters``."""

    id: str  # what ``kneeapp export --format`` takes
    suffix: str  # the file name's ending, without the dot
    name: str  # as in "Export all data as {name}…" (translated in context "Exports")
    button: str  # History's button for it
    file_filter: str  # the save dialog's filter
    done: str  # said after writing: %n sessions (or pages), {path}, {person}
    write: Writer
    one_profile: bool = False  # of one person only (the therapist's report)
    primary: bool = False  # History's main action
    read: Reader | None = None  # None: KneeCheck does not read it back
    recognises: Callable[[bytes], bool] | None = None  # by the file's first bytes
    staff_button: str = ""  # the button as clinic staff read it, if not ``button``
