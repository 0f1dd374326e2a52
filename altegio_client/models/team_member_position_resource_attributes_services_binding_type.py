from typing import Literal

TeamMemberPositionResourceAttributesServicesBindingType = Literal[0, 1, 2]

TEAM_MEMBER_POSITION_RESOURCE_ATTRIBUTES_SERVICES_BINDING_TYPE_VALUES: set[
    TeamMemberPositionResourceAttributesServicesBindingType
] = {
    0,
    1,
    2,
}


def check_team_member_position_resource_attributes_services_binding_type(
    value: int,
) -> TeamMemberPositionResourceAttributesServicesBindingType:
    if value in TEAM_MEMBER_POSITION_RESOURCE_ATTRIBUTES_SERVICES_BINDING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEAM_MEMBER_POSITION_RESOURCE_ATTRIBUTES_SERVICES_BINDING_TYPE_VALUES!r}"
    )
