"""The gold-standard evaluation must not drop below the last recorded level (bench/ratchet.json)."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _evaluate_module():
    spec = importlib.util.spec_from_file_location("bellink_evaluate", ROOT / "bench" / "evaluate.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def figures():
    return _evaluate_module().run_all()


def test_no_figure_drops_below_the_ratchet(figures):
    ratchet = json.loads((ROOT / "bench" / "ratchet.json").read_text())
    dropped = {k: (figures.get(k), v) for k, v in ratchet.items() if figures.get(k, 0.0) < v - 1e-9}
    assert not dropped, f"extraction got worse (now, recorded): {dropped}"


def test_ratchet_watches_every_figure(figures):
    ratchet = json.loads((ROOT / "bench" / "ratchet.json").read_text())
    assert set(ratchet) == set(figures)
