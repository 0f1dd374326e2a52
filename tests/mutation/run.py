"""``make mutation``: how many plausible one-line bugs in the hand-written code the fast suite catches.

mutmut (pinned in the dev extra, configured under ``[tool.mutmut]`` in pyproject.toml) copies
the sources into ``mutants/``, makes each mutant (an operator flipped, a constant changed, a
call dropped ...) switchable at run time, and runs the tests that reach the mutated function
(``tests/runtime``, ``tests/overlay_units`` and the respx wire tests of
``tests/test_generated_calls.py``, without the ``realtime`` ones). This script
runs it over the chosen modules with one worker (the machine is shared), then reads mutmut's
per-module results and prints killed / survived / equivalent and the score
``killed / (total - equivalent)``.

Equivalent mutants (no test can tell them from the original) are listed, each with the reason,
in ``tests/mutation/equivalent.txt``; they are matched by the mutated function and the changed
lines, not by mutmut's numbering, so an entry survives edits elsewhere in the module.

    python -m tests.mutation.run                         # every hand-written module
    python -m tests.mutation.run altegio_client/_lazy.py # one (or several) modules
    python -m tests.mutation.run --changed main          # modules changed since main
    python -m tests.mutation.run --survivors MODULE      # after adding tests: the last survivors only
    python -m tests.mutation.run --report                # the scores of the last run, nothing run
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MUTANTS = ROOT / "mutants"
EQUIVALENT = Path(__file__).with_name("equivalent.txt")
#: What mutmut is told to mutate (pyproject's only_mutate, minus do_not_mutate).
HAND_WRITTEN = (
    "altegio_client/_*.py",
    "altegio_client/__init__.py",
    "altegio_client/types.py",
    "altegio_client/testing/*.py",
    "overlays/*.py",
)
NOT_MUTATED = ("altegio_client/_codegen.py", "overlays/__main__.py")  # pyproject's do_not_mutate
#: Files whose change makes mutmut's map of tests to functions stale (it tracks only sources).
TEST_INPUTS = (
    "tests/conftest.py",
    "tests/fake_clock.py",
    "tests/runtime/*.py",
    "tests/overlay_units/*.py",
    "tests/faults/*.py",
    "tests/wire/*.py",
    "tests/typing/*.py",
    "tests/test_generated_calls.py",
)
KILLED = {"killed", "timeout", "caught by type check", "segfault"}


@dataclass
class ModuleScore:
    path: str
    seconds: float = 0.0
    statuses: Counter[str] = field(default_factory=Counter)
    survivors: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (name, function, changed lines)

    @property
    def total(self) -> int:
        return sum(count for status, count in self.statuses.items() if status != "skipped")

    @property
    def killed(self) -> int:
        return sum(self.statuses[status] for status in KILLED)

    @property
    def equivalent(self) -> int:
        return self.statuses["equivalent"]

    @property
    def survived(self) -> int:
        return self.total - self.killed - self.equivalent

    @property
    def score(self) -> float:
        scored = self.total - self.equivalent
        return self.killed / scored if scored else 1.0


def hand_written_modules() -> list[str]:
    found = {str(path.relative_to(ROOT)) for pattern in HAND_WRITTEN for path in ROOT.glob(pattern)}
    return sorted(found - set(NOT_MUTATED))


def changed_modules(base: str) -> list[str]:
    merge_base = subprocess.run(
        ["git", "merge-base", "HEAD", base], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    names = subprocess.run(
        ["git", "diff", "--name-only", merge_base, "--"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    return [name for name in hand_written_modules() if name in names]


def mutant_glob(path: str) -> str:
    """mutmut names a mutant ``<module>.<function>__mutmut_<n>`` (a package: ``<package>.<function>...``)."""
    module = path.removesuffix(".py").replace("/", ".").removesuffix(".__init__")
    return f"{module}.x*"


def function_name(mutant: str) -> str:
    """``x_parse__mutmut_3`` -> ``parse``; ``xǁRetryPolicyǁbackoff__mutmut_1`` -> ``RetryPolicy.backoff``."""
    mangled = mutant.rpartition(".")[2].rpartition("__mutmut_")[0]
    if mangled.startswith("x_"):
        return mangled[2:]
    return ".".join(part for part in mangled.split("\u01c1")[1:])


def changed_lines(mutant: str, path: str) -> list[str]:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    diff = get_diff_for_mutant(mutant, path=path)
    return [
        f"{line[0]} {line[1:].strip()}"
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def load_equivalents() -> dict[tuple[str, str, tuple[str, ...]], str]:
    """``== <path> <function>``, the changed lines (``- old`` / ``+ new``), ``why: <reason>``."""
    entries: dict[tuple[str, str, tuple[str, ...]], str] = {}
    header: tuple[str, str] | None = None
    lines: list[str] = []
    for number, raw in enumerate(EQUIVALENT.read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            path, _, function = line[3:].partition(" ")
            header, lines = (path, function.strip()), []
        elif line.startswith(("- ", "+ ", "-", "+")) and header:
            lines.append(f"{line[0]} {line[1:].strip()}")
        elif line.startswith("why:") and header and lines:
            if not line[4:].strip():
                raise SystemExit(f"{EQUIVALENT.name}:{number}: an equivalent mutant needs its reason")
            entries[(header[0], header[1], tuple(lines))] = line[4:].strip()
            header, lines = None, []
        else:
            raise SystemExit(f"{EQUIVALENT.name}:{number}: expected '== path function', '- ', '+ ' or 'why:'")
    return entries


def tests_fingerprint() -> str:
    """What the test map depends on: the tests, and the names of the functions they can reach."""
    digest = hashlib.sha256()
    for pattern in TEST_INPUTS:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.name.encode() + path.read_bytes())
    for module in hand_written_modules():
        functions = _DEF.findall((ROOT / module).read_text())
        digest.update(module.encode() + " ".join(functions).encode())
    return digest.hexdigest()


_DEF = re.compile(r"^\s*(?:async\s+)?def\s+(\w+)", re.MULTILINE)


def forget_stale_test_map() -> None:
    """mutmut maps tests to the functions they reach once and re-maps only *new* tests; a test
    edited to reach more code would go unused, and a function added to the code would have no
    test at all (its mutants "survive"). So the map is rebuilt whenever a test changed or a
    hand-written module's functions did."""
    marker = MUTANTS / "tests.sha256"
    current = tests_fingerprint()
    if marker.exists() and marker.read_text() == current:
        return
    (MUTANTS / "mutmut-stats.json").unlink(missing_ok=True)
    MUTANTS.mkdir(exist_ok=True)
    marker.write_text(current)


