from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

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
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="ServiceResourceRelationships")


@_attrs_define
class ServiceResourceRelationships(LazyModel):
    """Present when related data is requested through `include`"""

    resources: ToManyRelationship | Unset = UNSET
    service_composite: ToOneRelationship | Unset = UNSET
    resource_links: ToManyRelationship | Unset = UNSET
    company_links: ToManyRelationship | Unset = UNSET
    trial_settings: ToOneRelationship | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        service_composite: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_composite, Unset):
            service_composite = self.service_composite.to_dict()

        resource_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resource_links, Unset):
            resource_links = self.resource_links.to_dict()

        company_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company_links, Unset):
            company_links = self.company_links.to_dict()

        trial_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trial_settings, Unset):
            trial_settings = self.trial_settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if resources is not UNSET:
            field_dict["resources"] = resources
        if service_composite is not UNSET:
            field_dict["service_composite"] = service_composite
        if resource_links is not UNSET:
            field_dict["resource_links"] = resource_links
        if company_links is not UNSET:
            field_dict["company_links"] = company_links
        if trial_settings is not UNSET:
            field_dict["trial_settings"] = trial_settings

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.to_many_relationship import ToManyRelationship  # noqa: PLC0415
        from ..models.to_one_relationship import ToOneRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _resources = d.pop("resources", UNSET)
        resources: ToManyRelationship | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ToManyRelationship.from_dict(_resources)

        _service_composite = d.pop("service_composite", UNSET)
        service_composite: ToOneRelationship | Unset
        if isinstance(_service_composite, Unset):
            service_composite = UNSET
        else:
            service_composite = ToOneRelationship.from_dict(_service_composite)

        _resource_links = d.pop("resource_links", UNSET)
        resource_links: ToManyRelationship | Unset
        if isinstance(_resource_links, Unset):
            resource_links = UNSET
        else:
            resource_links = ToManyRelationship.from_dict(_resource_links)

        _company_links = d.pop("company_links", UNSET)
        company_links: ToManyRelationship | Unset
        if isinstance(_company_links, Unset):
            company_links = UNSET
        else:
            company_links = ToManyRelationship.from_dict(_company_links)

        _trial_settings = d.pop("trial_settings", UNSET)
        trial_settings: ToOneRelationship | Unset
        if isinstance(_trial_settings, Unset):
            trial_settings = UNSET
        else:
            trial_settings = ToOneRelationship.from_dict(_trial_settings)

        service_resource_relationships = cls(
            resources=resources,
            service_composite=service_composite,
            resource_links=resource_links,
            company_links=company_links,
            trial_settings=trial_settings,
        )

        return service_resource_relationships


def _read_resources(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _resources = json_value
    resources: ToManyRelationship | Unset
    if isinstance(_resources, Unset):
        resources = UNSET
    else:
        resources = ToManyRelationship._lazy(_resources, parse_ctx)

    return resources


def _read_service_composite(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _service_composite = json_value
    service_composite: ToOneRelationship | Unset
    if isinstance(_service_composite, Unset):
        service_composite = UNSET
    else:
        service_composite = ToOneRelationship._lazy(_service_composite, parse_ctx)

    return service_composite


def _read_resource_links(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _resource_links = json_value
    resource_links: ToManyRelationship | Unset
    if isinstance(_resource_links, Unset):
        resource_links = UNSET
    else:
        resource_links = ToManyRelationship._lazy(_resource_links, parse_ctx)

    return resource_links


def _read_company_links(json_value: Any, parse_ctx: ParseContext) -> ToManyRelationship | Unset:
    ToManyRelationship = MODEL_CLASSES.get("altegio_client.models.to_many_relationship") or model_class(
        "altegio_client.models.to_many_relationship", "ToManyRelationship"
    )

    _company_links = json_value
    company_links: ToManyRelationship | Unset
    if isinstance(_company_links, Unset):
        company_links = UNSET
    else:
        company_links = ToManyRelationship._lazy(_company_links, parse_ctx)

    return company_links


def _read_trial_settings(json_value: Any, parse_ctx: ParseContext) -> ToOneRelationship | Unset:
    ToOneRelationship = MODEL_CLASSES.get("altegio_client.models.to_one_relationship") or model_class(
        "altegio_client.models.to_one_relationship", "ToOneRelationship"
    )

    _trial_settings = json_value
    trial_settings: ToOneRelationship | Unset
    if isinstance(_trial_settings, Unset):
        trial_settings = UNSET
    else:
        trial_settings = ToOneRelationship._lazy(_trial_settings, parse_ctx)

    return trial_settings


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ServiceResourceRelationships._lazy_fields = {
    "resources": ("resources", _read_resources, False),
    "service_composite": ("service_composite", _read_service_composite, False),
    "resource_links": ("resource_links", _read_resource_links, False),
    "company_links": ("company_links", _read_company_links, False),
    "trial_settings": ("trial_settings", _read_trial_settings, False),
}


def _fill_plain(model: ServiceResourceRelationships, json_value: dict[str, Any]) -> None:
    get = json_value.get


def _fill_converted(
    model: ServiceResourceRelationships, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "resources" not in done:
        value = get("resources", UNSET)
        if value is UNSET:
            model.resources = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.resources = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "service_composite" not in done:
        value = get("service_composite", UNSET)
        if value is UNSET:
            model.service_composite = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.service_composite = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "resource_links" not in done:
        value = get("resource_links", UNSET)
        if value is UNSET:
            model.resource_links = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.resource_links = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "company_links" not in done:
        value = get("company_links", UNSET)
        if value is UNSET:
            model.company_links = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
                "altegio_client.models.to_many_relationship", "ToManyRelationship"
            )
            try:
                model.company_links = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "trial_settings" not in done:
        value = get("trial_settings", UNSET)
        if value is UNSET:
            model.trial_settings = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
                "altegio_client.models.to_one_relationship", "ToOneRelationship"
            )
            try:
                model.trial_settings = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ServiceResourceRelationships | None = None
) -> ServiceResourceRelationships:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ServiceResourceRelationships._lazy(json_value, parse_ctx)
        model = new_model(ServiceResourceRelationships)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ServiceResourceRelationships, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_resources, value_service_composite, value_resource_links, value_company_links, value_trial_settings = fill(
        json_value, model
    )
    if value_resources is UNSET:
        model.resources = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.resources = build(value_resources, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_service_composite is UNSET:
        model.service_composite = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.service_composite = build(value_service_composite, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_resource_links is UNSET:
        model.resource_links = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.resource_links = build(value_resource_links, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_company_links is UNSET:
        model.company_links = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_many_relationship") or model_builder(
            "altegio_client.models.to_many_relationship", "ToManyRelationship"
        )
        try:
            model.company_links = build(value_company_links, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_trial_settings is UNSET:
        model.trial_settings = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.to_one_relationship") or model_builder(
            "altegio_client.models.to_one_relationship", "ToOneRelationship"
        )
        try:
            model.trial_settings = build(value_trial_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(ServiceResourceRelationships)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ServiceResourceRelationships
        del model._raw, model._context
    return model


ServiceResourceRelationships._lazy_fill = (_fill_plain, _fill_converted, _build)
