"""The common machinery of property editors: a Designer form, validation as you type, OK/Apply.

An editor builds the candidate entity on every edit. A ValidationError from the domain (or a
:class:`FieldError` from parsing a field) is shown in the red label under the field it names,
and OK/Apply stay disabled until the form is valid. OK and Apply hand the entity to ``commit``,
which runs the command; if the plan refuses it, the message shows in the form and the dialog
stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QFile, QIODevice, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry.base import BaseGeometry

from cosmoplan import geo
from cosmoplan.domain import Entity, Kind, Plan
from cosmoplan.gui.date_field import DateField
from cosmoplan.gui.discard import discard_ok
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.guide import install_help_key
from cosmoplan.gui.i18n import tr
from cosmoplan.gui.labels import label
from cosmoplan.messages import CosmoplanError, ValidationError

#: The Designer forms.
UI_FOLDER = Path(__file__).resolve().parents[2] / "ui"

W = TypeVar("W", bound=QWidget)
#: ``commit(original, edited)``: run the command (original ``None``: a new object); returns
#: the object as the plan now holds it (a new object may get another id), or ``None``.
Commit = Callable[[Entity | None, Entity], Entity | None]


class FieldError(Exception):
    """A field's text cannot be read (not a number, not a date...)."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(text)
        self.field = field
        self.text = text


def load_form(name: str, parent: QWidget) -> QWidget:
    """Load ``ui/<name>.ui`` with QUiLoader as a child of ``parent``."""
    path = UI_FOLDER / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(str(path))
    try:
        loader = QUiLoader()
        loader.registerCustomWidget(DateField)
        form = loader.load(file, parent)
    finally:
        file.close()
    if form is None:
        raise RuntimeError(f"cannot load {path}")
    return form


def parse_number(text: str, field: str, scale: float = 1.0) -> float | None:
    """A number typed by a person (empty: ``None``; decimal comma accepted)."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return float(cleaned) * scale
    except ValueError:
        raise FieldError(field, tr("{text!r} is not a number.").format(text=text.strip())) from None


def format_number(value: float | None, scale: float = 1.0) -> str:
    """Show a number without noise (``None``: empty)."""
    if value is None:
        return ""
    text = repr(value / scale)
    return text[:-2] if text.endswith(".0") else text


def parse_date(text: str, field: str) -> date | None:
    """A date typed as yyyy-mm-dd (empty: ``None``)."""
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        return date.fromisoformat(cleaned)
    except ValueError:
        raise FieldError(
            field, tr("{text!r} is not a date (use yyyy-mm-dd).").format(text=cleaned)
        ) from None


def fill_enum(combo: QComboBox, values: type[StrEnum], none_text: str | None = None) -> None:
    """Offer the values of an enum (and optionally "none" first), keeping the id as data."""
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(label(value), value)


E = TypeVar("E", bound=StrEnum)


def current_enum(combo: QComboBox, values: type[E]) -> E | None:
    """The chosen enum value (Qt keeps item data as plain strings), or ``None``."""
    data = combo.currentData()
    return None if data is None else values(data)


def select_data(combo: QComboBox, value: Any) -> None:
    """Select the item whose data equals ``value`` (the first if none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class OptionalDate:
    """A check box ("set") beside a QDateEdit: unchecked means no date."""

    def __init__(self, check: QCheckBox, edit: QDateEdit) -> None:
        self.check = check
        self.edit = edit
        check.toggled.connect(edit.setEnabled)

    def set(self, value: date | None) -> None:
        """Show ``value`` (``None``: unchecked, today's date greyed out)."""
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        shown = value or date.today()
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))

    def get(self) -> date | None:
        """The chosen date, or ``None``."""
        if not self.check.isChecked():
            return None
        chosen = self.edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())


def geometry_summary(geometry: BaseGeometry) -> str:
    """Type, size and centre of a geometry, with the centre in latitude/longitude."""
    centre = geometry.centroid if not geometry.is_empty else None
    parts = [geometry.geom_type]
    if geometry.area > 0:
        parts.append(
            tr("area {value:,.0f} m² ({km:.3f} km²)").format(
                value=geometry.area, km=geometry.area / 1e6
            )
        )
    elif geometry.length > 0:
        parts.append(tr("length {value:,.0f} m").format(value=geometry.length))
    if centre is not None:
        lon, lat = geo.to_wgs84(centre.x, centre.y)
        parts.append(geo.format_lat_lon(lat, lon))
    return ", ".join(parts)


