"""Responses are read lazily: each field converted on first read, errors typed, same values as eager."""

from __future__ import annotations

import copy
import datetime
import gc
import json
import pickle
from typing import Any

import attrs
import httpx
import pytest

from altegio_client import AltegioClient, ResponseSchemaError, unwrap
from altegio_client._lazy import ParseContext, materialize
from altegio_client.api.appointments import get_appointment_list
from altegio_client.api.online_booking_settings import get_booking_widget
from altegio_client.models import (
    AppointmentListItem,
    AppointmentResource,
    AppointmentResourceAttributes,
    AppointmentStaff,
    BookingFormResponseDataType,
    CreateTimetableEventScheduleBody,
    MembershipTypeCounts,
    RecordsCompanyidResponseDataTypes,
)
from altegio_client.types import UNSET

WIDGET = {
    "id": 1,
    "title": "Name",
    "is_default": False,
    "description": "Description",
    "without_menu": False,
    "service_step_default": 0,
    "service_step_hide": False,
    "master_step_default": 0,
    "master_step_hide": False,
    "service_step_num": 2,
    "master_step_num": 1,
    "datetime_step_num": 3,
    "show_button": True,
    "button_position": "bottom right",
    "form_position": "right",
    "button_color": "#1c84c6",
    "button_animation": True,
    "html_code": "",
    "ab_test_enabled": False,
}


def appointment(index: int, **changes: Any) -> dict[str, Any]:
    return {
        "id": index,
        "datetime": "2026-03-20T14:00:00+0300",
        "date": "2026-03-20 14:00:00",
        "staff": {"id": 7, "name": "James", "specialization": "stylist"},
        "services": [{"id": 11, "title": "hair wash", "cost": 10}],
        "comment": "",
        "custom_field_not_in_the_spec": index,
        **changes,
    }


def client_answering(body: Any, **options: Any) -> AltegioClient:
    return AltegioClient(
        partner_token="p",
        user_token="u",
        transport=httpx.MockTransport(lambda request: httpx.Response(200, json=body)),
        rate_limiter=None,
        max_retries=0,
        **options,
    )


def envelope(data: Any) -> dict[str, Any]:
    return {"success": True, "data": data, "meta": {"total_count": 3}}


async def test_lazy_values_equal_what_an_eager_parse_gives() -> None:
    body = envelope([appointment(1), appointment(2), appointment(3, staff={"id": 8, "name": "Natalie"})])
    async with client_answering(body) as client:
        response = await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    lazy = response.parsed
    eager = RecordsCompanyidResponseDataTypes.from_dict(body)
    assert isinstance(lazy, RecordsCompanyidResponseDataTypes)
    items = unwrap(response)
    assert [item.id for item in items] == [1, 2, 3]
    assert items[0].datetime == datetime.datetime(
        2026, 3, 20, 14, tzinfo=datetime.timezone(datetime.timedelta(hours=3))
    )
    assert isinstance(items[2].staff, AppointmentStaff)
    assert items[2].staff.name == "Natalie"
    assert items[0].additional_properties == {"custom_field_not_in_the_spec": 1}
    assert lazy == eager  # attrs equality reads every field of both
    assert lazy.to_dict() == eager.to_dict()
    assert attrs.asdict(lazy) == attrs.asdict(eager)
    assert repr(lazy) == repr(eager)


async def test_a_field_is_converted_when_first_read_and_only_it_can_fail() -> None:
    body = envelope([appointment(1, datetime="next tuesday"), appointment(2)])
    async with client_answering(body) as client:
        response = await get_appointment_list.asyncio_detailed(client=client, location_id=1)  # does not raise
    first, second = unwrap(response)
    assert first.id == 1
    assert first.staff.name == "James"
    assert second.datetime.hour == 14
    with pytest.raises(ResponseSchemaError) as caught:
        _ = first.datetime
    error = caught.value
    assert error.operation == "get_appointment_list"
    assert error.where == "AppointmentListItem.datetime"
    assert "next tuesday" in str(error)
    assert "get_appointment_list" in str(error)
    assert error.response.request.url.path == "/api/v1/records/1"
    assert isinstance(error.__cause__, ValueError)
    with pytest.raises(ResponseSchemaError):  # still bad on a second read: nothing was cached
        _ = first.datetime


