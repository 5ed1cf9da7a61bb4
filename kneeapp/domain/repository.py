"""The interface every session store offers (SQLite today, a clinic server later)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from kneeapp.domain.session import Session


class StorageError(Exception):
    """Saving or reading failed; the message says what happened and what to do."""


class SessionRepository(Protocol):
    def save(self, session: Session) -> None:
        """Store a new session with all its readings, durably, or raise StorageError."""

    def get(self, uid: str) -> Session | None: ...

    def list_sessions(self, profile: str) -> list[Session]:
        """The profile's sessions, newest first."""

    def iter_sessions(self, profile: str | None = None) -> Iterator[Session]:
        """Sessions oldest first; every profile when ``profile`` is None."""

    def count(self, profile: str | None = None) -> int: ...

    def profiles(self) -> list[str]: ...

    def import_sessions(self, sessions: Iterable[Session]) -> int:
        """Add the sessions not stored yet, all in one transaction; return how many."""
