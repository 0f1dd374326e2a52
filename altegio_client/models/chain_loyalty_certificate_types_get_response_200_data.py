from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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
    from ..models.id_and_title import IdAndTitle


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesGetResponse200Data")


@_attrs_define
class ChainLoyaltyCertificateTypesGetResponse200Data(LazyModel):
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    balance: float | Unset = UNSET
    is_multi: bool | Unset = UNSET
    company_group_id: int | Unset = UNSET
    category_id: int | None | Unset = UNSET
    weight: int | Unset = UNSET
    item_type_id: int | Unset = UNSET
    expiration_type_id: int | Unset = UNSET
    expiration_date: _datetime.datetime | None | Unset = UNSET
    expiration_timeout: int | Unset = UNSET
    expiration_timeout_unit_id: int | Unset = UNSET
    balance_edit_type_id: int | Unset = UNSET
    is_allow_empty_code: bool | Unset = UNSET
    is_serial_number_limited: bool | Unset = UNSET
    is_archived: bool | Unset = UNSET
    date_archived: None | str | Unset = UNSET
    online_sale_is_enabled: bool | Unset = UNSET
    online_sale_title: str | Unset = UNSET
    online_sale_description: str | Unset = UNSET
    online_sale_price: float | Unset = UNSET
    online_sale_image: None | str | Unset = UNSET
    released_total: int | Unset = UNSET
    item_type: IdAndTitle | Unset = UNSET
    service_ids: list[int] | Unset = UNSET
    salon_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        company_group_id = self.company_group_id

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        weight = self.weight

        item_type_id = self.item_type_id

        expiration_type_id = self.expiration_type_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        expiration_timeout = self.expiration_timeout

        expiration_timeout_unit_id = self.expiration_timeout_unit_id

        balance_edit_type_id = self.balance_edit_type_id

        is_allow_empty_code = self.is_allow_empty_code

        is_serial_number_limited = self.is_serial_number_limited

        is_archived = self.is_archived

        date_archived: None | str | Unset
        if isinstance(self.date_archived, Unset):
            date_archived = UNSET
        else:
            date_archived = self.date_archived

        online_sale_is_enabled = self.online_sale_is_enabled

        online_sale_title = self.online_sale_title

        online_sale_description = self.online_sale_description

        online_sale_price = self.online_sale_price

        online_sale_image: None | str | Unset
        if isinstance(self.online_sale_image, Unset):
            online_sale_image = UNSET
        else:
            online_sale_image = self.online_sale_image

        released_total = self.released_total

        item_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.to_dict()

        service_ids: list[int] | Unset = UNSET
        if not isinstance(self.service_ids, Unset):
            service_ids = self.service_ids

        salon_ids: list[int] | Unset = UNSET
        if not isinstance(self.salon_ids, Unset):
            salon_ids = self.salon_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if balance is not UNSET:
            field_dict["balance"] = balance
        if is_multi is not UNSET:
            field_dict["is_multi"] = is_multi
        if company_group_id is not UNSET:
            field_dict["company_group_id"] = company_group_id
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if weight is not UNSET:
            field_dict["weight"] = weight
        if item_type_id is not UNSET:
            field_dict["item_type_id"] = item_type_id
        if expiration_type_id is not UNSET:
            field_dict["expiration_type_id"] = expiration_type_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if expiration_timeout is not UNSET:
            field_dict["expiration_timeout"] = expiration_timeout
        if expiration_timeout_unit_id is not UNSET:
            field_dict["expiration_timeout_unit_id"] = expiration_timeout_unit_id
        if balance_edit_type_id is not UNSET:
            field_dict["balance_edit_type_id"] = balance_edit_type_id
        if is_allow_empty_code is not UNSET:
            field_dict["is_allow_empty_code"] = is_allow_empty_code
        if is_serial_number_limited is not UNSET:
            field_dict["is_serial_number_limited"] = is_serial_number_limited
        if is_archived is not UNSET:
            field_dict["is_archived"] = is_archived
        if date_archived is not UNSET:
            field_dict["date_archived"] = date_archived
        if online_sale_is_enabled is not UNSET:
            field_dict["online_sale_is_enabled"] = online_sale_is_enabled
        if online_sale_title is not UNSET:
            field_dict["online_sale_title"] = online_sale_title
        if online_sale_description is not UNSET:
            field_dict["online_sale_description"] = online_sale_description
        if online_sale_price is not UNSET:
            field_dict["online_sale_price"] = online_sale_price
        if online_sale_image is not UNSET:
            field_dict["online_sale_image"] = online_sale_image
        if released_total is not UNSET:
            field_dict["released_total"] = released_total
        if item_type is not UNSET:
            field_dict["item_type"] = item_type
        if service_ids is not UNSET:
            field_dict["service_ids"] = service_ids
        if salon_ids is not UNSET:
            field_dict["salon_ids"] = salon_ids

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_and_title import IdAndTitle  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        balance = d.pop("balance", UNSET)

        is_multi = d.pop("is_multi", UNSET)

        company_group_id = d.pop("company_group_id", UNSET)

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        weight = d.pop("weight", UNSET)

        item_type_id = d.pop("item_type_id", UNSET)

        expiration_type_id = d.pop("expiration_type_id", UNSET)

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = types.parse_iso_datetime(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        expiration_timeout = d.pop("expiration_timeout", UNSET)

        expiration_timeout_unit_id = d.pop("expiration_timeout_unit_id", UNSET)

        balance_edit_type_id = d.pop("balance_edit_type_id", UNSET)

        is_allow_empty_code = d.pop("is_allow_empty_code", UNSET)

        is_serial_number_limited = d.pop("is_serial_number_limited", UNSET)

        is_archived = d.pop("is_archived", UNSET)

        def _parse_date_archived(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_archived = _parse_date_archived(d.pop("date_archived", UNSET))

        online_sale_is_enabled = d.pop("online_sale_is_enabled", UNSET)

        online_sale_title = d.pop("online_sale_title", UNSET)

        online_sale_description = d.pop("online_sale_description", UNSET)

        online_sale_price = d.pop("online_sale_price", UNSET)

        def _parse_online_sale_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        online_sale_image = _parse_online_sale_image(d.pop("online_sale_image", UNSET))

        released_total = d.pop("released_total", UNSET)

        _item_type = d.pop("item_type", UNSET)
        item_type: IdAndTitle | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = IdAndTitle.from_dict(_item_type)

        service_ids = cast(list[int], d.pop("service_ids", UNSET))

        salon_ids = cast(list[int], d.pop("salon_ids", UNSET))

        chain_loyalty_certificate_types_get_response_200_data = cls(
            id=id,
            title=title,
            balance=balance,
            is_multi=is_multi,
            company_group_id=company_group_id,
            category_id=category_id,
            weight=weight,
            item_type_id=item_type_id,
            expiration_type_id=expiration_type_id,
            expiration_date=expiration_date,
            expiration_timeout=expiration_timeout,
            expiration_timeout_unit_id=expiration_timeout_unit_id,
            balance_edit_type_id=balance_edit_type_id,
            is_allow_empty_code=is_allow_empty_code,
            is_serial_number_limited=is_serial_number_limited,
            is_archived=is_archived,
            date_archived=date_archived,
            online_sale_is_enabled=online_sale_is_enabled,
            online_sale_title=online_sale_title,
            online_sale_description=online_sale_description,
            online_sale_price=online_sale_price,
            online_sale_image=online_sale_image,
            released_total=released_total,
            item_type=item_type,
            service_ids=service_ids,
            salon_ids=salon_ids,
        )

        chain_loyalty_certificate_types_get_response_200_data.additional_properties = d
        return chain_loyalty_certificate_types_get_response_200_data

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


def _read_expiration_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            expiration_date_type_0 = types.parse_iso_datetime(data)

            return expiration_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    expiration_date = _parse_expiration_date(json_value)

    return expiration_date


def _read_item_type(json_value: Any, parse_ctx: ParseContext) -> IdAndTitle | Unset:
    IdAndTitle = MODEL_CLASSES.get("altegio_client.models.id_and_title") or model_class(
        "altegio_client.models.id_and_title", "IdAndTitle"
    )

    _item_type = json_value
    item_type: IdAndTitle | Unset
    if isinstance(_item_type, Unset):
        item_type = UNSET
    else:
        item_type = IdAndTitle._lazy(_item_type, parse_ctx)

    return item_type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "balance",
        "is_multi",
        "company_group_id",
        "category_id",
        "weight",
        "item_type_id",
        "expiration_type_id",
        "expiration_date",
        "expiration_timeout",
        "expiration_timeout_unit_id",
        "balance_edit_type_id",
        "is_allow_empty_code",
        "is_serial_number_limited",
        "is_archived",
        "date_archived",
        "online_sale_is_enabled",
        "online_sale_title",
        "online_sale_description",
        "online_sale_price",
        "online_sale_image",
        "released_total",
        "item_type",
        "service_ids",
        "salon_ids",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyCertificateTypesGetResponse200Data._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "balance": ("balance", None, False),
    "is_multi": ("is_multi", None, False),
    "company_group_id": ("company_group_id", None, False),
    "category_id": ("category_id", None, False),
    "weight": ("weight", None, False),
    "item_type_id": ("item_type_id", None, False),
    "expiration_type_id": ("expiration_type_id", None, False),
    "expiration_date": ("expiration_date", _read_expiration_date, False),
    "expiration_timeout": ("expiration_timeout", None, False),
    "expiration_timeout_unit_id": ("expiration_timeout_unit_id", None, False),
    "balance_edit_type_id": ("balance_edit_type_id", None, False),
    "is_allow_empty_code": ("is_allow_empty_code", None, False),
    "is_serial_number_limited": ("is_serial_number_limited", None, False),
    "is_archived": ("is_archived", None, False),
    "date_archived": ("date_archived", None, False),
    "online_sale_is_enabled": ("online_sale_is_enabled", None, False),
    "online_sale_title": ("online_sale_title", None, False),
    "online_sale_description": ("online_sale_description", None, False),
    "online_sale_price": ("online_sale_price", None, False),
    "online_sale_image": ("online_sale_image", None, False),
    "released_total": ("released_total", None, False),
    "item_type": ("item_type", _read_item_type, False),
    "service_ids": ("service_ids", None, False),
    "salon_ids": ("salon_ids", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyCertificateTypesGetResponse200Data, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.balance = get("balance", UNSET)
    model.is_multi = get("is_multi", UNSET)
    model.company_group_id = get("company_group_id", UNSET)
    model.category_id = get("category_id", UNSET)
    model.weight = get("weight", UNSET)
    model.item_type_id = get("item_type_id", UNSET)
    model.expiration_type_id = get("expiration_type_id", UNSET)
    model.expiration_timeout = get("expiration_timeout", UNSET)
    model.expiration_timeout_unit_id = get("expiration_timeout_unit_id", UNSET)
    model.balance_edit_type_id = get("balance_edit_type_id", UNSET)
    model.is_allow_empty_code = get("is_allow_empty_code", UNSET)
    model.is_serial_number_limited = get("is_serial_number_limited", UNSET)
    model.is_archived = get("is_archived", UNSET)
    model.date_archived = get("date_archived", UNSET)
    model.online_sale_is_enabled = get("online_sale_is_enabled", UNSET)
    model.online_sale_title = get("online_sale_title", UNSET)
    model.online_sale_description = get("online_sale_description", UNSET)
    model.online_sale_price = get("online_sale_price", UNSET)
    model.online_sale_image = get("online_sale_image", UNSET)
    model.released_total = get("released_total", UNSET)
    model.service_ids = get("service_ids", UNSET)
    model.salon_ids = get("salon_ids", UNSET)


def _fill_converted(
    model: ChainLoyaltyCertificateTypesGetResponse200Data,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "expiration_date" not in done:
        value = get("expiration_date", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.expiration_date = UNSET
        else:
            try:
                model.expiration_date = _read_expiration_date(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "item_type" not in done:
        value = get("item_type", UNSET)
        if value is UNSET:
            model.item_type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
                "altegio_client.models.id_and_title", "IdAndTitle"
            )
            try:
                model.item_type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyCertificateTypesGetResponse200Data | None = None
) -> ChainLoyaltyCertificateTypesGetResponse200Data:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyCertificateTypesGetResponse200Data._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyCertificateTypesGetResponse200Data
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
        layout = layout_of(ChainLoyaltyCertificateTypesGetResponse200Data, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_expiration_date, value_item_type = fill(json_value, model)
    if value_expiration_date is UNSET:  # what every optional field's converter returns for it
        model.expiration_date = UNSET
    else:
        try:
            model.expiration_date = _read_expiration_date(value_expiration_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_item_type is UNSET:
        model.item_type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.id_and_title") or model_builder(
            "altegio_client.models.id_and_title", "IdAndTitle"
        )
        try:
            model.item_type = build(value_item_type, parse_ctx)
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
        model.__class__ = lazily_read_class(ChainLoyaltyCertificateTypesGetResponse200Data)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyCertificateTypesGetResponse200Data
        del model._raw, model._context
    return model


ChainLoyaltyCertificateTypesGetResponse200Data._lazy_fill = (_fill_plain, _fill_converted, _build)
