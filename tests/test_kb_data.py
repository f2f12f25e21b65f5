"""Integrity of the knowledge-base data files (bellink/kb/*.tsv, format in bellink/kb/README.md).

The knowledge base is data, not code: these tests only check that every line is well formed and
that every cross-reference (person keys in roles, countries, system families and makers,
exercise series) points at a line that exists.
"""
import re
from collections import Counter
from pathlib import Path

import pytest

KB = Path(__file__).resolve().parent.parent / "bellink" / "kb"

ENTITY_FILES = ["people", "organizations", "countries", "places", "systems", "exercises", "units"]
KEY = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")

ATTR_KEYS = {
    "people": {"country"},
    "organizations": {"country", "kind"},
    "countries": {"adj", "adj_ru", "people_ru", "party"},
    "places": {"country", "kind"},
    "systems": {"category", "family", "maker", "abroad"},
    "exercises": {"series", "year"},
    "units": {"country"},
}
KINDS = {
    "organizations": {"agency", "ministry", "manufacturer", "media", "monitoring", "alliance", "government", "military", "council"},
    "places": {"city", "region", "base", "range", "site"},
}
CATEGORIES = {"air_defense", "missile", "fighter", "bomber", "helicopter", "transport", "trainer", "radar",
              "armor", "artillery", "mlrs", "uav", "ship", "small_arms", "component"}
MINIMUM_LINES = {"people": 120, "organizations": 80, "systems": 120, "places": 60, "countries": 25}


def _lines(name):
    path = KB / name
    text = path.read_text(encoding="utf-8")
    assert text.endswith("\n"), f"{name}: missing final newline"
    out = []
    for lineno, line in enumerate(text.split("\n")[:-1], 1):
        if not line.strip() or line.startswith("#"):
            continue
        out.append((lineno, line.split("\t")))
    return text, out


def _attrs(cell):
    out = {}
    for part in [p for p in cell.split(";") if p.strip()]:
        assert "=" in part, f"attr without '=': {part!r}"
        k, v = part.split("=", 1)
        assert k.strip() and v.strip(), f"empty attr key or value: {part!r}"
        assert k.strip() not in out, f"attr {k!r} given twice"
        out[k.strip()] = v.strip()
    return out


def _entities(name):
    _, rows = _lines(f"{name}.tsv")
    ents = {}
    for lineno, cols in rows:
        assert len(cols) == 5, f"{name}.tsv:{lineno}: {len(cols)} columns, want 5"
        key, en, ru, aliases, attrs = cols
        ents[key] = {"lineno": lineno, "name": en, "name_ru": ru, "aliases": aliases, "attrs": _attrs(attrs)}
    return ents


@pytest.fixture(scope="module")
def kb():
    return {name: _entities(name) for name in ENTITY_FILES}


@pytest.mark.parametrize("name", ENTITY_FILES)
def test_entity_file_is_well_formed(name):
    text, rows = _lines(f"{name}.tsv")
    assert text.startswith("# key\tname\tname_ru\taliases\tattrs\n"), f"{name}.tsv: header comment"
    keys = Counter()
    for lineno, cols in rows:
        where = f"{name}.tsv:{lineno}"
        assert len(cols) == 5, f"{where}: {len(cols)} columns, want 5"
        key, en, ru, aliases, attrs = cols
        assert KEY.match(key), f"{where}: key {key!r} is not a lowercase ascii slug"
        keys[key] += 1
        assert en.strip() == en and en, f"{where}: name"
        assert ru.strip() == ru and ru, f"{where}: name_ru"
        if name != "organizations":  # foreign outlets and brands keep their Latin names in Russian text
            assert re.search(r"[А-Яа-яЁёІіЎў]", ru), f"{where}: name_ru {ru!r} has no Cyrillic"
        al = aliases.split(";") if aliases else []
        assert all(a and a == a.strip() for a in al), f"{where}: empty or padded alias in {aliases!r}"
        assert len(al) == len(set(al)), f"{where}: repeated alias"
        assert en not in al and ru not in al, f"{where}: alias repeats the name"
        parsed = _attrs(attrs)
        unknown = set(parsed) - ATTR_KEYS[name]
        assert not unknown, f"{where}: unknown attrs {unknown}"
        if name in KINDS:
            assert parsed.get("kind") in KINDS[name], f"{where}: kind {parsed.get('kind')!r}"
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"{name}.tsv: duplicate keys {dupes}"
    assert len(keys) >= MINIMUM_LINES.get(name, 1)


@pytest.mark.parametrize("name", ENTITY_FILES)
def test_no_surface_form_names_two_entities_of_a_file(name, kb):
    owner = {}
    for key, e in kb[name].items():
        forms = {e["name"], e["name_ru"], *[a for a in e["aliases"].split(";") if a]}
        for form in forms:
            norm = re.sub(r"[«»\"“”„]", "", form).casefold().replace("ё", "е")
            other = owner.setdefault(norm, key)
            assert other == key, f"{name}.tsv: {form!r} names both {other} and {key}"


def test_people_surnames_are_not_repeated_as_aliases(kb):
    for key, e in kb["people"].items():
        surnames = {e["name"].split()[-1], e["name_ru"].split()[-1]}
        aliases = [a for a in e["aliases"].split(";") if a]
        assert not surnames & set(aliases), f"people.tsv {key}: bare surname listed as alias"


