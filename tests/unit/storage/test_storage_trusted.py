"""Trusted builders fill every field without re-running the domain's validation."""

from __future__ import annotations

import dataclasses

import pytest
import shapely

from cosmoplan.domain import Facility, FacilityKind, Provenance, Tenant
from cosmoplan.storage.trusted import trusted_builder


def test_builds_an_object_equal_to_the_validated_one():
    build = trusted_builder(Provenance, "schematic", "source", "confidence")
    made = build(True, "survey", Provenance().confidence)
    assert made == Provenance("survey", Provenance().confidence, True)
    assert type(made) is Provenance


def test_skips_validation():
    names = [f.name for f in dataclasses.fields(Tenant)]
    build = trusted_builder(Tenant, *names)
    values = {name: "" for name in names} | {"id": 1}
    tenant = build(*(values[name] for name in names))
    assert tenant.name == ""  # Tenant("", ...) would be refused


def test_the_built_object_stays_frozen():
    names = [f.name for f in dataclasses.fields(Facility)]
    facility = Facility(1, FacilityKind.OTHER, "x", shapely.Point(0, 0))
    copy = trusted_builder(Facility, *names)(*(getattr(facility, n) for n in names))
    assert copy == facility
    with pytest.raises(dataclasses.FrozenInstanceError):
        copy.name = "y"  # type: ignore[misc]


@pytest.mark.parametrize(
    "names",
    [("source", "confidence"), ("source", "confidence", "schematic", "extra"), ("source",) * 3],
)
def test_refuses_names_that_are_not_exactly_the_fields(names):
    with pytest.raises(TypeError, match="Provenance has fields"):
        trusted_builder(Provenance, *names)


def test_refuses_a_class_without_slots():
    @dataclasses.dataclass
    class Loose:
        a: int

    with pytest.raises(TypeError, match="slotted"):
        trusted_builder(Loose, "a")
