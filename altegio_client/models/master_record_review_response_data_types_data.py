from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._codegen import (
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_object import JsonObject
    from ..models.master_record_review_response_data_types_data_agreement_links import (
        MasterRecordReviewResponseDataTypesDataAgreementLinks,
    )
    from ..models.master_record_review_response_data_types_data_company import (
        MasterRecordReviewResponseDataTypesDataCompany,
    )
    from ..models.master_record_review_response_data_types_data_currency import (
        MasterRecordReviewResponseDataTypesDataCurrency,
    )
    from ..models.master_record_review_response_data_types_data_language import (
        MasterRecordReviewResponseDataTypesDataLanguage,
    )
    from ..models.master_record_review_response_data_types_data_master import (
        MasterRecordReviewResponseDataTypesDataMaster,
    )
    from ..models.master_record_review_response_data_types_data_record import (
        MasterRecordReviewResponseDataTypesDataRecord,
    )


T = TypeVar("T", bound="MasterRecordReviewResponseDataTypesData")


@_attrs_define
class MasterRecordReviewResponseDataTypesData(LazyModel):
    """Object with data"""

    favicon_url: str | Unset = UNSET
    """ Let to the logo """
    is_review_submitted: bool | Unset = UNSET
    """ Has feedback been sent? """
    page_title: str | Unset = UNSET
    """ Page Title """
    master: MasterRecordReviewResponseDataTypesDataMaster | Unset = UNSET
    """ team member """
    company: MasterRecordReviewResponseDataTypesDataCompany | Unset = UNSET
    """ location """
    tips: list[JsonObject] | Unset = UNSET
    """ Tips """
    record: MasterRecordReviewResponseDataTypesDataRecord | Unset = UNSET
    """ Recording """
    currency: MasterRecordReviewResponseDataTypesDataCurrency | Unset = UNSET
    """ location currency """
    agreement_links: MasterRecordReviewResponseDataTypesDataAgreementLinks | Unset = UNSET
    """ Links to agreements """
    language: MasterRecordReviewResponseDataTypesDataLanguage | Unset = UNSET
    """ Language """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favicon_url = self.favicon_url

        is_review_submitted = self.is_review_submitted

        page_title = self.page_title

        master: dict[str, Any] | Unset = UNSET
        if not isinstance(self.master, Unset):
            master = self.master.to_dict()

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        tips: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tips, Unset):
            tips = []
            for tips_item_data in self.tips:
                tips_item = tips_item_data.to_dict()
                tips.append(tips_item)

        record: dict[str, Any] | Unset = UNSET
        if not isinstance(self.record, Unset):
            record = self.record.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        agreement_links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.agreement_links, Unset):
            agreement_links = self.agreement_links.to_dict()

        language: dict[str, Any] | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if favicon_url is not UNSET:
            field_dict["favicon_url"] = favicon_url
        if is_review_submitted is not UNSET:
            field_dict["is_review_submitted"] = is_review_submitted
        if page_title is not UNSET:
            field_dict["page_title"] = page_title
        if master is not UNSET:
            field_dict["master"] = master
        if company is not UNSET:
            field_dict["company"] = company
        if tips is not UNSET:
            field_dict["tips"] = tips
        if record is not UNSET:
            field_dict["record"] = record
        if currency is not UNSET:
            field_dict["currency"] = currency
        if agreement_links is not UNSET:
            field_dict["agreement_links"] = agreement_links
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_object import JsonObject  # noqa: PLC0415
        from ..models.master_record_review_response_data_types_data_agreement_links import (
            MasterRecordReviewResponseDataTypesDataAgreementLinks,  # noqa: PLC0415
        )
        from ..models.master_record_review_response_data_types_data_company import (
            MasterRecordReviewResponseDataTypesDataCompany,  # noqa: PLC0415
        )
        from ..models.master_record_review_response_data_types_data_currency import (
            MasterRecordReviewResponseDataTypesDataCurrency,  # noqa: PLC0415
        )
        from ..models.master_record_review_response_data_types_data_language import (
            MasterRecordReviewResponseDataTypesDataLanguage,  # noqa: PLC0415
        )
        from ..models.master_record_review_response_data_types_data_master import (
            MasterRecordReviewResponseDataTypesDataMaster,  # noqa: PLC0415
        )
        from ..models.master_record_review_response_data_types_data_record import (
            MasterRecordReviewResponseDataTypesDataRecord,  # noqa: PLC0415
        )

        d = dict(src_dict)
        favicon_url = d.pop("favicon_url", UNSET)

        is_review_submitted = d.pop("is_review_submitted", UNSET)

        page_title = d.pop("page_title", UNSET)

        _master = d.pop("master", UNSET)
        master: MasterRecordReviewResponseDataTypesDataMaster | Unset
        if isinstance(_master, Unset):
            master = UNSET
        else:
            master = MasterRecordReviewResponseDataTypesDataMaster.from_dict(_master)

        _company = d.pop("company", UNSET)
        company: MasterRecordReviewResponseDataTypesDataCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = MasterRecordReviewResponseDataTypesDataCompany.from_dict(_company)

        _tips = d.pop("tips", UNSET)
        tips: list[JsonObject] | Unset = UNSET
        if _tips is not UNSET:
            tips = []
            for tips_item_data in _tips:
                tips_item = JsonObject.from_dict(tips_item_data)

                tips.append(tips_item)

        _record = d.pop("record", UNSET)
        record: MasterRecordReviewResponseDataTypesDataRecord | Unset
        if isinstance(_record, Unset):
            record = UNSET
        else:
            record = MasterRecordReviewResponseDataTypesDataRecord.from_dict(_record)

        _currency = d.pop("currency", UNSET)
        currency: MasterRecordReviewResponseDataTypesDataCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = MasterRecordReviewResponseDataTypesDataCurrency.from_dict(_currency)

        _agreement_links = d.pop("agreement_links", UNSET)
        agreement_links: MasterRecordReviewResponseDataTypesDataAgreementLinks | Unset
        if isinstance(_agreement_links, Unset):
            agreement_links = UNSET
        else:
            agreement_links = MasterRecordReviewResponseDataTypesDataAgreementLinks.from_dict(_agreement_links)

        _language = d.pop("language", UNSET)
        language: MasterRecordReviewResponseDataTypesDataLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = MasterRecordReviewResponseDataTypesDataLanguage.from_dict(_language)

        master_record_review_response_data_types_data = cls(
            favicon_url=favicon_url,
            is_review_submitted=is_review_submitted,
            page_title=page_title,
            master=master,
            company=company,
            tips=tips,
            record=record,
            currency=currency,
            agreement_links=agreement_links,
            language=language,
        )

        master_record_review_response_data_types_data.additional_properties = d
        return master_record_review_response_data_types_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_master(json_value: Any, parse_ctx: ParseContext) -> MasterRecordReviewResponseDataTypesDataMaster | Unset:
    MasterRecordReviewResponseDataTypesDataMaster = MODEL_CLASSES.get(
        "altegio_client.models.master_record_review_response_data_types_data_master"
    ) or model_class(
        "altegio_client.models.master_record_review_response_data_types_data_master",
        "MasterRecordReviewResponseDataTypesDataMaster",
    )

    _master = json_value
    master: MasterRecordReviewResponseDataTypesDataMaster | Unset
    if isinstance(_master, Unset):
        master = UNSET
    else:
        master = MasterRecordReviewResponseDataTypesDataMaster._lazy(_master, parse_ctx)

    return master


