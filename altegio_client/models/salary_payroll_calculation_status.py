from typing import Literal

SalaryPayrollCalculationStatus = Literal["confirmed", "draft"]

SALARY_PAYROLL_CALCULATION_STATUS_VALUES: set[SalaryPayrollCalculationStatus] = {
    "confirmed",
    "draft",
}


def check_salary_payroll_calculation_status(value: str) -> SalaryPayrollCalculationStatus:
    if value in SALARY_PAYROLL_CALCULATION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SALARY_PAYROLL_CALCULATION_STATUS_VALUES!r}")
