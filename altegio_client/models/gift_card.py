from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gift_card_status import GiftCardStatus
    from ..models.gift_card_type import GiftCardType


T = TypeVar("T", bound="GiftCard")


@_attrs_define
class GiftCard(LazyModel):
    id: int | Unset = UNSET
    """ Certificate ID """
    number: int | str | Unset = UNSET
    """ Certificate number """
    balance: float | Unset = UNSET
    """ Current balance """
    default_balance: float | Unset = UNSET
    """ Starting balance """
    type_id: int | Unset = UNSET
    """ Certificate type identifier """
    status_id: int | Unset = UNSET
    """ Status ID """
    created_date: _datetime.datetime | Unset = UNSET
    """ Date of sale """
    expiration_date: _datetime.datetime | Unset = UNSET
    """ Burn date """
    type: GiftCardType | Unset = UNSET
    """ Object with certificate type information """
    status: GiftCardStatus | Unset = UNSET
    """ An object with information about the current status of the certificate """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        balance = self.balance

        default_balance = self.default_balance

        type_id = self.type_id

        status_id = self.status_id

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance is not UNSET:
            field_dict["balance"] = balance
        if default_balance is not UNSET:
            field_dict["default_balance"] = default_balance
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if type is not UNSET:
            field_dict["type"] = type
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gift_card_status import GiftCardStatus  # noqa: PLC0415
        from ..models.gift_card_type import GiftCardType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        balance = d.pop("balance", UNSET)

        default_balance = d.pop("default_balance", UNSET)

        type_id = d.pop("type_id", UNSET)

        status_id = d.pop("status_id", UNSET)

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = types.parse_iso_datetime(_created_date)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.datetime | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = types.parse_iso_datetime(_expiration_date)

        _type = d.pop("type", UNSET)
        type: GiftCardType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = GiftCardType.from_dict(_type)

        _status = d.pop("status", UNSET)
        status: GiftCardStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GiftCardStatus.from_dict(_status)

        gift_card = cls(
            id=id,
            number=number,
            balance=balance,
            default_balance=default_balance,
            type_id=type_id,
            status_id=status_id,
            created_date=created_date,
            expiration_date=expiration_date,
            type=type,
            status=status,
        )

        gift_card.additional_properties = d
        return gift_card

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


def _read_created_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    created_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        created_date = UNSET
    else:
        try:
            created_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            created_date = types.parse_iso_datetime(json_value)

    return created_date


ISO_PARSERS[_read_created_date] = datetime_from_iso


def _read_expiration_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    expiration_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        expiration_date = UNSET
    else:
        try:
            expiration_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            expiration_date = types.parse_iso_datetime(json_value)

    return expiration_date


ISO_PARSERS[_read_expiration_date] = datetime_from_iso


def _read_type(json_value: Any, parse_ctx: ParseContext) -> GiftCardType | Unset:
    GiftCardType = MODEL_CLASSES.get("altegio_client.models.gift_card_type") or model_class(
        "altegio_client.models.gift_card_type", "GiftCardType"
    )

    _type = json_value
    type: GiftCardType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = GiftCardType._lazy(_type, parse_ctx)

    return type


def _read_status(json_value: Any, parse_ctx: ParseContext) -> GiftCardStatus | Unset:
    GiftCardStatus = MODEL_CLASSES.get("altegio_client.models.gift_card_status") or model_class(
        "altegio_client.models.gift_card_status", "GiftCardStatus"
    )

    _status = json_value
    status: GiftCardStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = GiftCardStatus._lazy(_status, parse_ctx)

    return status


_DECLARED_KEYS = frozenset(
    {
        "id",
        "number",
        "balance",
        "default_balance",
        "type_id",
        "status_id",
        "created_date",
        "expiration_date",
        "type",
        "status",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GiftCard._lazy_fields = {
    "id": ("id", None, False),
    "number": ("number", None, False),
    "balance": ("balance", None, False),
    "default_balance": ("default_balance", None, False),
    "type_id": ("type_id", None, False),
    "status_id": ("status_id", None, False),
    "created_date": ("created_date", _read_created_date, False),
    "expiration_date": ("expiration_date", _read_expiration_date, False),
    "type": ("type", _read_type, False),
    "status": ("status", _read_status, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GiftCard, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.number = get("number", UNSET)
    model.balance = get("balance", UNSET)
    model.default_balance = get("default_balance", UNSET)
    model.type_id = get("type_id", UNSET)
    model.status_id = get("status_id", UNSET)


def _fill_converted(model: GiftCard, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]) -> None:
    get = json_value.get
    if "created_date" not in done:
        value = get("created_date", UNSET)
        if value is UNSET:
            model.created_date = UNSET
        else:
            try:
                try:
                    model.created_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.created_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "expiration_date" not in done:
        value = get("expiration_date", UNSET)
        if value is UNSET:
            model.expiration_date = UNSET
        else:
            try:
                try:
                    model.expiration_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.expiration_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.gift_card_type") or model_builder(
                "altegio_client.models.gift_card_type", "GiftCardType"
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "status" not in done:
        value = get("status", UNSET)
        if value is UNSET:
            model.status = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.gift_card_status") or model_builder(
                "altegio_client.models.gift_card_status", "GiftCardStatus"
            )
            try:
                model.status = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: GiftCard | None = None) -> GiftCard:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GiftCard._lazy(json_value, parse_ctx)
        model = new_model(GiftCard)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(GiftCard, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_created_date, value_expiration_date, value_type, value_status = fill(json_value, model)
    if value_created_date is UNSET:
        model.created_date = UNSET
    else:
        try:
            try:
                model.created_date = datetime_from_iso(value_created_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.created_date = types.parse_iso_datetime(value_created_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_expiration_date is UNSET:
        model.expiration_date = UNSET
    else:
        try:
            try:
                model.expiration_date = datetime_from_iso(value_expiration_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.expiration_date = types.parse_iso_datetime(value_expiration_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.gift_card_type") or model_builder(
            "altegio_client.models.gift_card_type", "GiftCardType"
        )
        try:
            model.type = build(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_status is UNSET:
        model.status = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.gift_card_status") or model_builder(
            "altegio_client.models.gift_card_status", "GiftCardStatus"
        )
        try:
            model.status = build(value_status, parse_ctx)
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
        model.__class__ = lazily_read_class(GiftCard)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GiftCard
        del model._raw, model._context
    return model


GiftCard._lazy_fill = (_fill_plain, _fill_converted, _build)