def _read_company(json_value: Any, parse_ctx: ParseContext) -> MasterRecordReviewResponseDataTypesDataCompany | Unset:
    MasterRecordReviewResponseDataTypesDataCompany = MODEL_CLASSES.get(
        "altegio_client.models.master_record_review_response_data_types_data_company"
    ) or model_class(
        "altegio_client.models.master_record_review_response_data_types_data_company",
        "MasterRecordReviewResponseDataTypesDataCompany",
    )

    _company = json_value
    company: MasterRecordReviewResponseDataTypesDataCompany | Unset
    if isinstance(_company, Unset):
        company = UNSET
    else:
        company = MasterRecordReviewResponseDataTypesDataCompany._lazy(_company, parse_ctx)

    return company


def _read_tips(json_value: Any, parse_ctx: ParseContext) -> list[JsonObject] | Unset:
    JsonObject = MODEL_CLASSES.get("altegio_client.models.json_object") or model_class(
        "altegio_client.models.json_object", "JsonObject"
    )

    _tips = json_value
    tips: list[JsonObject] | Unset = UNSET
    if _tips is not UNSET:
        tips = JsonObject._lazy_list(_tips, parse_ctx)

    return tips


def _read_record(json_value: Any, parse_ctx: ParseContext) -> MasterRecordReviewResponseDataTypesDataRecord | Unset:
    MasterRecordReviewResponseDataTypesDataRecord = MODEL_CLASSES.get(
        "altegio_client.models.master_record_review_response_data_types_data_record"
    ) or model_class(
        "altegio_client.models.master_record_review_response_data_types_data_record",
        "MasterRecordReviewResponseDataTypesDataRecord",
    )

    _record = json_value
    record: MasterRecordReviewResponseDataTypesDataRecord | Unset
    if isinstance(_record, Unset):
        record = UNSET
    else:
        record = MasterRecordReviewResponseDataTypesDataRecord._lazy(_record, parse_ctx)

    return record


