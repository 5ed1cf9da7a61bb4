"""The safety screen before the checks: any "yes" ends the self-check."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import ChoiceRow

NO, YES = 0, 1


class RedFlagPage(Page):
    continue_requested = Signal()

    def __init__(self) -> None:
        super().__init__(
            "Before you start: a few safety questions",
            "Answer each one. A single “yes” means these checks are not for today.",
        )
        self.choices: dict[str, ChoiceRow] = {}
        for flag in RED_FLAGS:
            row = QFrame()
            row.setObjectName("question")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 4, 0, 8)
            layout.addWidget(wrapped_label(flag.question), 1)
            choice = ChoiceRow(("No", "Yes"), flag.question)
            choice.chosen.connect(self._update)
            layout.addWidget(choice)
            self.choices[flag.id] = choice
            self.body.addWidget(row)
        self.body.addStretch(1)
        self.leave_button = self.add_button("Leave")
        self.remaining = wrapped_label()
        self.buttons.addWidget(self.remaining, 1)
        self.continue_button = self.add_button("Continue", role="primary")
        self.leave_button.clicked.connect(self.leave_requested)
        self.continue_button.clicked.connect(self.continue_requested)
        self._update()

    def answers(self) -> dict[str, bool]:
        """The questions answered so far: True for yes."""
        result: dict[str, bool] = {}
        for flag_id, choice in self.choices.items():
            picked = choice.choice()
            if picked is not None:
                result[flag_id] = picked == YES
        return result

    def clear(self) -> None:
        for choice in self.choices.values():
            choice.set_choice(None)
        self._update()

    def _update(self) -> None:
        unanswered = len(self.choices) - len(self.answers())
        self.continue_button.setEnabled(unanswered == 0)
        if unanswered:
            plural = "question" if unanswered == 1 else "questions"
            self.remaining.setText(f"{unanswered} {plural} left to answer")
        else:
            self.remaining.setText("")
