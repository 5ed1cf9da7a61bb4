"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator

# Before anything imports Qt: no display on CI machines.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from kneeapp.domain.repository import SessionRepository
from kneeapp.domain.session import Session
from kneeapp.storage.sessions import open_repository

# The storage engines a repository test can run on (see ``repository``).
ENGINES = ("sqlite", "postgres")

# ``stored_sessions(folder=None, profile=None)``: see the fixture.
StoredSessions = Callable[..., list[Session]]


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
def repository(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[SessionRepository]:
    """The data folder's sessions, on SQLite unless the test is parametrised by engine:
    ``@pytest.mark.parametrize("repository", ENGINES, indirect=True)``."""
    engine = getattr(request, "param", "sqlite")
    if engine == "sqlite":
        with open_repository(data_dir) as sqlite:
            yield sqlite
        return
    assert engine == "postgres", engine
    from tests.postgres_server import clinician_repository

    server = request.getfixturevalue("clinic_database")
    with clinician_repository(server) as postgres:  # type: ignore[arg-type]
        yield postgres


@pytest.fixture
def stored_sessions(data_dir: Path) -> StoredSessions:
    """The sessions a data folder holds, newest first, read back as a later start would:
    ``stored_sessions()`` for the test's own folder, ``stored_sessions(folder, profile)``."""

    def read(folder: Path | None = None, profile: str | None = None) -> list[Session]:
        with open_repository(folder or data_dir) as stored:
            return list(stored.iter_sessions(profile))[::-1]

    return read


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
