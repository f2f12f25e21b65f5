"""The same text gives the same rows in every process. Python salts the hash of every string per process
(PYTHONHASHSEED), so iterating a set of strings, or taking the first key of a token's key set that a table knows,
can choose differently from one run (or one --jobs worker) to the next: 'Тихановская заявила' was Tikhanovskaya in
one process and her husband Tikhanovsky in another. Each passage is analysed in child processes with different
hash seeds, and every mention, statement and event must come out the same; the choice itself must be the
principled one (the word's own form before a lemma or a stem, the gender a Russian surname form agrees with).
Sentences written for this test."""
import json
import os
import subprocess
import sys

import pytest

PASSAGES = [
    # a woman's surname whose masculine lemma is her husband's name (ru), nominative and oblique
    ("ru", "Тихановская заявила, что Россия поставила Белоруссии новые «Искандеры»."),
    ("ru", "По словам Тихановской, Россия поставила Белоруссии новые «Искандеры»."),
    ("ru", "Тихановский заявил журналистам, что Москва передаст Минску еще два дивизиона С-400."),
    # a designation whose singular reading ('Igla-S' -> 'Igla') is another system
    ("en", "Minsk has asked Moscow on Monday for more Igla-S portable launchers, the ministry said."),
    # an inflected Russian word whose letters spell a designation ('Востоке' / 'Vostok-E', 'Искандере' / 'Iskander-E')
    ("ru", "Кризис на Ближнем Востоке не изменит планов: об «Искандере» Хренин говорил в понедельник."),
    # Russian count and collective words read by their keys
    ("ru", "Россия передала Белоруссии семь вертолетов Ми-35М и сорок бронемашин, сообщил министр обороны Виктор "
           "Хренин. Обе партии прибыли в Мачулищи."),
    # a qualified institution ('the Russian defence ministry') taken up again
    ("en", "Russia's Defence Ministry said the S-400 battalion would arrive in May. The Russian military department "
           "added that crews had been trained."),
]

CHILD = r"""
import json, sys
from bellink.ingest.pipeline import analyze_text
out = []
for lang, text in json.loads(sys.stdin.read()):
    a = analyze_text(text, lang=lang, published="2024-05-10")
    out.append({
        "mentions": [[m.start, m.stop, m.type, m.key] for m in a.mentions],
        "statements": [[s.start, s.stop, s.speaker, s.text, repr(s.date)] for s in a.statements],
        "events": [repr(e) for e in a.events],
    })
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _run(seed: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    got = subprocess.run([sys.executable, "-c", CHILD], input=json.dumps(PASSAGES), capture_output=True, text=True,
                         env=env, check=True, cwd=os.path.dirname(os.path.abspath(__file__)))
    return json.loads(got.stdout)


@pytest.fixture(scope="module")
def runs():
    # seeds 0 and 1 gave Tikhanovskaya and Tikhanovsky for the first passage before the fix
    return {seed: _run(seed) for seed in ("0", "1", "2", "3")}


@pytest.mark.parametrize("i", range(len(PASSAGES)))
def test_every_hash_seed_gives_the_same_rows(runs, i):
    first = runs["0"][i]
    for seed, got in runs.items():
        assert got[i] == first, (seed, PASSAGES[i][1])


@pytest.mark.parametrize("i, speaker", [
    (0, "person:tsikhanouskaya_sviatlana"),  # her own form, not his masculine lemma
    (1, "person:tsikhanouskaya_sviatlana"),  # the feminine oblique form agrees with her, not him
    (2, "person:tsikhanouski_siarhei"),      # and the masculine with him
])
def test_the_surname_form_chooses_the_person(runs, i, speaker):
    assert [s[2] for s in runs["0"][i]["statements"]] == [speaker], PASSAGES[i][1]


def test_the_designations_own_form_wins_over_its_singular(runs):
    keys = [m[3] for m in runs["0"][3]["mentions"] if m[2] == "weapon_system"]
    assert keys == ["weapon_system:igla_s"], keys


def test_an_oblique_case_names_by_its_dictionary_form(runs):
    keys = [m[3] for m in runs["0"][4]["mentions"] if m[2] == "weapon_system"]
    assert keys == ["weapon_system:iskander"], keys  # neither 'Vostok-E' for 'Востоке' nor 'Iskander-E'
