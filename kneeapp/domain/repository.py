"""The interface every session store offers (SQLite today, a clinic server later)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from kneeapp.domain.errors import StorageError as StorageError
from kneeapp.domain.profiles import Profile, ProfileDetails
from kneeapp.domain.session import Session
from kneeapp.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the trends are the history's; the home screen does not load them
    from kneeapp.domain.trends import SeriesPoint


# The newest sessions a thinned series keeps every point of: more than any summary reads.
SERIES_EXACT_TAIL = 100

# (check id, measure id): one measure of one check, e.g. ("ankle_step", "range").
MeasureKey = tuple[str, str]


class ImportConflict(Exception):
    """Sessions to import whose ids are stored already with other contents; nothing was
    added. ``uids`` names them (the first ones, if there are many); ``count`` says how
    many there were."""

    def __init__(self, uids: Sequence[str], count: int) -> None:
        super().__init__(f"{count} session(s) are stored already with other contents.")
        self.uids = list(uids)
        self.count = count


class SessionRepository(Protocol):
    def save(self, session: Session) -> None:
        """Store a new session with all its readings, durably, or raise StorageError."""

    def get(self, uid: str) -> Session | None: ...

    def list_sessions(self, profile: str) -> list[Session]:
        """The profile's sessions, newest first."""

    def latest(self, profile: str) -> Session | None:
        """The profile's most recent session."""

    def iter_sessions(self, profile: str | None = None) -> Iterator[Session]:
        """Sessions oldest first; every profile when ``profile`` is None."""

    def count(self, profile: str | None = None) -> int: ...

    def profiles(self) -> list[str]: ...

    def profile_list(self) -> list[Profile]:
        """Every profile with its details and its count of sessions."""

    def profile(self, name: str) -> Profile | None: ...

    def update_profile(self, name: str, details: ProfileDetails) -> None:
        """Store a profile's details (a display name is how a profile is renamed)."""

    def import_sessions(self, sessions: Iterable[Session]) -> int:
        """Add the sessions not stored yet, all in one transaction; return how many.

        A session stored already with the same contents is left alone; one stored with
        other contents raises ImportConflict, and nothing is added."""

    def import_by_profile(
        self, sessions: Iterable[Session], profiles: Iterable[Profile] = ()
    ) -> dict[str, int]:
        """Like import_sessions; how many were added to each profile, by stored name."""

    def delete(self, uid: str) -> bool:
        """Remove a session with its readings; False if it was not stored."""

    def update_note(self, uid: str, note: str) -> None: ...

    def erase_profile(self, name: str) -> bool:
        """Delete a profile and all its sessions so that nothing stays readable on disk."""

    def erase_all(self) -> None:
        """Delete every profile, session and kept draft at once, nothing left readable."""

    def session_page(self, profile: str, offset: int, limit: int) -> list[Session]:
        """Up to ``limit`` of the profile's sessions, newest first, skipping ``offset``."""

    def series(
        self,
        profile: str,
        measures: Sequence[MeasureKey],
        since: datetime | None = None,
        *,
        max_points: int | None = None,
    ) -> dict[MeasureKey, list[SeriesPoint]]:
        """Each (check, measure)'s left/right values, oldest first, recorded at ``since``
        or later; a measure never recorded has an empty list.

        With ``max_points``, long series are thinned evenly to about that many sessions for
        a chart; the first point and the newest ``SERIES_EXACT_TAIL`` sessions stay exact.
        """


class BackupKind(StrEnum):
    """Why a backup copy was taken; the value is the part of the copy's file name."""

    DAILY = "daily"
    BEFORE_UPDATE = "before-update"
    BEFORE_RESTORE = "before-restore"
    BEFORE_IMPORT = "before-import"


# How each kind is called where copies are listed (translated there).
BACKUP_KIND_NAMES: dict[str, str] = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("SettingsPage", "daily"),
    BackupKind.BEFORE_UPDATE: QT_TRANSLATE_NOOP("SettingsPage", "before update"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("SettingsPage", "before restore"),
    BackupKind.BEFORE_IMPORT: QT_TRANSLATE_NOOP("SettingsPage", "before import"),
}


class BackupCopy(NamedTuple):
    """A checked copy of the database kept in the backups folder."""

    path: Path
    taken_at: datetime
    kind: str  # a BackupKind's value (a copy from a newer KneeCheck may have another)


class BackupService(Protocol):
    def copies(self) -> list[BackupCopy]:
        """The copies there are, newest first."""

    def restore(self, copy: BackupCopy) -> None:
        """Swap in ``copy`` after checking it; the current data is backed up first."""

    def daily_problem(self) -> str | None:
        """None while the day's copy is being made; then what went wrong with it, or ""."""
