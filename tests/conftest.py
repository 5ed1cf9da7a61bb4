"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator

# Before anything imports Qt: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing a test does may reach the real user's data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("KNEEAPP_DATA_DIR", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "kneeapp-data"
    return folder


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The most common umask, which would leave new files readable by others."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.fixture
def file_mode() -> Callable[[Path], int]:
    """A file's or folder's permission bits, e.g. 0o600."""
    return lambda path: stat.S_IMODE(Path(path).stat().st_mode)


# A real PostgreSQL server, started by the tests themselves (see tests/postgres_server.py).


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[object]:
    """One throwaway cluster for the whole run; skipped where PostgreSQL cannot be had,
    except in CI (CI=true), where the clinic server's tests must run."""
    from tests.postgres_server import Cluster, find_bin_dir

    bin_dir = find_bin_dir()
    try:
        import psycopg  # noqa: F401
    except ImportError:
        bin_dir = None
        reason = "psycopg is not installed (pip install '.[clinic]')"
    else:
        reason = "PostgreSQL's initdb was not found (apt-get install postgresql)"
    if bin_dir is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must test the clinic server: {reason}")
        pytest.skip(reason)
    cluster = Cluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="session")
def _clinic_database_once(postgres_cluster: object) -> object:
    from tests.postgres_server import Cluster, create_clinic_database

    assert isinstance(postgres_cluster, Cluster)
    return create_clinic_database(postgres_cluster, "clinic")


@pytest.fixture
def clinic_database(_clinic_database_once: object) -> object:
    """The clinic's database, emptied for this test."""
    from tests.postgres_server import ClinicDatabase, empty_clinic

    assert isinstance(_clinic_database_once, ClinicDatabase)
    empty_clinic(_clinic_database_once)
    return _clinic_database_once