def not_killed(path: str) -> list[str] | None:
    """The mutants of ``path`` that survived its last run (None: it has not been run)."""
    from mutmut.stats import status_by_exit_code

    meta = MUTANTS / f"{path}.meta"
    if not meta.exists():
        return None
    results: dict[str, int | None] = json.loads(meta.read_text())["exit_code_by_key"]
    if any(exit_code is None for exit_code in results.values()):
        return None
    return [name for name, code in results.items() if status_by_exit_code[code] not in KILLED | {"skipped"}]


def run_mutmut(modules: list[str], log: Path, *, survivors_only: bool = False) -> None:
    """One mutmut run over the modules (its setup costs ~1 min: copying, mapping tests)."""
    selection: list[str] = []
    for path in modules:
        names = not_killed(path) if survivors_only else None
        selection += [mutant_glob(path)] if names is None else names
    if not selection:
        return
    spec_dir = Path(os.environ.get("SPEC_DIR", ROOT.parent / "shared" / "openapi")).resolve()
    with log.open("w") as out:
        done = subprocess.run(
            [sys.executable, "-m", "mutmut", "run", "--max-children", "1", *selection],
            cwd=ROOT,
            env={**os.environ, "SPEC_DIR": str(spec_dir)},
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"mutmut failed (exit {done.returncode}); see {log}")