@pytest.mark.parametrize("name", ["people", "organizations", "places", "units"])
def test_countries_referenced_exist(name, kb):
    for key, e in kb[name].items():
        country = e["attrs"].get("country")
        if name in ("people", "places"):
            assert country, f"{name}.tsv {key}: country attr required"
        if country:
            assert country in kb["countries"], f"{name}.tsv {key}: unknown country {country!r}"


def test_countries_have_adjectives(kb):
    for key, e in kb["countries"].items():
        assert e["attrs"].get("adj"), f"countries.tsv {key}: adj"
        for lemma in e["attrs"].get("adj_ru", "").split(","):
            assert re.fullmatch(r"[а-яё-]+(?:ий|ый|ой)", lemma), f"countries.tsv {key}: adj_ru {lemma!r} is not a lemma"


def test_systems_families_and_makers(kb):
    systems, orgs = kb["systems"], kb["organizations"]
    for key, e in systems.items():
        a = e["attrs"]
        assert a.get("category") in CATEGORIES, f"systems.tsv {key}: category {a.get('category')!r}"
        if "family" in a:
            fam = a["family"]
            assert fam in systems, f"systems.tsv {key}: unknown family {fam!r}"
            assert fam != key and "family" not in systems[fam]["attrs"], f"systems.tsv {key}: family must be a family line"
        if "maker" in a:
            assert a["maker"] in orgs, f"systems.tsv {key}: unknown maker {a['maker']!r}"
            assert orgs[a["maker"]]["attrs"].get("kind") in ("manufacturer", "agency"), f"systems.tsv {key}: maker kind"
    # the families asked about most often stay separate lines (never merged)
    for fam, variants in {"s300": ["s300ps", "s300pmu2", "s300v4"], "tor": ["tor_m2", "tor_m2k"],
                          "pantsir": ["pantsir_s1"], "iskander": ["iskander_m"], "buk": ["buk_mb3k"]}.items():
        for v in variants:
            assert systems[v]["attrs"].get("family") == fam
    assert "family" not in systems["s400"]["attrs"]


def test_exercises_series_and_years(kb):
    ex = kb["exercises"]
    series_lines = {k for k, e in ex.items() if "year" not in e["attrs"]}
    for key, e in ex.items():
        a = e["attrs"]
        if "year" in a:
            assert re.fullmatch(r"(19|20)\d\d", a["year"]), f"exercises.tsv {key}: year {a['year']!r}"
            if "series" in a:
                assert a["series"] in series_lines, f"exercises.tsv {key}: series {a['series']!r} has no series line"
                assert a["year"] in e["name"] or a["year"][2:] in e["name"], f"exercises.tsv {key}: name lacks the year"
        else:
            assert a.get("series") == key, f"exercises.tsv {key}: a series line names itself as series"
    assert {"zapad", "union_shield"} <= series_lines


def test_roles(kb):
    text, rows = _lines("roles.tsv")
    assert text.startswith("# person_key\trole_en\trole_ru\tcountry\tstart\tend\n")
    people, countries = kb["people"], kb["countries"]
    seen = set()
    for lineno, cols in rows:
        where = f"roles.tsv:{lineno}"
        assert len(cols) == 6, f"{where}: {len(cols)} columns, want 6"
        person, role_en, role_ru, country, start, end = cols
        assert person in people, f"{where}: unknown person {person!r}"
        assert role_en and role_ru and re.search(r"[а-я]", role_ru), f"{where}: role names"
        assert not country or country in countries, f"{where}: unknown country {country!r}"
        assert DATE.match(start), f"{where}: start {start!r}"
        assert not end or DATE.match(end), f"{where}: end {end!r}"
        if end:
            assert start[: len(end)] <= end[: len(start)], f"{where}: ends before it starts"
        assert (person, role_en, start) not in seen, f"{where}: duplicate role"
        seen.add((person, role_en, start))


def test_titles():
    text, rows = _lines("titles.tsv")
    assert text.startswith("# role_en\tforms\n")
    roles = Counter()
    for lineno, cols in rows:
        assert len(cols) == 2, f"titles.tsv:{lineno}: {len(cols)} columns, want 2"
        role, forms = cols
        roles[role] += 1
        fs = forms.split(";")
        assert all(f and f == f.strip() and f == f.lower() for f in fs), f"titles.tsv:{lineno}: forms lowercase"
        assert len(fs) == len(set(fs)), f"titles.tsv:{lineno}: repeated form"
        assert any(re.search(r"[а-я]", f) for f in fs), f"titles.tsv:{lineno}: no Russian form"
        assert any(re.search(r"[a-z]", f) for f in fs), f"titles.tsv:{lineno}: no English form"
    assert not [r for r, n in roles.items() if n > 1]


def test_kb_loads():
    from bellink.ingest import kb as kbmod

    kb = kbmod.load(str(KB))
    assert kb.entities["person:lukashenko_alexander"].attrs["country"] == "belarus"
    assert kb.entities["weapon_system:s300ps"].attrs["family"] == "s300"
    assert any(p == "person:ravkov_andrei" and r["role"].startswith("Defence Minister") for p, r in kb.roles)
