"""The CSV exchange format: exact round trips and every kind of bad line, by line number."""

from __future__ import annotations

import contextlib
import io
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kneeapp.domain.session import Session, build_session, validate_reading
from kneeapp.domain.validation import ValidationError
from kneeapp.storage.csv_columns import HEADER, HEADER_WITHOUT_SKIPPED

# The hand-written files below are in the format before `skipped` (13 columns), which
from kneeapp.storage.csv_read import CsvImportError, read_csv

# The hand-written files below are in the format before `skipped` (13 columns), which
from kneeapp.storage.csv_write import write_csv

# The hand-written files below are in the format before `skipped` (13 columns), which
# must keep importing; files KneeCheck writes have the 14 columns of HEADER.
HEADER_LINE = ",".join(HEADER_WITHOUT_SKIPPED)
WRITTEN_HEADER = ",".join(HEADER)
UID_A = "0b7d3c2e-1f4a-4b6c-8d9e-0a1b2c3d4e5f"
UID_B = "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d"


def session_a() -> Session:
    return build_session(
        uid=UID_A,
        profile="default",
        recorded_at=datetime(2024, 5, 1, 7, 30, tzinfo=UTC),
        readings=[
            validate_reading("ankle_step", "range", 6, 9),
            validate_reading("ankle_step", "pain", 2, 0),
            validate_reading("ankle_step", "knee_to_wall", 7.5, 10),
            validate_reading("single_leg_squat", "drift", 0, 2),
            validate_reading("single_leg_squat", "pain", 1, 1),
        ],
        note='Ran 10 km, "sharp" at the end\nthen fine ✓',
    )


def session_b() -> Session:
    return build_session(
        uid=UID_B,
        profile="Ana Müller",
        recorded_at=datetime(2024, 6, 2, 18, 5, 30, 250000, tzinfo=UTC),
        readings=[
            validate_reading("kneeling_lunge", "range", 10, 10),
            validate_reading("kneeling_lunge", "pain", 0, 0),
            validate_reading("single_leg_bridge", "reps", 20, 17),
            validate_reading("single_leg_bridge", "pain", 0, 3),
        ],
    )


def to_text(sessions: list[Session]) -> str:
    stream = io.StringIO(newline="")
    write_csv(sessions, stream)
    return stream.getvalue()


def read_text(text: str) -> list[Session]:
    return read_csv(io.BytesIO(text.encode("utf-8")))


def problems_of(text: str | bytes) -> list[tuple[int, str]]:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with pytest.raises(CsvImportError) as raised:
        read_csv(io.BytesIO(data))
    return raised.value.problems


def has_problem(problems: list[tuple[int, str]], line: int, fragment: str) -> bool:
    return any(number == line and fragment in message for number, message in problems)


def good_rows(uid: str = UID_A, note: str = "") -> list[str]:
    prefix = f"{uid},default,2024-05-01T07:30:00+00:00"
    return [
        f"{prefix},ankle_step,range,score_0_10,6,9,,,,,{note}",
        f"{prefix},ankle_step,pain,nprs_0_10,2,0,,,,,{note}",
    ]


def file_of(*rows: str) -> str:
    return "\n".join([HEADER_LINE, *rows]) + "\n"


# Writing


def test_written_rows_are_exact() -> None:
    prefix = f"{UID_A},default,2024-05-01T07:30:00+00:00"
    note = '"Ran 10 km, ""sharp"" at the end\nthen fine ✓"'
    text = to_text([session_a()])
    assert text == (
        f"{WRITTEN_HEADER}\n"
        f"{prefix},ankle_step,range,score_0_10,6,9,3,points,left,true,{note},\n"
        f"{prefix},ankle_step,pain,nprs_0_10,2,0,2,points,left,true,{note},\n"
        f"{prefix},ankle_step,knee_to_wall,cm,7.5,10,2.5,cm,left,true,{note},\n"
        f"{prefix},single_leg_squat,drift,drift_0_2,0,2,2,points,right,true,{note},\n"
        f"{prefix},single_leg_squat,pain,nprs_0_10,1,1,0,points,none,false,{note},\n"
    )


