"""The kneeapp command, run for real in a separate process."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from kneeapp import __version__
from kneeapp.domain.session import Session, build_session, validate_reading
from kneeapp.storage.csv_columns import HEADER
from kneeapp.storage.csv_write import write_csv

REPO_ROOT = Path(__file__).resolve().parent.parent
HEADER_LINE = ",".join(HEADER)


def run(*args: str | Path, data_dir: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("KNEEAPP_DATA_DIR", None)
    if data_dir is not None:
        env["KNEEAPP_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "kneeapp", *map(str, args)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def sessions() -> list[Session]:
    start = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)
    return [
        build_session(
            uid=f"00000000-0000-4000-8000-00000000000{index}",
            profile=profile,
            recorded_at=start + timedelta(days=index),
            readings=[
                validate_reading("ankle_step", "range", 6, 9 - index),
                validate_reading("ankle_step", "pain", index, 0),
                validate_reading("kneeling_lunge", "range", 5, 7.0),
                validate_reading("kneeling_lunge", "pain", 0, 0),
            ],
            note=f'week {index}, felt "ok"\nnext line' if index else "",
        )
        for index, profile in enumerate(["default", "Ana", "default"])
    ]


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        write_csv(sessions(), stream)
    return path


def session_rows(database: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(database)
    try:
        return (
            connection.execute(
                "SELECT uid, profile_id, recorded_at, note FROM sessions ORDER BY uid"
            ).fetchall()
            + connection.execute(
                "SELECT * FROM measurements ORDER BY session_id, check_id, measure_id"
            ).fetchall()
        )
    finally:
        connection.close()


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"kneeapp {__version__}\n"


def test_export_of_an_empty_folder_is_the_header_alone(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run("export", "--out", out, data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == HEADER_LINE + "\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    # Only the exported file: no temporary file is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.csv"]


def test_import_then_export_reproduces_the_file(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    result = run("import", csv_file, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Imported 3 sessions (0 already present).\n"
        "Added to: Ana (1), Main profile (2). KneeCheck's start screen lets you choose whose "
        "to see.\n"
    )

    out = tmp_path / "out.csv"
    result = run("export", "--out", out, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == csv_file.read_bytes()

    result = run("export", "--out", out, "--profile", "Ana", data_dir=data)
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER_LINE
    assert all(",Ana," in line for line in lines[1:] if line.startswith("0000"))


def test_reimport_adds_nothing(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    assert run("import", csv_file, data_dir=data).returncode == 0
    before = session_rows(data / "kneeapp.sqlite3")
    result = run("import", csv_file, data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Imported 0 sessions (3 already present).\n"
    assert session_rows(data / "kneeapp.sqlite3") == before


def test_an_import_first_backs_up_what_is_there(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    assert run("import", csv_file, data_dir=data).returncode == 0
    assert run("import", csv_file, data_dir=data).returncode == 0
    copies = sorted((data / "backups").glob("*-before-import.sqlite3"))
    # The first import had nothing to back up yet; the second copied the three sessions.
    assert len(copies) == 1
    assert len(session_rows(copies[0])) == len(session_rows(data / "kneeapp.sqlite3"))


def test_a_broken_file_changes_nothing(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    assert run("import", csv_file, data_dir=data).returncode == 0
    database = data / "kneeapp.sqlite3"
    before = session_rows(database)

    # New sessions, all good but one row: pain 11 on the fourth line.
    text = csv_file.read_text(encoding="utf-8").replace(
        "00000000-0000-4000-8000", "11111111-1111-4111-8111"
    )
    lines = text.split("\n")
    assert ",ankle_step,pain,nprs_0_10,0,0," in lines[2]
    lines[2] = lines[2].replace(
        ",ankle_step,pain,nprs_0_10,0,0,", ",ankle_step,pain,nprs_0_10,11,0,"
    )
    broken = tmp_path / "broken.csv"
    broken.write_text("\n".join(lines), encoding="utf-8")

    result = run("import", broken, data_dir=data)
    assert result.returncode == 2
    assert f"{broken}:3: Left side: The pain must be between 0 and 10" in result.stderr
    assert "Imported" not in result.stdout
    assert session_rows(database) == before
    connection = sqlite3.connect(database)
    try:
        assert connection.execute("SELECT COUNT(*) FROM sessions").fetchone() == (3,)
    finally:
        connection.close()


def test_import_of_a_missing_file(tmp_path: Path) -> None:
    result = run("import", tmp_path / "nowhere.csv", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "Cannot read" in result.stderr
    assert "nowhere.csv" in result.stderr


def test_pdf_report_of_one_profile(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    assert run("import", csv_file, data_dir=data).returncode == 0
    out = tmp_path / "report.pdf"
    result = run("export", "--out", out, "--format", "pdf", "--profile", "default", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Saved the report for Main profile (")
    assert result.stdout.endswith(f" to {out}.\n")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Main profile" in text and "Step test" in text and "Kneeling lunge" in text
    assert "default" not in text
    # The name shown works as well as the stored one.
    result = run(
        "export", "--out", out, "--format", "pdf", "--profile", "main PROFILE", data_dir=data
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_pdf_report_needs_a_profile_when_there_are_several(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    assert run("import", csv_file, data_dir=data).returncode == 0
    out = tmp_path / "report.pdf"
    result = run("export", "--out", out, "--format", "pdf", data_dir=data)
    assert result.returncode == 2
    assert "add --profile (Ana, Main profile)" in result.stderr
    assert not out.exists()


def test_export_of_an_unknown_profile(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run("export", "--out", out, "--profile", "nobody", data_dir=tmp_path / "data")
    assert result.returncode == 2
    assert "no profile named 'nobody'" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("position", ["before", "after"])
def test_data_dir_before_or_after_the_subcommand(
    tmp_path: Path, csv_file: Path, position: str
) -> None:
    chosen, from_env = tmp_path / "chosen", tmp_path / "from-env"
    flag = ["--data-dir", str(chosen)]
    args = (
        [*flag, "import", str(csv_file)]
        if position == "before"
        else ["import", str(csv_file), *flag]
    )
    result = run(*args, data_dir=from_env)
    assert result.returncode == 0, result.stderr
    assert (chosen / "kneeapp.sqlite3").exists()
    assert not from_env.exists()

    out = tmp_path / "out.csv"
    args = (
        [*flag, "export", "--out", str(out)]
        if position == "before"
        else ["export", "--out", str(out), *flag]
    )
    result = run(*args, data_dir=from_env)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == csv_file.read_bytes()


def test_subcommands_do_not_load_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from kneeapp.cli import main\n"
        f"code = main(['export', '--out', {str(tmp_path / 'out.csv')!r}])\n"
        "assert code == 0, code\n"
        "assert not any(name.startswith(('PySide6', 'shiboken6')) for name in sys.modules)\n"
    )
    env = dict(os.environ, KNEEAPP_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_pdf_report_follows_the_language_setting(tmp_path: Path, csv_file: Path) -> None:
    data = tmp_path / "data"
    assert run("import", csv_file, data_dir=data).returncode == 0
    (data / "settings.json").write_text('{"display": {"language": "es"}}', encoding="utf-8")
    out = tmp_path / "informe.pdf"
    result = run("export", "--out", out, "--format", "pdf", "--profile", "default", data_dir=data)
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Prueba del escalón" in text and "Izquierda / derecha por sesión" in text
    assert "Step test" not in text
