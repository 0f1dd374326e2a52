from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.company_salon_id_sale_documentid_response_data_types_data_kkm_state import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState,
    )
    from ..models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem,
    )
    from ..models.company_salon_id_sale_documentid_response_data_types_data_state import (
        CompanySalonIdSaleDocumentidResponseDataTypesDataState,
    )


T = TypeVar("T", bound="CompanySalonIdSaleDocumentidResponseDataTypesData")


@_attrs_define
class CompanySalonIdSaleDocumentidResponseDataTypesData(LazyModel):
    """Object with data"""

    state: CompanySalonIdSaleDocumentidResponseDataTypesDataState | Unset = UNSET
    kkm_state: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState | Unset = UNSET
    payment_methods: list[CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        kkm_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kkm_state, Unset):
            kkm_state = self.kkm_state.to_dict()

        payment_methods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_methods, Unset):
            payment_methods = []
            for payment_methods_item_data in self.payment_methods:
                payment_methods_item = payment_methods_item_data.to_dict()
                payment_methods.append(payment_methods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state
        if kkm_state is not UNSET:
            field_dict["kkm_state"] = kkm_state
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.company_salon_id_sale_documentid_response_data_types_data_kkm_state import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState,  # noqa: PLC0415
        )
        from ..models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem,  # noqa: PLC0415
        )
        from ..models.company_salon_id_sale_documentid_response_data_types_data_state import (
            CompanySalonIdSaleDocumentidResponseDataTypesDataState,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _state = d.pop("state", UNSET)
        state: CompanySalonIdSaleDocumentidResponseDataTypesDataState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = CompanySalonIdSaleDocumentidResponseDataTypesDataState.from_dict(_state)

        _kkm_state = d.pop("kkm_state", UNSET)
        kkm_state: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState | Unset
        if isinstance(_kkm_state, Unset):
            kkm_state = UNSET
        else:
            kkm_state = CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState.from_dict(_kkm_state)

        _payment_methods = d.pop("payment_methods", UNSET)
        payment_methods: list[CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem] | Unset = UNSET
        if _payment_methods is not UNSET:
            payment_methods = []
            for payment_methods_item_data in _payment_methods:
                payment_methods_item = CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem.from_dict(
                    payment_methods_item_data
                )

                payment_methods.append(payment_methods_item)

        company_salon_id_sale_documentid_response_data_types_data = cls(
            state=state,
            kkm_state=kkm_state,
            payment_methods=payment_methods,
        )

        company_salon_id_sale_documentid_response_data_types_data.additional_properties = d
        return company_salon_id_sale_documentid_response_data_types_data

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


def _read_state(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataState | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataState = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataState",
    )

    _state = json_value
    state: CompanySalonIdSaleDocumentidResponseDataTypesDataState | Unset
    if isinstance(_state, Unset):
        state = UNSET
    else:
        state = CompanySalonIdSaleDocumentidResponseDataTypesDataState._lazy(_state, parse_ctx)

    return state


def _read_kkm_state(
    json_value: Any, parse_ctx: ParseContext
) -> CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState",
    )

    _kkm_state = json_value
    kkm_state: CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState | Unset
    if isinstance(_kkm_state, Unset):
        kkm_state = UNSET
    else:
        kkm_state = CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState._lazy(_kkm_state, parse_ctx)

    return kkm_state


def _read_payment_methods(
    json_value: Any, parse_ctx: ParseContext
) -> list[CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem] | Unset:
    CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem = MODEL_CLASSES.get(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item"
    ) or model_class(
        "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item",
        "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem",
    )

    _payment_methods = json_value
    payment_methods: list[CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem] | Unset = UNSET
    if _payment_methods is not UNSET:
        payment_methods = CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem._lazy_list(
            _payment_methods, parse_ctx
        )

    return payment_methods


_DECLARED_KEYS = frozenset(
    {
        "state",
        "kkm_state",
        "payment_methods",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


CompanySalonIdSaleDocumentidResponseDataTypesData._lazy_fields = {
    "state": ("state", _read_state, False),
    "kkm_state": ("kkm_state", _read_kkm_state, False),
    "payment_methods": ("payment_methods", _read_payment_methods, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: CompanySalonIdSaleDocumentidResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: CompanySalonIdSaleDocumentidResponseDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "state" not in done:
        value = get("state", UNSET)
        if value is UNSET:
            model.state = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataState",
            )
            try:
                model.state = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "kkm_state" not in done:
        value = get("kkm_state", UNSET)
        if value is UNSET:
            model.kkm_state = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState",
            )
            try:
                model.kkm_state = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "payment_methods" not in done:
        value = get("payment_methods", UNSET)
        if value is UNSET:
            model.payment_methods = UNSET
        elif value == []:
            model.payment_methods = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item"
            ) or model_builder(
                "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item",
                "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.payment_methods = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: CompanySalonIdSaleDocumentidResponseDataTypesData | None = None
) -> CompanySalonIdSaleDocumentidResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return CompanySalonIdSaleDocumentidResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            CompanySalonIdSaleDocumentidResponseDataTypesData
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
        layout = layout_of(CompanySalonIdSaleDocumentidResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_state, value_kkm_state, value_payment_methods = fill(json_value, model)
    if value_state is UNSET:
        model.state = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_state",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataState",
        )
        try:
            model.state = build(value_state, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_kkm_state is UNSET:
        model.kkm_state = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_kkm_state",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataKkmState",
        )
        try:
            model.kkm_state = build(value_kkm_state, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_payment_methods is UNSET:
        model.payment_methods = UNSET
    elif value_payment_methods == []:
        model.payment_methods = value_payment_methods  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item"
        ) or model_builder(
            "altegio_client.models.company_salon_id_sale_documentid_response_data_types_data_payment_methods_item",
            "CompanySalonIdSaleDocumentidResponseDataTypesDataPaymentMethodsItem",
        )
        try:
            if _builtins.type(value_payment_methods) is not list:
                raise TypeError
            model.payment_methods = [build(item, parse_ctx) for item in value_payment_methods]
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
        model.__class__ = lazily_read_class(CompanySalonIdSaleDocumentidResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = CompanySalonIdSaleDocumentidResponseDataTypesData
        del model._raw, model._context
    return model


CompanySalonIdSaleDocumentidResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
