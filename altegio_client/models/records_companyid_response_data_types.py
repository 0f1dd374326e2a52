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
    from ..models.appointment_list_item import AppointmentListItem
    from ..models.records_companyid_response_data_types_meta import (
        RecordsCompanyidResponseDataTypesMeta,
    )


T = TypeVar("T", bound="RecordsCompanyidResponseDataTypes")


@_attrs_define
class RecordsCompanyidResponseDataTypes(LazyModel):
    """Get list of appointments

    Example:
        {'success': True, 'data': [{'id': 2, 'company_id': 4564, 'staff_id': 9, 'services': [{'id': 1, 'title': 'Hair
            extension', 'cost': 100, 'manual_cost': 100, 'cost_per_unit': 100, 'discount': 0, 'first_cost': 100, 'amount':
            1}], 'goods_transactions': [], 'staff': {'id': 9, 'name': 'Alex Taylor', 'specialization': 'hair extension',
            'position': {'id': 1, 'title': 'Administrator'}, 'avatar': 'http://app.alteg.io/images/no-master-sm.png',
            'avatar_big': 'http://app.alteg.io/images/no-master.png', 'rating': 0, 'votes_count': 0}, 'date':
            '2026-09-21T23:00:00.000-05:00', 'datetime': '2026-09-21T23:00:00.000-05:00', 'create_date':
            '2026-01-16T20:35:11-0500', 'comment': 'do not write down', 'online': False, 'visit_attendance': 0,
            'attendance': 0, 'confirmed': 1, 'seance_length': 3600, 'length': 3600, 'sms_before': 0, 'sms_now': 0,
            'sms_now_text': '', 'email_now': 0, 'notified': 0, 'master_request': 0, 'api_id': '', 'from_url': '',
            'review_requested': 0, 'visit_id': 8262996, 'created_user_id': 1073232, 'deleted': False, 'paid_full': 0,
            'prepaid': False, 'prepaid_confirmed': False, 'last_change_date': '2026-01-16T20:35:15-0500', 'custom_color':
            '', 'custom_font_color': '', 'record_labels': [], 'activity_id': 0, 'custom_fields': {}, 'documents': [{'id':
            8172893, 'type_id': 7, 'storage_id': 0, 'user_id': 746310, 'company_id': 4564, 'number': 4163, 'comment': '',
            'date_created': '2026-09-21T23:00:00.000-05:00', 'category_id': 0, 'visit_id': 3, 'record_id': 2, 'type_title':
            'Visit'}], 'sms_remain_hours': 5, 'email_remain_hours': 1, 'bookform_id': 0, 'record_from': '', 'is_mobile': 0,
            'is_sale_bill_printed': False, 'consumables': [], 'finance_transactions': []}, {'id': 9, 'company_id': 4564,
            'staff_id': 49, 'services': [], 'goods_transactions': [], 'staff': {'id': 49, 'name': 'Sam Carter',
            'specialization': 'stylist', 'position': {'id': 1, 'title': 'Administrator'}, 'avatar':
            'http://app.alteg.io/images/no-master-sm.png', 'avatar_big': 'http://app.alteg.io/images/no-master.png',
            'rating': 0, 'votes_count': 0}, 'date': '2026-09-21T23:00:00.000-05:00', 'datetime':
            '2026-09-21T23:00:00.000-05:00', 'create_date': '2026-01-16T20:35:11-0500', 'comment': '', 'online': True,
            'visit_attendance': 1, 'attendance': 1, 'confirmed': 1, 'seance_length': 10800, 'length': 10800, 'sms_before':
            0, 'sms_now': 0, 'sms_now_text': '', 'email_now': 0, 'notified': 0, 'master_request': 1, 'api_id': '',
            'from_url': '', 'review_requested': 0, 'visit_id': 8262996, 'created_user_id': 1073232, 'deleted': False,
            'paid_full': 0, 'prepaid': False, 'prepaid_confirmed': False, 'last_change_date': '2026-01-09T20:45:30-0500',
            'custom_color': 'f44336', 'custom_font_color': '#ffffff', 'record_labels': [{'id': 67345, 'title': 'the team
            member is not important', 'color': '#009800', 'icon': 'unlock', 'font_color': '#ffffff'}, {'id': 104474,
            'title': 'important category', 'color': '#3b2c54', 'icon': 'star', 'font_color': '#ffffff'}], 'activity_id': 0,
            'custom_fields': {}, 'documents': [{'id': 8172893, 'type_id': 7, 'storage_id': 0, 'user_id': 746310,
            'company_id': 4564, 'number': 4163, 'comment': '', 'date_created': '2026-09-21T23:00:00.000-05:00',
            'category_id': 0, 'visit_id': 3, 'record_id': 2, 'type_title': 'Visit'}], 'consumables': [],
            'finance_transactions': []}], 'meta': {'page': 1, 'total_count': 10}}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: list[AppointmentListItem] | Unset = UNSET
    """ Array of objects with data """
    meta: RecordsCompanyidResponseDataTypesMeta | Unset = UNSET
    """ Metadata (contains the page number and the number of appointments per page) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.appointment_list_item import AppointmentListItem  # noqa: PLC0415
        from ..models.records_companyid_response_data_types_meta import (
            RecordsCompanyidResponseDataTypesMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: list[AppointmentListItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = AppointmentListItem.from_dict(data_item_data)

                data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: RecordsCompanyidResponseDataTypesMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = RecordsCompanyidResponseDataTypesMeta.from_dict(_meta)

        records_companyid_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        records_companyid_response_data_types.additional_properties = d
        return records_companyid_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[AppointmentListItem] | Unset:
    AppointmentListItem = MODEL_CLASSES.get("altegio_client.models.appointment_list_item") or model_class(
        "altegio_client.models.appointment_list_item", "AppointmentListItem"
    )

    _data = json_value
    data: list[AppointmentListItem] | Unset = UNSET
    if _data is not UNSET:
        data = AppointmentListItem._lazy_list(_data, parse_ctx)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> RecordsCompanyidResponseDataTypesMeta | Unset:
    RecordsCompanyidResponseDataTypesMeta = MODEL_CLASSES.get(
        "altegio_client.models.records_companyid_response_data_types_meta"
    ) or model_class(
        "altegio_client.models.records_companyid_response_data_types_meta", "RecordsCompanyidResponseDataTypesMeta"
    )

    _meta = json_value
    meta: RecordsCompanyidResponseDataTypesMeta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = RecordsCompanyidResponseDataTypesMeta._lazy(_meta, parse_ctx)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


RecordsCompanyidResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: RecordsCompanyidResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: RecordsCompanyidResponseDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:
            model.data = UNSET
        elif value == []:
            model.data = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.appointment_list_item") or model_builder(
                "altegio_client.models.appointment_list_item", "AppointmentListItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.data = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:
            model.meta = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.records_companyid_response_data_types_meta"
            ) or model_builder(
                "altegio_client.models.records_companyid_response_data_types_meta",
                "RecordsCompanyidResponseDataTypesMeta",
            )
            try:
                model.meta = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: RecordsCompanyidResponseDataTypes | None = None
) -> RecordsCompanyidResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return RecordsCompanyidResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            RecordsCompanyidResponseDataTypes
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
        layout = layout_of(RecordsCompanyidResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:
        model.data = UNSET
    elif value_data == []:
        model.data = value_data  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.appointment_list_item") or model_builder(
            "altegio_client.models.appointment_list_item", "AppointmentListItem"
        )
        try:
            if _builtins.type(value_data) is not list:
                raise TypeError
            model.data = [build(item, parse_ctx) for item in value_data]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:
        model.meta = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.records_companyid_response_data_types_meta") or model_builder(
            "altegio_client.models.records_companyid_response_data_types_meta", "RecordsCompanyidResponseDataTypesMeta"
        )
        try:
            model.meta = build(value_meta, parse_ctx)
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
        model.__class__ = lazily_read_class(RecordsCompanyidResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = RecordsCompanyidResponseDataTypes
        del model._raw, model._context
    return model


RecordsCompanyidResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
