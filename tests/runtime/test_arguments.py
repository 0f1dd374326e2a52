"""path_segment and require_body: what generated code calls before it builds a request."""

from __future__ import annotations

import datetime
import enum

import pytest

from altegio_client import InvalidArgumentError
from altegio_client._arguments import path_segment, require_body


class Kind(enum.IntEnum):
    SERVICE = 3


@pytest.mark.parametrize(
    ("value", "kind", "segment"),
    [
        (42, int, "42"),
        (-1, int, "-1"),
        (Kind.SERVICE, int, "3"),  # its number, not "Kind.SERVICE"
        (1.5, float, "1.5"),
        (2, float, "2"),  # an int is a valid float
        ("activity", str, "activity"),
        ("a b/c?d#e%f", str, "a%20b%2Fc%3Fd%23e%25f"),
        ("...", str, "..."),  # not a dot segment: kept, as a name
        ("ключ", str, "%D0%BA%D0%BB%D1%8E%D1%87"),
        (datetime.date(2026, 3, 1), datetime.date, "2026-03-01"),
    ],
)
def test_path_segment_encodes_a_valid_value_as_one_segment(value: object, kind: type, segment: str) -> None:
    assert path_segment("op", "p", value, kind) == segment


@pytest.mark.parametrize(
    ("value", "kind", "problem"),
    [
        (None, int, "must be int, got None"),
        (False, int, "must be int, got bool"),
        (True, float, "must be float, got bool"),
        ("1", float, "must be float, got str"),
        (3, str, "must be str, got int"),
        ("2026-03-01", datetime.date, "must be date, got str"),
        ("", str, "must not be empty"),
        (".", str, "must not be '.'"),
        ("..", str, "must not be '..'"),
    ],
)
def test_path_segment_refuses_with_the_operation_and_parameter(value: object, kind: type, problem: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        path_segment("get_thing", "thing_id", value, kind)
    assert str(caught.value).startswith(f"get_thing: thing_id {problem}")
    assert (caught.value.operation, caught.value.parameter) == ("get_thing", "thing_id")


class Body:
    pass


class OtherBody:
    pass


def test_require_body_accepts_the_expected_type_and_names_it_otherwise() -> None:
    require_body("op", Body(), Body)
    require_body("op", OtherBody(), Body | OtherBody)
    require_body("op", [], list)
    with pytest.raises(InvalidArgumentError, match=r"^op: body must be Body or OtherBody, got None$"):
        require_body("op", None, Body | OtherBody)
    with pytest.raises(InvalidArgumentError, match=r"^op: body must be list, got dict$"):
        require_body("op", {}, list)


class Left:
    pass


class Right:
    pass


def test_a_body_checked_against_a_tuple_of_classes_names_each() -> None:
    require_body("op", Right(), (Left, Right))
    with pytest.raises(InvalidArgumentError) as caught:
        require_body("op", None, (Left, Right))
    assert str(caught.value) == "op: body must be Left or Right, got None"
