"""A quarrel over supplies tells no stage of them: "the Moscow-Minsk disagreement over the supply of Russia's Iskander
systems, which dragged on for years", "на фоне разногласий Москвы и Минска по поводу поставок «Искандеров»" used to
give delivered rows (realdev 855: a never-row, the deal was never made). Beside them, a told transfer keeps its row.
Sentences written for this test."""
import pytest

from conftest import deliveries


@pytest.mark.parametrize("text", [
    "Belarus designs its own rocket launcher\n\nMINSK - The Belarusian launcher project began amid the Moscow-Minsk "
    "disagreement over the supply of Russia's Iskander systems, which dragged on for years, a newspaper noted.\n",
    "Проект начался на фоне разногласий Москвы и Минска по поводу поставок российских «Искандеров», которые тянулись "
    "с 2012 года.",
    "Спор Москвы и Минска вокруг поставок «Искандеров» в Белоруссию длился несколько лет.",
])
def test_a_dispute_over_supplies_is_no_delivery(text):
    assert deliveries(text, "2018-04-18") == ()


@pytest.mark.parametrize("text, expected", [
    ("Россия поставила Белоруссии «Искандеры» в 2023 году.", ("Iskander", "delivered")),
    ("Despite the old disagreement, Russia delivered Iskander systems to Belarus in 2023.", ("Iskander", "delivered")),
])
def test_a_told_transfer_keeps_its_row(text, expected):
    assert expected in [(e["system"], e["status"]) for e in deliveries(text, "2018-04-18")]
