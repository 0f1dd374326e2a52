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


T = TypeVar("T", bound="AttendanceProductItemResourceRelationships")


@_attrs_define
class AttendanceProductItemResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    good: ToOneRelationship | Unset = UNSET
    staff: ToOneRelationship | Unset = UNSET
    storage_amount: ToOneRelationship | Unset = UNSET
    loyalty_abonement: ToOneRelationship | Unset = UNSET
    loyalty_certificate: ToOneRelationship | Unset = UNSET
    marks: ToManyRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        good: dict[str, Any] | Unset = UNSET
        if not isinstance(self.good, Unset):
            good = self.good.to_dict()

        staff: dict[str, Any] | Unset = UNSET
        if not isinstance(self.staff, Unset):
            staff = self.staff.to_dict()

        storage_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.storage_amount, Unset):
            storage_amount = self.storage_amount.to_dict()

        loyalty_abonement: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_abonement, Unset):
            loyalty_abonement = self.loyalty_abonement.to_dict()

        loyalty_certificate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loyalty_certificate, Unset):
            loyalty_certificate = self.loyalty_certificate.to_dict()

        marks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.marks, Unset):
            marks = self.marks.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if good is not UNSET:
            field_dict["good"] = good
        if staff is not UNSET:
            field_dict["staff"] = staff
        if storage_amount is not UNSET:
            field_dict["storage_amount"] = storage_amount
        if loyalty_abonement is not UNSET:
            field_dict["loyalty_abonement"] = loyalty_abonement
        if loyalty_certificate is not UNSET:
            field_dict["loyalty_certificate"] = loyalty_certificate
        if marks is not UNSET:
            field_dict["marks"] = marks

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _good = d.pop("good", UNSET)
        good: ToOneRelationship | Unset
        if isinstance(_good, Unset):
            good = UNSET
        else:
            good = ToOneRelationship.from_dict(_good)

        _staff = d.pop("staff", UNSET)
        staff: ToOneRelationship | Unset
        if isinstance(_staff, Unset):
            staff = UNSET
        else:
            staff = ToOneRelationship.from_dict(_staff)

        _storage_amount = d.pop("storage_amount", UNSET)
        storage_amount: ToOneRelationship | Unset
        if isinstance(_storage_amount, Unset):
            storage_amount = UNSET
        else:
            storage_amount = ToOneRelationship.from_dict(_storage_amount)

        _loyalty_abonement = d.pop("loyalty_abonement", UNSET)
        loyalty_abonement: ToOneRelationship | Unset
        if isinstance(_loyalty_abonement, Unset):
            loyalty_abonement = UNSET
        else:
            loyalty_abonement = ToOneRelationship.from_dict(_loyalty_abonement)

        _loyalty_certificate = d.pop("loyalty_certificate", UNSET)
        loyalty_certificate: ToOneRelationship | Unset
        if isinstance(_loyalty_certificate, Unset):
            loyalty_certificate = UNSET
        else:
            loyalty_certificate = ToOneRelationship.from_dict(_loyalty_certificate)

        _marks = d.pop("marks", UNSET)
        marks: ToManyRelationship | Unset
        if isinstance(_marks, Unset):
            marks = UNSET
        else:
            marks = ToManyRelationship.from_dict(_marks)

        attendance_product_item_resource_relationships = cls(
            good=good,
            staff=staff,
            storage_amount=storage_amount,
            loyalty_abonement=loyalty_abonement,
            loyalty_certificate=loyalty_certificate,
            marks=marks,
        )

        return attendance_product_item_resource_relationships


