from typing import Literal

SalaryPayrollCalculationItemContainerItemTypeSlug = Literal[
    "activity", "bonus", "penalty", "periodic", "record", "retro_bonus", "sale"
]

SALARY_PAYROLL_CALCULATION_ITEM_CONTAINER_ITEM_TYPE_SLUG_VALUES: set[
    SalaryPayrollCalculationItemContainerItemTypeSlug
] = {
    "activity",
    "bonus",
    "penalty",
    "periodic",
    "record",
    "retro_bonus",
    "sale",
}


def check_salary_payroll_calculation_item_container_item_type_slug(
    value: str,
) -> SalaryPayrollCalculationItemContainerItemTypeSlug:
    if value in SALARY_PAYROLL_CALCULATION_ITEM_CONTAINER_ITEM_TYPE_SLUG_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALARY_PAYROLL_CALCULATION_ITEM_CONTAINER_ITEM_TYPE_SLUG_VALUES!r}"
    )
