"""A third country's delivery is outside the base (bench/gold/RULES.md 27), and leaves nothing behind: its system is
not read again as the maker's service entry; a total shared with a third country is not the party's own count.
Sentences written for the test (review1 W1, W2 of 37640cb)."""
import pytest

from bellink.ingest.pipeline import analyze_text
from conftest import EN_LEAD, RU_LEAD, delivery_rows


def _kinds(text: str) -> list:
    lead = RU_LEAD if any("а" <= ch <= "я" for ch in text.lower()) else EN_LEAD
    a = analyze_text(lead + text, published="2024-05-10", doc_id="news")
    return [(ev.kind, [a.entities[k].name for k in ev.roles.get("country", ev.roles.get("recipient", []))])
            for ev in a.events if ev.kind in ("delivery", "service_entry")]


@pytest.mark.parametrize("text", [
    "Serbia put into service four MiG-29 fighters.",
    "Algeria has put into service the Yak-130 trainers it bought from Russia.",
    "India received the first S-400 regiment from Russia in December, and it entered service in May.",
    "Turkey put its S-400 systems bought from Russia on combat duty in 2020.",
    "Сербия приняла на вооружение истребители МиГ-29, полученные от Белоруссии.",
    "Индия получила от России первый полк С-400 в декабре, а в мае он заступил на боевое дежурство.",
])
def test_a_third_countrys_adoption_is_no_row_at_all(text):
    assert _kinds(text) == []


@pytest.mark.parametrize("text", [
    "The Belarusian Air Force put into service four Yak-130 trainers received from Russia.",
    "Белорусские ВВС приняли на вооружение четыре самолета Як-130, полученные от России.",
])
def test_a_partys_adoption_stays(text):
    assert any(kind in ("delivery", "service_entry") and "Belarus" in who for kind, who in _kinds(text))


@pytest.mark.parametrize("text", [
    "Russia delivered four Su-30SM fighters each to Belarus and Kazakhstan in March.",
    "Россия передала по четыре истребителя Су-30СМ Белоруссии и Казахстану.",
    "Russia delivered four Su-30SM fighters to Belarus in March.",
])
def test_a_count_for_each_recipient_or_the_party_alone_stays(text):
    assert any(r[0] == "Su-30SM" and r[3] == "Belarus" and r[4] == 4.0 for r in delivery_rows(text))
