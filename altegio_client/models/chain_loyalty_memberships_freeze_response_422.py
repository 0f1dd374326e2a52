from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_freeze_response_422_meta import (
        ChainLoyaltyMembershipsFreezeResponse422Meta,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeResponse422")


@_attrs_define
class ChainLoyaltyMembershipsFreezeResponse422(LazyModel):
    success: bool | Unset = UNSET
    data: None | Unset = UNSET
    meta: ChainLoyaltyMembershipsFreezeResponse422Meta | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_memberships_freeze_response_422_meta import (
            ChainLoyaltyMembershipsFreezeResponse422Meta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        data = d.pop("data", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ChainLoyaltyMembershipsFreezeResponse422Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ChainLoyaltyMembershipsFreezeResponse422Meta.from_dict(_meta)

        chain_loyalty_memberships_freeze_response_422 = cls(
            success=success,
            data=data,
            meta=meta,
        )

        return chain_loyalty_memberships_freeze_response_422


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ChainLoyaltyMembershipsFreezeResponse422Meta | Unset:
    ChainLoyaltyMembershipsFreezeResponse422Meta = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_memberships_freeze_response_422_meta"
    ) or model_class(
        "altegio_client.models.chain_loyalty_memberships_freeze_response_422_meta",
        "ChainLoyaltyMembershipsFreezeResponse422Meta",
    )

    _meta = json_value
    meta: ChainLoyaltyMembershipsFreezeResponse422Meta | Unset
    if isinstance(_meta, Unset):
        meta = UNSET
    else:
        meta = ChainLoyaltyMembershipsFreezeResponse422Meta._lazy(_meta, parse_ctx)

    return meta


ChainLoyaltyMembershipsFreezeResponse422._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", None, False),
    "meta": ("meta", _read_meta, False),
}


def _fill_plain(model: ChainLoyaltyMembershipsFreezeResponse422, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)
    model.data = get("data", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipsFreezeResponse422,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value.get("meta", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


ChainLoyaltyMembershipsFreezeResponse422._lazy_fill = (_fill_plain, _fill_converted)
