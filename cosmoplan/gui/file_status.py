"""The status bar's word on the plan file: read-only, deleted or replaced on disk (a lasting
warning, with Save As as the way out), and what others saved and was merged (a passing
message)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cosmoplan.domain import Kind, Tenant
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.files import DocumentFiles
from cosmoplan.gui.i18n import tr
from cosmoplan.services.outside import Outcome, Outside
from cosmoplan.services.project import Project

#: How long a passing message stays (ms).
MESSAGE_MS = 10_000


class FileStatus:
    """Shows the state of ``files``'s plan file in ``status``."""

    def __init__(self, status: QStatusBar, files: DocumentFiles, parent: QWidget) -> None:
        self.status = status
        self.files = files
        self.label = QLabel(parent)
        self.label.setObjectName("label_file_state")
        self.label.setStyleSheet("color: #c62828")
        status.addPermanentWidget(self.label)
        files.outside.connect(self._outside)
        files.saved.connect(self._show_state)
        self._show_state()

    def _show_state(self, *_args: object) -> None:
        project = self.files.document.project
        if project.read_only:
            self._warn(self._read_only_text(project))
        elif not self.files.read_only:
            self.label.clear()
            self.label.hide()

    @staticmethod
    def _read_only_text(project: Project) -> str:
        access = project.store.access if project.store is not None else None
        if access is None or access.may_edit:
            return tr("Read-only: use Save As to keep changes")
        if access.tenant_id is None:
            return tr("Read-only: your role on this server may only read the plan")
        tenant = project.plan.find(Kind.TENANT, access.tenant_id)
        name = tenant.name if isinstance(tenant, Tenant) else str(access.tenant_id)
        return tr("Read-only: as the liaison of {tenant} you see only its rows").format(tenant=name)

    def _warn(self, text: str) -> None:
        self.label.setText(f"⚠ {text}")
        self.label.setToolTip(text)
        self.label.show()

    def _outside(self, found: Outside) -> None:
        text = translate_message(found.message)
        self.status.showMessage(text, MESSAGE_MS)
        if found.outcome in (Outcome.GONE, Outcome.REPLACED, Outcome.OFFLINE):
            self._warn(text)
        elif found.outcome is Outcome.ONLINE:
            self._show_state()
