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
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.update_service_links_body_master_settings_item import (
        UpdateServiceLinksBodyMasterSettingsItem,
    )
    from ..models.update_service_links_body_translations_item import (
        UpdateServiceLinksBodyTranslationsItem,
    )


T = TypeVar("T", bound="UpdateServiceLinksBody")


@_attrs_define
class UpdateServiceLinksBody(LazyModel):
    service_id: int
    """ Service ID to update """
    master_settings: list[UpdateServiceLinksBodyMasterSettingsItem]
    """ List of team members providing this service with duration and tech cards """
    resource_ids: list[int]
    """ List of resource IDs required to provide this service """
    translations: list[UpdateServiceLinksBodyTranslationsItem]
    """ Service name translations for different languages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        master_settings = []
        for master_settings_item_data in self.master_settings:
            master_settings_item = master_settings_item_data.to_dict()
            master_settings.append(master_settings_item)

        resource_ids = self.resource_ids

        translations = []
        for translations_item_data in self.translations:
            translations_item = translations_item_data.to_dict()
            translations.append(translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "master_settings": master_settings,
                "resource_ids": resource_ids,
                "translations": translations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_service_links_body_master_settings_item import (
            UpdateServiceLinksBodyMasterSettingsItem,  # noqa: PLC0415
        )
        from ..models.update_service_links_body_translations_item import (
            UpdateServiceLinksBodyTranslationsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        service_id = d.pop("service_id")

        master_settings = []
        _master_settings = d.pop("master_settings")
        for master_settings_item_data in _master_settings:
            master_settings_item = UpdateServiceLinksBodyMasterSettingsItem.from_dict(master_settings_item_data)

            master_settings.append(master_settings_item)

        resource_ids = cast(list[int], d.pop("resource_ids"))

        translations = []
        _translations = d.pop("translations")
        for translations_item_data in _translations:
            translations_item = UpdateServiceLinksBodyTranslationsItem.from_dict(translations_item_data)

            translations.append(translations_item)

        update_service_links_body = cls(
            service_id=service_id,
            master_settings=master_settings,
            resource_ids=resource_ids,
            translations=translations,
        )

        update_service_links_body.additional_properties = d
        return update_service_links_body

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


def _read_master_settings(json_value: Any, parse_ctx: ParseContext) -> list[UpdateServiceLinksBodyMasterSettingsItem]:
    UpdateServiceLinksBodyMasterSettingsItem = MODEL_CLASSES.get(
        "altegio_client.models.update_service_links_body_master_settings_item"
    ) or model_class(
        "altegio_client.models.update_service_links_body_master_settings_item",
        "UpdateServiceLinksBodyMasterSettingsItem",
    )

    master_settings = UpdateServiceLinksBodyMasterSettingsItem._lazy_list(json_value, parse_ctx)

    return master_settings


def _read_translations(json_value: Any, parse_ctx: ParseContext) -> list[UpdateServiceLinksBodyTranslationsItem]:
    UpdateServiceLinksBodyTranslationsItem = MODEL_CLASSES.get(
        "altegio_client.models.update_service_links_body_translations_item"
    ) or model_class(
        "altegio_client.models.update_service_links_body_translations_item", "UpdateServiceLinksBodyTranslationsItem"
    )

    translations = UpdateServiceLinksBodyTranslationsItem._lazy_list(json_value, parse_ctx)

    return translations


_DECLARED_KEYS = frozenset(
    {
        "service_id",
        "master_settings",
        "resource_ids",
        "translations",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


UpdateServiceLinksBody._lazy_fields = {
    "service_id": ("service_id", None, True),
    "master_settings": ("master_settings", _read_master_settings, True),
    "resource_ids": ("resource_ids", None, True),
    "translations": ("translations", _read_translations, True),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: UpdateServiceLinksBody, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "service_id" in json_value:
        model.service_id = json_value["service_id"]
    if "resource_ids" in json_value:
        model.resource_ids = json_value["resource_ids"]


def _fill_converted(
    model: UpdateServiceLinksBody, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "master_settings" not in done:
        try:
            model.master_settings = _read_master_settings(json_value["master_settings"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "translations" not in done:
        try:
            model.translations = _read_translations(json_value["translations"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: UpdateServiceLinksBody | None = None
) -> UpdateServiceLinksBody:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return UpdateServiceLinksBody._lazy(json_value, parse_ctx)
        model = new_model(UpdateServiceLinksBody)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(UpdateServiceLinksBody, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_master_settings, value_translations = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_master_settings is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.master_settings = _read_master_settings(value_master_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_translations is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.translations = _read_translations(value_translations, parse_ctx)
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
        model.__class__ = lazily_read_class(UpdateServiceLinksBody)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = UpdateServiceLinksBody
        del model._raw, model._context
    return model


UpdateServiceLinksBody._lazy_fill = (_fill_plain, _fill_converted, _build)
