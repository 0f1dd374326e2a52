"""Every public hand-written name explains itself (``help(altegio_client)`` is useful)."""

from __future__ import annotations

import inspect

import pytest

import altegio_client
import altegio_client.testing


@pytest.mark.parametrize("module", [altegio_client, altegio_client.testing])
def test_every_public_name_has_a_docstring(module: object) -> None:
    missing = []
    for name in module.__all__:  # type: ignore[attr-defined]
        value = getattr(module, name)
        if (inspect.isclass(value) or inspect.isfunction(value)) and not inspect.getdoc(value):
            missing.append(name)
        if inspect.isclass(value):
            for member_name, member in vars(value).items():
                if "\u01c1" in member_name:  # a copy `make mutation` (mutmut) adds beside each method
                    continue
                if not member_name.startswith("_") and inspect.isfunction(member) and not inspect.getdoc(member):
                    missing.append(f"{name}.{member_name}")
    assert missing == []


def test_the_package_docstring_names_the_entry_points() -> None:
    doc = altegio_client.__doc__ or ""
    for entry in ("AltegioClient", "unwrap", "paginate", "parse_webhook", "altegio_client.testing"):
        assert entry in doc


@pytest.mark.parametrize(
    ("name", "module"),
    [("paginate", "altegio_client._pagination"), ("SyncCursor", "altegio_client._sync")],
)
def test_a_lazy_name_loads_its_module_on_first_use_and_is_kept(
    monkeypatch: pytest.MonkeyPatch, name: str, module: str
) -> None:
    import importlib

    monkeypatch.delitem(vars(altegio_client), name, raising=False)  # as before its first use
    value = getattr(altegio_client, name)
    assert value is getattr(importlib.import_module(module), name)
    assert vars(altegio_client)[name] is value  # kept: the next use does not look it up again


def test_a_name_the_package_does_not_have_is_an_attribute_error_naming_it() -> None:
    with pytest.raises(AttributeError, match=r"^module 'altegio_client' has no attribute 'Paginate'$"):
        altegio_client.Paginate  # noqa: B018
