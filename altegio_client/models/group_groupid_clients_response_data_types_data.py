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
    from ..models.group_groupid_clients_response_data_types_data_clients_item import (
        GroupGroupidClientsResponseDataTypesDataClientsItem,
    )


T = TypeVar("T", bound="GroupGroupidClientsResponseDataTypesData")


@_attrs_define
class GroupGroupidClientsResponseDataTypesData(LazyModel):
    """Object with data"""

    salon_group_id: int | Unset = UNSET
    """ Chain ID """
    phone: str | Unset = UNSET
    """ Customer phone """
    clients: list[GroupGroupidClientsResponseDataTypesDataClientsItem] | Unset = UNSET
    """ Array of clients in chain locations """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        salon_group_id = self.salon_group_id

        phone = self.phone

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if clients is not UNSET:
            field_dict["clients"] = clients

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_groupid_clients_response_data_types_data_clients_item import (
            GroupGroupidClientsResponseDataTypesDataClientsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        salon_group_id = d.pop("salon_group_id", UNSET)

        phone = d.pop("phone", UNSET)

        _clients = d.pop("clients", UNSET)
        clients: list[GroupGroupidClientsResponseDataTypesDataClientsItem] | Unset = UNSET
        if _clients is not UNSET:
            clients = []
            for clients_item_data in _clients:
                clients_item = GroupGroupidClientsResponseDataTypesDataClientsItem.from_dict(clients_item_data)

                clients.append(clients_item)

        group_groupid_clients_response_data_types_data = cls(
            salon_group_id=salon_group_id,
            phone=phone,
            clients=clients,
        )

        group_groupid_clients_response_data_types_data.additional_properties = d
        return group_groupid_clients_response_data_types_data

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


def _read_clients(
    json_value: Any, parse_ctx: ParseContext
) -> list[GroupGroupidClientsResponseDataTypesDataClientsItem] | Unset:
    GroupGroupidClientsResponseDataTypesDataClientsItem = MODEL_CLASSES.get(
        "altegio_client.models.group_groupid_clients_response_data_types_data_clients_item"
    ) or model_class(
        "altegio_client.models.group_groupid_clients_response_data_types_data_clients_item",
        "GroupGroupidClientsResponseDataTypesDataClientsItem",
    )

    _clients = json_value
    clients: list[GroupGroupidClientsResponseDataTypesDataClientsItem] | Unset = UNSET
    if _clients is not UNSET:
        clients = GroupGroupidClientsResponseDataTypesDataClientsItem._lazy_list(_clients, parse_ctx)

    return clients


_DECLARED_KEYS = frozenset(
    {
        "salon_group_id",
        "phone",
        "clients",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GroupGroupidClientsResponseDataTypesData._lazy_fields = {
    "salon_group_id": ("salon_group_id", None, False),
    "phone": ("phone", None, False),
    "clients": ("clients", _read_clients, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GroupGroupidClientsResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.salon_group_id = get("salon_group_id", UNSET)
    model.phone = get("phone", UNSET)


def _fill_converted(
    model: GroupGroupidClientsResponseDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "clients" not in done:
        value = get("clients", UNSET)
        if value is UNSET:
            model.clients = UNSET
        elif value == []:
            model.clients = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.group_groupid_clients_response_data_types_data_clients_item"
            ) or model_builder(
                "altegio_client.models.group_groupid_clients_response_data_types_data_clients_item",
                "GroupGroupidClientsResponseDataTypesDataClientsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.clients = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GroupGroupidClientsResponseDataTypesData | None = None
) -> GroupGroupidClientsResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GroupGroupidClientsResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            GroupGroupidClientsResponseDataTypesData
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
        layout = layout_of(GroupGroupidClientsResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_clients,) = fill(json_value, model)
    if value_clients is UNSET:
        model.clients = UNSET
    elif value_clients == []:
        model.clients = value_clients  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.group_groupid_clients_response_data_types_data_clients_item"
        ) or model_builder(
            "altegio_client.models.group_groupid_clients_response_data_types_data_clients_item",
            "GroupGroupidClientsResponseDataTypesDataClientsItem",
        )
        try:
            if _builtins.type(value_clients) is not list:
                raise TypeError
            model.clients = [build(item, parse_ctx) for item in value_clients]
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
        model.__class__ = lazily_read_class(GroupGroupidClientsResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GroupGroupidClientsResponseDataTypesData
        del model._raw, model._context
    return model


GroupGroupidClientsResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
