"""The list of saved sessions as a Qt model that fetches pages on demand.

No widget per row: the view asks for rows as it scrolls, so 100,000 sessions cost
what the visible rows cost.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kneeapp.domain.checks import CHECKS
from kneeapp.domain.dates import format_moment
from kneeapp.domain.observations import check_name, measure_label
from kneeapp.domain.repository import SessionRepository
from kneeapp.domain.session import Session
from kneeapp.domain.text import NUMERUS
from kneeapp.ui.i18n import plural, qt_translate

PAGE_SIZE = 200
SessionRole = Qt.ItemDataRole.UserRole + 1

AnyIndex = QModelIndex | QPersistentModelIndex


def session_title(session: Session) -> str:
    return format_moment(session.recorded_at, qt_translate)


def row_title(session: Session) -> str:
    """The list row's first line: the date, and whether the session ended with advice."""
    title = session_title(session)
    if not session.advice:
        return title
    return QCoreApplication.translate(
        "SessionList", "{when} · ⚠ advised to see a clinician"
    ).format(when=title)


CHECKS_DONE = NUMERUS.translate("SessionList", "%n check(s)", None, 1)
POINTED_OUT = NUMERUS.translate("SessionList", "%n pointed out", None, 1)


def row_summary(session: Session) -> str:
    """The list row's second line, read at a glance: '5 checks · 2 pointed out'."""
    count = len(session.check_ids)
    checks = plural(QCoreApplication.translate("SessionList", CHECKS_DONE, None, count), count)
    flagged = len(session.flagged_readings)
    if flagged:
        findings = plural(
            QCoreApplication.translate("SessionList", POINTED_OUT, None, flagged), flagged
        )
    else:
        findings = QCoreApplication.translate("SessionList", "nothing pointed out")
    return QCoreApplication.translate("SessionList", "{checks} · {findings}").format(
        checks=checks, findings=findings
    )


def session_line(session: Session) -> str:
    """Checks done and what was flagged, in one line."""
    checks = ", ".join(
        qt_translate("Checks", CHECKS[c].title) for c in session.check_ids if c in CHECKS
    )
    flagged = session.flagged_readings
    if not flagged:
        return QCoreApplication.translate("SessionList", "{checks} · nothing flagged").format(
            checks=checks
        )
    items = ", ".join(
        QCoreApplication.translate("SessionList", "{check} {measure}").format(
            check=check_name(r.check, qt_translate),
            measure=measure_label(r.check, r.measure_id, qt_translate),
        )
        for r in flagged
    )
    return QCoreApplication.translate("SessionList", "{checks} · flagged: {items}").format(
        checks=checks, items=items
    )


class SessionListModel(QAbstractListModel):
    """A profile's sessions, newest first, loaded a page at a time."""

    def __init__(
        self, repository: SessionRepository, profile: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._repository = repository
        self._profile = profile
        self._sessions: list[Session] = []
        self._total = 0

    def reload(self) -> None:
        # As many rows as were loaded before, so a session the person had scrolled to
        # (and may be editing) is still in the list afterwards.
        limit = max(PAGE_SIZE, len(self._sessions))
        self.beginResetModel()
        self._total = self._repository.count(self._profile)
        self._sessions = self._repository.session_page(self._profile, 0, limit)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def session(self, row: int) -> Session | None:
        return self._sessions[row] if 0 <= row < len(self._sessions) else None

    def row_of(self, uid: str) -> int:
        for row, session in enumerate(self._sessions):
            if session.uid == uid:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sessions)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and len(self._sessions) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = self._repository.session_page(self._profile, len(self._sessions), PAGE_SIZE)
        if not more:
            self._total = len(self._sessions)
            return
        first = len(self._sessions)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._sessions.extend(more)
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        session = self.session(index.row()) if index.isValid() else None
        if session is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{row_title(session)}\n{row_summary(session)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, (session_line(session), session.advice)))
        if role == SessionRole:
            return session
        return None
