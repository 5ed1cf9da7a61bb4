"""Reading a FHIR bundle KneeCheck wrote (see ``fhir``) back into sessions.

All or nothing: every problem is told with the number of the bundle's entry it is in
(entry 1 is the first), and nothing is added while there is one. Pure: no Qt, no storage.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from types import TracebackType
from typing import IO, Any

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CHECKS
from kneeapp.domain.profiles import Profile
from kneeapp.domain.session import DEFAULT_PROFILE, Reading, Session, Skip, build_session
from kneeapp.domain.validation import ValidationError
from kneeapp.exchange.fhir_codes import (
    ADVICE_EXTENSION,
    BUILT_IN_PROFILE_SYSTEM,
    BY_CODE,
    BY_SIDE_LOINC,
    CODE_SYSTEM,
    LOINC,
    PROFILE_SYSTEM,
    SESSION_CODE,
    SESSION_SYSTEM,
    SIDE_CODES,
    SNOMED,
    UCUM,
    MeasureCode,
    unit_of,
)
from kneeapp.exchange.formats import ImportProblems

SHOWN_PROBLEMS = 50
_SIDES = {code: side for side, (code, _display) in SIDE_CODES.items()}
Json = dict[str, Any]
Problem = tuple[int, str]  # (entry number, 0 for the file as a whole; message)


class BundleImportError(ImportProblems):
    """The bundle cannot be imported: its first problems by entry, how many in all."""

    place = "entry"

    def __init__(self, problems: list[Problem], count: int | None = None) -> None:
        self.problems = sorted(problems)[:SHOWN_PROBLEMS]
        self.count = len(problems) if count is None else count
        shown = "\n".join(
            f"entry {number}: {message}" if number else message
            for number, message in self.problems[:20]
        )
        super().__init__(
            f"The bundle could not be imported ({self.count} problem"
            f"{'s' if self.count != 1 else ''}); nothing was added.\n{shown}"
        )


class _Refused(Exception):
    """One problem that stops the reading of one session."""

    def __init__(self, number: int, message: str) -> None:
        super().__init__(message)
        self.number = number
        self.message = message


def _codes(concept: object, system: str) -> list[str]:
    if not isinstance(concept, dict):
        return []
    codings = concept.get("coding")
    if not isinstance(codings, list):
        return []
    return [
        str(c.get("code"))
        for c in codings
        if isinstance(c, dict) and c.get("system") == system and c.get("code") is not None
    ]


def _identifier(identifiers: object, system: str) -> str:
    """The value of the first identifier of ``system``, or ""."""
    if isinstance(identifiers, dict):
        identifiers = [identifiers]
    if not isinstance(identifiers, list):
        return ""
    for identifier in identifiers:
        if isinstance(identifier, dict) and identifier.get("system") == system:
            return str(identifier.get("value") or "")
    return ""


class _Entries:
    """The bundle's resources by number and by the ways a reference may name them."""

    def __init__(self, entries: list[object]) -> None:
        self.numbered: list[tuple[int, Json]] = []
        self.by_reference: dict[str, tuple[int, Json]] = {}
        self.problems: list[Problem] = []
        for number, entry in enumerate(entries, 1):
            resource = entry.get("resource") if isinstance(entry, dict) else None
            if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
                self.problems.append((number, "The entry holds no resource."))
                continue
            self.numbered.append((number, resource))
            url = entry.get("fullUrl") if isinstance(entry, dict) else None
            if isinstance(url, str):
                self.by_reference[url] = (number, resource)
            if isinstance(resource.get("id"), str):
                self.by_reference[f"{resource['resourceType']}/{resource['id']}"] = (
                    number,
                    resource,
                )

    def find(self, reference: object) -> tuple[int, Json] | None:
        if isinstance(reference, dict):
            reference = reference.get("reference")
        return self.by_reference.get(reference) if isinstance(reference, str) else None

    def of_kind(self, kind: str) -> Iterator[tuple[int, Json]]:
        return ((n, r) for n, r in self.numbered if r["resourceType"] == kind)


def _profile(number: int, patient: Json) -> Profile:
    """A Patient as the profile it stands for: its key is the built-in profile's, else
    the display name, else a name made from its pseudonym."""
    uid = _identifier(patient.get("identifier"), PROFILE_SYSTEM)
    names = patient.get("name")
    display = ""
    if isinstance(names, list) and names and isinstance(names[0], dict):
        first = names[0]
        display = (
            str(first.get("text") or "").strip()
            or " ".join(
                [*map(str, first.get("given") or []), str(first.get("family") or "")]
            ).strip()
        )
    born = patient.get("birthDate")
    year = int(born[:4]) if isinstance(born, str) and born[:4].isdigit() else None
    if _identifier(patient.get("identifier"), BUILT_IN_PROFILE_SYSTEM) == DEFAULT_PROFILE:
        key = DEFAULT_PROFILE
    elif display:
        key = display
    else:
        key = f"Patient {uid[:8]}" if uid else f"Patient {number}"
    return Profile(key, display_name=display, birth_year=year, uid=uid)


