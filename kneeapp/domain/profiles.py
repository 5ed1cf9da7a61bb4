"""Profiles: whose sessions they are, the optional details a therapist reads, and the
name a person sees (never the built-in profile's key)."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import NamedTuple

from kneeapp.domain.session import DEFAULT_PROFILE
from kneeapp.domain.text import QT_TRANSLATE_NOOP, Translate, identity
from kneeapp.domain.validation import ValidationError

# The built-in profile (key "default") as people see it, in their language.
BUILT_IN_NAME = QT_TRANSLATE_NOOP("Profiles", "Main profile")
PAINFUL_SIDES = ("left", "right", "both")
DISPLAY_NAME_MAX = 80
FIRST_BIRTH_YEAR = 1900
WEEKLY_KM_MAX = 500.0


class Profile(NamedTuple):
    """One profile as stored: its key, the details given (all optional), and the count of
    its sessions. ``uid`` names it in exported files without giving its name away."""

    name: str
    display_name: str = ""
    birth_year: int | None = None
    painful_side: str | None = None  # one of PAINFUL_SIDES
    weekly_km: float | None = None
    uid: str = ""
    sessions: int = 0

    @property
    def details(self) -> ProfileDetails:
        return ProfileDetails(self.display_name, self.birth_year, self.painful_side, self.weekly_km)


class ProfileDetails(NamedTuple):
    """What a person may tell about themselves; every part is optional."""

    display_name: str = ""
    birth_year: int | None = None
    painful_side: str | None = None
    weekly_km: float | None = None


def profile_label(profile: Profile | str, translate: Translate = identity) -> str:
    """The name people see: the display name given, else the built-in profile's name in
    the current language, else the profile's own name (a kiosk patient's as typed)."""
    name = profile if isinstance(profile, str) else profile.name
    if not isinstance(profile, str) and profile.display_name:
        return profile.display_name
    if name == DEFAULT_PROFILE:
        return translate("Profiles", BUILT_IN_NAME)
    return name


def starting_profile(profiles: list[Profile]) -> str:
    """The profile a desktop opens on: the built-in one, unless only other profiles hold
    sessions (e.g. a kiosk patient's file imported at home); then the one with the most."""
    built_in = next((p for p in profiles if p.name == DEFAULT_PROFILE), None)
    others = [p for p in profiles if p.sessions and p.name != DEFAULT_PROFILE]
    if (built_in is not None and built_in.sessions) or not others:
        return DEFAULT_PROFILE
    return max(others, key=lambda p: p.sessions).name


def file_name_part(label: str) -> str:
    """A piece of a file name from a person's name: letters, digits and dashes only."""
    plain = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    part = re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()
    return part or "kneecheck"


def validate_details(details: ProfileDetails, this_year: int) -> ProfileDetails:
    """The details tidied, or a ValidationError (a translatable template) for the first
    one a profile cannot hold."""
    name = " ".join(details.display_name.split())
    if len(name) > DISPLAY_NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please use at most {count} characters."),
            count=DISPLAY_NAME_MAX,
        )
    if name and not name.isprintable():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Please use letters, digits and spaces only.")
        )
    year = details.birth_year
    if year is not None and not FIRST_BIRTH_YEAR <= year <= this_year:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The year of birth must be between {first} and {last}."),
            first=FIRST_BIRTH_YEAR,
            last=this_year,
        )
    side = details.painful_side
    if side is not None and side not in PAINFUL_SIDES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The painful side must be left, right or both.")
        )
    km = details.weekly_km
    if km is not None and not (math.isfinite(km) and 0 <= km <= WEEKLY_KM_MAX):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The weekly running distance must be between 0 and {most} km."
            ),
            most=int(WEEKLY_KM_MAX),
        )
    return ProfileDetails(name, year, side, None if km is None else round(km, 1))


def parse_optional_int(text: str, what: str) -> int | None:
    """A whole number typed by a person, or None when left empty."""
    stripped = text.strip()
    if not stripped:
        return None
    if not stripped.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{what}: type a whole number, e.g. 1985."), what=what
        )
    return int(stripped)


def parse_optional_number(text: str, what: str) -> float | None:
    """A number typed by a person (a decimal point or comma), or None when left empty."""
    stripped = text.strip().replace(",", ".")
    if not stripped:
        return None
    try:
        number = float(stripped)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{what}: type a number, e.g. 25."), what=what
        ) from None
    return number
