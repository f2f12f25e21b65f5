"""Belarus -> Russia movements in monitors' words (eleventh session): designations of old stock the knowledge base
now names (BMP-1, BRDM-2, T-62, D-30, ...) are systems without a weapon word beside them ("36 BMP-1 left Belarus"),
and an indeclinable "в РФ" next to the movement verb is where the load goes ("в РФ ушли два эшелона"; "с базы в РБ"
is where it stood). Sentences written for this test."""
import pytest

from conftest import deliveries

LEAD_EN = "Belarus and the war\nBelarus keeps supplying its ally. "
LEAD_RU = "Беларусь и война\nБеларусь продолжает помогать союзнику. "


def moved(text):
    lead = LEAD_EN if text.isascii() else LEAD_RU
    return [(e["supplier"], e["recipient"], e["system"], e["quantity"])
            for e in deliveries(lead + text, "2024-10-15")]


@pytest.mark.parametrize("text, expected", [
    ("36 BMP-1 left Belarus for Russia last week, Hajun reported.", (["Belarus"], ["Russia"], "BMP-1", 36.0)),
    ("Two echelons with 36 BMP-1 left Belarus for Russia last week, Hajun reported.",
     (["Belarus"], ["Russia"], "BMP-1", 36.0)),
    ("At least 12 BRDM-2 left Belarus for Russia in May, the monitors said.", (["Belarus"], ["Russia"], "BRDM-2", 12.0)),
    ("На прошлой неделе в РФ ушли два эшелона с 36 БМП-1, сообщил «Гаюн».", (["Belarus"], ["Russia"], "BMP-1", 36.0)),
    ("С базы хранения в РБ в РФ ушли 20 танков Т-72А.", (["Belarus"], ["Russia"], "T-72A", 20.0)),
    ("С базы хранения в РБ ушли в РФ 20 танков Т-72А.", (["Belarus"], ["Russia"], "T-72A", 20.0)),
])
def test_movement_read(text, expected):
    assert expected in moved(text)


@pytest.mark.parametrize("text", [
    "Belarus keeps 36 BMP-1 in storage near Barysaw.",
    "В РФ хранятся 20 танков Т-72А.",
])
def test_no_movement(text):
    assert moved(text) == []
