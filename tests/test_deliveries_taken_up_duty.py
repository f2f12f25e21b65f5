"""'has/had taken up combat duty' is a service entry like 'took up combat duty' (issue 12, sixteenth session): the
duty cue of kb/transfer_cues.tsv listed took/take/takes/taking but not the participle, so 'the Iskander-M division had
"taken up combat duty"' gave nothing. (The Russian 'заступил на боевое дежурство' was read before.)
"""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text, want", [
    ("The Iskander-M division has taken up combat duty in Belarus, Belarusian Defence Minister Khrenin said.",
     ("Iskander-M", "in_service")),
    ("Defence Minister Viktor Khrenin said the Russian-supplied S-400 division had \"taken up combat duty\".",
     ("S-400 Triumf", "in_service")),
])
def test_taken_up_combat_duty(text, want):
    got = {r[:2] for r in delivery_rows(text)}
    assert want in got, got
