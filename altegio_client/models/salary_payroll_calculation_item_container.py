from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    date_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..models.salary_payroll_calculation_item_container_item_type_slug import (
    SalaryPayrollCalculationItemContainerItemTypeSlug,
    check_salary_payroll_calculation_item_container_item_type_slug,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.salary_payroll_calculation_item_discrepancy import (
        SalaryPayrollCalculationItemDiscrepancy,
    )
    from ..models.salary_payroll_calculation_item_info_container import (
        SalaryPayrollCalculationItemInfoContainer,
    )
    from ..models.salary_payroll_calculation_item_paid_container import (
        SalaryPayrollCalculationItemPaidContainer,
    )
    from ..models.salary_payroll_calculation_item_target_container import (
        SalaryPayrollCalculationItemTargetContainer,
    )


T = TypeVar("T", bound="SalaryPayrollCalculationItemContainer")


@_attrs_define
class SalaryPayrollCalculationItemContainer(LazyModel):
    date: _datetime.date | Unset = UNSET
    """ Date. """
    time: str | Unset = UNSET
    """ Time. """
    item_id: int | Unset = UNSET
    """ ID of an entity subject to salary calculation (e.g., appointment ID or sale ID). """
    item_type_slug: SalaryPayrollCalculationItemContainerItemTypeSlug | Unset = UNSET
    """ Type of an entity subject to salary calculation (e.g., appointment or sale). """
    salary_sum: int | str | Unset = UNSET
    """ Calculated salary sum. """
    record_id: int | None | Unset = UNSET
    """ ID of an appointment. """
    client_id: int | None | Unset = UNSET
    """ ID of a customer. """
    cost: int | None | str | Unset = UNSET
    """ Base cost. """
    paid: SalaryPayrollCalculationItemPaidContainer | Unset = UNSET
    salary_calculation_info: SalaryPayrollCalculationItemInfoContainer | Unset = UNSET
    targets: list[SalaryPayrollCalculationItemTargetContainer] | Unset = UNSET
    salary_discrepancy: SalaryPayrollCalculationItemDiscrepancy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        time = self.time

        item_id = self.item_id

        item_type_slug: str | Unset = UNSET
        if not isinstance(self.item_type_slug, Unset):
            item_type_slug = self.item_type_slug

        salary_sum: int | str | Unset
        if isinstance(self.salary_sum, Unset):
            salary_sum = UNSET
        else:
            salary_sum = self.salary_sum

        record_id: int | None | Unset
        if isinstance(self.record_id, Unset):
            record_id = UNSET
        else:
            record_id = self.record_id

        client_id: int | None | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        cost: int | None | str | Unset
        if isinstance(self.cost, Unset):
            cost = UNSET
        else:
            cost = self.cost

        paid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.to_dict()

        salary_calculation_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_calculation_info, Unset):
            salary_calculation_info = self.salary_calculation_info.to_dict()

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)

        salary_discrepancy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salary_discrepancy, Unset):
            salary_discrepancy = self.salary_discrepancy.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if time is not UNSET:
            field_dict["time"] = time
        if item_id is not UNSET:
            field_dict["item_id"] = item_id
        if item_type_slug is not UNSET:
            field_dict["item_type_slug"] = item_type_slug
        if salary_sum is not UNSET:
            field_dict["salary_sum"] = salary_sum
        if record_id is not UNSET:
            field_dict["record_id"] = record_id
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if cost is not UNSET:
            field_dict["cost"] = cost
        if paid is not UNSET:
            field_dict["paid"] = paid
        if salary_calculation_info is not UNSET:
            field_dict["salary_calculation_info"] = salary_calculation_info
        if targets is not UNSET:
            field_dict["targets"] = targets
        if salary_discrepancy is not UNSET:
            field_dict["salary_discrepancy"] = salary_discrepancy

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.salary_payroll_calculation_item_discrepancy import (
            SalaryPayrollCalculationItemDiscrepancy,  # noqa: PLC0415
        )
        from ..models.salary_payroll_calculation_item_info_container import (
            SalaryPayrollCalculationItemInfoContainer,  # noqa: PLC0415
        )
        from ..models.salary_payroll_calculation_item_paid_container import (
            SalaryPayrollCalculationItemPaidContainer,  # noqa: PLC0415
        )
        from ..models.salary_payroll_calculation_item_target_container import (
            SalaryPayrollCalculationItemTargetContainer,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = types.parse_iso_date(_date)

        time = d.pop("time", UNSET)

        item_id = d.pop("item_id", UNSET)

        _item_type_slug = d.pop("item_type_slug", UNSET)
        item_type_slug: SalaryPayrollCalculationItemContainerItemTypeSlug | Unset
        if isinstance(_item_type_slug, Unset):
            item_type_slug = UNSET
        else:
            item_type_slug = check_salary_payroll_calculation_item_container_item_type_slug(_item_type_slug)

        def _parse_salary_sum(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        salary_sum = _parse_salary_sum(d.pop("salary_sum", UNSET))

        def _parse_record_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        record_id = _parse_record_id(d.pop("record_id", UNSET))

        def _parse_client_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_cost(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cost = _parse_cost(d.pop("cost", UNSET))

        _paid = d.pop("paid", UNSET)
        paid: SalaryPayrollCalculationItemPaidContainer | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = SalaryPayrollCalculationItemPaidContainer.from_dict(_paid)

        _salary_calculation_info = d.pop("salary_calculation_info", UNSET)
        salary_calculation_info: SalaryPayrollCalculationItemInfoContainer | Unset
        if isinstance(_salary_calculation_info, Unset):
            salary_calculation_info = UNSET
        else:
            salary_calculation_info = SalaryPayrollCalculationItemInfoContainer.from_dict(_salary_calculation_info)

        _targets = d.pop("targets", UNSET)
        targets: list[SalaryPayrollCalculationItemTargetContainer] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = SalaryPayrollCalculationItemTargetContainer.from_dict(targets_item_data)

                targets.append(targets_item)

        _salary_discrepancy = d.pop("salary_discrepancy", UNSET)
        salary_discrepancy: SalaryPayrollCalculationItemDiscrepancy | Unset
        if isinstance(_salary_discrepancy, Unset):
            salary_discrepancy = UNSET
        else:
            salary_discrepancy = SalaryPayrollCalculationItemDiscrepancy.from_dict(_salary_discrepancy)

        salary_payroll_calculation_item_container = cls(
            date=date,
            time=time,
            item_id=item_id,
            item_type_slug=item_type_slug,
            salary_sum=salary_sum,
            record_id=record_id,
            client_id=client_id,
            cost=cost,
            paid=paid,
            salary_calculation_info=salary_calculation_info,
            targets=targets,
            salary_discrepancy=salary_discrepancy,
        )

        salary_payroll_calculation_item_container.additional_properties = d
        return salary_payroll_calculation_item_container

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


def _read_date(json_value: Any, parse_ctx: ParseContext) -> datetime.date | Unset:

    date: datetime.date | Unset
    if isinstance(json_value, Unset):
        date = UNSET
    else:
        try:
            date = date_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            date = types.parse_iso_date(json_value)

    return date


ISO_PARSERS[_read_date] = date_from_iso


def _read_item_type_slug(
    json_value: Any, parse_ctx: ParseContext
) -> SalaryPayrollCalculationItemContainerItemTypeSlug | Unset:

    _item_type_slug = json_value
    item_type_slug: SalaryPayrollCalculationItemContainerItemTypeSlug | Unset
    if isinstance(_item_type_slug, Unset):
        item_type_slug = UNSET
    else:
        item_type_slug = check_salary_payroll_calculation_item_container_item_type_slug(_item_type_slug)

    return item_type_slug


def _read_paid(json_value: Any, parse_ctx: ParseContext) -> SalaryPayrollCalculationItemPaidContainer | Unset:
    SalaryPayrollCalculationItemPaidContainer = MODEL_CLASSES.get(
        "altegio_client.models.salary_payroll_calculation_item_paid_container"
    ) or model_class(
        "altegio_client.models.salary_payroll_calculation_item_paid_container",
        "SalaryPayrollCalculationItemPaidContainer",
    )

    _paid = json_value
    paid: SalaryPayrollCalculationItemPaidContainer | Unset
    if isinstance(_paid, Unset):
        paid = UNSET
    else:
        paid = SalaryPayrollCalculationItemPaidContainer._lazy(_paid, parse_ctx)

    return paid


def _read_salary_calculation_info(
    json_value: Any, parse_ctx: ParseContext
) -> SalaryPayrollCalculationItemInfoContainer | Unset:
    SalaryPayrollCalculationItemInfoContainer = MODEL_CLASSES.get(
        "altegio_client.models.salary_payroll_calculation_item_info_container"
    ) or model_class(
        "altegio_client.models.salary_payroll_calculation_item_info_container",
        "SalaryPayrollCalculationItemInfoContainer",
    )

    _salary_calculation_info = json_value
    salary_calculation_info: SalaryPayrollCalculationItemInfoContainer | Unset
    if isinstance(_salary_calculation_info, Unset):
        salary_calculation_info = UNSET
    else:
        salary_calculation_info = SalaryPayrollCalculationItemInfoContainer._lazy(_salary_calculation_info, parse_ctx)

    return salary_calculation_info


def _read_targets(
    json_value: Any, parse_ctx: ParseContext
) -> list[SalaryPayrollCalculationItemTargetContainer] | Unset:
    SalaryPayrollCalculationItemTargetContainer = MODEL_CLASSES.get(
        "altegio_client.models.salary_payroll_calculation_item_target_container"
    ) or model_class(
        "altegio_client.models.salary_payroll_calculation_item_target_container",
        "SalaryPayrollCalculationItemTargetContainer",
    )

    _targets = json_value
    targets: list[SalaryPayrollCalculationItemTargetContainer] | Unset = UNSET
    if _targets is not UNSET:
        targets = SalaryPayrollCalculationItemTargetContainer._lazy_list(_targets, parse_ctx)

    return targets


def _read_salary_discrepancy(
    json_value: Any, parse_ctx: ParseContext
) -> SalaryPayrollCalculationItemDiscrepancy | Unset:
    SalaryPayrollCalculationItemDiscrepancy = MODEL_CLASSES.get(
        "altegio_client.models.salary_payroll_calculation_item_discrepancy"
    ) or model_class(
        "altegio_client.models.salary_payroll_calculation_item_discrepancy", "SalaryPayrollCalculationItemDiscrepancy"
    )

    _salary_discrepancy = json_value
    salary_discrepancy: SalaryPayrollCalculationItemDiscrepancy | Unset
    if isinstance(_salary_discrepancy, Unset):
        salary_discrepancy = UNSET
    else:
        salary_discrepancy = SalaryPayrollCalculationItemDiscrepancy._lazy(_salary_discrepancy, parse_ctx)

    return salary_discrepancy


_DECLARED_KEYS = frozenset(
    {
        "date",
        "time",
        "item_id",
        "item_type_slug",
        "salary_sum",
        "record_id",
        "client_id",
        "cost",
        "paid",
        "salary_calculation_info",
        "targets",
        "salary_discrepancy",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


SalaryPayrollCalculationItemContainer._lazy_fields = {
    "date": ("date", _read_date, False),
    "time": ("time", None, False),
    "item_id": ("item_id", None, False),
    "item_type_slug": ("item_type_slug", _read_item_type_slug, False),
    "salary_sum": ("salary_sum", None, False),
    "record_id": ("record_id", None, False),
    "client_id": ("client_id", None, False),
    "cost": ("cost", None, False),
    "paid": ("paid", _read_paid, False),
    "salary_calculation_info": ("salary_calculation_info", _read_salary_calculation_info, False),
    "targets": ("targets", _read_targets, False),
    "salary_discrepancy": ("salary_discrepancy", _read_salary_discrepancy, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: SalaryPayrollCalculationItemContainer, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.time = get("time", UNSET)
    model.item_id = get("item_id", UNSET)
    model.salary_sum = get("salary_sum", UNSET)
    model.record_id = get("record_id", UNSET)
    model.client_id = get("client_id", UNSET)
    model.cost = get("cost", UNSET)


def _fill_converted(
    model: SalaryPayrollCalculationItemContainer,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "date" not in done:
        value = get("date", UNSET)
        if value is UNSET:
            model.date = UNSET
        else:
            try:
                try:
                    model.date = date_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.date = types.parse_iso_date(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "item_type_slug" not in done:
        value = get("item_type_slug", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.item_type_slug = UNSET
        else:
            try:
                model.item_type_slug = _read_item_type_slug(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "paid" not in done:
        value = get("paid", UNSET)
        if value is UNSET:
            model.paid = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_payroll_calculation_item_paid_container"
            ) or model_builder(
                "altegio_client.models.salary_payroll_calculation_item_paid_container",
                "SalaryPayrollCalculationItemPaidContainer",
            )
            try:
                model.paid = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "salary_calculation_info" not in done:
        value = get("salary_calculation_info", UNSET)
        if value is UNSET:
            model.salary_calculation_info = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_payroll_calculation_item_info_container"
            ) or model_builder(
                "altegio_client.models.salary_payroll_calculation_item_info_container",
                "SalaryPayrollCalculationItemInfoContainer",
            )
            try:
                model.salary_calculation_info = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "targets" not in done:
        value = get("targets", UNSET)
        if value is UNSET:
            model.targets = UNSET
        elif value == []:
            model.targets = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_payroll_calculation_item_target_container"
            ) or model_builder(
                "altegio_client.models.salary_payroll_calculation_item_target_container",
                "SalaryPayrollCalculationItemTargetContainer",
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.targets = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "salary_discrepancy" not in done:
        value = get("salary_discrepancy", UNSET)
        if value is UNSET:
            model.salary_discrepancy = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.salary_payroll_calculation_item_discrepancy"
            ) or model_builder(
                "altegio_client.models.salary_payroll_calculation_item_discrepancy",
                "SalaryPayrollCalculationItemDiscrepancy",
            )
            try:
                model.salary_discrepancy = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: SalaryPayrollCalculationItemContainer | None = None
) -> SalaryPayrollCalculationItemContainer:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return SalaryPayrollCalculationItemContainer._lazy(json_value, parse_ctx)
        model = new_model(
            SalaryPayrollCalculationItemContainer
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
        layout = layout_of(SalaryPayrollCalculationItemContainer, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    (
        value_date,
        value_item_type_slug,
        value_paid,
        value_salary_calculation_info,
        value_targets,
        value_salary_discrepancy,
    ) = fill(json_value, model)
    if value_date is UNSET:
        model.date = UNSET
    else:
        try:
            try:
                model.date = date_from_iso(value_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.date = types.parse_iso_date(value_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_item_type_slug is UNSET:  # what every optional field's converter returns for it
        model.item_type_slug = UNSET
    else:
        try:
            model.item_type_slug = _read_item_type_slug(value_item_type_slug, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_paid is UNSET:
        model.paid = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_payroll_calculation_item_paid_container"
        ) or model_builder(
            "altegio_client.models.salary_payroll_calculation_item_paid_container",
            "SalaryPayrollCalculationItemPaidContainer",
        )
        try:
            model.paid = build(value_paid, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_salary_calculation_info is UNSET:
        model.salary_calculation_info = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_payroll_calculation_item_info_container"
        ) or model_builder(
            "altegio_client.models.salary_payroll_calculation_item_info_container",
            "SalaryPayrollCalculationItemInfoContainer",
        )
        try:
            model.salary_calculation_info = build(value_salary_calculation_info, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_targets is UNSET:
        model.targets = UNSET
    elif value_targets == []:
        model.targets = value_targets  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_payroll_calculation_item_target_container"
        ) or model_builder(
            "altegio_client.models.salary_payroll_calculation_item_target_container",
            "SalaryPayrollCalculationItemTargetContainer",
        )
        try:
            if _builtins.type(value_targets) is not list:
                raise TypeError
            model.targets = [build(item, parse_ctx) for item in value_targets]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_salary_discrepancy is UNSET:
        model.salary_discrepancy = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.salary_payroll_calculation_item_discrepancy"
        ) or model_builder(
            "altegio_client.models.salary_payroll_calculation_item_discrepancy",
            "SalaryPayrollCalculationItemDiscrepancy",
        )
        try:
            model.salary_discrepancy = build(value_salary_discrepancy, parse_ctx)
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
        model.__class__ = lazily_read_class(SalaryPayrollCalculationItemContainer)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = SalaryPayrollCalculationItemContainer
        del model._raw, model._context
    return model


SalaryPayrollCalculationItemContainer._lazy_fill = (_fill_plain, _fill_converted, _build)
