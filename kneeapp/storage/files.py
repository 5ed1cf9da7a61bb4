"""Writing files the person asked for (exports) without ever leaving half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kneeapp.domain.repository import StorageError


def write_private_file(out: Path, write: Callable[[IO[str]], int]) -> int:
    """Write through a private (0600) temporary file beside ``out``, then rename it into
    place, so a failure leaves the old file or none, never half of one.

    Returns what ``write`` returned; an OSError becomes a StorageError a person can read.
    """
    folder = out.parent if str(out.parent) else Path(".")
    try:
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.", suffix=".tmp")
    except OSError as error:
        raise StorageError(f"Could not write {out}: {error.strerror or error}.") from error
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            result = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)  # mkstemp makes it 0600 already; say so explicitly
        os.replace(temporary, out)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise StorageError(f"Could not write {out}: {error.strerror or error}.") from error
        raise
    return result
