"""Two precision faults a review of the eleventh session's rules found, fixed at the construction."""
import pytest



def _deliveries(tmp_path, text, published="2024-06-01"):
    import json

    from click.testing import CliRunner

    from bellink.cli import cli

    f = tmp_path / "a.txt"
    f.write_text("Заголовок\n\n" + text + "\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    r = CliRunner().invoke(cli, ["--db", db, "ingest", str(f), "--published", published])
    assert r.exit_code == 0, r.output
    out = CliRunner().invoke(cli, ["--db", db, "deliveries", "--json"])
    return json.loads(out.stdout)


@pytest.mark.parametrize("text, system", [
    # "доставлены на" / "поставлены на" are transfers, not the mounting of one thing "on" another ("ставят на шасси")
    ("Из России в Белоруссию доставлены на авиабазу истребители Су-30СМ.", "Su-30SM"),
    ("В Белоруссию из России доставлены на аэродром самолеты Як-130.", "Yak-130"),
])
def test_delivered_to_a_place_is_no_mounting(tmp_path, text, system):
    rows = _deliveries(tmp_path, text)
    assert any(r["system"] == system and r["status"] == "delivered" for r in rows), rows


@pytest.mark.parametrize("middle", [
    "Minsk said this month it had received two Yak-130 trainers from Russia.",
    "Khrenin confirmed this week that two Yak-130 trainers had arrived from Russia.",
])
def test_said_this_month_is_a_sentence_of_its_own_for_the_look_back(tmp_path, middle):
    text = f"Belarus received four Su-30SM fighters from Russia in 2022. {middle} The jets will go on combat duty in June."
    rows = _deliveries(tmp_path, text)
    later = [r for r in rows if r["sentence"].startswith("The jets")]
    assert later and all(r["system"] == "Yak-130" for r in later), rows


@pytest.mark.parametrize("text", [
    "MZKT sent engineers to Russia in May to service 12 MZKT-7930 chassis.",
    "MZKT has sent its proposals for 20 MZKT-7930 chassis to the Russian Defence Ministry.",
])
def test_a_plant_that_sends_people_or_papers_ships_nothing(tmp_path, text):
    assert _deliveries(tmp_path, text) == []


def test_a_plant_that_sends_its_goods_still_ships_them(tmp_path):
    rows = _deliveries(tmp_path, "Peleng has sent 30 Sosna-U sights to Uralvagonzavod.")
    assert [(r["system"], r["quantity"], r["recipient"]) for r in rows] == [("Sosna-U", 30, "Russia")]


@pytest.mark.parametrize("text, system, quantity", [
    ("Russia delivered two S-400 battalions, eight Su-30SM fighters, and four Yak-130 trainers to Belarus in 2022.",
     "S-400", 2),
    ("Россия передала Белоруссии два дивизиона С-400, четыре истребителя Су-30СМ и два вертолета Ми-35М в 2022 году.",
     "S-400", 2),
])
def test_the_next_item_of_a_list_is_not_the_pieces_of_the_first(tmp_path, text, system, quantity):
    rows = _deliveries(tmp_path, text)
    assert [r["quantity"] for r in rows if r["system"].startswith(system)] == [quantity], rows


def test_a_russian_echelon_crossing_into_belarus_is_no_delivery(tmp_path):
    text = "Российский эшелон с 20 танками Т-72Б3 пересек границу с Белоруссией, сообщил «Гаюн»."
    assert [r for r in _deliveries(tmp_path, text) if r["supplier"] == "Russia"] == []

