"""``kneeapp server init``, and export and import with a clinic server, run for real."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import psycopg

from kneeapp.storage.csv_write import write_csv
from kneeapp.storage.postgres.migrations import SCHEMA_VERSION
from tests.clinic.stations import make_session, server_uids, silent_server, station, wait_until_sent
from tests.postgres_server import ClinicDatabase, Cluster
from tests.test_cli import run


def test_server_init_creates_then_finds_the_schema_up_to_date(postgres_cluster: Cluster) -> None:
    with psycopg.connect(postgres_cluster.url(), autocommit=True) as admin:
        admin.execute("CREATE ROLE newclinic_owner LOGIN CREATEROLE")
        admin.execute("CREATE DATABASE newclinic OWNER newclinic_owner")
    url = postgres_cluster.url("newclinic_owner", "newclinic")
    first = run("server", "init", url)
    assert first.returncode == 0, first.stderr
    assert f"now at version {SCHEMA_VERSION} (it was at 0)" in first.stdout
    assert "hostssl  newclinic  +kneeapp_kiosk  192.168.1.0/24  scram-sha-256" in first.stdout
    assert "hostnossl  newclinic  all  0.0.0.0/0  reject" in first.stdout
    again = run("server", "init", url)
    assert again.returncode == 0, again.stderr
    assert f"up to date (version {SCHEMA_VERSION})" in again.stdout
    with psycopg.connect(url) as owner:
        assert owner.execute("SELECT version FROM kneeapp.schema_migrations").fetchall() == [
            (version,) for version in range(1, SCHEMA_VERSION + 1)
        ]


def test_server_init_on_no_server_says_so() -> None:
    with silent_server() as url:
        result = run("server", "init", url.replace("kiosk@", "owner@"))
    assert result.returncode == 1
    assert "cannot be reached" in result.stderr


def test_export_with_a_server_reads_every_patient_of_the_clinic(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    for number, name in enumerate(("Ana", "Ben")):
        with station(tmp_path / name, clinic_database.kiosk_url, f"kiosk-{name}") as kiosk:
            kiosk.local.save(make_session(number, name))
            wait_until_sent(kiosk.sender)
    out = tmp_path / "clinic.csv"
    result = run(
        "export",
        "--out",
        out,
        "--server",
        clinic_database.clinician_url,
        data_dir=tmp_path / "desk",
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {row["profile"] for row in rows} == {"Ana", "Ben"}


def test_import_with_a_server_sends_through_this_computers_outbox(
    clinic_database: ClinicDatabase, tmp_path: Path
) -> None:
    sessions = [make_session(number, "Ana") for number in range(3)]
    file = tmp_path / "in.csv"
    with file.open("w", encoding="utf-8", newline="") as stream:
        write_csv(sessions, stream)
    result = run("--server", clinic_database.kiosk_url, "import", file, data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "Every session has reached the clinic server." in result.stdout
    assert sorted(server_uids(clinic_database.owner_url)) == sorted(s.uid for s in sessions)


def test_import_with_the_server_down_says_how_many_wait(tmp_path: Path) -> None:
    file = tmp_path / "in.csv"
    with file.open("w", encoding="utf-8", newline="") as stream:
        write_csv([make_session(1), make_session(2)], stream)
    with silent_server() as url:
        result = run("--server", url, "import", file, data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert "2 sessions still waiting to reach the clinic server" in result.stderr


WITHOUT_PSYCOPG = """
import sys
class NoPsycopg:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("psycopg", "psycopg_pool"):
            raise ImportError("not installed")
sys.meta_path.insert(0, NoPsycopg())
from kneeapp import cli
sys.exit(cli.main(sys.argv[1:]))
"""


def test_without_the_clinic_extra_the_command_says_what_to_install(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.test_cli import REPO_ROOT

    for args in (
        ["server", "init", "postgresql://owner@127.0.0.1:1/kneeapp"],
        [
            "--data-dir",
            str(tmp_path),
            "--server",
            "postgresql://k@127.0.0.1:1/kneeapp",
            "export",
            "--out",
            str(tmp_path.parent / "out.csv"),
        ],
    ):
        result = subprocess.run(
            [sys.executable, "-c", WITHOUT_PSYCOPG, *args],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 1, result.stderr
        assert "install kneeapp[clinic]" in result.stderr
