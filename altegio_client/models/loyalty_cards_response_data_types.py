from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.loyalty_cards_response_data_types_programs_item import (
        LoyaltyCardsResponseDataTypesProgramsItem,
    )
    from ..models.loyalty_cards_response_data_types_salon_group import (
        LoyaltyCardsResponseDataTypesSalonGroup,
    )
    from ..models.loyalty_cards_response_data_types_type import (
        LoyaltyCardsResponseDataTypesType,
    )


T = TypeVar("T", bound="LoyaltyCardsResponseDataTypes")


@_attrs_define
class LoyaltyCardsResponseDataTypes(LazyModel):
    """Get a list of customer cards

    Example:
        {'id': 9210520, 'balance': 100, 'points': 0, 'paid_amount': 1000, 'sold_amount': 1000, 'visits_count': 1,
            'number': 14507109210520, 'type_id': 10992, 'salon_group_id': 145071, 'type': {'id': 10992, 'title': '5+2',
            'salon_group_id': 145071}, 'salon_group': {'id': 145071, 'title': 'Dough chain1.'}, 'programs': [{'id': 18005,
            'title': '5+2', 'value': 0, 'loyalty_type_id': 13, 'item_type_id': 3, 'value_unit_id': 1, 'group_id': 145071,
            'loyalty_type': {'id': 13, 'title': 'Discount for a given number of accumulated services', 'is_discount': True,
            'is_cashback': False, 'is_static': False, 'is_accumulative': False}, 'rules': [{'id': 72803,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 20, 'parameter': 0}, {'id': 72804,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 10, 'parameter': 0}, {'id': 72805,
            'loyalty_program_id': 18005, 'loyalty_type_id': 13, 'value': 100, 'parameter': 0}]}]}

    """

    id: int | Unset = UNSET
    """ Loyalty card ID """
    balance: float | Unset = UNSET
    """ Loyalty card balance """
    points: int | Unset = UNSET
    paid_amount: float | Unset = UNSET
    """ Amount Paid """
    sold_amount: float | Unset = UNSET
    """ Amount "Sold" """
    visits_count: int | Unset = UNSET
    """ Number of visits """
    number: int | str | Unset = UNSET
    """ Card number """
    type_id: int | Unset = UNSET
    """ Loyalty card type identifier """
    salon_group_id: int | Unset = UNSET
    """ ID of the chain where the card was created """
    type: LoyaltyCardsResponseDataTypesType | Unset = UNSET
    """ An object that contains the "id" and "title" fields: card type identifier and card type name, respectively
    """
    salon_group: LoyaltyCardsResponseDataTypesSalonGroup | Unset = UNSET
    """ An object that contains the "id" and "title" fields: the identifier of the chain where the card type was
    created and the name of this chain """
    programs: list[LoyaltyCardsResponseDataTypesProgramsItem] | Unset = UNSET
    """ An array with information about promotions linked to a loyalty card """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        balance = self.balance

        points = self.points

        paid_amount = self.paid_amount

        sold_amount = self.sold_amount

        visits_count = self.visits_count

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        type_id = self.type_id

        salon_group_id = self.salon_group_id

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        salon_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salon_group, Unset):
            salon_group = self.salon_group.to_dict()

        programs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.programs, Unset):
            programs = []
            for programs_item_data in self.programs:
                programs_item = programs_item_data.to_dict()
                programs.append(programs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if balance is not UNSET:
            field_dict["balance"] = balance
        if points is not UNSET:
            field_dict["points"] = points
        if paid_amount is not UNSET:
            field_dict["paid_amount"] = paid_amount
        if sold_amount is not UNSET:
            field_dict["sold_amount"] = sold_amount
        if visits_count is not UNSET:
            field_dict["visits_count"] = visits_count
        if number is not UNSET:
            field_dict["number"] = number
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if salon_group_id is not UNSET:
            field_dict["salon_group_id"] = salon_group_id
        if type is not UNSET:
            field_dict["type"] = type
        if salon_group is not UNSET:
            field_dict["salon_group"] = salon_group
        if programs is not UNSET:
            field_dict["programs"] = programs

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.loyalty_cards_response_data_types_programs_item import (
            LoyaltyCardsResponseDataTypesProgramsItem,  # noqa: PLC0415
        )
        from ..models.loyalty_cards_response_data_types_salon_group import (
            LoyaltyCardsResponseDataTypesSalonGroup,  # noqa: PLC0415
        )
        from ..models.loyalty_cards_response_data_types_type import (
            LoyaltyCardsResponseDataTypesType,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        balance = d.pop("balance", UNSET)

        points = d.pop("points", UNSET)

        paid_amount = d.pop("paid_amount", UNSET)

        sold_amount = d.pop("sold_amount", UNSET)

        visits_count = d.pop("visits_count", UNSET)

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        type_id = d.pop("type_id", UNSET)

        salon_group_id = d.pop("salon_group_id", UNSET)

        _type = d.pop("type", UNSET)
        type: LoyaltyCardsResponseDataTypesType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = LoyaltyCardsResponseDataTypesType.from_dict(_type)

        _salon_group = d.pop("salon_group", UNSET)
        salon_group: LoyaltyCardsResponseDataTypesSalonGroup | Unset
        if isinstance(_salon_group, Unset):
            salon_group = UNSET
        else:
            salon_group = LoyaltyCardsResponseDataTypesSalonGroup.from_dict(_salon_group)

        _programs = d.pop("programs", UNSET)
        programs: list[LoyaltyCardsResponseDataTypesProgramsItem] | Unset = UNSET
        if _programs is not UNSET:
            programs = []
            for programs_item_data in _programs:
                programs_item = LoyaltyCardsResponseDataTypesProgramsItem.from_dict(programs_item_data)

                programs.append(programs_item)

        loyalty_cards_response_data_types = cls(
            id=id,
            balance=balance,
            points=points,
            paid_amount=paid_amount,
            sold_amount=sold_amount,
            visits_count=visits_count,
            number=number,
            type_id=type_id,
            salon_group_id=salon_group_id,
            type=type,
            salon_group=salon_group,
            programs=programs,
        )

        loyalty_cards_response_data_types.additional_properties = d
        return loyalty_cards_response_data_types

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


def _read_type(json_value: Any, parse_ctx: ParseContext) -> LoyaltyCardsResponseDataTypesType | Unset:
    LoyaltyCardsResponseDataTypesType = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_cards_response_data_types_type"
    ) or model_class(
        "altegio_client.models.loyalty_cards_response_data_types_type", "LoyaltyCardsResponseDataTypesType"
    )

    _type = json_value
    type: LoyaltyCardsResponseDataTypesType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = LoyaltyCardsResponseDataTypesType._lazy(_type, parse_ctx)

    return type


def _read_salon_group(json_value: Any, parse_ctx: ParseContext) -> LoyaltyCardsResponseDataTypesSalonGroup | Unset:
    LoyaltyCardsResponseDataTypesSalonGroup = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_cards_response_data_types_salon_group"
    ) or model_class(
        "altegio_client.models.loyalty_cards_response_data_types_salon_group", "LoyaltyCardsResponseDataTypesSalonGroup"
    )

    _salon_group = json_value
    salon_group: LoyaltyCardsResponseDataTypesSalonGroup | Unset
    if isinstance(_salon_group, Unset):
        salon_group = UNSET
    else:
        salon_group = LoyaltyCardsResponseDataTypesSalonGroup._lazy(_salon_group, parse_ctx)

    return salon_group


