"""Where the shipped resources (illustrations, styles) are, installed or in a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def resource_dir() -> Path:
    # Installed, resources/ ships inside the wheel as kneeapp/resources; in a source
    # checkout it sits beside the kneeapp package. (A plain path: importlib.resources
    # would bring zipfile along on every start for nothing.)
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
