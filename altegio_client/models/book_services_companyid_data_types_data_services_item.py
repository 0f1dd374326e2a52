from __future__ import annotations

import builtins as _builtins
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    from ..models.book_services_companyid_data_types_data_services_item_composite_details import (
        BookServicesCompanyidDataTypesDataServicesItemCompositeDetails,
    )
    from ..models.book_services_companyid_data_types_data_services_item_prepaid_settings import (
        BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings,
    )


T = TypeVar("T", bound="BookServicesCompanyidDataTypesDataServicesItem")


@_attrs_define
class BookServicesCompanyidDataTypesDataServicesItem(LazyModel):
    id: int | Unset = UNSET
    """ Service ID """
    title: str | Unset = UNSET
    """ Service name """
    category_id: int | Unset = UNSET
    """ ID of the category the service belongs to """
    price_min: float | Unset = UNSET
    """ The minimum cost of the service """
    price_max: float | Unset = UNSET
    """ Maximum cost of the service """
    discount: float | Unset = UNSET
    """ Service discount """
    comment: str | Unset = UNSET
    """ Comment on the service """
    weight: float | Unset = UNSET
    """ Service weight. On withdrawal, services are sorted by weight, heavier first """
    active: float | Unset = UNSET
    """ Is the service active """
    gender: float | Unset = UNSET
    """ Gender for which the service is provided """
    image: str | Unset = UNSET
    """ Service image """
    prepaid: str | Unset = UNSET
    """ Online payment status """
    seance_length: int | None | Unset = UNSET
    """ Service duration in seconds (only if filter by team member is set) """
    abonement_restriction: int | Unset = UNSET
    """ Subscription restriction flag """
    prepaid_settings: BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings | Unset = UNSET
    """ Prepaid settings configuration """
    is_composite: bool | Unset = UNSET
    """ Whether service is composite """
    is_chain: bool | Unset = UNSET
    """ Whether service belongs to chain """
    images: list[str] | None | Unset = UNSET
    """ Service images array """
    composite_details: BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.book_services_companyid_data_types_data_services_item_composite_details import (
            BookServicesCompanyidDataTypesDataServicesItemCompositeDetails,  # noqa: PLC0415
        )

        id = self.id

        title = self.title

        category_id = self.category_id

        price_min = self.price_min

        price_max = self.price_max

        discount = self.discount

        comment = self.comment

        weight = self.weight

        active = self.active

        gender = self.gender

        image = self.image

        prepaid = self.prepaid

        seance_length: int | None | Unset
        if isinstance(self.seance_length, Unset):
            seance_length = UNSET
        else:
            seance_length = self.seance_length

        abonement_restriction = self.abonement_restriction

        prepaid_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prepaid_settings, Unset):
            prepaid_settings = self.prepaid_settings.to_dict()

        is_composite = self.is_composite

        is_chain = self.is_chain

        images: list[str] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = self.images

        else:
            images = self.images

        composite_details: dict[str, Any] | None | Unset
        if isinstance(self.composite_details, Unset):
            composite_details = UNSET
        elif isinstance(self.composite_details, BookServicesCompanyidDataTypesDataServicesItemCompositeDetails):
            composite_details = self.composite_details.to_dict()
        else:
            composite_details = self.composite_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if price_min is not UNSET:
            field_dict["price_min"] = price_min
        if price_max is not UNSET:
            field_dict["price_max"] = price_max
        if discount is not UNSET:
            field_dict["discount"] = discount
        if comment is not UNSET:
            field_dict["comment"] = comment
        if weight is not UNSET:
            field_dict["weight"] = weight
        if active is not UNSET:
            field_dict["active"] = active
        if gender is not UNSET:
            field_dict["gender"] = gender
        if image is not UNSET:
            field_dict["image"] = image
        if prepaid is not UNSET:
            field_dict["prepaid"] = prepaid
        if seance_length is not UNSET:
            field_dict["seance_length"] = seance_length
        if abonement_restriction is not UNSET:
            field_dict["abonement_restriction"] = abonement_restriction
        if prepaid_settings is not UNSET:
            field_dict["prepaid_settings"] = prepaid_settings
        if is_composite is not UNSET:
            field_dict["is_composite"] = is_composite
        if is_chain is not UNSET:
            field_dict["is_chain"] = is_chain
        if images is not UNSET:
            field_dict["images"] = images
        if composite_details is not UNSET:
            field_dict["composite_details"] = composite_details

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.book_services_companyid_data_types_data_services_item_composite_details import (
            BookServicesCompanyidDataTypesDataServicesItemCompositeDetails,  # noqa: PLC0415
        )
        from ..models.book_services_companyid_data_types_data_services_item_prepaid_settings import (
            BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        category_id = d.pop("category_id", UNSET)

        price_min = d.pop("price_min", UNSET)

        price_max = d.pop("price_max", UNSET)

        discount = d.pop("discount", UNSET)

        comment = d.pop("comment", UNSET)

        weight = d.pop("weight", UNSET)

        active = d.pop("active", UNSET)

        gender = d.pop("gender", UNSET)

        image = d.pop("image", UNSET)

        prepaid = d.pop("prepaid", UNSET)

        def _parse_seance_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seance_length = _parse_seance_length(d.pop("seance_length", UNSET))

        abonement_restriction = d.pop("abonement_restriction", UNSET)

        _prepaid_settings = d.pop("prepaid_settings", UNSET)
        prepaid_settings: BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings | Unset
        if isinstance(_prepaid_settings, Unset):
            prepaid_settings = UNSET
        else:
            prepaid_settings = BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings.from_dict(
                _prepaid_settings
            )

        is_composite = d.pop("is_composite", UNSET)

        is_chain = d.pop("is_chain", UNSET)

        def _parse_images(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = cast(list[str], data)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_composite_details(
            data: object,
        ) -> BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                composite_details_type_0 = BookServicesCompanyidDataTypesDataServicesItemCompositeDetails.from_dict(
                    data
                )

                return composite_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None | Unset, data)

        composite_details = _parse_composite_details(d.pop("composite_details", UNSET))

        book_services_companyid_data_types_data_services_item = cls(
            id=id,
            title=title,
            category_id=category_id,
            price_min=price_min,
            price_max=price_max,
            discount=discount,
            comment=comment,
            weight=weight,
            active=active,
            gender=gender,
            image=image,
            prepaid=prepaid,
            seance_length=seance_length,
            abonement_restriction=abonement_restriction,
            prepaid_settings=prepaid_settings,
            is_composite=is_composite,
            is_chain=is_chain,
            images=images,
            composite_details=composite_details,
        )

        book_services_companyid_data_types_data_services_item.additional_properties = d
        return book_services_companyid_data_types_data_services_item

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


def _read_prepaid_settings(
    json_value: Any, parse_ctx: ParseContext
) -> BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings | Unset:
    BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings = MODEL_CLASSES.get(
        "altegio_client.models.book_services_companyid_data_types_data_services_item_prepaid_settings"
    ) or model_class(
        "altegio_client.models.book_services_companyid_data_types_data_services_item_prepaid_settings",
        "BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings",
    )

    _prepaid_settings = json_value
    prepaid_settings: BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings | Unset
    if isinstance(_prepaid_settings, Unset):
        prepaid_settings = UNSET
    else:
        prepaid_settings = BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings._lazy(
            _prepaid_settings, parse_ctx
        )

    return prepaid_settings


def _read_images(json_value: Any, parse_ctx: ParseContext) -> list[str] | None | Unset:

    def _parse_images(data: object) -> list[str] | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, list):
                raise TypeError()
            images_type_0 = cast(list[str], data)

            return images_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(list[str] | None | Unset, data)

    images = _parse_images(json_value)

    return images


