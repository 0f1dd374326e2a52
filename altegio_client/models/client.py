from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..models.client_sex_id import ClientSexId, check_client_sex_id
from ..models.zero_or_one import ZeroOrOne, check_zero_or_one
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_categories_item import ClientCategoriesItem
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="Client")


@_attrs_define
class Client(LazyModel):
    """Client data sent in webhook notifications. Uses the full client profile with all default includes (email, card,
    birth_date, comment, discount, visits, sex, sms preferences, money, importance, categories, custom_fields).

    """

    id: int | Unset = UNSET
    """ Client ID. """
    name: str | Unset = UNSET
    """ First name. """
    surname: str | Unset = UNSET
    patronymic: str | Unset = UNSET
    display_name: str | Unset = UNSET
    """ Formatted full name. """
    phone: str | Unset = UNSET
    """ Phone number (visible — webhook always has full access). """
    email: str | Unset = UNSET
    card: str | Unset = UNSET
    """ Loyalty card number. """
    birth_date: _datetime.date | Unset = UNSET
    """ Birthday in YYYY-MM-DD format. """
    comment: str | Unset = UNSET
    """ Client card comment. """
    discount: float | Unset = UNSET
    """ Personal discount percentage. """
    visits: int | Unset = UNSET
    """ Total visit count. """
    sex_id: ClientSexId | Unset = UNSET
    """ 0 — unknown, 1 — male, 2 — female. """
    sex: str | Unset = UNSET
    sms_check: ZeroOrOne | Unset = UNSET
    sms_bot: ZeroOrOne | Unset = UNSET
    sms_not: ZeroOrOne | Unset = UNSET
    spent: float | Unset = UNSET
    """ Total amount spent. """
    paid: float | Unset = UNSET
    """ Total amount paid. """
    balance: float | Unset = UNSET
    """ Current balance. """
    importance_id: int | Unset = UNSET
    """ 0 — normal, 1 — VIP, 2 — blacklisted. """
    importance: str | Unset = UNSET
    categories: list[ClientCategoriesItem] | Unset = UNSET
    """ Client category labels. """
    last_change_date: _datetime.datetime | Unset = UNSET
    custom_fields: list[JsonObject] | Unset = UNSET
    """ Custom field values configured for this location. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        surname = self.surname

        patronymic = self.patronymic

        display_name = self.display_name

        phone = self.phone

        email = self.email

        card = self.card

        birth_date: str | Unset = UNSET
        if not isinstance(self.birth_date, Unset):
            birth_date = self.birth_date.isoformat()

        comment = self.comment

        discount = self.discount

        visits = self.visits

        sex_id: int | Unset = UNSET
        if not isinstance(self.sex_id, Unset):
            sex_id = self.sex_id

        sex = self.sex

        sms_check: int | Unset = UNSET
        if not isinstance(self.sms_check, Unset):
            sms_check = self.sms_check

        sms_bot: int | Unset = UNSET
        if not isinstance(self.sms_bot, Unset):
            sms_bot = self.sms_bot

        sms_not: int | Unset = UNSET
        if not isinstance(self.sms_not, Unset):
            sms_not = self.sms_not

        spent = self.spent

        paid = self.paid

        balance = self.balance

        importance_id = self.importance_id

        importance = self.importance

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        last_change_date: str | Unset = UNSET
        if not isinstance(self.last_change_date, Unset):
            last_change_date = self.last_change_date.isoformat()

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if discount is not UNSET:
            field_dict["discount"] = discount
        if visits is not UNSET:
            field_dict["visits"] = visits
        if sex_id is not UNSET:
            field_dict["sex_id"] = sex_id
        if sex is not UNSET:
            field_dict["sex"] = sex
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_bot is not UNSET:
            field_dict["sms_bot"] = sms_bot
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if spent is not UNSET:
            field_dict["spent"] = spent
        if paid is not UNSET:
            field_dict["paid"] = paid
        if balance is not UNSET:
            field_dict["balance"] = balance
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if importance is not UNSET:
            field_dict["importance"] = importance
        if categories is not UNSET:
            field_dict["categories"] = categories
        if last_change_date is not UNSET:
            field_dict["last_change_date"] = last_change_date
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_categories_item import ClientCategoriesItem  # noqa: PLC0415
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        display_name = d.pop("display_name", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        card = d.pop("card", UNSET)

        _birth_date = d.pop("birth_date", UNSET)
        birth_date: datetime.date | Unset
        if isinstance(_birth_date, Unset):
            birth_date = UNSET
        else:
            birth_date = types.parse_iso_date(_birth_date)

        comment = d.pop("comment", UNSET)

        discount = d.pop("discount", UNSET)

        visits = d.pop("visits", UNSET)

        _sex_id = d.pop("sex_id", UNSET)
        sex_id: ClientSexId | Unset
        if isinstance(_sex_id, Unset):
            sex_id = UNSET
        else:
            sex_id = check_client_sex_id(_sex_id)

        sex = d.pop("sex", UNSET)

        _sms_check = d.pop("sms_check", UNSET)
        sms_check: ZeroOrOne | Unset
        if isinstance(_sms_check, Unset):
            sms_check = UNSET
        else:
            sms_check = check_zero_or_one(_sms_check)

        _sms_bot = d.pop("sms_bot", UNSET)
        sms_bot: ZeroOrOne | Unset
        if isinstance(_sms_bot, Unset):
            sms_bot = UNSET
        else:
            sms_bot = check_zero_or_one(_sms_bot)

        _sms_not = d.pop("sms_not", UNSET)
        sms_not: ZeroOrOne | Unset
        if isinstance(_sms_not, Unset):
            sms_not = UNSET
        else:
            sms_not = check_zero_or_one(_sms_not)

        spent = d.pop("spent", UNSET)

        paid = d.pop("paid", UNSET)

        balance = d.pop("balance", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        importance = d.pop("importance", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: list[ClientCategoriesItem] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = ClientCategoriesItem.from_dict(categories_item_data)

                categories.append(categories_item)

        _last_change_date = d.pop("last_change_date", UNSET)
        last_change_date: datetime.datetime | Unset
        if isinstance(_last_change_date, Unset):
            last_change_date = UNSET
        else:
            last_change_date = types.parse_iso_datetime(_last_change_date)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[JsonObject] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JsonObject.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        client = cls(
            id=id,
            name=name,
            surname=surname,
            patronymic=patronymic,
            display_name=display_name,
            phone=phone,
            email=email,
            card=card,
            birth_date=birth_date,
            comment=comment,
            discount=discount,
            visits=visits,
            sex_id=sex_id,
            sex=sex,
            sms_check=sms_check,
            sms_bot=sms_bot,
            sms_not=sms_not,
            spent=spent,
            paid=paid,
            balance=balance,
            importance_id=importance_id,
            importance=importance,
            categories=categories,
            last_change_date=last_change_date,
            custom_fields=custom_fields,
        )

        client.additional_properties = d
        return client

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


def _read_birth_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    birth_date: datetime.date | Unset
    if isinstance(json_value, Unset):
        birth_date = UNSET
    else:
        try:
            birth_date = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            birth_date = types.parse_iso_date(json_value)

    return birth_date


ISO_PARSERS[_read_birth_date] = date_from_iso


def _read_sex_id(json_value: Any, parse_ctx: ParseContext) -> ClientSexId | Unset:

    _sex_id = json_value
    sex_id: ClientSexId | Unset
    if isinstance(_sex_id, Unset):
        sex_id = UNSET
    else:
        sex_id = check_client_sex_id(_sex_id)

    return sex_id


def _read_sms_check(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _sms_check = json_value
    sms_check: ZeroOrOne | Unset
    if isinstance(_sms_check, Unset):
        sms_check = UNSET
    else:
        sms_check = check_zero_or_one(_sms_check)

    return sms_check


def _read_sms_bot(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _sms_bot = json_value
    sms_bot: ZeroOrOne | Unset
    if isinstance(_sms_bot, Unset):
        sms_bot = UNSET
    else:
        sms_bot = check_zero_or_one(_sms_bot)

    return sms_bot


def _read_sms_not(json_value: Any, parse_ctx: ParseContext) -> ZeroOrOne | Unset:

    _sms_not = json_value
    sms_not: ZeroOrOne | Unset
    if isinstance(_sms_not, Unset):
        sms_not = UNSET
    else:
        sms_not = check_zero_or_one(_sms_not)

    return sms_not


def _read_categories(json_value: Any, parse_ctx: ParseContext) -> list[ClientCategoriesItem] | Unset:
    ClientCategoriesItem = MODEL_CLASSES.get("altegio_client.models.client_categories_item") or model_class(
        "altegio_client.models.client_categories_item", "ClientCategoriesItem"
    )

    _categories = json_value
    categories: list[ClientCategoriesItem] | Unset = UNSET
    if _categories is not UNSET:
        categories = ClientCategoriesItem._lazy_list(_categories, parse_ctx)

    return categories


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


def _read_custom_fields(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _custom_fields = json_value
    custom_fields: list[JsonObject] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = JsonObject._lazy_list(_custom_fields, parse_ctx)

    return custom_fields


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "surname",
        "patronymic",
        "display_name",
        "phone",
        "email",
        "card",
        "birth_date",
        "comment",
        "discount",
        "visits",
        "sex_id",
        "sex",
        "sms_check",
        "sms_bot",
        "sms_not",
        "spent",
        "paid",
        "balance",
        "importance_id",
        "importance",
        "categories",
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


Client._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "surname": ("surname", None, False),
    "patronymic": ("patronymic", None, False),
    "display_name": ("display_name", None, False),
    "phone": ("phone", None, False),
    "email": ("email", None, False),
    "card": ("card", None, False),
    "birth_date": ("birth_date", _read_birth_date, False),
    "comment": ("comment", None, False),
    "discount": ("discount", None, False),
    "visits": ("visits", None, False),
    "sex_id": ("sex_id", _read_sex_id, False),
    "sex": ("sex", None, False),
    "sms_check": ("sms_check", _read_sms_check, False),
    "sms_bot": ("sms_bot", _read_sms_bot, False),
    "sms_not": ("sms_not", _read_sms_not, False),
    "spent": ("spent", None, False),
    "paid": ("paid", None, False),
    "balance": ("balance", None, False),
    "importance_id": ("importance_id", None, False),
    "importance": ("importance", None, False),
    "categories": ("categories", _read_categories, False),
    "last_change_date": ("last_change_date", _read_last_change_date, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Client, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.surname = get("surname", UNSET)
    model.patronymic = get("patronymic", UNSET)
    model.display_name = get("display_name", UNSET)
    model.phone = get("phone", UNSET)
    model.email = get("email", UNSET)
    model.card = get("card", UNSET)
    model.comment = get("comment", UNSET)
    model.discount = get("discount", UNSET)
    model.visits = get("visits", UNSET)
    model.sex = get("sex", UNSET)
    model.spent = get("spent", UNSET)
    model.paid = get("paid", UNSET)
    model.balance = get("balance", UNSET)
    model.importance_id = get("importance_id", UNSET)
    model.importance = get("importance", UNSET)


def _fill_converted(model: Client, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "birth_date" not in done:
        value = get("birth_date", UNSET)
        if value is UNSET:
            model.birth_date = UNSET
        else:
            try:
                try:
                    model.birth_date = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.birth_date = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "sex_id" not in done:
        value = get("sex_id", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.sex_id = UNSET
        else:
            try:
                model.sex_id = _read_sex_id(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "sms_check" not in done:
        value = get("sms_check", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.sms_check = UNSET
        else:
            try:
                model.sms_check = _read_sms_check(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "sms_bot" not in done:
        value = get("sms_bot", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.sms_bot = UNSET
        else:
            try:
                model.sms_bot = _read_sms_bot(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "sms_not" not in done:
        value = get("sms_not", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.sms_not = UNSET
        else:
            try:
                model.sms_not = _read_sms_not(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "categories" not in done:
        value = get("categories", UNSET)
        if value is UNSET:
            model.categories = UNSET
        elif value == []:
            model.categories = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.client_categories_item") or model_builder(
                "altegio_client.models.client_categories_item", "ClientCategoriesItem"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.categories = [build(item, parse_ctx) for item in value]
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
        if value is UNSET:
            model.custom_fields = UNSET
        elif value == []:
            model.custom_fields = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.custom_fields = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Client | None = None) -> Client:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Client._lazy(json_value, parse_ctx)
        model = new_model(Client)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Client, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_birth_date,
        value_sex_id,
        value_sms_check,
        value_sms_bot,
        value_sms_not,
        value_categories,
        value_last_change_date,
        value_custom_fields,
    ) = fill(json_value, model)
    if value_birth_date is UNSET:
        model.birth_date = UNSET
    else:
        try:
            try:
                model.birth_date = date_from_iso(value_birth_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.birth_date = types.parse_iso_date(value_birth_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_sex_id is UNSET:  # what every optional field's converter returns for it
        model.sex_id = UNSET
    else:
        try:
            model.sex_id = _read_sex_id(value_sex_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_sms_check is UNSET:  # what every optional field's converter returns for it
        model.sms_check = UNSET
    else:
        try:
            model.sms_check = _read_sms_check(value_sms_check, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_sms_bot is UNSET:  # what every optional field's converter returns for it
        model.sms_bot = UNSET
    else:
        try:
            model.sms_bot = _read_sms_bot(value_sms_bot, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_sms_not is UNSET:  # what every optional field's converter returns for it
        model.sms_not = UNSET
    else:
        try:
            model.sms_not = _read_sms_not(value_sms_not, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_categories is UNSET:
        model.categories = UNSET
    elif value_categories == []:
        model.categories = value_categories  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.client_categories_item") or model_builder(
            "altegio_client.models.client_categories_item", "ClientCategoriesItem"
        )
        try:
            if _builtins.type(value_categories) is not list:
                raise TypeError
            model.categories = [build(item, parse_ctx) for item in value_categories]
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

    if value_custom_fields is UNSET:
        model.custom_fields = UNSET
    elif value_custom_fields == []:
        model.custom_fields = value_custom_fields  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_custom_fields) is not list:
                raise TypeError
            model.custom_fields = [build(item, parse_ctx) for item in value_custom_fields]
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
        model.__class__ = lazily_read_class(Client)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Client
        del model._raw, model._context
    return model


Client._lazy_fill = (_fill_plain, _fill_converted, _build)
