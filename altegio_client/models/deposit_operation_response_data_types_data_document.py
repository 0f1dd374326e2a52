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
    from ..models.deposit_operation_response_data_types_data_document_salon import (
        DepositOperationResponseDataTypesDataDocumentSalon,
    )
    from ..models.deposit_operation_response_data_types_data_document_type import (
        DepositOperationResponseDataTypesDataDocumentType,
    )
    from ..models.deposit_operation_response_data_types_data_document_user import (
        DepositOperationResponseDataTypesDataDocumentUser,
    )


T = TypeVar("T", bound="DepositOperationResponseDataTypesDataDocument")


@_attrs_define
class DepositOperationResponseDataTypesDataDocument(LazyModel):
    id: int | Unset = UNSET
    """ Document ID """
    user_id: int | Unset = UNSET
    """ User ID """
    salon_id: int | Unset = UNSET
    """ location ID """
    type_id: int | Unset = UNSET
    """ Document type identifier """
    type: DepositOperationResponseDataTypesDataDocumentType | Unset = UNSET
    """ Document Type """
    comment: str | Unset = UNSET
    """ A comment """
    number: float | Unset = UNSET
    """ Document Number """
    salon: DepositOperationResponseDataTypesDataDocumentSalon | Unset = UNSET
    user: DepositOperationResponseDataTypesDataDocumentUser | Unset = UNSET
    """ User """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        salon_id = self.salon_id

        type_id = self.type_id

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        comment = self.comment

        number = self.number

        salon: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon, Unset):
            salon = self.salon.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if salon_id is not UNSET:
            field_dict["salon_id"] = salon_id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type is not UNSET:
            field_dict["type"] = type
        if comment is not UNSET:
            field_dict["comment"] = comment
        if number is not UNSET:
            field_dict["number"] = number
        if salon is not UNSET:
            field_dict["salon"] = salon
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deposit_operation_response_data_types_data_document_salon import (
            DepositOperationResponseDataTypesDataDocumentSalon,  # noqa: PLC0415
        )
        from ..models.deposit_operation_response_data_types_data_document_type import (
            DepositOperationResponseDataTypesDataDocumentType,  # noqa: PLC0415
        )
        from ..models.deposit_operation_response_data_types_data_document_user import (
            DepositOperationResponseDataTypesDataDocumentUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        salon_id = d.pop("salon_id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type = d.pop("type", UNSET)
        type: DepositOperationResponseDataTypesDataDocumentType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = DepositOperationResponseDataTypesDataDocumentType.from_dict(_type)

        comment = d.pop("comment", UNSET)

        number = d.pop("number", UNSET)

        _salon = d.pop("salon", UNSET)
        salon: DepositOperationResponseDataTypesDataDocumentSalon | Unset
        if isinstance(_salon, Unset):
            salon = UNSET
        else:
            salon = DepositOperationResponseDataTypesDataDocumentSalon.from_dict(_salon)

        _user = d.pop("user", UNSET)
        user: DepositOperationResponseDataTypesDataDocumentUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = DepositOperationResponseDataTypesDataDocumentUser.from_dict(_user)

        deposit_operation_response_data_types_data_document = cls(
            id=id,
            user_id=user_id,
            salon_id=salon_id,
            type_id=type_id,
            type=type,
            comment=comment,
            number=number,
            salon=salon,
            user=user,
        )

        deposit_operation_response_data_types_data_document.additional_properties = d
        return deposit_operation_response_data_types_data_document

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> DepositOperationResponseDataTypesDataDocumentType | Unset:
    DepositOperationResponseDataTypesDataDocumentType = MODEL_CLASSES.get(
        "altegio_client.models.deposit_operation_response_data_types_data_document_type"
    ) or model_class(
        "altegio_client.models.deposit_operation_response_data_types_data_document_type",
        "DepositOperationResponseDataTypesDataDocumentType",
    )

    _type = json_value
    type: DepositOperationResponseDataTypesDataDocumentType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = DepositOperationResponseDataTypesDataDocumentType._lazy(_type, parse_ctx)

    return type


def _read_salon(json_value: Any, parse_ctx: ParseContext) -> DepositOperationResponseDataTypesDataDocumentSalon | Unset:
    DepositOperationResponseDataTypesDataDocumentSalon = MODEL_CLASSES.get(
        "altegio_client.models.deposit_operation_response_data_types_data_document_salon"
    ) or model_class(
        "altegio_client.models.deposit_operation_response_data_types_data_document_salon",
        "DepositOperationResponseDataTypesDataDocumentSalon",
    )

    _salon = json_value
    salon: DepositOperationResponseDataTypesDataDocumentSalon | Unset
    if isinstance(_salon, Unset):
        salon = UNSET
    else:
        salon = DepositOperationResponseDataTypesDataDocumentSalon._lazy(_salon, parse_ctx)

    return salon


def _read_user(json_value: Any, parse_ctx: ParseContext) -> DepositOperationResponseDataTypesDataDocumentUser | Unset:
    DepositOperationResponseDataTypesDataDocumentUser = MODEL_CLASSES.get(
        "altegio_client.models.deposit_operation_response_data_types_data_document_user"
    ) or model_class(
        "altegio_client.models.deposit_operation_response_data_types_data_document_user",
        "DepositOperationResponseDataTypesDataDocumentUser",
    )

    _user = json_value
    user: DepositOperationResponseDataTypesDataDocumentUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = DepositOperationResponseDataTypesDataDocumentUser._lazy(_user, parse_ctx)

    return user


_DECLARED_KEYS = frozenset(
    {
        "id",
        "user_id",
        "salon_id",
        "type_id",
        "type",
        "comment",
        "number",
        "salon",
        "user",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


DepositOperationResponseDataTypesDataDocument._lazy_fields = {
    "id": ("id", None, False),
    "user_id": ("user_id", None, False),
    "salon_id": ("salon_id", None, False),
    "type_id": ("type_id", None, False),
    "type": ("type", _read_type, False),
    "comment": ("comment", None, False),
    "number": ("number", None, False),
    "salon": ("salon", _read_salon, False),
    "user": ("user", _read_user, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: DepositOperationResponseDataTypesDataDocument, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.salon_id = get("salon_id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.comment = get("comment", UNSET)
    model.number = get("number", UNSET)


def _fill_converted(
    model: DepositOperationResponseDataTypesDataDocument,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.deposit_operation_response_data_types_data_document_type"
            ) or model_builder(
                "altegio_client.models.deposit_operation_response_data_types_data_document_type",
                "DepositOperationResponseDataTypesDataDocumentType",
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "salon" not in done:
        value = get("salon", UNSET)
        if value is UNSET:
            model.salon = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.deposit_operation_response_data_types_data_document_salon"
            ) or model_builder(
                "altegio_client.models.deposit_operation_response_data_types_data_document_salon",
                "DepositOperationResponseDataTypesDataDocumentSalon",
            )
            try:
                model.salon = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "user" not in done:
        value = get("user", UNSET)
        if value is UNSET:
            model.user = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.deposit_operation_response_data_types_data_document_user"
            ) or model_builder(
                "altegio_client.models.deposit_operation_response_data_types_data_document_user",
                "DepositOperationResponseDataTypesDataDocumentUser",
            )
            try:
                model.user = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: DepositOperationResponseDataTypesDataDocument | None = None
) -> DepositOperationResponseDataTypesDataDocument:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return DepositOperationResponseDataTypesDataDocument._lazy(json_value, parse_ctx)
        model = new_model(
            DepositOperationResponseDataTypesDataDocument
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
        layout = layout_of(DepositOperationResponseDataTypesDataDocument, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_salon, value_user = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.deposit_operation_response_data_types_data_document_type"
        ) or model_builder(
            "altegio_client.models.deposit_operation_response_data_types_data_document_type",
            "DepositOperationResponseDataTypesDataDocumentType",
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_salon is UNSET:
        model.salon = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.deposit_operation_response_data_types_data_document_salon"
        ) or model_builder(
            "altegio_client.models.deposit_operation_response_data_types_data_document_salon",
            "DepositOperationResponseDataTypesDataDocumentSalon",
        )
        try:
            model.salon = build(value_salon, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_user is UNSET:
        model.user = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.deposit_operation_response_data_types_data_document_user"
        ) or model_builder(
            "altegio_client.models.deposit_operation_response_data_types_data_document_user",
            "DepositOperationResponseDataTypesDataDocumentUser",
        )
        try:
            model.user = build(value_user, parse_ctx)
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
        model.__class__ = lazily_read_class(DepositOperationResponseDataTypesDataDocument)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = DepositOperationResponseDataTypesDataDocument
        del model._raw, model._context
    return model


DepositOperationResponseDataTypesDataDocument._lazy_fill = (_fill_plain, _fill_converted, _build)
