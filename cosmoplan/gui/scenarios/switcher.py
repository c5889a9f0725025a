"""The scenario switcher on the main toolbar ("Plan" and every scenario) and the status-bar
badge that says which scenario a window shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from cosmoplan.gui.i18n import tr

#: The badge's colours: a scenario stands out from the plan at a glance.
SCENARIO_STYLE = (
    "QLabel { background: #ef6c00; color: white; font-weight: bold; border-radius: 3px;"
    " padding: 1px 8px; }"
)
PLAN_STYLE = "QLabel { color: #2e7d32; font-weight: bold; padding: 1px 8px; }"


class ScenarioCombo(QComboBox):
    """The versions of the plan; the list is read again each time it opens."""

    def __init__(self, names: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.names = names
        self.current: str | None = None

    def showPopup(self) -> None:
        self.fill(self.names(), self.current)
        super().showPopup()

    def fill(self, names: list[str], current: str | None) -> None:
        """List "Plan" and ``names``, with ``current`` (``None``: the plan) chosen."""
        self.current = current
        self.blockSignals(True)
        self.clear()
        self.addItem(tr("Plan"), None)
        for name in names:
            self.addItem(name, name)
        found = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, found))
        self.blockSignals(False)


class ScenarioSwitcher(QToolBar):
    """ "Scenario: [Plan ▾]": choosing an entry shows that version (:attr:`chosen`)."""

    chosen = Signal(object)  # str | None (the plan)

    def __init__(self, names: Callable[[], list[str]], parent: QWidget) -> None:
        super().__init__(tr("Scenario"), parent)
        self.setObjectName("toolbar_scenario")
        self.addWidget(QLabel(tr(" Scenario: "), self))
        self.combo = ScenarioCombo(names, self)
        self.combo.setObjectName("combo_scenario")
        self.combo.setMinimumContentsLength(18)
        self.combo.setToolTip(tr("Show the plan or one of its scenarios (each in its window)"))
        self.addWidget(self.combo)
        self.combo.activated.connect(self._activated)

    def show_names(self, names: list[str], current: str | None) -> None:
        """List the versions, this window's chosen."""
        self.combo.fill(names, current)

    def _activated(self, index: int) -> None:
        chosen = self.combo.itemData(index)
        if chosen != self.combo.current:
            self.chosen.emit(chosen)


class ScenarioBadge(QLabel):
    """ "Plan" in green, or "Scenario: NAME" on orange, in the status bar."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("label_scenario_badge")

    def show_name(self, name: str | None) -> None:
        """Say which version the window shows."""
        if name is None:
            self.setText(tr("Plan"))
            self.setStyleSheet(PLAN_STYLE)
            self.setToolTip(tr("This window shows the plan itself"))
        else:
            self.setText(tr("Scenario: {name}").format(name=name))
            self.setStyleSheet(SCENARIO_STYLE)
            self.setToolTip(
                tr("This window shows a scenario: its edits change the scenario, not the plan")
            )