def score_module(path: str, equivalents: dict[tuple[str, str, tuple[str, ...]], str]) -> ModuleScore:
    """Read mutmut's results for one module; time is what its mutants' test runs took."""
    from mutmut.stats import status_by_exit_code

    meta = json.loads((MUTANTS / f"{path}.meta").read_text())
    score = ModuleScore(path, seconds=sum(meta["durations_by_key"].values()))
    for mutant, exit_code in sorted(meta["exit_code_by_key"].items()):
        status = status_by_exit_code[exit_code]
        if status not in KILLED and status != "skipped":
            function = function_name(mutant)
            lines = changed_lines(mutant, path)
            if (path, function, tuple(lines)) in equivalents:
                status = "equivalent"
            else:
                score.survivors.append((mutant, function, lines))
        score.statuses[status] += 1
    return score


def report(scores: list[ModuleScore]) -> str:
    rows = [f"{'module':44} {'total':>6} {'killed':>7} {'survived':>9} {'equiv.':>7} {'score':>7} {'time':>7}"]
    for score in scores:
        rows.append(
            f"{score.path:44} {score.total:6} {score.killed:7} {score.survived:9} {score.equivalent:7}"
            f" {score.score:7.1%} {score.seconds:6.0f}s"
        )
    total = ModuleScore("total", sum(s.seconds for s in scores), sum((s.statuses for s in scores), Counter()))
    if len(scores) > 1:
        rows.append(
            f"{'total':44} {total.total:6} {total.killed:7} {total.survived:9} {total.equivalent:7}"
            f" {total.score:7.1%} {total.seconds:6.0f}s"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help="paths of hand-written modules (default: all of them)")
    parser.add_argument("--changed", metavar="BASE", help="only the hand-written modules changed since BASE")
    parser.add_argument("--fail-under", type=float, default=90.0, help="exit 1 below this score (%%)")
    parser.add_argument(
        "--survivors",
        action="store_true",
        help="re-test only the mutants that survived the last run (after adding tests; a changed module runs whole)",
    )
    parser.add_argument("--report", action="store_true", help="only print the scores of the last run")
    args = parser.parse_args()
    known = hand_written_modules()
    modules = changed_modules(args.changed) if args.changed else (args.modules or known)
    for path in modules:
        if path not in known:
            raise SystemExit(f"{path}: not a hand-written module ({', '.join(HAND_WRITTEN)})")
    if not modules:
        print("mutation: no hand-written module to test")
        return 0
    log = MUTANTS / "mutmut.log"
    started = time.monotonic()
    if not args.report:
        forget_stale_test_map()
        print(f"mutation: {len(modules)} module(s), one worker; mutmut's output goes to {log}", flush=True)
        run_mutmut(modules, log, survivors_only=args.survivors)
    equivalents = load_equivalents()
    scores = [score_module(path, equivalents) for path in modules]
    for module in scores:
        for mutant, function, lines in module.survivors:
            print(f"survived: {mutant} ({function})")
            for line in lines:
                print(f"    {line}")
    print()
    print(report(scores))
    unchecked = sum(s.statuses["not checked"] for s in scores)
    if unchecked:
        print(f"\n{unchecked} mutant(s) were not run by mutmut (counted as survivors): run again with --survivors")
    killed = sum(s.killed for s in scores)
    scored = sum(s.total - s.equivalent for s in scores)
    percent = 100.0 * killed / scored if scored else 100.0
    print(f"\nmutation score: {percent:.1f}% ({killed} killed of {scored} non-equivalent)")
    print(f"wall time {time.monotonic() - started:.0f} s (the time column: the test runs of each module's mutants)")
    print("a survivor: `mutmut show <name>` shows it; if no test can ever tell it apart, list it in " + str(EQUIVALENT))
    return 0 if percent >= args.fail_under else 1


if __name__ == "__main__":
    sys.exit(main())
