"""One repository fixture, once per storage engine: the contract suite runs against each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kneeapp.domain.repository import SessionRepository
from kneeapp.storage.sessions import open_repository

ENGINES = ("sqlite", "postgres")


@pytest.fixture(params=ENGINES)
def repository(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[SessionRepository]:
    if request.param == "sqlite":
        with open_repository(data_dir) as sqlite:
            yield sqlite
        return
    from tests.postgres_server import clinician_repository

    server = request.getfixturevalue("clinic_database")
    with clinician_repository(server) as postgres:
        yield postgres
