"""A session being entered, kept outside the window so that a crash does not lose it.

The draft is stored as JSON; reading it back validates every value again, because the
stored text is only as trustworthy as the disk it came from.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.domain.session import Skip, validate_note

FORMAT = 3
READABLE_FORMATS = (1, 2, 3)  # format 1 had no skipped sides, 2 no photo marks
_FLAG_IDS = frozenset(flag.id for flag in RED_FLAGS)


class KeptDraft(NamedTuple):
    """A draft found in storage: the session so far and the step the person was on."""

    draft: SessionDraft
    step: int
    saved_at: datetime


class DraftStore(Protocol):
    def keep(self, profile: str, draft: SessionDraft, step: int) -> None:
        """Store ``draft`` as the profile's one draft, replacing any earlier one."""

    def pending(self, profile: str) -> KeptDraft | None:
        """The profile's stored draft, or None if there is none or it cannot be read."""

    def discard(self, profile: str) -> None: ...

    def discard_all(self) -> None:
        """Every profile's draft (a kiosk starts clean: nobody's unfinished session)."""


def draft_to_json(draft: SessionDraft, step: int) -> str:
    values = [
        [check.id, check_measure.id, side.value, draft.value(check.id, check_measure.id, side)]
        for check in draft.checks
        for check_measure in check.measures
        for side in Side
    ]
    return json.dumps(
        {
            "format": FORMAT,
            "uid": draft.uid,
            "checks": [check.id for check in draft.checks],
            "red_flags": dict(draft.red_flags),
            "note": draft.note,
            "advice": draft.advice,
            "values": values,
            "skips": [
                [check.id, side.value, reason.value]
                for check in draft.checks
                for side in Side
                if (reason := draft.skipped(check.id, side)) is not None
            ],
            "photos": [
                [*evidence.key, evidence.marks_to_dict(), list(files)]
                for evidence, files in draft.all_photos()
            ],
            "step": step,
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def draft_from_json(text: str) -> tuple[SessionDraft, int]:
    """The draft and step stored in ``text``; ValueError if anything is not right."""
    try:
        data: Any = json.loads(text)
        if not isinstance(data, dict) or data.get("format") not in READABLE_FORMATS:
            raise ValueError("unknown draft format")
        uid, checks, flags = data["uid"], data["checks"], data["red_flags"]
        note, advice, step = data["note"], data["advice"], data["step"]
        if not (isinstance(uid, str) and uid and isinstance(checks, list) and checks):
            raise ValueError("draft without a session or checks")
        if not all(isinstance(c, str) and c in CHECKS for c in checks):
            raise ValueError("draft names an unknown check")
        if not isinstance(flags, dict) or not all(
            k in _FLAG_IDS and isinstance(v, bool) for k, v in flags.items()
        ):
            raise ValueError("draft holds unknown safety answers")
        if not (isinstance(note, str) and isinstance(advice, str)):
            raise ValueError("draft note is not text")
        if not isinstance(step, int) or isinstance(step, bool) or step < 0:
            raise ValueError("draft step is not a position")
        draft = SessionDraft(checks, uid=uid)
        draft.red_flags = dict(flags)
        draft.note = validate_note(note)
        draft.advice = advice
        for check_id, measure_id, side, value in data["values"]:
            # One damaged value loses that value only, and the summary says so.
            try:
                if value is not None and (
                    isinstance(value, bool) or not isinstance(value, int | float)
                ):
                    raise ValueError("draft value is not a number")
                draft.set_value(check_id, measure_id, Side(side), value)
            except (KeyError, ValueError):
                draft.values_not_restored += 1
        for check_id, measure_id, side, marks, files in data.get("photos", []):
            try:
                if not all(f is None or isinstance(f, str) for f in files):
                    raise ValueError("draft photo file is not a path")
                from kneeapp.domain.photo_evidence import PhotoEvidence

                evidence = PhotoEvidence.from_marks(check_id, measure_id, side, marks)
                draft.set_photos(evidence, tuple(files))
            except (KeyError, ValueError, TypeError):
                draft.values_not_restored += 1
        for check_id, side, reason in data.get("skips", []):
            try:
                draft.skip_side(check_id, Side(side), Skip(reason), keep_rated=True)
            except (KeyError, ValueError):
                draft.values_not_restored += 1
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"damaged draft: {error}") from error
    return draft, step
