"""The operation index and ``python -m altegio_client find``."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from altegio_client import _finder
from altegio_client.__main__ import main
from altegio_client.api._operations import OPERATIONS
from overlays._doc import operations


def entry(name: str, summary: str = "", *, tag: str = "misc", path: str = "/v1/x", **extra: Any) -> dict[str, Any]:
    base = {"tag": tag, "name": name, "method": "GET", "path": path, "auth": "partner", "paginated": False}
    return {**base, "summary": summary, "signature": "", "deprecated": False, "replaced_by": None, **extra}


def names(matches: list[_finder.Match]) -> list[str]:
    return [m.entry["name"] for m in matches]


def test_free_slots_finds_the_booking_time_slot_operations_first() -> None:
    assert set(names(_finder.find("free slots", limit=2))) == {"get_time_slots_for_booking", "get_nearest_time_slots"}


def test_a_word_in_the_name_or_summary_outranks_one_only_in_the_path() -> None:
    index = (entry("get_thing", path="/v1/services/{id}"), entry("list_services", "List services"))
    assert names(_finder.find("service", index=index)) == ["list_services", "get_thing"]


def test_altegios_aliases_and_plurals_count_as_the_word() -> None:
    index = (entry("get_staff", "Get team member"), entry("get_client", "Get a client"))
    assert names(_finder.find("employees", index=index)) == ["get_staff"]
    assert names(_finder.find("customer", index=index)) == ["get_client"]


def test_a_replaced_operation_ranks_after_its_replacement() -> None:
    index = (entry("create_tag", "Create tag", replaced_by="create_tag_v2"), entry("create_tag_v2", "Create tag"))
    assert names(_finder.find("create tag", index=index)) == ["create_tag_v2", "create_tag"]


def test_a_query_without_words_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="nothing to search for"):
        _finder.find(" ?! ")


def test_cli_prints_calls_with_signatures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "free", "slots", "-n", "2"]) == 0
    out = capsys.readouterr().out
    assert "client.online_booking.get_time_slots_for_booking(location_id: int, team_member_id: int, date: str" in out
    assert "GET /v1/book_times/{location_id}/{team_member_id}/{date}" in out
    assert out.count("client.") == 2


def test_cli_says_so_when_nothing_matches(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "zzyzx"]) == 1
    assert "no operation matches 'zzyzx'" in capsys.readouterr().err


def test_the_query_covering_a_whole_name_ranks_it_first() -> None:
    index = (entry("get_product_category", "Get"), entry("get_product", "Get"), entry("list_product_units", "Get"))
    expected = ["get_product", "get_product_category", "list_product_units"]
    assert names(_finder.find("get product", index=index)) == expected


def test_cli_names_a_replacement_after_the_replacement(capsys: pytest.CaptureFixture[str]) -> None:
    main(["find", "get", "product", "-n", "2"])
    first, second = capsys.readouterr().out.splitlines()[1::2]
    assert first.startswith("    GET /v2/locations/{location_id}/products/{product_id} · auth: user-required ·")
    assert second.startswith(
        "    GET /v1/goods/{location_id}/{product_id} · auth: user-required, paginated, use get_product_v2"
    )


def test_index_has_every_operation_of_the_document_with_its_facts(merged_document: dict[str, Any]) -> None:
    index = {e["name"]: e for e in _finder.load_index()}
    documented = {op["operationId"]: (path, method, op) for path, method, op in operations(merged_document)}
    assert index.keys() == documented.keys() == OPERATIONS.keys()
    for name, (path, method, op) in documented.items():
        e = index[name]
        assert (e["method"], e["path"], e["auth"]) == (method.upper(), path, op["x-altegio-auth"])
        assert e["replaced_by"] == op.get("x-altegio-replaced-by")
        assert e["paginated"] == ("page" in e["signature"].replace("(", " ").replace(":", " ").split())


def test_every_index_entry_names_an_importable_module() -> None:
    missing = [
        f"altegio_client.api.{e['tag']}.{e['name']}"
        for e in _finder.load_index()
        if importlib.util.find_spec(f"altegio_client.api.{e['tag']}.{e['name']}") is None
    ]
    assert missing == []


def test_signature_is_the_generated_functions_parameters_without_client() -> None:
    import inspect

    from altegio_client.api.online_booking import get_time_slots_for_booking

    (found,) = (e for e in _finder.load_index() if e["name"] == "get_time_slots_for_booking")
    expected = [p for p in inspect.signature(get_time_slots_for_booking.asyncio_detailed).parameters if p != "client"]
    assert [part.split(":")[0] for part in found["signature"].split(", ") if part != "*"] == expected


def test_words_are_lower_case_stems_split_at_anything_but_letters_and_digits() -> None:
    text = "Get_Time_Slots /v1/{location_id} categories flies pies bugs bus class 2FA"
    expected = ["get", "time", "slot", "v1", "location", "id", "category", "fly", "pie", "bug", "bus", "class", "2fa"]
    assert _finder.words(text) == expected


def score(query: str, found: dict[str, Any]) -> float:
    (match,) = _finder.find(query, index=(found,))
    return match.score


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (entry("get_thing", "Thing", path="/v1/widgets"), 1.0),  # path
        (entry("get_thing", "Thing", tag="widgets"), 2.0),  # tag
        (entry("get_thing", "Widget thing"), 3.0 + 1 / 2),  # summary, covering half of it
        (entry("get_widget", "Thing"), 3.0 + 1 / 2),  # name, covering half of it
        (entry("get_widget", ""), 3.0 + 1 / 2),  # an empty summary covers nothing
        (entry("get_widget_v2", "Thing"), 3.0 + 1 / 2),  # a version suffix is not part of the name
        (entry("get_widget", "Thing", path="/v1/widgets"), 3.0 + 1 / 2),  # the best field counts
        (entry("get_thing", "Thing", tag="gadgets", path="/v1/widgets"), 1.0),
        (entry("get_widget", "Thing", replaced_by="get_widget_v2"), 3.0 + 1 / 2 - 0.5),
        (entry("get_widget", "Thing", deprecated=True), 3.0 + 1 / 2 - 0.5),
    ],
)
def test_a_word_counts_3_in_the_name_or_summary_2_in_the_tag_1_in_the_path(
    found: dict[str, Any], expected: float
) -> None:
    assert score("widget", found) == pytest.approx(expected)


def test_a_word_found_through_an_alias_counts_four_fifths() -> None:
    assert score("employee", entry("get_thing", "Thing", tag="staff")) == pytest.approx(2.0 * 0.8)
    # The alias in the tag (1.6) beats the word itself in the path (1.0).
    assert score("staff", entry("get_thing", "Thing", tag="team", path="/v1/staff")) == pytest.approx(1.6)
    assert score("client", entry("get_customer", "Thing")) == pytest.approx(3.0 * 0.8)


def test_each_word_of_the_query_adds_its_score() -> None:
    assert score("get widget", entry("get_widget", "Get widget")) == pytest.approx(3.0 + 3.0 + 1 + 1)
    assert score("widget gadget", entry("get_widget", "Thing", tag="gadgets")) == pytest.approx(3.0 + 2.0 + 1 / 2)


def test_an_operation_matching_no_word_is_not_listed() -> None:
    index = (entry("get_widget", "Thing"), entry("get_gadget", "Thing", replaced_by="x"))
    assert names(_finder.find("widget", index=index)) == ["get_widget"]


def test_equal_scores_are_listed_by_name_and_the_limit_cuts_the_list() -> None:
    index = tuple(entry(f"get_widget_{n}", "Thing") for n in "dbeac")
    assert names(_finder.find("widget", index=index)) == [f"get_widget_{n}" for n in "abcde"]
    assert names(_finder.find("widget", index=index, limit=2)) == ["get_widget_a", "get_widget_b"]
    assert len(_finder.find("get")) == 10  # the default limit


def test_render_gives_the_call_then_method_path_auth_and_notes() -> None:
    plain = _finder.Match(1.0, entry("get_widget", "Get a widget", tag="widgets", signature="widget_id: int"))
    assert _finder.render(plain) == (
        "client.widgets.get_widget(widget_id: int)\n    GET /v1/x · auth: partner · Get a widget"
    )
    paginated = _finder.Match(1.0, entry("list_widgets", "List", paginated=True, deprecated=True))
    assert _finder.render(paginated).endswith("· auth: partner, paginated, deprecated · List")
    replaced = _finder.Match(1.0, entry("get_old", "Old", deprecated=True, replaced_by="get_new"))
    assert _finder.render(replaced).endswith("· auth: partner, use get_new instead · Old")


def test_cli_shows_as_many_as_asked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "get", "--limit", "3"]) == 0
    assert capsys.readouterr().out.count("client.") == 3
    assert main(["find", "get"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 * 10  # the default: two lines each, nothing between them
    assert all(line.startswith("client.") for line in lines[::2])
    assert all(line.startswith("    ") for line in lines[1::2])


def test_cli_refuses_a_query_without_words(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["find", "?!"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: python -m altegio_client ")
    assert "nothing to search for in '?!'" in err


def test_cli_help_says_what_the_command_and_its_options_do(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "``python -m altegio_client find WORDS...``: which operation does that, and how to call it" in out
    assert " find search the operations by name, summary, tag and path " in out
    with pytest.raises(SystemExit):
        main(["find", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert ' words what the operation does, e.g. "free slots" ' in out
    assert " -n LIMIT, --limit LIMIT how many to show (default 10)" in out
    with pytest.raises(SystemExit) as caught:
        main([])
    assert caught.value.code == 2
    assert capsys.readouterr().err.endswith(": error: the following arguments are required: command\n")
