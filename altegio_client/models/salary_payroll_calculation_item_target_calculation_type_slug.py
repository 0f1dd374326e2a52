from typing import Literal

SalaryPayrollCalculationItemTargetCalculationTypeSlug = Literal["fix", "percent"]

SALARY_PAYROLL_CALCULATION_ITEM_TARGET_CALCULATION_TYPE_SLUG_VALUES: set[
    SalaryPayrollCalculationItemTargetCalculationTypeSlug
] = {
    "fix",
    "percent",
}


def check_salary_payroll_calculation_item_target_calculation_type_slug(
    value: str,
) -> SalaryPayrollCalculationItemTargetCalculationTypeSlug:
    if value in SALARY_PAYROLL_CALCULATION_ITEM_TARGET_CALCULATION_TYPE_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALARY_PAYROLL_CALCULATION_ITEM_TARGET_CALCULATION_TYPE_SLUG_VALUES!r}"
    )