def _measure(number: int, observation: Json) -> tuple[MeasureCode, Side]:
    row, side = _coded_measure(number, observation)
    if row.measure_id not in CHECKS[row.check_id].measure_ids:
        raise _Refused(number, f"This KneeCheck does not record {row.code} yet.")
    return row, side


def _coded_measure(number: int, observation: Json) -> tuple[MeasureCode, Side]:
    code = observation.get("code")
    side_codes = [c for c in _codes(observation.get("bodySite"), SNOMED) if c in _SIDES]
    for found in _codes(code, CODE_SYSTEM):
        if found in BY_CODE:
            if not side_codes:
                raise _Refused(number, "The Observation does not say the side (bodySite).")
            return BY_CODE[found], _SIDES[side_codes[0]]
    for found in _codes(code, LOINC):
        if found in BY_SIDE_LOINC:
            return BY_SIDE_LOINC[found]
    raise _Refused(number, "The Observation's code is not one of KneeCheck's measures.")


def _value(number: int, observation: Json, row: MeasureCode) -> float | None:
    unit = unit_of(CHECKS[row.check_id].measure(row.measure_id).measure)
    if "valueInteger" in observation:
        value = observation["valueInteger"]
    elif "valueQuantity" in observation:
        quantity = observation["valueQuantity"]
        if not isinstance(quantity, dict):
            raise _Refused(number, "The valueQuantity is not a quantity.")
        given = quantity.get("code")
        if quantity.get("system", UCUM) != UCUM or given != (unit.ucum or given):
            raise _Refused(
                number,
                f"The {row.code} value is in {given!r}; KneeCheck records it in "
                f"{unit.ucum or 'whole numbers'!r}.",
            )
        value = quantity.get("value")
    else:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Refused(number, f"The {row.code} value {value!r} is not a number.")
    return float(value)


def _skip(observation: Json) -> Skip | None:
    reason = observation.get("dataAbsentReason")
    if reason is None:
        return None
    for code in _codes(reason, CODE_SYSTEM):
        if code in {skip.value for skip in Skip}:
            return Skip(code)
    return Skip.NOT_DONE


def _readings(number: int, panel: Json, entries: _Entries) -> list[Reading]:
    sides: dict[tuple[str, str], dict[Side, tuple[float | None, Skip | None]]] = {}
    members = panel.get("hasMember") or []
    if not isinstance(members, list):
        raise _Refused(number, "hasMember is not a list.")
    for reference in members:
        found = entries.find(reference)
        if found is None or found[1]["resourceType"] != "Observation":
            raise _Refused(number, f"hasMember names {reference!r}, not an Observation here.")
        member_number, member = found
        row, side = _measure(member_number, member)
        value, skip = _value(member_number, member, row), _skip(member)
        if value is not None and skip is not None:
            raise _Refused(member_number, "The Observation has a value and dataAbsentReason.")
        recorded = sides.setdefault((row.check_id, row.measure_id), {})
        if side in recorded:
            raise _Refused(member_number, f"The {side.value} side of {row.code} is given twice.")
        recorded[side] = (value, skip)
    readings = []
    for (check_id, measure_id), by_side in sides.items():
        left, left_skip = by_side.get(Side.LEFT, (None, None))
        right, right_skip = by_side.get(Side.RIGHT, (None, None))
        readings.append(Reading(check_id, measure_id, left, right, left_skip, right_skip))
    return readings


def _safety_answers(uid: str, panel: Json, entries: _Entries) -> dict[str, bool]:
    found = None
    for reference in panel.get("derivedFrom") or []:
        candidate = entries.find(reference)
        if candidate is not None and candidate[1]["resourceType"] == "QuestionnaireResponse":
            found = candidate
    if found is None:
        found = next(
            (
                (n, r)
                for n, r in entries.of_kind("QuestionnaireResponse")
                if _identifier(r.get("identifier"), SESSION_SYSTEM) == uid
            ),
            None,
        )
    if found is None:
        return {}
    number, response = found
    answers: dict[str, bool] = {}
    for item in response.get("item") or []:
        given = item.get("answer") if isinstance(item, dict) else None
        if not (isinstance(given, list) and given and isinstance(given[0], dict)):
            raise _Refused(number, "A safety question has no answer.")
        answer = given[0].get("valueBoolean")
        if not isinstance(answer, bool):
            raise _Refused(number, "A safety answer is not yes or no (valueBoolean).")
        answers[str(item.get("linkId"))] = answer
    return answers


