"""Tables to CSV and XLSX: the table's columns, typed cells, never over a plan or another file."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from shapely.geometry import Point

from cosmoplan.domain import (
    Allocation,
    AllocationStatus,
    Kind,
    LaunchComplex,
    Pad,
    PadCapabilities,
    Plan,
    PlanInfo,
    Propellant,
    Tenant,
    TenantKind,
    Vehicle,
)
from cosmoplan.messages import CosmoplanError, Message
from cosmoplan.services.tables import COLUMNS, ENGLISH, Sheet, build_sheet, write_sheet
from cosmoplan.services.tables.cells import Term, plain


def _plan() -> Plan:
    plan = Plan(PlanInfo("Export test"))
    plan.add(LaunchComplex(1, "45", "Zenit"))
    capabilities = PadCapabilities(
        propellants=frozenset({Propellant.LOX_METHANE, Propellant.LOX_KEROSENE}),
        max_liftoff_mass_kg=480_000,
    )
    plan.add(Pad(1, 1, "45/1", Point(0, 0), name="Zenit pad", capabilities=capabilities))
    plan.add(Tenant(1, "Roscosmos", "Russia", TenantKind.INCUMBENT))
    plan.add(Vehicle(1, 1, "Soyuz-5", Propellant.LOX_KEROSENE, height_m=61.9))
    plan.add(
        Allocation(
            1,
            1,
            1,
            1,
            date(2026, 1, 1),
            date(2030, 12, 31),
            AllocationStatus.SIGNED,
            annual_fee_usd=1_500_000.5,
        )
    )
    return plan


def _sheet(kind: Kind) -> Sheet:
    plan = _plan()
    objects = plan.objects(kind)
    rows = [objects[key] for key in sorted(objects)]
    return build_sheet("Sheet", rows, COLUMNS[kind], plan, date(2027, 1, 1), ENGLISH)


def test_cells_are_worded_and_typed() -> None:
    sheet = _sheet(Kind.ALLOCATION)
    assert sheet.headers[:7] == ("Id", "Tenant", "Vehicle", "Pad", "From", "To", "Status")
    row = dict(zip(sheet.headers, sheet.rows[0], strict=True))
    assert row["Id"] == 1 and row["Tenant"] == "Roscosmos" and row["Pad"] == "45/1"
    assert row["From"] == date(2026, 1, 1) and row["Status"] == "Signed"
    assert row["Use"] == "Exclusive" and row["Annual fee (US$)"] == 1_500_000.5
    pads = dict(zip(_sheet(Kind.PAD).headers, _sheet(Kind.PAD).rows[0], strict=True))
    assert pads["Propellants"] == "LOX / kerosene, LOX / methane"
    assert pads["Max mass (t)"] == 480.0


def test_words_translate_enums_terms_and_messages() -> None:
    class Shouting:
        def translate(self, context: str, text: str) -> str:
            return f"{context}:{text.upper()}"

        def message(self, message: Message) -> str:
            return message.id

    words = Shouting()
    assert plain(AllocationStatus.SIGNED, words) == "enums:SIGNED"
    assert plain(Term("rules", "Overlap"), words) == "rules:OVERLAP"
    assert plain((Message("a"), Message("b")), words) == "a, b"
    named = ("Soyuz-5 on 45/1, 2026–2030", "45/1")
    assert plain(named, words) == "Soyuz-5 on 45/1, 2026–2030; 45/1"  # commas inside
    assert plain(date(2026, 1, 2), words) == date(2026, 1, 2)


def test_csv_reads_back_as_the_table(tmp_path: Path) -> None:
    sheet = _sheet(Kind.ALLOCATION)
    path = write_sheet(sheet, tmp_path / "allocations.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8 right
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert tuple(header) == sheet.headers
    assert rows == [
        [
            "1",
            "Roscosmos",
            "Soyuz-5",
            "45/1",
            "2026-01-01",
            "2030-12-31",
            "Signed",
            "Exclusive",
            "",
            "1500000.5",
            "",
        ]
    ]


def test_xlsx_has_real_dates_numbers_a_frozen_header_and_a_filter(tmp_path: Path) -> None:
    sheet = _sheet(Kind.ALLOCATION)
    path = write_sheet(sheet, tmp_path / "allocations.xlsx")
    page = openpyxl.load_workbook(path).active
    assert page.freeze_panes == "A2"
    assert page.auto_filter.ref == "A1:K2"
    assert tuple(cell.value for cell in page[1]) == sheet.headers
    assert page["A1"].font.bold
    row = [cell.value for cell in page[2]]
    assert row[0] == 1 and row[4] == datetime(2026, 1, 1) and page["E2"].is_date
    assert row[9] == 1_500_000.5 and row[10] is None


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_plan_or_another_kind_of_file_is_never_replaced(tmp_path: Path, suffix: str) -> None:
    sheet = _sheet(Kind.PAD)
    plan = tmp_path / f"site{suffix}"
    with sqlite3.connect(plan) as connection:
        connection.execute("CREATE TABLE plan_info (id INTEGER PRIMARY KEY)")
    connection.close()
    pdf = tmp_path / f"report{suffix}"
    pdf.write_bytes(b"%PDF-1.4 a report")
    for target in (plan, pdf):
        before = target.read_bytes()
        with pytest.raises(CosmoplanError):
            write_sheet(sheet, target)
        assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([plan.name, pdf.name])


def test_an_export_replaces_an_export_of_its_kind(tmp_path: Path) -> None:
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"pads{suffix}"
        write_sheet(_sheet(Kind.PAD), path)
        write_sheet(_sheet(Kind.ALLOCATION), path)
        assert path.stat().st_size > 0
    text_file = tmp_path / "notes.csv"
    text_file.write_text("Just a note, nothing more.\n")
    write_sheet(_sheet(Kind.PAD), text_file)  # one line of comma-separated text: a CSV file
    readme = tmp_path / "README.csv"
    readme.write_text("# A heading\n")
    with pytest.raises(CosmoplanError):
        write_sheet(_sheet(Kind.PAD), readme)


def test_a_file_name_of_another_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CosmoplanError) as raised:
        write_sheet(_sheet(Kind.PAD), tmp_path / "pads.ods")
    assert raised.value.message.id == "tables.export.unknown_format"
    assert list(tmp_path.iterdir()) == []
