"""PostgresSessionRepository: the clinic server's sessions, as the clinician's desk and
the command line read them (stations save through their outbox, see outbox.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any

import psycopg

from kneeapp.domain.kiosk import name_key
from kneeapp.domain.profiles import Profile, ProfileDetails
from kneeapp.domain.repository import (
    SERIES_EXACT_TAIL,
    ImportConflict,
    MeasureKey,
    StorageError,
)
from kneeapp.domain.session import Session, validate_note
from kneeapp.storage.postgres.connection import connect, server_error
from kneeapp.storage.postgres.schema import require_known_schema
from kneeapp.storage.postgres.station_rows import ADD_SESSION, session_arguments
from kneeapp.storage.stored_sessions import build_sessions

if TYPE_CHECKING:
    from kneeapp.domain.repository import SessionRepository
    from kneeapp.domain.trends import SeriesPoint

PAGE_SIZE = 500
_FROM_SESSIONS = "FROM sessions AS s JOIN patients AS p ON p.id = s.patient_id"


class PostgresSessionRepository:
    """The SessionRepository of a clinic server, connected as a clinician."""

    def __init__(self, connection: psycopg.Connection[Any], station: str = "desk") -> None:
        self._connection = connection
        self.station = station

    @classmethod
    def connect(cls, url: str, *, station: str = "desk") -> PostgresSessionRepository:
        """Connect, refusing a server whose schema this KneeCheck does not know."""
        connection = connect(url)
        try:
            require_known_schema(connection)
        except BaseException:
            connection.close()
            raise
        return cls(connection, station)

    def close(self) -> None:
        self._connection.close()

    def __enter__(self) -> PostgresSessionRepository:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _rows(self, query: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._connection.execute(query.encode(), params).fetchall()
        except psycopg.Error as error:
            raise server_error(error) from error

    # Writing

    def save(self, session: Session) -> None:
        [(added,)] = self._rows(ADD_SESSION, session_arguments(session, self.station))
        if not added:
            raise StorageError(
                "This session is already saved; saving it again would record it twice."
            )

    def import_sessions(self, sessions: Iterable[Session]) -> int:
        return sum(self.import_by_profile(sessions).values())

    def import_by_profile(
        self, sessions: Iterable[Session], profiles: Iterable[Profile] = ()
    ) -> dict[str, int]:
        """Add the sessions not stored yet, in one transaction; how many went to each
        patient. A file's profile whose uid is stored already is that patient here."""
        from kneeapp.storage.stored_sessions import IMPORT_CONFLICTS_NAMED, same_contents

        added: dict[str, int] = {}
        conflicts: list[str] = []
        conflict_count = 0
        try:
            with self._connection.transaction(), self._connection.cursor() as cursor:
                names = {profile.name: self._import_profile(profile) for profile in profiles}
                for session in sessions:
                    if session.profile in names:
                        session = session._replace(profile=names[session.profile])
                    cursor.execute(ADD_SESSION.encode(), session_arguments(session, self.station))
                    row = cursor.fetchone()
                    if row and row[0]:
                        added[session.profile] = added.get(session.profile, 0) + 1
                        continue
                    # Present already: the same session, or another under the same id.
                    stored = self._load("s.uid = %s", (session.uid,), "")
                    if not same_contents(stored[0] if stored else None, session):
                        conflict_count += 1
                        if len(conflicts) < IMPORT_CONFLICTS_NAMED:
                            conflicts.append(session.uid)
                if conflict_count:
                    raise ImportConflict(conflicts, conflict_count)  # rolls everything back
        except psycopg.Error as error:
            raise server_error(error) from error
        return added

    def _import_profile(self, profile: Profile) -> str:
        """The name here of a file's profile, stored with its details if it is new."""
        if profile.uid:
            found = self._connection.execute(
                "SELECT name FROM patients WHERE uid::text = %s", (profile.uid,)
            ).fetchone()
            if found:
                return str(found[0])
        self._connection.execute(
            "INSERT INTO patients (name, display_name, birth_year, painful_side, weekly_km, "
            "uid) VALUES (%s, %s, %s, %s, %s, COALESCE(%s::uuid, gen_random_uuid())) "
            "ON CONFLICT (name) DO NOTHING",
            (profile.name, *profile.details, profile.uid or None),
        )
        return profile.name

    def update_profile(self, name: str, details: ProfileDetails) -> None:
        self._rows(
            "INSERT INTO patients (name, display_name, birth_year, painful_side, weekly_km) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (name) DO UPDATE SET "
            "display_name = EXCLUDED.display_name, birth_year = EXCLUDED.birth_year, "
            "painful_side = EXCLUDED.painful_side, weekly_km = EXCLUDED.weekly_km "
            "RETURNING id",
            (name, *details),
        )

    def delete(self, uid: str) -> bool:
        return bool(self._rows("DELETE FROM sessions WHERE uid = %s RETURNING id", (uid,)))

    def update_note(self, uid: str, note: str) -> None:
        note = validate_note(note)
        changed = self._rows(
            "UPDATE sessions SET note = %s, note_version = note_version + 1 "
            "WHERE uid = %s RETURNING id",
            (note, uid),
        )
        if not changed:
            raise StorageError("This session is no longer stored: it may have been deleted.")

    def erase_profile(self, name: str) -> bool:
        """Delete a patient with everything of theirs; stations erase their own copies at
        their next contact (a tombstone says so)."""
        try:
            with self._connection.transaction():
                found = self._connection.execute(
                    "DELETE FROM patients WHERE name = %s RETURNING id", (name,)
                ).fetchall()
                # Their kiosk PIN goes too: a new patient of that name chooses their own.
                self._connection.execute("SELECT patient_pin_reset(%s)", (name_key(name),))
                if found:
                    self._connection.execute("INSERT INTO erasures (patient) VALUES (%s)", (name,))
        except psycopg.Error as error:
            raise server_error(error) from error
        return bool(found)

    def erase_all(self) -> None:
        try:
            with self._connection.transaction():
                self._connection.execute("DELETE FROM patients")
                self._connection.execute("DELETE FROM patient_pins")
                self._connection.execute("INSERT INTO erasures (patient) VALUES (NULL)")
        except psycopg.Error as error:
            raise server_error(error) from error

    # Reading

    def get(self, uid: str) -> Session | None:
        found = self._load("s.uid = %s", (uid,), "")
        return found[0] if found else None

    def list_sessions(self, profile: str) -> list[Session]:
        newest_first = list(self.iter_sessions(profile))
        newest_first.reverse()
        return newest_first

    def latest(self, profile: str) -> Session | None:
        found = self.session_page(profile, 0, 1)
        return found[0] if found else None

    def iter_sessions(self, profile: str | None = None) -> Iterator[Session]:
        if profile is None:
            rows = self._rows("SELECT id FROM sessions ORDER BY recorded_at, id")
        else:
            rows = self._rows(
                f"SELECT s.id {_FROM_SESSIONS} WHERE p.name = %s ORDER BY s.recorded_at, s.id",
                (profile,),
            )
        ids = [int(row[0]) for row in rows]
        for start in range(0, len(ids), PAGE_SIZE):
            page = ids[start : start + PAGE_SIZE]
            yield from self._load("s.id = ANY(%s)", (page,), "ORDER BY s.recorded_at, s.id")

    def count(self, profile: str | None = None) -> int:
        if profile is None:
            [(found,)] = self._rows("SELECT count(*) FROM sessions")
        else:
            [(found,)] = self._rows(
                f"SELECT count(*) {_FROM_SESSIONS} WHERE p.name = %s", (profile,)
            )
        return int(found)

    def profiles(self) -> list[str]:
        return [str(row[0]) for row in self._rows("SELECT name FROM patients ORDER BY name")]

    def profile_list(self) -> list[Profile]:
        """Every patient with their details and count of sessions, by name."""
        return self._profiles("")

    def profile(self, name: str) -> Profile | None:
        found = self._profiles("WHERE p.name = %s", (name,))
        return found[0] if found else None

    def _profiles(self, where: str, params: Sequence[object] = ()) -> list[Profile]:
        rows = self._rows(
            "SELECT p.name, p.display_name, p.birth_year, p.painful_side, p.weekly_km, "
            "p.uid::text, (SELECT count(*) FROM sessions AS s WHERE s.patient_id = p.id) "
            f"FROM patients AS p {where} ORDER BY p.name",
            params,
        )
        return [
            Profile(str(name), str(display), year, side, km, str(uid), int(count))
            for name, display, year, side, km, uid, count in rows
        ]

    def patient_counts(self) -> list[tuple[str, int]]:
        """Every patient of the clinic with their number of sessions, in one query."""
        rows = self._rows(
            "SELECT p.name, (SELECT count(*) FROM sessions AS s WHERE s.patient_id = p.id) "
            "FROM patients AS p ORDER BY p.name"
        )
        return [(str(name), int(count)) for name, count in rows]

    def session_page(self, profile: str, offset: int, limit: int) -> list[Session]:
        newest_first = "ORDER BY s.recorded_at DESC, s.id DESC"
        rows = self._rows(
            f"SELECT s.id {_FROM_SESSIONS} WHERE p.name = %s {newest_first} LIMIT %s OFFSET %s",
            (profile, max(0, int(limit)), max(0, int(offset))),
        )
        ids = [int(row[0]) for row in rows]
        return self._load("s.id = ANY(%s)", (ids,), newest_first) if ids else []

    def series(
        self,
        profile: str,
        measures: Sequence[MeasureKey],
        since: datetime | None = None,
        *,
        max_points: int | None = None,
    ) -> dict[MeasureKey, list[SeriesPoint]]:
        from kneeapp.domain.trends import SeriesPoint

        found: dict[MeasureKey, list[SeriesPoint]] = {key: [] for key in measures}
        if not found:
            return found
        [(patient,)] = self._rows(
            "SELECT (SELECT id FROM patients WHERE name = %s)", (profile,)
        ) or [(None,)]
        if patient is None:
            return found
        start = since if since is not None else datetime.min.replace(year=1900)
        thinning = ""
        params: list[object] = [patient, start]
        if max_points is not None:
            [(count, first_id)] = self._rows(
                "SELECT count(*), min(id) FROM sessions WHERE patient_id = %s "
                "AND recorded_at >= %s",
                (patient, start),
            )
            if count > max_points:
                [(tail,)] = self._rows(
                    "SELECT recorded_at FROM sessions WHERE patient_id = %s "
                    "AND recorded_at >= %s ORDER BY recorded_at DESC, id DESC LIMIT 1 OFFSET %s",
                    (patient, start, SERIES_EXACT_TAIL - 1),
                )
                thinning = "AND (s.id %% %s = 0 OR s.recorded_at >= %s OR s.id = %s) "
                params += [-(-count // max_points), tail, first_id]
        checks = [key[0] for key in found]
        measure_ids = [key[1] for key in found]
        rows = self._rows(
            "SELECT m.check_id, m.measure_id, "
            "round(extract(epoch FROM s.recorded_at), 3)::double precision, "
            "m.left_value, m.right_value "
            "FROM sessions AS s JOIN measurements AS m ON m.session_id = s.id "
            "AND (m.check_id, m.measure_id) IN "
            "(SELECT * FROM unnest(%s::text[], %s::text[])) "
            f"WHERE s.patient_id = %s AND s.recorded_at >= %s {thinning}"
            "ORDER BY s.recorded_at, s.id",
            [checks, measure_ids, *params],
        )
        for check_id, measure_id, when, left, right in rows:
            found[(check_id, measure_id)].append(SeriesPoint(when, left, right))
        return found

    def _load(self, where: str, params: Sequence[object], order: str) -> list[Session]:
        """The sessions matching ``where``, with readings and answers, in one snapshot."""
        try:
            outer = self._connection.info.transaction_status != psycopg.pq.TransactionStatus.IDLE
            with self._connection.transaction():
                if not outer:  # else the caller's transaction (an import) serves
                    self._connection.execute(
                        "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
                    )
                rows = self._connection.execute(
                    "SELECT s.id, s.uid::text, p.name, s.recorded_at, s.note, s.advice "
                    f"{_FROM_SESSIONS} WHERE {where} {order}".encode(),
                    params,
                ).fetchall()
                if not rows:
                    return []
                ids = [row[0] for row in rows]
                measurements = self._connection.execute(
                    "SELECT session_id, check_id, measure_id, left_value, right_value, "
                    "left_skip, right_skip FROM measurements WHERE session_id = ANY(%s)",
                    (ids,),
                ).fetchall()
                answers = self._connection.execute(
                    "SELECT session_id, flag_id, answer FROM red_flag_answers "
                    "WHERE session_id = ANY(%s)",
                    (ids,),
                ).fetchall()
                marks = self._connection.execute(
                    "SELECT session_id, check_id, measure_id, side, marks FROM photo_marks "
                    "WHERE session_id = ANY(%s)",
                    (ids,),
                ).fetchall()
                kept = (
                    self._connection.execute(
                        "SELECT session_id, check_id, measure_id, side, position, image "
                        "FROM kept_photos WHERE session_id = ANY(%s)",
                        (ids,),
                    ).fetchall()
                    if marks
                    else []
                )
        except psycopg.Error as error:
            raise server_error(error) from error
        return build_sessions(rows, measurements, answers, marks, kept)


if TYPE_CHECKING:

    def _implements_protocol(repository: PostgresSessionRepository) -> SessionRepository:
        return repository
