"""The kiosk's settings file fails closed: what cannot be read is refused, never taken for
"no PIN yet" and never rewritten; the PIN leaves settings.json for kiosk.json."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kneeapp.domain.kiosk import KioskSettingsError
from kneeapp.domain.pin import LockState
from kneeapp.domain.preferences import DisplaySettings
from kneeapp.storage.kiosk_settings import FILE_NAME, JsonKioskSettings, start_as_kiosk
from kneeapp.storage.preferences import FILE_NAME as PREFERENCES
from kneeapp.storage.preferences import JsonPreferences

HASH = "scrypt$16384$8$1$00$11"


def test_settings_round_trip_in_their_own_file(tmp_path: Path) -> None:
    settings = JsonKioskSettings.open(tmp_path)
    assert settings.pin_hash() is None
    settings.set_pin_hash(HASH)
    settings.save_lock_state(LockState(3, 30.0, 0.0))
    settings.set_check_idle_seconds(600)
    settings.set_language("es")
    again = JsonKioskSettings.open(tmp_path)
    assert again.pin_hash() == HASH
    assert again.lock_state() == LockState(3, 30.0, 0.0)
    assert again.check_idle_seconds() == 600 and again.idle_seconds() == 90
    assert again.language() == "es"
    assert not (tmp_path / PREFERENCES).exists()  # display preferences hold no secret
    assert (tmp_path / FILE_NAME).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    "text", ['{"pin_hash": "x",}', "", "[]", '{"pin_hash": 7}', "\xff\xfe\x00"]
)
def test_a_kiosk_file_that_cannot_be_parsed_is_refused_and_kept(tmp_path: Path, text: str) -> None:
    path = tmp_path / FILE_NAME
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(KioskSettingsError) as refused:
        JsonKioskSettings.open(tmp_path)
    assert str(path) in str(refused.value)
    assert path.read_bytes() == text.encode("latin-1")
    if not text.startswith('{"pin_hash"'):
        assert start_as_kiosk(tmp_path)  # never falls back to the desktop window


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_kiosk_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / FILE_NAME
    path.write_text(json.dumps({"pin_hash": HASH}), encoding="utf-8")
    path.chmod(0)
    with pytest.raises(KioskSettingsError):
        JsonKioskSettings.open(tmp_path)


def test_a_directory_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).mkdir()  # unreadable as a file, as root too
    with pytest.raises(KioskSettingsError):
        JsonKioskSettings.open(tmp_path)


def test_the_pin_moves_out_of_settings_json_once(tmp_path: Path) -> None:
    legacy = {"kiosk_pin_hash": HASH, "kiosk_idle_seconds": 60, "display": {"theme": "dark"}}
    (tmp_path / PREFERENCES).write_text(json.dumps(legacy), encoding="utf-8")
    settings = JsonKioskSettings.open(tmp_path)
    assert settings.pin_hash() == HASH and settings.idle_seconds() == 60
    left = json.loads((tmp_path / PREFERENCES).read_text(encoding="utf-8"))
    assert left == {"display": {"theme": "dark"}}
    assert JsonKioskSettings.open(tmp_path).pin_hash() == HASH


def test_a_damaged_settings_json_without_kiosk_json_is_refused(tmp_path: Path) -> None:
    # It may hold the PIN: "no PIN yet" would let whoever stands there choose one.
    broken = '{"kiosk_pin_hash": "' + HASH + '",}'
    (tmp_path / PREFERENCES).write_text(broken, encoding="utf-8")
    with pytest.raises(KioskSettingsError):
        JsonKioskSettings.open(tmp_path)
    assert (tmp_path / PREFERENCES).read_text(encoding="utf-8") == broken


def test_display_preferences_never_rewrite_a_file_they_could_not_parse(tmp_path: Path) -> None:
    broken = '{"kiosk_pin_hash": "' + HASH + '", "display": {},}'
    path = tmp_path / PREFERENCES
    path.write_text(broken, encoding="utf-8")
    preferences = JsonPreferences(tmp_path)
    assert preferences.display_settings() == DisplaySettings()  # defaults meanwhile
    preferences.save_display_settings(DisplaySettings(theme="dark"))
    preferences.remember_checks(["ankle_step"])
    preferences.save_window_geometry("AAAA")
    assert path.read_text(encoding="utf-8") == broken


def test_a_damaged_settings_json_beside_kiosk_json_still_starts_the_kiosk(
    tmp_path: Path,
) -> None:
    JsonKioskSettings.open(tmp_path).set_pin_hash(HASH)
    (tmp_path / PREFERENCES).write_text("{,", encoding="utf-8")
    assert start_as_kiosk(tmp_path)
    assert JsonKioskSettings.open(tmp_path).pin_hash() == HASH


def test_photos_are_not_kept_until_the_clinic_allows_it(tmp_path: Path) -> None:
    settings = JsonKioskSettings.open(tmp_path)
    assert settings.keep_photos_allowed() is False
    settings.set_keep_photos_allowed(True)
    assert JsonKioskSettings.open(tmp_path).keep_photos_allowed() is True
    # Only a true JSON true allows it: a hand-edited "yes" does not.
    data = json.loads((tmp_path / FILE_NAME).read_text())
    data["keep_photos"] = "yes"
    (tmp_path / FILE_NAME).write_text(json.dumps(data))
    assert JsonKioskSettings.open(tmp_path).keep_photos_allowed() is False
