"""The safety screen asked before the first check of a session."""

from __future__ import annotations

from typing import NamedTuple

from kneeapp.domain.text import QT_TRANSLATE_NOOP


class RedFlag(NamedTuple):
    id: str
    question: str
    reason: str  # why a "yes" calls for a clinician, said on the page that stops the check


RED_FLAGS: tuple[RedFlag, ...] = (
    RedFlag(
        "hot_swollen",
        QT_TRANSLATE_NOOP("RedFlags", "Is your knee hot, red or swollen, or do you have a fever?"),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "A hot, red or swollen knee, or a fever, can come from inflammation or an "
            "infection in the joint: have it seen today.",
        ),
    ),
    RedFlag(
        "night_rest_pain",
        QT_TRANSLATE_NOOP("RedFlags", "Does your knee hurt at night or when you are resting?"),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Pain at night or at rest is not the usual pain of a knee that was overloaded "
            "by running: a clinician should find out where it comes from.",
        ),
    ),
    RedFlag(
        "locking_giving_way",
        QT_TRANSLATE_NOOP("RedFlags", "Does your knee lock or give way?"),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "A knee that locks or gives way may have a problem inside the joint that "
            "loading it could make worse.",
        ),
    ),
    RedFlag(
        "cannot_bear_weight",
        QT_TRANSLATE_NOOP(
            "RedFlags", "Are you unable to stand on your painful leg or walk four steps?"
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Not being able to stand on the leg or walk four steps needs a clinician "
            "today, who may want an X-ray.",
        ),
    ),
    RedFlag(
        "fall_twist_swelling",
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Did you recently fall or twist the knee, and did it swell up straight away?",
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Swelling straight after a fall or a twist can mean a ligament or the joint "
            "itself was hurt.",
        ),
    ),
    RedFlag(
        "hop_groin_pain",
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Does it hurt to hop on your painful leg, or do you have pain in the groin?",
        ),
        QT_TRANSLATE_NOOP(
            "RedFlags",
            "Pain when hopping, or in the groin, can come from a stress reaction in the "
            "bone, which needs rest and a clinician's care rather than these checks.",
        ),
    ),
)
RED_FLAG_IDS: frozenset[str] = frozenset(flag.id for flag in RED_FLAGS)

SEE_CLINICIAN = QT_TRANSLATE_NOOP(
    "RedFlags",
    "Please stop the self-check here. What you describe needs a clinician to look at "
    "your knee first: see your doctor or physical therapist before doing these checks. "
    "Until then, please do not run. If the knee is hot and swollen with a fever, or you "
    "cannot stand on it, get help today.",
)


def any_red_flag(answers: dict[str, bool]) -> bool:
    return any(answers.get(flag.id, False) for flag in RED_FLAGS)
