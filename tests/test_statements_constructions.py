"""One row per construction of the statements package: (text, expected) as the module docstrings show them.

Each row gives the sentence, the rule that must read it, the speaker (entity name, None when unknown), the
words said and the outlet. Rows with rule None are sentences a construction must not read as a statement.
The people are real officials the knowledge base knows; the sentences were written for these tests.
"""
import pytest

from bellink.ingest.pipeline import analyze_text

CASES = [
    # frames: a reporting verb, its speaker and its content on one side
    ("en", "Viktor Khrenin told TASS on Tuesday that the S-400 systems would arrive in May.",
     "frames:that", "Viktor Khrenin", "the S-400 systems would arrive in May", "TASS"),
    ("en", "The systems will arrive in May, Khrenin said in an interview with RIA Novosti.",
     "frames:backward_clause", "Viktor Khrenin", "The systems will arrive in May", "RIA Novosti"),
    ("ru", "Хренин 24 июня заявил, что системы прибудут к 2025 году.",
     "frames:that", "Viktor Khrenin", "системы прибудут к 2025 году", None),
    ("en", "“The crews are ready,” he said, “and the aircraft will be on duty by August.”",
     "frames:split_quote", None, "The crews are ready,” he said, “and the aircraft will be on duty by August.", None),
    ("en", "As Alexander Lukashenko said on Monday, the systems will be deployed near Grodno.",
     "frames:as_said", "Alexander Lukashenko", "the systems will be deployed near Grodno", None),
    # pronouns: one earlier person of the right gender
    ("en", "Viktor Khrenin met Sergei Shoigu. He said the systems would arrive in May.",
     "frames:zero_that", "Viktor Khrenin", "the systems would arrive in May", None),
    # offices: a title the article names no one for, held on the publication date (knowledge base)
    ("en", "The Russian defence minister said the deliveries would begin in May.",
     "frames:zero_that", "Sergei Shoigu", "the deliveries would begin in May", None),
    # channels: the outlet is the channel, never the speaker
    ("ru", "Виктор Хренин в интервью телеканалу «Беларусь 1» заявил, что системы прибудут в мае.",
     "frames:that", "Viktor Khrenin", "системы прибудут в мае", "Belteleradiocompany"),
    # constructions
    ("en", "Russia's TASS news agency quoted Khrenin as saying the systems would arrive in May.",
     "constructions:quoted_active", "Viktor Khrenin", "the systems would arrive in May", "TASS"),
    ("en", "According to Viktor Khrenin, the S-400 systems will arrive in Belarus in May.",
     "constructions:according_lead", "Viktor Khrenin", "the S-400 systems will arrive in Belarus in May", None),
    ("en", "The systems will arrive in May, according to the Belarusian Defence Ministry.",
     "constructions:according_tail", "Ministry of Defence of Belarus", "The systems will arrive in May", None),
    ("ru", "Виктор Хренин встретился с журналистами. По его словам, системы прибудут в мае.",
     "constructions:according_lead", "Viktor Khrenin", "системы прибудут в мае", None),
    ("ru", "Как сообщил Виктор Хренин, системы прибудут в мае.",
     "constructions:as_reported_ru", "Viktor Khrenin", "системы прибудут в мае", None),
    ("ru", "Системы С-400 прибудут в мае. Об этом сообщило Министерство обороны Белоруссии.",
     "constructions:ob_etom_ru", "Ministry of Defence of Belarus", "Системы С-400 прибудут в мае", None),
    ("ru", "Системы прибудут в мае, говорится в сообщении Министерства обороны Белоруссии.",
     "constructions:document_tail", "Ministry of Defence of Belarus", "Системы прибудут в мае", None),
    ("ru", "Системы прибудут в мае, передаёт ТАСС.",
     "constructions:channel_verb", None, "Системы прибудут в мае", "TASS"),
    # quotes nobody's cue claimed
    ("en", "\"The aircraft will be on duty by August and the crews are ready for it.\"",
     "quotes:unknown_speaker", None, "The aircraft will be on duty by August and the crews are ready for it.", None),
    # must not
    ("en", "The systems will arrive in May, according to media reports.", None, None, None, None),
    ("en", "Lukashenko said nothing about the deal.", None, None, None, None),
    ("en", "Who will pay for the systems?", None, None, None, None),
]


def _name(a, key):
    return a.entities[key].name if key else None


@pytest.mark.parametrize("lang,text,rule,speaker,said,channel", CASES, ids=[c[2] or "none" for c in CASES])
def test_construction(lang, text, rule, speaker, said, channel):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-14")
    if rule is None:
        assert a.statements == []
        return
    assert len(a.statements) == 1
    st = a.statements[0]
    assert (st.details["rule"], _name(a, st.speaker), st.text, _name(a, st.channel)) == (rule, speaker, said, channel)
    assert a.document.text[st.start:st.stop] == st.text


def test_no_two_steps_define_the_same_method():
    """The extractor is put together from one class per module: a method defined in two of them would
    silently shadow the other (whichever comes first in the class order wins)."""
    from bellink.ingest.statements.extractor import _Extractor

    seen: dict = {}
    for step in _Extractor.__mro__[1:-1]:
        for name, value in vars(step).items():
            if callable(value) and not name.startswith("__"):
                assert name not in seen, f"{name} in both {seen[name].__module__} and {step.__module__}"
                seen[name] = step
    assert len(seen) > 90