class EntityEditor(QDialog):
    """Base of the property editors. Subclasses set the class attributes and implement
    :meth:`populate` and :meth:`candidate`."""

    form_name: ClassVar[str]
    prefix: ClassVar[str]
    kind: ClassVar[Kind]
    title_new: ClassVar[str]
    title_edit: ClassVar[str]
    #: ValidationError.field -> the key of the error label (``error_<prefix>_<key>``).
    aliases: ClassVar[dict[str, str]] = {}
    #: The page of the user guide that F1 opens.
    help_topic: ClassVar[str] = "site"

    def __init__(
        self,
        plan: Plan,
        commit: Commit,
        parent: QWidget | None = None,
        entity: Entity | None = None,
        geometry: BaseGeometry | None = None,
    ) -> None:
        super().__init__(parent)
        install_help_key(self, self.help_topic)
        self.plan = plan
        self.commit = commit
        self.original = entity
        self.shape = geometry
        self.object_id = entity.id if entity is not None else plan.next_id(self.kind)
        self._shown_numbers: dict[QLineEdit, tuple[str, float | None]] = {}
        self._shown_state: tuple[object, ...] | None = None
        self.setObjectName(f"{self.prefix}_editor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.buttons = self.widget(QDialogButtonBox, "button_box")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        apply = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.clicked.connect(self.apply)
        apply.setVisible(entity is not None)
        self.error_labels = {
            w.objectName(): w
            for w in self.form.findChildren(QLabel)
            if w.objectName().startswith(f"error_{self.prefix}_")
        }
        for error_label in self.error_labels.values():  # room kept: no field moves
            error_label.setMinimumHeight(error_label.fontMetrics().height())
        title = self.title_edit if entity is not None else self.title_new
        self.setWindowTitle(QCoreApplication.translate("editors", title))
        self.populate()
        self._watch_inputs()
        self.revalidate()
        designed = self.form.size()  # the size drawn in Designer, at least what fits
        self.resize(max(designed.width(), self.sizeHint().width()), self.sizeHint().height())

    # -- subclass hooks ------------------------------------------------------------------
    def populate(self) -> None:
        """Fill the widgets from :attr:`original` (or defaults for a new object)."""
        raise NotImplementedError

    def candidate(self) -> Entity:
        """Build the entity the form describes; raises ValidationError or FieldError."""
        raise NotImplementedError

    # -- helpers -------------------------------------------------------------------------
    def widget(self, kind: type[W], name: str) -> W:
        """The form's widget called ``name`` (it must exist)."""
        found = self.form.findChild(kind, name)
        if found is None:
            raise LookupError(f"{self.form_name}.ui has no {kind.__name__} {name!r}")
        return found

    def show_number(self, edit: QLineEdit, value: float | None, scale: float = 1.0) -> None:
        """Show ``value`` (divided by ``scale``) in ``edit``, remembering it exactly."""
        text = format_number(value, scale)
        edit.setText(text)
        self._shown_numbers[edit] = (text, value)

    def read_number(self, edit: QLineEdit, field: str, scale: float = 1.0) -> float | None:
        """The number in ``edit`` (times ``scale``); the exact shown value if not edited."""
        shown = self._shown_numbers.get(edit)
        if shown is not None and shown[0] == edit.text():
            return shown[1]
        return parse_number(edit.text(), field, scale)

    def _watch_inputs(self) -> None:
        for edit in self.form.findChildren(QLineEdit):
            edit.textChanged.connect(self.revalidate)
        for combo in self.form.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.revalidate)
        for check in self.form.findChildren(QCheckBox):
            check.toggled.connect(self.revalidate)
        for date_edit in self.form.findChildren(DateField):
            date_edit.dateChanged.connect(self.revalidate)
        for text in self.form.findChildren(QPlainTextEdit):
            text.textChanged.connect(self.revalidate)

    # -- validation ----------------------------------------------------------------------
    def revalidate(self) -> Entity | None:
        """Rebuild the candidate, show any error next to its field; returns it if valid."""
        for error_label in self.error_labels.values():
            error_label.clear()
        try:
            entity = self.candidate()
        except FieldError as error:
            self.show_field_error(error.field, error.text)
            entity = None
        except ValidationError as error:
            self.show_field_error(error.field, translate_message(error.message))
            entity = None
        valid = entity is not None
        for button in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Apply):
            self.buttons.button(button).setEnabled(valid)
        return entity

    def show_field_error(self, field: str | None, text: str) -> None:
        """Show ``text`` under the field called ``field`` (or at the bottom)."""
        key = (field or "general").strip().lower()
        key = self.aliases.get(key, key).replace(" ", "_")
        target = self.error_labels.get(f"error_{self.prefix}_{key}")
        if target is None:
            target = self.error_labels[f"error_{self.prefix}_general"]
        target.setText(text)

    def error_text(self) -> str:
        """Every visible error message (for tests and accessibility)."""
        return "\n".join(w.text() for w in self.error_labels.values() if w.text())

    # -- committing ----------------------------------------------------------------------
    def apply(self) -> bool:
        """Commit the candidate without closing; ``False`` if invalid or refused."""
        entity = self.revalidate()
        if entity is None:
            return False
        try:
            stored = self.commit(self.original, entity)
        except CosmoplanError as error:
            self.show_field_error(getattr(error, "field", None), translate_message(error.message))
            return False
        self.original = stored if stored is not None else entity
        self.object_id = self.original.id
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).setVisible(True)
        return True

    def accept(self) -> None:
        """OK: commit, then close (stays open if the plan refuses the change)."""
        if self.apply():
            super().accept()

    # -- leaving -------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_state is None:  # what the planner starts from (prefills included)
            self._shown_state = self.form_state()
        super().showEvent(event)

    def form_state(self) -> tuple[object, ...]:
        """What the form's fields hold, to tell whether the planner typed anything."""
        form = self.form
        return (
            tuple(w.text() for w in form.findChildren(QLineEdit)),
            tuple(w.toPlainText() for w in form.findChildren(QPlainTextEdit)),
            tuple(w.currentIndex() for w in form.findChildren(QComboBox)),
            tuple(w.isChecked() for w in form.findChildren(QCheckBox)),
            tuple(w.date() for w in form.findChildren(DateField)),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the dialog, asking first if anything was typed into it."""
        if event.key() == Qt.Key.Key_Escape and self._typed() and not discard_ok(self):
            return
        super().keyPressEvent(event)

    def _typed(self) -> bool:
        return self._shown_state is not None and self.form_state() != self._shown_state

    def ok_button(self) -> QPushButton:
        """The OK button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)
