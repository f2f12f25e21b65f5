"""A bare count points back to the one system named up to three sentences before (issue 12, twelfth session; it was
two): a quote and a comment often stand between the batch and "the remaining six". Four was tried: more found on dev,
but a false positive on news_heldout and dev2 (a transport aircraft named in passing became the referent).
"""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Russia handed over four Mi-8MTV-5 helicopters to Belarus on 22 March. The commander met the "
    "crews on the apron. \"Our transport aviation is entering a new generation,\" he said. The remaining six will arrive before "
    "the end of the year.",
    "Россия передала Белоруссии четыре вертолета Ми-8МТВ-5 22 марта. Командующий встретил экипажи на "
    "стоянке. «Наша транспортная авиация выходит на новый уровень», – сказал он. Оставшиеся шесть машин прибудут до "
    "конца года.",
])
def test_the_remaining_count_three_sentences_on(text):
    got = {(e["system"], e["status"], e["quantity"]) for e in deliveries(text, "2016-03-24")}
    assert ("Mi-8MTV-5", "planned", 6.0) in got, got
