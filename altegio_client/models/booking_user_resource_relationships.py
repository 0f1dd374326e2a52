from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="BookingUserResourceRelationships")


@_attrs_define
class BookingUserResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    labels: ToManyRelationship | Unset = UNSET
    first_successful_visit: ToOneRelationship | Unset = UNSET
    loyalty_cards: ToManyRelationship | Unset = UNSET
    loyalty_certificates: ToManyRelationship | Unset = UNSET
    loyalty_abonements: ToManyRelationship | Unset = UNSET
    custom_field_values: ToManyRelationship | Unset = UNSET
    agreements: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        first_successful_visit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first_successful_visit, Unset):
            first_successful_visit = self.first_successful_visit.to_dict()

        loyalty_cards: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_cards, Unset):
            loyalty_cards = self.loyalty_cards.to_dict()

        loyalty_certificates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_certificates, Unset):
            loyalty_certificates = self.loyalty_certificates.to_dict()

        loyalty_abonements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonements, Unset):
            loyalty_abonements = self.loyalty_abonements.to_dict()

        custom_field_values: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_field_values, Unset):
            custom_field_values = self.custom_field_values.to_dict()

        agreements: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agreements, Unset):
            agreements = self.agreements.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if labels is not UNSET:
            field_dict["labels"] = labels
        if first_successful_visit is not UNSET:
            field_dict["first_successful_visit"] = first_successful_visit
        if loyalty_cards is not UNSET:
            field_dict["loyalty_cards"] = loyalty_cards
        if loyalty_certificates is not UNSET:
            field_dict["loyalty_certificates"] = loyalty_certificates
        if loyalty_abonements is not UNSET:
            field_dict["loyalty_abonements"] = loyalty_abonements
        if custom_field_values is not UNSET:
            field_dict["custom_field_values"] = custom_field_values
        if agreements is not UNSET:
            field_dict["agreements"] = agreements

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _labels = d.pop("labels", UNSET)
        labels: ToManyRelationship | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = ToManyRelationship.from_dict(_labels)

        _first_successful_visit = d.pop("first_successful_visit", UNSET)
        first_successful_visit: ToOneRelationship | Unset
        if isinstance(_first_successful_visit, Unset):
            first_successful_visit = UNSET
        else:
            first_successful_visit = ToOneRelationship.from_dict(_first_successful_visit)

        _loyalty_cards = d.pop("loyalty_cards", UNSET)
        loyalty_cards: ToManyRelationship | Unset
        if isinstance(_loyalty_cards, Unset):
            loyalty_cards = UNSET
        else:
            loyalty_cards = ToManyRelationship.from_dict(_loyalty_cards)

        _loyalty_certificates = d.pop("loyalty_certificates", UNSET)
        loyalty_certificates: ToManyRelationship | Unset
        if isinstance(_loyalty_certificates, Unset):
            loyalty_certificates = UNSET
        else:
            loyalty_certificates = ToManyRelationship.from_dict(_loyalty_certificates)

        _loyalty_abonements = d.pop("loyalty_abonements", UNSET)
        loyalty_abonements: ToManyRelationship | Unset
        if isinstance(_loyalty_abonements, Unset):
            loyalty_abonements = UNSET
        else:
            loyalty_abonements = ToManyRelationship.from_dict(_loyalty_abonements)

        _custom_field_values = d.pop("custom_field_values", UNSET)
        custom_field_values: ToManyRelationship | Unset
        if isinstance(_custom_field_values, Unset):
            custom_field_values = UNSET
        else:
            custom_field_values = ToManyRelationship.from_dict(_custom_field_values)

        _agreements = d.pop("agreements", UNSET)
        agreements: ToOneRelationship | Unset
        if isinstance(_agreements, Unset):
            agreements = UNSET
        else:
            agreements = ToOneRelationship.from_dict(_agreements)

        booking_user_resource_relationships = cls(
            labels=labels,
            first_successful_visit=first_successful_visit,
            loyalty_cards=loyalty_cards,
            loyalty_certificates=loyalty_certificates,
            loyalty_abonements=loyalty_abonements,
            custom_field_values=custom_field_values,
            agreements=agreements,
        )

        return booking_user_resource_relationships


