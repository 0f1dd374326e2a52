"""The Authorization header's promises on their own (altegio_client/_auth.py): tokens of visible
ASCII without ``,`` only, refused with the position and never the token; the header form per
operation; a raw request gets the user form when there is a user token; ``repr`` hides both."""

from __future__ import annotations

import httpx
import pytest

from altegio_client import InvalidArgumentError, UserTokenRequiredError
from altegio_client._auth import AuthorizationTransport, PartnerUserAuth, check_token, sent_user_token
from altegio_client._operation import Operation

NEEDS_USER = Operation("get_user_thing", "GET", "/thing", "user-required")


@pytest.mark.parametrize("token", ["!", "~", "a!~z09-_.", "x" * 300])
def test_every_visible_ascii_character_but_the_comma_is_kept_as_is(token: str) -> None:
    assert check_token(token, "partner_token", "AltegioClient") == token


@pytest.mark.parametrize(
    ("token", "problem"),
    [
        ("ab c", "contains whitespace, a control character or ',' at position 2 of 4"),
        ("abc\n", "contains whitespace, a control character or ',' at position 3 of 4"),
        ("\x7fab", "contains whitespace, a control character or ',' at position 0 of 3"),
        ("a,b", "contains whitespace, a control character or ',' at position 1 of 3"),
        ("aé", "contains a non-ASCII character at position 1 of 2"),
        ("a\x80", "contains a non-ASCII character at position 1 of 2"),
    ],
)
def test_a_refused_token_is_named_with_its_position_and_not_shown(token: str, problem: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        check_token(token, "user_token", "set_user_token")
    error = caught.value
    assert (error.operation, error.parameter) == ("set_user_token", "user_token")
    assert error.problem.startswith(problem)
    assert error.problem.endswith("(a trailing newline from a file? strip it); the token is not shown")


def test_rotating_the_partner_token_checks_it_under_its_own_name() -> None:
    auth = PartnerUserAuth("partner")
    with pytest.raises(InvalidArgumentError) as caught:
        auth.set_partner_token("bad token")
    assert (caught.value.operation, caught.value.parameter) == ("set_partner_token", "partner_token")
    assert auth.header_for(None) == "Bearer partner"  # the previous token is kept
    auth.set_partner_token("rotated")
    assert auth.header_for(None) == "Bearer rotated"


def test_a_raw_request_gets_the_user_form_only_with_a_user_token() -> None:
    auth = PartnerUserAuth("partner")
    assert auth.header_for(None) == "Bearer partner"
    auth.set_user_token("user")
    assert auth.header_for(None) == "Bearer partner, User user"
    auth.set_user_token(None)
    assert not auth.has_user_token
    with pytest.raises(UserTokenRequiredError) as caught:
        auth.header_for(NEEDS_USER)
    assert caught.value.operation == "get_user_thing"


def test_an_empty_user_token_means_none() -> None:
    auth = PartnerUserAuth("partner", "")
    assert not auth.has_user_token
    assert repr(auth) == "PartnerUserAuth(partner_token='***', user_token=None)"
    auth.set_user_token("user")
    assert repr(auth) == "PartnerUserAuth(partner_token='***', user_token='***')"


def test_sent_user_token_reads_the_header_form() -> None:
    def request(header: str | None) -> httpx.Request:
        headers = {"Authorization": header} if header else {}
        return httpx.Request("GET", "https://api.alteg.io/api/v1/x", headers=headers)

    assert sent_user_token(request("Bearer p, User u"))
    assert not sent_user_token(request("Bearer p"))
    assert not sent_user_token(request(None))


async def test_the_authorization_transport_closes_the_layer_below() -> None:
    closed: list[bool] = []

    class Inner(httpx.AsyncBaseTransport):
        async def aclose(self) -> None:
            closed.append(True)

    await AuthorizationTransport(Inner(), PartnerUserAuth("partner")).aclose()
    assert closed == [True]


@pytest.mark.parametrize(
    ("partner", "user", "parameter"),
    [("bad token", None, "partner_token"), ("partner", "bad token", "user_token"), ("", None, "partner_token")],
)
def test_the_client_names_itself_and_the_token_it_refuses(partner: str, user: str | None, parameter: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        PartnerUserAuth(partner, user)
    assert (caught.value.operation, caught.value.parameter) == ("AltegioClient", parameter)


def test_a_token_that_is_not_a_str_is_refused_naming_where() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        check_token(b"token", "user_token", "set_user_token")
    assert (caught.value.operation, caught.value.parameter) == ("set_user_token", "user_token")
    assert caught.value.problem == "must be a str, got bytes"
    with pytest.raises(InvalidArgumentError) as caught:
        check_token("", "user_token", "set_user_token")
    assert (caught.value.operation, caught.value.problem) == ("set_user_token", "must be a non-empty string")
