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
    from ..models.product_transaction_storage import ProductTransactionStorage
    from ..models.storage_operation_documents_response_data_types_data_company import (
        StorageOperationDocumentsResponseDataTypesDataCompany,
    )
    from ..models.storage_operation_documents_response_data_types_data_type import (
        StorageOperationDocumentsResponseDataTypesDataType,
    )
    from ..models.storage_operation_documents_response_data_types_data_user import (
        StorageOperationDocumentsResponseDataTypesDataUser,
    )


T = TypeVar("T", bound="StorageOperationDocumentsResponseDataTypesData")


@_attrs_define
class StorageOperationDocumentsResponseDataTypesData(LazyModel):
    """Object with data"""

    id: int | Unset = UNSET
    """ Document ID """
    type_id: int | Unset = UNSET
    """ Document type identifier """
    type: StorageOperationDocumentsResponseDataTypesDataType | Unset = UNSET
    """ Document type """
    storage_id: int | Unset = UNSET
    """ Inventory ID """
    user_id: int | Unset = UNSET
    """ User ID """
    company_id: int | Unset = UNSET
    """ location ID """
    number: float | Unset = UNSET
    """ Document Number """
    comment: str | Unset = UNSET
    """ A comment """
    create_date: str | Unset = UNSET
    """ date of creation """
    bill_print_status: float | Unset = UNSET
    """ Bill print status """
    storage: ProductTransactionStorage | Unset = UNSET
    """ Inventory """
    company: StorageOperationDocumentsResponseDataTypesDataCompany | Unset = UNSET
    """ location """
    user: StorageOperationDocumentsResponseDataTypesDataUser | Unset = UNSET
    """ User """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_id = self.type_id

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        storage_id = self.storage_id

        user_id = self.user_id

        company_id = self.company_id

        number = self.number

        comment = self.comment

        create_date = self.create_date

        bill_print_status = self.bill_print_status

        storage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage, Unset):
            storage = self.storage.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type is not UNSET:
            field_dict["type"] = type
        if storage_id is not UNSET:
            field_dict["storage_id"] = storage_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if number is not UNSET:
            field_dict["number"] = number
        if comment is not UNSET:
            field_dict["comment"] = comment
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if bill_print_status is not UNSET:
            field_dict["bill_print_status"] = bill_print_status
        if storage is not UNSET:
            field_dict["storage"] = storage
        if company is not UNSET:
            field_dict["company"] = company
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_transaction_storage import ProductTransactionStorage  # noqa: PLC0415
        from ..models.storage_operation_documents_response_data_types_data_company import (
            StorageOperationDocumentsResponseDataTypesDataCompany,  # noqa: PLC0415
        )
        from ..models.storage_operation_documents_response_data_types_data_type import (
            StorageOperationDocumentsResponseDataTypesDataType,  # noqa: PLC0415
        )
        from ..models.storage_operation_documents_response_data_types_data_user import (
            StorageOperationDocumentsResponseDataTypesDataUser,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_id = d.pop("type_id", UNSET)

        _type = d.pop("type", UNSET)
        type: StorageOperationDocumentsResponseDataTypesDataType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = StorageOperationDocumentsResponseDataTypesDataType.from_dict(_type)

        storage_id = d.pop("storage_id", UNSET)

        user_id = d.pop("user_id", UNSET)

        company_id = d.pop("company_id", UNSET)

        number = d.pop("number", UNSET)

        comment = d.pop("comment", UNSET)

        create_date = d.pop("create_date", UNSET)

        bill_print_status = d.pop("bill_print_status", UNSET)

        _storage = d.pop("storage", UNSET)
        storage: ProductTransactionStorage | Unset
        if isinstance(_storage, Unset):
            storage = UNSET
        else:
            storage = ProductTransactionStorage.from_dict(_storage)

        _company = d.pop("company", UNSET)
        company: StorageOperationDocumentsResponseDataTypesDataCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = StorageOperationDocumentsResponseDataTypesDataCompany.from_dict(_company)

        _user = d.pop("user", UNSET)
        user: StorageOperationDocumentsResponseDataTypesDataUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = StorageOperationDocumentsResponseDataTypesDataUser.from_dict(_user)

        storage_operation_documents_response_data_types_data = cls(
            id=id,
            type_id=type_id,
            type=type,
            storage_id=storage_id,
            user_id=user_id,
            company_id=company_id,
            number=number,
            comment=comment,
            create_date=create_date,
            bill_print_status=bill_print_status,
            storage=storage,
            company=company,
            user=user,
        )

        storage_operation_documents_response_data_types_data.additional_properties = d
        return storage_operation_documents_response_data_types_data

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> StorageOperationDocumentsResponseDataTypesDataType | Unset:
    StorageOperationDocumentsResponseDataTypesDataType = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_documents_response_data_types_data_type"
    ) or model_class(
        "altegio_client.models.storage_operation_documents_response_data_types_data_type",
        "StorageOperationDocumentsResponseDataTypesDataType",
    )

    _type = json_value
    type: StorageOperationDocumentsResponseDataTypesDataType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = StorageOperationDocumentsResponseDataTypesDataType._lazy(_type, parse_ctx)

    return type


def _read_storage(json_value: Any, parse_ctx: ParseContext) -> ProductTransactionStorage | Unset:
    ProductTransactionStorage = MODEL_CLASSES.get("altegio_client.models.product_transaction_storage") or model_class(
        "altegio_client.models.product_transaction_storage", "ProductTransactionStorage"
    )

    _storage = json_value
    storage: ProductTransactionStorage | Unset
    if isinstance(_storage, Unset):
        storage = UNSET
    else:
        storage = ProductTransactionStorage._lazy(_storage, parse_ctx)

    return storage


