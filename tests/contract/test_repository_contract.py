"""What every session store promises, run against each engine (see conftest.ENGINES)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kneeapp.domain.angles import AngleKind, Landmark, PhotoMarks, Point, Reference
from kneeapp.domain.asymmetry import Side
from kneeapp.domain.photo_evidence import PhotoEvidence
from kneeapp.domain.repository import ImportConflict, SessionRepository, StorageError
from kneeapp.domain.session import Session, build_session, new_session_uid, validate_reading
from kneeapp.domain.trends import SeriesPoint
from kneeapp.exchange.formats import ExportJob
from kneeapp.exporters import CSV

START = datetime(2024, 5, 1, 7, 30, tzinfo=UTC)


def make_session(minutes: int = 0, *, profile: str = "Ana", left: float = 6) -> Session:
    return build_session(
        uid=new_session_uid(),
        profile=profile,
        recorded_at=START + timedelta(minutes=minutes),
        readings=[
            validate_reading("ankle_step", "range", left, 8),
            validate_reading("ankle_step", "pain", 2, 0),
            validate_reading("ankle_step", "knee_to_wall", 7.5, 10),
            validate_reading("kneeling_lunge", "range", 5, 5),
            validate_reading("kneeling_lunge", "pain", 0, 3),
        ],
        red_flags={"hot_swollen": False},
    )


def test_save_then_get_is_exact(repository: SessionRepository) -> None:
    session = build_session(
        uid=new_session_uid(),
        profile="Ana",
        recorded_at=datetime(2024, 5, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2))),
        readings=[
            validate_reading("ankle_step", "range", 6, 8),
            validate_reading("ankle_step", "pain", 2, 0),
            validate_reading("ankle_step", "knee_to_wall", 24.5, 0),
            validate_reading("single_leg_squat", "drift", 0, 2),
            validate_reading("single_leg_squat", "pain", 1, 1),
            validate_reading("single_leg_bridge", "reps", 100, 37),
            validate_reading("single_leg_bridge", "pain", 10, 0),
        ],
        note='Ran 10 km; "sharp" twinge,\nthen fine. Ünïcödé ✓',
        red_flags={"hot_swollen": False, "night_rest_pain": True},
        advice="See a clinician.",
    )
    repository.save(session)
    stored = repository.get(session.uid)
    assert stored == session
    assert stored is not None and stored.recorded_at.utcoffset() == timedelta(0)
    assert repository.get(new_session_uid()) is None


def test_sides_without_a_value_come_back_without_one(repository: SessionRepository) -> None:
    session = build_session(
        uid=new_session_uid(),
        profile="Ana",
        recorded_at=START,
        readings=[
            validate_reading("ankle_step", "range", None, 8, "too_painful", None),
            validate_reading("ankle_step", "pain", 2, None),  # the right side not rated
            validate_reading("kneeling_lunge", "range", None, None, "not_done", "could_not"),
        ],
    )
    repository.save(session)
    assert repository.get(session.uid) == session
    [point] = repository.series("Ana", [("ankle_step", "range")])[("ankle_step", "range")]
    assert (point.left, point.right) == (None, 8.0)


def test_saving_a_stored_uid_is_refused(repository: SessionRepository) -> None:
    session = make_session()
    repository.save(session)
    with pytest.raises(StorageError):
        repository.save(session)
    assert repository.count() == 1


def test_list_latest_and_iter_follow_time_per_profile(repository: SessionRepository) -> None:
    old, new, middle = make_session(0), make_session(60), make_session(30)
    other = make_session(45, profile="Ben")
    for session in (old, new, other, middle):
        repository.save(session)
    assert repository.list_sessions("Ana") == [new, middle, old]
    assert repository.list_sessions("Ben") == [other]
    assert repository.list_sessions("nobody") == []
    assert repository.latest("Ana") == new
    assert repository.latest("nobody") is None
    assert list(repository.iter_sessions()) == [old, middle, other, new]
    assert list(repository.iter_sessions("Ana")) == [old, middle, new]


def test_counts_and_profiles(repository: SessionRepository) -> None:
    assert repository.count() == 0
    assert repository.profiles() == []
    for minutes, profile in ((0, "Ben"), (1, "Ana"), (2, "Ben")):
        repository.save(make_session(minutes, profile=profile))
    assert repository.count() == 3
    assert repository.count("Ben") == 2
    assert repository.count("nobody") == 0
    assert repository.profiles() == ["Ana", "Ben"]


def test_profiles_keep_their_details_and_counts(repository: SessionRepository) -> None:
    from kneeapp.domain.profiles import ProfileDetails

    repository.save(make_session(0, profile="Ana"))
    repository.update_profile("Ana", ProfileDetails("Ana G.", 1990, "left", 25.5))
    repository.update_profile("Ben", ProfileDetails("Ben"))  # no session yet
    ana = repository.profile("Ana")
    assert ana is not None
    assert ana.details == ProfileDetails("Ana G.", 1990, "left", 25.5)
    assert ana.sessions == 1 and ana.uid
    assert [(p.name, p.sessions) for p in repository.profile_list()] == [("Ana", 1), ("Ben", 0)]
    assert repository.profile("nobody") is None


def test_pages_are_newest_first(repository: SessionRepository) -> None:
    saved = [make_session(minutes) for minutes in range(7)]
    repository.import_sessions(saved)
    newest_first = list(reversed(saved))
    assert repository.session_page("Ana", 0, 3) == newest_first[:3]
    assert repository.session_page("Ana", 3, 3) == newest_first[3:6]
    assert repository.session_page("Ana", 6, 3) == newest_first[6:]
    assert repository.session_page("Ana", 9, 3) == []
    assert repository.session_page("nobody", 0, 3) == []


def test_series_since_and_thinned(repository: SessionRepository) -> None:
    saved = [make_session(minutes, left=minutes % 11) for minutes in range(150)]
    repository.import_sessions(saved)
    repository.save(make_session(500, profile="Ben", left=1))
    key = ("ankle_step", "range")
    series = repository.series("Ana", [key, ("single_leg_bridge", "reps")])
    assert series[("single_leg_bridge", "reps")] == []
    assert series[key] == [
        SeriesPoint(s.recorded_at.timestamp(), s.readings[0].left, 8.0) for s in saved
    ]
    since = repository.series("Ana", [key], START + timedelta(minutes=140))
    assert [p.left for p in since[key]] == [m % 11 for m in range(140, 150)]
    thinned = repository.series("Ana", [key], max_points=20)[key]
    assert 100 < len(thinned) < 150
    assert thinned[0] == series[key][0]  # the first point stays
    assert thinned[-100:] == series[key][-100:]  # the newest stay exact


def test_import_adds_each_session_once(repository: SessionRepository) -> None:
    first = [make_session(0), make_session(1, profile="Ben")]
    assert repository.import_sessions(first) == 2
    assert repository.import_sessions([*first, make_session(2)]) == 1
    assert repository.count() == 3


def test_an_import_clashing_with_a_stored_session_adds_nothing(
    repository: SessionRepository,
) -> None:
    stored = make_session(0)
    repository.save(stored)
    clash = stored._replace(note="another session under the same id")
    with pytest.raises(ImportConflict) as raised:
        repository.import_sessions([make_session(1), clash])
    assert raised.value.uids == [stored.uid]
    assert repository.count() == 1  # the new one was not added either
    assert repository.import_sessions([stored]) == 0  # the same session: left alone


def test_export_writes_every_session(repository: SessionRepository, tmp_path: Path) -> None:
    repository.import_sessions([make_session(0), make_session(1, profile="Ben")])
    out = tmp_path / "all.csv"
    assert CSV.write(ExportJob(repository, None, out, datetime.now(UTC))) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {row["profile"] for row in rows} == {"Ana", "Ben"}
    ben = tmp_path / "ben.csv"
    assert CSV.write(ExportJob(repository, "Ben", ben, datetime.now(UTC))) == 1


def test_delete_and_note(repository: SessionRepository) -> None:
    kept, gone = make_session(0), make_session(1)
    repository.import_sessions([kept, gone])
    assert repository.delete(gone.uid) is True
    assert repository.delete(gone.uid) is False
    repository.update_note(kept.uid, "felt better")
    stored = repository.get(kept.uid)
    assert stored is not None and stored.note == "felt better"
    with pytest.raises(StorageError):
        repository.update_note(gone.uid, "lost")


def test_erase_a_profile_then_everything(repository: SessionRepository) -> None:
    repository.import_sessions([make_session(0), make_session(1, profile="Ben")])
    assert repository.erase_profile("Ana") is True
    assert repository.erase_profile("Ana") is False
    assert repository.profiles() == ["Ben"]
    assert repository.count() == 1
    repository.erase_all()
    assert repository.count() == 0
    assert repository.profiles() == []


def test_profiles_carry_their_details_and_counts(repository: SessionRepository) -> None:
    from kneeapp.domain.profiles import Profile, ProfileDetails

    imported = [_contract_session(index, "Carmen" if index else "default") for index in range(3)]
    added = repository.import_by_profile(
        imported, [Profile("Carmen", "Carmen Ruiz", 1980, "right", 20.0, uid=CARMEN_UID)]
    )
    assert added == {"Carmen": 2, "default": 1}
    assert repository.import_by_profile(imported) == {}
    carmen = repository.profile("Carmen")
    assert carmen is not None and carmen.uid == CARMEN_UID and carmen.sessions == 2
    assert carmen.details == ProfileDetails("Carmen Ruiz", 1980, "right", 20.0)
    repository.update_profile("default", ProfileDetails("Ana", None, "left", None))
    assert [(p.name, p.display_name, p.sessions) for p in repository.profile_list()] == [
        ("Carmen", "Carmen Ruiz", 2),
        ("default", "Ana", 1),
    ]
    # A file naming a known profile uid under another name adds to the profile kept here.
    renamed = Profile("Someone else", uid=CARMEN_UID)
    later = _contract_session(7, "Someone else")
    assert repository.import_by_profile([later], [renamed]) == {"Carmen": 1}


CARMEN_UID = "5b0e8c1e-2f43-4c5a-9d2e-7a1b3c4d5e6f"


def _contract_session(index: int, profile: str) -> Session:
    return build_session(
        uid=f"00000000-0000-4000-8000-0000000001{index:02d}",
        profile=profile,
        recorded_at=datetime(2026, 1, 1, 8, tzinfo=UTC) + timedelta(days=index),
        readings=[
            validate_reading("ankle_step", "range", 6, 8),
            validate_reading("ankle_step", "pain", 1, 0),
        ],
    )


def shin_photos(side: str, knee_x: float, *, image: bytes | None = None) -> PhotoEvidence:
    """A side's shin angle from two photos: a marked vertical on the second."""
    first = PhotoMarks(
        AngleKind.SHIN,
        {Landmark.ANKLE: Point(500.0, 900.0), Landmark.KNEE: Point(knee_x, 500.25)},
        3000,
        4000,
    )
    second = PhotoMarks(
        AngleKind.SHIN,
        {Landmark.ANKLE: Point(510.5, 905.0), Landmark.KNEE: Point(knee_x + 4, 505.0)},
        4000,
        3000,
        Reference((Point(100.0, 50.0), Point(104.0, 950.0))),
    )
    images = () if image is None else (image, None)
    return PhotoEvidence("ankle_step", "shin_angle", Side(side), (first, second), "0.1.0", images)


