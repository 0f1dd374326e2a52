from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .._codegen import (
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    new_model,
)
from ..models.employment_profile_resource_attributes_gender import (
    EmploymentProfileResourceAttributesGender,
    check_employment_profile_resource_attributes_gender,
)
from ..types import UNSET

T = TypeVar("T", bound="EmploymentProfileResourceAttributes")


@_attrs_define
class EmploymentProfileResourceAttributes(LazyModel):
    phone: str
    """ Phone number """
    name: str
    """ Display name """
    firstname: str
    """ First name """
    surname: str
    """ Last name """
    patronymic: str
    """ Patronymic """
    date_admission: None | str
    """ Employment start date and time without a timezone """
    date_registration_end: None | str
    """ Registration end date and time without a timezone """
    citizenship: str
    """ Citizenship """
    gender: EmploymentProfileResourceAttributesGender
    """ Gender wire value: `0` unspecified, `1` male, `2` female """
    passport_data: str
    """ Passport data """
    personal_tax_reference_number: str
    """ Personal tax reference number """
    number_insurance_certificates: str
    """ Insurance certificate number """

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        name = self.name

        firstname = self.firstname

        surname = self.surname

        patronymic = self.patronymic

        date_admission: None | str
        date_admission = self.date_admission

        date_registration_end: None | str
        date_registration_end = self.date_registration_end

        citizenship = self.citizenship

        gender: int = self.gender

        passport_data = self.passport_data

        personal_tax_reference_number = self.personal_tax_reference_number

        number_insurance_certificates = self.number_insurance_certificates

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
                "name": name,
                "firstname": firstname,
                "surname": surname,
                "patronymic": patronymic,
                "date_admission": date_admission,
                "date_registration_end": date_registration_end,
                "citizenship": citizenship,
                "gender": gender,
                "passport_data": passport_data,
                "personal_tax_reference_number": personal_tax_reference_number,
                "number_insurance_certificates": number_insurance_certificates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        name = d.pop("name")

        firstname = d.pop("firstname")

        surname = d.pop("surname")

        patronymic = d.pop("patronymic")

        def _parse_date_admission(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_admission = _parse_date_admission(d.pop("date_admission"))

        def _parse_date_registration_end(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date_registration_end = _parse_date_registration_end(d.pop("date_registration_end"))

        citizenship = d.pop("citizenship")

        gender = check_employment_profile_resource_attributes_gender(d.pop("gender"))

        passport_data = d.pop("passport_data")

        personal_tax_reference_number = d.pop("personal_tax_reference_number")

        number_insurance_certificates = d.pop("number_insurance_certificates")

        employment_profile_resource_attributes = cls(
            phone=phone,
            name=name,
            firstname=firstname,
            surname=surname,
            patronymic=patronymic,
            date_admission=date_admission,
            date_registration_end=date_registration_end,
            citizenship=citizenship,
            gender=gender,
            passport_data=passport_data,
            personal_tax_reference_number=personal_tax_reference_number,
            number_insurance_certificates=number_insurance_certificates,
        )

        return employment_profile_resource_attributes


def _read_gender(json_value: Any, parse_ctx: ParseContext) -> EmploymentProfileResourceAttributesGender:

    gender = check_employment_profile_resource_attributes_gender(json_value)

    return gender


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


EmploymentProfileResourceAttributes._lazy_fields = {
    "phone": ("phone", None, True),
    "name": ("name", None, True),
    "firstname": ("firstname", None, True),
    "surname": ("surname", None, True),
    "patronymic": ("patronymic", None, True),
    "date_admission": ("date_admission", None, True),
    "date_registration_end": ("date_registration_end", None, True),
    "citizenship": ("citizenship", None, True),
    "gender": ("gender", _read_gender, True),
    "passport_data": ("passport_data", None, True),
    "personal_tax_reference_number": ("personal_tax_reference_number", None, True),
    "number_insurance_certificates": ("number_insurance_certificates", None, True),
}


def _fill_plain(model: EmploymentProfileResourceAttributes, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "phone" in json_value:
        model.phone = json_value["phone"]
    if "name" in json_value:
        model.name = json_value["name"]
    if "firstname" in json_value:
        model.firstname = json_value["firstname"]
    if "surname" in json_value:
        model.surname = json_value["surname"]
    if "patronymic" in json_value:
        model.patronymic = json_value["patronymic"]
    if "date_admission" in json_value:
        model.date_admission = json_value["date_admission"]
    if "date_registration_end" in json_value:
        model.date_registration_end = json_value["date_registration_end"]
    if "citizenship" in json_value:
        model.citizenship = json_value["citizenship"]
    if "passport_data" in json_value:
        model.passport_data = json_value["passport_data"]
    if "personal_tax_reference_number" in json_value:
        model.personal_tax_reference_number = json_value["personal_tax_reference_number"]
    if "number_insurance_certificates" in json_value:
        model.number_insurance_certificates = json_value["number_insurance_certificates"]


def _fill_converted(
    model: EmploymentProfileResourceAttributes,
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

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: EmploymentProfileResourceAttributes | None = None
) -> EmploymentProfileResourceAttributes:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return EmploymentProfileResourceAttributes._lazy(json_value, parse_ctx)
        model = new_model(
            EmploymentProfileResourceAttributes
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
        layout = layout_of(EmploymentProfileResourceAttributes, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_gender,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_gender is UNSET:  # missing: left unread, to raise when read
        failed = True
    else:
        try:
            model.gender = _read_gender(value_gender, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(EmploymentProfileResourceAttributes)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = EmploymentProfileResourceAttributes
        del model._raw, model._context
    return model


EmploymentProfileResourceAttributes._lazy_fill = (_fill_plain, _fill_converted, _build)
