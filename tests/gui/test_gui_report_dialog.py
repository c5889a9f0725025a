"""The report dialog as a planner uses it: options, the preview of the pages, export to PDF,
cancel, and a window that keeps answering while reports are rendered."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from cosmoplan.demo import synthetic_plan
from cosmoplan.domain import Plan
from cosmoplan.gui.document import Document
from cosmoplan.gui.reports import ReportDialog, open_report_dialog
from cosmoplan.gui.reports import options as options_module
from cosmoplan.gui.reports.pdfpages import open_pdf
from cosmoplan.gui.settings import AppSettings
from cosmoplan.services.commands import update
from cosmoplan.services.project import Project
from tests.gui.conftest import demo_plan

OpenDialog = Callable[..., ReportDialog]
TIMEOUT = 30_000  # ms: a report of hundreds of pages on a busy machine


def pdf_text(path: Path) -> tuple[int, str]:
    """The page count and the whole text of the PDF at ``path``."""
    with open_pdf(path) as document:
        texts = []
        for index in range(len(document)):
            page = document[index]
            text_page = page.get_textpage()
            texts.append(text_page.get_text_range())
            text_page.close()
            page.close()
        return len(document), "\n".join(texts)


def big_plan() -> Plan:
    """200 tenants and 2,000 allocations: a report of a few hundred pages."""
    return synthetic_plan(pads=100, facilities=200, allocations=2000, tenants=200)


@pytest.fixture
def open_dialog(qtbot: Any, tmp_path: Path, app_settings: AppSettings) -> Iterator[OpenDialog]:
    """``open_dialog(plan, saved=True)``: the report dialog on ``plan``, shown; closed after."""
    opened: list[tuple[ReportDialog, Project]] = []

    def make(plan: Plan, saved: bool = True) -> ReportDialog:
        project = Project.create(tmp_path / "plan.cosmoplan", plan) if saved else Project(plan)
        dialog = ReportDialog(Document(project), app_settings, project.location)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append((dialog, project))
        return dialog

    yield make
    for dialog, project in opened:
        if dialog.isVisible():
            dialog.reject()
        project.close()


def wait_for_preview(qtbot: Any, dialog: ReportDialog) -> int:
    """Wait until the preview is built and shown; its page count."""
    qtbot.waitUntil(
        lambda: (
            not dialog.debounce.isActive()
            and not dialog.preview.busy
            and dialog.preview.page_count > 0
        ),
        timeout=TIMEOUT,
    )
    return dialog.preview.page_count


def test_the_preview_shows_every_page_of_the_report(qtbot: Any, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(demo_plan())
    pages = wait_for_preview(qtbot, dialog)

    preview = dialog.preview
    assert preview.pdf_path is not None
    count, text = pdf_text(preview.pdf_path)
    assert pages == count == preview.view.model().rowCount() > 5
    assert "Baikonur Cosmodrome" in text
    assert preview.count_label.text() == f"of {count}"
    assert preview.current_page == 1
    assert preview.stack.currentWidget() is preview.view
    # the pages on screen are rendered to images, at the size the view lays them out
    qtbot.waitUntil(lambda: preview.images.image(0) is not None, timeout=TIMEOUT)
    image = preview.images.image(0)
    assert image is not None and not image.isNull()
    expected = preview.images.page_size(0)
    assert abs(image.width() / image.devicePixelRatio() - expected.width()) <= 1


def test_page_navigation_and_zoom(qtbot: Any, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(demo_plan())
    pages = wait_for_preview(qtbot, dialog)
    preview = dialog.preview
    assert not preview.previous_button.isEnabled()

    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    assert preview.current_page == 3
    assert preview.page_spin.value() == 3
    preview.page_spin.setValue(pages)
    assert preview.current_page == pages
    assert not preview.next_button.isEnabled()
    qtbot.mouseClick(preview.previous_button, Qt.MouseButton.LeftButton)
    assert preview.current_page == pages - 1

    small = preview.images.page_size(0)
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    large = preview.images.page_size(0)
    assert large.width() > small.width() and large.height() > small.height()
    assert preview.current_page == pages - 1  # zoom keeps the page the user is on
    qtbot.waitUntil(lambda: preview.images.image(pages - 2) is not None, timeout=TIMEOUT)
    image = preview.images.image(pages - 2)
    assert image is not None
    assert (
        abs(image.width() / image.devicePixelRatio() - preview.images.page_size(pages - 2).width())
        <= 1
    )


def test_a_tenant_report_previews_that_tenant_only(qtbot: Any, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(demo_plan())
    full = wait_for_preview(qtbot, dialog)
    full_pdf = dialog.preview.pdf_path
    form = dialog.form
    assert not form.tenant_combo.isEnabled()

    qtbot.mouseClick(form.tenant_radio, Qt.MouseButton.LeftButton)
    assert form.tenant_combo.isEnabled()
    form.tenant_combo.setCurrentIndex(form.tenant_combo.findText("Isar Aerospace"))
    qtbot.waitUntil(lambda: dialog.preview.pdf_path != full_pdf, timeout=TIMEOUT)
    pages = wait_for_preview(qtbot, dialog)

    assert pages != full
    assert dialog.preview.pdf_path is not None
    count, text = pdf_text(dialog.preview.pdf_path)
    assert count == pages
    assert "Isar Aerospace" in text
    assert "Roscosmos" not in text and "Orbex" not in text
    assert full_pdf is not None and not full_pdf.exists()  # the old preview file is removed


def test_a_reversed_period_is_refused_in_the_form(qtbot: Any, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(demo_plan())
    wait_for_preview(qtbot, dialog)
    form = dialog.form
    assert dialog.export_button.isEnabled()

    form.to_edit.setDate(QDate(2020, 6, 30))
    form.from_edit.setDate(QDate(2021, 1, 1))

    assert not dialog.export_button.isEnabled()
    assert form.error_period.isVisible()
    assert "2020-06-30" in form.error_period.text() and "2021-01-01" in form.error_period.text()
    qtbot.waitUntil(lambda: not dialog.debounce.isActive())
    assert dialog.preview.page_count == 0
    assert dialog.preview.message_label.isVisible()

    form.to_edit.setDate(QDate(2022, 12, 31))
    assert dialog.export_button.isEnabled()
    assert not form.error_period.isVisible()
    assert wait_for_preview(qtbot, dialog) > 0


def test_the_period_follows_the_date_until_the_user_sets_it(open_dialog: OpenDialog) -> None:
    form = open_dialog(demo_plan()).form
    form.at_edit.setDate(QDate(2031, 5, 17))
    assert form.options().period == (date(2031, 1, 1), date(2035, 12, 31))

    form.to_edit.setDate(QDate(2033, 6, 30))
    form.at_edit.setDate(QDate(2029, 2, 1))
    assert form.options().at == date(2029, 2, 1)
    assert form.options().period == (date(2031, 1, 1), date(2033, 6, 30))


def test_no_section_is_refused_in_the_form(qtbot: Any, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(demo_plan())
    for check in dialog.form.section_boxes.values():
        check.setChecked(False)
    assert not dialog.export_button.isEnabled()
    assert dialog.form.error_sections.isVisible()
    dialog.form.section_boxes["summary"].setChecked(True)
    assert dialog.export_button.isEnabled()
    assert wait_for_preview(qtbot, dialog) > 0


def test_export_writes_the_pdf_and_remembers_the_author(
    qtbot: Any,
    open_dialog: OpenDialog,
    tmp_path: Path,
    app_settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    out = tmp_path / "exported"

    def save_file_name(*args: Any) -> tuple[str, str]:
        asked.append(args[2])
        return str(out), "PDF documents (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    plan = demo_plan()
    dialog = open_dialog(plan)
    dialog.form.author_edit.setText("A. Planner")
    dialog.form.at_edit.setDate(QDate(2026, 3, 1))
    dialog.form.paper_combo.setCurrentIndex(dialog.form.paper_combo.findData("letter"))
    wait_for_preview(qtbot, dialog)
    previewed = dialog.preview.pdf_path

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = out.with_name("exported.pdf")
    qtbot.waitUntil(lambda: dialog.export_progress is None and written.exists(), timeout=TIMEOUT)

    suggested = Path(asked[0])
    assert suggested.parent == tmp_path  # beside the plan file
    assert suggested.name.endswith("_report_2026-03-01.pdf")
    assert suggested.name.startswith("Baikonur")
    pages, text = pdf_text(written)
    assert pages > 5
    assert plan.info.name in text and "A. Planner" in text
    with open_pdf(written) as document:
        width, height = document[0].get_size()
    assert (round(width), round(height)) == (612, 792)  # US Letter
    assert dialog.status_label.text().startswith("Saved exported.pdf")
    assert app_settings.preferences.report_author == "A. Planner"
    assert AppSettings(app_settings.folder).preferences.report_paper == "letter"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == ["exported.pdf"]
    # the options did not change: the preview is not built again
    assert not dialog.debounce.isActive() and not dialog.preview.busy
    assert dialog.preview.pdf_path == previewed


def test_an_unwritable_path_shows_the_error_and_leaves_no_file(
    qtbot: Any,
    open_dialog: OpenDialog,
    tmp_path: Path,
    answer: Callable[[QMessageBox.StandardButton], Any],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "no such folder" / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog = open_dialog(demo_plan())

    seen = answer(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: seen.seen, timeout=TIMEOUT)

    assert seen.name == "error_dialog"
    assert "Cannot write the report" in seen.text
    assert not target.parent.exists()
    assert dialog.export_progress is None and dialog.export_button.isEnabled()


def test_cancelling_an_export_leaves_no_file(
    qtbot: Any, open_dialog: OpenDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "big.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    dialog = open_dialog(big_plan(), saved=False)
    dialog.preview.cancel()  # the export alone

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.export_progress is not None
    qtbot.waitUntil(lambda: progress_dialog(dialog) is not None, timeout=TIMEOUT)
    box = progress_dialog(dialog)
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_progress is None, timeout=TIMEOUT)

    assert dialog.status_label.text() == "Export cancelled; no file was written."
    assert list(folder.iterdir()) == []  # neither the PDF nor a temporary file
    assert dialog.export_button.isEnabled()


def progress_dialog(dialog: QWidget) -> QProgressDialog | None:
    """The visible progress dialog over ``dialog``."""
    return next((w for w in dialog.findChildren(QProgressDialog) if w.isVisible()), None)


def test_the_window_answers_while_a_long_preview_renders(
    qtbot: Any, open_dialog: OpenDialog
) -> None:
    ticks: list[bool] = []  # one per timer tick: whether the preview was rendering then
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(dialog.preview.busy))
    dialog = open_dialog(big_plan(), saved=False)
    assert dialog.preview.busy  # the first preview started on opening
    timer.start()
    pages = wait_for_preview(qtbot, dialog)
    timer.stop()

    assert sum(ticks) >= 3  # the event loop ran the timer while the worker rendered
    assert pages > 100
    assert dialog.preview.progress_bar.isHidden()

    # Cancel a rebuild: the pages of the last preview stay, nothing new is left behind
    shown = dialog.preview.pdf_path
    qtbot.mouseClick(dialog.preview.refresh_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.busy and dialog.preview.cancel_button.isVisible()
    qtbot.mouseClick(dialog.preview.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.preview.busy
    assert dialog.preview.status_label.text() == "Preview cancelled."
    qtbot.waitUntil(lambda: dialog.preview.pages.idle, timeout=10_000)
    assert shown is not None
    # The cancelled render stops at its next progress check and removes its temporary file.
    qtbot.waitUntil(lambda: not list(shown.parent.glob("*.tmp")), timeout=10_000)
    assert dialog.preview.pdf_path == shown and dialog.preview.page_count == pages
    assert [p.name for p in shown.parent.glob("*.pdf")] == [shown.name]


def test_the_report_is_gathered_off_the_gui_thread_from_a_copy_of_the_plan(
    qtbot: Any, open_dialog: OpenDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    gathered: list[tuple[bool, Plan]] = []
    real = options_module.build_report

    def recording(plan: Plan, **kwargs: Any) -> Any:
        gathered.append((threading.current_thread() is threading.main_thread(), plan))
        return real(plan, **kwargs)

    monkeypatch.setattr(options_module, "build_report", recording)
    dialog = open_dialog(demo_plan())
    wait_for_preview(qtbot, dialog)
    [(on_gui_thread, plan)] = gathered[-1:]
    assert not on_gui_thread
    assert plan is not dialog.document.plan
    assert plan.counts() == dialog.document.plan.counts()


def test_the_dialog_follows_the_plan(qtbot: Any, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(demo_plan())
    wait_for_preview(qtbot, dialog)
    assert not dialog.unsaved_hint.isVisible()
    dialog.form.choose_tenant("Orbex")
    document = dialog.document
    orbex = document.plan.tenant_by_name("Orbex")
    assert orbex is not None

    document.execute(update(orbex, name="Orbex Space"))

    assert dialog.form.tenant_combo.currentText() == "Orbex Space"
    assert dialog.unsaved_hint.isVisible()
    assert dialog.report_location is None  # the hash then covers the plan's content
    qtbot.waitUntil(lambda: dialog.debounce.isActive() or dialog.preview.busy)
    wait_for_preview(qtbot, dialog)
    assert dialog.preview.pdf_path is not None
    _, text = pdf_text(dialog.preview.pdf_path)
    assert "Orbex Space" in text
    assert "of the plan's content" in " ".join(text.split())


def test_open_report_dialog_shows_one_dialog_per_document(
    qtbot: Any, tmp_path: Path, app_settings: AppSettings
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    document = Document(Project(demo_plan()))

    open_report_dialog(window, document, app_settings, None)
    open_report_dialog(window, document, app_settings, None)

    dialogs = window.findChildren(ReportDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].report_location is None
    assert dialogs[0].form.options().at == date.today()
    wait_for_preview(qtbot, dialogs[0])
    dialogs[0].close()


def test_an_edit_undone_leaves_nothing_unsaved_and_the_file_on_the_cover(
    qtbot: Any, open_dialog: OpenDialog
) -> None:
    dialog = open_dialog(demo_plan())
    wait_for_preview(qtbot, dialog)
    document = dialog.document
    orbex = document.plan.tenant_by_name("Orbex")
    assert orbex is not None and dialog.report_location is not None
    document.execute(update(orbex, name="Orbex Space"))
    assert dialog.unsaved_hint.isVisible() and dialog.report_location is None
    document.undo()
    assert not dialog.unsaved_hint.isVisible()
    assert dialog.report_location == document.project.location
