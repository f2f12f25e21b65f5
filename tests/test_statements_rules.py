"""Every statement says which construction produced it: ``details['rule']``, stored with the statement."""
import json
import sqlite3

import pytest

from bellink.ingest.pipeline import analyze_text

CASES = [
    ("en", "Belarusian Defence Minister Viktor Khrenin said on Tuesday that the S-400 systems would arrive in May.",
     "frames:that"),
    ("en", "The S-400 systems will arrive in Belarus in May, Viktor Khrenin said on Tuesday.",
     "frames:backward_clause"),
    ("en", "Viktor Khrenin said the S-400 systems would arrive in Belarus in May.", "frames:zero_that"),
    ("en", "“The crews have already finished their conversion course,” Khrenin told reporters.",
     "frames:backward_quote"),
    ("en", "According to Viktor Khrenin, the S-400 systems will arrive in Belarus in May.",
     "constructions:according_lead"),
    ("ru", "Министр обороны Белоруссии Виктор Хренин заявил, что системы С-400 прибудут в мае.", "frames:that"),
    ("ru", "«Системы С-400 прибудут в мае», — заявил Виктор Хренин.", "frames:backward_quote"),
    ("ru", "По словам Виктора Хренина, системы С-400 прибудут в Белоруссию в мае.", "constructions:according_lead"),
]


@pytest.mark.parametrize("lang,text,rule", CASES)
def test_rule_names_the_construction(lang, text, rule):
    a = analyze_text(text + "\n", lang=lang, published="2024-03-14")
    assert [st.details.get("rule") for st in a.statements] == [rule]


def test_stored_statements_carry_their_rule(seeded_db):
    conn = sqlite3.connect(seeded_db)
    rows = conn.execute("select details from statements").fetchall()
    assert rows
    rules = [json.loads(d)["rule"] for (d,) in rows]
    assert all(r and ":" in r for r in rules)
    assert {"frames:that", "frames:backward_quote"} <= set(rules)


@pytest.mark.parametrize("text,speaker_from", [
    ("Viktor Khrenin said the systems would arrive in May.", "name"),
    ("Viktor Khrenin met Sergei Shoigu. He said the systems would arrive in May.", "pronoun"),
    ("The Russian defence minister said the deliveries would begin in May.", "role"),
    ("The Belarusian Defence Ministry said the systems would arrive in May.", "institution"),
])
def test_details_say_how_the_speaker_was_found(text, speaker_from):
    a = analyze_text(text + "\n", lang="en", published="2024-03-14")
    assert [st.details.get("speaker_from") for st in a.statements] == [speaker_from]
