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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_service_links_body_master_settings_item_price import (
        UpdateServiceLinksBodyMasterSettingsItemPrice,
    )


T = TypeVar("T", bound="UpdateServiceLinksBodyMasterSettingsItem")


@_attrs_define
class UpdateServiceLinksBodyMasterSettingsItem(LazyModel):
    master_id: int | Unset = UNSET
    """ Team member ID """
    technological_card_id: int | Unset = UNSET
    """ Tech card ID for this team member's service delivery """
    hours: int | Unset = UNSET
    """ Service duration hours """
    minutes: int | Unset = UNSET
    """ Service duration minutes """
    price: None | Unset | UpdateServiceLinksBodyMasterSettingsItemPrice = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_service_links_body_master_settings_item_price import (
            UpdateServiceLinksBodyMasterSettingsItemPrice,  # noqa: PLC0415
        )

        master_id = self.master_id

        technological_card_id = self.technological_card_id

        hours = self.hours

        minutes = self.minutes

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, UpdateServiceLinksBodyMasterSettingsItemPrice):
            price = self.price.to_dict()
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if master_id is not UNSET:
            field_dict["master_id"] = master_id
        if technological_card_id is not UNSET:
            field_dict["technological_card_id"] = technological_card_id
        if hours is not UNSET:
            field_dict["hours"] = hours
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_service_links_body_master_settings_item_price import (
            UpdateServiceLinksBodyMasterSettingsItemPrice,  # noqa: PLC0415
        )

        d = dict(src_dict)
        master_id = d.pop("master_id", UNSET)

        technological_card_id = d.pop("technological_card_id", UNSET)

        hours = d.pop("hours", UNSET)

        minutes = d.pop("minutes", UNSET)

        def _parse_price(data: object) -> None | Unset | UpdateServiceLinksBodyMasterSettingsItemPrice:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                price_type_0 = UpdateServiceLinksBodyMasterSettingsItemPrice.from_dict(data)

                return price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateServiceLinksBodyMasterSettingsItemPrice, data)

        price = _parse_price(d.pop("price", UNSET))

        update_service_links_body_master_settings_item = cls(
            master_id=master_id,
            technological_card_id=technological_card_id,
            hours=hours,
            minutes=minutes,
            price=price,
        )

        update_service_links_body_master_settings_item.additional_properties = d
        return update_service_links_body_master_settings_item

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


def _read_price(
    json_value: Any, parse_ctx: ParseContext
) -> None | Unset | UpdateServiceLinksBodyMasterSettingsItemPrice:
    UpdateServiceLinksBodyMasterSettingsItemPrice = MODEL_CLASSES.get(
        "altegio_client.models.update_service_links_body_master_settings_item_price"
    ) or model_class(
        "altegio_client.models.update_service_links_body_master_settings_item_price",
        "UpdateServiceLinksBodyMasterSettingsItemPrice",
    )

    def _parse_price(data: object) -> None | Unset | UpdateServiceLinksBodyMasterSettingsItemPrice:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            price_type_0 = UpdateServiceLinksBodyMasterSettingsItemPrice.from_dict(data)

            return price_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(None | Unset | UpdateServiceLinksBodyMasterSettingsItemPrice, data)

    price = _parse_price(json_value)

    return price


_DECLARED_KEYS = frozenset(
    {
        "master_id",
        "technological_card_id",
        "hours",
        "minutes",
        "price",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UpdateServiceLinksBodyMasterSettingsItem._lazy_fields = {
    "master_id": ("master_id", None, False),
    "technological_card_id": ("technological_card_id", None, False),
    "hours": ("hours", None, False),
    "minutes": ("minutes", None, False),
    "price": ("price", _read_price, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UpdateServiceLinksBodyMasterSettingsItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.master_id = get("master_id", UNSET)
    model.technological_card_id = get("technological_card_id", UNSET)
    model.hours = get("hours", UNSET)
    model.minutes = get("minutes", UNSET)


def _fill_converted(
    model: UpdateServiceLinksBodyMasterSettingsItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "price" not in done:
        value = get("price", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.price = UNSET
        else:
            try:
                model.price = _read_price(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UpdateServiceLinksBodyMasterSettingsItem | None = None
) -> UpdateServiceLinksBodyMasterSettingsItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UpdateServiceLinksBodyMasterSettingsItem._lazy(json_value, parse_ctx)
        model = new_model(
            UpdateServiceLinksBodyMasterSettingsItem
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
        layout = layout_of(UpdateServiceLinksBodyMasterSettingsItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_price,) = fill(json_value, model)
    if value_price is UNSET:  # what every optional field's converter returns for it
        model.price = UNSET
    else:
        try:
            model.price = _read_price(value_price, parse_ctx)
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
        model.__class__ = lazily_read_class(UpdateServiceLinksBodyMasterSettingsItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UpdateServiceLinksBodyMasterSettingsItem
        del model._raw, model._context
    return model


UpdateServiceLinksBodyMasterSettingsItem._lazy_fill = (_fill_plain, _fill_converted, _build)
