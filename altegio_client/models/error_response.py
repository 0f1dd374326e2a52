from __future__ import annotations

from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from .._lazy import MODEL_CLASSES, LazyModel, ParseContext, model_class

if TYPE_CHECKING:
    from ..models.error_response_meta import ErrorResponseMeta


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(LazyModel):
    success: bool
    data: None
    meta: ErrorResponseMeta

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "success": success,
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_response_meta import ErrorResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = d.pop("data")

        meta = ErrorResponseMeta.from_dict(d.pop("meta"))

        error_response = cls(
            success=success,
            data=data,
            meta=meta,
        )

        return error_response


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> ErrorResponseMeta:
    ErrorResponseMeta = MODEL_CLASSES.get("altegio_client.models.error_response_meta") or model_class(
        "altegio_client.models.error_response_meta", "ErrorResponseMeta"
    )

    meta = ErrorResponseMeta._lazy(json_value, parse_ctx)

    return meta


ErrorResponse._lazy_fields = {
    "success": ("success", None, True),
    "data": ("data", None, True),
    "meta": ("meta", _read_meta, True),
}


def _fill_plain(model: ErrorResponse, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "success" in json_value:
        model.success = json_value["success"]
    if "data" in json_value:
        model.data = json_value["data"]


def _fill_converted(
    model: ErrorResponse, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    # A field that fails to convert is left unread: reading it raises the ResponseSchemaError.
    if "meta" not in done:
        try:
            model.meta = _read_meta(json_value["meta"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    return


ErrorResponse._lazy_fill = (_fill_plain, _fill_converted)
