from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_loyalty_memberships_freeze_response_422_meta_errors import (
        ChainLoyaltyMembershipsFreezeResponse422MetaErrors,
    )


T = TypeVar("T", bound="ChainLoyaltyMembershipsFreezeResponse422Meta")


@_attrs_define
class ChainLoyaltyMembershipsFreezeResponse422Meta(LazyModel):
    message: str | Unset = UNSET
    errors: ChainLoyaltyMembershipsFreezeResponse422MetaErrors | Unset = UNSET
    """ Validation errors by field """

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_loyalty_memberships_freeze_response_422_meta_errors import (
            ChainLoyaltyMembershipsFreezeResponse422MetaErrors,  # noqa: PLC0415
        )

        d = dict(src_dict)
        message = d.pop("message", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: ChainLoyaltyMembershipsFreezeResponse422MetaErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ChainLoyaltyMembershipsFreezeResponse422MetaErrors.from_dict(_errors)

        chain_loyalty_memberships_freeze_response_422_meta = cls(
            message=message,
            errors=errors,
        )

        return chain_loyalty_memberships_freeze_response_422_meta


def _read_errors(
    json_value: Any, parse_ctx: ParseContext
) -> ChainLoyaltyMembershipsFreezeResponse422MetaErrors | Unset:
    ChainLoyaltyMembershipsFreezeResponse422MetaErrors = MODEL_CLASSES.get(
        "altegio_client.models.chain_loyalty_memberships_freeze_response_422_meta_errors"
    ) or model_class(
        "altegio_client.models.chain_loyalty_memberships_freeze_response_422_meta_errors",
        "ChainLoyaltyMembershipsFreezeResponse422MetaErrors",
    )

    _errors = json_value
    errors: ChainLoyaltyMembershipsFreezeResponse422MetaErrors | Unset
    if isinstance(_errors, Unset):
        errors = UNSET
    else:
        errors = ChainLoyaltyMembershipsFreezeResponse422MetaErrors._lazy(_errors, parse_ctx)

    return errors


ChainLoyaltyMembershipsFreezeResponse422Meta._lazy_fields = {
    "message": ("message", None, False),
    "errors": ("errors", _read_errors, False),
}


def _fill_plain(model: ChainLoyaltyMembershipsFreezeResponse422Meta, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.message = get("message", UNSET)


def _fill_converted(
    model: ChainLoyaltyMembershipsFreezeResponse422Meta,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "errors" not in done:
        try:
            model.errors = _read_errors(json_value.get("errors", UNSET), parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


ChainLoyaltyMembershipsFreezeResponse422Meta._lazy_fill = (_fill_plain, _fill_converted)
