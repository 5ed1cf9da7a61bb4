"""Which backend a start opens: the flag, the environment, then the settings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kneeapp.domain.repository import StorageError
from kneeapp.storage.backends import ServerConfig, open_backend, resolve_server

URL = "postgresql://desk@clinic.example/kneeapp?sslmode=verify-full"


def test_no_server_anywhere_means_this_computer_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KNEEAPP_SERVER", raising=False)
    assert resolve_server(None, None, {}) is None


def test_the_flag_wins_over_the_environment_and_the_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KNEEAPP_SERVER", "postgresql://env/kneeapp")
    settings: dict[str, object] = {"clinic": {"server": "postgresql://set/k", "station": "s"}}
    assert resolve_server(URL, "kiosk-1", settings) == ServerConfig(URL, "kiosk-1")
    assert resolve_server(None, None, settings) == ServerConfig("postgresql://env/kneeapp", "s")
    monkeypatch.delenv("KNEEAPP_SERVER")
    assert resolve_server(None, None, settings) == ServerConfig("postgresql://set/k", "s")


def test_a_station_without_a_name_takes_the_computer_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import socket

    monkeypatch.delenv("KNEEAPP_STATION", raising=False)
    config = resolve_server(URL, None, {})
    assert config is not None and config.station == socket.gethostname()


@pytest.mark.parametrize(
    "stored", ["postgresql://desk:secret@clinic/kneeapp", "host=clinic password=secret"]
)
def test_a_password_in_the_settings_is_refused(
    stored: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KNEEAPP_SERVER", raising=False)
    with pytest.raises(StorageError, match="pgpass"):
        resolve_server(None, None, {"clinic": {"server": stored}})


def test_the_home_backend_is_the_sqlite_file(data_dir: Path) -> None:
    backend = open_backend(data_dir, datetime.now(UTC))
    try:
        assert backend.clinic is None
        assert backend.sessions.path == data_dir / "kneeapp.sqlite3"
        assert backend.sessions.count() == 0
    finally:
        backend.close()
