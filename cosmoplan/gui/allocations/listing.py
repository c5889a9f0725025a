"""The lists of the "Allocate pad" dialog: the pads judged for the vehicle and period, and the
findings of the chosen combination."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QTreeWidgetItem

from cosmoplan.analysis import Finding, Severity
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.findings.tree import SEVERITY_COLOURS, SEVERITY_ICONS
from cosmoplan.gui.i18n import tr
from cosmoplan.services.allocation import PadFit

#: The columns of the pad list.
FITS, PAD, WHY = range(3)
GREEN = "#2e7d32"
RED = SEVERITY_COLOURS[Severity.ERROR]
AMBER = SEVERITY_COLOURS[Severity.WARNING]
#: Every safety rule id starts with this.
SAFETY_PREFIX = "safety."


def is_safety(finding: Finding) -> bool:
    """Whether ``finding`` comes from a safety rule."""
    return finding.rule.startswith(SAFETY_PREFIX)


def pad_item(fit: PadFit) -> QTreeWidgetItem:
    """The row of one judged pad: ✓ or ✗, its code, the first reason it does not fit (or its
    first warning); the pad id as user data of the code column. The reasons in full go to the
    pane below the list (:func:`pad_reasons`)."""
    if fit.fits:  # what to know all the same: the warnings
        shown = [f for f in fit.findings if f.severity is Severity.WARNING]
        colour = GREEN
    else:
        shown, colour = fit.errors, RED
    first = translate_message(shown[0].message) if shown else ""
    item = QTreeWidgetItem(["✓" if fit.fits else "✗", fit.pad.code, first])
    item.setData(PAD, Qt.ItemDataRole.UserRole, fit.pad.id)
    for column in (FITS, PAD):
        item.setForeground(column, QBrush(QColor(colour)))
    item.setForeground(WHY, QBrush(QColor(AMBER if fit.fits and shown else colour)))
    bold = QFont(item.font(FITS))
    bold.setBold(True)
    item.setFont(FITS, bold)
    item.setToolTip(PAD, fit.pad.name)
    return item


def pad_reasons(fit: PadFit) -> str:
    """Everything the rules say about one pad, a line each, for the wrapping pane."""
    lines = [f"• {translate_message(f.message)}" for f in fit.findings]
    head = tr("{code}: fits.") if fit.fits else tr("{code}: does not fit.")
    return (
        "\n".join([head.format(code=fit.pad.code), *lines])
        if lines
        else (tr("{code}: fits; no rule is broken.").format(code=fit.pad.code))
    )


def finding_item(finding: Finding, style: QStyle) -> QListWidgetItem:
    """A list row for ``finding``: its message in its severity's colour and icon (errors bold),
    the rule id as tooltip."""
    item = QListWidgetItem(translate_message(finding.message))
    item.setIcon(style.standardIcon(SEVERITY_ICONS[finding.severity]))
    item.setForeground(QBrush(QColor(SEVERITY_COLOURS[finding.severity])))
    if finding.severity is Severity.ERROR:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
    item.setToolTip(finding.rule)
    return item


def show_other_findings(listing: QListWidget, findings: list[Finding] | None) -> None:
    """The findings that are not about safety (``None``: nothing judged, an empty list)."""
    listing.clear()
    if findings is None:
        return
    others = [f for f in findings if not is_safety(f)]
    if not others:
        text = (
            tr("No other findings: the other rules are all met.")
            if findings
            else tr("No findings: this allocation breaks no rule.")
        )
        item = QListWidgetItem(text)
        item.setForeground(QBrush(QColor(GREEN)))
        listing.addItem(item)
        return
    for finding in others:
        listing.addItem(finding_item(finding, listing.style()))
