"""Rows that never happened, from rules of the fourteenth session (review findings D1-D3, D6, D7). Sentences written
for these tests.

- an agreement phrase ("within the framework of an agreement", "в рамках соглашения", "по договору") is an order only
  beside a transfer word of its clause, and never when that word is negated: duty, drills, training or a redeployment
  under a treaty are no order;
- a formation of a named system ("an Iskander battalion", "дивизион С-400") is the system's placement only with a
  Belarusian destination: one placed near a Russian city is the Russian army's own unit;
- a participle after the object takes its sides from an earlier transfer verb, never from a request (no stage) and
  never when it names a recipient of its own ("supplied to India in 2016");
- a contract sentence after a repair of a system is the repair's contract, not an order of the system;
- "signed for" a country or for a memorandum, and "discussing" a system's use in drills, are no deal.
"""
import pytest

from conftest import delivery_rows as _rows


@pytest.mark.parametrize("text", [
    "В рамках соглашения о совместной охране неба российские истребители Су-35С заступили на дежурство под Барановичами.",
    "В рамках договора о военном сотрудничестве армии двух стран отработали применение комплексов «Панцирь-С1».",
    "Белорусские расчеты освоили зенитные комплексы «Бук-М3» на полигоне Ашулук в рамках соглашения с Москвой.",
    "Russian Su-35S fighters flew joint patrols over Belarus within the framework of a bilateral agreement.",
    "Belarusian crews trained on Pantsir-S1 systems in Russia in accordance with the intergovernmental agreement.",
    "Москва перебросила зенитные комплексы «Панцирь-С1» под Гомель по договору о коллективной безопасности.",
    "Россия не поставила Беларуси комплексы «Бук-М3» в рамках соглашения, сообщил источник в министерстве.",
    "Россия так и не передала Минску истребители Су-35С по договору, признал депутат.",
    "Москва не поставила Минску комплексы «Бук-М3» по соглашению, сообщил источник.",
    "Russia did not deliver the Buk-M3 systems to Belarus under the intergovernmental agreement, the official said.",
])
def test_an_agreement_phrase_alone_or_negated_is_no_order(text):
    got = _rows(text)
    assert not any(r[1] in ("ordered", "delivered") for r in got), got


@pytest.mark.parametrize("text", [
    "A third Pantsir-S1 battery could be stationed near Smolensk by the autumn, a Russian commander said.",
    "Another Tor-M2 battalion is to be placed outside Bryansk next spring, the district's chief said.",
    "третий дивизион «Бук-М3» может быть развернут под Смоленском к осени, сообщил российский генерал.",
    "Еще одна батарея «Панцирь-С1» будет размещена под Брянском в следующем году.",
])
def test_a_formation_placed_outside_belarus_is_no_placement(text):
    got = _rows(text)
    assert not any(r[3] == "Belarus" for r in got), got


@pytest.mark.parametrize("text", [
    "Minsk has asked Moscow for Su-35S fighters, delivered to Egypt in 2019.",
    "Belarus has asked Russia for Pantsir-S1 systems, supplied to Serbia in 2020.",
    "Минск попросил у Москвы истребители Су-35С, поставленные Египту в 2019 году.",
])
def test_a_request_names_no_sides_of_a_participle_with_its_own_recipient(text):
    got = _rows(text)
    assert not any(r[1] == "delivered" and r[3] == "Belarus" for r in got), got


@pytest.mark.parametrize("text", [
    "Белорусские Ми-24 прошли капитальный ремонт в Орше. Контракт с российским заводом подписан в феврале.",
    "Белорусские Як-130 отремонтированы на заводе в Барановичах. Контракт заключен в октябре.",
])
def test_a_contract_after_a_repair_is_no_order(text):
    got = _rows(text)
    assert not any(r[1] == "ordered" for r in got), got


@pytest.mark.parametrize("text", [
    "Volfovich signed for Belarus a protocol on joint Pantsir-S1 exercises with Russia.",
    "The minister signed for Russia a memorandum on Buk-M3 crew training in Belarus.",
    "Belarusian and Russian commanders are discussing the use of Pantsir-S1 systems during the coming exercises.",
    "The two staffs are discussing how Tor-M2 batteries will take part in the joint drills.",
])
def test_signed_for_a_country_or_discussing_drills_is_no_deal(text):
    got = _rows(text)
    assert not got, got
