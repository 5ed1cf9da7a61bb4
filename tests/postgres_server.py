"""A real PostgreSQL server for the tests: a throwaway cluster in a temporary folder, on a
random loopback port, run as an unprivileged user (PostgreSQL refuses to run as root).

The binaries are Debian's (``apt-get install postgresql``; ``.ci/run`` installs them).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

UNPRIVILEGED_USER = "nobody"
SUPERUSER = "postgres"


def find_bin_dir() -> Path | None:
    """Where initdb and pg_ctl are: $KNEEAPP_PG_BIN, PATH, or Debian's newest version."""
    chosen = os.environ.get("KNEEAPP_PG_BIN")
    if chosen:
        return Path(chosen)
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]) if Path(path).parts[-3].isdigit() else 0,
    )
    if debian:
        return Path(debian[-1]).parent
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One PostgreSQL cluster: ``start()``, ``stop()`` (fast: clients are cut off),
    ``start()`` again on the same port, ``destroy()``."""

    def __init__(self, bin_dir: Path, *, durable: bool = False) -> None:
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="kneeapp-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = free_port()
        self._as_user: list[str] = []
        self._env = {**os.environ, "LC_ALL": "C", "HOME": str(self.root)}
        if os.geteuid() == 0:
            user = pwd.getpwnam(UNPRIVILEGED_USER)
            os.chown(self.root, user.pw_uid, user.pw_gid)
            self._as_user = [
                "setpriv",
                f"--reuid={user.pw_uid}",
                f"--regid={user.pw_gid}",
                "--clear-groups",
                "--",
            ]
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8")
        settings = [
            f"port = {self.port}",
            "listen_addresses = '127.0.0.1'",
            f"unix_socket_directories = '{self.root}'",
            "max_connections = 200",
        ]
        if not durable:  # tests: nothing to keep across a power cut
            settings += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write("\n".join(settings) + "\n")

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self._as_user, str(self.bin_dir / program), *args],
            check=True,
            env=self._env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=120,
        )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def destroy(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            if self.running():
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, user: str = SUPERUSER, database: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"


class ClinicDatabase(NamedTuple):
    """A database prepared by ``server init``, with a login of each role."""

    cluster: Cluster
    owner_url: str
    clinician_url: str
    kiosk_url: str


def create_clinic_database(cluster: Cluster, name: str) -> ClinicDatabase:
    """A new database owned by a role of its own, prepared by ``server init`` as that
    owner, with a clinician login (``desk``) and a kiosk login (``kiosk``)."""
    import psycopg

    from kneeapp.storage.postgres.migrations import CLINICIAN_ROLE, KIOSK_ROLE
    from kneeapp.storage.postgres.schema import init_server

    owner = f"{name}_owner"
    with psycopg.connect(cluster.url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE")
        admin.execute(f"CREATE DATABASE {name} OWNER {owner}")
    owner_url = cluster.url(owner, name)
    init_server(owner_url)
    with psycopg.connect(cluster.url(), autocommit=True) as admin:
        for login, role in (("desk", CLINICIAN_ROLE), ("kiosk", KIOSK_ROLE)):
            exists = admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
            if not exists.fetchone():
                admin.execute(f"CREATE ROLE {login} LOGIN IN ROLE {role}")
    return ClinicDatabase(cluster, owner_url, cluster.url("desk", name), cluster.url("kiosk", name))


def empty_clinic(database: ClinicDatabase) -> None:
    """Remove every row, keeping the schema (faster than a new database per test)."""
    import psycopg

    with psycopg.connect(database.owner_url, autocommit=True) as owner:
        owner.execute(
            "TRUNCATE kneeapp.patients, kneeapp.sessions, kneeapp.measurements, "
            "kneeapp.red_flag_answers, kneeapp.photo_marks, kneeapp.kept_photos, "
            "kneeapp.erasures, kneeapp.patient_pins, kneeapp.clinic_settings RESTART IDENTITY"
        )


@contextlib.contextmanager
def clinician_repository(database: ClinicDatabase) -> Iterator[object]:
    from kneeapp.storage.postgres.repository import PostgresSessionRepository

    with PostgresSessionRepository.connect(database.clinician_url, station="desk") as repo:
        yield repo
