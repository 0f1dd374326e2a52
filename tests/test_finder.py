"""The operation index and ``python -m altegio_client find``."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from altegio_client import _finder
from altegio_client.__main__ import main
from altegio_client.api._operations import OPERATIONS
from overlays._doc import operations

ROOT = Path(__file__).resolve().parent.parent


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


def test_the_readme_command_runs_as_written() -> None:
    import subprocess
    import sys

    command = [sys.executable, "-m", "altegio_client", "find", "free slots"]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    assert out.startswith("client.online_booking.get_")
    assert "client.online_booking.get_time_slots_for_booking(" in out


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


def test_index_page_lists_every_operation_and_points_replaced_ones_at_the_replacement() -> None:
    page = (ROOT / "docs" / "operations.md").read_text()
    for e in _finder.load_index():
        assert f"`client.{e['tag']}.{e['name']}`" in page
    assert "**Use instead** `client.products.get_product_v2`" in page
