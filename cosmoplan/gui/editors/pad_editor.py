"""Editor of a launch pad: identity, location (lat/lon and UTM), status periods, capabilities."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)
from shapely.geometry import Point

from cosmoplan import geo
from cosmoplan.domain import (
    Entity,
    Kind,
    LaunchComplex,
    Pad,
    PadCapabilities,
    PadStatus,
    PadStatusPeriod,
    Propellant,
)
from cosmoplan.gui.editors.base import (
    EntityEditor,
    FieldError,
    current_enum,
    fill_enum,
    parse_date,
    parse_number,
    select_data,
    tr,
)
from cosmoplan.gui.editors.choices import (
    complex_at,
    fill_complexes,
    fill_power_supplies,
    suggest_pad_code,
)
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP
from cosmoplan.gui.labels import label

TONNE = 1000.0
STATUS, START, END, NOTE = range(4)


class PadEditor(EntityEditor):
    """Edits a :class:`Pad`. The location can be typed as latitude/longitude or UTM."""

    form_name = "pad_editor"
    prefix = "pad"
    kind = Kind.PAD
    title_new = QT_TRANSLATE_NOOP("editors", "New launch pad")
    title_edit = QT_TRANSLATE_NOOP("editors", "Launch pad")
    aliases: ClassVar[dict[str, str]] = {
        "geometry": "location",
        "complex_id": "complex",
        "power_facility_id": "power_facility",
        "status start": "status_periods",
        "status end": "status_periods",
        "max liftoff mass": "max_mass",
        "minimum azimuth": "azimuth_min",
        "maximum azimuth": "azimuth_max",
        "max launches per year": "max_launches",
    }

    def populate(self) -> None:
        self._location_source: str | None = None  # which pair of fields the user typed
        self._location: Point | None = None
        self.code = self.widget(QLineEdit, "edit_pad_code")
        self.name = self.widget(QLineEdit, "edit_pad_name")
        self.complex = self.widget(QComboBox, "edit_pad_complex")
        self.lat = self.widget(QLineEdit, "edit_pad_lat")
        self.lon = self.widget(QLineEdit, "edit_pad_lon")
        self.easting = self.widget(QLineEdit, "edit_pad_easting")
        self.northing = self.widget(QLineEdit, "edit_pad_northing")
        self.position = self.widget(QLabel, "label_pad_position")
        self.power = self.widget(QComboBox, "edit_pad_power_facility")
        self.notes = self.widget(QPlainTextEdit, "edit_pad_notes")
        self.periods = self.widget(QTableWidget, "table_pad_status_periods")
        self.max_mass = self.widget(QLineEdit, "edit_pad_max_mass")
        self.max_height = self.widget(QLineEdit, "edit_pad_max_height")
        self.max_diameter = self.widget(QLineEdit, "edit_pad_max_diameter")
        self.max_thrust = self.widget(QLineEdit, "edit_pad_max_thrust")
        self.azimuth_min = self.widget(QLineEdit, "edit_pad_azimuth_min")
        self.azimuth_max = self.widget(QLineEdit, "edit_pad_azimuth_max")
        self.max_launches = self.widget(QLineEdit, "edit_pad_max_launches")
        self._build_propellants()
        header = self.periods.horizontalHeader()
        for column in (STATUS, START, END):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column in (START, END):
            item = self.periods.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tr("A date as yyyy-mm-dd; empty: open"))
        self.widget(QPushButton, "button_pad_add_period").clicked.connect(self.add_period)
        self.widget(QPushButton, "button_pad_remove_period").clicked.connect(self.remove_period)
        self.periods.itemChanged.connect(self.revalidate)

        pad = self.original if isinstance(self.original, Pad) else None
        fill_complexes(self.complex, self.plan, none_text=tr("— choose a complex —"))
        current_power = pad.power_facility_id if pad else None
        fill_power_supplies(self.power, self.plan, current_power, none_text=tr("(none)"))
        if pad is not None:
            self.code.setText(pad.code)
            self.name.setText(pad.name)
            select_data(self.complex, pad.complex_id)
            select_data(self.power, pad.power_facility_id)
            self.notes.setPlainText(pad.notes)
            self._location = pad.location
            for period in pad.status_periods:
                self.add_period(period)
            caps = pad.capabilities
            for propellant, check in self.propellant_checks.items():
                check.setChecked(propellant in caps.propellants)
            self.show_number(self.max_mass, caps.max_liftoff_mass_kg, TONNE)
            self.show_number(self.max_height, caps.max_height_m)
            self.show_number(self.max_diameter, caps.max_diameter_m)
            self.show_number(self.max_thrust, caps.max_thrust_kn)
            self.show_number(self.azimuth_min, caps.azimuth_min_deg)
            self.show_number(self.azimuth_max, caps.azimuth_max_deg)
            self.show_number(self.max_launches, caps.max_launches_per_year)
        else:
            if isinstance(self.shape, Point):
                self._location = self.shape
            found = complex_at(self.plan, self._location) if self._location else None
            if isinstance(found, LaunchComplex):
                select_data(self.complex, found.id)
                self.code.setText(suggest_pad_code(self.plan, found))
            else:
                self.complex.setCurrentIndex(0)
        if self._location is not None:
            self._show_location(self._location)
        self.lat.textEdited.connect(lambda _text: self._location_typed("latlon"))
        self.lon.textEdited.connect(lambda _text: self._location_typed("latlon"))
        self.easting.textEdited.connect(lambda _text: self._location_typed("utm"))
        self.northing.textEdited.connect(lambda _text: self._location_typed("utm"))

    # -- propellants and periods ---------------------------------------------------------
    def _build_propellants(self) -> None:
        grid = self.form.findChild(QGridLayout, "grid_pad_propellants")
        assert grid is not None, "pad_editor.ui lacks grid_pad_propellants"
        self.propellant_checks: dict[Propellant, QCheckBox] = {}
        for index, propellant in enumerate(Propellant):
            check = QCheckBox(label(propellant))
            check.setObjectName(f"check_pad_propellant_{propellant.value.replace('-', '_')}")
            grid.addWidget(check, index // 2, index % 2)
            self.propellant_checks[propellant] = check

    def add_period(self, period: PadStatusPeriod | None = None) -> None:
        """Add a row to the status table (a given period, or an empty active one)."""
        if not isinstance(period, PadStatusPeriod):
            period = None
        row = self.periods.rowCount()
        self.periods.blockSignals(True)
        self.periods.insertRow(row)
        combo = QComboBox()
        combo.setObjectName(f"combo_pad_period_status_{row}")
        fill_enum(combo, PadStatus)
        select_data(combo, period.status if period else PadStatus.ACTIVE)
        combo.currentIndexChanged.connect(self.revalidate)
        self.periods.setCellWidget(row, STATUS, combo)
        texts = (
            (period.start.isoformat() if period and period.start else ""),
            (period.end.isoformat() if period and period.end else ""),
            period.note if period else "",
        )
        for column, text in zip((START, END, NOTE), texts, strict=True):
            self.periods.setItem(row, column, QTableWidgetItem(text))
        self.periods.blockSignals(False)
        self.revalidate()

    def remove_period(self) -> None:
        """Remove the selected rows of the status table."""
        rows = sorted({index.row() for index in self.periods.selectedIndexes()}, reverse=True)
        if not rows and self.periods.currentRow() >= 0:
            rows = [self.periods.currentRow()]
        for row in rows:
            self.periods.removeRow(row)
        self.revalidate()

    def _read_periods(self) -> tuple[PadStatusPeriod, ...]:
        periods = []
        for row in range(self.periods.rowCount()):
            combo = self.periods.cellWidget(row, STATUS)
            assert isinstance(combo, QComboBox)
            cells = [self.periods.item(row, c) for c in (START, END, NOTE)]
            start, end, note = (cell.text() if cell is not None else "" for cell in cells)
            periods.append(
                PadStatusPeriod(
                    status=current_enum(combo, PadStatus) or PadStatus.INACTIVE,
                    start=parse_date(start, "status_periods"),
                    end=parse_date(end, "status_periods"),
                    note=note.strip(),
                )
            )
        return tuple(periods)

    # -- location ------------------------------------------------------------------------
    def _location_typed(self, source: str) -> None:
        self._location_source = source
        try:
            point = self._typed_location()
        except FieldError:
            self.position.clear()
            return
        self._show_location(point, keep=source)

    def _show_location(self, point: Point, keep: str | None = None) -> None:
        lon, lat = geo.to_wgs84(point.x, point.y)
        if keep != "latlon":
            self.lat.setText(f"{lat:.6f}")
            self.lon.setText(f"{lon:.6f}")
        if keep != "utm":
            self.easting.setText(f"{point.x:.1f}")
            self.northing.setText(f"{point.y:.1f}")
        self.position.setText(
            f"{geo.format_lat_lon(lat, lon)}  ({geo.format_lat_lon(lat, lon, 'decimal')})"
        )

    def _typed_location(self) -> Point:
        if self._location_source is None:
            if self._location is None:
                raise FieldError("location", tr("Enter the pad's latitude and longitude."))
            return self._location
        if self._location_source == "latlon":
            lat = parse_number(self.lat.text(), "location")
            lon = parse_number(self.lon.text(), "location")
            if lat is None or lon is None:
                raise FieldError("location", tr("Enter both latitude and longitude."))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise FieldError(
                    "location", tr("Latitude must be within ±90° and longitude within ±180°.")
                )
            return Point(geo.to_model(lon, lat))
        easting = parse_number(self.easting.text(), "location")
        northing = parse_number(self.northing.text(), "location")
        if easting is None or northing is None:
            raise FieldError("location", tr("Enter both easting and northing."))
        return Point(easting, northing)

    # -- the candidate -------------------------------------------------------------------
    def candidate(self) -> Entity:
        complex_id = self.complex.currentData()
        if complex_id is None:
            raise FieldError("complex", tr("Choose the launch complex this pad belongs to."))
        location = self._typed_location()
        geo.require_near_kazakhstan(location, tr("The pad's location"))
        max_mass = self.read_number(self.max_mass, "max_mass", TONNE)
        if max_mass is not None and not max_mass > 0:
            raise FieldError("max_mass", tr("The maximum lift-off mass must be more than 0 t."))
        capabilities = PadCapabilities(
            propellants=frozenset(
                p for p, check in self.propellant_checks.items() if check.isChecked()
            ),
            max_liftoff_mass_kg=max_mass,
            max_height_m=self.read_number(self.max_height, "max height"),
            max_diameter_m=self.read_number(self.max_diameter, "max diameter"),
            max_thrust_kn=self.read_number(self.max_thrust, "max thrust"),
            azimuth_min_deg=self.read_number(self.azimuth_min, "azimuth_min"),
            azimuth_max_deg=self.read_number(self.azimuth_max, "azimuth_max"),
            max_launches_per_year=self.read_number(self.max_launches, "max_launches"),
        )
        fields: dict[str, Any] = {
            "code": self.code.text(),
            "name": self.name.text().strip(),
            "complex_id": complex_id,
            "location": location,
            "status_periods": self._read_periods(),
            "capabilities": capabilities,
            "power_facility_id": self.power.currentData(),
            "notes": self.notes.toPlainText(),
        }
        if isinstance(self.original, Pad):
            return replace(self.original, **fields)
        return Pad(id=self.object_id, **fields)
