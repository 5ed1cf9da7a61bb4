"""Saves sessions in a loop until killed; used by the crash tests.

Started once, it reads one line per round on stdin: "go" forks a child that keeps
saving into the data folder given as argv[1] until the test kills it; the parent
answers with the child's PID. Forking skips Python start-up, so hundreds of kills
take seconds. Each child appends a line to acks.log after each step returns:
"draft <uid>" (draft kept), "saved <uid>" (session committed), "cleared <uid>".
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

from kneeapp.domain.asymmetry import Side
from kneeapp.domain.draft import SessionDraft
from kneeapp.domain.red_flags import RED_FLAGS
from kneeapp.paths import database_path, ensure_data_dir
from kneeapp.storage.database import connect
from kneeapp.storage.drafts import SqliteDraftStore
from kneeapp.storage.startup import ReopenableRepository

PROFILE = "default"
CHECKS = ("ankle_step", "kneeling_lunge")


def child(data_dir: Path) -> None:
    log = os.open(data_dir.parent / "acks.log", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    database = database_path(ensure_data_dir(data_dir))
    repository = ReopenableRepository(connect(database), database)
    drafts = SqliteDraftStore(lambda: repository.connection, database)
    counter = 0
    while True:
        counter += 1
        draft = SessionDraft(CHECKS)
        draft.red_flags = {flag.id: False for flag in RED_FLAGS}
        for check in draft.checks:  # every side rated, but the optional distance
            for check_measure in check.measures:
                if not check_measure.optional:
                    for side in Side:
                        draft.set_value(check.id, check_measure.id, side, float(counter % 11))
        draft.note = f"round {counter}"
        drafts.keep(PROFILE, draft, 3)
        os.write(log, f"draft {draft.uid}\n".encode())
        repository.save(draft.to_session(PROFILE, datetime.now(UTC)))
        os.write(log, f"saved {draft.uid}\n".encode())
        drafts.discard(PROFILE)
        os.write(log, f"cleared {draft.uid}\n".encode())


def main() -> None:
    data_dir = Path(sys.argv[1])
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                child(data_dir)
            finally:
                os._exit(1)
        print(pid, flush=True)
        os.waitpid(pid, 0)  # the test kills it
        print("reaped", flush=True)


if __name__ == "__main__":
    main()
