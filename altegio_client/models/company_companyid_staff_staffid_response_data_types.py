from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.team_member import TeamMember


T = TypeVar("T", bound="CompanyCompanyidStaffStaffidResponseDataTypes")


@_attrs_define
class CompanyCompanyidStaffStaffidResponseDataTypes(LazyModel):
    """Get a List of team members / Specific team member

    Example:
        {'success': True, 'data': {'id': 1001539, 'name': 'team member 1', 'company_id': 176275, 'specialization': 'team
            member', 'position': {'id': 1, 'title': 'Administrator'}, 'avatar': 'https://app.alteg.io/images/no-master-
            sm.png', 'avatar_big': 'https://app.alteg.io/images/no-master.png', 'fired': 0, 'status': 0, 'hidden': 0,
            'user_id': 12345, 'is_paid_staff': False, 'is_included_in_payment_policy': True}, 'meta': []}

    """

    success: bool | Unset = UNSET
    """ Execution success status (true) """
    data: list[TeamMember] | TeamMember | Unset = UNSET
    meta: JsonObject | list[JsonObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member import TeamMember  # noqa: PLC0415

        success = self.success

        data: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, TeamMember):
            data = self.data.to_dict()
        else:
            data = []
            for data_type_1_item_data in self.data:
                data_type_1_item = data_type_1_item_data.to_dict()
                data.append(data_type_1_item)

        meta: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, list):
            meta = []
            for meta_type_0_item_data in self.meta:
                meta_type_0_item = meta_type_0_item_data.to_dict()
                meta.append(meta_type_0_item)

        else:
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.team_member import TeamMember  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        def _parse_data(data: object) -> list[TeamMember] | TeamMember | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = TeamMember.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = []
            _data_type_1 = data
            for data_type_1_item_data in _data_type_1:
                data_type_1_item = TeamMember.from_dict(data_type_1_item_data)

                data_type_1.append(data_type_1_item)

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        def _parse_meta(data: object) -> JsonObject | list[JsonObject] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                meta_type_0 = []
                _meta_type_0 = data
                for meta_type_0_item_data in _meta_type_0:
                    meta_type_0_item = JsonObject.from_dict(meta_type_0_item_data)

                    meta_type_0.append(meta_type_0_item)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            meta_type_1 = JsonObject.from_dict(data)

            return meta_type_1

        meta = _parse_meta(d.pop("meta", UNSET))

        company_companyid_staff_staffid_response_data_types = cls(
            success=success,
            data=data,
            meta=meta,
        )

        company_companyid_staff_staffid_response_data_types.additional_properties = d
        return company_companyid_staff_staffid_response_data_types

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


def _read_data(json_value: Any, parse_ctx: ParseContext) -> list[TeamMember] | TeamMember | Unset:
    TeamMember = MODEL_CLASSES.get("altegio_client.models.team_member") or model_class(
        "altegio_client.models.team_member", "TeamMember"
    )

    def _parse_data(data: object) -> list[TeamMember] | TeamMember | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            data_type_0 = TeamMember.from_dict(data)

            return data_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, list):
            raise TypeError()
        data_type_1 = []
        _data_type_1 = data
        for data_type_1_item_data in _data_type_1:
            data_type_1_item = TeamMember.from_dict(data_type_1_item_data)

            data_type_1.append(data_type_1_item)

        return data_type_1

    data = _parse_data(json_value)

    return data


def _read_meta(json_value: Any, parse_ctx: ParseContext) -> JsonObject | list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    def _parse_meta(data: object) -> JsonObject | list[JsonObject] | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            meta_type_0 = []
            _meta_type_0 = data
            for meta_type_0_item_data in _meta_type_0:
                meta_type_0_item = JsonObject.from_dict(meta_type_0_item_data)

                meta_type_0.append(meta_type_0_item)

            return meta_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_1 = new_model(JsonObject)
        meta_type_1.additional_properties = dict(data)

        return meta_type_1

    meta = _parse_meta(json_value)

    return meta


_DECLARED_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanyCompanyidStaffStaffidResponseDataTypes._lazy_fields = {
    "success": ("success", None, False),
    "data": ("data", _read_data, False),
    "meta": ("meta", _read_meta, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanyCompanyidStaffStaffidResponseDataTypes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.success = get("success", UNSET)


def _fill_converted(
    model: CompanyCompanyidStaffStaffidResponseDataTypes,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "data" not in done:
        value = get("data", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.data = UNSET
        else:
            try:
                model.data = _read_data(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "meta" not in done:
        value = get("meta", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.meta = UNSET
        else:
            try:
                model.meta = _read_meta(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanyCompanyidStaffStaffidResponseDataTypes | None = None
) -> CompanyCompanyidStaffStaffidResponseDataTypes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanyCompanyidStaffStaffidResponseDataTypes._lazy(json_value, parse_ctx)
        model = new_model(
            CompanyCompanyidStaffStaffidResponseDataTypes
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
        layout = layout_of(CompanyCompanyidStaffStaffidResponseDataTypes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_data, value_meta = fill(json_value, model)
    if value_data is UNSET:  # what every optional field's converter returns for it
        model.data = UNSET
    else:
        try:
            model.data = _read_data(value_data, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_meta is UNSET:  # what every optional field's converter returns for it
        model.meta = UNSET
    else:
        try:
            model.meta = _read_meta(value_meta, parse_ctx)
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
        model.__class__ = lazily_read_class(CompanyCompanyidStaffStaffidResponseDataTypes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanyCompanyidStaffStaffidResponseDataTypes
        del model._raw, model._context
    return model


CompanyCompanyidStaffStaffidResponseDataTypes._lazy_fill = (_fill_plain, _fill_converted, _build)
