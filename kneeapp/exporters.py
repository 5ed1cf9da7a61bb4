"""The one list of file formats KneeCheck writes (and reads back): the command line, the
history page, the settings and clinician mode all offer what ``EXPORTERS`` holds, so a
new format is one entry here, its writer and its words.

Nothing here loads Qt or opens storage when imported: the report's writer loads Qt when
a report is written, the CSV reader its staging when a file is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO

from kneeapp.domain.session import DEFAULT_PROFILE
from kneeapp.domain.text import NUMERUS, QT_TRANSLATE_NOOP
from kneeapp.exchange.formats import ExportFormat, ExportJob, StagedImport

# Said after an export of sessions, in the window and (in English) on the command line.
SESSIONS_DONE = NUMERUS.translate("Exports", "Exported %n session(s) to {path}.", None, 1)


def _write_csv(job: ExportJob) -> int:
    from kneeapp.files import write_private_file
    from kneeapp.storage.csv_write import write_csv

    sessions = job.repository.iter_sessions(job.profile)
    return write_private_file(job.out, lambda stream: write_csv(sessions, stream))


def _read_csv(
    stream: IO[bytes], progress: Callable[[int], None] | None
) -> AbstractContextManager[StagedImport]:
    from kneeapp.storage.csv_read import StagedCsv

    return StagedCsv(stream, progress=progress)


def _looks_like_csv(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf").startswith(b"session_uid")


CSV = ExportFormat(
    id="csv",
    suffix="csv",
    name=QT_TRANSLATE_NOOP("Exports", "CSV"),
    button=QT_TRANSLATE_NOOP("Exports", "Export CSV…"),
    file_filter=QT_TRANSLATE_NOOP("Exports", "CSV files (*.csv)"),
    done=SESSIONS_DONE,
    write=_write_csv,
    read=_read_csv,
    recognises=_looks_like_csv,
)


def _write_fhir(job: ExportJob) -> int:
    from kneeapp.exchange.fhir import write_bundle
    from kneeapp.files import write_private_file

    repository = job.repository
    profiles = {profile.name: profile for profile in repository.profile_list()}
    sessions = repository.iter_sessions(job.profile)
    return write_private_file(
        job.out, lambda stream: write_bundle(sessions, profiles, job.now, stream)
    )


def _read_fhir(
    stream: IO[bytes], progress: Callable[[int], None] | None
) -> AbstractContextManager[StagedImport]:
    from kneeapp.exchange.fhir_read import StagedBundle

    return StagedBundle(stream, progress)


def _looks_like_json(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


FHIR = ExportFormat(
    id="fhir",
    suffix="json",
    name=QT_TRANSLATE_NOOP("Exports", "FHIR"),
    button=QT_TRANSLATE_NOOP("Exports", "Export FHIR…"),
    file_filter=QT_TRANSLATE_NOOP("Exports", "FHIR bundles (*.json)"),
    done=SESSIONS_DONE,
    write=_write_fhir,
    read=_read_fhir,
    recognises=_looks_like_json,
)


@contextmanager
def _drawing(language: str) -> Iterator[None]:
    """A Qt application to draw with: the window's, else an offscreen one (the command
    line) in ``language``, kept until the drawing is done."""
    import os

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        yield
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["kneeapp"])
    from kneeapp.ui.i18n import install_language

    install_language(language)
    try:
        yield
    finally:
        del app


def _write_report(job: ExportJob) -> int:
    from kneeapp.ui.report_pdf import write_report  # Qt loads only for the report

    with _drawing(job.language):
        return write_report(
            job.repository, job.profile or DEFAULT_PROFILE, Path(job.out), now=job.now
        )


PDF = ExportFormat(
    id="pdf",
    suffix="pdf",
    name=QT_TRANSLATE_NOOP("Exports", "PDF report"),
    button=QT_TRANSLATE_NOOP("Exports", "Report for your therapist (PDF)…"),
    # Staff save it for the therapist: "for your therapist" is the patient's wording.
    staff_button=QT_TRANSLATE_NOOP("Exports", "Save the report (PDF)…"),
    file_filter=QT_TRANSLATE_NOOP("Exports", "PDF files (*.pdf)"),
    done=NUMERUS.translate(
        "Exports", "Saved the report for {person} (%n page(s)) to {path}.", None, 1
    ),
    write=_write_report,
    one_profile=True,
    primary=True,
)

# In the order History shows them; the main one last.
EXPORTERS: tuple[ExportFormat, ...] = (CSV, FHIR, PDF)


def exporter(format_id: str) -> ExportFormat:
    """The format called ``format_id`` (KeyError if there is none)."""
    for found in EXPORTERS:
        if found.id == format_id:
            return found
    raise KeyError(format_id)


def reader_for(path: Path, head: bytes) -> ExportFormat:
    """The readable format of a file, by its first bytes, else by its name's ending; CSV
    when neither says (its reader then says what is wrong with the file)."""
    readable = [found for found in EXPORTERS if found.read is not None]
    for found in readable:
        if found.recognises is not None and found.recognises(head):
            return found
    for found in readable:
        if path.suffix.lower() == f".{found.suffix}":
            return found
    return CSV
