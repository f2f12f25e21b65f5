"""bench/linearity.py's judgement (the merge queue's check for work that grows faster than the document)."""
import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "bench" / "linearity.py"
_SPEC = importlib.util.spec_from_file_location("linearity", _PATH)
linearity = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(linearity)

SIZES = (0.3, 0.6, 1.2)


def _counts(f):
    return [{("bellink/x.py:1:scan", "len"): round(f(s))} for s in SIZES]


@pytest.mark.parametrize("cost, fails", [
    (lambda mb: 5_000 + 400_000 * mb, False),                     # linear, with a start-up constant
    (lambda mb: 400_000 * mb * 1.01, False),                      # linear
    (lambda mb: 300_000 * mb * mb, True),                         # every earlier item for each item
    (lambda mb: 400_000 * mb + 300_000 * mb * mb, True),          # a quadratic part beside the linear one
    (lambda mb: 600 * mb * mb, False),                            # quadratic, but a handful of calls
    (lambda mb: 30_000 * mb ** 3, True),                          # a cube of the size: 4.0, still a power
    (lambda mb: 0 if mb < 1 else 1_500, False),                   # a rare construction first met at 1.2 MB
    (lambda mb: 50 * mb + (0 if mb < 1 else 1_500), False),       # ... beside a few calls before (15x: a step)
    (lambda mb: 0 if mb < 1 else 40_000, True),                   # a step of tens of thousands is still looked at
])
def test_judge(cost, fails):
    bad, worst = linearity.judge(_counts(cost), SIZES)
    assert bool(bad) is fails
    if fails:
        assert bad[0][4] == ("bellink/x.py:1:scan", "len") and worst >= linearity.RATIO
