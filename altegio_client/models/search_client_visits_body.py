from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.search_client_visits_body_attendance import (
    SearchClientVisitsBodyAttendance,
    check_search_client_visits_body_attendance,
)
from ..models.search_client_visits_body_payment_statuses_item import (
    SearchClientVisitsBodyPaymentStatusesItem,
    check_search_client_visits_body_payment_statuses_item,
)
from ..types import UNSET

T = TypeVar("T", bound="SearchClientVisitsBody")


@_attrs_define
class SearchClientVisitsBody(LazyModel):
    client_id: int | None
    """ Client ID. """
    client_phone: None | str
    """ Customer phone number. """
    from_: _datetime.date | None
    """ Period start date. """
    to: _datetime.date | None
    """ Period end date. """
    payment_statuses: list[SearchClientVisitsBodyPaymentStatusesItem]
    """ Visit payment status:
      `not_paid` - the visit is not paid, no payments were made for the visit;
      `paid_not_full` - the visit is partially paid;
      `paid_full` - the visit is paid in full, there is no overpayment;
      `paid_over` - there is an overpayment for the visit.
    If the filter by payment status is not required, then an empty array `[]` must be passed.
     """
    attendance: SearchClientVisitsBodyAttendance
    """ Visit status:
      `-1`: - the client did not come;
      `0`: - waiting for the client;
      `1`: - the client has arrived;
      `2`: - the client has confirmed the appointment.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id: int | None
        client_id = self.client_id

        client_phone: None | str
        client_phone = self.client_phone

        from_: None | str
        if isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str
        if isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        payment_statuses = []
        for payment_statuses_item_data in self.payment_statuses:
            payment_statuses_item: str = payment_statuses_item_data
            payment_statuses.append(payment_statuses_item)

        attendance: int = self.attendance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_phone": client_phone,
                "from": from_,
                "to": to,
                "payment_statuses": payment_statuses,
                "attendance": attendance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        client_id = _parse_client_id(d.pop("client_id"))

        def _parse_client_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_phone = _parse_client_phone(d.pop("client_phone"))

        def _parse_from_(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = types.parse_iso_date(data)

                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = types.parse_iso_date(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        to = _parse_to(d.pop("to"))

        payment_statuses = []
        _payment_statuses = d.pop("payment_statuses")
        for payment_statuses_item_data in _payment_statuses:
            payment_statuses_item = check_search_client_visits_body_payment_statuses_item(payment_statuses_item_data)

            payment_statuses.append(payment_statuses_item)

        attendance = check_search_client_visits_body_attendance(d.pop("attendance"))

        search_client_visits_body = cls(
            client_id=client_id,
            client_phone=client_phone,
            from_=from_,
            to=to,
            payment_statuses=payment_statuses,
            attendance=attendance,
        )

        search_client_visits_body.additional_properties = d
        return search_client_visits_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_from_(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None:

    def _parse_from_(data: object) -> datetime.date | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            from_type_0 = types.parse_iso_date(data)

            return from_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None, data)

    from_ = _parse_from_(json_value)

    return from_


def _read_to(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None:

    def _parse_to(data: object) -> datetime.date | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            to_type_0 = types.parse_iso_date(data)

            return to_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None, data)

    to = _parse_to(json_value)

    return to


def _read_payment_statuses(json_value: Any, parse_ctx: ParseContext) -> list[SearchClientVisitsBodyPaymentStatusesItem]:

    payment_statuses = []
    _payment_statuses = json_value
    for payment_statuses_item_data in _payment_statuses:
        payment_statuses_item = check_search_client_visits_body_payment_statuses_item(payment_statuses_item_data)

        payment_statuses.append(payment_statuses_item)

    return payment_statuses


def _read_attendance(json_value: Any, parse_ctx: ParseContext) -> SearchClientVisitsBodyAttendance:

    attendance = check_search_client_visits_body_attendance(json_value)

    return attendance


_DECLARED_KEYS = frozenset(
    {
        "client_id",
        "client_phone",
        "from",
        "to",
        "payment_statuses",
        "attendance",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SearchClientVisitsBody._lazy_fields = {
    "client_id": ("client_id", None, True),
    "client_phone": ("client_phone", None, True),
    "from_": ("from", _read_from_, True),
    "to": ("to", _read_to, True),
    "payment_statuses": ("payment_statuses", _read_payment_statuses, True),
    "attendance": ("attendance", _read_attendance, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SearchClientVisitsBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "client_id" in json_value:
        model.client_id = json_value["client_id"]
    if "client_phone" in json_value:
        model.client_phone = json_value["client_phone"]


def _fill_converted(
    model: SearchClientVisitsBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "from_" not in done:
        try:
            model.from_ = _read_from_(json_value["from"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "to" not in done:
        try:
            model.to = _read_to(json_value["to"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "payment_statuses" not in done:
        try:
            model.payment_statuses = _read_payment_statuses(json_value["payment_statuses"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "attendance" not in done:
        try:
            model.attendance = _read_attendance(json_value["attendance"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SearchClientVisitsBody | None = None
) -> SearchClientVisitsBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SearchClientVisitsBody._lazy(json_value, parse_ctx)
        model = new_model(SearchClientVisitsBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(SearchClientVisitsBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_from_, value_to, value_payment_statuses, value_attendance = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_from_ is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.from_ = _read_from_(value_from_, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_to is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.to = _read_to(value_to, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_payment_statuses is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.payment_statuses = _read_payment_statuses(value_payment_statuses, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_attendance is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.attendance = _read_attendance(value_attendance, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(SearchClientVisitsBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SearchClientVisitsBody
        del model._raw, model._context
    return model


SearchClientVisitsBody._lazy_fill = (_fill_plain, _fill_converted, _build)
