"""A profile's details: the name shown, and what a therapist may want to know (all optional)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit

from kneeapp.domain.profiles import (
    PAINFUL_SIDES,
    Profile,
    ProfileDetails,
    parse_optional_int,
    parse_optional_number,
    profile_label,
)
from kneeapp.domain.text import QT_TRANSLATE_NOOP
from kneeapp.ui.i18n import error_text, qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.widgets.buttons import ChoiceRow
from kneeapp.ui.widgets.hints import show_hint

SIDE_NAMES = {
    None: QT_TRANSLATE_NOOP("ProfilePage", "Not given"),
    "left": QT_TRANSLATE_NOOP("ProfilePage", "Left"),
    "right": QT_TRANSLATE_NOOP("ProfilePage", "Right"),
    "both": QT_TRANSLATE_NOOP("ProfilePage", "Both"),
}
SIDE_CHOICES: tuple[str | None, ...] = (None, *PAINFUL_SIDES)


def _field(accessible_name: str, text: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setAccessibleName(accessible_name)
    field.setMinimumHeight(44)
    return field


class ProfilePage(Page):
    """Edits one profile's details; ``save_requested`` carries the details as typed,
    checked by ``details()``."""

    save_requested = Signal()

    def __init__(self, profile: Profile) -> None:
        label = profile_label(profile, qt_translate)
        super().__init__(
            self.tr("Profile: {name}").format(name=label),
            self.tr(
                "Everything here is optional. It is shown on the report for your therapist, "
                "and the name is how this profile appears everywhere in KneeCheck."
            ),
        )
        self.profile = profile
        form = QFormLayout()
        form.setVerticalSpacing(14)
        self.display_name = _field(self.tr("Name shown"), profile.display_name)
        show_hint(self.display_name, label)
        self.birth_year = _field(
            self.tr("Year of birth"),
            "" if profile.birth_year is None else str(profile.birth_year),
        )
        show_hint(self.birth_year, self.tr("e.g. 1985"))
        self.painful_side = ChoiceRow(
            [self.tr(SIDE_NAMES[side]) for side in SIDE_CHOICES],
            self.tr("Painful side"),
            columns=2,  # two by two: whole words at any text size beside their label
        )
        self.painful_side.set_choice(SIDE_CHOICES.index(profile.painful_side))
        self.weekly_km = _field(
            self.tr("Weekly running distance in km"),
            "" if profile.weekly_km is None else f"{profile.weekly_km:g}",
        )
        show_hint(self.weekly_km, self.tr("e.g. 25"))
        form.addRow(self.tr("Name shown"), self.display_name)
        form.addRow(self.tr("Year of birth"), self.birth_year)
        form.addRow(self.tr("Painful side"), self.painful_side)
        form.addRow(self.tr("Weekly running distance (km)"), self.weekly_km)
        self.body.addLayout(form)
        self.message = wrapped_label("", "banner")
        self.message.hide()
        self.body.addWidget(self.message)
        self.body.addStretch(1)

        self.back_button = self.add_button(self.tr("Back"))
        self.back_button.clicked.connect(self.back_requested)
        self.save_button = self.add_button(self.tr("Save"), role="primary", stretch_before=True)
        self.save_button.clicked.connect(self.save_requested)
        self.initial_focus = self.display_name

    def details(self) -> ProfileDetails:
        """The details as typed; ValidationError for a year or distance that is no number."""
        choice = self.painful_side.choice()
        return ProfileDetails(
            self.display_name.text(),
            parse_optional_int(self.birth_year.text(), self.tr("Year of birth")),
            SIDE_CHOICES[choice or 0],
            parse_optional_number(self.weekly_km.text(), self.tr("Weekly running distance")),
        )

    def show_error(self, error: Exception) -> None:
        self.show_message(error_text(error))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
