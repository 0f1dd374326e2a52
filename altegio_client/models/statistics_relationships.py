from __future__ import annotations

import builtins as _builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._codegen import LazyModel, ParseContext

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship


T = TypeVar("T", bound="StatisticsRelationships")


@_attrs_define
class StatisticsRelationships(LazyModel):
    deposits: ToManyRelationship

    def to_dict(self) -> dict[str, Any]:
        deposits = self.deposits.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deposits": deposits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415

        d = dict(src_dict)
        deposits = ToManyRelationship.from_dict(d.pop("deposits"))

        statistics_relationships = cls(
            deposits=deposits,
        )

        return statistics_relationships


def _read_deposits(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship:
    from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415

    deposits = ToManyRelationship._lazy(json_value, parse_ctx)

    return deposits


StatisticsRelationships._lazy_fields = {
    "deposits": ("deposits", _read_deposits, True),
}
