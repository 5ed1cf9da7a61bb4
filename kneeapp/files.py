"""Writing a whole file or none: the one way KneeCheck replaces a file (settings, kiosk
settings, exports, the PDF report, the decision after damage) and syncs a folder after a
rename. Outside storage so the report, drawn by the window, writes the same way."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, AnyStr, TypeVar

from kneeapp.domain.repository import StorageError

T = TypeVar("T")


def sync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (its entry is written with the folder)."""
    sync_file(folder)


def sync_file(path: Path) -> None:
    """Make what was written to ``path`` (a file written by another library) durable."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_atomically(path: Path, write: Callable[[IO[str]], T], *, newline: str | None = None) -> T:
    """Write through a private (0600), synced temporary file beside ``path``, then rename
    it over ``path``, so a failure or a crash leaves the old file or none, never half of
    one. Returns what ``write`` returned; raises OSError (the caller words it)."""

    def opened(descriptor: int) -> IO[str]:
        return os.fdopen(descriptor, "w", encoding="utf-8", newline=newline)

    return _replace_whole(path, opened, write)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """``data`` as the whole of ``path``, the way ``write_atomically`` writes text."""

    def opened(descriptor: int) -> IO[bytes]:
        return os.fdopen(descriptor, "wb")

    _replace_whole(path, opened, lambda stream: stream.write(data))


def _replace_whole(
    path: Path, opened: Callable[[int], IO[AnyStr]], write: Callable[[IO[AnyStr]], T]
) -> T:
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with opened(descriptor) as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)  # mkstemp makes it 0600 already; say so explicitly
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # the file is whole either way; this keeps its name
        sync_folder(folder)
    return result


def write_private_file(out: Path, write: Callable[[IO[str]], int]) -> int:
    """An export the person asked for, written whole or not at all (``write_atomically``);
    an OSError becomes a StorageError a person can read."""
    try:
        return write_atomically(out, write, newline="")
    except OSError as error:
        raise StorageError(f"Could not write {out}: {error.strerror or error}.") from error
