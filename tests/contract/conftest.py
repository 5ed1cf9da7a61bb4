"""The contract suite runs once per storage engine (the ``repository`` fixture of
tests/conftest.py, parametrised here)."""

from __future__ import annotations

import pytest

from tests.conftest import ENGINES


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "repository" in metafunc.fixturenames:
        metafunc.parametrize("repository", ENGINES, indirect=True)
