"""The start screen: a picture, what KneeCheck is for (in full the first time, in a line
after that), how the two sides have come along, and when the next check fits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from kneeapp.domain.profiles import Profile, profile_label
from kneeapp.ui.i18n import plural, qt_translate
from kneeapp.ui.pages.base import Page, wrapped_label
from kneeapp.ui.properties import set_enum_property
from kneeapp.ui.resource_files import resource_path
from kneeapp.ui.widgets.buttons import Button

# The picture's width; its height is three quarters of it.
PICTURE_WIDTH = 240


class HomePage(Page):
    start_requested = Signal()
    history_requested = Signal()
    settings_requested = Signal()
    profile_chosen = Signal(str)  # the profile's stored name
    profile_details_requested = Signal()
    sign_out_requested = Signal()  # a shared screen's patient is done

    def __init__(self, *, settings: bool = True, sign_out: bool = False) -> None:
        """``settings``: a way to the settings (not on a kiosk, where they lead to the
        file manager and to deleting everyone's data); ``sign_out``: who is signed in
        and "I'm done", for a shared screen."""
        super().__init__("KneeCheck")
        self.patient_label: QLabel | None = None
        if sign_out:
            self.patient_label = wrapped_label("", "sectionTitle")
            self.body.addWidget(self.patient_label)
        self.banner = wrapped_label("", "banner")
        self.banner.hide()
        self.body.addWidget(self.banner)
        # Whose self-checks: a chooser when there are several profiles, and their details.
        self.profile_row = QHBoxLayout()
        self.profile_caption = QLabel()
        self.profile_caption.setObjectName("sectionTitle")
        self.profile_choice = QComboBox()
        self.profile_choice.setMinimumHeight(44)
        self.profile_choice.activated.connect(self._on_profile_activated)
        self.profile_caption.setBuddy(self.profile_choice)
        self.profile_name = QLabel()
        self.profile_name.setObjectName("sectionTitle")
        for label in (self.profile_caption, self.profile_name):
            set_enum_property(label, "textFormat", "PlainText")  # a name is text, not markup
        self.profile_button = Button("", self)
        self.profile_button.clicked.connect(self.profile_details_requested)
        for widget in (self.profile_caption, self.profile_choice, self.profile_name):
            self.profile_row.addWidget(widget)
        self.profile_row.addWidget(self.profile_button)
        self.profile_row.addStretch(1)
        self.body.addLayout(self.profile_row)
        self.show_profiles([], "")
        # The picture beside the words: the long welcome the first time; afterwards a
        # line, how the sides have come along and when the next check fits.
        hero = QHBoxLayout()
        hero.setSpacing(24)
        # Drawn from resources/illustrations/home.svg at twice this size: a PNG, so that
        # the start loads no SVG renderer.
        self.picture = QLabel()
        set_enum_property(self.picture, "textFormat", "PlainText")  # a picture, no text
        pixmap = QPixmap(str(resource_path("illustrations", "home.png")))
        pixmap.setDevicePixelRatio(pixmap.width() / PICTURE_WIDTH)
        self.picture.setPixmap(pixmap)
        self.picture.setFixedSize(PICTURE_WIDTH, PICTURE_WIDTH * 3 // 4)
        # At the top of its column (a layout, not an alignment: the start builds no
        # copy of Qt's enums).
        picture_column = QVBoxLayout()
        picture_column.addWidget(self.picture)
        picture_column.addStretch(1)
        hero.addLayout(picture_column)
        words = QVBoxLayout()
        words.setSpacing(14)
        self.welcome_back = wrapped_label()
        self.progress = wrapped_label("", "sectionTitle")
        self.progress.hide()
        self.last_check = wrapped_label()
        self.about = wrapped_label()
        self.when = wrapped_label()
        self.not_a_diagnosis = wrapped_label()
        for label in (
            self.welcome_back,
            self.progress,
            self.last_check,
            self.about,
            self.when,
            self.not_a_diagnosis,
        ):
            words.addWidget(label)
        words.addStretch(1)
        hero.addLayout(words, 1)
        self.body.addLayout(hero)
        self.body.addStretch(1)
        self.first_time = True
        self.show_progress("", first_time=True)
        self.done_button: Button | None = None
        if sign_out:  # first on screen, first for Tab
            self.done_button = self.add_button("")
            self.done_button.clicked.connect(self.sign_out_requested)
        self.settings_button = self.add_button("") if settings else None
        self.history_button = self.add_button("")
        self.start_button = self.add_button("", role="primary", stretch_before=True)
        self.start_button.clicked.connect(self.start_requested)
        self.history_button.clicked.connect(self.history_requested)
        if self.settings_button is not None:
            self.settings_button.clicked.connect(self.settings_requested)
        self._patient = ""
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every text in the current language (the page outlives a language change)."""
        self.set_title(self.tr("KneeCheck"))
        self.set_subtitle(self.tr("A self-check for runners whose knees hurt after running"))
        self.picture.setAccessibleName(
            self.tr("A runner with both knees marked, beside a level balance")
        )
        self.welcome_back.setText(self.tr("Welcome back."))
        self._write_about()
        if self.settings_button is not None:
            self.settings_button.setText(self.tr("Settings"))
        if self.done_button is not None:
            self.done_button.setText(self.tr("I'm done"))
        self.show_patient(self._patient)
        self.history_button.setText(self.tr("History and reports"))
        self.start_button.setText(self.tr("Start a self-check"))
        self.profile_caption.setText(self.tr("Whose self-checks:"))
        self.profile_choice.setAccessibleName(self.tr("Whose self-checks"))
        self.profile_button.setText(self.tr("Profile details…"))

    def _write_about(self) -> None:
        if not self.first_time:
            # Known by now: one line on what the results are, and when to see someone.
            self.not_a_diagnosis.setText(
                self.tr(
                    "KneeCheck records what you notice; it is not a diagnosis. If your knee "
                    "is swollen, locks or gives way, see a clinician."
                )
            )
            return
        self.about.setText(
            self.tr(
                "KneeCheck walks you through the left/right checks a physical therapist uses "
                "for knee pain after running: how well your ankle and hip move, and how each "
                "side feels at the end of its range. It keeps your results on this computer "
                "and shows whether the difference between your two sides is shrinking."
            )
        )
        self.when.setText(
            self.tr(
                "When to use it: the day after a run that made your knee hurt, then every "
                "week or two. Each check takes a minute or two per side."
            )
        )
        self.not_a_diagnosis.setText(
            self.tr(
                "What it is not: a diagnosis. It records what you notice. If your knee is "
                "swollen, locks or gives way, or the pain keeps you up at night, see a "
                "clinician."
            )
        )

    def show_progress(self, headline: str, *, first_time: bool) -> None:
        """The long welcome when nothing is saved yet; else "Welcome back", the headline
        of how the two sides have come along (none until there is one) and a short line."""
        self.first_time = first_time
        self.welcome_back.setVisible(not first_time)
        self.about.setVisible(first_time)
        self.when.setVisible(first_time)
        self.progress.setText(headline)
        self.progress.setVisible(bool(headline))
        self._write_about()

    def show_profiles(self, profiles: list[Profile], current: str) -> None:
        """The profile in use, and a chooser with each one's count when there are several;
        nothing at all when ``profiles`` is empty (a kiosk)."""
        self.profile_choice.clear()
        for profile in profiles:
            count = plural(self.tr("%n self-check(s)", "", profile.sessions), profile.sessions)
            self.profile_choice.addItem(
                self.tr("{name} ({count})").format(
                    name=profile_label(profile, qt_translate), count=count
                ),
                profile.name,
            )
        index = self.profile_choice.findData(current)
        self.profile_choice.setCurrentIndex(max(index, 0))
        several = len(profiles) > 1
        self.profile_caption.setVisible(several)
        self.profile_choice.setVisible(several)
        shown = next((p for p in profiles if p.name == current), None)
        self.profile_name.setText(
            ""
            if shown is None
            else self.tr("Profile: {name}").format(name=profile_label(shown, qt_translate))
        )
        self.profile_name.setVisible(bool(profiles) and not several)
        self.profile_button.setVisible(bool(profiles))

    def show_patient(self, name: str) -> None:
        """Who is signed in on a shared screen ("" when nobody is)."""
        self._patient = name
        if self.patient_label is not None:
            self.patient_label.setText(
                self.tr("Signed in as {name}").format(name=name) if name else ""
            )

    def _on_profile_activated(self, index: int) -> None:
        name = self.profile_choice.itemData(index)
        if isinstance(name, str):
            self.profile_chosen.emit(name)

    def show_reminder(self, text: str) -> None:
        self.last_check.setText(text)

    def show_banner(self, text: str, *, flagged: bool = False) -> None:
        """A message at the top: green when all is well, amber for advice or trouble."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        if self.banner.property("flagged") != flagged:
            self.banner.setProperty("flagged", flagged)
            self.banner.style().unpolish(self.banner)
            self.banner.style().polish(self.banner)
