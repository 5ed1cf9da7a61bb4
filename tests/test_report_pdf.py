"""The report for the physical therapist: a real PDF, read back with a PDF text extractor."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from history_data import NOW, VARIED_NOW, sessions_csv, varied_sessions, varied_when
from pdf_text import text_of
from pytestqt.qtbot import QtBot

from kneeapp.app import export_pdf
from kneeapp.domain.dates import format_day, local_time
from kneeapp.domain.session import Session, build_session, validate_reading
from kneeapp.storage.csv_read import read_csv
from kneeapp.storage.sessions import SqliteSessionRepository, open_repository
from kneeapp.ui.report_pdf import write_report


@pytest.fixture
def repository(data_dir: Path) -> SqliteSessionRepository:
    with open_repository(data_dir) as repository:
        repository.import_sessions(read_csv(sessions_csv("Alex Runner").splitlines(True)))
        # One session saved by the app, with its safety answers.
        repository.save(
            build_session(
                uid="00000000-0000-0000-0000-0000000000aa",
                profile="Alex Runner",
                recorded_at=NOW.replace(day=8),
                readings=[
                    validate_reading("single_leg_bridge", "reps", 12, 20),
                    validate_reading("single_leg_bridge", "pain", 1, 1),
                ],
                red_flags={"hot_swollen": False, "night_rest_pain": True},
                note="Hip felt weak",
            )
        )
    return open_repository(data_dir)


def test_report_holds_what_a_therapist_needs(
    qtbot: QtBot, repository: SqliteSessionRepository, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    with repository:
        pages = write_report(repository, "Alex Runner", out, now=NOW)
    assert out.read_bytes().startswith(b"%PDF")
    count, text = text_of(out)
    assert count == pages and 1 <= pages <= 2
    flat = text
    assert "Name: Alex Runner" in flat
    assert "Sessions: 11, from 3 March 2026 to 8 June 2026" in flat
    for check in ("Step test", "Kneeling lunge", "Single-leg bridge"):
        assert check in flat
    # Each difference in its measure's unit: points for ratings, % for repetitions.
    # A table of left / right values per session, the unit with the measure's name.
    assert "Left / right by session" in flat and "Single-leg bridge: repetitions 12 / 20" in flat
    assert "% of 10" not in flat and "points" in flat
    # First, a clinical summary in the third person.
    assert (
        "Summary Ankle dorsiflexion (Step test, range): left side worse in 8 of the last 8" in flat
    )
    assert flat.index("Summary") < flat.index("Left / right by session")
    # Flagged items, in words.
    assert "The left side hurt more than the right in the step test" in flat
    assert "Your " not in flat
    assert "Flagged:" in flat
    # The safety answers of the latest sessions.
    assert "Safety questions answered yes: Does your knee hurt at night" in flat
    assert "Safety questions: not recorded with this session." in flat
    assert "Hip felt weak" in flat
    # The chart summaries come with the charts.
    assert "left ankle worse in 8 of the last 8 sessions" in flat


def test_empty_profile_gives_a_one_page_report(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "empty.pdf"
    with open_repository(data_dir) as repository:
        assert write_report(repository, "nobody", out, now=NOW) == 1
    count, text = text_of(out)
    assert count == 1 and "none saved yet" in text


def test_export_pdf_for_the_command_line(
    qtbot: QtBot, repository: SqliteSessionRepository, data_dir: Path, tmp_path: Path
) -> None:
    repository.close()
    out = tmp_path / "cli.pdf"
    export_pdf(data_dir, out, "Alex Runner")
    count, text = text_of(out)
    assert 1 <= count <= 2 and "Name: Alex Runner" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_report_in_spanish(
    qtbot: QtBot, repository: SqliteSessionRepository, tmp_path: Path
) -> None:
    from kneeapp.ui.i18n import install_language

    out = tmp_path / "informe.pdf"
    install_language("es")
    try:
        with repository:
            write_report(repository, "Alex Runner", out, now=NOW)
    finally:
        install_language("en")
    _, text = text_of(out)
    assert "KneeCheck: informe de autoevaluación izquierda/derecha" in text
    assert "Nombre: Alex Runner" in text
    assert "Sesiones: 11, del 3 de marzo de 2026 al 8 de junio de 2026" in text
    assert (
        "Izquierda / derecha por sesión" in text
        and "Resumen Flexión del tobillo (Prueba del escalón, amplitud)" in text
        and "Asimetría a lo largo del tiempo" in text
    )
    assert "Prueba del escalón" in text and "Puente a una pierna" in text
    assert "Su lado izquierdo dolió más que el derecho en la prueba del escalón" in text
    assert "Preguntas de seguridad respondidas con «sí»: ¿Te duele la rodilla por la noche" in text
    assert "tobillo izquierdo peor en 8 de las últimas 8 sesiones" in text
    assert "Las últimas 5 sesiones" in text
    for english in (
        "Left / right by session",
        "Summary",
        "Name:",
        "Step test",
        "Flagged:",
        "Safety questions",
    ):
        assert english not in text


# -- the advice each session ended with ----------------------------------------


def advised_folder(data_dir: Path, later_sessions: int = 0) -> list[Session]:
    """The varied sessions (two ended with advice to see a clinician), then
    ``later_sessions`` weekly sessions without any."""
    sessions = varied_sessions()
    for week in range(later_sessions):
        sessions.append(
            build_session(
                uid=str(uuid.UUID(int=2000 + week)),
                profile="default",
                recorded_at=varied_when(len(sessions)),
                readings=[validate_reading("ankle_step", "range", 8, 8)],
            )
        )
    with open_repository(data_dir) as repository:
        for session in sessions:
            repository.save(session)
    return sessions


def day(session: Session) -> str:
    return format_day(local_time(session.recorded_at))


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_advice_comes_first_and_with_its_session(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    sessions = advised_folder(data_dir)
    advised = [s for s in sessions if s.advice]
    assert len(advised) == 2
    out = tmp_path / "report.pdf"
    with open_repository(data_dir) as repository:
        write_report(repository, "default", out, now=VARIED_NOW)
    _, text = text_of(out)
    # Before anything else, the therapist learns that advice was given, and when.
    pointer = (
        "KneeCheck advised seeing a clinician after 2 sessions, most recently on "
        f"{day(advised[-1])}. The advice is shown with the sessions below."
    )
    assert pointer in text
    assert text.index(pointer) < text.index("Summary")
    # Each session's advice, word for word, right under its date.
    for session in advised:
        assert f"{day(session)} Advice given: {flat(session.advice)}" in text
    assert "Your left side rated 8 of 10 in the step test" in text
    assert "pain in the kneeling lunge rose from 0 to 3" in text
    # A session without advice says none.
    assert f"{day(sessions[-1])} Flagged:" in text
    assert text.count("Advice given:") == 2
    assert "Earlier sessions with advice" not in text


def test_older_advice_is_not_left_out(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    sessions = advised_folder(data_dir, later_sessions=5)
    advised = [s for s in sessions if s.advice]
    out = tmp_path / "report.pdf"
    with open_repository(data_dir) as repository:
        pages = write_report(repository, "default", out, now=sessions[-1].recorded_at)
    count, text = text_of(out)
    assert count == pages <= 2
    last, earlier = text.split("Earlier sessions with advice")
    # The last five sessions had no advice; the two older ones follow under their heading.
    assert "Advice given:" not in last.split("The last 5 sessions")[1]
    for session in reversed(advised):
        assert f"{day(session)} Advice given: {flat(session.advice)}" in earlier
    assert earlier.index(day(advised[1])) < earlier.index(day(advised[0]))


def test_no_advice_no_pointer(
    qtbot: QtBot, repository: SqliteSessionRepository, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    with repository:
        write_report(repository, "Alex Runner", out, now=NOW)
    _, text = text_of(out)
    assert "advised" not in text and "Advice given" not in text


def test_the_advice_in_a_spanish_report(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    from kneeapp.ui.i18n import install_language

    advised_folder(data_dir)
    out = tmp_path / "informe.pdf"
    install_language("es")
    try:
        with open_repository(data_dir) as repository:
            write_report(repository, "default", out, now=VARIED_NOW)
    finally:
        install_language("en")
    _, text = text_of(out)
    assert (
        "KneeCheck aconsejó consultar a un profesional sanitario después de 2 sesiones, "
        "la última el 29 de abril de 2026." in text
    )
    assert text.count("Consejo dado:") == 2
