from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.json_object import JsonObject
    from ..models.storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type import (
        StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType,
    )


T = TypeVar("T", bound="StorageOperationGoodTransactionResponse200DataTypesDataGood")


@_attrs_define
class StorageOperationGoodTransactionResponse200DataTypesDataGood(LazyModel):
    """Product"""

    id: int | Unset = UNSET
    """ Product ID """
    title: str | Unset = UNSET
    """ Product Name """
    unit: str | Unset = UNSET
    """ unit of measurement """
    value: str | Unset = UNSET
    """ Product Name """
    label: str | Unset = UNSET
    """ Product Name """
    article: str | Unset = UNSET
    """ vendor code """
    category: str | Unset = UNSET
    """ Product category name """
    category_id: int | Unset = UNSET
    """ Product category ID """
    salon_id: int | Unset = UNSET
    """ location ID """
    good_id: int | Unset = UNSET
    """ Product ID """
    cost: float | Unset = UNSET
    """ Price """
    unit_id: int | Unset = UNSET
    """ Unit ID """
    unit_short_title: str | Unset = UNSET
    """ Abbreviated name of the unit of measurement """
    service_unit_id: int | Unset = UNSET
    """ Unit ID for the service """
    service_unit_short_title: str | Unset = UNSET
    """ Abbreviated name of the unit of measure for the service """
    actual_cost: float | Unset = UNSET
    """ Cost price """
    unit_actual_cost: float | Unset = UNSET
    """ unit cost """
    unit_actual_cost_format: str | Unset = UNSET
    """ Unit cost format """
    unit_equals: float | Unset = UNSET
    """ Unit value """
    barcode: str | Unset = UNSET
    """ Barcode """
    loyalty_abonement_type_id: int | str | Unset = UNSET
    """ Membership ID (if the product is a membership) """
    loyalty_certificate_type_id: int | str | Unset = UNSET
    """ Certificate identifier (if the product is a certificate) """
    loyalty_allow_empty_code: bool | float | Unset = UNSET
    """ Is it allowed to sell without a code """
    actual_amounts: list[JsonObject] | Unset = UNSET
    """ Quantity of products """
    last_change_date: str | Unset = UNSET
    """ Date of last product change """
    comment: str | Unset = UNSET
    """ Product comment """
    loyalty_certificate_type: (
        None | StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType | Unset
    ) = UNSET
    loyalty_serial_number_limited: float | Unset = UNSET
    """ Serial number limit flag """
    is_goods_mark_enabled: bool | Unset = UNSET
    """ Whether products marking is enabled """
    critical_amount: float | Unset = UNSET
    """ Critical stock amount threshold """
    desired_amount: float | Unset = UNSET
    """ Desired stock amount """
    is_chain: bool | Unset = UNSET
    """ Whether product belongs to chain """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type import (
            StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType,  # noqa: PLC0415
        )

        id = self.id

        title = self.title

        unit = self.unit

        value = self.value

        label = self.label

        article = self.article

        category = self.category

        category_id = self.category_id

        salon_id = self.salon_id

        good_id = self.good_id

        cost = self.cost

        unit_id = self.unit_id

        unit_short_title = self.unit_short_title

        service_unit_id = self.service_unit_id

        service_unit_short_title = self.service_unit_short_title

        actual_cost = self.actual_cost

        unit_actual_cost = self.unit_actual_cost

        unit_actual_cost_format = self.unit_actual_cost_format

        unit_equals = self.unit_equals

        barcode = self.barcode

        loyalty_abonement_type_id: int | str | Unset
        if isinstance(self.loyalty_abonement_type_id, Unset):
            loyalty_abonement_type_id = UNSET
        else:
            loyalty_abonement_type_id = self.loyalty_abonement_type_id

        loyalty_certificate_type_id: int | str | Unset
        if isinstance(self.loyalty_certificate_type_id, Unset):
            loyalty_certificate_type_id = UNSET
        else:
            loyalty_certificate_type_id = self.loyalty_certificate_type_id

        loyalty_allow_empty_code: bool | float | Unset
        if isinstance(self.loyalty_allow_empty_code, Unset):
            loyalty_allow_empty_code = UNSET
        else:
            loyalty_allow_empty_code = self.loyalty_allow_empty_code

        actual_amounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actual_amounts, Unset):
            actual_amounts = []
            for actual_amounts_item_data in self.actual_amounts:
                actual_amounts_item = actual_amounts_item_data.to_dict()
                actual_amounts.append(actual_amounts_item)

        last_change_date = self.last_change_date

        comment = self.comment

        loyalty_certificate_type: dict[str, Any] | None | Unset
        if isinstance(self.loyalty_certificate_type, Unset):
            loyalty_certificate_type = UNSET
        elif isinstance(
            self.loyalty_certificate_type,
            StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType,
        ):
            loyalty_certificate_type = self.loyalty_certificate_type.to_dict()
        else:
            loyalty_certificate_type = self.loyalty_certificate_type

        loyalty_serial_number_limited = self.loyalty_serial_number_limited

        is_goods_mark_enabled = self.is_goods_mark_enabled

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        is_chain = self.is_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if article is not UNSET:
            field_dict["article"] = article
        if category is not UNSET:
            field_dict["category"] = category
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if good_id is not UNSET:
            field_dict["good_id"] = good_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if unit_id is not UNSET:
            field_dict["unit_id"] = unit_id
        if unit_short_title is not UNSET:
            field_dict["unit_short_title"] = unit_short_title
        if service_unit_id is not UNSET:
            field_dict["service_unit_id"] = service_unit_id
        if service_unit_short_title is not UNSET:
            field_dict["service_unit_short_title"] = service_unit_short_title
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_actual_cost is not UNSET:
            field_dict["unit_actual_cost"] = unit_actual_cost
        if unit_actual_cost_format is not UNSET:
            field_dict["unit_actual_cost_format"] = unit_actual_cost_format
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if loyalty_abonement_type_id is not UNSET:
            field_dict["loyalty_abonement_type_id"] = loyalty_abonement_type_id
        if loyalty_certificate_type_id is not UNSET:
            field_dict["loyalty_certificate_type_id"] = loyalty_certificate_type_id
        if loyalty_allow_empty_code is not UNSET:
            field_dict["loyalty_allow_empty_code"] = loyalty_allow_empty_code
        if actual_amounts is not UNSET:
            field_dict["actual_amounts"] = actual_amounts
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if loyalty_certificate_type is not UNSET:
            field_dict["loyalty_certificate_type"] = loyalty_certificate_type
        if loyalty_serial_number_limited is not UNSET:
            field_dict["loyalty_serial_number_limited"] = loyalty_serial_number_limited
        if is_goods_mark_enabled is not UNSET:
            field_dict["is_goods_mark_enabled"] = is_goods_mark_enabled
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type import (
            StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        unit = d.pop("unit", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        article = d.pop("article", UNSET)

        category = d.pop("category", UNSET)

        category_id = d.pop("category_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        good_id = d.pop("good_id", UNSET)

        cost = d.pop("cost", UNSET)

        unit_id = d.pop("unit_id", UNSET)

        unit_short_title = d.pop("unit_short_title", UNSET)

        service_unit_id = d.pop("service_unit_id", UNSET)

        service_unit_short_title = d.pop("service_unit_short_title", UNSET)

        actual_cost = d.pop("actual_cost", UNSET)

        unit_actual_cost = d.pop("unit_actual_cost", UNSET)

        unit_actual_cost_format = d.pop("unit_actual_cost_format", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        barcode = d.pop("barcode", UNSET)

        def _parse_loyalty_abonement_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        loyalty_abonement_type_id = _parse_loyalty_abonement_type_id(d.pop("loyalty_abonement_type_id", UNSET))

        def _parse_loyalty_certificate_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        loyalty_certificate_type_id = _parse_loyalty_certificate_type_id(d.pop("loyalty_certificate_type_id", UNSET))

        def _parse_loyalty_allow_empty_code(data: object) -> bool | float | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | float | Unset, data)

        loyalty_allow_empty_code = _parse_loyalty_allow_empty_code(d.pop("loyalty_allow_empty_code", UNSET))

        _actual_amounts = d.pop("actual_amounts", UNSET)
        actual_amounts: list[JsonObject] | Unset = UNSET
        if _actual_amounts is not UNSET:
            actual_amounts = []
            for actual_amounts_item_data in _actual_amounts:
                actual_amounts_item = JsonObject.from_dict(actual_amounts_item_data)

                actual_amounts.append(actual_amounts_item)

        last_change_date = d.pop("last_change_date", UNSET)

        comment = d.pop("comment", UNSET)

        def _parse_loyalty_certificate_type(
            data: object,
        ) -> None | StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loyalty_certificate_type_type_0 = (
                    StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType.from_dict(data)
                )

                return loyalty_certificate_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType | Unset, data
            )

        loyalty_certificate_type = _parse_loyalty_certificate_type(d.pop("loyalty_certificate_type", UNSET))

        loyalty_serial_number_limited = d.pop("loyalty_serial_number_limited", UNSET)

        is_goods_mark_enabled = d.pop("is_goods_mark_enabled", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        storage_operation_good_transaction_response_200_data_types_data_good = cls(
            id=id,
            title=title,
            unit=unit,
            value=value,
            label=label,
            article=article,
            category=category,
            category_id=category_id,
            salon_id=salon_id,
            good_id=good_id,
            cost=cost,
            unit_id=unit_id,
            unit_short_title=unit_short_title,
            service_unit_id=service_unit_id,
            service_unit_short_title=service_unit_short_title,
            actual_cost=actual_cost,
            unit_actual_cost=unit_actual_cost,
            unit_actual_cost_format=unit_actual_cost_format,
            unit_equals=unit_equals,
            barcode=barcode,
            loyalty_abonement_type_id=loyalty_abonement_type_id,
            loyalty_certificate_type_id=loyalty_certificate_type_id,
            loyalty_allow_empty_code=loyalty_allow_empty_code,
            actual_amounts=actual_amounts,
            last_change_date=last_change_date,
            comment=comment,
            loyalty_certificate_type=loyalty_certificate_type,
            loyalty_serial_number_limited=loyalty_serial_number_limited,
            is_goods_mark_enabled=is_goods_mark_enabled,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            is_chain=is_chain,
        )

        storage_operation_good_transaction_response_200_data_types_data_good.additional_properties = d
        return storage_operation_good_transaction_response_200_data_types_data_good

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


def _read_actual_amounts(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _actual_amounts = json_value
    actual_amounts: list[JsonObject] | Unset = UNSET
    if _actual_amounts is not UNSET:
        actual_amounts = JsonObject._lazy_list(_actual_amounts, parse_ctx)

    return actual_amounts


def _read_loyalty_certificate_type(
    json_value: Any, parse_ctx: ParseContext
) -> None | StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType | Unset:
    StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type"
    ) or model_class(
        "altegio_client.models.storage_operation_good_transaction_response_200_data_types_data_good_loyalty_certificate_type",
        "StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType",
    )

    def _parse_loyalty_certificate_type(
        data: object,
    ) -> None | StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            loyalty_certificate_type_type_0 = (
                StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType.from_dict(data)
            )

            return loyalty_certificate_type_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            None | StorageOperationGoodTransactionResponse200DataTypesDataGoodLoyaltyCertificateType | Unset, data
        )

    loyalty_certificate_type = _parse_loyalty_certificate_type(json_value)

    return loyalty_certificate_type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "unit",
        "value",
        "label",
        "article",
        "category",
        "category_id",
        "salon_id",
        "good_id",
        "cost",
        "unit_id",
        "unit_short_title",
        "service_unit_id",
        "service_unit_short_title",
        "actual_cost",
        "unit_actual_cost",
        "unit_actual_cost_format",
        "unit_equals",
        "barcode",
        "loyalty_abonement_type_id",
        "loyalty_certificate_type_id",
        "loyalty_allow_empty_code",
        "actual_amounts",
        "last_change_date",
        "comment",
        "loyalty_certificate_type",
        "loyalty_serial_number_limited",
        "is_goods_mark_enabled",
        "critical_amount",
        "desired_amount",
        "is_chain",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationGoodTransactionResponse200DataTypesDataGood._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "unit": ("unit", None, False),
    "value": ("value", None, False),
    "label": ("label", None, False),
    "article": ("article", None, False),
    "category": ("category", None, False),
    "category_id": ("category_id", None, False),
    "salon_id": ("salon_id", None, False),
    "good_id": ("good_id", None, False),
    "cost": ("cost", None, False),
    "unit_id": ("unit_id", None, False),
    "unit_short_title": ("unit_short_title", None, False),
    "service_unit_id": ("service_unit_id", None, False),
    "service_unit_short_title": ("service_unit_short_title", None, False),
    "actual_cost": ("actual_cost", None, False),
    "unit_actual_cost": ("unit_actual_cost", None, False),
    "unit_actual_cost_format": ("unit_actual_cost_format", None, False),
    "unit_equals": ("unit_equals", None, False),
    "barcode": ("barcode", None, False),
    "loyalty_abonement_type_id": ("loyalty_abonement_type_id", None, False),
    "loyalty_certificate_type_id": ("loyalty_certificate_type_id", None, False),
    "loyalty_allow_empty_code": ("loyalty_allow_empty_code", None, False),
    "actual_amounts": ("actual_amounts", _read_actual_amounts, False),
    "last_change_date": ("last_change_date", None, False),
    "comment": ("comment", None, False),
    "loyalty_certificate_type": ("loyalty_certificate_type", _read_loyalty_certificate_type, False),
    "loyalty_serial_number_limited": ("loyalty_serial_number_limited", None, False),
    "is_goods_mark_enabled": ("is_goods_mark_enabled", None, False),
    "critical_amount": ("critical_amount", None, False),
    "desired_amount": ("desired_amount", None, False),
    "is_chain": ("is_chain", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationGoodTransactionResponse200DataTypesDataGood, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.unit = get("unit", UNSET)
    model.value = get("value", UNSET)
    model.label = get("label", UNSET)
    model.article = get("article", UNSET)
    model.category = get("category", UNSET)
    model.category_id = get("category_id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.good_id = get("good_id", UNSET)
    model.cost = get("cost", UNSET)
    model.unit_id = get("unit_id", UNSET)
    model.unit_short_title = get("unit_short_title", UNSET)
    model.service_unit_id = get("service_unit_id", UNSET)
    model.service_unit_short_title = get("service_unit_short_title", UNSET)
    model.actual_cost = get("actual_cost", UNSET)
    model.unit_actual_cost = get("unit_actual_cost", UNSET)
    model.unit_actual_cost_format = get("unit_actual_cost_format", UNSET)
    model.unit_equals = get("unit_equals", UNSET)
    model.barcode = get("barcode", UNSET)
    model.loyalty_abonement_type_id = get("loyalty_abonement_type_id", UNSET)
    model.loyalty_certificate_type_id = get("loyalty_certificate_type_id", UNSET)
    model.loyalty_allow_empty_code = get("loyalty_allow_empty_code", UNSET)
    model.last_change_date = get("last_change_date", UNSET)
    model.comment = get("comment", UNSET)
    model.loyalty_serial_number_limited = get("loyalty_serial_number_limited", UNSET)
    model.is_goods_mark_enabled = get("is_goods_mark_enabled", UNSET)
    model.critical_amount = get("critical_amount", UNSET)
    model.desired_amount = get("desired_amount", UNSET)
    model.is_chain = get("is_chain", UNSET)


def _fill_converted(
    model: StorageOperationGoodTransactionResponse200DataTypesDataGood,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "actual_amounts" not in done:
        value = get("actual_amounts", UNSET)
        if value is UNSET:
            model.actual_amounts = UNSET
        elif value == []:
            model.actual_amounts = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.actual_amounts = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_certificate_type" not in done:
        value = get("loyalty_certificate_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.loyalty_certificate_type = UNSET
        else:
            try:
                model.loyalty_certificate_type = _read_loyalty_certificate_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any,
    parse_ctx: ParseContext,
    model: StorageOperationGoodTransactionResponse200DataTypesDataGood | None = None,
) -> StorageOperationGoodTransactionResponse200DataTypesDataGood:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationGoodTransactionResponse200DataTypesDataGood._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationGoodTransactionResponse200DataTypesDataGood
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
        layout = layout_of(StorageOperationGoodTransactionResponse200DataTypesDataGood, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_actual_amounts, value_loyalty_certificate_type = fill(json_value, model)
    if value_actual_amounts is UNSET:
        model.actual_amounts = UNSET
    elif value_actual_amounts == []:
        model.actual_amounts = value_actual_amounts  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_actual_amounts) is not list:
                raise TypeError
            model.actual_amounts = [build(item, parse_ctx) for item in value_actual_amounts]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_certificate_type is UNSET:  # what every optional field's converter returns for it
        model.loyalty_certificate_type = UNSET
    else:
        try:
            model.loyalty_certificate_type = _read_loyalty_certificate_type(value_loyalty_certificate_type, parse_ctx)
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
        model.__class__ = lazily_read_class(StorageOperationGoodTransactionResponse200DataTypesDataGood)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationGoodTransactionResponse200DataTypesDataGood
        del model._raw, model._context
    return model


StorageOperationGoodTransactionResponse200DataTypesDataGood._lazy_fill = (_fill_plain, _fill_converted, _build)
