"""SqliteSessionRepository: sessions, their readings and safety answers in one SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from kneeapp.domain.profiles import Profile, ProfileDetails
from kneeapp.domain.repository import ImportConflict, MeasureKey, StorageError
from kneeapp.domain.session import Session, validate_note
from kneeapp.paths import database_path, ensure_data_dir
from kneeapp.storage.database import connect, transaction
from kneeapp.storage.session_rows import (
    FROM_SESSIONS,
    insert_session,
    now_text,
    select_sessions,
)
from kneeapp.storage.stored_sessions import IMPORT_CONFLICTS_NAMED, same_contents

# The history, CSV and erasure code is imported where it is used: the home screen
# never needs it, and a start-up should not pay for it.
if TYPE_CHECKING:
    from kneeapp.domain.repository import SessionRepository
    from kneeapp.domain.trends import SeriesPoint

# Sessions are read in pages this size: bounded memory, few queries.
PAGE_SIZE = 500


def _new_uid() -> str:
    import uuid

    return str(uuid.uuid4())


class SqliteSessionRepository:
    """The SessionRepository of a single SQLite file.

    Readings come back in catalog order. Open it with ``open_repository`` and
    ``close()`` it when done (it is also a context manager).
    """

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path,
        *,
        station: str | None = None,
        after_save: Callable[[], None] | None = None,
    ) -> None:
        self._connection = connection
        self._path = path
        # A clinic station queues every new session for the server in the same
        # transaction that saves it; ``after_save`` tells the sender, after the commit.
        self._station = station
        self._after_save = after_save

    @classmethod
    def open(cls, path: Path, *, station: str | None = None) -> SqliteSessionRepository:
        """Open the database file at ``path``, creating and migrating it as needed."""
        return cls(connect(path), Path(path), station=station)

    @property
    def station(self) -> str | None:
        """The clinic station name this computer's saves are sent under, if any."""
        return self._station

    def set_after_save(self, after_save: Callable[[], None] | None) -> None:
        self._after_save = after_save

    @property
    def path(self) -> Path:
        """The database file, e.g. to tell the person where their data lives."""
        return self._path

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> SqliteSessionRepository:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # Writing

    def save(self, session: Session) -> None:
        with self._write("press Save again"):
            if self._session_id(session.uid) is not None:
                raise StorageError(
                    "This session is already saved; saving it again would record it twice."
                )
            insert_session(
                self._connection, session, self._profile_id(session.profile), station=self._station
            )
        self._saved()

    def _saved(self) -> None:
        if self._after_save is not None:
            self._after_save()

    def import_sessions(self, sessions: Iterable[Session]) -> int:
        return sum(self.import_by_profile(sessions).values())

    def import_by_profile(
        self, sessions: Iterable[Session], profiles: Iterable[Profile] = ()
    ) -> dict[str, int]:
        """Add the sessions not stored yet, in one transaction; return how many went to
        each profile (by the name stored here).

        ``profiles``: what the file said about its profiles. One whose ``uid`` is stored
        already is that profile here, whatever its name there; a new one keeps its
        details and uid.
        """
        added: dict[str, int] = {}
        conflicts: list[str] = []
        conflict_count = 0
        with self._write("import the file again"):
            names = {profile.name: self._import_profile(profile) for profile in profiles}
            profile_ids: dict[str, tuple[int, str]] = {}
            for session in sessions:
                if session.profile in names:  # the file's profile, by its name here
                    session = session._replace(profile=names[session.profile])
                if self._session_id(session.uid) is not None:
                    # Present already: the same session, or another under the same id.
                    if not same_contents(self._stored(session.uid), session):
                        conflict_count += 1
                        if len(conflicts) < IMPORT_CONFLICTS_NAMED:
                            conflicts.append(session.uid)
                    continue
                if conflict_count:
                    continue  # nothing will be kept: check the rest, add nothing
                name = session.profile
                if name not in profile_ids:
                    # Only for a session that is added: no profile is made for nothing.
                    profile_ids[name] = (self._profile_id(name), name)
                profile_id, name = profile_ids[name]
                insert_session(self._connection, session, profile_id, station=self._station)
                added[name] = added.get(name, 0) + 1
            if conflict_count:
                raise ImportConflict(conflicts, conflict_count)  # rolls everything back
        if added:
            self._saved()
        return added

    def _stored(self, uid: str) -> Session | None:
        found = self._load("s.uid = ?", (uid,), "")
        return found[0] if found else None

    def _import_profile(self, profile: Profile) -> str:
        """Inside a write: the name here of the file's ``profile``, created if new."""
        connection = self._connection
        if profile.uid:
            row = connection.execute(
                "SELECT name FROM profiles WHERE uid = ?", (profile.uid,)
            ).fetchone()
            if row is not None:
                return str(row[0])
        known = connection.execute(
            "SELECT 1 FROM profiles WHERE name = ?", (profile.name,)
        ).fetchone()
        if known is None:
            details = profile.details
            connection.execute(
                "INSERT INTO profiles (name, created_at, display_name, birth_year, "
                "painful_side, weekly_km, uid) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    profile.name,
                    now_text(),
                    details.display_name,
                    details.birth_year,
                    details.painful_side,
                    details.weekly_km,
                    profile.uid or _new_uid(),
                ),
            )
        return profile.name

    def update_profile(self, name: str, details: ProfileDetails) -> None:
        """Store a profile's details (creating the profile if it has no session yet)."""
        with self._write("press Save again"):
            self._profile_id(name)
            self._connection.execute(
                "UPDATE profiles SET display_name = ?, birth_year = ?, painful_side = ?, "
                "weekly_km = ? WHERE name = ?",
                (*details, name),
            )

    def delete(self, uid: str) -> bool:
        """Remove a session with its readings; False if it was not stored."""
        with self._write("try again"):
            cursor = self._connection.execute("DELETE FROM sessions WHERE uid = ?", (uid,))
            return cursor.rowcount > 0

    def erase_profile(self, name: str) -> bool:
        """Delete a profile and all of its data, leaving none of it readable in the files."""
        from kneeapp.storage import erasure

        erasure.enable_secure_delete(self._connection)
        with self._write("delete the patient again"):
            found = erasure.delete_profile(self._connection, name)
        erasure.checkpoint_truncate(self._connection)
        erasure.erase_files(self._path.parent, name)
        return found

    def erase_all(self) -> None:
        """Delete every profile, session and kept draft, all in one transaction, leaving
        none of it readable in the files."""
        from kneeapp.storage import erasure

        erasure.enable_secure_delete(self._connection)
        with self._write("delete all data again"):
            erasure.delete_everything(self._connection)
        erasure.checkpoint_truncate(self._connection)
        erasure.erase_files(self._path.parent, None)

    def update_note(self, uid: str, note: str) -> None:
        note = validate_note(note)
        with self._write("press Save again"):
            cursor = self._connection.execute(
                "UPDATE sessions SET note = ? WHERE uid = ?", (note, uid)
            )
            if cursor.rowcount == 0:
                raise StorageError("This session is no longer stored: it may have been deleted.")

    def _write(self, retry: str) -> AbstractContextManager[None]:
        """One BEGIN IMMEDIATE transaction: all of it is stored, or none of it."""
        return transaction(self._connection, self._path, "BEGIN IMMEDIATE", retry)

    def _profile_id(self, name: str) -> int:
        connection = self._connection
        connection.execute(
            "INSERT INTO profiles (name, created_at, uid) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO NOTHING",
            (name, now_text(), _new_uid()),
        )
        row = connection.execute("SELECT id FROM profiles WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def _session_id(self, uid: str) -> int | None:
        row = self._connection.execute("SELECT id FROM sessions WHERE uid = ?", (uid,)).fetchone()
        return None if row is None else int(row[0])

    # Reading

    def get(self, uid: str) -> Session | None:
        found = self._load("s.uid = ?", (uid,), "")
        return found[0] if found else None

    def get_many(self, uids: Sequence[str]) -> dict[str, Session]:
        """The stored sessions among ``uids``, by uid, in a few queries (e.g. a batch to
        send to the clinic server)."""
        if not uids:
            return {}
        found = self._load(f"s.uid IN ({', '.join('?' * len(uids))})", list(uids), "")
        return {session.uid: session for session in found}

    def list_sessions(self, profile: str) -> list[Session]:
        # Pages by id are faster than one big join on large histories.
        newest_first = list(self.iter_sessions(profile))
        newest_first.reverse()
        return newest_first

    def latest(self, profile: str) -> Session | None:
        with self._read():
            row = self._connection.execute(
                f"SELECT s.id {FROM_SESSIONS} WHERE p.name = ? "
                "ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1",
                (profile,),
            ).fetchone()
        if row is None:
            return None
        found = self._load("s.id = ?", (row[0],), "")
        return found[0] if found else None

    def iter_sessions(self, profile: str | None = None) -> Iterator[Session]:
        # The order is settled once, over ids only; the sessions then come in pages of a
        # few queries each. Nothing stays open between pages, so the caller may write
        # while iterating (sessions deleted meanwhile are skipped).
        with self._read():
            if profile is None:
                rows = self._connection.execute(
                    "SELECT id FROM sessions ORDER BY recorded_at, id"
                ).fetchall()
            else:
                rows = self._connection.execute(
                    f"SELECT s.id {FROM_SESSIONS} WHERE p.name = ? ORDER BY s.recorded_at, s.id",
                    (profile,),
                ).fetchall()
        ids = [int(row[0]) for row in rows]
        for start in range(0, len(ids), PAGE_SIZE):
            page = ids[start : start + PAGE_SIZE]
            yield from self._load(
                f"s.id IN ({', '.join('?' * len(page))})", page, "ORDER BY s.recorded_at, s.id"
            )

    def count(self, profile: str | None = None) -> int:
        with self._read():
            if profile is None:
                row = self._connection.execute("SELECT COUNT(*) FROM sessions").fetchone()
            else:
                row = self._connection.execute(
                    f"SELECT COUNT(*) {FROM_SESSIONS} WHERE p.name = ?", (profile,)
                ).fetchone()
        return int(row[0])

    def profiles(self) -> list[str]:
        with self._read():
            rows = self._connection.execute("SELECT name FROM profiles ORDER BY name").fetchall()
        return [str(row[0]) for row in rows]

    def profile_list(self) -> list[Profile]:
        """Every profile with its details and its count of sessions, by name."""
        return self._profiles("")

    def profile(self, name: str) -> Profile | None:
        found = self._profiles("WHERE p.name = ?", (name,))
        return found[0] if found else None

    def _profiles(self, where: str, params: Sequence[object] = ()) -> list[Profile]:
        with self._read():
            rows = self._connection.execute(
                "SELECT p.name, p.display_name, p.birth_year, p.painful_side, p.weekly_km, "
                "p.uid, (SELECT COUNT(*) FROM sessions AS s WHERE s.profile_id = p.id) "
                f"FROM profiles AS p {where} ORDER BY p.name",
                params,
            ).fetchall()
        return [
            Profile(str(name), str(display), year, side, km, str(uid or ""), int(count))
            for name, display, year, side, km, uid, count in rows
        ]

    # History (the queries live in history_queries)

    def session_page(self, profile: str, offset: int, limit: int) -> list[Session]:
        newest_first = "ORDER BY s.recorded_at DESC, s.id DESC"
        with self._read():
            rows = self._connection.execute(
                f"SELECT s.id {FROM_SESSIONS} WHERE p.name = ? {newest_first} LIMIT ? OFFSET ?",
                (profile, max(0, int(limit)), max(0, int(offset))),
            ).fetchall()
        ids = [int(row[0]) for row in rows]
        if not ids:
            return []
        return self._load(f"s.id IN ({', '.join('?' * len(ids))})", ids, newest_first)

    def series(
        self,
        profile: str,
        measures: Sequence[MeasureKey],
        since: datetime | None = None,
        *,
        max_points: int | None = None,
    ) -> dict[MeasureKey, list[SeriesPoint]]:
        from kneeapp.storage import history_queries

        with self._read():
            return history_queries.series(self._connection, profile, measures, since, max_points)

    def _read(self) -> AbstractContextManager[None]:
        """One read transaction, so that the queries of one answer see the same data."""
        return transaction(self._connection, self._path, "BEGIN", "try again")

    def _load(self, where: str, params: Sequence[object], order: str) -> list[Session]:
        """The sessions matching ``where``, with readings and answers, in a few queries."""
        # Inside a write (an import comparing what it finds), that transaction serves.
        with nullcontext() if self._connection.in_transaction else self._read():
            return select_sessions(self._connection, where, params, order)


def open_repository(data_dir: Path, *, station: str | None = None) -> SqliteSessionRepository:
    """Create the data folder if needed, open its database and bring it up to date.

    ``station``: this computer's name as a clinic station; its saves are then queued for
    the clinic server.
    """
    folder = ensure_data_dir(Path(data_dir))
    return SqliteSessionRepository.open(database_path(folder), station=station)


if TYPE_CHECKING:

    def _implements_protocol(repository: SqliteSessionRepository) -> SessionRepository:
        return repository