def _read_programs(json_value: Any, parse_ctx: ParseContext) -> list[LoyaltyCardsResponseDataTypesProgramsItem] | Unset:
    LoyaltyCardsResponseDataTypesProgramsItem = MODEL_CLASSES.get(
        "altegio_client.models.loyalty_cards_response_data_types_programs_item"
    ) or model_class(
        "altegio_client.models.loyalty_cards_response_data_types_programs_item",
        "LoyaltyCardsResponseDataTypesProgramsItem",
    )

    _programs = json_value
    programs: list[LoyaltyCardsResponseDataTypesProgramsItem] | Unset = UNSET
    if _programs is not UNSET:
        programs = LoyaltyCardsResponseDataTypesProgramsItem._lazy_list(_programs, parse_ctx)

    return programs


_DECLARED_KEYS = frozenset(
    {
        "id",
        "balance",
        "points",
        "paid_amount",
        "sold_amount",
        "visits_count",
        "number",
        "type_id",
        "salon_group_id",
        "type",
        "salon_group",
        "programs",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


LoyaltyCardsResponseDataTypes._lazy_fields = {
    "id": ("id", None, False),
    "balance": ("balance", None, False),
    "points": ("points", None, False),
    "paid_amount": ("paid_amount", None, False),
    "sold_amount": ("sold_amount", None, False),
    "visits_count": ("visits_count", None, False),
    "number": ("number", None, False),
    "type_id": ("type_id", None, False),
    "salon_group_id": ("salon_group_id", None, False),
    "type": ("type", _read_type, False),
    "salon_group": ("salon_group", _read_salon_group, False),
    "programs": ("programs", _read_programs, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: LoyaltyCardsResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.balance = get("balance", UNSET)
    model.points = get("points", UNSET)
    model.paid_amount = get("paid_amount", UNSET)
    model.sold_amount = get("sold_amount", UNSET)
    model.visits_count = get("visits_count", UNSET)
    model.number = get("number", UNSET)
    model.type_id = get("type_id", UNSET)
    model.salon_group_id = get("salon_group_id", UNSET)


def _fill_converted(
    model: LoyaltyCardsResponseDataTypes, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.loyalty_cards_response_data_types_type") or model_builder(
                "altegio_client.models.loyalty_cards_response_data_types_type", "LoyaltyCardsResponseDataTypesType"
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "salon_group" not in done:
        value = get("salon_group", UNSET)
        if value is UNSET:
            model.salon_group = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.loyalty_cards_response_data_types_salon_group"
            ) or model_builder(
                "altegio_client.models.loyalty_cards_response_data_types_salon_group",
                "LoyaltyCardsResponseDataTypesSalonGroup",
            )
            try:
                model.salon_group = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "programs" not in done:
        value = get("programs", UNSET)
        if value is UNSET:
            model.programs = UNSET
        elif value == []:
            model.programs = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.loyalty_cards_response_data_types_programs_item"
            ) or model_builder(
                "altegio_client.models.loyalty_cards_response_data_types_programs_item",
                "LoyaltyCardsResponseDataTypesProgramsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.programs = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: LoyaltyCardsResponseDataTypes | None = None
) -> LoyaltyCardsResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return LoyaltyCardsResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(LoyaltyCardsResponseDataTypes)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(LoyaltyCardsResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_type, value_salon_group, value_programs = fill(json_value, model)
    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.loyalty_cards_response_data_types_type") or model_builder(
            "altegio_client.models.loyalty_cards_response_data_types_type", "LoyaltyCardsResponseDataTypesType"
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_salon_group is UNSET:
        model.salon_group = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.loyalty_cards_response_data_types_salon_group"
        ) or model_builder(
            "altegio_client.models.loyalty_cards_response_data_types_salon_group",
            "LoyaltyCardsResponseDataTypesSalonGroup",
        )
        try:
            model.salon_group = build(value_salon_group, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_programs is UNSET:
        model.programs = UNSET
    elif value_programs == []:
        model.programs = value_programs  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.loyalty_cards_response_data_types_programs_item"
        ) or model_builder(
            "altegio_client.models.loyalty_cards_response_data_types_programs_item",
            "LoyaltyCardsResponseDataTypesProgramsItem",
        )
        try:
            if _builtins.type(value_programs) is not list:
                raise TypeError
            model.programs = [build(item, parse_ctx) for item in value_programs]
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
        model.__class__ = lazily_read_class(LoyaltyCardsResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = LoyaltyCardsResponseDataTypes
        del model._raw, model._context
    return model


LoyaltyCardsResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
