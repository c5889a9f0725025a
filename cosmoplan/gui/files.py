"""Saving one window's plan: Save, Save As, the "Save changes?" prompt, and its recovery copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cosmoplan.gui.autosave import Autosaver, Identity, Recovery, RecoveryStore, key_for
from cosmoplan.gui.conflicts import ConflictDialog
from cosmoplan.gui.document import Document
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.outside import OutsideFollower
from cosmoplan.gui.recent import remember
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.outside import Outcome, Outside
from cosmoplan.storage import SUFFIX
from cosmoplan.storage.conflicts import ConflictError
from cosmoplan.storage.errors import SaveCutOffError
from cosmoplan.storage.locations import file_path
from cosmoplan.storage.scenarios import ScenarioStore
from cosmoplan.storage.store import read_identity


def file_filter() -> str:
    """The file-dialog filter for plans."""
    return tr("cosmoplan plans (*{suffix});;All files (*)").format(suffix=SUFFIX)


class DocumentFiles(QObject):
    """Where a document is saved, whether it has unsaved changes, and its autosave.

    ``recovered`` is the recovery copy the document was opened from: Save writes it into the
    plan it came from only if that file still holds that plan as it was when the copy was
    made; otherwise it says why and asks where to save. Whether there is unsaved work is the
    project's to say (:attr:`Project.has_unsaved_changes`); :attr:`modified_changed` tells
    when that flips.
    """

    modified_changed = Signal(bool)
    saved = Signal(str)  # location
    outside = Signal(object)  # Outside: what others did to the file

    def __init__(
        self,
        document: Document,
        settings: AppSettings,
        recovery: RecoveryStore,
        parent: QWidget,
        recovered: Recovery | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.parent_widget = parent
        self.recovered = recovered
        self._modified = self.is_modified()
        # A scenario's edits get no recovery copy: one would come back as the whole plan and
        # save over it. Its window asks to save them on closing.
        scenario = isinstance(document.project.store, ScenarioStore)
        location = None if scenario else document.project.location
        key = recovered.key if recovered is not None else key_for(location)
        self.autosaver = Autosaver(
            recovery,
            key,
            plan=lambda: self.document.plan,
            location=lambda: self.location,
            is_dirty=(lambda: False) if scenario else self.is_modified,
            interval_minutes=settings.preferences.autosave_minutes,
            identity=self._identity,
            parent=self,
        )
        document.changes_applied.connect(self._emit_modified)
        self.follower = OutsideFollower(document, self)
        self.follower.noticed.connect(self.outside.emit)
        self.follower.noticed.connect(self._save_when_online)
        self._save_pending = False  # Save was asked while the server was away

    @property
    def read_only(self) -> bool:
        """Whether Save cannot write where the plan came from: opened read-only, or the file
        went away or holds another plan now (Save As still can)."""
        return self.document.project.read_only or self.follower.lost

    @property
    def location(self) -> str | None:
        """Where the plan lives (or, recovered, where it came from)."""
        if self.document.project.location is not None:
            return self.document.project.location
        return self.recovered.plan_location if self.recovered is not None else None

    def _identity(self) -> Identity | None:
        store = self.document.project.store
        if store is not None:
            return store.identity, store.revision
        return self.recovered.plan_identity if self.recovered is not None else None

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
        if self.read_only:
            return self.save_as()
        if self.follower.offline:
            self._save_pending = True  # the status bar says so; saved when it is back
            return False
        try:
            if project.store is not None:
                if not self._save_resolving_conflicts():
                    return False
            elif self.recovered is not None and self.recovered.plan_location is not None:
                return self._save_recovered(self.recovered)
            else:
                return self.save_as()
        except SaveCutOffError as error:
            self._save_pending = True  # rolled back by the server: saved when it is back
            self.follower.save_cut_off(error.message)
            return False
        except Exception as error:
            show_error(self.parent_widget, error, tr("Save"))
            return False
        self._saved()
        return True

    def _save_when_online(self, found: Outside) -> None:
        if found.outcome is Outcome.ONLINE and self._save_pending:
            self._save_pending = False
            if self.is_modified():
                self.save()

    def _save_recovered(self, recovered: Recovery) -> bool:
        """Write a recovered copy back into its plan, if that is still the plan it came from
        and nobody saved it since; else say why and Save As."""
        assert recovered.plan_location is not None
        found = read_identity(recovered.plan_location)
        if found is not None and found == recovered.plan_identity:
            self.document.project.save_as(recovered.plan_location)
            self._saved()
            return True
        if found is None:
            why = tr("is not there any more")
        elif recovered.plan_identity is None or found[0] != recovered.plan_identity[0]:
            why = tr("now holds another plan")
        else:
            why = tr("was saved by someone else after the copy was made")
        box = QMessageBox(self.parent_widget)
        box.setObjectName("recovered_elsewhere")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Save Recovered Plan"))
        box.setText(
            tr('The recovered plan "{name}" came from {where}, which {why}.').format(
                name=self.document.plan.info.name, where=recovered.plan_location, why=why
            )
        )
        box.setInformativeText(tr("Choose where to save it; nothing is written over."))
        box.exec()
        return self.save_as()

    def _save_resolving_conflicts(self) -> bool:
        """Save; while others' changes clash with mine, ask which to keep (``False``: the
        planner cancelled, nothing was saved)."""
        project = self.document.project
        while True:
            try:
                project.save()
                return True
            except ConflictError as error:
                dialog = ConflictDialog(error.conflicts, self.parent_widget)
                if dialog.exec() != ConflictDialog.DialogCode.Accepted:
                    return False
                project.resolve(dialog.choices())

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
        self.recovered = None
        self.follower.follow_location()
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
        store = self.document.project.store
        if isinstance(store, ScenarioStore):
            text = tr('Scenario "{name}" has unsaved changes.').format(name=store.scenario)
        else:
            text = tr('The plan "{name}" has unsaved changes.')
            text = text.format(name=self.document.plan.info.name)
        box.setText(text)
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
        self.follower.stop()
        self.autosaver.discard()
        self.document.project.close()
