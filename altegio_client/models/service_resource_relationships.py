from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.to_many_relationship import ToManyRelationship
    from ..models.to_one_relationship import ToOneRelationship


T = TypeVar("T", bound="ServiceResourceRelationships")


@_attrs_define
class ServiceResourceRelationships:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
