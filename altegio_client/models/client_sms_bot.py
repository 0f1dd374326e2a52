from typing import Literal

ClientSmsBot = Literal[0, 1]

CLIENT_SMS_BOT_VALUES: set[ClientSmsBot] = {
    0,
    1,
}


def check_client_sms_bot(value: int) -> ClientSmsBot:
    if value in CLIENT_SMS_BOT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLIENT_SMS_BOT_VALUES!r}")
