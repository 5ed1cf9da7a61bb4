"""Where KneeCheck keeps its data: the --data-dir flag, else KNEEAPP_DATA_DIR, else the
platform's per-user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from kneeapp.domain.repository import StorageError

ENV_VAR = "KNEEAPP_DATA_DIR"
DATABASE_NAME = "kneeapp.sqlite3"
DATA_DIR_MODE = 0o700  # health data: readable by its owner only
# Where a kiosk writes clinicians' exports (no file dialogs on a kiosk).
EXPORTS_FOLDER = "exports"


def resolve_data_dir(flag: str | Path | None) -> Path:
    """The data folder chosen by the flag, the environment or the platform default."""
    if flag is not None and str(flag) != "":
        return Path(flag).expanduser()
    from_env = os.environ.get(ENV_VAR, "")
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs  # only when neither the flag nor the variable says

    return Path(platformdirs.user_data_dir("kneeapp", appauthor=False))


def ensure_data_dir(path: Path) -> Path:
    """Create the data folder (owner-only) if it is missing; return it.

    A folder that already exists keeps its permissions: the person may have chosen it.
    """
    path = Path(path)
    if path.is_dir():
        return path
    try:
        _make_private_parents(path.parent)
        path.mkdir(mode=DATA_DIR_MODE)
    except FileExistsError as error:
        if path.is_dir():  # created by someone else meanwhile
            return path
        raise StorageError(
            f"The data folder {path} cannot be created: {error.filename} is a file, not a "
            f"folder. Choose another place with --data-dir or the {ENV_VAR} environment "
            f"variable."
        ) from error
    except OSError as error:
        raise StorageError(
            f"The data folder {path} could not be created ({error.strerror or error}): "
            f"choose a folder you can write to with --data-dir or the {ENV_VAR} "
            f"environment variable."
        ) from error
    try:
        # mkdir's mode is filtered by the umask; chmod is not.
        path.chmod(DATA_DIR_MODE)
    except OSError as error:
        raise StorageError(
            f"The data folder {path} was created but could not be made private "
            f"({error.strerror or error})."
        ) from error
    return path


def _make_private_parents(folder: Path) -> None:
    """The missing folders above the data folder, owner-only like it (mkdir's own
    ``parents=True`` would leave them to the umask, 0777 under umask 000)."""
    missing: list[Path] = []
    while not folder.is_dir():
        missing.append(folder)
        if folder.parent == folder:
            break
        folder = folder.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=DATA_DIR_MODE)
        except FileExistsError:
            if created.is_dir():
                continue  # made by someone else meanwhile: theirs to choose
            raise
        created.chmod(DATA_DIR_MODE)


def inside_data_dir(target: Path, data_dir: Path) -> bool:
    """True if writing ``target`` would write into the data folder (links followed)."""
    folder = Path(data_dir).resolve()
    place = Path(target).expanduser().resolve()
    return place == folder or folder in place.parents


def database_path(data_dir: Path) -> Path:
    return Path(data_dir) / DATABASE_NAME