def _read_currency(json_value: Any, parse_ctx: ParseContext) -> MasterRecordReviewResponseDataTypesDataCurrency | Unset:
    MasterRecordReviewResponseDataTypesDataCurrency = MODEL_CLASSES.get(
        "altegio_client.models.master_record_review_response_data_types_data_currency"
    ) or model_class(
        "altegio_client.models.master_record_review_response_data_types_data_currency",
        "MasterRecordReviewResponseDataTypesDataCurrency",
    )

    _currency = json_value
    currency: MasterRecordReviewResponseDataTypesDataCurrency | Unset
    if isinstance(_currency, Unset):
        currency = UNSET
    else:
        currency = MasterRecordReviewResponseDataTypesDataCurrency._lazy(_currency, parse_ctx)

    return currency


def _read_agreement_links(
    json_value: Any, parse_ctx: ParseContext
) -> MasterRecordReviewResponseDataTypesDataAgreementLinks | Unset:
    MasterRecordReviewResponseDataTypesDataAgreementLinks = MODEL_CLASSES.get(
        "altegio_client.models.master_record_review_response_data_types_data_agreement_links"
    ) or model_class(
        "altegio_client.models.master_record_review_response_data_types_data_agreement_links",
        "MasterRecordReviewResponseDataTypesDataAgreementLinks",
    )

    _agreement_links = json_value
    agreement_links: MasterRecordReviewResponseDataTypesDataAgreementLinks | Unset
    if isinstance(_agreement_links, Unset):
        agreement_links = UNSET
    else:
        agreement_links = MasterRecordReviewResponseDataTypesDataAgreementLinks._lazy(_agreement_links, parse_ctx)

    return agreement_links


def _read_language(json_value: Any, parse_ctx: ParseContext) -> MasterRecordReviewResponseDataTypesDataLanguage | Unset:
    MasterRecordReviewResponseDataTypesDataLanguage = MODEL_CLASSES.get(
        "altegio_client.models.master_record_review_response_data_types_data_language"
    ) or model_class(
        "altegio_client.models.master_record_review_response_data_types_data_language",
        "MasterRecordReviewResponseDataTypesDataLanguage",
    )

    _language = json_value
    language: MasterRecordReviewResponseDataTypesDataLanguage | Unset
    if isinstance(_language, Unset):
        language = UNSET
    else:
        language = MasterRecordReviewResponseDataTypesDataLanguage._lazy(_language, parse_ctx)

    return language


