from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..models.chain_loyalty_certificate_types_create_body_balance_edit_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId,
    check_chain_loyalty_certificate_types_create_body_balance_edit_type_id,
)
from ..models.chain_loyalty_certificate_types_create_body_item_type_id import (
    ChainLoyaltyCertificateTypesCreateBodyItemTypeId,
    check_chain_loyalty_certificate_types_create_body_item_type_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_certificate_types_create_body_expiration import (
        ChainLoyaltyCertificateTypesCreateBodyExpiration,
    )
    from ..models.chain_loyalty_certificate_types_create_body_online_sale import (
        ChainLoyaltyCertificateTypesCreateBodyOnlineSale,
    )


T = TypeVar("T", bound="ChainLoyaltyCertificateTypesCreateBody")


@_attrs_define
class ChainLoyaltyCertificateTypesCreateBody(LazyModel):
    title: str
    """ Certificate type name """
    balance: float
    """ Certificate face value """
    is_multi: bool
    """ true = multiple use, false = single use """
    item_type_id: ChainLoyaltyCertificateTypesCreateBodyItemTypeId
    """ Usage restrictions (0-4) """
    is_allow_empty_code: bool
    """ Allow selling without code? """
    balance_edit_type_id: ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId
    """ Balance editability (1 = editable, 2 = not editable) """
    service_ids: list[int]
    """ Specific service IDs (empty if no restriction) """
    salon_ids: list[int]
    """ Location IDs where certificate is valid """
    expiration: ChainLoyaltyCertificateTypesCreateBodyExpiration
    """ Expiration settings """
    online_sale: ChainLoyaltyCertificateTypesCreateBodyOnlineSale
    """ Online sale settings """
    category_id: int | None | Unset = UNSET
    """ Service category restriction (null = no restriction) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        balance = self.balance

        is_multi = self.is_multi

        item_type_id: int = self.item_type_id

        is_allow_empty_code = self.is_allow_empty_code

        balance_edit_type_id: int = self.balance_edit_type_id

        service_ids = self.service_ids

        salon_ids = self.salon_ids

        expiration = self.expiration.to_dict()

        online_sale = self.online_sale.to_dict()

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "balance": balance,
                "is_multi": is_multi,
                "item_type_id": item_type_id,
                "is_allow_empty_code": is_allow_empty_code,
                "balance_edit_type_id": balance_edit_type_id,
                "service_ids": service_ids,
                "salon_ids": salon_ids,
                "expiration": expiration,
                "online_sale": online_sale,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_certificate_types_create_body_expiration import (
            ChainLoyaltyCertificateTypesCreateBodyExpiration,  # noqa: PLC0415
        )
        from ..models.chain_loyalty_certificate_types_create_body_online_sale import (
            ChainLoyaltyCertificateTypesCreateBodyOnlineSale,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        balance = d.pop("balance")

        is_multi = d.pop("is_multi")

        item_type_id = check_chain_loyalty_certificate_types_create_body_item_type_id(d.pop("item_type_id"))

        is_allow_empty_code = d.pop("is_allow_empty_code")

        balance_edit_type_id = check_chain_loyalty_certificate_types_create_body_balance_edit_type_id(
            d.pop("balance_edit_type_id")
        )

        service_ids = cast(list[int], d.pop("service_ids"))

        salon_ids = cast(list[int], d.pop("salon_ids"))

        expiration = ChainLoyaltyCertificateTypesCreateBodyExpiration.from_dict(d.pop("expiration"))

        online_sale = ChainLoyaltyCertificateTypesCreateBodyOnlineSale.from_dict(d.pop("online_sale"))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        chain_loyalty_certificate_types_create_body = cls(
            title=title,
            balance=balance,
            is_multi=is_multi,
            item_type_id=item_type_id,
            is_allow_empty_code=is_allow_empty_code,
            balance_edit_type_id=balance_edit_type_id,
            service_ids=service_ids,
            salon_ids=salon_ids,
            expiration=expiration,
            online_sale=online_sale,
            category_id=category_id,
        )

        chain_loyalty_certificate_types_create_body.additional_properties = d
        return chain_loyalty_certificate_types_create_body

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


def _read_item_type_id(json_value: Any, parse_ctx: ParseContext) -> ChainLoyaltyCertificateTypesCreateBodyItemTypeId:

    item_type_id = check_chain_loyalty_certificate_types_create_body_item_type_id(json_value)

    return item_type_id


def _read_balance_edit_type_id(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyCertificateTypesCreateBodyBalanceEditTypeId:

    balance_edit_type_id = check_chain_loyalty_certificate_types_create_body_balance_edit_type_id(json_value)

    return balance_edit_type_id


def _read_expiration(json_value: Any, parse_ctx: ParseContext) -> ChainLoyaltyCertificateTypesCreateBodyExpiration:
    ChainLoyaltyCertificateTypesCreateBodyExpiration = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_certificate_types_create_body_expiration"
    ) or model_class(
        "altegio_client.models.chain_loyalty_certificate_types_create_body_expiration",
        "ChainLoyaltyCertificateTypesCreateBodyExpiration",
    )

    expiration = ChainLoyaltyCertificateTypesCreateBodyExpiration._lazy(json_value, parse_ctx)

    return expiration


def _read_online_sale(json_value: Any, parse_ctx: ParseContext) -> ChainLoyaltyCertificateTypesCreateBodyOnlineSale:
    ChainLoyaltyCertificateTypesCreateBodyOnlineSale = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_certificate_types_create_body_online_sale"
    ) or model_class(
        "altegio_client.models.chain_loyalty_certificate_types_create_body_online_sale",
        "ChainLoyaltyCertificateTypesCreateBodyOnlineSale",
    )

    online_sale = ChainLoyaltyCertificateTypesCreateBodyOnlineSale._lazy(json_value, parse_ctx)

    return online_sale


_DECLARED_KEYS = frozenset(
    {
        "title",
        "balance",
        "is_multi",
        "item_type_id",
        "is_allow_empty_code",
        "balance_edit_type_id",
        "service_ids",
        "salon_ids",
        "expiration",
        "online_sale",
        "category_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ChainLoyaltyCertificateTypesCreateBody._lazy_fields = {
    "title": ("title", None, True),
    "balance": ("balance", None, True),
    "is_multi": ("is_multi", None, True),
    "item_type_id": ("item_type_id", _read_item_type_id, True),
    "is_allow_empty_code": ("is_allow_empty_code", None, True),
    "balance_edit_type_id": ("balance_edit_type_id", _read_balance_edit_type_id, True),
    "service_ids": ("service_ids", None, True),
    "salon_ids": ("salon_ids", None, True),
    "expiration": ("expiration", _read_expiration, True),
    "online_sale": ("online_sale", _read_online_sale, True),
    "category_id": ("category_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ChainLoyaltyCertificateTypesCreateBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "balance" in json_value:
        model.balance = json_value["balance"]
    if "is_multi" in json_value:
        model.is_multi = json_value["is_multi"]
    if "is_allow_empty_code" in json_value:
        model.is_allow_empty_code = json_value["is_allow_empty_code"]
    if "service_ids" in json_value:
        model.service_ids = json_value["service_ids"]
    if "salon_ids" in json_value:
        model.salon_ids = json_value["salon_ids"]
    model.category_id = get("category_id", UNSET)


def _fill_converted(
    model: ChainLoyaltyCertificateTypesCreateBody,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "item_type_id" not in done:
        try:
            model.item_type_id = _read_item_type_id(json_value["item_type_id"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "balance_edit_type_id" not in done:
        try:
            model.balance_edit_type_id = _read_balance_edit_type_id(json_value["balance_edit_type_id"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "expiration" not in done:
        try:
            model.expiration = _read_expiration(json_value["expiration"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "online_sale" not in done:
        try:
            model.online_sale = _read_online_sale(json_value["online_sale"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ChainLoyaltyCertificateTypesCreateBody | None = None
) -> ChainLoyaltyCertificateTypesCreateBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ChainLoyaltyCertificateTypesCreateBody._lazy(json_value, parse_ctx)
        model = new_model(
            ChainLoyaltyCertificateTypesCreateBody
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
        layout = layout_of(ChainLoyaltyCertificateTypesCreateBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_item_type_id, value_balance_edit_type_id, value_expiration, value_online_sale = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_item_type_id is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.item_type_id = _read_item_type_id(value_item_type_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_balance_edit_type_id is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.balance_edit_type_id = _read_balance_edit_type_id(value_balance_edit_type_id, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_expiration is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.expiration = _read_expiration(value_expiration, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_online_sale is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.online_sale = _read_online_sale(value_online_sale, parse_ctx)
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
        model.__class__ = lazily_read_class(ChainLoyaltyCertificateTypesCreateBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ChainLoyaltyCertificateTypesCreateBody
        del model._raw, model._context
    return model


ChainLoyaltyCertificateTypesCreateBody._lazy_fill = (_fill_plain, _fill_converted, _build)