def _read_company(
    json_value: Any, parse_ctx: ParseContext
) -> StorageOperationDocumentsResponseDataTypesDataCompany | Unset:
    StorageOperationDocumentsResponseDataTypesDataCompany = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_documents_response_data_types_data_company"
    ) or model_class(
        "altegio_client.models.storage_operation_documents_response_data_types_data_company",
        "StorageOperationDocumentsResponseDataTypesDataCompany",
    )

    _company = json_value
    company: StorageOperationDocumentsResponseDataTypesDataCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = StorageOperationDocumentsResponseDataTypesDataCompany._lazy(_company, parse_ctx)

    return company


def _read_user(json_value: Any, parse_ctx: ParseContext) -> StorageOperationDocumentsResponseDataTypesDataUser | Unset:
    StorageOperationDocumentsResponseDataTypesDataUser = MODEL_CLASSES.get(
        "altegio_client.models.storage_operation_documents_response_data_types_data_user"
    ) or model_class(
        "altegio_client.models.storage_operation_documents_response_data_types_data_user",
        "StorageOperationDocumentsResponseDataTypesDataUser",
    )

    _user = json_value
    user: StorageOperationDocumentsResponseDataTypesDataUser | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = StorageOperationDocumentsResponseDataTypesDataUser._lazy(_user, parse_ctx)

    return user


_DECLARED_KEYS = frozenset(
    {
        "id",
        "type_id",
        "type",
        "storage_id",
        "user_id",
        "company_id",
        "number",
        "comment",
        "create_date",
        "bill_print_status",
        "storage",
        "company",
        "user",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


StorageOperationDocumentsResponseDataTypesData._lazy_fields = {
    "id": ("id", None, False),
    "type_id": ("type_id", None, False),
    "type": ("type", _read_type, False),
    "storage_id": ("storage_id", None, False),
    "user_id": ("user_id", None, False),
    "company_id": ("company_id", None, False),
    "number": ("number", None, False),
    "comment": ("comment", None, False),
    "create_date": ("create_date", None, False),
    "bill_print_status": ("bill_print_status", None, False),
    "storage": ("storage", _read_storage, False),
    "company": ("company", _read_company, False),
    "user": ("user", _read_user, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: StorageOperationDocumentsResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.type_id = get("type_id", UNSET)
    model.storage_id = get("storage_id", UNSET)
    model.user_id = get("user_id", UNSET)
    model.company_id = get("company_id", UNSET)
    model.number = get("number", UNSET)
    model.comment = get("comment", UNSET)
    model.create_date = get("create_date", UNSET)
    model.bill_print_status = get("bill_print_status", UNSET)


def _fill_converted(
    model: StorageOperationDocumentsResponseDataTypesData,
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
                "altegio_client.models.storage_operation_documents_response_data_types_data_type"
            ) or model_builder(
                "altegio_client.models.storage_operation_documents_response_data_types_data_type",
                "StorageOperationDocumentsResponseDataTypesDataType",
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storage" not in done:
        value = get("storage", UNSET)
        if value is UNSET:
            model.storage = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_storage") or model_builder(
                "altegio_client.models.product_transaction_storage", "ProductTransactionStorage"
            )
            try:
                model.storage = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "company" not in done:
        value = get("company", UNSET)
        if value is UNSET:
            model.company = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_documents_response_data_types_data_company"
            ) or model_builder(
                "altegio_client.models.storage_operation_documents_response_data_types_data_company",
                "StorageOperationDocumentsResponseDataTypesDataCompany",
            )
            try:
                model.company = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "user" not in done:
        value = get("user", UNSET)
        if value is UNSET:
            model.user = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.storage_operation_documents_response_data_types_data_user"
            ) or model_builder(
                "altegio_client.models.storage_operation_documents_response_data_types_data_user",
                "StorageOperationDocumentsResponseDataTypesDataUser",
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
    json_value: Any, parse_ctx: ParseContext, model: StorageOperationDocumentsResponseDataTypesData | None = None
) -> StorageOperationDocumentsResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return StorageOperationDocumentsResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            StorageOperationDocumentsResponseDataTypesData
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
        layout = layout_of(StorageOperationDocumentsResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_storage, value_company, value_user = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_documents_response_data_types_data_type"
        ) or model_builder(
            "altegio_client.models.storage_operation_documents_response_data_types_data_type",
            "StorageOperationDocumentsResponseDataTypesDataType",
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storage is UNSET:
        model.storage = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.product_transaction_storage") or model_builder(
            "altegio_client.models.product_transaction_storage", "ProductTransactionStorage"
        )
        try:
            model.storage = build(value_storage, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_company is UNSET:
        model.company = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_documents_response_data_types_data_company"
        ) or model_builder(
            "altegio_client.models.storage_operation_documents_response_data_types_data_company",
            "StorageOperationDocumentsResponseDataTypesDataCompany",
        )
        try:
            model.company = build(value_company, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_user is UNSET:
        model.user = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.storage_operation_documents_response_data_types_data_user"
        ) or model_builder(
            "altegio_client.models.storage_operation_documents_response_data_types_data_user",
            "StorageOperationDocumentsResponseDataTypesDataUser",
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
        model.__class__ = lazily_read_class(StorageOperationDocumentsResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = StorageOperationDocumentsResponseDataTypesData
        del model._raw, model._context
    return model


StorageOperationDocumentsResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
