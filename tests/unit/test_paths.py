"""Where the data folder is, and that it is created private."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kneeapp.domain.repository import StorageError
from kneeapp.paths import database_path, ensure_data_dir, resolve_data_dir


def test_flag_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KNEEAPP_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(tmp_path / "from-flag") == tmp_path / "from-flag"
    assert resolve_data_dir(str(tmp_path / "from-flag")) == tmp_path / "from-flag"


def test_environment_wins_over_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KNEEAPP_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_data_dir(None) == tmp_path / "from-env"


def test_empty_environment_variable_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KNEEAPP_DATA_DIR", "")
    assert resolve_data_dir(None).name == "kneeapp"


def test_default_is_the_per_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    # conftest points XDG_DATA_HOME at a temporary home.
    expected = Path(os.environ["XDG_DATA_HOME"]) / "kneeapp"
    assert resolve_data_dir(None) == expected


def test_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_data_dir("~/knee") == Path(os.environ["HOME"]) / "knee"
    monkeypatch.setenv("KNEEAPP_DATA_DIR", "~/other")
    assert resolve_data_dir(None) == Path(os.environ["HOME"]) / "other"


@pytest.mark.usefixtures("umask_022")
def test_created_folder_is_private_whatever_the_umask(
    tmp_path: Path, file_mode: Callable[[Path], int]
) -> None:
    folder = tmp_path / "a" / "b" / "data"
    assert ensure_data_dir(folder) == folder
    assert folder.is_dir()
    assert file_mode(folder) == 0o700


def test_existing_folder_keeps_its_permissions(
    tmp_path: Path, file_mode: Callable[[Path], int]
) -> None:
    folder = tmp_path / "chosen"
    folder.mkdir()
    folder.chmod(0o755)
    ensure_data_dir(folder)
    assert file_mode(folder) == 0o755


def test_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    in_the_way = tmp_path / "data"
    in_the_way.write_text("not a folder")
    with pytest.raises(StorageError, match="is a file, not a folder"):
        ensure_data_dir(in_the_way)
    with pytest.raises(StorageError, match=r"could not be created|is a file"):
        ensure_data_dir(in_the_way / "below")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_parent_is_a_clear_error(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="could not be created"):
            ensure_data_dir(parent / "data")
    finally:
        parent.chmod(0o700)


def test_database_path(tmp_path: Path) -> None:
    assert database_path(tmp_path) == tmp_path / "kneeapp.sqlite3"
