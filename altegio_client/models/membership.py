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
    from ..models.membership_balance_container import MembershipBalanceContainer
    from ..models.membership_status import MembershipStatus
    from ..models.membership_type import MembershipType


T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership(LazyModel):
    id: int | Unset = UNSET
    """ Membership ID """
    number: int | str | Unset = UNSET
    """ Subscription code """
    balance_string: str | Unset = UNSET
    """ Service name, with number of uses """
    is_frozen: bool | Unset = UNSET
    """ Is the membership frozen? """
    freeze_period: int | Unset = UNSET
    """ The period the membership was frozen """
    period: int | Unset = UNSET
    """ Subscription expiration value """
    period_unit_id: int | Unset = UNSET
    """ Identifier of the expiration units. 1 - day, 2 - week, 3 - month, 4 - year """
    expiration_date: _datetime.datetime | None | Unset = UNSET
    """ Subscription expiration date """
    created_date: _datetime.datetime | Unset = UNSET
    """ Subscription creation date """
    activated_date: _datetime.datetime | None | Unset = UNSET
    """ Subscription activation date """
    is_united_balance: bool | Unset = UNSET
    """ Whether membership has unified balance """
    is_united_balance_unlimited: bool | Unset = UNSET
    """ Whether unified balance is unlimited """
    united_balance_services_count: int | Unset = UNSET
    """ Number of services for unified balance """
    goods_transaction_id: int | Unset = UNSET
    """ Product transaction ID """
    slug: str | Unset = UNSET
    """ Subscription type slug """
    status: MembershipStatus | Unset = UNSET
    """ Current membership status """
    balance_container: MembershipBalanceContainer | Unset = UNSET
    """ An object that includes the links array with information about the membership balance """
    type: MembershipType | Unset = UNSET
    """ Object with information about membership type """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: int | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        balance_string = self.balance_string

        is_frozen = self.is_frozen

        freeze_period = self.freeze_period

        period = self.period

        period_unit_id = self.period_unit_id

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        activated_date: None | str | Unset
        if isinstance(self.activated_date, Unset):
            activated_date = UNSET
        elif isinstance(self.activated_date, datetime.datetime):
            activated_date = self.activated_date.isoformat()
        else:
            activated_date = self.activated_date

        is_united_balance = self.is_united_balance

        is_united_balance_unlimited = self.is_united_balance_unlimited

        united_balance_services_count = self.united_balance_services_count

        goods_transaction_id = self.goods_transaction_id

        slug = self.slug

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        balance_container: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_container, Unset):
            balance_container = self.balance_container.to_dict()

        type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if balance_string is not UNSET:
            field_dict["balance_string"] = balance_string
        if is_frozen is not UNSET:
            field_dict["is_frozen"] = is_frozen
        if freeze_period is not UNSET:
            field_dict["freeze_period"] = freeze_period
        if period is not UNSET:
            field_dict["period"] = period
        if period_unit_id is not UNSET:
            field_dict["period_unit_id"] = period_unit_id
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if created_date is not UNSET:
            field_dict["created_date"] = created_date
        if activated_date is not UNSET:
            field_dict["activated_date"] = activated_date
        if is_united_balance is not UNSET:
            field_dict["is_united_balance"] = is_united_balance
        if is_united_balance_unlimited is not UNSET:
            field_dict["is_united_balance_unlimited"] = is_united_balance_unlimited
        if united_balance_services_count is not UNSET:
            field_dict["united_balance_services_count"] = united_balance_services_count
        if goods_transaction_id is not UNSET:
            field_dict["goods_transaction_id"] = goods_transaction_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if status is not UNSET:
            field_dict["status"] = status
        if balance_container is not UNSET:
            field_dict["balance_container"] = balance_container
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_balance_container import MembershipBalanceContainer  # noqa: PLC0415
        from ..models.membership_status import MembershipStatus  # noqa: PLC0415
        from ..models.membership_type import MembershipType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_number(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        balance_string = d.pop("balance_string", UNSET)

        is_frozen = d.pop("is_frozen", UNSET)

        freeze_period = d.pop("freeze_period", UNSET)

        period = d.pop("period", UNSET)

        period_unit_id = d.pop("period_unit_id", UNSET)

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = types.parse_iso_datetime(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        _created_date = d.pop("created_date", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = types.parse_iso_datetime(_created_date)

        def _parse_activated_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_date_type_0 = types.parse_iso_datetime(data)

                return activated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        activated_date = _parse_activated_date(d.pop("activated_date", UNSET))

        is_united_balance = d.pop("is_united_balance", UNSET)

        is_united_balance_unlimited = d.pop("is_united_balance_unlimited", UNSET)

        united_balance_services_count = d.pop("united_balance_services_count", UNSET)

        goods_transaction_id = d.pop("goods_transaction_id", UNSET)

        slug = d.pop("slug", UNSET)

        _status = d.pop("status", UNSET)
        status: MembershipStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MembershipStatus.from_dict(_status)

        _balance_container = d.pop("balance_container", UNSET)
        balance_container: MembershipBalanceContainer | Unset
        if isinstance(_balance_container, Unset):
            balance_container = UNSET
        else:
            balance_container = MembershipBalanceContainer.from_dict(_balance_container)

        _type = d.pop("type", UNSET)
        type: MembershipType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = MembershipType.from_dict(_type)

        membership = cls(
            id=id,
            number=number,
            balance_string=balance_string,
            is_frozen=is_frozen,
            freeze_period=freeze_period,
            period=period,
            period_unit_id=period_unit_id,
            expiration_date=expiration_date,
            created_date=created_date,
            activated_date=activated_date,
            is_united_balance=is_united_balance,
            is_united_balance_unlimited=is_united_balance_unlimited,
            united_balance_services_count=united_balance_services_count,
            goods_transaction_id=goods_transaction_id,
            slug=slug,
            status=status,
            balance_container=balance_container,
            type=type,
        )

        membership.additional_properties = d
        return membership

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


def _read_expiration_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            expiration_date_type_0 = types.parse_iso_datetime(data)

            return expiration_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    expiration_date = _parse_expiration_date(json_value)

    return expiration_date


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


def _read_activated_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | None | Unset:

    def _parse_activated_date(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            activated_date_type_0 = types.parse_iso_datetime(data)

            return activated_date_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    activated_date = _parse_activated_date(json_value)

    return activated_date


def _read_status(json_value: Any, parse_ctx: ParseContext) -> MembershipStatus | Unset:
    MembershipStatus = MODEL_CLASSES.get("altegio_client.models.membership_status") or model_class(
        "altegio_client.models.membership_status", "MembershipStatus"
    )

    _status = json_value
    status: MembershipStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = MembershipStatus._lazy(_status, parse_ctx)

    return status


def _read_balance_container(json_value: Any, parse_ctx: ParseContext) -> MembershipBalanceContainer | Unset:
    MembershipBalanceContainer = MODEL_CLASSES.get("altegio_client.models.membership_balance_container") or model_class(
        "altegio_client.models.membership_balance_container", "MembershipBalanceContainer"
    )

    _balance_container = json_value
    balance_container: MembershipBalanceContainer | Unset
    if isinstance(_balance_container, Unset):
        balance_container = UNSET
    else:
        balance_container = MembershipBalanceContainer._lazy(_balance_container, parse_ctx)

    return balance_container


def _read_type(json_value: Any, parse_ctx: ParseContext) -> MembershipType | Unset:
    MembershipType = MODEL_CLASSES.get("altegio_client.models.membership_type") or model_class(
        "altegio_client.models.membership_type", "MembershipType"
    )

    _type = json_value
    type: MembershipType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = MembershipType._lazy(_type, parse_ctx)

    return type


_DECLARED_KEYS = frozenset(
    {
        "id",
        "number",
        "balance_string",
        "is_frozen",
        "freeze_period",
        "period",
        "period_unit_id",
        "expiration_date",
        "created_date",
        "activated_date",
        "is_united_balance",
        "is_united_balance_unlimited",
        "united_balance_services_count",
        "goods_transaction_id",
        "slug",
        "status",
        "balance_container",
        "type",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


Membership._lazy_fields = {
    "id": ("id", None, False),
    "number": ("number", None, False),
    "balance_string": ("balance_string", None, False),
    "is_frozen": ("is_frozen", None, False),
    "freeze_period": ("freeze_period", None, False),
    "period": ("period", None, False),
    "period_unit_id": ("period_unit_id", None, False),
    "expiration_date": ("expiration_date", _read_expiration_date, False),
    "created_date": ("created_date", _read_created_date, False),
    "activated_date": ("activated_date", _read_activated_date, False),
    "is_united_balance": ("is_united_balance", None, False),
    "is_united_balance_unlimited": ("is_united_balance_unlimited", None, False),
    "united_balance_services_count": ("united_balance_services_count", None, False),
    "goods_transaction_id": ("goods_transaction_id", None, False),
    "slug": ("slug", None, False),
    "status": ("status", _read_status, False),
    "balance_container": ("balance_container", _read_balance_container, False),
    "type": ("type", _read_type, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: Membership, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.number = get("number", UNSET)
    model.balance_string = get("balance_string", UNSET)
    model.is_frozen = get("is_frozen", UNSET)
    model.freeze_period = get("freeze_period", UNSET)
    model.period = get("period", UNSET)
    model.period_unit_id = get("period_unit_id", UNSET)
    model.is_united_balance = get("is_united_balance", UNSET)
    model.is_united_balance_unlimited = get("is_united_balance_unlimited", UNSET)
    model.united_balance_services_count = get("united_balance_services_count", UNSET)
    model.goods_transaction_id = get("goods_transaction_id", UNSET)
    model.slug = get("slug", UNSET)


def _fill_converted(
    model: Membership, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "expiration_date" not in done:
        value = get("expiration_date", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.expiration_date = UNSET
        else:
            try:
                model.expiration_date = _read_expiration_date(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

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

    if "activated_date" not in done:
        value = get("activated_date", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.activated_date = UNSET
        else:
            try:
                model.activated_date = _read_activated_date(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "status" not in done:
        value = get("status", UNSET)
        if value is UNSET:
            model.status = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.membership_status") or model_builder(
                "altegio_client.models.membership_status", "MembershipStatus"
            )
            try:
                model.status = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "balance_container" not in done:
        value = get("balance_container", UNSET)
        if value is UNSET:
            model.balance_container = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.membership_balance_container") or model_builder(
                "altegio_client.models.membership_balance_container", "MembershipBalanceContainer"
            )
            try:
                model.balance_container = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:
            model.type = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.membership_type") or model_builder(
                "altegio_client.models.membership_type", "MembershipType"
            )
            try:
                model.type = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: Membership | None = None) -> Membership:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return Membership._lazy(json_value, parse_ctx)
        model = new_model(Membership)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(Membership, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_expiration_date,
        value_created_date,
        value_activated_date,
        value_status,
        value_balance_container,
        value_type,
    ) = fill(json_value, model)
    if value_expiration_date is UNSET:  # what every optional field's converter returns for it
        model.expiration_date = UNSET
    else:
        try:
            model.expiration_date = _read_expiration_date(value_expiration_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

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

    if value_activated_date is UNSET:  # what every optional field's converter returns for it
        model.activated_date = UNSET
    else:
        try:
            model.activated_date = _read_activated_date(value_activated_date, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_status is UNSET:
        model.status = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.membership_status") or model_builder(
            "altegio_client.models.membership_status", "MembershipStatus"
        )
        try:
            model.status = build(value_status, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_balance_container is UNSET:
        model.balance_container = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.membership_balance_container") or model_builder(
            "altegio_client.models.membership_balance_container", "MembershipBalanceContainer"
        )
        try:
            model.balance_container = build(value_balance_container, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:
        model.type = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.membership_type") or model_builder(
            "altegio_client.models.membership_type", "MembershipType"
        )
        try:
            model.type = build(value_type, parse_ctx)
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
        model.__class__ = lazily_read_class(Membership)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = Membership
        del model._raw, model._context
    return model


Membership._lazy_fill = (_fill_plain, _fill_converted, _build)
