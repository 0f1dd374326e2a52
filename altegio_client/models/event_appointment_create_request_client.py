from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from .._codegen import (
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_class,
    new_model,
)
from ..models.event_appointment_create_request_client_gender_type_1 import (
    EventAppointmentCreateRequestClientGenderType1,
    check_event_appointment_create_request_client_gender_type_1,
)
from ..models.event_appointment_create_request_client_gender_type_2_type_1 import (
    EventAppointmentCreateRequestClientGenderType2Type1,
    check_event_appointment_create_request_client_gender_type_2_type_1,
)
from ..models.event_appointment_create_request_client_gender_type_3_type_1 import (
    EventAppointmentCreateRequestClientGenderType3Type1,
    check_event_appointment_create_request_client_gender_type_3_type_1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_appointment_create_request_client_agreements import (
        EventAppointmentCreateRequestClientAgreements,
    )
    from ..models.event_appointment_create_request_client_custom_field_values_item import (
        EventAppointmentCreateRequestClientCustomFieldValuesItem,
    )


T = TypeVar("T", bound="EventAppointmentCreateRequestClient")


@_attrs_define
class EventAppointmentCreateRequestClient(LazyModel):
    id: int | None
    """ Existing Booking User ID, or `null` for a new Booking User """
    name: str
    """ Booking User first name """
    phone: None | str
    """ Booking User phone number as 9 to 15 digits; an empty string is also accepted """
    email: None | str
    """ Booking User email address """
    surname: None | str
    """ Booking User last name """
    patronymic: None | str
    """ Literal wire field for a Booking User middle name """
    gender: (
        EventAppointmentCreateRequestClientGenderType1
        | EventAppointmentCreateRequestClientGenderType2Type1
        | EventAppointmentCreateRequestClientGenderType3Type1
        | None
    )
    """ Booking User gender wire value """
    birthday: _datetime.date | None
    """ Booking User birth date """
    custom_field_values: list[EventAppointmentCreateRequestClientCustomFieldValuesItem] | None
    """ Booking User custom fields """
    agreements: EventAppointmentCreateRequestClientAgreements | None
    """ Booking User consent flags """
    comment: str | Unset = UNSET
    """ Booking User comment """
    national_id: None | str | Unset = UNSET
    """ Booking User national identifier """

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_appointment_create_request_client_agreements import (
            EventAppointmentCreateRequestClientAgreements,  # noqa: PLC0415
        )

        id: int | None
        id = self.id

        name = self.name

        phone: None | str
        phone = self.phone

        email: None | str
        email = self.email

        surname: None | str
        surname = self.surname

        patronymic: None | str
        patronymic = self.patronymic

        gender: int | None
        if isinstance(self.gender, int):
            gender = self.gender
        elif isinstance(self.gender, int):
            gender = self.gender
        elif isinstance(self.gender, int):
            gender = self.gender
        else:
            gender = self.gender

        birthday: None | str
        if isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        custom_field_values: list[dict[str, Any]] | None
        if isinstance(self.custom_field_values, list):
            custom_field_values = []
            for custom_field_values_type_0_item_data in self.custom_field_values:
                custom_field_values_type_0_item = custom_field_values_type_0_item_data.to_dict()
                custom_field_values.append(custom_field_values_type_0_item)

        else:
            custom_field_values = self.custom_field_values

        agreements: dict[str, Any] | None
        if isinstance(self.agreements, EventAppointmentCreateRequestClientAgreements):
            agreements = self.agreements.to_dict()
        else:
            agreements = self.agreements

        comment = self.comment

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "phone": phone,
                "email": email,
                "surname": surname,
                "patronymic": patronymic,
                "gender": gender,
                "birthday": birthday,
                "custom_field_values": custom_field_values,
                "agreements": agreements,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if national_id is not UNSET:
            field_dict["national_id"] = national_id

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_appointment_create_request_client_agreements import (
            EventAppointmentCreateRequestClientAgreements,  # noqa: PLC0415
        )
        from ..models.event_appointment_create_request_client_custom_field_values_item import (
            EventAppointmentCreateRequestClientCustomFieldValuesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        def _parse_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        phone = _parse_phone(d.pop("phone"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_surname(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        surname = _parse_surname(d.pop("surname"))

        def _parse_patronymic(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        patronymic = _parse_patronymic(d.pop("patronymic"))

        def _parse_gender(
            data: object,
        ) -> (
            EventAppointmentCreateRequestClientGenderType1
            | EventAppointmentCreateRequestClientGenderType2Type1
            | EventAppointmentCreateRequestClientGenderType3Type1
            | None
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemasevent_appointment_create_request_client_gender_type_1 = (
                    check_event_appointment_create_request_client_gender_type_1(data)
                )

                return componentsschemasevent_appointment_create_request_client_gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemasevent_appointment_create_request_client_gender_type_2_type_1 = (
                    check_event_appointment_create_request_client_gender_type_2_type_1(data)
                )

                return componentsschemasevent_appointment_create_request_client_gender_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemasevent_appointment_create_request_client_gender_type_3_type_1 = (
                    check_event_appointment_create_request_client_gender_type_3_type_1(data)
                )

                return componentsschemasevent_appointment_create_request_client_gender_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EventAppointmentCreateRequestClientGenderType1
                | EventAppointmentCreateRequestClientGenderType2Type1
                | EventAppointmentCreateRequestClientGenderType3Type1
                | None,
                data,
            )

        gender = _parse_gender(d.pop("gender"))

        def _parse_birthday(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = types.parse_iso_date(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        birthday = _parse_birthday(d.pop("birthday"))

        def _parse_custom_field_values(
            data: object,
        ) -> list[EventAppointmentCreateRequestClientCustomFieldValuesItem] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_field_values_type_0 = []
                _custom_field_values_type_0 = data
                for custom_field_values_type_0_item_data in _custom_field_values_type_0:
                    custom_field_values_type_0_item = (
                        EventAppointmentCreateRequestClientCustomFieldValuesItem.from_dict(
                            custom_field_values_type_0_item_data
                        )
                    )

                    custom_field_values_type_0.append(custom_field_values_type_0_item)

                return custom_field_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EventAppointmentCreateRequestClientCustomFieldValuesItem] | None, data)

        custom_field_values = _parse_custom_field_values(d.pop("custom_field_values"))

        def _parse_agreements(data: object) -> EventAppointmentCreateRequestClientAgreements | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agreements_type_0 = EventAppointmentCreateRequestClientAgreements.from_dict(data)

                return agreements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventAppointmentCreateRequestClientAgreements | None, data)

        agreements = _parse_agreements(d.pop("agreements"))

        comment = d.pop("comment", UNSET)

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        event_appointment_create_request_client = cls(
            id=id,
            name=name,
            phone=phone,
            email=email,
            surname=surname,
            patronymic=patronymic,
            gender=gender,
            birthday=birthday,
            custom_field_values=custom_field_values,
            agreements=agreements,
            comment=comment,
            national_id=national_id,
        )

        return event_appointment_create_request_client


def _read_gender(
    json_value: Any, parse_ctx: ParseContext
) -> (
    EventAppointmentCreateRequestClientGenderType1
    | EventAppointmentCreateRequestClientGenderType2Type1
    | EventAppointmentCreateRequestClientGenderType3Type1
    | None
):

    def _parse_gender(
        data: object,
    ) -> (
        EventAppointmentCreateRequestClientGenderType1
        | EventAppointmentCreateRequestClientGenderType2Type1
        | EventAppointmentCreateRequestClientGenderType3Type1
        | None
    ):
        if data is None:
            return data
        try:
            if not isinstance(data, int):
                raise TypeError()
            componentsschemasevent_appointment_create_request_client_gender_type_1 = (
                check_event_appointment_create_request_client_gender_type_1(data)
            )

            return componentsschemasevent_appointment_create_request_client_gender_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, int):
                raise TypeError()
            componentsschemasevent_appointment_create_request_client_gender_type_2_type_1 = (
                check_event_appointment_create_request_client_gender_type_2_type_1(data)
            )

            return componentsschemasevent_appointment_create_request_client_gender_type_2_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, int):
                raise TypeError()
            componentsschemasevent_appointment_create_request_client_gender_type_3_type_1 = (
                check_event_appointment_create_request_client_gender_type_3_type_1(data)
            )

            return componentsschemasevent_appointment_create_request_client_gender_type_3_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(
            EventAppointmentCreateRequestClientGenderType1
            | EventAppointmentCreateRequestClientGenderType2Type1
            | EventAppointmentCreateRequestClientGenderType3Type1
            | None,
            data,
        )

    gender = _parse_gender(json_value)

    return gender


def _read_birthday(json_value: Any, parse_ctx: ParseContext) -> datetime.date | None:

    def _parse_birthday(data: object) -> datetime.date | None:
        if data is None:
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            birthday_type_0 = types.parse_iso_date(data)

            return birthday_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.date | None, data)

    birthday = _parse_birthday(json_value)

    return birthday


def _read_custom_field_values(
    json_value: Any, parse_ctx: ParseContext
) -> list[EventAppointmentCreateRequestClientCustomFieldValuesItem] | None:
    EventAppointmentCreateRequestClientCustomFieldValuesItem = MODEL_CLASSES.get(
        "altegio_client.models.event_appointment_create_request_client_custom_field_values_item"
    ) or model_class(
        "altegio_client.models.event_appointment_create_request_client_custom_field_values_item",
        "EventAppointmentCreateRequestClientCustomFieldValuesItem",
    )

    def _parse_custom_field_values(
        data: object,
    ) -> list[EventAppointmentCreateRequestClientCustomFieldValuesItem] | None:
        if data is None:
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            custom_field_values_type_0 = []
            _custom_field_values_type_0 = data
            for custom_field_values_type_0_item_data in _custom_field_values_type_0:
                custom_field_values_type_0_item = EventAppointmentCreateRequestClientCustomFieldValuesItem.from_dict(
                    custom_field_values_type_0_item_data
                )

                custom_field_values_type_0.append(custom_field_values_type_0_item)

            return custom_field_values_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[EventAppointmentCreateRequestClientCustomFieldValuesItem] | None, data)

    custom_field_values = _parse_custom_field_values(json_value)

    return custom_field_values


def _read_agreements(json_value: Any, parse_ctx: ParseContext) -> EventAppointmentCreateRequestClientAgreements | None:
    EventAppointmentCreateRequestClientAgreements = MODEL_CLASSES.get(
        "altegio_client.models.event_appointment_create_request_client_agreements"
    ) or model_class(
        "altegio_client.models.event_appointment_create_request_client_agreements",
        "EventAppointmentCreateRequestClientAgreements",
    )

    def _parse_agreements(data: object) -> EventAppointmentCreateRequestClientAgreements | None:
        if data is None:
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            agreements_type_0 = EventAppointmentCreateRequestClientAgreements.from_dict(data)

            return agreements_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(EventAppointmentCreateRequestClientAgreements | None, data)

    agreements = _parse_agreements(json_value)

    return agreements


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EventAppointmentCreateRequestClient._lazy_fields = {
    "id": ("id", None, True),
    "name": ("name", None, True),
    "phone": ("phone", None, True),
    "email": ("email", None, True),
    "surname": ("surname", None, True),
    "patronymic": ("patronymic", None, True),
    "gender": ("gender", _read_gender, True),
    "birthday": ("birthday", _read_birthday, True),
    "custom_field_values": ("custom_field_values", _read_custom_field_values, True),
    "agreements": ("agreements", _read_agreements, True),
    "comment": ("comment", None, False),
    "national_id": ("national_id", None, False),
}


def _fill_plain(model: EventAppointmentCreateRequestClient, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "id" in json_value:
        model.id = json_value["id"]
    if "name" in json_value:
        model.name = json_value["name"]
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "email" in json_value:
        model.email = json_value["email"]
    if "surname" in json_value:
        model.surname = json_value["surname"]
    if "patronymic" in json_value:
        model.patronymic = json_value["patronymic"]
    model.comment = get("comment", UNSET)
    model.national_id = get("national_id", UNSET)


def _fill_converted(
    model: EventAppointmentCreateRequestClient,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "gender" not in done:
        try:
            model.gender = _read_gender(json_value["gender"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "birthday" not in done:
        try:
            model.birthday = _read_birthday(json_value["birthday"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "custom_field_values" not in done:
        try:
            model.custom_field_values = _read_custom_field_values(json_value["custom_field_values"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    if "agreements" not in done:
        try:
            model.agreements = _read_agreements(json_value["agreements"], parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EventAppointmentCreateRequestClient | None = None
) -> EventAppointmentCreateRequestClient:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EventAppointmentCreateRequestClient._lazy(json_value, parse_ctx)
        model = new_model(
            EventAppointmentCreateRequestClient
        )  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(EventAppointmentCreateRequestClient, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_gender, value_birthday, value_custom_field_values, value_agreements = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_gender is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.gender = _read_gender(value_gender, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_birthday is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.birthday = _read_birthday(value_birthday, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_custom_field_values is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.custom_field_values = _read_custom_field_values(value_custom_field_values, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_agreements is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.agreements = _read_agreements(value_agreements, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EventAppointmentCreateRequestClient)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EventAppointmentCreateRequestClient
        del model._raw, model._context
    return model


EventAppointmentCreateRequestClient._lazy_fill = (_fill_plain, _fill_converted, _build)
