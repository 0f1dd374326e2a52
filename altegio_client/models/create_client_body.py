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
    from ..models.create_client_body_custom_fields import CreateClientBodyCustomFields
    from ..models.update_client_body_labels import UpdateClientBodyLabels


T = TypeVar("T", bound="CreateClientBody")


@_attrs_define
class CreateClientBody(LazyModel):
    """
    Example:
        {'name': 'James', 'surname': 'Smith', 'middle_name': 'James', 'phone': 13155550179, 'email':
            'j.smith@example.com', 'gender_id': 1, 'discount': 15, 'importance_id': 1, 'card': 555888666, 'birth_date':
            '952041600', 'comment': 'throws show-off', 'sms_check': 0, 'sms_not': 0, 'spent': 1000, 'balance': -200,
            'categories': [101, 102], 'custom_fields': {'key-1': 'value-1'}}

    """

    name: str
    """ Client name """
    phone: str
    """ Customer phone """
    surname: str | Unset = UNSET
    """ Client surname """
    middle_name: str | Unset = UNSET
    """ Client middle name """
    email: str | Unset = UNSET
    """ Client Email """
    gender_id: int | Unset = UNSET
    """ Gender of the client (1 - male, 2 - female, 0 - unknown) """
    importance_id: int | Unset = UNSET
    """ Client priority level (0 - none, 1 - bronze, 2 - silver, 3 - gold) """
    discount: float | Unset = UNSET
    """ Customer Discount """
    card: str | Unset = UNSET
    """ Client card number """
    birth_date: str | Unset = UNSET
    """ Date of birth of the client in the format yyyy-mm-dd """
    comment: str | Unset = UNSET
    """ A comment """
    spent: float | Unset = UNSET
    """ How much money spent in the location at the time of adding """
    balance: float | Unset = UNSET
    """ Client balance """
    sms_check: float | Unset = UNSET
    """ 1 - Happy Birthday by SMS, 0 - do not congratulate """
    sms_not: float | Unset = UNSET
    """ 1 - Exclude the client from SMS mailings, 0 - do not exclude """
    categories: UpdateClientBodyLabels | Unset = UNSET
    """ Array of customer tag IDs """
    custom_fields: CreateClientBodyCustomFields | Unset = UNSET
    """ Array of additional client fields as "api-key": "value" pairs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        phone = self.phone

        surname = self.surname

        middle_name = self.middle_name

        email = self.email

        gender_id = self.gender_id

        importance_id = self.importance_id

        discount = self.discount

        card = self.card

        birth_date = self.birth_date

        comment = self.comment

        spent = self.spent

        balance = self.balance

        sms_check = self.sms_check

        sms_not = self.sms_not

        categories: dict[str, Any] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories.to_dict()

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "phone": phone,
            }
        )
        if surname is not UNSET:
            field_dict["surname"] = surname
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if email is not UNSET:
            field_dict["email"] = email
        if gender_id is not UNSET:
            field_dict["gender_id"] = gender_id
        if importance_id is not UNSET:
            field_dict["importance_id"] = importance_id
        if discount is not UNSET:
            field_dict["discount"] = discount
        if card is not UNSET:
            field_dict["card"] = card
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if comment is not UNSET:
            field_dict["comment"] = comment
        if spent is not UNSET:
            field_dict["spent"] = spent
        if balance is not UNSET:
            field_dict["balance"] = balance
        if sms_check is not UNSET:
            field_dict["sms_check"] = sms_check
        if sms_not is not UNSET:
            field_dict["sms_not"] = sms_not
        if categories is not UNSET:
            field_dict["categories"] = categories
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_client_body_custom_fields import (
            CreateClientBodyCustomFields,  # noqa: PLC0415
        )
        from ..models.update_client_body_labels import UpdateClientBodyLabels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        phone = d.pop("phone")

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        email = d.pop("email", UNSET)

        gender_id = d.pop("gender_id", UNSET)

        importance_id = d.pop("importance_id", UNSET)

        discount = d.pop("discount", UNSET)

        card = d.pop("card", UNSET)

        birth_date = d.pop("birth_date", UNSET)

        comment = d.pop("comment", UNSET)

        spent = d.pop("spent", UNSET)

        balance = d.pop("balance", UNSET)

        sms_check = d.pop("sms_check", UNSET)

        sms_not = d.pop("sms_not", UNSET)

        _categories = d.pop("categories", UNSET)
        categories: UpdateClientBodyLabels | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = UpdateClientBodyLabels.from_dict(_categories)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CreateClientBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CreateClientBodyCustomFields.from_dict(_custom_fields)

        create_client_body = cls(
            name=name,
            phone=phone,
            surname=surname,
            middle_name=middle_name,
            email=email,
            gender_id=gender_id,
            importance_id=importance_id,
            discount=discount,
            card=card,
            birth_date=birth_date,
            comment=comment,
            spent=spent,
            balance=balance,
            sms_check=sms_check,
            sms_not=sms_not,
            categories=categories,
            custom_fields=custom_fields,
        )

        create_client_body.additional_properties = d
        return create_client_body

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


def _read_categories(json_value: Any, parse_ctx: ParseContext) -> UpdateClientBodyLabels | Unset:
    UpdateClientBodyLabels = MODEL_CLASSES.get("altegio_client.models.update_client_body_labels") or model_class(
        "altegio_client.models.update_client_body_labels", "UpdateClientBodyLabels"
    )

    _categories = json_value
    categories: UpdateClientBodyLabels | Unset
    if isinstance(_categories, Unset):
        categories = UNSET
    else:
        categories = UpdateClientBodyLabels._lazy(_categories, parse_ctx)

    return categories


def _read_custom_fields(json_value: Any, parse_ctx: ParseContext) -> CreateClientBodyCustomFields | Unset:
    CreateClientBodyCustomFields = MODEL_CLASSES.get(
        "altegio_client.models.create_client_body_custom_fields"
    ) or model_class("altegio_client.models.create_client_body_custom_fields", "CreateClientBodyCustomFields")

    _custom_fields = json_value
    custom_fields: CreateClientBodyCustomFields | Unset
    if isinstance(_custom_fields, Unset):
        custom_fields = UNSET
    else:
        custom_fields = CreateClientBodyCustomFields._lazy(_custom_fields, parse_ctx)

    return custom_fields


_DECLARED_KEYS = frozenset(
    {
        "name",
        "phone",
        "surname",
        "middle_name",
        "email",
        "gender_id",
        "importance_id",
        "discount",
        "card",
        "birth_date",
        "comment",
        "spent",
        "balance",
        "sms_check",
        "sms_not",
        "categories",
        "custom_fields",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CreateClientBody._lazy_fields = {
    "name": ("name", None, True),
    "phone": ("phone", None, True),
    "surname": ("surname", None, False),
    "middle_name": ("middle_name", None, False),
    "email": ("email", None, False),
    "gender_id": ("gender_id", None, False),
    "importance_id": ("importance_id", None, False),
    "discount": ("discount", None, False),
    "card": ("card", None, False),
    "birth_date": ("birth_date", None, False),
    "comment": ("comment", None, False),
    "spent": ("spent", None, False),
    "balance": ("balance", None, False),
    "sms_check": ("sms_check", None, False),
    "sms_not": ("sms_not", None, False),
    "categories": ("categories", _read_categories, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CreateClientBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "name" in json_value:
        model.name = json_value["name"]
    if "phone" in json_value:
        model.phone = json_value["phone"]
    model.surname = get("surname", UNSET)
    model.middle_name = get("middle_name", UNSET)
    model.email = get("email", UNSET)
    model.gender_id = get("gender_id", UNSET)
    model.importance_id = get("importance_id", UNSET)
    model.discount = get("discount", UNSET)
    model.card = get("card", UNSET)
    model.birth_date = get("birth_date", UNSET)
    model.comment = get("comment", UNSET)
    model.spent = get("spent", UNSET)
    model.balance = get("balance", UNSET)
    model.sms_check = get("sms_check", UNSET)
    model.sms_not = get("sms_not", UNSET)


def _fill_converted(
    model: CreateClientBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "categories" not in done:
        value = get("categories", UNSET)
        if value is UNSET:
            model.categories = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.update_client_body_labels") or model_builder(
                "altegio_client.models.update_client_body_labels", "UpdateClientBodyLabels"
            )
            try:
                model.categories = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "custom_fields" not in done:
        value = get("custom_fields", UNSET)
        if value is UNSET:
            model.custom_fields = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.create_client_body_custom_fields") or model_builder(
                "altegio_client.models.create_client_body_custom_fields", "CreateClientBodyCustomFields"
            )
            try:
                model.custom_fields = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: CreateClientBody | None = None) -> CreateClientBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CreateClientBody._lazy(json_value, parse_ctx)
        model = new_model(CreateClientBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(CreateClientBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_categories, value_custom_fields = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_categories is UNSET:
        model.categories = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.update_client_body_labels") or model_builder(
            "altegio_client.models.update_client_body_labels", "UpdateClientBodyLabels"
        )
        try:
            model.categories = build(value_categories, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_fields is UNSET:
        model.custom_fields = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.create_client_body_custom_fields") or model_builder(
            "altegio_client.models.create_client_body_custom_fields", "CreateClientBodyCustomFields"
        )
        try:
            model.custom_fields = build(value_custom_fields, parse_ctx)
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
        model.__class__ = lazily_read_class(CreateClientBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CreateClientBody
        del model._raw, model._context
    return model


CreateClientBody._lazy_fill = (_fill_plain, _fill_converted, _build)
