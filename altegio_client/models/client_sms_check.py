from typing import Literal

ClientSmsCheck = Literal[0, 1]

CLIENT_SMS_CHECK_VALUES: set[ClientSmsCheck] = {
    0,
    1,
}


def check_client_sms_check(value: int) -> ClientSmsCheck:
    if value in CLIENT_SMS_CHECK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_SMS_CHECK_VALUES!r}")
