"""The ports the application works through: where sessions are kept (this computer's
SQLite file, or a station of a clinic server) and the link to the clinic's server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from kneeapp.domain.repository import BackupService, SessionRepository, StorageError

__all__ = [
    "Backend",
    "BackupService",
    "ClinicLink",
    "ClinicStatus",
    "SessionRepository",
    "StorageError",
]


class ClinicStatus(NamedTuple):
    """What a station knows of its clinic server, as the window tells it."""

    waiting: int  # sessions saved here that have not reached the server yet
    last_contact: datetime | None  # the server's last commit seen, timezone-aware
    problem: str = ""  # why nothing is being sent ("" while all is well)
    update_needed: bool = False  # the server's schema is newer than this station knows


class ClinicLink(Protocol):
    """A station's outbox towards the clinic server: sends in the background."""

    @property
    def station(self) -> str: ...

    def status(self) -> ClinicStatus: ...

    def send_now(self) -> None:
        """Try again at once instead of waiting for the next retry."""

    def wake(self) -> None:
        """Something was saved: send it soon."""

    def fetch_patient(self, name: str) -> None:
        """Bring this patient's sessions saved at other stations to this computer, in the
        background (a patient signed in here sees their whole history)."""

    def share_settings(
        self,
        seed: Callable[[], dict[str, Any]],
        received: Callable[[dict[str, Any]], None],
    ) -> None:
        """Hear the clinic's settings at every contact: ``received`` gets them (on the
        link's own thread), after the clinic was given those of ``seed`` it lacks."""

    def close(self) -> None:
        """Stop sending (what is waiting stays in the outbox for the next start)."""


class Backend(Protocol):
    """Where this running KneeCheck keeps its sessions."""

    @property
    def sessions(self) -> SessionRepository: ...

    @property
    def clinic(self) -> ClinicLink | None:
        """The link to the clinic server; None on a computer on its own."""

    def close(self) -> None: ...