async def test_strict_responses_raise_from_the_call() -> None:
    body = envelope([appointment(1), appointment(2, datetime="next tuesday")])
    async with client_answering(body, strict_responses=True) as client:
        with pytest.raises(ResponseSchemaError) as caught:
            await get_appointment_list.asyncio_detailed(client=client, location_id=1)
        assert caught.value.where == "AppointmentListItem.datetime"
        derived = client.with_options(strict_responses=False)
        response = await get_appointment_list.asyncio_detailed(client=derived, location_id=1)
        assert unwrap(response)[0].id == 1
    async with client_answering(envelope([appointment(1)]), strict_responses=True) as client:
        response = await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    assert unwrap(response) == RecordsCompanyidResponseDataTypes.from_dict(envelope([appointment(1)])).data


async def test_a_missing_required_field_raises_when_read_or_from_a_strict_call() -> None:
    widget = {key: value for key, value in WIDGET.items() if key != "title"}
    body = {"success": True, "data": widget, "meta": []}
    async with client_answering(body) as client:
        form = unwrap(await get_booking_widget.asyncio_detailed(client=client, location_id=1, form_id=1))
    assert form.id == 1
    assert form.button_color == "#1c84c6"
    with pytest.raises(ResponseSchemaError, match="title") as caught:
        _ = form.title
    assert caught.value.where is not None
    assert caught.value.where.endswith(".title")
    async with client_answering(body, strict_responses=True) as client:
        with pytest.raises(ResponseSchemaError, match="title"):
            await get_booking_widget.asyncio_detailed(client=client, location_id=1, form_id=1)
    async with client_answering({"success": True, "data": WIDGET, "meta": []}) as client:
        complete = await get_booking_widget.asyncio_detailed(client=client, location_id=1, form_id=1)
    assert isinstance(complete.parsed, BookingFormResponseDataType)
    assert unwrap(complete).title == "Name"


@pytest.mark.parametrize(
    ("body", "where", "found"),
    [
        ([1, 2], None, "RecordsCompanyidResponseDataTypes: expected a JSON object, got an array"),
        (envelope({"id": 1}), "RecordsCompanyidResponseDataTypes.data", "expected a JSON array, got an object"),
        (envelope([{"id": 1}, "x"]), "RecordsCompanyidResponseDataTypes.data", "item 1: AppointmentListItem"),
    ],
)
async def test_a_body_of_the_wrong_shape_names_what_was_found(body: Any, where: str | None, found: str) -> None:
    async with client_answering(body) as client:
        with pytest.raises(ResponseSchemaError) as caught:
            unwrap(await get_appointment_list.asyncio_detailed(client=client, location_id=1))
    assert caught.value.operation == "get_appointment_list"
    assert caught.value.where == where
    assert found in str(caught.value)


async def test_unknown_attributes_and_eager_models_behave_as_plain_attrs_classes() -> None:
    async with client_answering(envelope([appointment(1)])) as client:
        item = unwrap(await get_appointment_list.asyncio_detailed(client=client, location_id=1))[0]
    with pytest.raises(AttributeError):
        _ = item.no_such_field
    assert not hasattr(item, "no_such_field")
    item.comment = "changed"  # a lazily read model is an ordinary, mutable attrs instance
    assert item.comment == "changed"
    assert item.to_dict()["comment"] == "changed"
    built = AppointmentListItem(id=5)
    assert built.id == 5
    assert built.to_dict() == {"id": 5}
    copied = copy.deepcopy(item)
    assert copied == item
    assert copied is not item
    assert copied.company_id is UNSET  # one UNSET through deepcopy and pickle
    assert pickle.loads(pickle.dumps(item)) == item


async def test_the_parsed_json_is_freed_without_the_cyclic_gc() -> None:
    # httpx responses sit in a reference cycle; JSON left on one would live until a GC run.
    marker = "lazy-models-free-their-json"
    body = json.dumps(envelope([appointment(1, comment=marker)])).encode()  # no dict of ours holds it
    gc.collect()
    gc.disable()
    try:
        answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
        async with AltegioClient(partner_token="p", user_token="u", transport=answer, rate_limiter=None) as client:
            response = await get_appointment_list.asyncio_detailed(client=client, location_id=1)
            assert unwrap(response)[0].id == 1
            del response
            alive = [o for o in gc.get_objects() if isinstance(o, dict) and o.get("comment") == marker]
            assert alive == []
    finally:
        gc.enable()


async def test_an_empty_array_reads_as_an_empty_object_as_from_dict_reads_it() -> None:
    # PHP's json_encode writes an empty object as `[]`; Altegio does so for `meta` and others.
    body = {"success": True, "data": [appointment(1, staff=[])], "meta": []}
    async with client_answering(body) as client:
        response = await get_appointment_list.asyncio_detailed(client=client, location_id=1)
    assert response.parsed is not None
    staff = unwrap(response)[0].staff
    assert isinstance(staff, AppointmentStaff)
    assert staff.to_dict() == {}
    assert response.parsed == RecordsCompanyidResponseDataTypes.from_dict(body)


