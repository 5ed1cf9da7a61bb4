"""KneeCheck in Spanish: the translation is complete, every screen shows it, an open
session survives a change of language, and the report comes out in Spanish."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest
from a11y import visible_texts
from gui_steps import WindowFactory, answer_red_flags, click, current_check, rate, start, tap_slider
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from screens import flow_screens, kiosk_screens, settle, write_display

from kneeapp.domain.asymmetry import Side
from kneeapp.ui.data_safety import DataNotices, DraftKeeper
from kneeapp.ui.pages.note import NotePage
from kneeapp.ui.pages.red_flags import NO, YES, RedFlagPage
from kneeapp.ui.pages.settings import SettingsPage
from kneeapp.ui.resource_files import resource_path
from kneeapp.ui.widgets.illustration import translated_svg
from kneeapp.ui.widgets.measure_inputs import ScaleSlider

TS_FILE = resource_path("translations", "kneeapp_es.ts")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


@cache
def messages() -> list[tuple[str, str, list[str], ET.Element]]:
    """(context, source, translations, translation element) of every message in the .ts."""
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                (
                    name,
                    message.findtext("source", ""),
                    forms or [translation.text or ""],
                    translation,
                )
            )
    return found


def test_every_message_is_translated_with_its_placeholders() -> None:
    problems = []
    for context, source, forms, element in messages():
        if element.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {element.get('type')}")
        for form in forms:
            if not form.strip() or sorted(PLACEHOLDER.findall(form)) != sorted(
                PLACEHOLDER.findall(source)
            ):
                problems.append(f"{context}: {source!r} -> {form!r}")
        if "%n" in source and len(forms) != 2:  # Spanish: singular and plural
            problems.append(f"{context}: {source!r} needs two plural forms")
    assert not problems, "\n".join(problems)


def test_the_shipped_qm_is_built_from_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    built = tmp_path / "kneeapp_es.qm"
    subprocess.run([lrelease, "-silent", str(TS_FILE), "-qm", str(built)], check=True)
    assert built.read_bytes() == resource_path("translations", "kneeapp_es.qm").read_bytes(), (
        "kneeapp_es.qm is out of date: run resources/translations/update.sh"
    )


def _english_patterns() -> tuple[dict[str, str], list[re.Pattern[str]], list[str]]:
    """English sources whose Spanish differs: exact texts, templates as patterns, and
    long sentences that must not appear even inside a longer text."""
    exact: dict[str, str] = {}
    patterns: list[re.Pattern[str]] = []
    sentences: list[str] = []
    for _, source, forms, _ in messages():
        if all(form == source for form in forms):
            continue  # the same in both languages ("KneeCheck", "PIN")
        if "%n" in source or PLACEHOLDER.search(source):
            literal = PLACEHOLDER.sub("", source.replace("%n", "")).replace("(s)", "")
            if not re.search(r"[A-Za-z]{3,}", literal):
                continue  # no English words in it to tell ("{check} {measure}")
            pattern = re.escape(source)
            pattern = re.sub(r"\\\{[a-z_]+\\\}", ".+", pattern)
            pattern = pattern.replace("%n", r"\d+").replace(r"\(s\)", "s?")
            patterns.append(re.compile(pattern, re.DOTALL))
        elif re.search(r"[A-Za-z]", source):  # not a sign alone ("." for a decimal point)
            exact[source] = forms[0]
            if len(source) >= 30:
                sentences.append(source)
    return exact, patterns, sentences


def untranslated(window: QWidget) -> list[str]:
    exact, patterns, sentences = _english_patterns()
    found = []
    texts = visible_texts(window)
    # Each line of a longer text, too: a rich text label holds a question and its scale.
    texts += [line.strip() for text in texts if "\n" in text for line in text.split("\n")]
    for text in texts:
        if text in exact:
            found.append(f"{text!r} (Spanish: {exact[text]!r})")
        elif any(pattern.fullmatch(text) for pattern in patterns):
            found.append(repr(text))
        elif any(sentence in text for sentence in sentences):
            found.append(f"{text!r} holds an English sentence")
    return found


def test_every_screen_in_spanish(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    write_display(data_dir, language="es")
    window = make_window()
    problems: dict[str, list[str]] = {}
    for name in flow_screens(qtbot, window):
        problems[name] = untranslated(window)
    assert window.windowTitle() == "KneeCheck"
    assert window.home.start_button.text() == "Empezar una autoevaluación"
    report = "\n".join(f"{k}: {v}" for k, v in problems.items() if v)
    assert not report, report


def test_kiosk_screens_in_spanish(qtbot: QtBot, make_window: WindowFactory, data_dir: Path) -> None:
    write_display(data_dir, language="es")
    problems: dict[str, list[str]] = {}
    for name, window in kiosk_screens(qtbot, make_window, data_dir):
        problems[name] = untranslated(window)
    report = "\n".join(f"{k}: {v}" for k, v in problems.items() if v)
    assert not report, report


def test_the_notices_about_the_data_in_spanish(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    first = make_window()  # in English; its self-check is left open, as by a crash
    answer_red_flags(qtbot, start(qtbot, first))
    write_display(data_dir, language="es")
    (data_dir / "backups").write_text("a file where the backups folder goes")
    second = make_window()
    draft_bar = second.findChild(DraftKeeper).bar  # type: ignore[union-attr]
    backup_bar = second.findChild(DataNotices).bar  # type: ignore[union-attr]
    qtbot.waitUntil(backup_bar.isVisible)
    assert draft_bar.isVisible()
    assert draft_bar.message.text().startswith("Una autoevaluación que empezaste el")
    assert backup_bar.message.text().startswith("No se ha podido hacer la copia de seguridad")
    assert untranslated(second) == []


def test_qt_own_texts_are_spanish_too(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    write_display(data_dir, language="es")
    make_window()
    # Qt's own dialogs and menus: the qtbase translation is installed with ours.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_illustration_labels_are_translated(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    write_display(data_dir, language="es")
    make_window()
    svg = resource_path("illustrations", "drift_marked.svg").read_text(encoding="utf-8")
    assert ">marcado</text>" in translated_svg(svg)
    lunge = resource_path("illustrations", "kneeling_lunge.svg").read_text(encoding="utf-8")
    assert ">cadera adelante</text>" in translated_svg(lunge)


def test_switching_language_keeps_the_open_session(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    answer_red_flags(qtbot, start(qtbot, window))
    step = current_check(window)
    left = step.inputs["range", Side.LEFT]
    assert isinstance(left, ScaleSlider)
    tap_slider(left.slider, 2)
    rate(step, "range", Side.RIGHT, 6)
    click(qtbot, step.next_button)  # on to the kneeling lunge
    lunge = current_check(window)
    pain = lunge.inputs["pain", Side.RIGHT]
    assert isinstance(pain, ScaleSlider)
    tap_slider(pain.slider, 4)

    # The settings, opened from the session, switch to Spanish.
    click(qtbot, lunge.settings_button)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settings.language.setCurrentIndex(settings.language.findData("es"))
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    assert settings.title.text() == "Ajustes"
    assert settings.back_button.text() == "Volver a la autoevaluación"
    click(qtbot, settings.back_button)

    # Back on the same step, rebuilt in Spanish, with every value kept.
    lunge = current_check(window)
    assert lunge.check.id == "kneeling_lunge"
    assert (
        lunge.title.text() == "Zancada de rodillas: cuánto se abre la parte delantera de tu cadera"
    )
    assert lunge.next_button.text() == "Siguiente"
    pain = lunge.inputs["pain", Side.RIGHT]
    assert isinstance(pain, ScaleSlider) and pain.slider.value() == 4
    assert pain.slider.accessibleDescription() == (
        "dolor en la zancada de rodillas, lado derecho: 4 de 10, dolor moderado"
    )
    click(qtbot, lunge.back_button)
    step = current_check(window)
    left = step.inputs["range", Side.LEFT]
    assert isinstance(left, ScaleSlider) and left.slider.value() == 2
    assert step.live_lines["range"].text().startswith("Amplitud: lado izquierdo peor por")
    safety = window.session.pages[1]
    assert isinstance(safety, RedFlagPage)
    assert all(row.choice() == NO for row in safety.choices.values())
    assert YES not in [row.choice() for row in safety.choices.values()]

    # A note typed before switching back to English survives too.
    click(qtbot, step.next_button)
    click(qtbot, current_check(window).next_button)
    note = window.current_page()
    assert isinstance(note, NotePage)
    note.edit.setPlainText("8 km suaves")
    click(qtbot, note.settings_button)
    settings = window.current_page()
    assert isinstance(settings, SettingsPage)
    settings.language.setCurrentIndex(settings.language.findData("en"))
    window.current_page().back_button.click()  # type: ignore[attr-defined]
    note = window.current_page()
    assert isinstance(note, NotePage)
    assert note.text() == "8 km suaves" and note.next_button.text() == "See summary"
    settle(window)


def test_the_search_for_english_finds_english(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()  # in English
    screens = flow_screens(qtbot, window)
    next(screens)
    found = untranslated(window)
    assert "'Start a self-check' (Spanish: 'Empezar una autoevaluación')" in found
    next(screens)
    next(screens)
    next(screens)  # the step test
    found = untranslated(window)
    assert any("Left step test range" in text for text in found), found
    assert "'How far did your shin go?' (Spanish: '¿Hasta dónde llegó tu espinilla?')" in found
    screens.close()


def test_kiosk_messages_in_spanish(
    qtbot: QtBot, make_window: WindowFactory, data_dir: Path
) -> None:
    from kiosk_steps import open_kiosk

    write_display(data_dir, language="es")
    kiosk = open_kiosk(make_window, data_dir)
    try:
        click(qtbot, kiosk.controller.start_page.start_button)  # no name typed
        assert kiosk.controller.start_page.error.text() == (
            "Escribe tu nombre o el código que te dio la clínica."
        )
    finally:
        kiosk.controller.guard.allow_close = True
