"""The shipped Russian and Kazakh catalogues reach the window, the dialogs and core errors."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDockWidget

from cosmoplan.domain import Kind, Ref
from cosmoplan.domain.validation import require_non_negative
from cosmoplan.gui.app import create_main_window
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.i18n import install_translators
from cosmoplan.gui.main_window import MainWindow
from cosmoplan.gui.settings import AppSettings
from cosmoplan.gui.timeline.ticks import _month_name, _year_label
from cosmoplan.messages import ValidationError
from cosmoplan.services.commands import RemoveObjects
from cosmoplan.services.project import Project
from tests.gui.conftest import close_all

Opener = Callable[[str], Any]


@pytest.fixture
def window_in(
    qtbot: Any, qapp: QApplication, plan_file: Path, app_settings: AppSettings
) -> Iterator[Opener]:
    """``window_in("ru")``: the main window built with the shipped catalogue of a language.

    The translators are removed and the windows closed afterwards.
    """
    windows: list[MainWindow] = []
    translators: list[Any] = []

    def open_in(language: str) -> MainWindow:
        translators.extend(install_translators(qapp, language))
        assert translators, f"the {language} catalogue did not load"
        window = create_main_window(Project.open(plan_file), app_settings)
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_in
    for window in windows:
        close_all(window)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def core_error() -> ValidationError:
    """A real refusal from the core: a negative height."""
    with pytest.raises(ValidationError) as raised:
        require_non_negative(-5.0, "height_m")
    return raised.value


def test_the_window_and_a_core_error_read_in_russian(window_in: Opener) -> None:
    assert translate_message(core_error().message) == "height_m must not be negative (got -5.0)."
    window = window_in("ru")
    assert menu_titles(window)[:3] == ["&Файл", "&Правка", "&Вид"]
    assert "П&лан" in menu_titles(window)
    dock = window.findChild(QDockWidget, "dock_findings")
    assert dock is not None and dock.windowTitle() == "Замечания"
    assert translate_message(core_error().message) == (
        "Поле height_m не может быть отрицательным (получено -5.0)."
    )


def test_the_window_and_a_core_error_read_in_kazakh(window_in: Opener) -> None:
    window = window_in("kk")
    assert "&Жоспар" in menu_titles(window)
    assert (
        translate_message(core_error().message)
        == "height_m өрісі теріс болмауы керек (-5.0 берілді)."
    )


def test_enum_values_inside_a_finding_read_in_russian(window_in: Opener) -> None:
    window = window_in("ru")
    [unavailable] = [
        f for f in window.findings.findings if f.message.params.get("pad_status") == "damaged"
    ]
    text = translate_message(unavailable.message)
    assert "повреждена" in text and "damaged" not in text
    assert unavailable.text.startswith("Pad 31/6 is damaged")  # the core's own English


def test_the_timeline_names_months_and_decades_in_russian(window_in: Opener) -> None:
    window_in("ru")
    assert _month_name(date(2030, 1, 1), 80.0) == "январь 2030"
    assert _year_label(10)(date(2020, 1, 1), 80.0) == "2020-е"


def test_an_undo_text_counting_objects_reads_in_russian(window_in: Opener) -> None:
    window = window_in("ru")
    document = window.document
    zones = sorted(z.id for z in document.plan.zones() if z.kind.value == "public-area")[:2]
    document.execute(RemoveObjects([Ref(Kind.ZONE, i) for i in zones]))
    text = document.undo_text()
    assert "2" in text and "zones" not in text and "Delete" not in text
    history = window.panels.history.history_model
    assert history.data(history.index(1)) == text  # the Undo History panel reads the same