_DECLARED_KEYS = frozenset(
    {
        "favicon_url",
        "is_review_submitted",
        "page_title",
        "master",
        "company",
        "tips",
        "record",
        "currency",
        "agreement_links",
        "language",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


MasterRecordReviewResponseDataTypesData._lazy_fields = {
    "favicon_url": ("favicon_url", None, False),
    "is_review_submitted": ("is_review_submitted", None, False),
    "page_title": ("page_title", None, False),
    "master": ("master", _read_master, False),
    "company": ("company", _read_company, False),
    "tips": ("tips", _read_tips, False),
    "record": ("record", _read_record, False),
    "currency": ("currency", _read_currency, False),
    "agreement_links": ("agreement_links", _read_agreement_links, False),
    "language": ("language", _read_language, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: MasterRecordReviewResponseDataTypesData, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.favicon_url = get("favicon_url", UNSET)
    model.is_review_submitted = get("is_review_submitted", UNSET)
    model.page_title = get("page_title", UNSET)


def _fill_converted(
    model: MasterRecordReviewResponseDataTypesData,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "master" not in done:
        value = get("master", UNSET)
        if value is UNSET:
            model.master = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.master_record_review_response_data_types_data_master"
            ) or model_builder(
                "altegio_client.models.master_record_review_response_data_types_data_master",
                "MasterRecordReviewResponseDataTypesDataMaster",
            )
            try:
                model.master = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "company" not in done:
        value = get("company", UNSET)
        if value is UNSET:
            model.company = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.master_record_review_response_data_types_data_company"
            ) or model_builder(
                "altegio_client.models.master_record_review_response_data_types_data_company",
                "MasterRecordReviewResponseDataTypesDataCompany",
            )
            try:
                model.company = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "tips" not in done:
        value = get("tips", UNSET)
        if value is UNSET:
            model.tips = UNSET
        elif value == []:
            model.tips = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
                "altegio_client.models.json_object", "JsonObject"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.tips = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "record" not in done:
        value = get("record", UNSET)
        if value is UNSET:
            model.record = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.master_record_review_response_data_types_data_record"
            ) or model_builder(
                "altegio_client.models.master_record_review_response_data_types_data_record",
                "MasterRecordReviewResponseDataTypesDataRecord",
            )
            try:
                model.record = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "currency" not in done:
        value = get("currency", UNSET)
        if value is UNSET:
            model.currency = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.master_record_review_response_data_types_data_currency"
            ) or model_builder(
                "altegio_client.models.master_record_review_response_data_types_data_currency",
                "MasterRecordReviewResponseDataTypesDataCurrency",
            )
            try:
                model.currency = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "agreement_links" not in done:
        value = get("agreement_links", UNSET)
        if value is UNSET:
            model.agreement_links = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.master_record_review_response_data_types_data_agreement_links"
            ) or model_builder(
                "altegio_client.models.master_record_review_response_data_types_data_agreement_links",
                "MasterRecordReviewResponseDataTypesDataAgreementLinks",
            )
            try:
                model.agreement_links = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "language" not in done:
        value = get("language", UNSET)
        if value is UNSET:
            model.language = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.master_record_review_response_data_types_data_language"
            ) or model_builder(
                "altegio_client.models.master_record_review_response_data_types_data_language",
                "MasterRecordReviewResponseDataTypesDataLanguage",
            )
            try:
                model.language = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: MasterRecordReviewResponseDataTypesData | None = None
) -> MasterRecordReviewResponseDataTypesData:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return MasterRecordReviewResponseDataTypesData._lazy(json_value, parse_ctx)
        model = new_model(
            MasterRecordReviewResponseDataTypesData
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
        layout = layout_of(MasterRecordReviewResponseDataTypesData, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_master, value_company, value_tips, value_record, value_currency, value_agreement_links, value_language = fill(
        json_value, model
    )
    if value_master is UNSET:
        model.master = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.master_record_review_response_data_types_data_master"
        ) or model_builder(
            "altegio_client.models.master_record_review_response_data_types_data_master",
            "MasterRecordReviewResponseDataTypesDataMaster",
        )
        try:
            model.master = build(value_master, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_company is UNSET:
        model.company = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.master_record_review_response_data_types_data_company"
        ) or model_builder(
            "altegio_client.models.master_record_review_response_data_types_data_company",
            "MasterRecordReviewResponseDataTypesDataCompany",
        )
        try:
            model.company = build(value_company, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_tips is UNSET:
        model.tips = UNSET
    elif value_tips == []:
        model.tips = value_tips  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.json_object") or model_builder(
            "altegio_client.models.json_object", "JsonObject"
        )
        try:
            if _builtins.type(value_tips) is not list:
                raise TypeError
            model.tips = [build(item, parse_ctx) for item in value_tips]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_record is UNSET:
        model.record = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.master_record_review_response_data_types_data_record"
        ) or model_builder(
            "altegio_client.models.master_record_review_response_data_types_data_record",
            "MasterRecordReviewResponseDataTypesDataRecord",
        )
        try:
            model.record = build(value_record, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_currency is UNSET:
        model.currency = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.master_record_review_response_data_types_data_currency"
        ) or model_builder(
            "altegio_client.models.master_record_review_response_data_types_data_currency",
            "MasterRecordReviewResponseDataTypesDataCurrency",
        )
        try:
            model.currency = build(value_currency, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_agreement_links is UNSET:
        model.agreement_links = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.master_record_review_response_data_types_data_agreement_links"
        ) or model_builder(
            "altegio_client.models.master_record_review_response_data_types_data_agreement_links",
            "MasterRecordReviewResponseDataTypesDataAgreementLinks",
        )
        try:
            model.agreement_links = build(value_agreement_links, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_language is UNSET:
        model.language = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.master_record_review_response_data_types_data_language"
        ) or model_builder(
            "altegio_client.models.master_record_review_response_data_types_data_language",
            "MasterRecordReviewResponseDataTypesDataLanguage",
        )
        try:
            model.language = build(value_language, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if only_declared:  # no undeclared key, the usual case (known from the layout, see _layouts.py)
        model.additional_properties = {}
    else:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True
    if failed:  # lazily read, to read the field left unread (and raise) when it is read
        model.__class__ = lazily_read_class(MasterRecordReviewResponseDataTypesData)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = MasterRecordReviewResponseDataTypesData
        del model._raw, model._context
    return model


MasterRecordReviewResponseDataTypesData._lazy_fill = (_fill_plain, _fill_converted, _build)