def _read_composite_details(
    json_value: Any, parse_ctx: ParseContext
) -> BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None | Unset:
    BookServicesCompanyidDataTypesDataServicesItemCompositeDetails = MODEL_CLASSES.get(
        "altegio_client.models.book_services_companyid_data_types_data_services_item_composite_details"
    ) or model_class(
        "altegio_client.models.book_services_companyid_data_types_data_services_item_composite_details",
        "BookServicesCompanyidDataTypesDataServicesItemCompositeDetails",
    )

    def _parse_composite_details(
        data: object,
    ) -> BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            composite_details_type_0 = BookServicesCompanyidDataTypesDataServicesItemCompositeDetails.from_dict(data)

            return composite_details_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(BookServicesCompanyidDataTypesDataServicesItemCompositeDetails | None | Unset, data)

    composite_details = _parse_composite_details(json_value)

    return composite_details


_DECLARED_KEYS = frozenset(
    {
        "id",
        "title",
        "category_id",
        "price_min",
        "price_max",
        "discount",
        "comment",
        "weight",
        "active",
        "gender",
        "image",
        "prepaid",
        "seance_length",
        "abonement_restriction",
        "prepaid_settings",
        "is_composite",
        "is_chain",
        "images",
        "composite_details",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


BookServicesCompanyidDataTypesDataServicesItem._lazy_fields = {
    "id": ("id", None, False),
    "title": ("title", None, False),
    "category_id": ("category_id", None, False),
    "price_min": ("price_min", None, False),
    "price_max": ("price_max", None, False),
    "discount": ("discount", None, False),
    "comment": ("comment", None, False),
    "weight": ("weight", None, False),
    "active": ("active", None, False),
    "gender": ("gender", None, False),
    "image": ("image", None, False),
    "prepaid": ("prepaid", None, False),
    "seance_length": ("seance_length", None, False),
    "abonement_restriction": ("abonement_restriction", None, False),
    "prepaid_settings": ("prepaid_settings", _read_prepaid_settings, False),
    "is_composite": ("is_composite", None, False),
    "is_chain": ("is_chain", None, False),
    "images": ("images", _read_images, False),
    "composite_details": ("composite_details", _read_composite_details, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: BookServicesCompanyidDataTypesDataServicesItem, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.title = get("title", UNSET)
    model.category_id = get("category_id", UNSET)
    model.price_min = get("price_min", UNSET)
    model.price_max = get("price_max", UNSET)
    model.discount = get("discount", UNSET)
    model.comment = get("comment", UNSET)
    model.weight = get("weight", UNSET)
    model.active = get("active", UNSET)
    model.gender = get("gender", UNSET)
    model.image = get("image", UNSET)
    model.prepaid = get("prepaid", UNSET)
    model.seance_length = get("seance_length", UNSET)
    model.abonement_restriction = get("abonement_restriction", UNSET)
    model.is_composite = get("is_composite", UNSET)
    model.is_chain = get("is_chain", UNSET)


def _fill_converted(
    model: BookServicesCompanyidDataTypesDataServicesItem,
    json_value: dict[str, Any],
    parse_ctx: ParseContext,
    done: Container[str],
) -> None:
    get = json_value.get
    if "prepaid_settings" not in done:
        value = get("prepaid_settings", UNSET)
        if value is UNSET:
            model.prepaid_settings = UNSET
        else:
            build = MODEL_BUILDERS.get(
                "altegio_client.models.book_services_companyid_data_types_data_services_item_prepaid_settings"
            ) or model_builder(
                "altegio_client.models.book_services_companyid_data_types_data_services_item_prepaid_settings",
                "BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings",
            )
            try:
                model.prepaid_settings = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "images" not in done:
        value = get("images", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.images = UNSET
        else:
            try:
                model.images = _read_images(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "composite_details" not in done:
        value = get("composite_details", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.composite_details = UNSET
        else:
            try:
                model.composite_details = _read_composite_details(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: BookServicesCompanyidDataTypesDataServicesItem | None = None
) -> BookServicesCompanyidDataTypesDataServicesItem:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return BookServicesCompanyidDataTypesDataServicesItem._lazy(json_value, parse_ctx)
        model = new_model(
            BookServicesCompanyidDataTypesDataServicesItem
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
        layout = layout_of(BookServicesCompanyidDataTypesDataServicesItem, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_prepaid_settings, value_images, value_composite_details = fill(json_value, model)
    if value_prepaid_settings is UNSET:
        model.prepaid_settings = UNSET
    else:
        build = MODEL_BUILDERS.get(
            "altegio_client.models.book_services_companyid_data_types_data_services_item_prepaid_settings"
        ) or model_builder(
            "altegio_client.models.book_services_companyid_data_types_data_services_item_prepaid_settings",
            "BookServicesCompanyidDataTypesDataServicesItemPrepaidSettings",
        )
        try:
            model.prepaid_settings = build(value_prepaid_settings, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_images is UNSET:  # what every optional field's converter returns for it
        model.images = UNSET
    else:
        try:
            model.images = _read_images(value_images, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_composite_details is UNSET:  # what every optional field's converter returns for it
        model.composite_details = UNSET
    else:
        try:
            model.composite_details = _read_composite_details(value_composite_details, parse_ctx)
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
        model.__class__ = lazily_read_class(BookServicesCompanyidDataTypesDataServicesItem)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = BookServicesCompanyidDataTypesDataServicesItem
        del model._raw, model._context
    return model


BookServicesCompanyidDataTypesDataServicesItem._lazy_fill = (_fill_plain, _fill_converted, _build)
