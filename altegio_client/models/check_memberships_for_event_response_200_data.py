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
    from ..models.check_memberships_for_event_response_200_data_attributes import (
        CheckMembershipsForEventResponse200DataAttributes,
    )


T = TypeVar("T", bound="CheckMembershipsForEventResponse200Data")


@_attrs_define
class CheckMembershipsForEventResponse200Data(LazyModel):
    id: str | Unset = UNSET
    """ Check result ID """
    type: str | Unset = UNSET
    attributes: CheckMembershipsForEventResponse200DataAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type = self.type

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_memberships_for_event_response_200_data_attributes import (
            CheckMembershipsForEventResponse200DataAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type = d.pop("type", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: CheckMembershipsForEventResponse200DataAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = CheckMembershipsForEventResponse200DataAttributes.from_dict(_attributes)

        check_memberships_for_event_response_200_data = cls(
            id=id,
            type=type,
            attributes=attributes,
        )

        check_memberships_for_event_response_200_data.additional_properties = d
        return check_memberships_for_event_response_200_data

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


def _read_attributes(
    json_value: Any, parse_ctx: ParseContext
) -> CheckMembershipsForEventResponse200DataAttributes | Unset:
    CheckMembershipsForEventResponse200DataAttributes = MODEL_CLASSES.get(
        "altegio_client.models.check_memberships_for_event_response_200_data_attributes"
    ) or model_class(
        "altegio_client.models.check_memberships_for_event_response_200_data_attributes",
        "CheckMembershipsForEventResponse200DataAttributes",
    )

    _attributes = json_value
    attributes: CheckMembershipsForEventResponse200DataAttributes | Unset
    if isinstance(_attributes, Unset):
        attributes = UNSET
    else:
        attributes = CheckMembershipsForEventResponse200DataAttributes._lazy(_attributes, parse_ctx)

    return attributes


_DECLARED_KEYS = frozenset(
    {
        "id",
        "type",
        "attributes",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CheckMembershipsForEventResponse200Data._lazy_fields = {
    "id": ("id", None, False),
    "type": ("type", None, False),
    "attributes": ("attributes", _read_attributes, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CheckMembershipsForEventResponse200Data, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.type = get("type", UNSET)


def _fill_converted(
    model: CheckMembershipsForEventResponse200Data,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "attributes" not in done:
        value = get("attributes", UNSET)
        if value is UNSET:
            model.attributes = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.check_memberships_for_event_response_200_data_attributes"
            ) or model_builder(
                "altegio_client.models.check_memberships_for_event_response_200_data_attributes",
                "CheckMembershipsForEventResponse200DataAttributes",
            )
            try:
                model.attributes = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CheckMembershipsForEventResponse200Data | None = None
) -> CheckMembershipsForEventResponse200Data:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CheckMembershipsForEventResponse200Data._lazy(json_value, parse_ctx)
        model = new_model(
            CheckMembershipsForEventResponse200Data
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
        layout = layout_of(CheckMembershipsForEventResponse200Data, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_attributes,) = fill(json_value, model)
    if value_attributes is UNSET:
        model.attributes = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.check_memberships_for_event_response_200_data_attributes"
        ) or model_builder(
            "altegio_client.models.check_memberships_for_event_response_200_data_attributes",
            "CheckMembershipsForEventResponse200DataAttributes",
        )
        try:
            model.attributes = build(value_attributes, parse_ctx)
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
        model.__class__ = lazily_read_class(CheckMembershipsForEventResponse200Data)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CheckMembershipsForEventResponse200Data
        del model._raw, model._context
    return model


CheckMembershipsForEventResponse200Data._lazy_fill = (_fill_plain, _fill_converted, _build)
