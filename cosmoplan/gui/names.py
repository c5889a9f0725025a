"""Objects named as a planner names them, in the user's language: a pad by its code, an
allocation by its vehicle, pad and years ("RFA One on 1/5, 2031–2032"), a request by who
asks for what, when and where. The one way the window names an object."""

from __future__ import annotations

from cosmoplan.domain import Entity, Plan, Ref, Request
from cosmoplan.gui.document import translate_message
from cosmoplan.gui.planner.naming import request_name
from cosmoplan.messages import Message
from cosmoplan.names import name_in


def object_name(plan: Plan, entity: Entity) -> str:
    """The planner's name of ``entity`` (see :func:`cosmoplan.names.name_in`)."""
    if isinstance(entity, Request):
        return request_name(plan, entity)
    found = name_in(plan, entity)
    return translate_message(found) if isinstance(found, Message) else found


def ref_name(plan: Plan, ref: Ref) -> str:
    """The planner's name of the object ``ref`` names ("#12" if it is gone)."""
    entity = plan.find(ref.kind, ref.id)
    return f"#{ref.id}" if entity is None else object_name(plan, entity)
