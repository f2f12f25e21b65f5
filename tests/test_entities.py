"""Entity recognition and resolution on sentences written for the tests, in both languages."""
import csv
import json
from pathlib import Path

import pytest

from bellink.ingest.pipeline import analyze_text

DATA = Path(__file__).parent / "data"


def _cases():
    with open(DATA / "entities.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return [pytest.param(*r, id=f"{r[0]}-{r[2]}") for r in rows]


def mention_of(a, surface):
    for m in a.mentions:
        if m.text == surface:
            return m, a.entities[m.key]
    found = [(m.text, m.key) for m in a.mentions]
    raise AssertionError(f"no mention {surface!r}; found {found}")


@pytest.mark.parametrize("lang, sentence, surface, type_, expected", _cases())
def test_entity_table(lang, sentence, surface, type_, expected):
    a = analyze_text(sentence, lang=lang, published="2021-06-29")
    m, ent = mention_of(a, surface)
    assert ent.type == type_
    if expected.startswith("~"):
        assert expected[1:].lower() in ent.name.lower(), ent.name
    else:
        assert ent.name == expected


SAME = [
    ("en", "Alexander Lukashenko spoke first. Later Lukashenko added a remark.", ["Alexander Lukashenko", "Lukashenko"]),
    ("ru", "Александр Лукашенко прибыл в Москву. Лукашенко провёл переговоры. Встреча с Лукашенко длилась час.",
     ["Александр Лукашенко", "Лукашенко"]),
    ("en", "Minsk wants the S-400. The S-400 Triumf is also known as the SA-21.", ["S-400", "S-400 Triumf", "SA-21"]),
    ("ru", "Белоруссия и Россия договорились. Республика Беларусь подписала протокол.", ["Белоруссия", "Республика Беларусь"]),
    ("en", "Colonel Oleg Sushkevich, commander of the brigade, inspected the site. Sushkevich said it was ready.",
     ["Oleg Sushkevich", "Sushkevich"]),
    ("ru", "Заместитель министра Андрей Бойцов прибыл в Минск. Бойцов заявил, что заявка рассмотрена.",
     ["Андрей Бойцов", "Бойцов"]),
    # the full name again after the bare surname: the surname still follows the first full name
    ("en", "Plant director Pavel Lyutko spoke first. Lyutko added a remark. Pavel Lyutko later left.",
     ["Pavel Lyutko", "Lyutko"]),
    ("ru", "Директор завода Павел Лютько выступил первым. Лютько добавил реплику. Позже Павел Лютько ушёл.",
     ["Павел Лютько", "Лютько"]),
]


@pytest.mark.parametrize("lang, text, surfaces", SAME)
def test_forms_resolve_to_one_entity(lang, text, surfaces):
    a = analyze_text(text, lang=lang, published="2021-06-29")
    keys = {mention_of(a, s)[0].key for s in surfaces}
    assert len(keys) == 1, keys


APART = [
    ("en", "The S-300 was replaced by the S-400 in that regiment.", "S-300", "S-400"),
    ("en", "Sergei Ivanov met Igor Ivanov's successor in Moscow.", "Sergei Ivanov", "Igor Ivanov"),
    ("en", "Colonel Anton Petrov and Colonel Boris Petrov both attended.", "Anton Petrov", "Boris Petrov"),
    ("en", "The Tor-M2 and Tor-M1 systems were compared.", "Tor-M2", "Tor-M1"),
    ("ru", "Учения «Запад-2021» отличались от учений «Запад-2017».", "Запад-2021", "Запад-2017"),
]


@pytest.mark.parametrize("lang, text, first, second", APART)
def test_different_things_stay_apart(lang, text, first, second):
    a = analyze_text(text, lang=lang, published="2021-06-29")
    assert mention_of(a, first)[0].key != mention_of(a, second)[0].key


def test_russian_and_english_articles_share_entities():
    en = analyze_text("Andrei Ravkov met Russian officials in Moscow.", lang="en", published="2017-03-01")
    ru = analyze_text("Андрей Равков встретился с российскими коллегами в Москве.", lang="ru", published="2017-03-01")
    assert mention_of(en, "Andrei Ravkov")[0].key == mention_of(ru, "Андрей Равков")[0].key
    assert mention_of(en, "Moscow")[0].key == mention_of(ru, "Москве")[0].key


def test_unknown_russian_person_gets_an_english_form():
    a = analyze_text("Директор завода Геннадий Шпаковский сообщил о новых заказах.", lang="ru", published="2021-06-29")
    _, ent = mention_of(a, "Геннадий Шпаковский")
    assert ent.source == "discovered"
    assert ent.name == "Gennady Shpakovsky"
    assert ent.name_ru == "Геннадий Шпаковский"


def test_title_gives_the_role_in_this_article():
    a = analyze_text("Belarusian Defence Minister Viktor Khrenin visited the base.", lang="en", published="2021-06-29")
    m, ent = mention_of(a, "Viktor Khrenin")
    assert m.role == "Belarusian Defence Minister"
    assert (m.key, "Belarusian Defence Minister") in a.roles


NOT_ENTITIES = [
    ("en", "They will meet in May and the talks may continue.", "May"),
    ("en", "About 200,000 troops and 760 armored vehicles took part.", "200,000"),
    ("en", "The G-20 summit and COVID-19 dominated the agenda.", "G-20"),
    ("en", "The Milex-2021 exhibition opened in Minsk.", "Milex-2021"),
]


@pytest.mark.parametrize("lang, text, surface", NOT_ENTITIES)
def test_not_entities(lang, text, surface):
    a = analyze_text(text, lang=lang, published="2021-06-29")
    assert surface not in {m.text for m in a.mentions}


def test_series_name_that_is_a_common_word_needs_exercise_context():
    a = analyze_text("Запад продолжает давление на Минск, заявил посол.", lang="ru", published="2021-06-29")
    assert not [m for m in a.mentions if m.type == "exercise"]
    a = analyze_text("Учения серии «Запад» проводятся раз в четыре года.", lang="ru", published="2021-06-29")
    assert [m for m in a.mentions if m.type == "exercise"]


def test_matcher_cache_is_only_a_speed_up(tmp_path, monkeypatch):
    from bellink.ingest import entities

    monkeypatch.setenv("BELLINK_CACHE", str(tmp_path / "cache"))
    entities.matcher.cache_clear()
    built = entities.matcher()
    assert list((tmp_path / "cache").glob("matcher-*.json"))
    entities.matcher.cache_clear()
    loaded = entities.matcher()
    assert loaded.trie == built.trie and loaded.persons_by_name == built.persons_by_name
    # a corrupt cache is rebuilt, not trusted
    for f in (tmp_path / "cache").glob("matcher-*.json"):
        f.write_bytes(b"garbage")
    entities.matcher.cache_clear()
    assert entities.matcher().trie == built.trie
    entities.matcher.cache_clear()


@pytest.mark.parametrize("module", ["bellink.names", "bellink.ingest.entities.tokens",
                                    "bellink.ingest.entities.matcher"])
def test_matcher_cache_is_keyed_on_the_code_that_builds_it(tmp_path, monkeypatch, module):
    """A change to fold or the tokenizer (not only to matcher.py) gives another cache file: a
    cache built by older code is never read as this code's."""
    import importlib

    from bellink.ingest import entities

    monkeypatch.setenv("BELLINK_CACHE", str(tmp_path / "cache"))
    entities.matcher.cache_clear()
    entities.matcher()
    before = {f.name for f in (tmp_path / "cache").glob("matcher-*.json")}
    source = Path(importlib.import_module(module).__file__)
    edited = tmp_path / source.name
    edited.write_bytes(source.read_bytes() + b"\n# edited\n")
    real_open = open

    def open_edited(path, *a, **k):  # the module's file as if its source had changed
        return real_open(edited if Path(path) == source else path, *a, **k)

    monkeypatch.setattr("builtins.open", open_edited)
    entities.matcher.cache_clear()
    entities.matcher()
    monkeypatch.undo()
    entities.matcher.cache_clear()
    after = {f.name for f in (tmp_path / "cache").glob("matcher-*.json")}
    assert len(before) == 1 and len(after) == 2 and before < after


class _Planted:
    """What an attacker plants in the cache folder: unpickling it calls os.system."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        import os

        return (os.system, (f"touch {self.marker}",))


def test_a_file_planted_in_the_matcher_cache_cannot_run_code(tmp_path, monkeypatch):
    import pickle

    from bellink.ingest import entities

    cache = tmp_path / "cache"
    monkeypatch.setenv("BELLINK_CACHE", str(cache))
    entities.matcher.cache_clear()
    built = entities.matcher()
    [written] = list(cache.iterdir())
    marker = tmp_path / "ran"
    payload = pickle.dumps(_Planted(marker))
    # under the name the cache is read from, and under the name a pickle cache had
    written.write_bytes(payload)
    written.with_suffix(".pickle").write_bytes(payload)
    entities.matcher.cache_clear()
    again = entities.matcher()
    entities.matcher.cache_clear()
    assert not marker.exists()
    assert again.trie == built.trie
    assert json.loads(written.read_text(encoding="utf-8"))  # rebuilt and rewritten as data


def test_a_matcher_cache_others_may_write_is_not_read(tmp_path, monkeypatch):
    from bellink.ingest import entities

    cache = tmp_path / "cache"
    monkeypatch.setenv("BELLINK_CACHE", str(cache))
    entities.matcher.cache_clear()
    entities.matcher()
    [written] = list(cache.iterdir())
    tampered = json.loads(written.read_text(encoding="utf-8"))
    written.write_text(json.dumps(["d", "trie", ["d"], "lower_trie", ["d"], "persons_by_name", ["d"], "surnames",
                                   ["d"], "titles", ["l"], "ru_titles_by_last", ["d"], "adjectives", ["d"]]))
    written.chmod(0o666)
    entities.matcher.cache_clear()
    assert entities.matcher().trie  # the world-writable file was ignored and the matcher rebuilt
    entities.matcher.cache_clear()
    assert tampered


@pytest.mark.parametrize("text, surface", [
    ("\"The depot is full,\" intelligence director Tomas Vaitkevičius told journalists on Friday.", "Tomas Vaitkevičius"),
    ("The unit's commander, Colonel Jonas Žemaitis, said the exercise was over.", "Jonas Žemaitis"),
    ("Polish Deputy Defence Minister Paweł Łukasik said the border would stay closed.", "Paweł Łukasik"),
])
def test_latin_names_with_diacritics_are_people(text, surface):
    """Lithuanian, Polish and Czech names keep their letters in English copy: they are names like any other."""
    a = analyze_text(text, lang="en", published="2021-06-29")
    m, ent = mention_of(a, surface)
    assert ent.type == "person"
