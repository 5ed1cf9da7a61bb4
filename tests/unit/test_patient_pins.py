"""Patients' PINs on both engines: this computer's data file and the clinic server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kneeapp.domain.patient_pins import PatientPins, PinAnswer, PinVerdict
from kneeapp.domain.pin import FIRST_LOCK_SECONDS, FREE_TRIES
from kneeapp.storage.patient_pins import SqlitePatientPins
from kneeapp.storage.sessions import open_repository
from tests.clinic.stations import make_session
from tests.conftest import ENGINES


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class Engine:
    def __init__(self, store: PatientPins, pass_lock: object) -> None:
        self.store = store
        self._pass_lock = pass_lock

    def pass_lock(self) -> None:
        assert callable(self._pass_lock)
        self._pass_lock()


@pytest.fixture(params=ENGINES)
def pins(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        clock = Clock()
        with open_repository(data_dir) as repository:
            store = SqlitePatientPins(lambda: repository._connection, repository.path, clock)

            def later() -> None:
                clock.now += FIRST_LOCK_SECONDS + 1

            yield Engine(store, later)
        return
    import psycopg

    from kneeapp.storage.postgres.patient_pins import ServerPatientPins
    from tests.postgres_server import ClinicDatabase

    database = request.getfixturevalue("clinic_database")
    assert isinstance(database, ClinicDatabase)

    def unlock() -> None:  # the server's clock cannot be moved: its lock ends now
        with psycopg.connect(database.owner_url, autocommit=True) as owner:
            owner.execute("UPDATE kneeapp.patient_pins SET locked_until = now()")

    yield Engine(ServerPatientPins(database.kiosk_url), unlock)


def test_a_chosen_pin_signs_in_and_another_does_not(pins: Engine) -> None:
    assert pins.store.choose("Ana", "1234").accepted
    assert pins.store.check("ana", "1234").accepted  # any case of the name
    wrong = pins.store.check("Ana", "4321")
    assert wrong == PinAnswer(PinVerdict.WRONG, tries_left=FREE_TRIES - 1)


def test_an_unknown_name_answers_like_a_known_name_with_a_wrong_pin(pins: Engine) -> None:
    assert pins.store.choose("Ana", "1234").accepted
    known = [pins.store.check("Ana", "0000") for _ in range(FREE_TRIES)]
    unknown = [pins.store.check("Nobody", "0000") for _ in range(FREE_TRIES)]
    assert [a.verdict for a in known] == [a.verdict for a in unknown]
    assert [a.tries_left for a in known] == [a.tries_left for a in unknown]
    assert known[-1].verdict is unknown[-1].verdict is PinVerdict.LOCKED
    # Locked alike: not even choosing a PIN for the unknown name gets in now.
    assert pins.store.choose("Nobody", "5555").verdict is PinVerdict.LOCKED


def test_five_wrong_tries_lock_that_patient_only_and_the_lock_ends(pins: Engine) -> None:
    pins.store.choose("Ana", "1234")
    pins.store.choose("Ben", "9999")
    answers = [pins.store.check("Ana", "0000") for _ in range(FREE_TRIES)]
    assert [a.tries_left for a in answers[:-1]] == [4, 3, 2, 1]
    assert answers[-1].verdict is PinVerdict.LOCKED
    assert answers[-1].locked_seconds == pytest.approx(FIRST_LOCK_SECONDS, abs=1)
    # Even the right PIN is refused while locked; another patient signs in as usual.
    assert pins.store.check("Ana", "1234").verdict is PinVerdict.LOCKED
    assert pins.store.check("Ben", "9999").accepted
    pins.pass_lock()
    assert pins.store.check("Ana", "1234").accepted
    # A right PIN starts the count again.
    assert pins.store.check("Ana", "0000").tries_left == FREE_TRIES - 1


def test_choosing_a_pin_for_a_name_that_has_one_counts_as_a_wrong_try(pins: Engine) -> None:
    pins.store.choose("Ana", "1234")
    assert pins.store.choose("ANA", "5678") == PinAnswer(
        PinVerdict.TAKEN, tries_left=FREE_TRIES - 1
    )
    assert pins.store.choose("Ana", "1234").accepted  # the same PIN is hers
    assert not pins.store.check("Ana", "5678").accepted


def test_staff_reset_lets_the_patient_choose_again(pins: Engine) -> None:
    pins.store.choose("Ana", "1234")
    for _ in range(FREE_TRIES):
        pins.store.check("Ana", "0000")
    pins.store.reset("ana")
    assert pins.store.choose("Ana", "7777").accepted
    assert pins.store.check("Ana", "7777").accepted
    assert not pins.store.check("Ana", "1234").accepted


def test_erasing_a_patient_erases_their_pin(data_dir: Path) -> None:
    with open_repository(data_dir) as repository:
        store = SqlitePatientPins(lambda: repository._connection, repository.path, Clock())
        store.choose("Ana", "1234")
        repository.save(make_session(1, "Ana"))
        assert repository.erase_profile("Ana")
        assert store.choose("Ana", "5678").accepted  # a new Ana chooses her own


def test_erasing_a_patient_on_the_server_erases_their_pin(clinic_database: object) -> None:
    from kneeapp.storage.postgres.patient_pins import ServerPatientPins
    from kneeapp.storage.postgres.repository import PostgresSessionRepository
    from tests.postgres_server import ClinicDatabase

    assert isinstance(clinic_database, ClinicDatabase)
    store = ServerPatientPins(clinic_database.kiosk_url)
    store.choose("Ana", "1234")
    with PostgresSessionRepository.connect(clinic_database.clinician_url) as desk:
        desk.save(make_session(1, "Ana"))
        assert desk.erase_profile("Ana")
    assert store.choose("Ana", "5678").accepted
