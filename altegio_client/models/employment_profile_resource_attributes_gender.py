from typing import Literal

EmploymentProfileResourceAttributesGender = Literal[0, 1, 2]

EMPLOYMENT_PROFILE_RESOURCE_ATTRIBUTES_GENDER_VALUES: set[EmploymentProfileResourceAttributesGender] = {
    0,
    1,
    2,
}


def check_employment_profile_resource_attributes_gender(value: int) -> EmploymentProfileResourceAttributesGender:
    if value in EMPLOYMENT_PROFILE_RESOURCE_ATTRIBUTES_GENDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EMPLOYMENT_PROFILE_RESOURCE_ATTRIBUTES_GENDER_VALUES!r}"
    )
