from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadImageBody")


@_attrs_define
class UploadImageBody(LazyModel):
    image: str
    """ transferred image (image/jpeg, image/png) """
    company_id: int | Unset = UNSET
    """ Location ID for image binding (for entity=service) """
    service_id: int | Unset = UNSET
    """ Service ID for image binding (for entity=service) """
    master_id: int | Unset = UNSET
    """ team member ID for image binding (for entity=team_member) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        company_id = self.company_id

        service_id = self.service_id

        master_id = self.master_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if master_id is not UNSET:
            field_dict["master_id"] = master_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.company_id, Unset):
            files.append(("company_id", (None, str(self.company_id).encode(), "text/plain")))

        if not isinstance(self.service_id, Unset):
            files.append(("service_id", (None, str(self.service_id).encode(), "text/plain")))

        if not isinstance(self.master_id, Unset):
            files.append(("master_id", (None, str(self.master_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image = d.pop("image")

        company_id = d.pop("company_id", UNSET)

        service_id = d.pop("service_id", UNSET)

        master_id = d.pop("master_id", UNSET)

        upload_image_body = cls(
            image=image,
            company_id=company_id,
            service_id=service_id,
            master_id=master_id,
        )

        upload_image_body.additional_properties = d
        return upload_image_body

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


_DECLARED_KEYS = frozenset(
    {
        "image",
        "company_id",
        "service_id",
        "master_id",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UploadImageBody._lazy_fields = {
    "image": ("image", None, True),
    "company_id": ("company_id", None, False),
    "service_id": ("service_id", None, False),
    "master_id": ("master_id", None, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UploadImageBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "image" in json_value:
        model.image = json_value["image"]
    model.company_id = get("company_id", UNSET)
    model.service_id = get("service_id", UNSET)
    model.master_id = get("master_id", UNSET)


def _fill_converted(
    model: UploadImageBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(json_value: Any, parse_ctx: ParseContext, model: UploadImageBody | None = None) -> UploadImageBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UploadImageBody._lazy(json_value, parse_ctx)
        model = new_model(UploadImageBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UploadImageBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(UploadImageBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UploadImageBody
        del model._raw, model._context
    return model


UploadImageBody._lazy_fill = (_fill_plain, _fill_converted, _build)