def test_missing_and_skipped_sides_are_empty_cells_with_their_reason() -> None:
    session = build_session(
        uid=UID_A,
        profile="default",
        recorded_at=datetime(2024, 5, 1, 7, 30, tzinfo=UTC),
        readings=[
            validate_reading("ankle_step", "range", 6, None),
            validate_reading("ankle_step", "pain", None, None, "too_painful", "too_painful"),
            validate_reading("kneeling_lunge", "range", None, 4, "could_not", None),
            validate_reading("kneeling_lunge", "pain", None, None, "not_done", "could_not"),
        ],
    )
    prefix = f"{UID_A},default,2024-05-01T07:30:00+00:00"
    text = to_text([session])
    assert text.splitlines()[1:] == [
        f"{prefix},ankle_step,range,score_0_10,6,,,points,none,false,,",
        f"{prefix},ankle_step,pain,nprs_0_10,,,,points,none,false,,both:too_painful",
        f"{prefix},kneeling_lunge,range,score_0_10,,4,,points,none,false,,left:could_not",
        f"{prefix},kneeling_lunge,pain,nprs_0_10,,,,points,none,false,,"
        "left:not_done;right:could_not",
    ]
    assert read_text(text) == [session]


@pytest.mark.parametrize(
    ("cells", "fragment"),
    [
        ("6,,,,,,,sideways:too_painful", "must be left, right or both"),
        ("6,,,,,,,right:tired", "must be left, right or both"),
        ("6,5,,,,,,right:too_painful", "Right side: skipped, yet it has a value"),
    ],
)
def test_a_bad_skipped_cell_is_reported(cells: str, fragment: str) -> None:
    prefix = f"{UID_A},default,2024-05-01T07:30:00+00:00"
    text = f"{WRITTEN_HEADER}\n{prefix},ankle_step,range,score_0_10,{cells}\n"
    assert has_problem(problems_of(text), 2, fragment)


def test_fractional_seconds_and_equal_sides() -> None:
    text = to_text([session_b()])
    assert (
        "2024-06-02T18:05:30.250000+00:00,kneeling_lunge,range,score_0_10,10,10,0,points,none,"
        "false," in text
    )
    assert ",single_leg_bridge,reps,reps,20,17,15,%,right,true," in text


def test_empty_export_is_the_header_alone() -> None:
    assert to_text([]) == WRITTEN_HEADER + "\n"
    assert read_text(HEADER_LINE + "\n") == []


def test_write_returns_the_number_of_sessions() -> None:
    assert write_csv([session_a(), session_b()], io.StringIO()) == 2


# Round trips


def test_round_trip_is_exact() -> None:
    sessions = [session_a(), session_b()]
    text = to_text(sessions)
    assert read_text(text) == sessions
    assert to_text(read_text(text)) == text


def test_photo_angles_round_trip_in_degrees_to_one_decimal() -> None:
    session = build_session(
        uid=UID_A,
        profile="default",
        recorded_at=datetime(2024, 5, 1, 7, 30, tzinfo=UTC),
        readings=[
            validate_reading("ankle_step", "range", 6, 9),
            validate_reading("ankle_step", "shin_angle", 34.2, 40.0),
            validate_reading("kneeling_lunge", "thigh_angle", -3.5, None),
            validate_reading("knee_extension", "knee_angle", 4.1, 2.6),
        ],
    )
    text = to_text([session])
    rows = text.splitlines()
    assert (
        f"{UID_A},default,2024-05-01T07:30:00+00:00,ankle_step,shin_angle,deg,34.2,40.0,"
        "5.8,deg,left,true,," in rows
    )
    assert any(",thigh_angle,deg,-3.5,,,deg,none,false,," in row for row in rows)
    assert any(",knee_angle,deg,4.1,2.6,1.5,deg,left,false,," in row for row in rows)
    assert read_text(text) == [session]
    assert to_text(read_text(text)) == text


def test_text_streams_are_read_too() -> None:
    text = to_text([session_a()])
    assert read_csv(io.StringIO(text, newline="")) == [session_a()]


def test_a_byte_order_mark_and_crlf_line_ends_are_tolerated() -> None:
    text = to_text([session_a(), session_b()]).replace("\n", "\r\n")
    data = "\ufeff".encode() + text.encode("utf-8")
    sessions = read_csv(io.BytesIO(data))
    # The note's own line break comes back as written.
    assert [s.uid for s in sessions] == [UID_A, UID_B]
    assert sessions[1] == session_b()


def test_other_offsets_are_read_as_the_same_instant() -> None:
    text = file_of(*good_rows()).replace("2024-05-01T07:30:00+00:00", "2024-05-01T09:30:00+02:00")
    (session,) = read_text(text)
    assert session.recorded_at == datetime(2024, 5, 1, 7, 30, tzinfo=UTC)
    assert session.recorded_at.utcoffset() == timedelta(0)
    assert session.recorded_at == datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))


def test_rows_of_a_session_need_not_be_together_or_in_order() -> None:
    a1, a2 = good_rows(UID_A)
    b1, b2 = good_rows(UID_B)
    sessions = read_text(file_of(a2, b1, a1, b2))
    assert [s.uid for s in sessions] == [UID_A, UID_B]
    assert [r.measure_id for r in sessions[0].readings] == ["range", "pain"]


