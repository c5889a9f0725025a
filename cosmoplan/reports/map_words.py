"""The report map's legend in the report's language: its date line, section titles, layer
titles (from the window's ``layers`` catalogue), "(not in service)" and "(not in force)", and the
safety layers' entries. Pad entries are worded where they are made (tenants' names must stay
as they are)."""

from __future__ import annotations

from dataclasses import replace

from cosmoplan.mapping.scene import Scene
from cosmoplan.messages import register
from cosmoplan.reports.corridors import CORRIDOR_TITLE, EXCLUSION_TITLE
from cosmoplan.reports.hazards import TITLE as HAZARD_TITLE
from cosmoplan.reports.language import Language

GROUPS = {
    "Launch pads": register("report.map.group.pads", "Launch pads"),
    "Infrastructure": register("report.map.group.infrastructure", "Infrastructure"),
    "Sites and areas": register("report.map.group.areas", "Sites and areas"),
    "Safety": register("report.map.group.safety", "Safety"),
}
SAFETY = {
    HAZARD_TITLE: register("report.map.legend.hazard", HAZARD_TITLE),
    EXCLUSION_TITLE: register("report.map.legend.exclusion", EXCLUSION_TITLE),
    CORRIDOR_TITLE: register("report.map.legend.corridor", CORRIDOR_TITLE),
}
#: Suffixes the scene gives features out of service or out of force, and their messages.
SUFFIXES = {
    " (not in service)": register("report.map.legend.not_in_service", "{layer} (not in service)"),
    " (not in force)": register("report.map.legend.not_in_force", "{layer} (not in force)"),
}
MSG_AS_OF = register("report.map.as_of", "As of {day}")
#: The layer whose entries name tenants: left as they are.
PADS_LAYER = "pads"


def worded(scene: Scene, lang: Language) -> Scene:
    """``scene`` with its legend sections and entries in ``lang``."""
    if lang.code == "en":
        return scene
    layers = []
    for layer in scene.layers:
        group = lang.t(GROUPS[layer.legend_group]) if layer.legend_group in GROUPS else ""
        legend = layer.legend
        if layer.id != PADS_LAYER:
            legend = tuple(replace(e, text=_entry(e.text, lang)) for e in legend)
        layers.append(replace(layer, legend=legend, legend_group=group or layer.legend_group))
    return replace(scene, layers=tuple(layers), dated=lang.t(MSG_AS_OF, day=scene.at))


def _entry(text: str, lang: Language) -> str:
    if text in SAFETY:
        return lang.t(SAFETY[text])
    for suffix, message in SUFFIXES.items():
        if text.endswith(suffix):
            return lang.t(message, layer=lang.layer(text.removesuffix(suffix)))
    return lang.layer(text)
