"""The path through a session, without Qt: which steps there are, where the person is,
and which way is open from there. The window shows a page for each step and asks this
model before it moves."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum, StrEnum
from typing import NamedTuple

from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.session import Skip


class StepKind(StrEnum):
    CHOOSE = "choose"  # which checks today
    SAFETY = "safety"  # the safety questions
    CHECK = "check"  # one check, both sides
    NOTE = "note"
    SUMMARY = "summary"


class Step(NamedTuple):  # not a dataclass: the start screen loads this module
    kind: StepKind
    check_id: str | None = None  # for a CHECK step


class SafetyOutcome(Enum):
    STOP = "stop"  # a "yes": nothing is kept, the person is told to see a clinician
    UNANSWERED = "unanswered"  # questions still open
    GO_ON = "go_on"


CHOOSE = 0  # the choice of checks is always the first step
SAFETY = 1  # and the safety questions the second, once checks are chosen


class SessionFlow:
    """A session being entered: its draft, its steps and the step on screen."""

    def __init__(self, draft: SessionDraft) -> None:
        self.draft = draft
        self.steps: tuple[Step, ...] = (Step(StepKind.CHOOSE),)
        self.position = CHOOSE

    @property
    def current(self) -> Step:
        return self.steps[self.position]

    @property
    def checks_chosen(self) -> bool:
        return len(self.steps) > 1

    def choose(self, check_ids: Sequence[str]) -> bool:
        """The person chose these checks. Returns True when the steps after the choice
        are new (a first choice, or a different one: what was entered is dropped)."""
        chosen = tuple(check_ids)
        if self.checks_chosen and tuple(c.id for c in self.draft.checks) == chosen:
            return False
        self.draft = SessionDraft(chosen, uid=self.draft.uid)
        self._lay_out_steps()
        return True

    def resume(self, draft: SessionDraft, step: int) -> None:
        """Carry on with a kept ``draft`` at ``step``, or the nearest step it may reach."""
        self.draft = draft
        self._lay_out_steps()
        self.position = max(CHOOSE, min(step, self.furthest_open()))

    def _lay_out_steps(self) -> None:
        checks = tuple(Step(StepKind.CHECK, check.id) for check in self.draft.checks)
        self.steps = (
            Step(StepKind.CHOOSE),
            Step(StepKind.SAFETY),
            *checks,
            Step(StepKind.NOTE),
            Step(StepKind.SUMMARY),
        )

    def furthest_open(self) -> int:
        """Never past the safety questions unless every answer was "no"."""
        if not self.checks_chosen:
            return CHOOSE
        if self.draft.stopped_by_red_flag or not self.draft.red_flags_answered:
            return SAFETY
        return len(self.steps) - 1

    def go_to(self, index: int) -> bool:
        """Move to step ``index`` if it is open; False (and stay) if not."""
        if not 0 <= index < len(self.steps) or index > self.furthest_open():
            return False
        self.position = index
        return True

    def next(self) -> bool:
        return self.go_to(self.position + 1)

    def back(self) -> bool:
        return self.position > CHOOSE and self.go_to(self.position - 1)

    def safety_answered(self, answers: dict[str, bool]) -> SafetyOutcome:
        """Take the safety answers; say whether the session stops, waits or goes on."""
        self.draft.red_flags = dict(answers)
        if self.draft.stopped_by_red_flag:
            return SafetyOutcome.STOP
        if not self.draft.red_flags_answered:
            return SafetyOutcome.UNANSWERED
        return SafetyOutcome.GO_ON

    def stop_for_pain(self) -> list[str]:
        """Severe pain: every check after this one is skipped as too painful (what was
        measured is kept) and the person goes on to the note. Returns the checks skipped."""
        skipped: list[str] = []
        for step in self.steps[self.position + 1 :]:
            if step.kind is not StepKind.CHECK:
                break
            assert step.check_id is not None
            self.draft.skip_check(step.check_id, Skip.TOO_PAINFUL, keep_rated=True)
            skipped.append(step.check_id)
        self.position = self.index_of(StepKind.NOTE)
        return skipped

    def index_of(self, kind: StepKind) -> int:
        return next(i for i, step in enumerate(self.steps) if step.kind is kind)
