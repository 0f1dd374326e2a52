from __future__ import annotations

import datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clients_companyid_response_deprecated_data_types_data_item_categories_item import (
        ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,
    )
    from ..models.clients_companyid_response_deprecated_data_types_data_item_custom_fields import (
        ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,
    )


T = TypeVar("T", bound="ClientsCompanyidResponseDeprecatedDataTypesDataItem")


@_attrs_define
class ClientsCompanyidResponseDeprecatedDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Client ID """
    name: str | Unset = UNSET
    """ Client name """
    phone: str | Unset = UNSET
    """ Customer phone """
    email: str | Unset = UNSET
    """ Client Email """
    categories: list[ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem] | Unset = UNSET
    """ Client categories """
    gender_id: int | Unset = UNSET
    """ Gender identifier, 0 - unknown, 1 - male, 2 - female """
    gender: str | Unset = UNSET
    """ Gender name """
    discount: float | Unset = UNSET
    """ Discount """
    importance_id: int | Unset = UNSET
    """ Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold) """
    importance: str | Unset = UNSET
    """ Client priority level name """
    card: float | Unset = UNSET
    """ Client card number """
    birth_date: datetime.date | Unset = UNSET
    """ Client's date of birth """
    comment: str | Unset = UNSET
    """ Customer comment """
    sms_check: float | Unset = UNSET
    """ 1 - Happy Birthday by SMS, 0 - do not congratulate """
    sms_not: float | Unset = UNSET
    """ 1 - Exclude the client from SMS mailings, 0 - do not exclude """
    spent: float | Unset = UNSET
    """ How much money spent in the location at the time of adding """
    balance: float | Unset = UNSET
    """ Client balance """
    visits: float | Unset = UNSET
    """ Number of visits """
    last_change_date: datetime.datetime | Unset = UNSET
    """ Last modified date """
    custom_fields: ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields | Unset = UNSET
    """ Additional client fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        phone = self.phone

        email = self.email

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        gender_id = self.gender_id

        gender = self.gender

        discount = self.discount

        importance_id = self.importance_id

        importance = self.importance

        card = self.card

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        comment = self.comment

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        balance = self.balance

        visits = self.visits

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if categories is not UNSET:
            field_dict["categories"] = categories
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if gender is not UNSET:
            field_dict["gender"] = gender
        if discount is not UNSET:
            field_dict["discount"] = discount
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if balance is not UNSET:
            field_dict["balance"] = balance
        if visits is not UNSET:
            field_dict["visits"] = visits
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clients_companyid_response_deprecated_data_types_data_item_categories_item import (
            ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem,  # noqa: PLC0415
        )
        from ..models.clients_companyid_response_deprecated_data_types_data_item_custom_fields import (
            ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem.from_dict(
                    categories_item_data
                )

                categories.append(categories_item)

        gender_id = d.pop("gender_id", UNSET)

        gender = d.pop("gender", UNSET)

        discount = d.pop("discount", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        card = d.pop("card", UNSET)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = types.parse_iso_date(_birth_date)

        comment = d.pop("comment", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        visits = d.pop("visits", UNSET)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields.from_dict(_custom_fields)

        clients_companyid_response_deprecated_data_types_data_item = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            categories=categories,
            gender_id=gender_id,
            gender=gender,
            discount=discount,
            importance_id=importance_id,
            importance=importance,
            card=card,
            birth_date=birth_date,
            comment=comment,
            sms_check=sms_check,
            sms_not=sms_not,
            spent=spent,
            balance=balance,
            visits=visits,
            last_change_date=last_change_date,
            custom_fields=custom_fields,
        )

        clients_companyid_response_deprecated_data_types_data_item.additional_properties = d
        return clients_companyid_response_deprecated_data_types_data_item

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


def _read_categories(
    json_value: Any, parse_ctx: ParseContext
) -> list[ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem] | Unset:
    ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem = MODEL_CLASSES.get(
        "altegio_client.models.clients_companyid_response_deprecated_data_types_data_item_categories_item"
    ) or model_class(
        "altegio_client.models.clients_companyid_response_deprecated_data_types_data_item_categories_item",
        "ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem",
    )

    _categories = json_value
    categories: list[ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem] | Unset = UNSET
    if _categories is not UNSET:
        categories = ClientsCompanyidResponseDeprecatedDataTypesDataItemCategoriesItem._lazy_list(
            _categories, parse_ctx
        )

    return categories


def _read_birth_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    _birth_date = json_value
    birth_date: datetime.date | Unset
    if isinstance(_birth_date, Unset):
        birth_date = UNSET
    else:
        birth_date = types.parse_iso_date(_birth_date)

    return birth_date


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    _last_change_date = json_value
    last_change_date: datetime.datetime | Unset
    if isinstance(_last_change_date, Unset):
        last_change_date = UNSET
    else:
        last_change_date = types.parse_iso_datetime(_last_change_date)

    return last_change_date


def _read_custom_fields(
    json_value: Any, parse_ctx: ParseContext
) -> ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields | Unset:
    ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields = MODEL_CLASSES.get(
        "altegio_client.models.clients_companyid_response_deprecated_data_types_data_item_custom_fields"
    ) or model_class(
        "altegio_client.models.clients_companyid_response_deprecated_data_types_data_item_custom_fields",
        "ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields",
    )

    _custom_fields = json_value
    custom_fields: ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = ClientsCompanyidResponseDeprecatedDataTypesDataItemCustomFields._lazy(_custom_fields, parse_ctx)

    return custom_fields


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "phone",
        "email",
        "categories",
        "gender_id",
        "gender",
        "discount",
        "importance_id",
        "importance",
        "card",
        "birth_date",
        "comment",
        "sms_check",
        "sms_not",
        "spent",
        "balance",
        "visits",
        "last_change_date",
        "custom_fields",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


ClientsCompanyidResponseDeprecatedDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "phone": ("phone", None, False),
    "email": ("email", None, False),
    "categories": ("categories", _read_categories, False),
    "gender_id": ("gender_id", None, False),
    "gender": ("gender", None, False),
    "discount": ("discount", None, False),
    "importance_id": ("importance_id", None, False),
    "importance": ("importance", None, False),
    "card": ("card", None, False),
    "birth_date": ("birth_date", _read_birth_date, False),
    "comment": ("comment", None, False),
    "sms_check": ("sms_check", None, False),
    "sms_not": ("sms_not", None, False),
    "spent": ("spent", None, False),
    "balance": ("balance", None, False),
    "visits": ("visits", None, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientsCompanyidResponseDeprecatedDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.phone = get("phone", UNSET)
    model.email = get("email", UNSET)
    model.gender_id = get("gender_id", UNSET)
    model.gender = get("gender", UNSET)
    model.discount = get("discount", UNSET)
    model.importance_id = get("importance_id", UNSET)
    model.importance = get("importance", UNSET)
    model.card = get("card", UNSET)
    model.comment = get("comment", UNSET)
    model.sms_check = get("sms_check", UNSET)
    model.sms_not = get("sms_not", UNSET)
    model.spent = get("spent", UNSET)
    model.balance = get("balance", UNSET)
    model.visits = get("visits", UNSET)


def _fill_converted(
    model: ClientsCompanyidResponseDeprecatedDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "categories" not in done:
        try:
            model.categories = _read_categories(json_value.get("categories", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "birth_date" not in done:
        try:
            model.birth_date = _read_birth_date(json_value.get("birth_date", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "last_change_date" not in done:
        try:
            model.last_change_date = _read_last_change_date(json_value.get("last_change_date", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "custom_fields" not in done:
        try:
            model.custom_fields = _read_custom_fields(json_value.get("custom_fields", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


ClientsCompanyidResponseDeprecatedDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted)
