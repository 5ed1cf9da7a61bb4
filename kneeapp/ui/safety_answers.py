"""The sentence that tells a session's answers to the safety questions, shared by the
history page and the PDF report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.domain.session import Session


def red_flag_text(session: Session) -> str:
    if not session.red_flags:
        return QCoreApplication.translate(
            "History", "Safety questions: not recorded with this session."
        )
    yes = [
        QCoreApplication.translate("RedFlags", flag.question)
        for flag in RED_FLAGS
        if session.red_flags.get(flag.id)
    ]
    if not yes:
        return QCoreApplication.translate("History", "Safety questions: all answered no.")
    return QCoreApplication.translate(
        "History", "Safety questions answered yes: {questions}"
    ).format(questions=" ".join(yes))
