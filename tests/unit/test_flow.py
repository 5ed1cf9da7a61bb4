"""The path through a session, without a window."""

from __future__ import annotations

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.checks import CORE_CHECK_IDS
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.flow import SafetyOutcome, SessionFlow, Step, StepKind
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.domain.session import Skip

ALL_NO = {flag.id: False for flag in RED_FLAGS}


def chosen(check_ids: tuple[str, ...] = CORE_CHECK_IDS) -> SessionFlow:
    flow = SessionFlow(SessionDraft(check_ids))
    assert flow.choose(check_ids)
    return flow


def test_the_steps_follow_the_checks_chosen() -> None:
    flow = SessionFlow(SessionDraft(CORE_CHECK_IDS))
    assert flow.steps == (Step(StepKind.CHOOSE),) and not flow.next()
    flow.choose(CORE_CHECK_IDS)
    assert [step.kind for step in flow.steps] == [
        StepKind.CHOOSE,
        StepKind.SAFETY,
        StepKind.CHECK,
        StepKind.CHECK,
        StepKind.NOTE,
        StepKind.SUMMARY,
    ]
    assert [step.check_id for step in flow.steps[2:4]] == list(CORE_CHECK_IDS)


def test_choosing_the_same_checks_again_keeps_what_was_entered() -> None:
    flow = chosen()
    flow.draft.set_value(CORE_CHECK_IDS[0], "range", Side.LEFT, 4)
    assert not flow.choose(CORE_CHECK_IDS)
    assert flow.draft.value(CORE_CHECK_IDS[0], "range", Side.LEFT) == 4
    uid = flow.draft.uid
    assert flow.choose(CORE_CHECK_IDS[:1])  # a different choice starts the entries afresh
    assert flow.draft.uid == uid and flow.draft.value(CORE_CHECK_IDS[0], "range", Side.LEFT) is None


def test_nothing_past_the_safety_questions_until_every_answer_is_no() -> None:
    flow = chosen()
    assert flow.next() and flow.current.kind is StepKind.SAFETY
    assert not flow.next() and flow.position == 1
    assert flow.safety_answered({RED_FLAGS[0].id: False}) is SafetyOutcome.UNANSWERED
    assert not flow.go_to(len(flow.steps) - 1)
    assert flow.safety_answered(ALL_NO) is SafetyOutcome.GO_ON
    assert flow.next() and flow.current == Step(StepKind.CHECK, CORE_CHECK_IDS[0])
    assert flow.safety_answered({**ALL_NO, RED_FLAGS[2].id: True}) is SafetyOutcome.STOP
    assert flow.furthest_open() == 1


def test_back_never_leaves_the_session() -> None:
    flow = chosen()
    assert not flow.back() and flow.position == 0
    flow.next()
    assert flow.back() and flow.position == 0


def test_a_kept_draft_resumes_where_it_may() -> None:
    draft = SessionDraft(CORE_CHECK_IDS)
    flow = SessionFlow(SessionDraft(CORE_CHECK_IDS))
    flow.resume(draft, 4)  # safety questions not answered: back to them
    assert flow.current.kind is StepKind.SAFETY
    draft.red_flags = dict(ALL_NO)
    flow.resume(draft, 4)
    assert flow.current.kind is StepKind.NOTE
    flow.resume(draft, 99)
    assert flow.current.kind is StepKind.SUMMARY
    flow.resume(draft, -3)
    assert flow.current.kind is StepKind.CHOOSE


def test_severe_pain_skips_the_checks_not_reached_and_keeps_what_was_measured() -> None:
    flow = chosen()
    flow.safety_answered(ALL_NO)
    flow.go_to(2)
    first, second = CORE_CHECK_IDS
    flow.draft.set_value(first, "pain", Side.LEFT, 8)
    assert flow.stop_for_pain() == [second]
    assert flow.current.kind is StepKind.NOTE
    assert flow.draft.skipped(second, Side.LEFT) is Skip.TOO_PAINFUL
    assert flow.draft.value(first, "pain", Side.LEFT) == 8