def _read_labels(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _labels = json_value
    labels: ToManyRelationship | Unset
    if isinstance(_labels, Unset):
        labels = UNSET
    else:
        labels = ToManyRelationship._lazy(_labels, parse_ctx)

    return labels


def _read_first_successful_visit(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _first_successful_visit = json_value
    first_successful_visit: ToOneRelationship | Unset
    if isinstance(_first_successful_visit, Unset):
        first_successful_visit = UNSET
    else:
        first_successful_visit = ToOneRelationship._lazy(_first_successful_visit, parse_ctx)

    return first_successful_visit


def _read_loyalty_cards(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _loyalty_cards = json_value
    loyalty_cards: ToManyRelationship | Unset
    if isinstance(_loyalty_cards, Unset):
        loyalty_cards = UNSET
    else:
        loyalty_cards = ToManyRelationship._lazy(_loyalty_cards, parse_ctx)

    return loyalty_cards


def _read_loyalty_certificates(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _loyalty_certificates = json_value
    loyalty_certificates: ToManyRelationship | Unset
    if isinstance(_loyalty_certificates, Unset):
        loyalty_certificates = UNSET
    else:
        loyalty_certificates = ToManyRelationship._lazy(_loyalty_certificates, parse_ctx)

    return loyalty_certificates


def _read_loyalty_abonements(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _loyalty_abonements = json_value
    loyalty_abonements: ToManyRelationship | Unset
    if isinstance(_loyalty_abonements, Unset):
        loyalty_abonements = UNSET
    else:
        loyalty_abonements = ToManyRelationship._lazy(_loyalty_abonements, parse_ctx)

    return loyalty_abonements


def _read_custom_field_values(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _custom_field_values = json_value
    custom_field_values: ToManyRelationship | Unset
    if isinstance(_custom_field_values, Unset):
        custom_field_values = UNSET
    else:
        custom_field_values = ToManyRelationship._lazy(_custom_field_values, parse_ctx)

    return custom_field_values


def _read_agreements(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _agreements = json_value
    agreements: ToOneRelationship | Unset
    if isinstance(_agreements, Unset):
        agreements = UNSET
    else:
        agreements = ToOneRelationship._lazy(_agreements, parse_ctx)

    return agreements


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookingUserResourceRelationships._lazy_fields = {
    "labels": ("labels", _read_labels, False),
    "first_successful_visit": ("first_successful_visit", _read_first_successful_visit, False),
    "loyalty_cards": ("loyalty_cards", _read_loyalty_cards, False),
    "loyalty_certificates": ("loyalty_certificates", _read_loyalty_certificates, False),
    "loyalty_abonements": ("loyalty_abonements", _read_loyalty_abonements, False),
    "custom_field_values": ("custom_field_values", _read_custom_field_values, False),
    "agreements": ("agreements", _read_agreements, False),
}


def _fill_plain(model: BookingUserResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: BookingUserResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "labels" not in done:
        value = get("labels", UNSET)
        if value is UNSET:
            model.labels = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.labels = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "first_successful_visit" not in done:
        value = get("first_successful_visit", UNSET)
        if value is UNSET:
            model.first_successful_visit = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.first_successful_visit = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_cards" not in done:
        value = get("loyalty_cards", UNSET)
        if value is UNSET:
            model.loyalty_cards = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.loyalty_cards = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_certificates" not in done:
        value = get("loyalty_certificates", UNSET)
        if value is UNSET:
            model.loyalty_certificates = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.loyalty_certificates = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_abonements" not in done:
        value = get("loyalty_abonements", UNSET)
        if value is UNSET:
            model.loyalty_abonements = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.loyalty_abonements = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "custom_field_values" not in done:
        value = get("custom_field_values", UNSET)
        if value is UNSET:
            model.custom_field_values = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.custom_field_values = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "agreements" not in done:
        value = get("agreements", UNSET)
        if value is UNSET:
            model.agreements = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.agreements = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookingUserResourceRelationships | None = None
) -> BookingUserResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookingUserResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            BookingUserResourceRelationships
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
        layout = layout_of(BookingUserResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_labels,
        value_first_successful_visit,
        value_loyalty_cards,
        value_loyalty_certificates,
        value_loyalty_abonements,
        value_custom_field_values,
        value_agreements,
    ) = fill(json_value, model)
    if value_labels is UNSET:
        model.labels = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.labels = build(value_labels, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_first_successful_visit is UNSET:
        model.first_successful_visit = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.first_successful_visit = build(value_first_successful_visit, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_cards is UNSET:
        model.loyalty_cards = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.loyalty_cards = build(value_loyalty_cards, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_certificates is UNSET:
        model.loyalty_certificates = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.loyalty_certificates = build(value_loyalty_certificates, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_abonements is UNSET:
        model.loyalty_abonements = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.loyalty_abonements = build(value_loyalty_abonements, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_field_values is UNSET:
        model.custom_field_values = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.custom_field_values = build(value_custom_field_values, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_agreements is UNSET:
        model.agreements = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.agreements = build(value_agreements, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(BookingUserResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookingUserResourceRelationships
        del model._raw, model._context
    return model


BookingUserResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
