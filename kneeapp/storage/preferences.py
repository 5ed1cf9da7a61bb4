"""Preferences kept as a small JSON file in the data folder, written atomically."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kneeapp.domain.checks import CATALOG, CHECKS
from kneeapp.domain.preferences import DisplaySettings
from kneeapp.files import write_atomically

FILE_NAME = "settings.json"


class JsonPreferences:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / FILE_NAME

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # Missing or damaged: preferences are a convenience, defaults will do.
            return {}
        return data if isinstance(data, dict) else {}

    def _parsable(self) -> bool:
        """Whether the file is missing or holds a JSON object: only then may it be written."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return True
        except (OSError, ValueError):
            return False
        try:
            return isinstance(json.loads(text), dict)
        except ValueError:
            return False

    def _store(self, data: dict[str, Any]) -> None:
        if not self._parsable():
            # A hand edit gone wrong is kept as it is, for a person to mend: writing the
            # defaults over it would erase whatever else it held.
            return
        # Losing a remembered tick box is not worth interrupting the person.
        with contextlib.suppress(OSError):
            write_atomically(self.path, lambda stream: json.dump(data, stream, indent=2))

    def stored(self) -> dict[str, Any]:
        """Everything in the file, e.g. the clinic server's entry (see storage.backends)."""
        return self._load()

    def selected_checks(self) -> tuple[str, ...]:
        stored = self._load().get("checks")
        if isinstance(stored, list):
            chosen = {c for c in stored if isinstance(c, str) and c in CHECKS}
            if chosen:
                return tuple(check.id for check in CATALOG if check.id in chosen)
        return tuple(check.id for check in CATALOG)

    def remember_checks(self, check_ids: Iterable[str]) -> None:
        data = self._load()
        data["checks"] = [c for c in check_ids if c in CHECKS]
        self._store(data)

    def display_settings(self) -> DisplaySettings:
        return DisplaySettings.from_mapping(self._load().get("display"))

    def save_display_settings(self, settings: DisplaySettings) -> None:
        data = self._load()
        data["display"] = settings._asdict()
        self._store(data)

    def window_geometry(self) -> str | None:
        geometry = self._load().get("window_geometry")
        return geometry if isinstance(geometry, str) else None

    def window_maximised(self) -> bool:
        return self._load().get("window_maximised") is True

    def save_window_geometry(self, geometry: str, *, maximised: bool = False) -> None:
        """``geometry``: the size and place of the window not maximised (Qt keeps it
        while maximised), so un-maximising after a start goes back to it."""
        data = self._load()
        data["window_geometry"] = geometry
        data["window_maximised"] = maximised
        self._store(data)
