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
