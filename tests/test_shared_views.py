"""What the statements and events stages read once and share, or read only where a rule asks, must be what
they would read in full every time: the lazy and indexed views beside the plain computation, on sentences
written for these tests, in English and Russian.
"""
import dataclasses

import pytest

from bellink.ingest import kb as kbmod
from bellink.ingest.events.document import Doc
from bellink.ingest.events.refs import doc_origins, dyad, find_refs
from bellink.ingest.pipeline import analyze_text

TEXTS = [
    ("en", "Belarus received four Russian-made Su-30SM fighters from Russia on Tuesday, the ministry said. "
           "\"Our pilots are ready,\" Defence Minister Viktor Khrenin told reporters. "
           "The Russia-Belarus exercise will follow in September, while the S-400 systems stay in Belarus."),
    ("en", "We have delivered the Tor-M2 batteries on time, the Russian ambassador said in Minsk. "
           "The armed forces of Belarus took the last of them in 2022."),
    ("ru", "Белоруссия получила от России ещё одну батарею ЗРК «Тор-М2», сообщили в Минобороны. "
           "«Наши расчёты готовы», — заявил министр обороны Виктор Хренин. "
           "Российско-белорусские учения пройдут в сентябре."),
    ("ru", "Мы передали белорусским партнёрам четыре Су-30СМ российского производства, сказал посол России."),
]


def _plain(refs):
    return [dataclasses.astuple(r) for r in refs]


@pytest.mark.parametrize("lang,text", TEXTS)
def test_country_references_read_on_demand_are_the_full_reading(lang, text):
    a = analyze_text(text, lang=lang, published="2024-06-01", doc_id="shared")
    lazy = Doc(a)
    eager = Doc(a)
    full = [find_refs(eager, s) for s in eager.sents]
    assert any(full), "the passage names countries"
    # asked in reverse order, after the document's dyad and origins: the same references
    assert lazy.dyad == dyad(eager)
    assert lazy.origins == doc_origins(eager)
    for s, want in reversed(list(zip(lazy.sents, full))):
        assert _plain(s.refs) == _plain(want)
        assert [r.country for r in s.named_refs] == [r.country for r in want]


@pytest.mark.parametrize("lang,text", TEXTS)
def test_frames_read_on_demand_are_the_full_reading(lang, text):
    a = analyze_text(text, lang=lang, published="2024-06-01", doc_id="shared")
    d = Doc(a)
    frames = [d._frames(s) for s in d.sents]
    assert any(frames), "the passage is attributed"
    assert [s.frames for s in d.sents] == frames


PHRASES = ["the Russian defence minister", "Belarus's defence chief", "the head of state", "the President of Russia",
           "Director of the Federal Service for Military-Technical Cooperation", "глава государства",
           "глава белорусского военного ведомства", "министр обороны России", "the ministry's spokesman", "a source"]


def test_office_titles_remembered_are_the_titles_read():
    from bellink.ingest.statements.extractor import _Extractor

    a = analyze_text("The minister said nothing.", lang="en", published="2024-06-01", doc_id="titles")
    x = _Extractor(a)
    base = kbmod.load()
    roles = [r for _, role in base.roles for r in (role.get("role"), role.get("role_ru")) if r]
    found = 0
    for phrase in PHRASES + roles:
        want = x._office_title(phrase, base)
        assert x.office_title(phrase) == want, phrase
        assert x.office_title(phrase) == want, phrase  # the second time, from memory
        found += want is not None
    assert found >= 5


def test_roles_by_person_and_country_keep_every_role_in_order():
    from bellink.ingest.statements.offices import _kb_roles

    base = kbmod.load()
    by_person, by_country = _kb_roles(base)
    for key in {k for k, _ in base.roles}:
        assert by_person[key] == [role for k, role in base.roles if k == key]
    assert sum(len(v) for v in by_country.values()) == len(base.roles)
    for country, rows in by_country.items():
        assert rows == [(k, role) for k, role in base.roles
                        if ((role.get("country") or "") if ":" in (role.get("country") or "")
                            else f"country:{role.get('country') or ''}") == country]
