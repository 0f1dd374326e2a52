from typing import Literal

SalaryPayrollCalculationItemTargetContainerTargetTypeSlug = Literal["good", "service"]

SALARY_PAYROLL_CALCULATION_ITEM_TARGET_CONTAINER_TARGET_TYPE_SLUG_VALUES: set[
    SalaryPayrollCalculationItemTargetContainerTargetTypeSlug
] = {
    "good",
    "service",
}


def check_salary_payroll_calculation_item_target_container_target_type_slug(
    value: str,
) -> SalaryPayrollCalculationItemTargetContainerTargetTypeSlug:
    if value in SALARY_PAYROLL_CALCULATION_ITEM_TARGET_CONTAINER_TARGET_TYPE_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALARY_PAYROLL_CALCULATION_ITEM_TARGET_CONTAINER_TARGET_TYPE_SLUG_VALUES!r}"
    )
