"""The README's performance table is the one `make bench` prints (tests/bench/run.py writes it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.bench.run import README_END, README_START, render_table, with_table

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_table_is_rendered_with_aligned_columns_under_one_header() -> None:
    table = render_table([("import (s)", "0.18", "httpx 0.17", "1.03x"), ("a longer figure", "1", "", "")])
    assert table.splitlines() == [
        "| figure          | ours | peer / baseline | ratio |",
        "|-----------------|------|-----------------|-------|",
        "| import (s)      | 0.18 | httpx 0.17      | 1.03x |",
        "| a longer figure | 1    |                 |       |",
    ]


def test_writing_the_table_replaces_only_the_block_between_the_markers() -> None:
    readme = f"intro\n{README_START}\nold table\n{README_END}\nrest\n"
    written = with_table(readme, "| new |", "measured today:")
    assert written == f"intro\n{README_START}\nmeasured today:\n\n| new |\n{README_END}\nrest\n"
    again = with_table(written, "| newer |", "again:")
    assert again == f"intro\n{README_START}\nagain:\n\n| newer |\n{README_END}\nrest\n"


@pytest.mark.parametrize("readme", ["no markers", f"{README_END}\n{README_START}\n", f"{README_START} only"])
def test_a_readme_without_the_block_is_refused_by_name(readme: str) -> None:
    with pytest.raises(ValueError, match=re.escape(f"no {README_START} ... {README_END} block")):
        with_table(readme, "| t |", "how")


def test_the_readme_holds_a_table_written_by_make_bench() -> None:
    text = README.read_text()
    block = text[text.index(README_START) + len(README_START) : text.index(README_END)].strip().splitlines()
    assert block[0].startswith("`make bench`")
    header = [cell.strip() for cell in block[2].strip("|").split("|")]
    assert header == ["figure", "ours", "peer / baseline", "ratio"]
    figures = {line.split("|")[1].strip() for line in block[4:]}
    expected = {"cold import + client (s)", "GET 50, every field read (ms/call)", "5,000-appointment scan (requests)"}
    assert expected <= figures
