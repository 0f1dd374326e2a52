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
    from ..models.groups_response_data_types_data_item_access import (
        GroupsResponseDataTypesDataItemAccess,
    )
    from ..models.groups_response_data_types_data_item_companies_item import (
        GroupsResponseDataTypesDataItemCompaniesItem,
    )


T = TypeVar("T", bound="GroupsResponseDataTypesDataItem")


@_attrs_define
class GroupsResponseDataTypesDataItem(LazyModel):
    id: int | Unset = UNSET
    """ Chain ID """
    title: str | Unset = UNSET
    """ Chain name """
    companies: list[GroupsResponseDataTypesDataItemCompaniesItem] | Unset = UNSET
    """ Chain locations """
    access: GroupsResponseDataTypesDataItemAccess | Unset = UNSET
    """ User access rights on the chain """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        access: dict[str, Any] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if companies is not UNSET:
            field_dict["companies"] = companies
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.groups_response_data_types_data_item_access import (
            GroupsResponseDataTypesDataItemAccess,  # noqa: PLC0415
        )
        from ..models.groups_response_data_types_data_item_companies_item import (
            GroupsResponseDataTypesDataItemCompaniesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _companies = d.pop("companies", UNSET)
        companies: list[GroupsResponseDataTypesDataItemCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = GroupsResponseDataTypesDataItemCompaniesItem.from_dict(companies_item_data)

                companies.append(companies_item)

        _access = d.pop("access", UNSET)
        access: GroupsResponseDataTypesDataItemAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = GroupsResponseDataTypesDataItemAccess.from_dict(_access)

        groups_response_data_types_data_item = cls(
            id=id,
            title=title,
            companies=companies,
            access=access,
        )

        groups_response_data_types_data_item.additional_properties = d
        return groups_response_data_types_data_item

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


def _read_companies(
    json_value: Any, parse_ctx: ParseContext
) -> list[GroupsResponseDataTypesDataItemCompaniesItem] | Unset:
    GroupsResponseDataTypesDataItemCompaniesItem = MODEL_CLASSES.get(
        "altegio_client.models.groups_response_data_types_data_item_companies_item"
    ) or model_class(
        "altegio_client.models.groups_response_data_types_data_item_companies_item",
        "GroupsResponseDataTypesDataItemCompaniesItem",
    )

    _companies = json_value
    companies: list[GroupsResponseDataTypesDataItemCompaniesItem] | Unset = UNSET
    if _companies is not UNSET:
        companies = GroupsResponseDataTypesDataItemCompaniesItem._lazy_list(_companies, parse_ctx)

    return companies


def _read_access(json_value: Any, parse_ctx: ParseContext) -> GroupsResponseDataTypesDataItemAccess | Unset:
    GroupsResponseDataTypesDataItemAccess = MODEL_CLASSES.get(
        "altegio_client.models.groups_response_data_types_data_item_access"
    ) or model_class(
        "altegio_client.models.groups_response_data_types_data_item_access", "GroupsResponseDataTypesDataItemAccess"
    )

    _access = json_value
    access: GroupsResponseDataTypesDataItemAccess | Unset
    if isinstance(_access, Unset):
        access = UNSET
    else:
        access = GroupsResponseDataTypesDataItemAccess._lazy(_access, parse_ctx)

    return access


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "companies",
        "access",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GroupsResponseDataTypesDataItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "companies": ("companies", _read_companies, False),
    "access": ("access", _read_access, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GroupsResponseDataTypesDataItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)


def _fill_converted(
    model: GroupsResponseDataTypesDataItem, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "companies" not in done:
        value = get("companies", UNSET)
        if value is UNSET:
            model.companies = UNSET
        elif value == []:
            model.companies = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.groups_response_data_types_data_item_companies_item"
            ) or model_builder(
                "altegio_client.models.groups_response_data_types_data_item_companies_item",
                "GroupsResponseDataTypesDataItemCompaniesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.companies = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "access" not in done:
        value = get("access", UNSET)
        if value is UNSET:
            model.access = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.groups_response_data_types_data_item_access"
            ) or model_builder(
                "altegio_client.models.groups_response_data_types_data_item_access",
                "GroupsResponseDataTypesDataItemAccess",
            )
            try:
                model.access = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GroupsResponseDataTypesDataItem | None = None
) -> GroupsResponseDataTypesDataItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GroupsResponseDataTypesDataItem._lazy(json_value, parse_ctx)
        model = new_model(
            GroupsResponseDataTypesDataItem
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
        layout = layout_of(GroupsResponseDataTypesDataItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_companies, value_access = fill(json_value, model)
    if value_companies is UNSET:
        model.companies = UNSET
    elif value_companies == []:
        model.companies = value_companies  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.groups_response_data_types_data_item_companies_item"
        ) or model_builder(
            "altegio_client.models.groups_response_data_types_data_item_companies_item",
            "GroupsResponseDataTypesDataItemCompaniesItem",
        )
        try:
            if _builtins.type(value_companies) is not list:
                raise TypeError
            model.companies = [build(item, parse_ctx) for item in value_companies]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_access is UNSET:
        model.access = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.groups_response_data_types_data_item_access"
        ) or model_builder(
            "altegio_client.models.groups_response_data_types_data_item_access", "GroupsResponseDataTypesDataItemAccess"
        )
        try:
            model.access = build(value_access, parse_ctx)
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
        model.__class__ = lazily_read_class(GroupsResponseDataTypesDataItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GroupsResponseDataTypesDataItem
        del model._raw, model._context
    return model


GroupsResponseDataTypesDataItem._lazy_fill = (_fill_plain, _fill_converted, _build)