def test_derived_columns_are_recomputed_not_trusted() -> None:
    prefix = f"{UID_A},default,2024-05-01T07:30:00+00:00"
    text = file_of(
        f"{prefix},ankle_step,range,score_0_10,6,9,99.9,points,right,false,",
        f"{prefix},ankle_step,pain,nprs_0_10,2,0,nonsense,?,sideways,maybe,",
    )
    (session,) = read_text(text)
    rewritten = to_text([session])
    assert f"{prefix},ankle_step,range,score_0_10,6,9,3,points,left,true," in rewritten
    assert f"{prefix},ankle_step,pain,nprs_0_10,2,0,2,points,left,true," in rewritten


def test_blank_lines_are_skipped() -> None:
    assert len(read_text(HEADER_LINE + "\n\n" + "\n".join(good_rows()) + "\n\n")) == 1


# Every kind of problem, with its line


def test_empty_file() -> None:
    assert has_problem(problems_of(""), 1, "empty")


def test_wrong_header() -> None:
    problems = problems_of(file_of(*good_rows()).replace("worse_side", "worst_side"))
    assert problems == [(1, f"The first line must be the header: {WRITTEN_HEADER}.")]


def test_wrong_column_count() -> None:
    problems = problems_of(file_of(*good_rows(), "a,b,c"))
    assert problems == [(4, "Expected 13 columns, found 3.")]


def test_every_bad_line_is_listed_with_its_number() -> None:
    prefix = f"{UID_A},default,2024-05-01T07:30:00+00:00"
    other = f"{UID_B},default,2024-05-01T08:00:00+00:00"
    text = file_of(
        f"{prefix},ankle_step,range,score_0_10,6,9,,,,,",  # 2 good
        f"{prefix},ankle_step,pain,nprs_0_10,2,0,,,,,",  # 3 good
        "not-a-uuid,default,2024-05-01T07:30:00+00:00,ankle_step,range,score_0_10,6,9,,,,,",  # 4
        f"{other[:36]},default,yesterday,ankle_step,range,score_0_10,6,9,,,,,",  # 5
        f"{other[:36]},default,2024-05-01T08:00:00,ankle_step,range,score_0_10,6,9,,,,,",  # 6
        f"{other},hopping,range,score_0_10,6,9,,,,,",  # 7
        f"{other},ankle_step,drift,drift_0_2,0,1,,,,,",  # 8
        f"{other},ankle_step,pain,score_0_10,1,1,,,,,",  # 9
        f"{other},ankle_step,range,score_0_10,11,abc,,,,,",  # 10
        f"{other},ankle_step,knee_to_wall,cm,7.3,-1,,,,,",  # 11
        f"{UID_A},Ben,2024-05-01T07:30:00+00:00,kneeling_lunge,range,score_0_10,5,5,,,,,",  # 12
        f"{UID_A},default,2024-05-01T07:31:00+00:00,kneeling_lunge,pain,nprs_0_10,0,0,,,,,",  # 13
        f"{prefix},ankle_step,pain,nprs_0_10,2,0,,,,,a different note",  # 14
        f"{prefix},ankle_step,range,score_0_10,6,9,,,,,",  # 15 duplicate
        f"{UID_A}, ,2024-05-01T07:30:00+00:00,ankle_step,knee_to_wall,cm,1,1,,,,,",  # 16
    )
    problems = problems_of(text)
    expected = [
        (4, "is not a valid UUID"),
        (5, "'yesterday' is not an ISO 8601 date and time"),
        (6, "has no UTC offset"),
        (7, "Unknown check 'hopping'"),
        (8, "The step test has no measure 'drift'"),
        (9, "The unit of pain is 'nprs_0_10', not 'score_0_10'"),
        (10, "Left side: The range must be between 0 and 10; 11 is outside that."),
        (10, "Right side: The range must be a number, not 'abc'."),
        (11, "Left side: The knee-to-wall distance goes in steps of 0.5"),
        (11, "Right side: The knee-to-wall distance must be between 0 and 25"),
        (12, "has the profile 'default' on line 2 but 'Ben' here"),
        (13, "has a different time here (2024-05-01T07:31:00+00:00) than on line 2"),
        (14, "different note here than on line 2"),
        (15, "already has its ankle_step range on line 2"),
        (16, "The profile name is empty"),
        # The kneeling lunge of session A has its pain (line 13) but no range row that counts:
        # line 12 names the range, so nothing is reported missing for it.
    ]
    for line, fragment in expected:
        assert has_problem(problems, line, fragment), (line, fragment, problems)
    assert all(line not in (2, 3) for line, _ in problems)
    assert [line for line, _ in problems] == sorted(line for line, _ in problems)


