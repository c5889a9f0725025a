"""Core messages carry stable ids; coordinates convert and format for people."""

from __future__ import annotations

import pytest
from shapely.geometry import Point, Polygon

from cosmoplan import geo
from cosmoplan.messages import CosmoplanError, Message, ValidationError, register


def test_message_renders_english_or_a_translation() -> None:
    message_id = register("test.greeting", "Pad {code} is {status}.")
    message = Message(message_id, {"code": "45/1", "status": "active"})
    assert message.text() == "Pad 45/1 is active."
    assert message.text("Площадка {code}: {status}.") == "Площадка 45/1: active."


def test_registering_one_id_with_two_texts_is_a_bug() -> None:
    register("test.once", "one")
    with pytest.raises(ValueError, match="twice"):
        register("test.once", "two")


def test_errors_keep_their_message() -> None:
    message_id = register("test.required", "{field} is required.")
    error = ValidationError(message_id, field="name")
    assert isinstance(error, CosmoplanError)
    assert error.message.id == message_id and str(error) == "name is required."


def test_round_trip_between_wgs84_and_the_model_crs() -> None:
    x, y = geo.to_model(63.6529, 45.9433)
    assert 540_000 < x < 560_000 and 5_080_000 < y < 5_095_000
    lon, lat = geo.to_wgs84(x, y)
    assert lon == pytest.approx(63.6529, abs=1e-9) and lat == pytest.approx(45.9433, abs=1e-9)


def test_transform_geometries_is_exact_enough_and_vectorised() -> None:
    square = Polygon([(63.3, 45.9), (63.31, 45.9), (63.31, 45.91), (63.3, 45.91)])
    model = geo.transform_geometry(square, 4326, geo.MODEL_EPSG)
    assert 600_000 < model.area < 900_000  # about 0.78 km x 1.11 km
    back = geo.transform_geometry(model, geo.MODEL_EPSG, "EPSG:4326")
    assert back.equals_exact(square, 1e-9)


def test_format_lat_lon() -> None:
    assert geo.format_lat_lon(45.9433, 63.6529) == "45°56′35.9″N 63°39′10.4″E"
    assert geo.format_lat_lon(-1.5, -0.25, "decimal") == "1.50000°S 0.25000°W"


def test_crs_from_user_input() -> None:
    assert geo.crs_from_user("4326").to_epsg() == 4326
    assert geo.crs_from_user(32641).to_epsg() == 32641
    with pytest.raises(ValidationError, match="Unknown coordinate reference system"):
        geo.crs_from_user("EPSG:999999")


def test_geometry_far_outside_kazakhstan_is_refused() -> None:
    geo.require_near_kazakhstan(Point(geo.to_model(63.3, 45.9)), "Pad")
    far = geo.transform_geometry(Point(10, 10), 4326, geo.MODEL_EPSG)
    with pytest.raises(ValidationError, match="far outside Kazakhstan"):
        geo.require_near_kazakhstan(far, "Pad")
