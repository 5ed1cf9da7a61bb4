"""The clinic's settings on its server: the first station brings its own, then the
server's apply at every station; a station's copy follows at its next contact."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from kneeapp.storage.kiosk_settings import CLINIC_KEYS, JsonKioskSettings
from kneeapp.storage.postgres.clinic_settings import (
    ClinicSettingsUnreachable,
    ServerKioskSettings,
)
from kneeapp.storage.postgres.migrations import CLINIC_SETTING_KEYS
from tests.clinic.stations import clinic_settings_on, contact_until, station
from tests.postgres_server import ClinicDatabase

pytestmark = pytest.mark.usefixtures("clinic_database")


def settings_at(folder: Path, url: str) -> ServerKioskSettings:
    folder.mkdir(parents=True, exist_ok=True)
    return ServerKioskSettings(JsonKioskSettings.open(folder), url)


def test_the_server_knows_every_setting_a_station_keeps_for_the_clinic() -> None:
    assert set(CLINIC_SETTING_KEYS) == set(CLINIC_KEYS)


def test_the_first_station_brings_its_settings_then_the_clinic_s_apply(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    first = settings_at(tmp_path / "first", clinic_database.kiosk_url)
    first.local.set_pin_hash("scrypt$first")
    first.local.set_idle_seconds(60)
    assert not first.pull()  # nothing new: the clinic took this station's own
    assert clinic_settings_on(clinic_database.owner_url) == {
        "pin_hash": "scrypt$first",
        "idle_seconds": 60,
    }
    second = settings_at(tmp_path / "second", clinic_database.kiosk_url)
    second.local.set_pin_hash("scrypt$second")
    second.local.set_language("es")
    assert second.pull()
    # The clinic's PIN and idle time win; the language it lacked is the second's.
    assert second.pin_hash() == "scrypt$first"
    assert second.idle_seconds() == 60
    assert second.language() == "es"
    assert JsonKioskSettings.open(tmp_path / "second").pin_hash() == "scrypt$first"  # kept
    assert clinic_settings_on(clinic_database.owner_url)["language"] == "es"


def test_a_change_goes_to_the_server_first_and_others_hear_it(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    first = settings_at(tmp_path / "first", clinic_database.kiosk_url)
    second = settings_at(tmp_path / "second", clinic_database.clinician_url)
    first.set_check_idle_seconds(120)
    first.set_keep_photos_allowed(True)
    assert (first.check_idle_seconds(), first.keep_photos_allowed()) == (120, True)
    assert second.pull()
    assert (second.check_idle_seconds(), second.keep_photos_allowed()) == (120, True)
    second.set_check_idle_seconds(600)  # the desk changes it back
    assert first.pull()
    assert first.check_idle_seconds() == 600


def test_a_setting_the_server_does_not_keep_is_refused(clinic_database: ClinicDatabase) -> None:
    with psycopg.connect(clinic_database.kiosk_url, autocommit=True) as kiosk:
        kiosk.execute("SET search_path = kneeapp")
        with pytest.raises(psycopg.errors.CheckViolation):
            kiosk.execute("SELECT set_clinic_settings('{\"pin_lock\": {}}'::jsonb)")
        # A seed's unknown keys are left out, not stored.
        rows = kiosk.execute(
            "SELECT key FROM clinic_settings('{\"start_as_kiosk\": true}'::jsonb)"
        ).fetchall()
    assert rows == []


def test_the_pin_lock_stays_with_each_station(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    from kneeapp.domain.pin import LockState

    first = settings_at(tmp_path / "first", clinic_database.kiosk_url)
    first.save_lock_state(LockState(failures=3, next_lock=30.0, locked_until=0.0))
    first.pull()
    assert "pin_lock" not in clinic_settings_on(clinic_database.owner_url)
    assert first.lock_state().failures == 3


def test_with_the_server_out_of_reach_nothing_changes(tmp_path: Path) -> None:
    from tests.postgres_server import free_port

    offline = settings_at(tmp_path / "offline", f"postgresql://kiosk@127.0.0.1:{free_port()}/x")
    offline.local.set_idle_seconds(60)
    with pytest.raises(ClinicSettingsUnreachable, match="nothing was changed"):
        offline.set_idle_seconds(300)
    assert offline.idle_seconds() == 60
    assert JsonKioskSettings.open(tmp_path / "offline").idle_seconds() == 60


def test_a_station_hears_the_clinic_s_settings_at_its_next_contact(
    clinic_database: ClinicDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kneeapp.storage.postgres import outbox

    monkeypatch.setattr(outbox, "ERASURES_EVERY_S", 0.0)  # at every contact
    desk = settings_at(tmp_path / "desk", clinic_database.clinician_url)
    desk.local.set_pin_hash("scrypt$clinic")
    desk.pull()
    kiosk = settings_at(tmp_path / "kiosk", clinic_database.kiosk_url)
    heard: list[threading.Thread] = []

    def received(values: dict[str, Any]) -> None:
        if kiosk.take(values):
            heard.append(threading.current_thread())

    with station(tmp_path / "kiosk", clinic_database.kiosk_url) as kiosk_station:
        sender = kiosk_station.sender
        sender.share_settings(kiosk.seed, received)
        assert contact_until(sender, lambda: kiosk.pin_hash() == "scrypt$clinic")
        desk.set_idle_seconds(60)
        assert contact_until(sender, lambda: kiosk.idle_seconds() == 60)
    assert len(heard) == 2 and all(t is not threading.main_thread() for t in heard)
