"""``python -m altegio_client find WORDS...``: which operation does that, and how to call it."""

from __future__ import annotations

import argparse
import sys

from ._finder import find, render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m altegio_client", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    finder = commands.add_parser("find", help="search the operations by name, summary, tag and path")
    finder.add_argument("words", nargs="+", help='what the operation does, e.g. "free slots"')
    finder.add_argument("-n", "--limit", type=int, default=10, help="how many to show (default 10)")
    args = parser.parse_args(argv)
    query = " ".join(args.words)
    try:
        matches = find(query, limit=args.limit)
    except ValueError as exc:
        parser.error(str(exc))
    if not matches:
        print(f"no operation matches {query!r}; the full list is docs/operations.md", file=sys.stderr)
        return 1
    print("\n".join(render(match) for match in matches))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
