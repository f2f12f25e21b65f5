"""Look-ups of the statements stage that used to walk everything before a position (or every person) for
each question, and now use indexes built once per document (issue 10: one 20 MB document). Each test pins
the answer the walk gave.

A surname the entity stage left unresolved ('Markin said') is the person the article named earlier with
first name and surname. That earlier full name is now found through indexes of the whole text built once per
document instead of a scan of everything before each surname (issue 10: a 20 MB document); these tests pin
what the scan found: the LAST fitting pair before the surname, however far back, and nothing after it.
"""
from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest

from bellink.ingest.entities import NOT_NAMES, _person_entity, matcher, nominative
from bellink.ingest.statements.extractor import _Extractor
from bellink.ingest.statements.morph import _keys, _parse
from bellink.names import has_cyrillic

FILLER_EN = "Officials discussed air defence cooperation at length, the agency said. "
FILLER_RU = "Стороны обсудили сотрудничество в области противовоздушной обороны. "


def _reader(text: str) -> _Extractor:
    x = _Extractor.__new__(_Extractor)  # only the text is read by the name lookup
    x.text = text
    return x


def _scan(x, surname: str, pos: int):
    """The scan of everything before ``pos`` that the indexes replace (kept here as the reference)."""
    text = x.text[:pos]
    found = None
    if has_cyrillic(surname):
        want = _keys(surname)
        for m in re.finditer(r"(?<![\w-])([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])", text):
            if _keys(m.group(2)) & want and any("Name" in p.tag for p in _parse(m.group(1).lower())[:3]):
                found = nominative([m.group(1), m.group(2)], prefer=("Name", "Surn"))
        return found
    for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(surname)}(?![\w-])", text):
        if m.group(1).lower() not in NOT_NAMES and not x._is_title_word(m.group(1)) and not x._country_of(m.group(1)):
            found = [m.group(1), surname]
    return found


def _entity(found, surname):
    if not found:
        return None
    return _person_entity(SimpleNamespace(m=matcher()), found, "ru" if has_cyrillic(surname) else "en")


def _key(ent):
    return ent.key if ent is not None else None


@pytest.mark.parametrize("text, surname, expected", [
    ("Yevgeny Markin, who heads the export office, met officers in Minsk.\n\n" + FILLER_EN * 3000
     + "\n\nMarkin said the radars would ship.", "Markin", "person:markin_evgeni"),
    ("Об этом рассказал Сергей Лапицкий, эксперт по вопросам безопасности.\n\n" + FILLER_RU * 3000
     + "\n\nЛапицкий уверен, что поставки начнутся весной.", "Лапицкий", "person:lapitski_sergei"),
    # a title before the name is no first name ('Эксперт Сергей' takes the pair: no full name for Лапицкий)
    ("Эксперт Сергей Лапицкий уверен в этом.\n\n" + FILLER_RU * 50 + "\n\nЛапицкий добавил, что это так.",
     "Лапицкий", None),
    ("Minister Markin visited Minsk.\n\n" + FILLER_EN * 50 + "\n\nMarkin said so.", "Markin", None),
], ids=["en-far-back", "ru-far-back", "ru-title-takes-the-pair", "en-title-is-no-first-name"])
def test_a_full_name_far_back_still_names_the_surname(text, surname, expected):
    x = _reader(text)
    assert _key(x._full_name_before(surname, text.rindex(surname))) == expected


def test_only_a_full_name_before_the_surname_counts_and_the_latest_wins():
    text = ("Markin is rare. Oleg Markin spoke first. " + FILLER_EN * 200 + "Markin said. "
            + "Ivan Markin came later. " + FILLER_EN * 200 + "Markin added.")
    x = _reader(text)
    first_said = text.index("Markin said")
    assert _key(x._full_name_before("Markin", first_said)) == "person:markin_oleg"
    assert _key(x._full_name_before("Markin", text.rindex("Markin"))) == "person:markin_ivan"
    assert x._full_name_before("Markin", text.index("Oleg")) is None  # asked again earlier: nothing before it


def test_the_indexes_answer_what_the_scan_answered_at_every_position():
    words = ["Ivan", "Markin", "Anna-Maria", "Markin-Petrov", "Minister", "Russia", "said", "Oleg", "the",
             "Иван", "Петров", "Петрова", "Сергей", "Министр", "Иванович", "Петров-Водкин", "сказал", "Мария"]
    seps = [" ", " ", " ", "  ", "\n\n", ", ", ". ", "-", "'s "]
    rng = random.Random(10)
    asked = named = 0
    for _ in range(150):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(5, 60)))
        x = _reader(text)
        for k in range(16):
            surname = rng.choice(["Markin", "Петров", "Петрова", "Водкин", "Markin-Petrov", "Мария"])
            pos = rng.randint(0, len(text))
            if k % 4 == 3 and surname in text:  # right at a surname's end: a pair ending there matches in text[:pos]
                pos = rng.choice([m.end() for m in re.finditer(re.escape(surname), text)])
            want = _scan(x, surname, pos)
            got = x._full_name_before(surname, pos)
            asked += 1
            named += want is not None
            assert _key(got) == _key(_entity(want, surname)), (text, surname, pos)
    assert named > 50  # the texts did name people


