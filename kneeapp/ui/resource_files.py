"""Where the shipped resources (illustrations, styles) are, installed or in a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir() -> Path:
    try:
        # Installed: resources/ ships inside the wheel as the package kneeapp.resources.
        return Path(str(resources.files("kneeapp.resources")))
    except ModuleNotFoundError:
        # Source checkout: resources/ sits beside the kneeapp package.
        return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
