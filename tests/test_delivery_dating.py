"""Which time expression dates which stage of a delivery, and which number counts which system.

Tables in tests/data/events/dating/*.tsv, one construction a file, sentences written for these tests in
both languages: ``published``, the passage, and every delivery an analyst should get back as
``system|status|quantity|date[|date_end]`` (rows joined by " ; ", "-" for none). Lines starting with "#"
describe the construction.
"""
from pathlib import Path

import pytest

from bellink.ingest.pipeline import analyze_text

DATA = Path(__file__).parent / "data" / "events" / "dating"


def _num(s: str):
    return None if s in ("", "None", "-") else float(s)


def _cases():
    out = []
    for path in sorted(DATA.glob("*.tsv")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            published, text, expected = line.split("\t")
            rows = [] if expected.strip() == "-" else [tuple(r.strip().split("|")) for r in expected.split(" ; ")]
            out.append(pytest.param(published, text.replace("\\n", "\n"), rows, id=f"{path.stem}:{n}"))
    return out


CASES = _cases()


def deliveries(text: str, published: str) -> list:
    """(system, status, quantity, date, date_end) of every delivery bellink reads in ``text``."""
    a = analyze_text(text, published=published, doc_id="news")
    out = []
    for ev in a.events:
        if ev.kind == "delivery":
            q, date = ev.quantity, ev.date
            out.append((a.entities[ev.roles["system"][0]].name, ev.status, "-" if q is None else f"{q:g}",
                        (date and date.value) or "-", (date and date.end) or "-"))
    return out


def test_every_table_has_both_languages():
    for path in sorted(DATA.glob("*.tsv")):
        text = path.read_text(encoding="utf-8")
        assert any("а" <= ch <= "я" for ch in text) and any("a" <= ch <= "z" for ch in text), path.name


@pytest.mark.parametrize("published,text,expected", CASES)
def test_table(published, text, expected):
    width = max((len(e) for e in expected), default=4)
    got = [r[:width] for r in deliveries(text, published)]
    want = [tuple("-" if v in ("", "None") else v for v in e) for e in expected]
    assert sorted(got) == sorted(want)


# story-relative expressions that are not dates of the story: the eve of a named event, a span before an event
@pytest.mark.parametrize("text", [
    "Накануне визита Россия передала Белоруссии два Су-30СМ2.",
    "Накануне учений в Белоруссию прибыли два Су-30СМ2.",
    "In 2019 Belarus ordered four Yak-130; a year before the war the deal was frozen.",
    "Two days before the talks Russia delivered two Mi-35M helicopters to Belarus.",
])
def test_no_story_date_without_a_story_anchor_of_its_own(text):
    a = analyze_text(text, published="2021-05-04", doc_id="news")
    assert not [t.text for t in a.timexes if t.value and t.text.lower().startswith(("накануне", "a year", "two days"))]


@pytest.mark.parametrize("text", [
    "Белорусская армия получила от России второй дивизион С-400 в прошлом году и поставила его на боевое дежурство "
    "под Гродно в феврале.",
    "The Belarusian army received a second S-400 battalion from Russia last year and put it on combat duty near "
    "Grodno in February.",
])
def test_two_stages_of_one_transfer_take_the_sides_of_the_delivery_verb(text):
    """"поставила его на дежурство" supplies nothing: both stages are Russia -> Belarus (stages.tsv dates them)."""
    a = analyze_text(text, published="2025-03-12", doc_id="news")
    rows = [(ev.status, [a.entities[k].name for k in ev.roles["supplier"]],
             [a.entities[k].name for k in ev.roles["recipient"]]) for ev in a.events if ev.kind == "delivery"]
    assert sorted(rows) == [("delivered", ["Russia"], ["Belarus"]), ("in_service", ["Russia"], ["Belarus"])]


# review7 finding 7: a next sentence about the first batch, or after a report of a further batch, tells another act
@pytest.mark.parametrize("text", [
    "Belarus has received four more Yak-130 combat trainers from Russia, the defence ministry said on Friday. "
    "The first four aircraft were delivered in 2015.",
    "Belarus has signed a contract for 12 more Su-30SM fighters, the ministry said on Friday. "
    "The contract was signed in 2017 for the first batch.",
    "Белоруссия получила от России еще одну батарею «Тор-М2К», сообщило Минобороны в пятницу. "
    "Комплексы были переданы в 2019 году.",
])
def test_the_next_sentence_about_another_batch_does_not_redate_the_news(text):
    a = analyze_text(text, published="2024-05-10", doc_id="news")
    assert not [ev for ev in a.events if ev.kind == "delivery" and ev.details.get("date_from") == "next_sentence"]
