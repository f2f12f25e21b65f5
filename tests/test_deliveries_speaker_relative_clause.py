"""A tail attribution whose speaker has a relative clause of his own ('..., said the general who had commanded the air
base') keeps the content before it: the relative clause is not the words reported (events/document.py CONTENT_AFTER,
review item: its seven-word window took 'the general who' as a subject and 'had commanded' as its verb, and the
delivery before the comma was lost). The Russian tail, whose relative clause is set off by a comma, reads the same.
Sentences written for this test."""
import pytest

from bellink.ingest.pipeline import analyze_text


@pytest.mark.parametrize("text,lang", [
    ("Belarus received four Yak-130 combat trainers from Russia in May, said the general who had commanded the air "
     "base at Lida.", "en"),
    ("Belarus received four Yak-130 combat trainers from Russia in May, said Yury Zhadobin who has headed the "
     "committee for years.", "en"),
    ("Belarus received four Yak-130 combat trainers from Russia in May, said a colonel whose unit was based at Lida.",
     "en"),
    ("Белоруссия получила от России четыре учебно-боевых самолета Як-130 в мае, сообщил генерал, который командовал "
     "авиабазой в Лиде.", "ru"),
])
def test_the_delivery_before_the_speakers_relative_clause(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2023-06-14")
    got = [(e.roles.get("system"), e.quantity, e.status) for e in a.events if e.kind == "delivery"]
    assert got == [(["weapon_system:yak130"], 4.0, "delivered")], got


def test_a_clause_after_the_verb_is_still_the_content():
    text = ("Zhadobin, speaking at the ceremony, said Belarus had signed a contract for four more Yak-130 trainers.")
    a = analyze_text(text + "\n", lang="en", published="2023-06-14")
    assert any(e.kind == "delivery" and e.roles.get("system") == ["weapon_system:yak130"] for e in a.events)
