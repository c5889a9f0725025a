"""The corpus of bad input (:mod:`corpus.cases`): every case is refused in one line, exit
status 2, no traceback, and leaves the plan and the files beside it byte for byte unchanged."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from corpus.cases import Case, all_cases

from cosmoplan.cli.main import main

CASES = all_cases()


def _folder_state(folder: Path) -> dict[str, str]:
    """Every entry of ``folder``: a file's sha256, a link's target."""
    state = {}
    for path in sorted(folder.iterdir()):
        if path.is_symlink():
            state[path.name] = f"-> {path.readlink()}"
        elif path.is_file():
            state[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def test_the_corpus_is_large_and_its_names_unique() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))
    assert len(CASES) >= 200


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_refused_in_one_line_and_changes_nothing(
    case: Case, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.cosmoplan"
    case.plan(plan)
    case.setup(tmp_path)
    before = _folder_state(tmp_path)
    argv = [part.replace("{plan}", str(plan)).replace("{dir}", str(tmp_path)) for part in case.argv]
    capfd.readouterr()
    code = main(argv)
    _out, err = capfd.readouterr()
    assert "Traceback" not in err and "Warning" not in err, err
    assert err.startswith("cosmoplan: error: ") and err.count("\n") == 1, err
    assert "unexpected" not in err, err
    assert code == 2, err
    assert _folder_state(tmp_path) == before