def test_photo_angles_keep_their_marks_and_only_the_photos_kept(
    repository: SessionRepository,
) -> None:
    photo = bytes(range(256)) * 40  # any bytes: the file as it was
    left, right = shin_photos("left", 800.0, image=photo), shin_photos("right", 650.0)
    left_mean, right_mean = left.summary(), right.summary()
    assert left_mean is not None and right_mean is not None
    session = build_session(
        uid=new_session_uid(),
        profile="Ana",
        recorded_at=START,
        readings=[
            validate_reading("ankle_step", "range", 6, 8),
            validate_reading("ankle_step", "shin_angle", left_mean.mean, right_mean.mean),
            validate_reading("knee_extension", "knee_angle", None, 4.5),
        ],
        photos=[right, left],
    )
    repository.save(session)
    stored = repository.get(session.uid)
    assert stored == session
    assert stored is not None
    kept = stored.photo_evidence("ankle_step", "shin_angle", Side.LEFT)
    assert kept is not None and kept.images == (photo, None)
    assert kept.photos[1].reference.line == (Point(100.0, 50.0), Point(104.0, 950.0))
    assert kept.marks_to_dict()["app_version"] == "0.1.0"
    other = stored.photo_evidence("ankle_step", "shin_angle", Side.RIGHT)
    assert other is not None and other.images == ()
    [point] = repository.series("Ana", [("ankle_step", "shin_angle")])[("ankle_step", "shin_angle")]
    assert (point.left, point.right) == (left_mean.mean, right_mean.mean)
    # Deleting the session deletes its marks and photos with it.
    assert repository.delete(session.uid)
    assert repository.get(session.uid) is None


def test_a_session_rated_only_on_the_sliders_needs_no_photo(
    repository: SessionRepository,
) -> None:
    session = make_session()
    repository.save(session)
    stored = repository.get(session.uid)
    assert stored is not None and stored.photos == ()