def _read_good(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _good = json_value
    good: ToOneRelationship | Unset
    if isinstance(_good, Unset):
        good = UNSET
    else:
        good = ToOneRelationship._lazy(_good, parse_ctx)

    return good


def _read_staff(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _staff = json_value
    staff: ToOneRelationship | Unset
    if isinstance(_staff, Unset):
        staff = UNSET
    else:
        staff = ToOneRelationship._lazy(_staff, parse_ctx)

    return staff


def _read_storage_amount(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _storage_amount = json_value
    storage_amount: ToOneRelationship | Unset
    if isinstance(_storage_amount, Unset):
        storage_amount = UNSET
    else:
        storage_amount = ToOneRelationship._lazy(_storage_amount, parse_ctx)

    return storage_amount


def _read_loyalty_abonement(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _loyalty_abonement = json_value
    loyalty_abonement: ToOneRelationship | Unset
    if isinstance(_loyalty_abonement, Unset):
        loyalty_abonement = UNSET
    else:
        loyalty_abonement = ToOneRelationship._lazy(_loyalty_abonement, parse_ctx)

    return loyalty_abonement


def _read_loyalty_certificate(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _loyalty_certificate = json_value
    loyalty_certificate: ToOneRelationship | Unset
    if isinstance(_loyalty_certificate, Unset):
        loyalty_certificate = UNSET
    else:
        loyalty_certificate = ToOneRelationship._lazy(_loyalty_certificate, parse_ctx)

    return loyalty_certificate


def _read_marks(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _marks = json_value
    marks: ToManyRelationship | Unset
    if isinstance(_marks, Unset):
        marks = UNSET
    else:
        marks = ToManyRelationship._lazy(_marks, parse_ctx)

    return marks


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


AttendanceProductItemResourceRelationships._lazy_fields = {
    "good": ("good", _read_good, False),
    "staff": ("staff", _read_staff, False),
    "storage_amount": ("storage_amount", _read_storage_amount, False),
    "loyalty_abonement": ("loyalty_abonement", _read_loyalty_abonement, False),
    "loyalty_certificate": ("loyalty_certificate", _read_loyalty_certificate, False),
    "marks": ("marks", _read_marks, False),
}


def _fill_plain(model: AttendanceProductItemResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: AttendanceProductItemResourceRelationships,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "good" not in done:
        value = get("good", UNSET)
        if value is UNSET:
            model.good = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.good = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "staff" not in done:
        value = get("staff", UNSET)
        if value is UNSET:
            model.staff = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.staff = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "storage_amount" not in done:
        value = get("storage_amount", UNSET)
        if value is UNSET:
            model.storage_amount = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.storage_amount = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_abonement" not in done:
        value = get("loyalty_abonement", UNSET)
        if value is UNSET:
            model.loyalty_abonement = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.loyalty_abonement = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "loyalty_certificate" not in done:
        value = get("loyalty_certificate", UNSET)
        if value is UNSET:
            model.loyalty_certificate = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.loyalty_certificate = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "marks" not in done:
        value = get("marks", UNSET)
        if value is UNSET:
            model.marks = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.marks = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: AttendanceProductItemResourceRelationships | None = None
) -> AttendanceProductItemResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return AttendanceProductItemResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(
            AttendanceProductItemResourceRelationships
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
        layout = layout_of(AttendanceProductItemResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_good, value_staff, value_storage_amount, value_loyalty_abonement, value_loyalty_certificate, value_marks = (
        fill(json_value, model)
    )
    if value_good is UNSET:
        model.good = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.good = build(value_good, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_staff is UNSET:
        model.staff = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.staff = build(value_staff, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_storage_amount is UNSET:
        model.storage_amount = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.storage_amount = build(value_storage_amount, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_abonement is UNSET:
        model.loyalty_abonement = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.loyalty_abonement = build(value_loyalty_abonement, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_loyalty_certificate is UNSET:
        model.loyalty_certificate = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.loyalty_certificate = build(value_loyalty_certificate, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_marks is UNSET:
        model.marks = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.marks = build(value_marks, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(AttendanceProductItemResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = AttendanceProductItemResourceRelationships
        del model._raw, model._context
    return model


AttendanceProductItemResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
