"""What the person in front of a window may do: chosen once, at the assembly point
(``kneeapp/app.py``), and handed to the window, which builds only what it allows. A
kiosk's patient is given no files, no settings and no profiles; clinic staff are given
the exports, worded for staff."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from kneeapp.exchange.formats import ExportFormat


class Capabilities(NamedTuple):
    exports: tuple[ExportFormat, ...] = ()  # the files they may write (History, Settings)
    settings: bool = True  # the settings page: data folder, export all, backups, delete all
    profiles: bool = True  # choose among the computer's profiles and edit their details
    sign_out: bool = False  # a shared screen: who is signed in, and "I'm done"
    photo_folder: Path | None = None  # photos come from this folder only; None: any file
    staff: bool = False  # staff reading someone's data: in the third person, staff's words


def at_home(exports: Sequence[ExportFormat]) -> Capabilities:
    """A person on their own computer: everything."""
    return Capabilities(exports=tuple(exports))


def kiosk_patient(photo_folder: Path | None) -> Capabilities:
    """A patient at a clinic's kiosk: their own checks and history, nothing else."""
    return Capabilities(settings=False, profiles=False, sign_out=True, photo_folder=photo_folder)


def clinic_staff(exports: Sequence[ExportFormat]) -> Capabilities:
    """Clinic staff in clinician mode, reading a patient's history."""
    return Capabilities(exports=tuple(exports), settings=False, profiles=False, staff=True)
