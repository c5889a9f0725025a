"""Actions are data: a table of :class:`ActionSpec` builds the menus, toolbars and shortcuts.

Texts are English source strings marked with ``QT_TRANSLATE_NOOP("actions", ...)`` where the
table is written, and translated here when the ``QAction`` is built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QToolBar, QWidget

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    """One user command: how it is named, reached and run, and when it is available."""

    id: str
    text: str
    handler: Callable[[], object]
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str | None = None  # freedesktop icon-theme name
    fallback_icon: QStyle.StandardPixmap | QIcon | None = None
    enabled_when: Callable[[], bool] | None = None
    checked_when: Callable[[], bool] | None = None
    checkable: bool = False
    group: str | None = None  # checkable actions of one group are exclusive
    tip: str = ""


@dataclass(frozen=True)
class MenuSpec:
    """A menu: a title and its entries (action ids, ``None`` for a separator, sub-menus, or
    ``"@name"`` placeholders filled by a function given to :meth:`ActionSet.build_menus`)."""

    id: str
    title: str
    entries: tuple[str | MenuSpec | None, ...] = field(default_factory=tuple)


def translate(text: str) -> str:
    """Translate an action or menu text (context "actions")."""
    return QCoreApplication.translate("actions", text)


def key_sequences(shortcuts: Iterable[Shortcut]) -> list[QKeySequence]:
    """The platform's bindings of standard keys plus explicit ones, without duplicates."""
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            candidates = QKeySequence.keyBindings(shortcut)
        else:
            candidates = [QKeySequence(shortcut)]
        found += [c for c in candidates if not c.isEmpty() and c not in found]
    return found


def make_icon(theme: str | None, fallback: QStyle.StandardPixmap | QIcon | None) -> QIcon:
    """The theme's icon, else the fallback (a style's standard pixmap or an icon)."""
    backup = QIcon()
    if isinstance(fallback, QIcon):
        backup = fallback
    elif fallback is not None:
        style = QApplication.style()
        backup = style.standardIcon(fallback) if style is not None else QIcon()
    if theme:
        return QIcon.fromTheme(theme, backup)
    return backup


class ActionSet(QObject):
    """The ``QAction`` of every spec, owned by one window."""

    def __init__(self, parent: QWidget, specs: Iterable[ActionSpec]) -> None:
        super().__init__(parent)
        self.specs: dict[str, ActionSpec] = {}
        self.actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        for spec in specs:
            if spec.id in self.specs:
                raise ValueError(f"action id {spec.id!r} used twice")
            self.specs[spec.id] = spec
            self.actions[spec.id] = self._build(parent, spec)
        self.refresh()

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def _build(self, parent: QWidget, spec: ActionSpec) -> QAction:
        action = QAction(translate(spec.text), parent)
        action.setObjectName(f"action_{spec.id.replace('.', '_').replace('-', '_')}")
        sequences = key_sequences(spec.shortcuts)
        if sequences:
            action.setShortcuts(sequences)
        if spec.icon or spec.fallback_icon is not None:
            action.setIcon(make_icon(spec.icon, spec.fallback_icon))
        tip = translate(spec.tip) if spec.tip else action.text().replace("&", "")
        if sequences:
            tip += f" ({sequences[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if spec.checkable or spec.group:
            action.setCheckable(True)
        if spec.group:
            group = self._groups.setdefault(spec.group, QActionGroup(self))
            group.setExclusive(True)
            group.addAction(action)
        handler = spec.handler
        action.triggered.connect(lambda _checked=False, run=handler: run())
        parent.addAction(action)  # shortcuts work even where the action is in no menu
        return action

    def refresh(self) -> None:
        """Re-evaluate every ``enabled_when`` and ``checked_when``."""
        for action_id, spec in self.specs.items():
            action = self.actions[action_id]
            if spec.enabled_when is not None:
                action.setEnabled(bool(spec.enabled_when()))
            if spec.checked_when is not None:
                action.setChecked(bool(spec.checked_when()))

    def fill(self, target: QMenu | QToolBar, entries: Sequence[str | None]) -> None:
        """Add actions (``None``: a separator) to a menu or a toolbar."""
        for entry in entries:
            if entry is None:
                target.addSeparator()
            else:
                target.addAction(self.actions[entry])

    def build_menus(
        self,
        menubar: QMenuBar,
        menus: Sequence[MenuSpec],
        placeholders: Mapping[str, Callable[[QMenu], None]] | None = None,
    ) -> dict[str, QMenu]:
        """Build the menu bar from ``menus``; returns the menus by id."""
        built: dict[str, QMenu] = {}
        for spec in menus:
            menu = menubar.addMenu(translate(spec.title))
            self._fill_menu(menu, spec, placeholders or {}, built)
        return built

    def _fill_menu(
        self,
        menu: QMenu,
        spec: MenuSpec,
        placeholders: Mapping[str, Callable[[QMenu], None]],
        built: dict[str, QMenu],
    ) -> None:
        menu.setObjectName(f"menu_{spec.id}")
        built[spec.id] = menu
        for entry in spec.entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, MenuSpec):
                self._fill_menu(menu.addMenu(translate(entry.title)), entry, placeholders, built)
            elif entry.startswith("@"):
                placeholders[entry](menu)
            else:
                menu.addAction(self.actions[entry])
