"""An outlet that reports what a source told it ('..., TASS reported, citing X', 'сообщает ТАСС со ссылкой на X')
names the source: X is the speaker (unknown for an unnamed source), the outlet the channel and never the speaker
(citing.py). Sentences written for this test."""
import pytest

from conftest import statements
from bellink.ingest.pipeline import analyze_text

MOD_BY = "Ministry of Defence of Belarus"
SAMI = "State Authority for Military Industry of Belarus"


def _one(text, lang):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-14")
    assert len(a.statements) == 1, [(s.speaker, s.text) for s in a.statements]
    st = a.statements[0]
    return (a.entities[st.speaker].name if st.speaker else None,
            a.entities[st.channel].name if st.channel else None, st.text)


@pytest.mark.parametrize("text,lang,who,channel,said", [
    ("The first Yak-130 jets will arrive in June, TASS reported, citing a source in the defence industry.", "en",
     None, "TASS", "The first Yak-130 jets will arrive in June"),
    ("The first Yak-130 jets will arrive in June, TASS reported, citing the Belarusian Defence Ministry.", "en",
     MOD_BY, "TASS", "The first Yak-130 jets will arrive in June"),
    ("Two more chassis will leave for Russia in May, the state news agency BelTA reported on Monday, citing the "
     "State Authority for Military Industry.", "en", SAMI, "BelTA", "Two more chassis will leave for Russia in May"),
    ("Interfax, quoting a senior defence industry official, reported that the deliveries would resume in May.", "en",
     None, "Interfax", "the deliveries would resume in May"),
    ("Как сообщает ТАСС со ссылкой на пресс-службу Минобороны Белоруссии, комплексы прибыли в бригаду.", "ru",
     MOD_BY, "TASS", "комплексы прибыли в бригаду"),
    ("Как сообщает «Интерфакс» со ссылкой на источник в ОПК, контракт на поставку Як-130 подписан.", "ru",
     None, "Interfax", "контракт на поставку Як-130 подписан"),
    ("Комплексы прибыли в бригаду, передает БелТА со ссылкой на пресс-службу Госкомвоенпрома.",
     "ru", SAMI, "BelTA", "Комплексы прибыли в бригаду"),
    ("РИА Новости, ссылаясь на источник в Рособоронэкспорте, сообщает, что контракт подписан.", "ru",
     None, "RIA Novosti", "контракт подписан"),
])
def test_the_cited_source_speaks_through_the_outlet(text, lang, who, channel, said):
    assert _one(text, lang) == (who, channel, said)


@pytest.mark.parametrize("text,lang", [
    ("Как сообщал «Интерфакс», контракт на поставку Як-130 подписан в декабре.", "ru"),
])
def test_an_outlet_citing_nobody_is_no_speaker(text, lang):
    assert all(w is None for w, _, _ in statements(text, lang, "2024-03-14")) or not statements(text, lang)


def test_a_speaker_citing_a_document_stays_the_speaker():
    got = statements("Хренин, ссылаясь на условия контракта, заявил, что самолеты прибудут в июне.", "ru", "2024-03-14")
    assert [w for w, _, _ in got] == ["Viktor Khrenin"], got

