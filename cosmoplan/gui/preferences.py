"""Edit > Preferences…: the typed preferences a planner may change, in three groups.

General (language, recent files, reopening the last plan), Saving (autosave interval, recovery
folder) and Reports (default author and paper). OK writes the preferences file; if that fails
the error shows and the old values stay. The autosave interval and the number of recent files
apply at once; the language and the recovery folder at the next start (the translators and the
recovery store are set up then). A value the user did not touch is kept exactly as stored, even
one the fields cannot show (a fraction of a minute, a language not in the list).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cosmoplan.gui.autosave import Autosaver
from cosmoplan.gui.errors import show_error
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.reports.form import ERROR_STYLE, paper_labels
from cosmoplan.gui.settings import MAX_AUTOSAVE_MINUTES, MAX_RECENT_FILES, AppSettings, Preferences
from cosmoplan.reports import PAPERS

DIALOG_NAME = "preferences_dialog"
HINT_STYLE = "color: #5f6368;"

#: The interface languages offered: preference value -> the language's own name. The names are
#: not translated: a reader looks for their own language written as they write it.
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


def shown_minutes(minutes: float) -> int:
    """The whole minutes the autosave field shows for ``minutes`` (0 only when off)."""
    if minutes <= 0:
        return 0
    return min(MAX_AUTOSAVE_MINUTES, max(1, round(minutes)))


def shown_recent(count: int) -> int:
    """The recent-files count the field can show for ``count``."""
    return min(MAX_RECENT_FILES, max(1, count))


def folder_problem(text: str, example: Path) -> str:
    """Why ``text`` cannot be the recovery folder ("" if it can; empty means the default)."""
    if not text.strip():
        return ""
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        return tr("Enter a full path, such as {example}.").format(example=example)
    if path.exists() and not path.is_dir():
        return tr("This is a file, not a folder.")
    return ""


class PreferencesDialog(QDialog):
    """The preferences of ``settings``; OK saves them and applies what can apply at once.

    ``autosavers`` gives the autosavers of the open plans (they take a new interval at once).
    """

    def __init__(
        self,
        settings: AppSettings,
        autosavers: Callable[[], Iterable[Autosaver]] = tuple,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(DIALOG_NAME)
        install_help_key(self, "preferences")
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings
        self.autosavers = autosavers
        self.loaded = settings.preferences  # what the fields were filled from
        layout = QVBoxLayout(self)
        self.forms: list[QFormLayout] = []  # one per group, filled by the builders
        layout.addWidget(self._general_box())
        layout.addWidget(self._saving_box())
        layout.addWidget(self._reports_box())
        _align_label_columns(self.forms)
        layout.addStretch(1)
        layout.addWidget(self._buttons())
        self.load(settings.preferences)
        self.setMinimumWidth(self.sizeHint().width() + 120)

    # -- building ------------------------------------------------------------------------
    def _general_box(self) -> QGroupBox:
        box = QGroupBox(tr("General"))
        box.setObjectName("group_general")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("pref_language")
        system = QLocale.system().nativeLanguageName()
        default = tr("System default ({language})").format(language=system) if system else ""
        self.language_combo.addItem(default or tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.recent_spin = QSpinBox()
        self.recent_spin.setObjectName("pref_max_recent_files")
        self.recent_spin.setRange(1, MAX_RECENT_FILES)
        self.recent_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.recent_spin.setToolTip(tr("How many plans File > Open Recent lists"))
        form = QFormLayout(box)
        self.forms.append(form)
        form.addRow(tr("&Language:"), self.language_combo)
        form.addRow("", _hint(tr("A new language applies the next time cosmoplan starts.")))
        form.addRow(tr("&Recent files to list:"), self.recent_spin)
        self.reopen_check = QCheckBox(
            tr("Reopen the last plan at start (instead of the start page)")
        )
        self.reopen_check.setObjectName("pref_reopen_last_plan")
        form.addRow("", self.reopen_check)
        return box

    def _saving_box(self) -> QGroupBox:
        box = QGroupBox(tr("Saving"))
        box.setObjectName("group_saving")
        self.autosave_spin = QSpinBox()
        self.autosave_spin.setObjectName("pref_autosave_minutes")
        self.autosave_spin.setRange(0, MAX_AUTOSAVE_MINUTES)
        self.autosave_spin.setSuffix(tr(" min"))
        self.autosave_spin.setSpecialValueText(tr("Off"))
        self.autosave_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.autosave_spin.setToolTip(
            tr("How often a recovery copy of a plan with unsaved changes is written (0: never)")
        )
        self.folder_edit = QLineEdit()
        self.folder_edit.setObjectName("pref_recovery_folder")
        self.folder_edit.setPlaceholderText(str(self.settings.default_recovery_folder))
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setToolTip(tr("Leave empty to use the default folder shown in grey"))
        self.folder_edit.textChanged.connect(self._check_folder)
        browse = QPushButton(tr("&Browse…"))
        browse.setObjectName("button_browse_recovery")
        browse.clicked.connect(self.browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.folder_error = QLabel()
        self.folder_error.setObjectName("error_recovery_folder")
        self.folder_error.setStyleSheet(ERROR_STYLE)
        self.folder_error.setWordWrap(True)
        self.folder_error.hide()
        form = QFormLayout(box)
        self.forms.append(form)
        form.addRow(tr("&Autosave every:"), self.autosave_spin)
        folder_label = QLabel(tr("Recovery &folder:"))
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, row)
        form.addRow("", self.folder_error)
        form.addRow(
            "",
            _hint(
                tr(
                    "Copies of plans with unsaved changes are kept there. "
                    "A new folder is used from the next start."
                )
            ),
        )
        return box

    def _reports_box(self) -> QGroupBox:
        box = QGroupBox(tr("Reports"))
        box.setObjectName("group_reports")
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("pref_report_author")
        self.author_edit.setPlaceholderText(tr("Name printed on report covers"))
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("pref_report_paper")
        for key, text in paper_labels().items():
            if key in PAPERS:
                self.paper_combo.addItem(text, key)
        form = QFormLayout(box)
        self.forms.append(form)
        form.addRow(tr("Default a&uthor:"), self.author_edit)
        form.addRow(tr("&Paper:"), self.paper_combo)
        return box

    def _buttons(self) -> QDialogButtonBox:
        button = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(button.Ok | button.Cancel | button.RestoreDefaults)
        self.buttons.setObjectName("preferences_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(button.RestoreDefaults).clicked.connect(self.restore_defaults)
        return self.buttons

    # -- fields --------------------------------------------------------------------------
    def load(self, preferences: Preferences) -> None:
        """Fill the fields from ``preferences``."""
        self.loaded = preferences
        combo = self.language_combo
        if combo.findData(preferences.language) < 0:  # set by hand: keep it selectable
            name = QLocale(preferences.language).nativeLanguageName() or preferences.language
            combo.addItem(name, preferences.language)
        combo.setCurrentIndex(combo.findData(preferences.language))
        self.recent_spin.setValue(shown_recent(preferences.max_recent_files))
        self.reopen_check.setChecked(preferences.reopen_last_plan)
        self.autosave_spin.setValue(shown_minutes(preferences.autosave_minutes))
        self.folder_edit.setText(preferences.recovery_folder)
        self.author_edit.setText(preferences.report_author)
        self.paper_combo.setCurrentIndex(
            max(self.paper_combo.findData(preferences.report_paper), 0)
        )

    def restore_defaults(self) -> None:
        """Put the default values in the fields (saved only by OK)."""
        self.load(Preferences())

    def chosen(self) -> Preferences:
        """The current preferences with the fields' values."""
        loaded = self.loaded
        recent = self.recent_spin.value()
        minutes = float(self.autosave_spin.value())
        if recent == shown_recent(loaded.max_recent_files):
            recent = loaded.max_recent_files
        if minutes == shown_minutes(loaded.autosave_minutes):
            minutes = loaded.autosave_minutes
        folder = self.folder_edit.text().strip()
        chosen = replace(
            self.settings.preferences,
            recent_files=list(self.settings.preferences.recent_files),
            language=str(self.language_combo.currentData()),
            reopen_last_plan=self.reopen_check.isChecked(),
            autosave_minutes=minutes,
            recovery_folder=str(Path(folder).expanduser()) if folder else "",
            report_author=self.author_edit.text().strip(),
            report_paper=str(self.paper_combo.currentData()),
        )
        chosen.set_max_recent(recent)
        return chosen

    def browse_folder(self) -> None:
        """Choose the recovery folder in a folder dialog."""
        start = self.folder_edit.text().strip() or str(self.settings.default_recovery_folder)
        chosen = QFileDialog.getExistingDirectory(self, tr("Recovery Folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    def _folder_problem(self) -> str:
        return folder_problem(self.folder_edit.text(), self.settings.default_recovery_folder)

    def _check_folder(self) -> None:
        problem = self._folder_problem()
        self.folder_error.setText(problem)
        self.folder_error.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    # -- OK ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the preferences; on a write error show it and keep the old values."""
        if self._folder_problem():
            return
        old = self.settings.preferences
        new = self.chosen()
        self.settings.preferences = new
        try:
            self.settings.save()
        except Exception as error:
            self.settings.preferences = old
            show_error(self, error, tr("Preferences"))
            return
        if new.autosave_minutes != old.autosave_minutes:
            for autosaver in self.autosavers():
                autosaver.set_interval(new.autosave_minutes)
        super().accept()


def _hint(text: str) -> QLabel:
    """A short explanation under a field, in the quieter colour of the other dialogs' hints."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def _align_label_columns(forms: Iterable[QFormLayout]) -> None:
    """Give the label columns of several forms one width, so their fields line up."""
    labels = [
        label
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and (label := item.widget()) is not None
    ]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def open_preferences(
    parent: QWidget, settings: AppSettings, autosavers: Callable[[], list[Autosaver]]
) -> PreferencesDialog:
    """Edit > Preferences…: the dialog, modal to the whole application (the preferences are
    shared by every window, and reach the autosavers of them all)."""
    dialog = PreferencesDialog(settings, autosavers, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    return dialog
