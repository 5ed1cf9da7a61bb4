"""The interface for small choices that outlive a session (kept per data folder)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol


class Preferences(Protocol):
    def selected_checks(self) -> tuple[str, ...]:
        """The checks ticked last time, in catalog order; all of them at first."""

    def remember_checks(self, check_ids: Iterable[str]) -> None: ...