def _session(number: int, panel: Json, entries: _Entries, profiles: dict[str, Profile]) -> Session:
    uid = _identifier(panel.get("identifier"), SESSION_SYSTEM)
    if not uid:
        raise _Refused(number, "The session has no identifier of KneeCheck's sessions.")
    subject = entries.find(panel.get("subject"))
    if subject is None or subject[1]["resourceType"] != "Patient":
        raise _Refused(number, "The session's subject is not a Patient in the bundle.")
    profile = profiles[str(subject[0])]
    when = panel.get("effectiveDateTime")
    try:
        recorded_at = datetime.fromisoformat(str(when))
    except ValueError:
        raise _Refused(number, f"effectiveDateTime {when!r} is not a date and time.") from None
    notes = panel.get("note") or []
    note = "\n".join(str(n.get("text") or "") for n in notes if isinstance(n, dict))
    advice = next(
        (
            str(e.get("valueString") or "")
            for e in panel.get("extension") or []
            if isinstance(e, dict) and e.get("url") == ADVICE_EXTENSION
        ),
        "",
    )
    try:
        return build_session(
            uid=uid,
            profile=profile.name,
            recorded_at=recorded_at,
            readings=_readings(number, panel, entries),
            note=note,
            red_flags=_safety_answers(uid, panel, entries),
            advice=advice,
        )
    except ValidationError as error:
        raise _Refused(number, str(error)) from None


def read_bundle(data: bytes) -> tuple[list[tuple[int, Session]], list[Profile]]:
    """The sessions (with the number of their entry) and the profiles of a bundle;
    BundleImportError if anything in it cannot be added."""
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BundleImportError([(0, "The file is not UTF-8 text.")]) from None
    except json.JSONDecodeError as error:
        raise BundleImportError(
            [(0, f"The file is not JSON: {error.msg} (line {error.lineno}).")]
        ) from None
    if not isinstance(parsed, dict) or parsed.get("resourceType") != "Bundle":
        raise BundleImportError([(0, "The file is not a FHIR Bundle.")])
    if parsed.get("type") != "collection":
        raise BundleImportError(
            [(0, f"The bundle is of type {parsed.get('type')!r}; KneeCheck reads collections.")]
        )
    listed = parsed.get("entry") or []
    if not isinstance(listed, list):
        raise BundleImportError([(0, "The bundle's entry is not a list.")])
    entries = _Entries(listed)
    problems = list(entries.problems)
    profiles = {str(n): _profile(n, r) for n, r in entries.of_kind("Patient")}
    panels = [
        (n, r)
        for n, r in entries.of_kind("Observation")
        if SESSION_CODE in _codes(r.get("code"), CODE_SYSTEM)
    ]
    if not panels and any(True for _ in entries.of_kind("Observation")):
        problems.append(
            (
                0,
                "The bundle holds no KneeCheck session (an Observation coded "
                f"{SESSION_CODE!r} in {CODE_SYSTEM}).",
            )
        )
    sessions: list[tuple[int, Session]] = []
    seen: set[str] = set()
    for number, panel in panels:
        try:
            session = _session(number, panel, entries, profiles)
        except _Refused as refused:
            problems.append((refused.number, refused.message))
            continue
        if session.uid in seen:
            problems.append((number, f"Session {session.uid} is given twice."))
            continue
        seen.add(session.uid)
        sessions.append((number, session))
    if problems:
        raise BundleImportError(problems)
    used = {session.profile for _, session in sessions}
    return sessions, [profile for profile in profiles.values() if profile.name in used]


class StagedBundle:
    """A bundle read and checked, ready to be added (see ``StagedImport``)."""

    place = "entry"

    def __init__(self, stream: IO[bytes], progress: Callable[[int], None] | None = None) -> None:
        data = stream.read()
        if progress is not None:
            progress(len(data))
        self._problem: BundleImportError | None = None
        self._sessions: list[tuple[int, Session]] = []
        self.profiles: list[Profile] = []
        try:
            self._sessions, self.profiles = read_bundle(data)
        except BundleImportError as problem:
            self._problem = problem
        self.session_count = len(self._sessions)
        self._entry = {session.uid: number for number, session in self._sessions}

    def __enter__(self) -> StagedBundle:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None

    def check(self) -> None:
        if self._problem is not None:
            raise self._problem

    def sessions(self) -> Iterator[tuple[int, Session]]:
        self.check()
        return iter(self._sessions)

    def first_line(self, uid: str) -> int:
        return self._entry.get(uid, 0)