SEEDS = __import__("pathlib").Path(__file__).resolve().parent.parent / "seeds"
NEEDS = [["minister"], ["defence", "minister"], ["president"], ["ministr", "oboron"], ["spokesman"], ["leader"],
         ["head"], ["diplomat"], ["chief", "staff"]]


@pytest.mark.parametrize("seed", ["000_c5730690aef84ce7", "004_4fc6d35c2f6ca4a9", "003_30802583c04b4f2c"])
def test_who_holds_an_office_is_what_asking_every_person_answered(seed):
    """The people who hold an office are worked out once per office and person (every office phrase of a long
    document asked it of every person); the answer is what asking every person's roles answers."""
    from bellink.ingest.pipeline import analyze_text

    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    a = analyze_text(text, published="2021-09-13")
    x = _Extractor(a)
    x.run()
    people = x._people()
    extras = [k for k in x.speakers_before(len(text)) if k.startswith("person:") and k not in set(people)]
    assert people  # the article names people
    for need in NEEDS:
        for more in ([], extras, ["person:nobody_in_particular"]):
            asked = [k for k in people + more if any(x._role_matches(need, r) for r in x._person_roles(k)[0])]
            assert x._people_for(need, more) == asked, (need, more)
    assert any(x._people_for(need, []) for need in NEEDS)  # some office was held by someone


@pytest.mark.parametrize("seed", ["000_c5730690aef84ce7", "004_4fc6d35c2f6ca4a9", "003_30802583c04b4f2c"])
def test_office_holders_among_speakers_are_what_judging_every_speaker_answered(seed):
    """The speakers found by office who hold an office are kept per office as speakers come (every office phrase
    of a long digest judged every speaker so far); at any position, asked in any order, with speakers added and
    one leaving the index between (a sentence rolled back in a split's child), the people are those, in the order,
    that judging every speaker before that position gives."""
    from bellink.ingest.pipeline import analyze_text

    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    a = analyze_text(text, published="2021-09-13")
    x = _Extractor(a)
    x.run()
    hits = list(x.hits)
    named = x._people_set()
    rng = random.Random(seed)

    def slow(pos, need):
        return x._people_for(need, x.other_speakers_before(pos, named))

    x.hits, x._hits_seen = [], 0
    x._hits_by_cue_sentence, x._hits_by_start_sentence, x._hits_by_speaker = {}, {}, {}
    x.speakers_left()
    asked = 0
    for n in range(0, len(hits) + 1, max(1, len(hits) // 12)):
        x.hits.extend(hits[len(x.hits):n])
        for _ in range(6):
            pos, need = rng.randint(0, len(text)), rng.choice(NEEDS)
            assert x.office_people(pos, named, need) == slow(pos, need), (n, pos, need)
            asked += 1
    by = x._hits_by_speaker
    for key in list(by)[-3:][::-1] + list(by)[:1]:
        # a speaker leaves the index (split._unindex: a rolled-back sentence's, the latest) and comes back last
        moved = by.pop(key)
        x.speaker_left(key)
        for need in NEEDS:
            assert x.office_people(len(text), named, need) == slow(len(text), need)
        by[key] = moved
        x._speaker_keys().append(key)  # (as _index_hits does for a speaker new to the index)
        for need in NEEDS:
            assert x.office_people(len(text), named, need) == slow(len(text), need)
    assert asked > 50


@pytest.mark.parametrize("read_ahead", [20_000, 3])  # 3: most words are longer than a piece of the reading
@pytest.mark.parametrize("seed", ["004_4fc6d35c2f6ca4a9", "000_c5730690aef84ce7"])
def test_offices_spelled_out_earlier_are_what_reading_everything_before_finds(seed, read_ahead, monkeypatch):
    """'The Russian minister said' after "Russia's defence minister held talks": the offices spelled out before a
    position come from one reading of the article's tokens per document (it was one per head word and country);
    at any position, in any order asked, they are what reading everything before that position finds."""
    from bellink.ingest.pipeline import analyze_text
    from bellink.ingest.statements import office_titles

    monkeypatch.setattr(office_titles, "READ_AHEAD", read_ahead)
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    text = text + "\n\n" + " " * 50 + text  # the same offices again further on
    a = analyze_text(text, published="2021-09-13")
    rng = random.Random(seed)
    x = _Extractor(a)
    some = 0
    for head in ("minister", "ministr", "president", "prezident", "head", "glava", "spokesman"):
        for country in (None, "country:russia", "country:belarus"):
            positions = sorted(rng.randrange(len(text) + 1) for _ in range(12))
            positions += [rng.randrange(len(text) + 1) for _ in range(8)]  # and back again
            positions += [m.start() + 2 for m in re.finditer(r"minist|министр|президент", text)][:6]  # inside a word
            for pos in positions:
                got = x._offices_found(head, country, pos)
                assert got == x._offices_before(head, country, pos), (head, country, pos)
                some += bool(got)
    assert some  # offices were spelled out
