"""Saving one window's plan: Save, Save As, the "Save changes?" prompt, and its recovery copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cosmoplan.gui.autosave import Autosaver, RecoveryStore, key_for
from cosmoplan.gui.document import Document
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.recent import remember
from cosmoplan.gui.settings import AppSettings
from cosmoplan.storage import SUFFIX
from cosmoplan.storage.locations import file_path


def file_filter() -> str:
    """The file-dialog filter for plans."""
    return tr("cosmoplan plans (*{suffix});;All files (*)").format(suffix=SUFFIX)


class DocumentFiles(QObject):
    """Where a document is saved, whether it has unsaved changes, and its autosave.

    ``home`` is where Save writes a plan that has no store yet but belongs somewhere (a
    recovered copy of a saved plan). Whether there is unsaved work is the project's to say
    (:attr:`Project.has_unsaved_changes`); :attr:`modified_changed` tells when that flips.
    """

    modified_changed = Signal(bool)
    saved = Signal(str)  # location

    def __init__(
        self,
        document: Document,
        settings: AppSettings,
        recovery: RecoveryStore,
        parent: QWidget,
        home: str | None = None,
        recovery_key: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.parent_widget = parent
        self.home = home
        self._modified = self.is_modified()
        key = recovery_key or key_for(document.project.location or home)
        self.autosaver = Autosaver(
            recovery,
            key,
            plan=lambda: self.document.plan,
            location=lambda: self.location,
            is_dirty=self.is_modified,
            interval_minutes=settings.preferences.autosave_minutes,
            parent=self,
        )
        document.changes_applied.connect(self._emit_modified)

    @property
    def location(self) -> str | None:
        """Where the plan lives (or will be saved)."""
        return self.document.project.location or self.home

    def is_modified(self) -> bool:
        """Whether closing now would lose something."""
        return self.document.project.has_unsaved_changes

    def _emit_modified(self, *_args: object) -> None:
        modified = self.is_modified()
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Save (incrementally, one transaction); Save As if the plan has nowhere to go."""
        project = self.document.project
        try:
            if project.store is not None:
                project.save()
            elif self.home is not None:
                project.save_as(self.home)
            else:
                return self.save_as()
        except Exception as error:
            show_error(self.parent_widget, error, tr("Save"))
            return False
        self._saved()
        return True

    def save_as(self, location: str | None = None) -> bool:
        """Write the whole plan to a new file (asks where unless ``location`` is given)."""
        target = location or self.ask_save_location()
        if not target:
            return False
        try:
            self.document.project.save_as(target)
        except Exception as error:
            show_error(self.parent_widget, error, tr("Save As"))
            return False
        self.autosaver.rekey(key_for(self.document.project.location))
        self._saved()
        return True

    def ask_save_location(self) -> str | None:
        """Ask for a file name (with the plan suffix)."""
        start = self.location or str(
            Path(self.settings.preferences.last_folder or Path.home())
            / f"{self.document.plan.info.name}{SUFFIX}"
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, tr("Save Plan As"), start, file_filter()
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        return str(path)

    def _saved(self) -> None:
        self.home = None
        self.autosaver.discard()
        location = self.document.project.location
        if location:
            path = file_path(location)
            if path is not None:
                self.settings.preferences.last_folder = str(path.parent)
            remember(self.settings, location)
            self.saved.emit(location)
        self._emit_modified()

    # -- closing -------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """Ask "Save changes?" if needed; ``True`` if the window may close."""
        if not self.is_modified():
            return True
        box = QMessageBox(self.parent_widget)
        box.setObjectName("save_changes_prompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Save changes?"))
        box.setText(
            tr('The plan "{name}" has unsaved changes.').format(name=self.document.plan.info.name)
        )
        box.setInformativeText(tr("Do you want to save them before closing?"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        answer = box.exec()
        if answer == buttons.Save:
            return self.save()
        return answer == buttons.Discard

    def closed(self) -> None:
        """The window closed (changes saved or discarded): drop the recovery copy."""
        self.autosaver.stop()
        self.autosaver.discard()
        self.document.project.close()
