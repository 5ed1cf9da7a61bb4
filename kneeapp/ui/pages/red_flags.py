"""The safety screen before the checks: any "yes" ends the self-check."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.ui.i18n import plural
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import Button, ChoiceRow

# Questions are read in lines of a comfortable length, with their answers right beside.
QUESTION_WIDTH = 620

NO, YES = 0, 1


class RedFlagPage(Page):
    continue_requested = Signal()
    answers_changed = Signal()  # by the person (not by show_answers)

    def __init__(self, *, settings: bool = True) -> None:
        """``settings``: a way to the settings (not on a kiosk)."""
        super().__init__(
            self.tr("Before you start: a few safety questions"),
            self.tr("Answer each one. A single “yes” means these checks are not for today."),
        )
        top = QHBoxLayout()
        self.none_button = Button(self.tr("None of these apply to me"))
        self.none_button.clicked.connect(self._on_none_clicked)
        top.addWidget(self.none_button)
        top.addStretch(1)
        self.body.addLayout(top)
        self.choices: dict[str, ChoiceRow] = {}
        for flag in RED_FLAGS:
            question = QCoreApplication.translate("RedFlags", flag.question)
            row = QFrame()
            row.setObjectName("question")
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 4, 0, 8)
            label = wrapped_label(question)
            label.setMaximumWidth(QUESTION_WIDTH)
            layout.addWidget(label, 1)
            choice = ChoiceRow((self.tr("No"), self.tr("Yes")), question)
            choice.chosen.connect(self._on_answered)
            layout.addWidget(choice)
            layout.addStretch(0)
            self.choices[flag.id] = choice
            self.body.addWidget(row)
        self.body.addStretch(1)
        self.leave_button = self.add_button(self.tr("Leave"))
        if settings:
            self.add_settings_button()
        self.remaining = wrapped_label()
        self.buttons.addWidget(self.remaining, 1)
        self.continue_button = self.add_button(self.tr("Continue"), role="primary")
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

    def show_answers(self, answers: dict[str, bool]) -> None:
        """Show answers given earlier (a resumed or retranslated session)."""
        for flag_id, answer in answers.items():
            if flag_id in self.choices:
                self.choices[flag_id].set_choice(YES if answer else NO)
        self._update()

    def _on_answered(self) -> None:
        self._update()
        self.answers_changed.emit()

    def clear(self) -> None:
        for choice in self.choices.values():
            choice.set_choice(None)
        self._update()

    def _on_none_clicked(self) -> None:
        for choice in self.choices.values():
            choice.set_choice(NO)
        self._on_answered()
        self.continue_button.setFocus()

    @property
    def any_yes(self) -> bool:
        return any(self.answers().values())

    def _update(self) -> None:
        unanswered = len(self.choices) - len(self.answers())
        # A single "yes" is enough to stop: the other questions need no answer then.
        self.continue_button.setEnabled(unanswered == 0 or self.any_yes)
        if self.any_yes:
            self.remaining.setText(self.tr("A “yes”: these checks are not for today."))
        elif unanswered:
            self.remaining.setText(
                plural(self.tr("%n question(s) left to answer", "", unanswered), unanswered)
            )
        else:
            self.remaining.setText("")