def test_a_session_may_hold_part_of_a_check() -> None:
    b1, _ = good_rows(UID_B)
    sessions = read_text(file_of(*good_rows(UID_A), b1))
    assert [r.measure_id for r in sessions[1].readings] == ["range"]


def test_an_older_file_with_percentages_for_ratings_still_imports() -> None:
    # Written before asymmetry was in points and cm: the derived cells are recomputed.
    prefix = f"{UID_A},default,2024-05-01T07:30:00+00:00"
    text = file_of(
        f"{prefix},ankle_step,range,score_0_10,6,9,33.3,%,left,true,",
        f"{prefix},ankle_step,knee_to_wall,cm,7.5,10,25,%,left,true,",
    )
    (session,) = read_text(text)
    assert [r.asymmetry.value for r in session.readings if r.asymmetry] == [3, 2.5]


def test_optional_measures_may_be_left_out() -> None:
    (session,) = read_text(file_of(*good_rows()))
    assert [r.measure_id for r in session.readings] == ["range", "pain"]


def test_too_long_a_note() -> None:
    problems = problems_of(file_of(*good_rows(note="x" * 2001)))
    assert has_problem(problems, 2, "The note is too long")
    assert has_problem(problems, 3, "The note is too long")


def test_undecodable_bytes_name_their_line() -> None:
    text = file_of(*good_rows(), *good_rows(UID_B)).encode("utf-8")
    lines = text.split(b"\n")
    lines[3] = lines[3].replace(b"default", b"d\xe9fault")  # Latin-1, not UTF-8
    problems = problems_of(b"\n".join(lines))
    assert has_problem(problems, 4, "not UTF-8")


def test_line_numbers_count_the_lines_inside_quoted_notes() -> None:
    note = '"two\nlines"'
    rows = good_rows(note=note)
    bad = f"{UID_B},default,2024-05-01T07:30:00+00:00,ankle_step,range,score_0_10,6,12,,,,,"
    # Header 1; rows on lines 2-3 and 4-5; the bad row starts on line 6.
    problems = problems_of(file_of(*rows, bad))
    assert has_problem(problems, 6, "Right side: The range must be between 0 and 10")


def test_broken_quoting_is_reported_and_reading_goes_on() -> None:
    rows = good_rows()
    broken = f'{UID_B},default,"2024-05-01"T07:30:00+00:00,ankle_step,range,score_0_10,6,9,,,,,'
    bad = f"{UID_B},default,2024-05-01T07:30:00+00:00,ankle_step,range,score_0_10,6,12,,,,,"
    problems = problems_of(file_of(rows[0], broken, rows[1], bad))
    assert has_problem(problems, 3, "not valid CSV")
    assert has_problem(problems, 5, "between 0 and 10")


def test_the_error_is_a_validation_error_with_a_readable_message() -> None:
    with pytest.raises(ValidationError) as raised:
        read_text(file_of(*good_rows(), "a,b"))
    assert isinstance(raised.value, CsvImportError)
    assert "line 4: Expected 13 columns, found 2." in str(raised.value)


# Nothing but CsvImportError, whatever the bytes


def _read_or_import_error(data: bytes) -> None:
    try:
        read_csv(io.BytesIO(data))
    except CsvImportError as error:
        assert error.problems
        assert all(line >= 1 and message for line, message in error.problems)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_only_raise_csv_import_error(data: bytes) -> None:
    _read_or_import_error(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_after_a_good_header_only_raise_csv_import_error(data: bytes) -> None:
    _read_or_import_error(HEADER_LINE.encode() + b"\n" + data)


VALID = to_text([session_a(), session_b()]).encode("utf-8")


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID)
    for _ in range(draw(st.integers(1, 8))):
        position = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = draw(st.sampled_from([*b',"\n\r\x00\xff\xc3.-+:0123456789aeT ']))
        if action == "insert" or position == len(data):
            data.insert(position, byte)
        elif action == "replace":
            data[position] = byte
        else:
            del data[position]
    return bytes(data)


@settings(max_examples=500, deadline=None)
@given(mutated())
def test_mutated_valid_files_only_raise_csv_import_error(data: bytes) -> None:
    _read_or_import_error(data)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=500))
def test_random_text_streams_only_raise_csv_import_error(text: str) -> None:
    with contextlib.suppress(CsvImportError):
        read_csv(io.StringIO(HEADER_LINE + "\n" + text, newline=""))
