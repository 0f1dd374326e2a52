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
    ISO_PARSERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_list_item_categories_type_1 import ClientListItemCategoriesType1
    from ..models.client_list_item_custom_fields_type_0 import (
        ClientListItemCustomFieldsType0,
    )


T = TypeVar("T", bound="ClientListItem")


@_attrs_define
class ClientListItem(LazyModel):
    id: int | Unset = UNSET
    """ Client ID """
    name: str | Unset = UNSET
    """ Client name """
    phone: int | str | Unset = UNSET
    """ Customer phone """
    email: str | Unset = UNSET
    """ Client Email """
    categories: ClientListItemCategoriesType1 | list[ClientListItemCategoriesType1] | Unset = UNSET
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
    card: float | str | Unset = UNSET
    """ Client card number """
    birth_date: _datetime.date | None | Unset = UNSET
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
    last_change_date: _datetime.datetime | Unset = UNSET
    """ Last modified date """
    custom_fields: ClientListItemCustomFieldsType0 | list[ClientListItemCustomFieldsType0] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.client_list_item_custom_fields_type_0 import (
            ClientListItemCustomFieldsType0,  # noqa: PLC0415
        )

        id = self.id

        name = self.name

        phone: int | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email = self.email

        categories: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories.to_dict()

        gender_id = self.gender_id

        gender = self.gender

        discount = self.discount

        importance_id = self.importance_id

        importance = self.importance

        card: float | str | Unset
        if isinstance(self.card, Unset):
            card = UNSET
        else:
            card = self.card

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        comment = self.comment

        sms_check = self.sms_check

        sms_not = self.sms_not

        spent = self.spent

        balance = self.balance

        visits = self.visits

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, ClientListItemCustomFieldsType0):
            custom_fields = self.custom_fields.to_dict()
        else:
            custom_fields = []
            for custom_fields_type_1_item_data in self.custom_fields:
                custom_fields_type_1_item = custom_fields_type_1_item_data.to_dict()
                custom_fields.append(custom_fields_type_1_item)

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
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_list_item_categories_type_1 import (
            ClientListItemCategoriesType1,  # noqa: PLC0415
        )
        from ..models.client_list_item_custom_fields_type_0 import (
            ClientListItemCustomFieldsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_phone(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        email = d.pop("email", UNSET)

        def _parse_categories(
            data: object,
        ) -> ClientListItemCategoriesType1 | list[ClientListItemCategoriesType1] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = ClientListItemCategoriesType1.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            categories_type_1 = ClientListItemCategoriesType1.from_dict(data)

            return categories_type_1

        categories = _parse_categories(d.pop("categories", UNSET))

        gender_id = d.pop("gender_id", UNSET)

        gender = d.pop("gender", UNSET)

        discount = d.pop("discount", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        def _parse_card(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        card = _parse_card(d.pop("card", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = types.parse_iso_date(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

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

        def _parse_custom_fields(
            data: object,
        ) -> ClientListItemCustomFieldsType0 | list[ClientListItemCustomFieldsType0] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_fields_type_0 = ClientListItemCustomFieldsType0.from_dict(data)

                return custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            custom_fields_type_1 = []
            _custom_fields_type_1 = data
            for custom_fields_type_1_item_data in _custom_fields_type_1:
                custom_fields_type_1_item = ClientListItemCustomFieldsType0.from_dict(custom_fields_type_1_item_data)

                custom_fields_type_1.append(custom_fields_type_1_item)

            return custom_fields_type_1

        custom_fields = _parse_custom_fields(d.pop("custom_fields", UNSET))

        client_list_item = cls(
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

        client_list_item.additional_properties = d
        return client_list_item

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
) -> ClientListItemCategoriesType1 | list[ClientListItemCategoriesType1] | Unset:
    ClientListItemCategoriesType1 = MODEL_CLASSES.get(
        "altegio_client.models.client_list_item_categories_type_1"
    ) or model_class("altegio_client.models.client_list_item_categories_type_1", "ClientListItemCategoriesType1")

    def _parse_categories(data: object) -> ClientListItemCategoriesType1 | list[ClientListItemCategoriesType1] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            categories_type_0 = []
            _categories_type_0 = data
            for categories_type_0_item_data in _categories_type_0:
                categories_type_0_item = ClientListItemCategoriesType1.from_dict(categories_type_0_item_data)

                categories_type_0.append(categories_type_0_item)

            return categories_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        categories_type_1 = ClientListItemCategoriesType1.from_dict(data)

        return categories_type_1

    categories = _parse_categories(json_value)

    return categories


def _read_birth_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None | Unset:

    def _parse_birth_date(data: object) -> datetime.date | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            birth_date_type_0 = types.parse_iso_date(data)

            return birth_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None | Unset, data)

    birth_date = _parse_birth_date(json_value)

    return birth_date


def _read_last_change_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    last_change_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        last_change_date = UNSET
    else:
        try:
            last_change_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            last_change_date = types.parse_iso_datetime(json_value)

    return last_change_date


ISO_PARSERS[_read_last_change_date] = datetime_from_iso


def _read_custom_fields(
    json_value: Any, parse_ctx: ParseContext
) -> ClientListItemCustomFieldsType0 | list[ClientListItemCustomFieldsType0] | Unset:
    ClientListItemCustomFieldsType0 = MODEL_CLASSES.get(
        "altegio_client.models.client_list_item_custom_fields_type_0"
    ) or model_class("altegio_client.models.client_list_item_custom_fields_type_0", "ClientListItemCustomFieldsType0")

    def _parse_custom_fields(
        data: object,
    ) -> ClientListItemCustomFieldsType0 | list[ClientListItemCustomFieldsType0] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            custom_fields_type_0 = ClientListItemCustomFieldsType0.from_dict(data)

            return custom_fields_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        custom_fields_type_1 = []
        _custom_fields_type_1 = data
        for custom_fields_type_1_item_data in _custom_fields_type_1:
            custom_fields_type_1_item = ClientListItemCustomFieldsType0.from_dict(custom_fields_type_1_item_data)

            custom_fields_type_1.append(custom_fields_type_1_item)

        return custom_fields_type_1

    custom_fields = _parse_custom_fields(json_value)

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


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientListItem._lazy_fields = {
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


def _fill_plain(model: ClientListItem, json_value: dict[str, Any]) -> None:
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
    model: ClientListItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "categories" not in done:
        value = get("categories", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.categories = UNSET
        else:
            try:
                model.categories = _read_categories(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "birth_date" not in done:
        value = get("birth_date", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.birth_date = UNSET
        else:
            try:
                model.birth_date = _read_birth_date(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "last_change_date" not in done:
        value = get("last_change_date", UNSET)
        if value is UNSET:
            model.last_change_date = UNSET
        else:
            try:
                try:
                    model.last_change_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.last_change_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "custom_fields" not in done:
        value = get("custom_fields", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.custom_fields = UNSET
        else:
            try:
                model.custom_fields = _read_custom_fields(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: ClientListItem | None = None) -> ClientListItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientListItem._lazy(json_value, parse_ctx)
        model = new_model(ClientListItem)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ClientListItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_categories, value_birth_date, value_last_change_date, value_custom_fields = fill(json_value, model)
    if value_categories is UNSET:  # what every optional field's converter returns for it
        model.categories = UNSET
    else:
        try:
            model.categories = _read_categories(value_categories, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_birth_date is UNSET:  # what every optional field's converter returns for it
        model.birth_date = UNSET
    else:
        try:
            model.birth_date = _read_birth_date(value_birth_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_last_change_date is UNSET:
        model.last_change_date = UNSET
    else:
        try:
            try:
                model.last_change_date = datetime_from_iso(value_last_change_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.last_change_date = types.parse_iso_datetime(value_last_change_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_fields is UNSET:  # what every optional field's converter returns for it
        model.custom_fields = UNSET
    else:
        try:
            model.custom_fields = _read_custom_fields(value_custom_fields, parse_ctx)
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
        model.__class__ = lazily_read_class(ClientListItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientListItem
        del model._raw, model._context
    return model


ClientListItem._lazy_fill = (_fill_plain, _fill_converted, _build)
