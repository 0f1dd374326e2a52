from typing import Literal

ClientSmsNot = Literal[0, 1]

CLIENT_SMS_NOT_VALUES: set[ClientSmsNot] = {
    0,
    1,
}


def check_client_sms_not(value: int) -> ClientSmsNot:
    if value in CLIENT_SMS_NOT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_SMS_NOT_VALUES!r}")
