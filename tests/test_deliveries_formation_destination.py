"""A brigade or regiment the systems go to, or whose arms they are, is no count of them (issue 12, q+d: "прибудут в
полк" gave quantity 1, unit regiments): "доставлены в одну из радиотехнических бригад", "arrived at the regiment",
"Зенитчики бригады ... на комплексах С-300ПС", "handed over to one of the brigades". A brigade of the system itself
stays one ("a new brigade of Iskander-M systems was commissioned"). Sentences written for these tests."""
import pytest

from conftest import delivery_rows


@pytest.mark.parametrize("text", [
    "Станции «Противник-ГЕ» доставлены из России в одну из радиотехнических бригад в мае.",
    "Зенитчики бригады до сих пор несут дежурство на комплексах С-300ПС, полученных из России в 2006 году.",
    "Новые комплексы «Тор-М2К», полученные от России, поступили в 15-ю зенитную ракетную бригаду в мае.",
    "Russia delivered the Tor-M2K systems to one of the brigades in May.",
    "The Tor-M2K systems bought from Russia arrived at the 120th regiment in May.",
    "The S-300PS systems of the brigade were received from Russia in 2006.",
])
def test_a_destination_formation_counts_nothing(text):
    rows = delivery_rows(text, "2024-06-06")
    assert rows and all(r[4] is None for r in rows)


@pytest.mark.parametrize("text, quantity", [
    ("A new brigade of Iskander-M tactical ballistic systems from Russia was commissioned into the army in August.", 1.0),
    ("Россия передала Белоруссии бригадный комплект «Искандер-М» в мае.", 1.0),
])
def test_a_formation_of_the_system_is_one(text, quantity):
    assert any(r[4] == quantity for r in delivery_rows(text, "2024-06-06"))
