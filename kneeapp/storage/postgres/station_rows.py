"""A session as the server's functions take and give it: ``add_session``'s arguments
(a station's outbox and the desk's imports add through it) and ``patient_sessions``'
rows, the one patient's sessions a kiosk may read."""

from __future__ import annotations

import base64
import json
from typing import Any

import psycopg

from kneeapp.domain.session import Session
from kneeapp.storage.stored_sessions import build_sessions


def session_arguments(session: Session, station: str) -> tuple[object, ...]:
    """The arguments of the server's ``add_session`` for ``session``."""
    readings = [
        {
            "check": r.check_id,
            "measure": r.measure_id,
            "left": r.left,
            "right": r.right,
            "left_skip": None if r.left_skip is None else r.left_skip.value,
            "right_skip": None if r.right_skip is None else r.right_skip.value,
        }
        for r in session.readings
    ]
    photos = [
        {
            "check": e.check_id,
            "measure": e.measure_id,
            "side": e.side.value,
            "marks": e.marks_to_dict(),
            "images": [
                None if image is None else base64.b64encode(image).decode("ascii")
                for image in e.images
            ],
        }
        for e in session.photos
    ]
    return (
        session.uid,
        session.profile,
        station,
        session.recorded_at,
        session.note,
        session.advice,
        json.dumps(readings),
        json.dumps({flag: bool(answer) for flag, answer in session.red_flags.items()}),
        json.dumps(photos),
    )


def patient_sessions(connection: psycopg.Connection[Any], name: str) -> list[Session]:
    """One patient's sessions as a kiosk may read them (the server's patient_sessions)."""

    rows = connection.execute(
        "SELECT uid::text, recorded_at, note, advice, readings, red_flags, photos "
        "FROM patient_sessions(%s)",
        (name,),
    ).fetchall()
    return build_sessions(
        [
            (n, uid, name, when, note, advice)
            for n, (uid, when, note, advice, *_) in enumerate(rows)
        ],
        [(n, *cells) for n, row in enumerate(rows) for cells in row[4]],
        [(n, flag, answer) for n, row in enumerate(rows) for flag, answer in row[5].items()],
        [(n, *found[:4]) for n, row in enumerate(rows) for found in row[6]],
        [
            (n, *found[:3], int(position), base64.b64decode(image))
            for n, row in enumerate(rows)
            for found in row[6]
            for position, image in found[4]
        ],
    )


ADD_SESSION = "SELECT add_session(%s, %s, %s, %s, %s, %s, %s::jsonb, %s::jsonb, %s::jsonb)"
