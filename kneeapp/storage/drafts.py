"""SqliteDraftStore: the session being entered, one row per profile in the drafts table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.drafts import KeptDraft, draft_from_json, draft_to_json
from kneeapp.storage.database import transaction
from kneeapp.storage.errors import storage_error


class SqliteDraftStore:
    """Drafts in the same file as the sessions.

    ``connection`` is asked for each time, so that the store follows a repository
    whose file was swapped for a backup.
    """

    def __init__(self, connection: Callable[[], sqlite3.Connection], path: Path) -> None:
        self._connection = connection
        self._path = path

    def keep(self, profile: str, draft: SessionDraft, step: int) -> None:
        payload = draft_to_json(draft, step)
        with self._write() as connection:
            connection.execute(
                "INSERT INTO drafts (profile, payload, saved_at) VALUES (?, ?, ?) "
                "ON CONFLICT (profile) DO UPDATE SET payload = excluded.payload, "
                "saved_at = excluded.saved_at",
                (profile, payload, datetime.now(UTC).isoformat(timespec="microseconds")),
            )

    def pending(self, profile: str) -> KeptDraft | None:
        try:
            row = (
                self._connection()
                .execute("SELECT payload, saved_at FROM drafts WHERE profile = ?", (profile,))
                .fetchone()
            )
        except sqlite3.Error as error:
            raise storage_error(error, self._path, "start KneeCheck again") from error
        if row is None:
            return None
        try:
            draft, step = draft_from_json(str(row[0]))
            saved_at = datetime.fromisoformat(str(row[1]))
        except ValueError:
            return None  # unreadable: nothing worth offering
        return KeptDraft(draft, step, saved_at)

    def discard(self, profile: str) -> None:
        with self._write() as connection:
            connection.execute("DELETE FROM drafts WHERE profile = ?", (profile,))

    def discard_all(self) -> None:
        with self._write() as connection:
            connection.execute("DELETE FROM drafts")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        connection = self._connection()
        with transaction(connection, self._path, "BEGIN IMMEDIATE", "try again"):
            yield connection
