"""Plan > Scenarios: the actions of the scenario side of a window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cosmoplan.gui.actions import ActionSpec
from cosmoplan.gui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from cosmoplan.gui.main_window import MainWindow


def scenario_actions(w: MainWindow) -> list[ActionSpec]:
    """New, Switch to, Compare, Promote and Remove."""
    control = w.scenarios
    has_scenarios = lambda: bool(control.known)  # noqa: E731
    stored = lambda: w.document.project.store is not None  # noqa: E731
    return [
        ActionSpec(
            "scenario.new",
            QT_TRANSLATE_NOOP("actions", "&New Scenario…"),
            control.new,
            enabled_when=stored,
            tip=QT_TRANSLATE_NOOP(
                "actions", "A what-if copy of the plan's allocations, requests and pad statuses"
            ),
        ),
        ActionSpec(
            "scenario.switch",
            QT_TRANSLATE_NOOP("actions", "&Switch to…"),
            control.choose_and_switch,
            enabled_when=has_scenarios,
            tip=QT_TRANSLATE_NOOP("actions", "Show the plan or one of its scenarios"),
        ),
        ActionSpec(
            "scenario.compare",
            QT_TRANSLATE_NOOP("actions", "&Compare…"),
            control.compare,
            enabled_when=has_scenarios,
            tip=QT_TRANSLATE_NOOP("actions", "Two versions side by side, and their difference"),
        ),
        ActionSpec(
            "scenario.promote",
            QT_TRANSLATE_NOOP("actions", "&Promote…"),
            lambda: control.compare(promote=True),
            enabled_when=has_scenarios,
            tip=QT_TRANSLATE_NOOP(
                "actions", "Make a scenario's changes, all or the chosen ones, the plan's"
            ),
        ),
        ActionSpec(
            "scenario.remove",
            QT_TRANSLATE_NOOP("actions", "&Remove…"),
            control.remove,
            enabled_when=has_scenarios,
        ),
    ]
