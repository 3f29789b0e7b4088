"""Every `<name>.jsonl` here is replayed through the same code as `sportello simulate`,
and its result must match `<name>.expect.json`: objects match on the keys they list,
lists match item by item and in length."""

import json
from pathlib import Path
from typing import Any

import pytest

from sportello.scenario import parse_scenario, run_scenario

HERE = Path(__file__).parent
SCENARIOS = sorted(HERE.glob("*.jsonl"))


def assert_matches(actual: Any, expected: Any, path: str = "$") -> None:
    if isinstance(expected, dict):
        assert isinstance(actual, dict), f"{path}: expected an object, got {actual!r}"
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} is missing"
            assert_matches(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list), f"{path}: expected a list, got {actual!r}"
        assert len(actual) == len(expected), (
            f"{path}: expected {len(expected)} items, got {len(actual)}: {actual!r}"
        )
        for index, (item, wanted) in enumerate(zip(actual, expected, strict=True)):
            assert_matches(item, wanted, f"{path}[{index}]")
    else:
        assert actual == expected, f"{path}: expected {expected!r}, got {actual!r}"


def test_every_scenario_has_expectations():
    missing = [p.name for p in SCENARIOS if not p.with_suffix(".expect.json").exists()]
    assert SCENARIOS and not missing


@pytest.mark.django_db(transaction=True, reset_sequences=True)
@pytest.mark.parametrize("path", SCENARIOS, ids=lambda p: p.stem)
def test_scenario(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expect.json").read_text(encoding="utf-8"))
    result = run_scenario(parse_scenario(path.read_text(encoding="utf-8").splitlines()))
    assert_matches(result, expected)
