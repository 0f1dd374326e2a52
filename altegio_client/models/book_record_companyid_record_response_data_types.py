from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.book_record_companyid_record_response_data_types_data import (
        BookRecordCompanyidRecordResponseDataTypesData,
    )


T = TypeVar("T", bound="BookRecordCompanyidRecordResponseDataTypes")


@_attrs_define
class BookRecordCompanyidRecordResponseDataTypes(LazyModel):
    """Move appointment to session

    Example:
        {'success': True, 'data': {'id': 30358, 'services': [{'id': 2838, 'title': 'Foot massage', 'cost': 0,
            'discount': 0}], 'company': {'id': 4564, 'title': 'Business Example', 'country_id': 0, 'country': 'United
            States', 'city_id': 0, 'city': 'New York', 'phone': '+13155550175', 'timezone': '0', 'address': 'New York, 787
            Jackson Drive', 'coordinate_lat': 40.73061, 'coordinate_lon': -73.935242}, 'staff': {'id': 924, 'name':
            'Evgenia', 'spec': 'about eu', 'show_rating': 1, 'rating': 5, 'votes_count': 1, 'avatar':
            'https://app.alteg.io/images/no-master.png', 'comments_count': 0}, 'date': '2026-09-21T23:00:00.000-05:00',
            'create_date': '2026-09-21T23:00:00.000-05:00', 'comment': '', 'deleted': True, 'length': 3600, 'notify_by_sms':
            0, 'notify_by_email': 0, 'master_requested': False, 'online': True, 'api_id': 0}}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: BookRecordCompanyidRecordResponseDataTypesData | Unset = UNSET
    """ Data (object) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_record_companyid_record_response_data_types_data import (
            BookRecordCompanyidRecordResponseDataTypesData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: BookRecordCompanyidRecordResponseDataTypesData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = BookRecordCompanyidRecordResponseDataTypesData.from_dict(_data)

        book_record_companyid_record_response_data_types = cls(
            success=success,
            data=data,
        )

        book_record_companyid_record_response_data_types.additional_properties = d
        return book_record_companyid_record_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> BookRecordCompanyidRecordResponseDataTypesData | Unset:
    BookRecordCompanyidRecordResponseDataTypesData = MODEL_CLASSES.get(
        "altegio_client.models.book_record_companyid_record_response_data_types_data"
    ) or model_class(
        "altegio_client.models.book_record_companyid_record_response_data_types_data",
        "BookRecordCompanyidRecordResponseDataTypesData",
    )

    _data = json_value
    data: BookRecordCompanyidRecordResponseDataTypesData | Unset
    if isinstance(_data, Unset):
        data = UNSET
    else:
        data = BookRecordCompanyidRecordResponseDataTypesData._lazy(_data, parse_ctx)

    return data


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookRecordCompanyidRecordResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookRecordCompanyidRecordResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: BookRecordCompanyidRecordResponseDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_record_companyid_record_response_data_types_data"
            ) or model_builder(
                "altegio_client.models.book_record_companyid_record_response_data_types_data",
                "BookRecordCompanyidRecordResponseDataTypesData",
            )
            try:
                model.data = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookRecordCompanyidRecordResponseDataTypes | None = None
) -> BookRecordCompanyidRecordResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookRecordCompanyidRecordResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            BookRecordCompanyidRecordResponseDataTypes
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(BookRecordCompanyidRecordResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_data,) = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_record_companyid_record_response_data_types_data"
        ) or model_builder(
            "altegio_client.models.book_record_companyid_record_response_data_types_data",
            "BookRecordCompanyidRecordResponseDataTypesData",
        )
        try:
            model.data = build(value_data, parse_ctx)
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
        model.__class__ = lazily_read_class(BookRecordCompanyidRecordResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookRecordCompanyidRecordResponseDataTypes
        del model._raw, model._context
    return model


BookRecordCompanyidRecordResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
