"""A clinic station against a real PostgreSQL server the tests start themselves."""

from __future__ import annotations

import time
from pathlib import Path

import psycopg
import pytest

from kneeapp.storage.postgres.schema import NewerServerSchema, init_server
from kneeapp.storage.postgres.station_rows import ADD_SESSION, session_arguments
from tests.clinic.stations import (
    contact_until,
    make_session,
    server_uids,
    silent_server,
    station,
    wait_for_status,
    wait_until_sent,
)
from tests.postgres_server import ClinicDatabase

pytestmark = pytest.mark.usefixtures("clinic_database")


def test_a_save_is_local_then_reaches_the_server_once(
    clinic_database: ClinicDatabase, data_dir: Path
) -> None:
    with station(data_dir, clinic_database.kiosk_url) as kiosk:
        sessions = [make_session(n) for n in range(5)]
        for session in sessions:
            kiosk.local.save(session)
        assert kiosk.local.count() == 5  # on this computer at once, whatever the network
        wait_until_sent(kiosk.sender)
        status = kiosk.sender.status()
        assert status.waiting == 0 and status.problem == ""
        assert status.last_contact is not None
    assert sorted(server_uids(clinic_database.owner_url)) == sorted(s.uid for s in sessions)
    with psycopg.connect(clinic_database.owner_url) as owner:
        stations = owner.execute("SELECT DISTINCT station FROM kneeapp.sessions").fetchall()
    assert stations == [("kiosk-1",)]  # every session records its station


def test_a_replayed_send_adds_nothing(clinic_database: ClinicDatabase) -> None:
    session = make_session(1)
    with psycopg.connect(clinic_database.kiosk_url, autocommit=True) as kiosk:
        kiosk.execute("SET search_path = kneeapp")
        added = [
            kiosk.execute(ADD_SESSION, session_arguments(session, "k")).fetchone() for _ in range(3)
        ]
    assert added == [(True,), (False,), (False,)]
    assert server_uids(clinic_database.owner_url) == [session.uid]


def test_a_kiosk_sends_photo_marks_and_kept_photos_and_reads_them_back(
    clinic_database: ClinicDatabase,
) -> None:
    from kneeapp.domain.session import build_session, new_session_uid, validate_reading
    from kneeapp.storage.postgres.station_rows import patient_sessions
    from tests.contract.test_repository_contract import START, shin_photos

    left = shin_photos("left", 790.0, image=b"\xff\xd8 a photo")
    right = shin_photos("right", 600.0)
    found_left, found_right = left.summary(), right.summary()
    assert found_left is not None and found_right is not None
    session = build_session(
        uid=new_session_uid(),
        profile="Ana",
        recorded_at=START,
        readings=[validate_reading("ankle_step", "shin_angle", found_left.mean, found_right.mean)],
        photos=[left, right],
    )
    with psycopg.connect(clinic_database.kiosk_url, autocommit=True) as kiosk:
        kiosk.execute("SET search_path = kneeapp")
        assert kiosk.execute(ADD_SESSION, session_arguments(session, "k")).fetchone() == (True,)
        assert patient_sessions(kiosk, "Ana") == [session]


def test_the_kiosk_role_reads_only_the_named_patients_own(
    clinic_database: ClinicDatabase, data_dir: Path
) -> None:
    with station(data_dir, clinic_database.kiosk_url) as kiosk:
        kiosk.local.save(make_session(1, "Ana"))
        kiosk.local.save(make_session(2, "Ben"))
        wait_until_sent(kiosk.sender)
    with psycopg.connect(clinic_database.kiosk_url, autocommit=True) as connection:
        connection.execute("SET search_path = kneeapp")
        own = connection.execute("SELECT uid FROM patient_sessions('Ana')").fetchall()
        assert len(own) == 1
        for query in (
            "SELECT name FROM patients",
            "SELECT * FROM sessions",
            "SELECT * FROM measurements",
            "SELECT * FROM erasures",
            "SELECT * FROM patient_pins",
            "SELECT * FROM pin_secret",
            "DELETE FROM sessions",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(query)


def test_a_newer_server_schema_gets_nothing_from_the_station(
    clinic_database: ClinicDatabase, data_dir: Path
) -> None:
    newer = "CREATE TABLE kneeapp.from_the_future (id integer)"
    init_server(clinic_database.owner_url, (*_current_steps(), newer))
    try:
        with pytest.raises(NewerServerSchema):
            init_server(clinic_database.owner_url)  # an older `server init` changes nothing
        with station(data_dir, clinic_database.kiosk_url) as kiosk:
            kiosk.local.save(make_session(1))
            status = wait_for_status(kiosk.sender, lambda status: bool(status.problem))
            assert status.update_needed
            assert "update this station" in status.problem
            assert status.waiting == 1  # kept here
        assert server_uids(clinic_database.owner_url) == []
    finally:
        with psycopg.connect(clinic_database.owner_url) as owner:
            owner.execute(
                "DELETE FROM kneeapp.schema_migrations WHERE version > %s",
                (len(_current_steps()),),
            )
            owner.execute("DROP TABLE kneeapp.from_the_future")


def _current_steps() -> tuple[str, ...]:
    from kneeapp.storage.postgres.migrations import MIGRATIONS

    return MIGRATIONS


def test_a_server_that_never_answers_holds_no_save(data_dir: Path) -> None:
    with silent_server() as url, station(data_dir, url, connect_timeout=1) as kiosk:
        started = time.monotonic()
        kiosk.local.save(make_session(1))
        assert time.monotonic() - started < 0.5  # the save did not wait on the network
        # The connect timeout ends the attempt.
        status = wait_for_status(kiosk.sender, lambda status: bool(status.problem), 10)
        assert status.waiting == 1
        assert "cannot be reached" in status.problem
        assert kiosk.local.count() == 1


def test_a_patient_erased_at_the_desk_is_erased_from_each_station_at_its_next_contact(
    clinic_database: ClinicDatabase, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kneeapp.storage.postgres import outbox
    from tests.postgres_server import clinician_repository

    monkeypatch.setattr(outbox, "ERASURES_EVERY_S", 0.0)  # at every contact
    with station(data_dir, clinic_database.kiosk_url) as kiosk:
        kiosk.local.save(make_session(1, "Ana"))
        kiosk.local.save(make_session(2, "Ben"))
        wait_until_sent(kiosk.sender)
        with clinician_repository(clinic_database) as desk:
            assert desk.erase_profile("Ana")  # type: ignore[attr-defined]
        assert contact_until(kiosk.sender, lambda: kiosk.local.profiles() == ["Ben"])
        # Ana comes back later: her new sessions are hers alone, and are kept.
        kiosk.local.save(make_session(3, "Ana"))
        wait_until_sent(kiosk.sender)
        assert kiosk.local.profiles() == ["Ana", "Ben"]
    assert len(server_uids(clinic_database.owner_url)) == 2
