from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientsFilesClientidReaponseDataTypesDataItem")


@_attrs_define
class ClientsFilesClientidReaponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ File ID """
    client_id: int | Unset = UNSET
    """ Client ID """
    name: str | Unset = UNSET
    """ File name with extension """
    description: str | Unset = UNSET
    """ File Description """
    date_create: _datetime.datetime | Unset = UNSET
    """ File upload date in ISO8601 format """
    extension: str | Unset = UNSET
    """ File name extension """
    mime: str | Unset = UNSET
    """ MIME file type """
    link: str | Unset = UNSET
    """ File download link """
    user_name: str | Unset = UNSET
    """ The name of the user who uploaded the file """
    user_avatar: str | Unset = UNSET
    """ Avatar of the user who uploaded the file """
    size: str | Unset = UNSET
    """ Formatted file size string """
    can_edit: bool | Unset = UNSET
    """ Is there a right to change and delete the file? true - there is a right, false - there is no right """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        name = self.name

        description = self.description

        date_create: str | Unset = UNSET
        if not isinstance(self.date_create, Unset):
            date_create = self.date_create.isoformat()

        extension = self.extension

        mime = self.mime

        link = self.link

        user_name = self.user_name

        user_avatar = self.user_avatar

        size = self.size

        can_edit = self.can_edit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if date_create is not UNSET:
            field_dict["date_create"] = date_create
        if extension is not UNSET:
            field_dict["extension"] = extension
        if mime is not UNSET:
            field_dict["mime"] = mime
        if link is not UNSET:
            field_dict["link"] = link
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if user_avatar is not UNSET:
            field_dict["user_avatar"] = user_avatar
        if size is not UNSET:
            field_dict["size"] = size
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        client_id = d.pop("client_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _date_create = d.pop("date_create", UNSET)
        date_create: datetime.datetime | Unset
        if isinstance(_date_create, Unset):
            date_create = UNSET
        else:
            date_create = types.parse_iso_datetime(_date_create)

        extension = d.pop("extension", UNSET)

        mime = d.pop("mime", UNSET)

        link = d.pop("link", UNSET)

        user_name = d.pop("user_name", UNSET)

        user_avatar = d.pop("user_avatar", UNSET)

        size = d.pop("size", UNSET)

        can_edit = d.pop("can_edit", UNSET)

        clients_files_clientid_reaponse_data_types_data_item = cls(
            id=id,
            client_id=client_id,
            name=name,
            description=description,
            date_create=date_create,
            extension=extension,
            mime=mime,
            link=link,
            user_name=user_name,
            user_avatar=user_avatar,
            size=size,
            can_edit=can_edit,
        )

        clients_files_clientid_reaponse_data_types_data_item.additional_properties = d
        return clients_files_clientid_reaponse_data_types_data_item

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


def _read_date_create(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    date_create: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        date_create = UNSET
    else:
        try:
            date_create = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date_create = types.parse_iso_datetime(json_value)

    return date_create


ISO_PARSERS[_read_date_create] = datetime_from_iso


_DECLARED_KEYS = frozenset(
    {
        "id",
        "client_id",
        "name",
        "description",
        "date_create",
        "extension",
        "mime",
        "link",
        "user_name",
        "user_avatar",
        "size",
        "can_edit",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientsFilesClientidReaponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "client_id": ("client_id", None, False),
    "name": ("name", None, False),
    "description": ("description", None, False),
    "date_create": ("date_create", _read_date_create, False),
    "extension": ("extension", None, False),
    "mime": ("mime", None, False),
    "link": ("link", None, False),
    "user_name": ("user_name", None, False),
    "user_avatar": ("user_avatar", None, False),
    "size": ("size", None, False),
    "can_edit": ("can_edit", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientsFilesClientidReaponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.name = get("name", UNSET)
    model.description = get("description", UNSET)
    model.extension = get("extension", UNSET)
    model.mime = get("mime", UNSET)
    model.link = get("link", UNSET)
    model.user_name = get("user_name", UNSET)
    model.user_avatar = get("user_avatar", UNSET)
    model.size = get("size", UNSET)
    model.can_edit = get("can_edit", UNSET)


def _fill_converted(
    model: ClientsFilesClientidReaponseDataTypesDataItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date_create" not in done:
        value = get("date_create", UNSET)
        if value is UNSET:
            model.date_create = UNSET
        else:
            try:
                try:
                    model.date_create = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date_create = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientsFilesClientidReaponseDataTypesDataItem | None = None
) -> ClientsFilesClientidReaponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientsFilesClientidReaponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            ClientsFilesClientidReaponseDataTypesDataItem
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
        layout = layout_of(ClientsFilesClientidReaponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_date_create,) = fill(json_value, model)
    if value_date_create is UNSET:
        model.date_create = UNSET
    else:
        try:
            try:
                model.date_create = datetime_from_iso(value_date_create)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date_create = types.parse_iso_datetime(value_date_create)
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
        model.__class__ = lazily_read_class(ClientsFilesClientidReaponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientsFilesClientidReaponseDataTypesDataItem
        del model._raw, model._context
    return model


ClientsFilesClientidReaponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
