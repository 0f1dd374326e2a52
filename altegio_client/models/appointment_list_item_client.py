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
    from ..models.json_object import JsonObject


T = TypeVar("T", bound="AppointmentListItemClient")


@_attrs_define
class AppointmentListItemClient(LazyModel):
    """Customer data (may be empty)"""

    id: int | Unset = UNSET
    """ Client ID """
    name: str | Unset = UNSET
    """ Client first name """
    surname: str | Unset = UNSET
    """ Client surname """
    middle_name: str | Unset = UNSET
    """ Client middle name """
    patronymic: str | Unset = UNSET
    """ Client middle name (legacy field name; same value as middle_name) """
    display_name: str | Unset = UNSET
    """ Client display name """
    comment: str | Unset = UNSET
    """ Client comment """
    phone: str | Unset = UNSET
    """ Client phone number """
    card: str | Unset = UNSET
    """ Client card number """
    email: str | Unset = UNSET
    """ Client email """
    success_visits_count: float | Unset = UNSET
    """ Number of successful visits """
    fail_visits_count: float | Unset = UNSET
    """ Number of failed visits """
    discount: float | Unset = UNSET
    """ Client discount """
    is_new: bool | Unset = UNSET
    """ Is new client flag """
    custom_fields: list[JsonObject] | Unset = UNSET
    """ Client custom fields """
    gender: float | Unset = UNSET
    """ Client gender (0 - not specified, 1 - male, 2 - female) """
    sex: float | Unset = UNSET
    """ Client sex (alias for gender: 0 - not specified, 1 - male, 2 - female) """
    birthday: str | Unset = UNSET
    """ Client birthday """
    client_tags: list[JsonObject] | Unset = UNSET
    """ Client tags """
    phone_country_id: int | Unset = UNSET
    """ Phone country ID """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        surname = self.surname

        middle_name = self.middle_name

        patronymic = self.patronymic

        display_name = self.display_name

        comment = self.comment

        phone = self.phone

        card = self.card

        email = self.email

        success_visits_count = self.success_visits_count

        fail_visits_count = self.fail_visits_count

        discount = self.discount

        is_new = self.is_new

        custom_fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = []
            for custom_fields_item_data in self.custom_fields:
                custom_fields_item = custom_fields_item_data.to_dict()
                custom_fields.append(custom_fields_item)

        gender = self.gender

        sex = self.sex

        birthday = self.birthday

        client_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.client_tags, Unset):
            client_tags = []
            for client_tags_item_data in self.client_tags:
                client_tags_item = client_tags_item_data.to_dict()
                client_tags.append(client_tags_item)

        phone_country_id = self.phone_country_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if patronymic is not UNSET:
            field_dict["patronymic"] = patronymic
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if comment is not UNSET:
            field_dict["comment"] = comment
        if phone is not UNSET:
            field_dict["phone"] = phone
        if card is not UNSET:
            field_dict["card"] = card
        if email is not UNSET:
            field_dict["email"] = email
        if success_visits_count is not UNSET:
            field_dict["success_visits_count"] = success_visits_count
        if fail_visits_count is not UNSET:
            field_dict["fail_visits_count"] = fail_visits_count
        if discount is not UNSET:
            field_dict["discount"] = discount
        if is_new is not UNSET:
            field_dict["is_new"] = is_new
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if gender is not UNSET:
            field_dict["gender"] = gender
        if sex is not UNSET:
            field_dict["sex"] = sex
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if client_tags is not UNSET:
            field_dict["client_tags"] = client_tags
        if phone_country_id is not UNSET:
            field_dict["phone_country_id"] = phone_country_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        middle_name = d.pop("middle_name", UNSET)

        patronymic = d.pop("patronymic", UNSET)

        display_name = d.pop("display_name", UNSET)

        comment = d.pop("comment", UNSET)

        phone = d.pop("phone", UNSET)

        card = d.pop("card", UNSET)

        email = d.pop("email", UNSET)

        success_visits_count = d.pop("success_visits_count", UNSET)

        fail_visits_count = d.pop("fail_visits_count", UNSET)

        discount = d.pop("discount", UNSET)

        is_new = d.pop("is_new", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: list[JsonObject] | Unset = UNSET
        if _custom_fields is not UNSET:
            custom_fields = []
            for custom_fields_item_data in _custom_fields:
                custom_fields_item = JsonObject.from_dict(custom_fields_item_data)

                custom_fields.append(custom_fields_item)

        gender = d.pop("gender", UNSET)

        sex = d.pop("sex", UNSET)

        birthday = d.pop("birthday", UNSET)

        _client_tags = d.pop("client_tags", UNSET)
        client_tags: list[JsonObject] | Unset = UNSET
        if _client_tags is not UNSET:
            client_tags = []
            for client_tags_item_data in _client_tags:
                client_tags_item = JsonObject.from_dict(client_tags_item_data)

                client_tags.append(client_tags_item)

        phone_country_id = d.pop("phone_country_id", UNSET)

        appointment_list_item_client = cls(
            id=id,
            name=name,
            surname=surname,
            middle_name=middle_name,
            patronymic=patronymic,
            display_name=display_name,
            comment=comment,
            phone=phone,
            card=card,
            email=email,
            success_visits_count=success_visits_count,
            fail_visits_count=fail_visits_count,
            discount=discount,
            is_new=is_new,
            custom_fields=custom_fields,
            gender=gender,
            sex=sex,
            birthday=birthday,
            client_tags=client_tags,
            phone_country_id=phone_country_id,
        )

        appointment_list_item_client.additional_properties = d
        return appointment_list_item_client

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


def _read_custom_fields(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _custom_fields = json_value
    custom_fields: list[JsonObject] | Unset = UNSET
    if _custom_fields is not UNSET:
        custom_fields = JsonObject._lazy_list(_custom_fields, parse_ctx)

    return custom_fields


def _read_client_tags(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _client_tags = json_value
    client_tags: list[JsonObject] | Unset = UNSET
    if _client_tags is not UNSET:
        client_tags = JsonObject._lazy_list(_client_tags, parse_ctx)

    return client_tags


_DECLARED_KEYS = frozenset(
    {
        "id",
        "name",
        "surname",
        "middle_name",
        "patronymic",
        "display_name",
        "comment",
        "phone",
        "card",
        "email",
        "success_visits_count",
        "fail_visits_count",
        "discount",
        "is_new",
        "custom_fields",
        "gender",
        "sex",
        "birthday",
        "client_tags",
        "phone_country_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AppointmentListItemClient._lazy_fields = {
    "id": ("id", None, False),
    "name": ("name", None, False),
    "surname": ("surname", None, False),
    "middle_name": ("middle_name", None, False),
    "patronymic": ("patronymic", None, False),
    "display_name": ("display_name", None, False),
    "comment": ("comment", None, False),
    "phone": ("phone", None, False),
    "card": ("card", None, False),
    "email": ("email", None, False),
    "success_visits_count": ("success_visits_count", None, False),
    "fail_visits_count": ("fail_visits_count", None, False),
    "discount": ("discount", None, False),
    "is_new": ("is_new", None, False),
    "custom_fields": ("custom_fields", _read_custom_fields, False),
    "gender": ("gender", None, False),
    "sex": ("sex", None, False),
    "birthday": ("birthday", None, False),
    "client_tags": ("client_tags", _read_client_tags, False),
    "phone_country_id": ("phone_country_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: AppointmentListItemClient, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.name = get("name", UNSET)
    model.surname = get("surname", UNSET)
    model.middle_name = get("middle_name", UNSET)
    model.patronymic = get("patronymic", UNSET)
    model.display_name = get("display_name", UNSET)
    model.comment = get("comment", UNSET)
    model.phone = get("phone", UNSET)
    model.card = get("card", UNSET)
    model.email = get("email", UNSET)
    model.success_visits_count = get("success_visits_count", UNSET)
    model.fail_visits_count = get("fail_visits_count", UNSET)
    model.discount = get("discount", UNSET)
    model.is_new = get("is_new", UNSET)
    model.gender = get("gender", UNSET)
    model.sex = get("sex", UNSET)
    model.birthday = get("birthday", UNSET)
    model.phone_country_id = get("phone_country_id", UNSET)


def _fill_converted(
    model: AppointmentListItemClient, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
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

    if "client_tags" not in done:
        value = get("client_tags", UNSET)
        if value is UNSET:
            model.client_tags = UNSET
        elif value == []:
            model.client_tags = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.client_tags = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AppointmentListItemClient | None = None
) -> AppointmentListItemClient:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AppointmentListItemClient._lazy(json_value, parse_ctx)
        model = new_model(AppointmentListItemClient)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(AppointmentListItemClient, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_custom_fields, value_client_tags = fill(json_value, model)
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

    if value_client_tags is UNSET:
        model.client_tags = UNSET
    elif value_client_tags == []:
        model.client_tags = value_client_tags  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_client_tags) is not list:
                raise TypeError
            model.client_tags = [build(item, parse_ctx) for item in value_client_tags]
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
        model.__class__ = lazily_read_class(AppointmentListItemClient)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AppointmentListItemClient
        del model._raw, model._context
    return model


AppointmentListItemClient._lazy_fill = (_fill_plain, _fill_converted, _build)