def a_context() -> ParseContext:
    request = httpx.Request("GET", "https://api.alteg.io/api/v1/x")
    return ParseContext(httpx.Response(200, request=request), "an_operation")


def lazily(model: type[Any], raw: Any) -> Any:
    return model._lazy(raw, a_context())


@pytest.mark.parametrize(
    ("model", "name"),
    [
        (AppointmentResourceAttributes, "comer_id"),  # converted: `int | None` through its parser
        (CreateTimetableEventScheduleBody, "date_end"),  # a date
        (AppointmentResource, "attributes"),  # a nested model
        (AppointmentResourceAttributes, "company_id"),  # taken as is
    ],
)
def test_an_absent_required_field_raises_a_schema_error_never_unset(model: type[Any], name: str) -> None:
    record = lazily(model, {})
    with pytest.raises(ResponseSchemaError) as caught:
        getattr(record, name)
    assert caught.value.where == f"{model.__name__}.{name}"
    assert caught.value.operation == "an_operation"
    assert isinstance(caught.value.__cause__, KeyError)
    assert str(caught.value).endswith(f"at {model.__name__}.{name} (KeyError: '{name}')")
    with pytest.raises(ResponseSchemaError):  # still unread: not stored as UNSET by the failed read
        getattr(record, name)


def test_an_absent_optional_field_reads_as_unset_and_a_present_one_converts() -> None:
    record = lazily(AppointmentListItem, {"id": 3})
    assert record.datetime is UNSET
    assert record.staff is UNSET
    assert record.id == 3
    dated = lazily(CreateTimetableEventScheduleBody, {"date_end": "2026-03-20"})
    assert dated.date_end == datetime.date(2026, 3, 20)
    nested = lazily(AppointmentResource, {"attributes": {"comer_id": None}})
    assert isinstance(nested.attributes, AppointmentResourceAttributes)
    assert nested.attributes.comer_id is None


@pytest.mark.parametrize(
    ("raw", "named"),
    [("x", "a string"), (True, "a boolean"), (None, "null"), (1.5, "a number"), (7, "a number"), ([1], "an array")],
)
def test_a_wrong_shape_is_named_as_json_names_it(raw: Any, named: str) -> None:
    with pytest.raises(TypeError, match=f"^AppointmentResource: expected a JSON object, got {named}$"):
        lazily(AppointmentResource, raw)
    if not isinstance(raw, list):
        with pytest.raises(TypeError, match=f"^list\\[AppointmentResource\\]: expected a JSON array, got {named}$"):
            AppointmentResource._lazy_list(raw, a_context())
    with pytest.raises(TypeError, match=f"^item 2: AppointmentResource: expected a JSON object, got {named}$"):
        AppointmentResource._lazy_list([{}, [], raw], a_context())


def test_php_empty_objects_in_a_list_read_as_models_and_keep_the_call_context() -> None:
    request = httpx.Request("GET", "https://api.alteg.io/api/v1/x")
    context = ParseContext(httpx.Response(200, request=request), "list_things")
    items = AppointmentResource._lazy_list([[], {"type": "record"}, [], {}], context)
    assert all(isinstance(item, AppointmentResource) for item in items)
    assert [type(item).__name__ for item in items] == ["AppointmentResource"] * 4  # unread: its twin
    assert items[1].type == "record"
    for item in (items[0], items[2]):
        with pytest.raises(ResponseSchemaError) as caught:  # `[]` is an empty object: its fields are missing
            _ = item.type
        assert caught.value.operation == "list_things"


def test_materialize_reaches_models_inside_lists_and_dicts() -> None:
    for nested in ([["bad"]], {"a": {"b": "bad"}}, [{"a": "bad"}]):
        bad = lazily(AppointmentResource, {"type": "record"})  # required fields missing
        with pytest.raises(ResponseSchemaError, match=r"at AppointmentResource\."):
            materialize(_put(nested, bad))
    materialize([[lazily(MembershipTypeCounts, {"n": 1})], {"a": 1}, "text"])  # complete models pass


def _put(shape: Any, model: Any) -> Any:
    """``shape`` with the string "bad" replaced by ``model``."""
    if shape == "bad":
        return model
    if isinstance(shape, list):
        return [_put(item, model) for item in shape]
    return {key: _put(value, model) for key, value in shape.items()}


def test_an_unknown_attribute_is_an_attribute_error_as_on_any_object() -> None:
    record = lazily(AppointmentResource, {"type": "record"})
    with pytest.raises(AttributeError, match=r"^'AppointmentResource' object has no attribute 'typo'$"):
        _ = record.typo
    assert getattr(record, "typo", None) is None
