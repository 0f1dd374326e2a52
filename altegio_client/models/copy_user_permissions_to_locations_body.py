from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.copy_user_permissions_to_locations_body_user_company_links_item import (
        CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,
    )


T = TypeVar("T", bound="CopyUserPermissionsToLocationsBody")


@_attrs_define
class CopyUserPermissionsToLocationsBody(LazyModel):
    user_company_links: list[CopyUserPermissionsToLocationsBodyUserCompanyLinksItem]
    """ List of locations to copy the user to """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_company_links = []
        for user_company_links_item_data in self.user_company_links:
            user_company_links_item = user_company_links_item_data.to_dict()
            user_company_links.append(user_company_links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_company_links": user_company_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.copy_user_permissions_to_locations_body_user_company_links_item import (
            CopyUserPermissionsToLocationsBodyUserCompanyLinksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_company_links = []
        _user_company_links = d.pop("user_company_links")
        for user_company_links_item_data in _user_company_links:
            user_company_links_item = CopyUserPermissionsToLocationsBodyUserCompanyLinksItem.from_dict(
                user_company_links_item_data
            )

            user_company_links.append(user_company_links_item)

        copy_user_permissions_to_locations_body = cls(
            user_company_links=user_company_links,
        )

        copy_user_permissions_to_locations_body.additional_properties = d
        return copy_user_permissions_to_locations_body

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


def _read_user_company_links(
    json_value: Any, parse_ctx: ParseContext
) -> list[CopyUserPermissionsToLocationsBodyUserCompanyLinksItem]:
    CopyUserPermissionsToLocationsBodyUserCompanyLinksItem = MODEL_CLASSES.get(
        "altegio_client.models.copy_user_permissions_to_locations_body_user_company_links_item"
    ) or model_class(
        "altegio_client.models.copy_user_permissions_to_locations_body_user_company_links_item",
        "CopyUserPermissionsToLocationsBodyUserCompanyLinksItem",
    )

    user_company_links = CopyUserPermissionsToLocationsBodyUserCompanyLinksItem._lazy_list(json_value, parse_ctx)

    return user_company_links


_DECLARED_KEYS = frozenset(
    {
        "user_company_links",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CopyUserPermissionsToLocationsBody._lazy_fields = {
    "user_company_links": ("user_company_links", _read_user_company_links, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CopyUserPermissionsToLocationsBody, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CopyUserPermissionsToLocationsBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "user_company_links" not in done:
        try:
            model.user_company_links = _read_user_company_links(json_value["user_company_links"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CopyUserPermissionsToLocationsBody | None = None
) -> CopyUserPermissionsToLocationsBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CopyUserPermissionsToLocationsBody._lazy(json_value, parse_ctx)
        model = new_model(
            CopyUserPermissionsToLocationsBody
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
        layout = layout_of(CopyUserPermissionsToLocationsBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_user_company_links,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_user_company_links is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.user_company_links = _read_user_company_links(value_user_company_links, parse_ctx)
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
        model.__class__ = lazily_read_class(CopyUserPermissionsToLocationsBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CopyUserPermissionsToLocationsBody
        del model._raw, model._context
    return model


CopyUserPermissionsToLocationsBody._lazy_fill = (_fill_plain, _fill_converted, _build)
