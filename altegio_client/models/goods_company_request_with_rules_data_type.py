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
    from ..models.goods_company_request_with_rules_data_type_correction_rules_item import (
        GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,
    )


T = TypeVar("T", bound="GoodsCompanyRequestWithRulesDataType")


@_attrs_define
class GoodsCompanyRequestWithRulesDataType(LazyModel):
    """Product Creation Method

    Example:
        {'title': 'Shampoo', 'print_title': 'Shampoo', 'article': '123', 'barcode': '123', 'category_id': 289632,
            'cost': 1000, 'actual_cost': 500, 'sale_unit_id': 216762, 'service_unit_id': 216762, 'unit_equals': 100,
            'critical_amount': 1, 'desired_amount': 1, 'netto': 200, 'brutto': 250, 'comment': 'Test comment 123',
            'tax_variant': 0, 'vat_id': 3, 'correction_rules': [{'type': 1, 'base_unit': 'service'}, {'type': 2,
            'base_unit': 'service'}, {'type': 3, 'base_unit': 'sale'}, {'type': 4, 'base_unit': 'sale'}, {'type': 5,
            'base_unit': 'sale'}]}

    """

    title: str
    """ Product Name """
    category_id: int
    """ Product category ID """
    sale_unit_id: int
    """ Sales unit """
    service_unit_id: int
    """ Write-off unit """
    print_title: str | Unset = UNSET
    """ Title to be printed on receipt """
    article: str | Unset = UNSET
    """ vendor code """
    barcode: str | Unset = UNSET
    """ Barcode """
    cost: float | Unset = UNSET
    """ Selling price """
    actual_cost: float | Unset = UNSET
    """ Cost price """
    unit_equals: float | Unset = UNSET
    """ The ratio of the unit of measure for sale to the unit of measure for write-off """
    critical_amount: float | Unset = UNSET
    """ critical residue """
    desired_amount: float | Unset = UNSET
    """ Desired balance """
    netto: float | Unset = UNSET
    """ Net weight """
    brutto: float | Unset = UNSET
    """ Gross weight """
    comment: str | Unset = UNSET
    """ A comment """
    tax_variant: int | Unset = UNSET
    """ Taxation system """
    vat_id: int | Unset = UNSET
    """ VAT """
    correction_rules: list[GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem] | Unset = UNSET
    """ An array of rules for converting units of measurement (required if there are inventory operations for the
    product) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        category_id = self.category_id

        sale_unit_id = self.sale_unit_id

        service_unit_id = self.service_unit_id

        print_title = self.print_title

        article = self.article

        barcode = self.barcode

        cost = self.cost

        actual_cost = self.actual_cost

        unit_equals = self.unit_equals

        critical_amount = self.critical_amount

        desired_amount = self.desired_amount

        netto = self.netto

        brutto = self.brutto

        comment = self.comment

        tax_variant = self.tax_variant

        vat_id = self.vat_id

        correction_rules: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.correction_rules, Unset):
            correction_rules = []
            for correction_rules_item_data in self.correction_rules:
                correction_rules_item = correction_rules_item_data.to_dict()
                correction_rules.append(correction_rules_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "category_id": category_id,
                "sale_unit_id": sale_unit_id,
                "service_unit_id": service_unit_id,
            }
        )
        if print_title is not UNSET:
            field_dict["print_title"] = print_title
        if article is not UNSET:
            field_dict["article"] = article
        if barcode is not UNSET:
            field_dict["barcode"] = barcode
        if cost is not UNSET:
            field_dict["cost"] = cost
        if actual_cost is not UNSET:
            field_dict["actual_cost"] = actual_cost
        if unit_equals is not UNSET:
            field_dict["unit_equals"] = unit_equals
        if critical_amount is not UNSET:
            field_dict["critical_amount"] = critical_amount
        if desired_amount is not UNSET:
            field_dict["desired_amount"] = desired_amount
        if netto is not UNSET:
            field_dict["netto"] = netto
        if brutto is not UNSET:
            field_dict["brutto"] = brutto
        if comment is not UNSET:
            field_dict["comment"] = comment
        if tax_variant is not UNSET:
            field_dict["tax_variant"] = tax_variant
        if vat_id is not UNSET:
            field_dict["vat_id"] = vat_id
        if correction_rules is not UNSET:
            field_dict["correction_rules"] = correction_rules

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goods_company_request_with_rules_data_type_correction_rules_item import (
            GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        title = d.pop("title")

        category_id = d.pop("category_id")

        sale_unit_id = d.pop("sale_unit_id")

        service_unit_id = d.pop("service_unit_id")

        print_title = d.pop("print_title", UNSET)

        article = d.pop("article", UNSET)

        barcode = d.pop("barcode", UNSET)

        cost = d.pop("cost", UNSET)

        actual_cost = d.pop("actual_cost", UNSET)

        unit_equals = d.pop("unit_equals", UNSET)

        critical_amount = d.pop("critical_amount", UNSET)

        desired_amount = d.pop("desired_amount", UNSET)

        netto = d.pop("netto", UNSET)

        brutto = d.pop("brutto", UNSET)

        comment = d.pop("comment", UNSET)

        tax_variant = d.pop("tax_variant", UNSET)

        vat_id = d.pop("vat_id", UNSET)

        _correction_rules = d.pop("correction_rules", UNSET)
        correction_rules: list[GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem] | Unset = UNSET
        if _correction_rules is not UNSET:
            correction_rules = []
            for correction_rules_item_data in _correction_rules:
                correction_rules_item = GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem.from_dict(
                    correction_rules_item_data
                )

                correction_rules.append(correction_rules_item)

        goods_company_request_with_rules_data_type = cls(
            title=title,
            category_id=category_id,
            sale_unit_id=sale_unit_id,
            service_unit_id=service_unit_id,
            print_title=print_title,
            article=article,
            barcode=barcode,
            cost=cost,
            actual_cost=actual_cost,
            unit_equals=unit_equals,
            critical_amount=critical_amount,
            desired_amount=desired_amount,
            netto=netto,
            brutto=brutto,
            comment=comment,
            tax_variant=tax_variant,
            vat_id=vat_id,
            correction_rules=correction_rules,
        )

        goods_company_request_with_rules_data_type.additional_properties = d
        return goods_company_request_with_rules_data_type

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


def _read_correction_rules(
    json_value: Any, parse_ctx: ParseContext
) -> list[GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem] | Unset:
    GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem = MODEL_CLASSES.get(
        "altegio_client.models.goods_company_request_with_rules_data_type_correction_rules_item"
    ) or model_class(
        "altegio_client.models.goods_company_request_with_rules_data_type_correction_rules_item",
        "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem",
    )

    _correction_rules = json_value
    correction_rules: list[GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem] | Unset = UNSET
    if _correction_rules is not UNSET:
        correction_rules = GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem._lazy_list(
            _correction_rules, parse_ctx
        )

    return correction_rules


_DECLARED_KEYS = frozenset(
    {
        "title",
        "category_id",
        "sale_unit_id",
        "service_unit_id",
        "print_title",
        "article",
        "barcode",
        "cost",
        "actual_cost",
        "unit_equals",
        "critical_amount",
        "desired_amount",
        "netto",
        "brutto",
        "comment",
        "tax_variant",
        "vat_id",
        "correction_rules",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


GoodsCompanyRequestWithRulesDataType._lazy_fields = {
    "title": ("title", None, True),
    "category_id": ("category_id", None, True),
    "sale_unit_id": ("sale_unit_id", None, True),
    "service_unit_id": ("service_unit_id", None, True),
    "print_title": ("print_title", None, False),
    "article": ("article", None, False),
    "barcode": ("barcode", None, False),
    "cost": ("cost", None, False),
    "actual_cost": ("actual_cost", None, False),
    "unit_equals": ("unit_equals", None, False),
    "critical_amount": ("critical_amount", None, False),
    "desired_amount": ("desired_amount", None, False),
    "netto": ("netto", None, False),
    "brutto": ("brutto", None, False),
    "comment": ("comment", None, False),
    "tax_variant": ("tax_variant", None, False),
    "vat_id": ("vat_id", None, False),
    "correction_rules": ("correction_rules", _read_correction_rules, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: GoodsCompanyRequestWithRulesDataType, json_value: dict[str, Any]) -> None:
    get = json_value.get
    if "title" in json_value:
        model.title = json_value["title"]
    if "category_id" in json_value:
        model.category_id = json_value["category_id"]
    if "sale_unit_id" in json_value:
        model.sale_unit_id = json_value["sale_unit_id"]
    if "service_unit_id" in json_value:
        model.service_unit_id = json_value["service_unit_id"]
    model.print_title = get("print_title", UNSET)
    model.article = get("article", UNSET)
    model.barcode = get("barcode", UNSET)
    model.cost = get("cost", UNSET)
    model.actual_cost = get("actual_cost", UNSET)
    model.unit_equals = get("unit_equals", UNSET)
    model.critical_amount = get("critical_amount", UNSET)
    model.desired_amount = get("desired_amount", UNSET)
    model.netto = get("netto", UNSET)
    model.brutto = get("brutto", UNSET)
    model.comment = get("comment", UNSET)
    model.tax_variant = get("tax_variant", UNSET)
    model.vat_id = get("vat_id", UNSET)


def _fill_converted(
    model: GoodsCompanyRequestWithRulesDataType,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "correction_rules" not in done:
        value = get("correction_rules", UNSET)
        if value is UNSET:
            model.correction_rules = UNSET
        elif value == []:
            model.correction_rules = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.goods_company_request_with_rules_data_type_correction_rules_item"
            ) or model_builder(
                "altegio_client.models.goods_company_request_with_rules_data_type_correction_rules_item",
                "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.correction_rules = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: GoodsCompanyRequestWithRulesDataType | None = None
) -> GoodsCompanyRequestWithRulesDataType:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return GoodsCompanyRequestWithRulesDataType._lazy(json_value, parse_ctx)
        model = new_model(
            GoodsCompanyRequestWithRulesDataType
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
        layout = layout_of(GoodsCompanyRequestWithRulesDataType, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (value_correction_rules,) = fill(json_value, model)
    if not complete:  # a required field read as is is missing: left unread, to raise when read
        failed = True
    if value_correction_rules is UNSET:
        model.correction_rules = UNSET
    elif value_correction_rules == []:
        model.correction_rules = value_correction_rules  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.goods_company_request_with_rules_data_type_correction_rules_item"
        ) or model_builder(
            "altegio_client.models.goods_company_request_with_rules_data_type_correction_rules_item",
            "GoodsCompanyRequestWithRulesDataTypeCorrectionRulesItem",
        )
        try:
            if _builtins.type(value_correction_rules) is not list:
                raise TypeError
            model.correction_rules = [build(item, parse_ctx) for item in value_correction_rules]
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
        model.__class__ = lazily_read_class(GoodsCompanyRequestWithRulesDataType)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = GoodsCompanyRequestWithRulesDataType
        del model._raw, model._context
    return model


GoodsCompanyRequestWithRulesDataType._lazy_fill = (_fill_plain, _fill_converted, _build)
