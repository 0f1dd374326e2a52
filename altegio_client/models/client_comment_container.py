from __future__ import annotations

import builtins as _builtins
import datetime
import datetime as _datetime
from collections.abc import Container, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._codegen import (
    ISO_PARSERS,
    MODEL_BUILDERS,
    MODEL_CLASSES,
    LazyModel,
    ParseContext,
    datetime_from_iso,
    layout_of,
    lazily_read_class,
    model_builder,
    model_class,
    new_model,
)
from ..models.client_comment_container_type import (
    ClientCommentContainerType,
    check_client_comment_container_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_comment_file_dto import ClientCommentFileDto
    from ..models.user_name_avatar import UserNameAvatar


T = TypeVar("T", bound="ClientCommentContainer")


@_attrs_define
class ClientCommentContainer(LazyModel):
    """Data for an existing comment for a client.

    Example:
        {'id': 123, 'create_date': '2026-01-01T12:12:12-05:00', 'update_date': '2026-01-01T12:12:12-05:00', 'type':
            'default', 'text': 'Comment for a client', 'files': [], 'user': {'id': 123, 'name': 'John Johnson', 'avatar':
            'https://api.alteg.io/images/avatar.png'}}

    """

    id: int | Unset = UNSET
    """ ID of a comment for a client. """
    create_date: _datetime.datetime | Unset = UNSET
    """ Datetime of a comment for a client created. """
    update_date: _datetime.datetime | Unset = UNSET
    """ Datetime of a comment for a client last updated. """
    type: ClientCommentContainerType | Unset = UNSET
    """ Type of a comment for a client:
    `default`: - text comment;
    `file`: - uploaded file.
     """
    text: str | Unset = UNSET
    """ Text of a comment for a client (`type` = "default", for `type` = "file" the text is returned empty). """
    files: list[ClientCommentFileDto] | Unset = UNSET
    """ Files in a client details that triggered the comment creation (`type` = "file", for `type` = "default" the
    files array is returned empty). """
    user: UserNameAvatar | Unset = UNSET
    """ Data for an existing user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat()

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat()

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        text = self.text

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if type is not UNSET:
            field_dict["type"] = type
        if text is not UNSET:
            field_dict["text"] = text
        if files is not UNSET:
            field_dict["files"] = files
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: _builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_comment_file_dto import ClientCommentFileDto  # noqa: PLC0415
        from ..models.user_name_avatar import UserNameAvatar  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _create_date = d.pop("create_date", UNSET)
        create_date: datetime.datetime | Unset
        if isinstance(_create_date, Unset):
            create_date = UNSET
        else:
            create_date = types.parse_iso_datetime(_create_date)

        _update_date = d.pop("update_date", UNSET)
        update_date: datetime.datetime | Unset
        if isinstance(_update_date, Unset):
            update_date = UNSET
        else:
            update_date = types.parse_iso_datetime(_update_date)

        _type = d.pop("type", UNSET)
        type: ClientCommentContainerType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_client_comment_container_type(_type)

        text = d.pop("text", UNSET)

        _files = d.pop("files", UNSET)
        files: list[ClientCommentFileDto] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = ClientCommentFileDto.from_dict(files_item_data)

                files.append(files_item)

        _user = d.pop("user", UNSET)
        user: UserNameAvatar | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = UserNameAvatar.from_dict(_user)

        client_comment_container = cls(
            id=id,
            create_date=create_date,
            update_date=update_date,
            type=type,
            text=text,
            files=files,
            user=user,
        )

        client_comment_container.additional_properties = d
        return client_comment_container

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


def _read_create_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    create_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        create_date = UNSET
    else:
        try:
            create_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            create_date = types.parse_iso_datetime(json_value)

    return create_date


ISO_PARSERS[_read_create_date] = datetime_from_iso


def _read_update_date(json_value: Any, parse_ctx: ParseContext) -> datetime.datetime | Unset:

    update_date: datetime.datetime | Unset
    if isinstance(json_value, Unset):
        update_date = UNSET
    else:
        try:
            update_date = datetime_from_iso(json_value)
        except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
            update_date = types.parse_iso_datetime(json_value)

    return update_date


ISO_PARSERS[_read_update_date] = datetime_from_iso


def _read_type(json_value: Any, parse_ctx: ParseContext) -> ClientCommentContainerType | Unset:

    _type = json_value
    type: ClientCommentContainerType | Unset
    if isinstance(_type, Unset):
        type = UNSET
    else:
        type = check_client_comment_container_type(_type)

    return type


def _read_files(json_value: Any, parse_ctx: ParseContext) -> list[ClientCommentFileDto] | Unset:
    ClientCommentFileDto = MODEL_CLASSES.get("altegio_client.models.client_comment_file_dto") or model_class(
        "altegio_client.models.client_comment_file_dto", "ClientCommentFileDto"
    )

    _files = json_value
    files: list[ClientCommentFileDto] | Unset = UNSET
    if _files is not UNSET:
        files = ClientCommentFileDto._lazy_list(_files, parse_ctx)

    return files


def _read_user(json_value: Any, parse_ctx: ParseContext) -> UserNameAvatar | Unset:
    UserNameAvatar = MODEL_CLASSES.get("altegio_client.models.user_name_avatar") or model_class(
        "altegio_client.models.user_name_avatar", "UserNameAvatar"
    )

    _user = json_value
    user: UserNameAvatar | Unset
    if isinstance(_user, Unset):
        user = UNSET
    else:
        user = UserNameAvatar._lazy(_user, parse_ctx)

    return user


_DECLARED_KEYS = frozenset(
    {
        "id",
        "create_date",
        "update_date",
        "type",
        "text",
        "files",
        "user",
    }
)


def _read_additional_properties(json_value: dict[str, Any], parse_ctx: ParseContext) -> dict[str, Any]:
    if json_value.keys() <= _DECLARED_KEYS:  # the usual case, decided in C
        return {}
    return {key: value for key, value in json_value.items() if key not in _DECLARED_KEYS}


#: [(keys, layout)] of the last JSON object built whole (see _build and _layouts.py)
_LAST_LAYOUT: list[tuple[Any, Any]] = [(None, None)]


ClientCommentContainer._lazy_fields = {
    "id": ("id", None, False),
    "create_date": ("create_date", _read_create_date, False),
    "update_date": ("update_date", _read_update_date, False),
    "type": ("type", _read_type, False),
    "text": ("text", None, False),
    "files": ("files", _read_files, False),
    "user": ("user", _read_user, False),
    "additional_properties": (None, _read_additional_properties, False),
}


def _fill_plain(model: ClientCommentContainer, json_value: dict[str, Any]) -> None:
    get = json_value.get
    model.id = get("id", UNSET)
    model.text = get("text", UNSET)


def _fill_converted(
    model: ClientCommentContainer, json_value: dict[str, Any], parse_ctx: ParseContext, done: Container[str]
) -> None:
    get = json_value.get
    if "create_date" not in done:
        value = get("create_date", UNSET)
        if value is UNSET:
            model.create_date = UNSET
        else:
            try:
                try:
                    model.create_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.create_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "update_date" not in done:
        value = get("update_date", UNSET)
        if value is UNSET:
            model.update_date = UNSET
        else:
            try:
                try:
                    model.update_date = datetime_from_iso(value)
                except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                    model.update_date = types.parse_iso_datetime(value)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "type" not in done:
        value = get("type", UNSET)
        if value is UNSET:  # what every optional field's converter returns for it
            model.type = UNSET
        else:
            try:
                model.type = _read_type(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "files" not in done:
        value = get("files", UNSET)
        if value is UNSET:
            model.files = UNSET
        elif value == []:
            model.files = value  # the JSON's own empty list: one allocation fewer
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.client_comment_file_dto") or model_builder(
                "altegio_client.models.client_comment_file_dto", "ClientCommentFileDto"
            )
            try:
                if _builtins.type(value) is not list:
                    raise TypeError
                model.files = [build(item, parse_ctx) for item in value]
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "user" not in done:
        value = get("user", UNSET)
        if value is UNSET:
            model.user = UNSET
        else:
            build = MODEL_BUILDERS.get("altegio_client.models.user_name_avatar") or model_builder(
                "altegio_client.models.user_name_avatar", "UserNameAvatar"
            )
            try:
                model.user = build(value, parse_ctx)
            except (KeyError, TypeError, ValueError, AttributeError):
                pass

    if "additional_properties" not in done:
        try:
            model.additional_properties = _read_additional_properties(json_value, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass

    return


def _build(
    json_value: Any, parse_ctx: ParseContext, model: ClientCommentContainer | None = None
) -> ClientCommentContainer:
    """A model of ``json_value`` with every field filled (a model read in full, see _lazy.py); given
    ``model`` (lazily read, no field read yet), fill that one. A field that fails to convert, or
    a missing required one, is left unread: the model stays lazily read, to raise when it is read."""
    if model is None:
        if _builtins.type(json_value) is not dict:  # PHP's `[]` for an empty object, or a wrong shape: TypeError
            return ClientCommentContainer._lazy(json_value, parse_ctx)
        model = new_model(ClientCommentContainer)  # built whole: it needs no JSON and no context (unless failed)
        given = False
    else:
        given = True
    failed = False
    # The fields read as is are stored by code compiled for this object's keys (see _layouts.py),
    # which hands back the JSON values of the others (UNSET where absent) to be converted here.
    keys = _builtins.tuple(json_value)
    (last_keys, layout) = _LAST_LAYOUT[0]  # one tuple: threads building at once each see a matching pair
    if keys != last_keys:
        layout = layout_of(ClientCommentContainer, keys)
    _LAST_LAYOUT[0] = (keys, layout)  # equal keys of one JSON document are one string: compared by identity next
    fill, only_declared, complete = layout
    value_create_date, value_update_date, value_type, value_files, value_user = fill(json_value, model)
    if value_create_date is UNSET:
        model.create_date = UNSET
    else:
        try:
            try:
                model.create_date = datetime_from_iso(value_create_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.create_date = types.parse_iso_datetime(value_create_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_update_date is UNSET:
        model.update_date = UNSET
    else:
        try:
            try:
                model.update_date = datetime_from_iso(value_update_date)
            except ValueError:  # a form it rejects (`Z`, `+0300` before 3.11)
                model.update_date = types.parse_iso_datetime(value_update_date)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_type is UNSET:  # what every optional field's converter returns for it
        model.type = UNSET
    else:
        try:
            model.type = _read_type(value_type, parse_ctx)
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_files is UNSET:
        model.files = UNSET
    elif value_files == []:
        model.files = value_files  # the JSON's own empty list: one allocation fewer
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.client_comment_file_dto") or model_builder(
            "altegio_client.models.client_comment_file_dto", "ClientCommentFileDto"
        )
        try:
            if _builtins.type(value_files) is not list:
                raise TypeError
            model.files = [build(item, parse_ctx) for item in value_files]
        except (KeyError, TypeError, ValueError, AttributeError):
            failed = True

    if value_user is UNSET:
        model.user = UNSET
    else:
        build = MODEL_BUILDERS.get("altegio_client.models.user_name_avatar") or model_builder(
            "altegio_client.models.user_name_avatar", "UserNameAvatar"
        )
        try:
            model.user = build(value_user, parse_ctx)
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
        model.__class__ = lazily_read_class(ClientCommentContainer)
        if not given:
            model._raw = json_value
            model._context = parse_ctx
            model._reads = None
    elif given:  # a lazily read model, now whole: its JSON and its call can be let go (what it holds is built)
        model.__class__ = ClientCommentContainer
        del model._raw, model._context
    return model


ClientCommentContainer._lazy_fill = (_fill_plain, _fill_converted, _build)
