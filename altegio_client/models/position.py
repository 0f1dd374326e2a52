from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.position_services_binding_type import (
    PositionServicesBindingType,
    check_position_services_binding_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="Position")


@_attrs_define
class Position(LazyModel):
    """Data for an existing position in a chain.

    Example:
        {'id': 123, 'chain_id': 123, 'title': 'Position', 'description': 'Position description',
            'services_binding_type': 0, 'rules_required_fields': ['employee_name', 'surname', 'middle_name',
            'date_admission', 'date_registration_end', 'phone_number', 'citizenship', 'sex', 'identity_document', 'tax_id',
            'number_insurance_certificates'], 'only_chain_appointment': False}

    """

    id: int | Unset = UNSET
    """ ID of a position. """
    chain_id: int | Unset = UNSET
    """ ID of a chain, where position was created. """
    title: str | Unset = UNSET
    """ Title of a position. """
    description: str | Unset = UNSET
    """ Description of a position. """
    services_binding_type: PositionServicesBindingType | Unset = UNSET
    """ Type of binding of services to a position:
    `0`: - binding disabled;
    `2`: - strict binding.
     """
    rules_required_fields: list[str] | Unset = UNSET
    """ Fields required to be filled for a team member to be able to be linked to a position. """
    only_chain_appointment: bool | Unset = UNSET
    """ Availability of linking a team member to a position only in a chain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chain_id = self.chain_id

        title = self.title

        description = self.description

        services_binding_type: int | Unset = UNSET
        if not isinstance(self.services_binding_type, Unset):
            services_binding_type = self.services_binding_type

        rules_required_fields: list[str] | Unset = UNSET
        if not isinstance(self.rules_required_fields, Unset):
            rules_required_fields = self.rules_required_fields

        only_chain_appointment = self.only_chain_appointment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if chain_id is not UNSET:
            field_dict["chain_id"] = chain_id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if services_binding_type is not UNSET:
            field_dict["services_binding_type"] = services_binding_type
        if rules_required_fields is not UNSET:
            field_dict["rules_required_fields"] = rules_required_fields
        if only_chain_appointment is not UNSET:
            field_dict["only_chain_appointment"] = only_chain_appointment

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        chain_id = d.pop("chain_id", UNSET)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        _services_binding_type = d.pop("services_binding_type", UNSET)
        services_binding_type: PositionServicesBindingType | Unset
        if isinstance(_services_binding_type, Unset):
            services_binding_type = UNSET
        else:
            services_binding_type = check_position_services_binding_type(_services_binding_type)

        rules_required_fields = cast(list[str], d.pop("rules_required_fields", UNSET))

        only_chain_appointment = d.pop("only_chain_appointment", UNSET)

        position = cls(
            id=id,
            chain_id=chain_id,
            title=title,
            description=description,
            services_binding_type=services_binding_type,
            rules_required_fields=rules_required_fields,
            only_chain_appointment=only_chain_appointment,
        )

        position.additional_properties = d
        return position

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


def _read_services_binding_type(json_value: Any, parse_ctx: ParseContext) -> PositionServicesBindingType | Unset:

    _services_binding_type = json_value
    services_binding_type: PositionServicesBindingType | Unset
    if isinstance(_services_binding_type, Unset):
        services_binding_type = UNSET
    else:
        services_binding_type = check_position_services_binding_type(_services_binding_type)

    return services_binding_type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "chain_id",
        "title",
        "description",
        "services_binding_type",
        "rules_required_fields",
        "only_chain_appointment",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Position._lazy_fields = {
    "id": ("id", None, False),
    "chain_id": ("chain_id", None, False),
    "title": ("title", None, False),
    "description": ("description", None, False),
    "services_binding_type": ("services_binding_type", _read_services_binding_type, False),
    "rules_required_fields": ("rules_required_fields", None, False),
    "only_chain_appointment": ("only_chain_appointment", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Position, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.chain_id = get("chain_id", UNSET)
    model.title = get("title", UNSET)
    model.description = get("description", UNSET)
    model.rules_required_fields = get("rules_required_fields", UNSET)
    model.only_chain_appointment = get("only_chain_appointment", UNSET)


def _fill_converted(model: Position, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "services_binding_type" not in done:
        value = get("services_binding_type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.services_binding_type = UNSET
        else:
            try:
                model.services_binding_type = _read_services_binding_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Position | None = None) -> Position:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Position._lazy(json_value, parse_ctx)
        model = new_model(Position)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Position, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_services_binding_type,) = fill(json_value, model)
    if value_services_binding_type is UNSET:  # what every optional field's converter returns for it
        model.services_binding_type = UNSET
    else:
        try:
            model.services_binding_type = _read_services_binding_type(value_services_binding_type, parse_ctx)
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
        model.__class__ = lazily_read_class(Position)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Position
        del model._raw, model._context
    return model


Position._lazy_fill = (_fill_plain, _fill_converted, _build)
