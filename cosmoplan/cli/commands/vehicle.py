"""``cosmoplan vehicle add``: a tenant's launch vehicle and its figures."""

from __future__ import annotations

import argparse
from typing import Any

from cosmoplan.cli import plans
from cosmoplan.cli.options import add_plan_argument
from cosmoplan.domain import Kind, Propellant, Vehicle, VehicleClass
from cosmoplan.services.allocation import find_tenant
from cosmoplan.services.commands import AddObjects

PROPELLANTS = [propellant.value for propellant in Propellant]
CLASSES = [value.value for value in VehicleClass]

#: Optional figures: option, Vehicle field, help text.
FIGURES = (
    ("--height-m", "height_m", "height in metres"),
    ("--diameter-m", "diameter_m", "diameter in metres"),
    ("--propellant-mass-kg", "propellant_mass_kg", "propellant mass in kilograms"),
    ("--thrust-kn", "liftoff_thrust_kn", "liftoff thrust in kilonewtons"),
    ("--payload-leo-kg", "payload_leo_kg", "payload to low Earth orbit in kilograms"),
    ("--launches-per-year", "launches_per_year", "planned launches a year"),
    ("--division-1-1-kg", "division_1_1_kg", "Division 1.1 explosives (solid motors) in kg"),
    ("--apogee-km", "apogee_km", "apogee in km (guided suborbital vehicles)"),
)


def add_parsers(subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
    """Register ``vehicle`` and its action ``add``."""
    parser = subparsers.add_parser(
        "vehicle",
        parents=parents,
        help="add a tenant's launch vehicle",
        description=(
            "Manage the tenants' launch vehicles. List them with 'cosmoplan list vehicles PLAN'."
        ),
    )
    actions = parser.add_subparsers(title="actions", dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=parents,
        help="add a vehicle",
        description="Add a launch vehicle of a tenant. Unknown figures may be left out.",
    )
    add_plan_argument(add)
    add.add_argument("--tenant", required=True, metavar="NAME", help="the tenant's name")
    add.add_argument("--name", required=True, help="the vehicle's name (unique for the tenant)")
    add.add_argument(
        "--propellant",
        required=True,
        choices=PROPELLANTS,
        metavar="COMBO",
        help=f"propellant combination: {', '.join(PROPELLANTS)}",
    )
    add.add_argument("--stages", type=int, metavar="N", help="number of stages")
    mass = add.add_mutually_exclusive_group()
    mass.add_argument("--liftoff-mass-kg", type=float, metavar="KG", help="liftoff mass in kg")
    mass.add_argument("--liftoff-mass-t", type=float, metavar="T", help="liftoff mass in tonnes")
    for option, field, text in FIGURES:
        add.add_argument(option, dest=field, type=float, metavar="N", help=text)
    add.add_argument(
        "--tnt-factor",
        type=float,
        metavar="F",
        help="TNT-equivalent factor of the propellant (needed for lox-methane and lox-propane)",
    )
    add.add_argument("--factor-source", default="", metavar="TEXT", help="where F comes from")
    add.add_argument(
        "--class",
        dest="vehicle_class",
        choices=CLASSES,
        metavar="CLASS",
        help=f"flight-corridor class: {', '.join(CLASSES)}",
    )
    add.add_argument("--notes", default="", help="free text")
    add.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    """Add the vehicle and save."""
    mass = args.liftoff_mass_kg
    if args.liftoff_mass_t is not None:
        mass = args.liftoff_mass_t * 1000.0
    with plans.opened(args.plan) as project:
        tenant = find_tenant(project.plan, args.tenant)
        vehicle = Vehicle(
            id=project.plan.next_id(Kind.VEHICLE),
            tenant_id=tenant.id,
            name=args.name,
            propellant=Propellant(args.propellant),
            stages=args.stages,
            liftoff_mass_kg=mass,
            notes=args.notes.strip(),
            tnt_factor=args.tnt_factor,
            tnt_factor_source=args.factor_source,
            vehicle_class=None if args.vehicle_class is None else VehicleClass(args.vehicle_class),
            **{field: getattr(args, field) for _, field, _ in FIGURES},
        )
        project.execute(AddObjects([vehicle]))
        project.save()
        saved = project.plan.get(Kind.VEHICLE, vehicle.id)  # with the id the save gave it
        assert isinstance(saved, Vehicle)
        vehicle = saved
    print(
        f"Added vehicle {vehicle.id}: {vehicle.name} of {tenant.name} ({vehicle.propellant.value})."
    )
    return 0
