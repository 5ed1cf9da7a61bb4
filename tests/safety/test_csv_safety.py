"""The CSV exchange against hostile or unlucky files: impossible dates, spreadsheet
formulas, lone carriage returns, sessions that clash with stored ones, huge files."""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kneeapp.domain.session import Session, build_session, validate_reading
from kneeapp.storage.csv_columns import HEADER_WITHOUT_SKIPPED
from kneeapp.storage.csv_read import CsvImportError, read_csv
from kneeapp.storage.csv_write import write_csv
from kneeapp.storage.sessions import open_repository

ROOT = Path(__file__).resolve().parents[2]
# Hand-written rows in the 13-column format of files made before `skipped`.
HEADER_LINE = ",".join(HEADER_WITHOUT_SKIPPED)
UID_A = "0b7d3c2e-1f4a-4b6c-8d9e-0a1b2c3d4e5f"
UID_B = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"


def run(*args: str | Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KNEEAPP_DATA_DIR=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "kneeapp", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def session(uid: str = UID_A, *, profile: str = "Ana", note: str = "", pain: int = 2) -> Session:
    return build_session(
        uid=uid,
        profile=profile,
        recorded_at=datetime(2024, 5, 1, 7, 30, tzinfo=UTC),
        readings=[
            validate_reading("ankle_step", "range", 6, 9),
            validate_reading("ankle_step", "pain", pain, 0),
        ],
        note=note,
    )


def to_text(sessions: list[Session]) -> str:
    stream = io.StringIO(newline="")
    write_csv(sessions, stream)
    return stream.getvalue()


def problems_of(text: str) -> list[tuple[int, str]]:
    with pytest.raises(CsvImportError) as raised:
        read_csv(io.BytesIO(text.encode("utf-8")))
    return raised.value.problems


def rows_at(moment: str, uid: str = UID_A) -> str:
    prefix = f"{uid},Ana,{moment}"
    return (
        f"{HEADER_LINE}\n{prefix},ankle_step,range,score_0_10,6,9,,,,,\n"
        f"{prefix},ankle_step,pain,nprs_0_10,2,0,,,,,\n"
    )


# Point 3: only plausible dates


@pytest.mark.parametrize(
    "moment",
    ["9999-12-31T23:00:00+00:00", "0001-01-01T00:30:00-05:00", "1899-12-31T23:59:59+00:00"],
)
def test_implausible_dates_are_refused_with_their_line(moment: str) -> None:
    problems = problems_of(rows_at(moment))
    assert [line for line, _ in problems] == [2, 3]
    assert "1900" in problems[0][1]


def test_a_date_after_tomorrow_is_refused_and_today_is_accepted() -> None:
    later = (datetime.now(UTC) + timedelta(days=2)).isoformat()
    assert problems_of(rows_at(later))
    now = datetime.now(UTC).isoformat()
    assert len(read_csv(io.BytesIO(rows_at(now).encode()))) == 1
    assert len(read_csv(io.BytesIO(rows_at("1900-01-01T00:00:00+00:00").encode()))) == 1


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/New_York"])
def test_dates_at_the_ends_of_the_calendar_do_not_break_the_words_for_them(
    zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from kneeapp.domain.dates import format_moment
    from kneeapp.domain.guidance import recheck_reminder

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        far = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)
        early = datetime(1, 1, 1, 0, 0, tzinfo=UTC)
        assert "December 9999" in format_moment(far)
        assert "January 1," in format_moment(early)
        assert recheck_reminder(far, far)
        assert recheck_reminder(early, datetime.now(UTC))
    finally:
        monkeypatch.undo()
        time.tzset()


def test_a_stored_far_future_session_still_exports_as_a_pdf(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        repository.save(session())
    connection = sqlite3.connect(data / "kneeapp.sqlite3")
    with connection:
        connection.execute("UPDATE sessions SET recorded_at = '9999-12-31T23:59:00.000000+00:00'")
    connection.close()
    out = tmp_path / "r.pdf"
    env_tz = {"TZ": "Asia/Tokyo"}
    result = subprocess.run(
        [sys.executable, "-m", "kneeapp", "export", "--format", "pdf", "--out", str(out)],
        cwd=ROOT,
        env=dict(os.environ, KNEEAPP_DATA_DIR=str(data), **env_tz),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_bytes().startswith(b"%PDF")


# Point 8: formulas neutralised on export, restored on import; lone CR


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://x")',
        "+1",
        "-2",
        "@SUM(A1)",
        "\tx",
        "'=already quoted",
        "''+twice",
        "'plain",
    ],
)
def test_formula_cells_are_neutralised_and_come_back_unchanged(text: str) -> None:
    original = session(note=text, profile="Ana" + text if text[0] != "\t" else "Ana")
    exported = to_text([original])
    rows = exported.splitlines()[1:]
    for row in rows:
        cells = next(iter(__import__("csv").reader([row])))
        for cell in (cells[1], cells[12]):
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    back = read_csv(io.BytesIO(exported.encode()))
    assert back[0].note == original.note
    assert back[0].profile == original.profile


def test_a_note_starting_with_a_formula_character_is_quoted_in_the_file() -> None:
    exported = to_text([session(note="=1+1", profile="@Ana")])
    assert ",'@Ana," in exported
    assert ",'=1+1" in exported


def test_a_note_with_a_lone_carriage_return_round_trips() -> None:
    for note in ("before\rafter", "a\r\nb", "\r", "end\r"):
        back = read_csv(io.BytesIO(to_text([session(note=note)]).encode()))
        assert back[0].note == note


def test_a_lone_carriage_return_round_trips_through_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        repository.save(session(note="first\rsecond"))
    out = tmp_path / "out.csv"
    assert run("export", "--out", out, data_dir=data).returncode == 0
    other = tmp_path / "other"
    result = run("import", out, data_dir=other)
    assert result.returncode == 0, result.stderr
    with open_repository(other) as repository:
        stored = repository.get(UID_A)
        assert stored is not None and stored.note == "first\rsecond"


# Point 12: conflicts reported with line numbers; no phantom profile


def test_a_session_stored_with_other_contents_is_reported_and_nothing_is_added(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        repository.save(session(UID_A, profile="Ana", pain=2))
    incoming = tmp_path / "in.csv"
    incoming.write_text(
        to_text([session(UID_B, profile="Ben"), session(UID_A, profile="Zoe", pain=5)]),
        encoding="utf-8",
    )
    result = run("import", incoming, data_dir=data)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"{incoming}:4:" in result.stderr
    assert UID_A in result.stderr
    assert "Nothing was imported" in result.stderr
    with open_repository(data) as repository:
        assert repository.profiles() == ["Ana"]  # no phantom "Zoe", and no "Ben"
        assert repository.count() == 1


def test_an_identical_session_is_still_counted_as_already_present(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        repository.save(session(UID_A))
    incoming = tmp_path / "in.csv"
    incoming.write_text(to_text([session(UID_A), session(UID_B)]), encoding="utf-8")
    result = run("import", incoming, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Imported 1 session (1 already present).\n" in result.stdout


def test_only_present_sessions_add_no_profile(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with open_repository(data) as repository:
        repository.save(session(UID_A, profile="Ana"))
        assert repository.import_sessions([session(UID_A, profile="Ana")]) == 0
        assert repository.profiles() == ["Ana"]


# Point 15: bounded reports, bounded memory, /dev/zero


def test_a_million_bad_rows_print_at_most_fifty_lines_and_a_count(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    with bad.open("w", encoding="utf-8") as stream:
        stream.write(HEADER_LINE + "\n")
        row = f"{UID_A},Ana,2024-05-01T07:30:00+00:00,ankle_step,range,score_0_10,60,9,,,,,\n"
        stream.write(row * 200_000)
    data = tmp_path / "data"
    result = run("import", bad, data_dir=data)
    assert result.returncode == 2
    progress = [line for line in result.stderr.splitlines() if line.startswith("Reading ")]
    assert progress[-1] == "Reading bad.csv: 100 %"  # a long import says how far it is
    lines = [line for line in result.stderr.splitlines() if line not in progress]
    assert len(lines) <= 51, len(lines)
    assert "problems; the first 50 are shown above" in lines[-1], lines[-3:]
    assert not (data / "kneeapp.sqlite3").exists() or open_repository(data).count() == 0


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_importing_dev_zero_is_refused_plainly(tmp_path: Path) -> None:
    result = run("import", "/dev/zero", data_dir=tmp_path / "data")
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert "MemoryError" not in result.stderr
    assert "not a KneeCheck" in result.stderr


def test_rows_far_apart_still_make_one_session_through_the_staging() -> None:
    text = to_text([session(UID_A), session(UID_B)])
    header, a1, a2, b1, b2 = text.splitlines()
    sessions = read_csv(io.BytesIO("\n".join([header, a1, b1, b2, a2, ""]).encode()))
    assert [s.uid for s in sessions] == [UID_A, UID_B]
    assert len(sessions[0].readings) == 2
