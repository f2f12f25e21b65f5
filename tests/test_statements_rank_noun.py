"""A bare rank noun ('"...," the general said', '— сказал генерал') takes up the last speaker only when the rank the
article gives him is that noun's: a colonel is never 'the general'. Sentences written for the test (review, issue 12)."""
import pytest

from bellink.ingest.pipeline import analyze_text


def _speakers(text):
    return [s.speaker for s in analyze_text(text, published="2021-05-04", doc_id="rank").statements]


@pytest.mark.parametrize("text", [
    'Colonel Ivan Petrov, a spokesman for the air force, spoke after the minister. '
    '"The Su-30SM2 will arrive in May," the general said.',
    'Полковник Иван Петров, представитель ВВС, выступил после министра. «Су-30СМ2 прибудут в мае», — сказал генерал.',
    'Major General Oleg Sidorov, commander of the air force, spoke after the minister. '
    '"The Su-30SM2 will arrive in May," the colonel said.',
    'Генерал-майор Олег Сидоров, командующий ВВС, выступил после министра. «Су-30СМ2 прибудут в мае», — сказал полковник.',
])
def test_another_rank_is_not_the_last_speaker(text):
    assert not any(s for s in _speakers(text))


@pytest.mark.parametrize("text", [
    'Major General Oleg Sidorov, commander of the air force, spoke after the minister. '
    '"The Su-30SM2 will arrive in May," the general said.',
    'Генерал-майор Олег Сидоров, командующий ВВС, выступил после министра. «Су-30СМ2 прибудут в мае», — сказал генерал.',
])
def test_the_same_rank_is_the_last_speaker(text):
    assert _speakers(text) == ["person:sidorov_oleg"]
