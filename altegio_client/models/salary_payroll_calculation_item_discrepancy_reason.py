from typing import Literal

SalaryPayrollCalculationItemDiscrepancyReason = Literal["deleted", "new", "updated_rule", "updated_sum"]

SALARY_PAYROLL_CALCULATION_ITEM_DISCREPANCY_REASON_VALUES: set[SalaryPayrollCalculationItemDiscrepancyReason] = {
    "deleted",
    "new",
    "updated_rule",
    "updated_sum",
}


def check_salary_payroll_calculation_item_discrepancy_reason(
    value: str,
) -> SalaryPayrollCalculationItemDiscrepancyReason:
    if value in SALARY_PAYROLL_CALCULATION_ITEM_DISCREPANCY_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALARY_PAYROLL_CALCULATION_ITEM_DISCREPANCY_REASON_VALUES!r}"
    )
