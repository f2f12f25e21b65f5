"""annotate: one document's sentences -> mentions and entities, from the knowledge base first, then
weapon designations and exercises named with a year, then people and the Russian NER."""
from __future__ import annotations


import re
from dataclasses import dataclass
from typing import Optional

from bellink.ingest.model import Entity, Mention
from bellink.names import fold, has_cyrillic, transliterate, value_of_keys
from bellink.ingest.entities.matcher import MAY_OPEN_BOUND, _kb_matches, matcher
from bellink.ingest.entities.ner import russian_ner, russian_ner_batched
from bellink.ingest.entities.people import (
    _apply_ner, _english_orgs, _monitor_groups, _needs_ner, _surname_coref, _titled_people,
)
from bellink.ingest.entities.tokens import (
    DESIGNATION, EXERCISE_CONTEXT, EXERCISE_NAME, LEADING_WORDS, LETTER_DESIGNATION, NON_EXERCISE_CONTEXT, NOT_DESIGNATIONS,
    TOKEN, WEAPON_BEFORE,
    WEAPON_CONTEXT, name_gender, surname_gender, token_keys, tokenize,
)


# --- annotate ----------------------------------------------------------------------------

INITIALISM_END = re.compile(r"(?:^|\.)[A-ZА-ЯЁ]$")  # "U.S" of "U.S.": the closing full stop belongs to it


_CLOSING = (("«", "»"), ("“", "”"), ("„", "“"))
_CLOSERS = frozenset(close for _, close in _CLOSING) | {'"'}


class _Builder:
    def __init__(self, a):
        self.a = a
        self.m = matcher()
        self.text = a.document.text
        self.taken: list[tuple[int, int]] = []
        self.occupied = bytearray(len(self.text) + 1)  # 1 where a mention already stands
        self.reserved = bytearray()  # 1 over one-word names the knowledge base may still claim
        self.mentions: list[Mention] = []
        self.starting_at: dict[int, Mention] = {}

    def free(self, start: int, stop: int) -> bool:
        return self.occupied.find(1, start, stop) < 0  # (no 1 in the range: found without a copy)

    def reserve(self, spans) -> None:
        self.reserved = bytearray(len(self.text) + 1)
        for start, stop in spans:
            self.reserved[start:stop] = b"\x01" * (stop - start)

    def is_reserved(self, start: int, stop: int) -> bool:
        return self.reserved.find(1, start, stop) >= 0

    def drop(self, men: Mention) -> None:
        """Take a mention back (a country word that turned out to be part of an organization's name)."""
        self.mentions.remove(men)
        self.starting_at.pop(men.start, None)
        self.taken.remove((men.start, men.stop))
        self.occupied[men.start:men.stop] = b"\x00" * (men.stop - men.start)

    def overlapping(self, start: int, stop: int) -> list:
        """The mentions that overlap [start, stop). Mentions never overlap one another, so only those starting in the
        occupied run that holds ``start``, or inside the span, can (``_monitor_groups`` scanned every mention for each
        name it found: the square of the document's size)."""
        occupied = self.occupied
        if occupied.find(1, start, stop) < 0:
            return []
        lo = occupied.rfind(0, 0, start) + 1 if occupied[start] else start
        found = (self.starting_at.get(p) for p in range(lo, stop))
        return [mm for mm in found if mm is not None and mm.start < stop and mm.stop > start]

    def person_at(self, pos: int) -> Optional[Mention]:
        """The person mention covering ``pos``: mentions never overlap, so look back only over the
        occupied run that holds ``pos`` (a scan of every mention was quadratic in document size)."""
        if not self.occupied[pos]:
            return None
        run_start = self.occupied.rfind(b"\x00", 0, pos) + 1
        for p in range(pos, run_start - 1, -1):
            mm = self.starting_at.get(p)
            if mm is not None:
                return mm if mm.stop > pos and mm.type == "person" else None
        return None

    def add(self, start, stop, type_, key, method, confidence=1.0, role=None, entity: Optional[Entity] = None):
        # a name that opened a quotation inside the mention keeps its closing mark: С-400 «Триумф»
        inner = self.text[start:stop]
        after = self.text[stop:stop + 1]
        if after in _CLOSERS:  # (only a closing mark right after the mention can join it)
            for open_, close in _CLOSING:
                if close == after and inner.count(open_) > inner.count(close):
                    stop += 1
                    break
            else:
                if after == '"' and inner.count('"') % 2 == 1:
                    stop += 1
        if "." in inner and self.text[stop:stop + 1] == "." and INITIALISM_END.search(inner):
            stop += 1  # the closing full stop of an initialism: "U.S."
        if not self.free(start, stop):
            return None
        if entity is not None and key not in self.a.entities:
            self.a.entities[key] = entity
        elif key in self.m.kb.entities:
            self.a.entities.setdefault(key, self.m.kb.entities[key])
        sent = self.a.sentence_at(start).index
        men = Mention(start, stop, self.text[start:stop], type_, key, sent, method, confidence, role)
        self.mentions.append(men)
        self.starting_at[start] = men
        self.taken.append((start, stop))
        self.occupied[start:stop] = b"\x01" * (stop - start)
        if role and type_ == "person":
            self.a.roles.append((key, role))
        return men


def _entity_type(key: str) -> str:
    return key.split(":", 1)[0]


def annotate(a) -> None:
    """Fill ``a.mentions``, ``a.entities`` and ``a.roles`` for one analyzed document."""
    state = annotate_begin(a)
    annotate_end(state, russian_ner(ner_sentences(state)))


@dataclass
class _Begun:
    """An annotation stopped where it needs the NER's spans (so documents can share one NER run)."""
    b: "_Builder"
    tokens: list
    deferred: list
    lang: str


def ner_sentences(state: _Begun) -> list:
    """The sentences of a begun annotation that the Russian NER must read (none outside Russian)."""
    if state.lang != "ru":
        return []
    return [s for s in state.b.a.sentences if _needs_ner(state.b, s)]


def ner_many(states: dict) -> dict:
    """{key: begun annotation} -> {key: NER spans, or the exception that stopped them}."""
    groups = {key: ner_sentences(st) for key, st in states.items()}
    groups = {key: sents for key, sents in groups.items() if sents}
    if not groups:
        return {}
    try:
        return russian_ner_batched(groups)
    except Exception:
        out: dict = {}
        for key, sents in groups.items():  # find the document that fails; the others go on
            try:
                out[key] = russian_ner(sents)
            except Exception as exc:
                out[key] = exc
        return out


def annotate_begin(a) -> _Begun:
    """Everything ``annotate`` does before the Russian NER."""
    b = _Builder(a)
    m = b.m
    text = a.document.text
    tokens = tokenize(text)
    lang = a.document.lang or "en"

    # exercises named with a year first: "Щит Союза - 2019" is the 2019 exercise, not the series
    _exercises(b)

    # 1. knowledge base; one-word person names wait until full names are known
    deferred = []
    for i, j, cands in _kb_matches(tokens, m, text):
        start, stop = tokens[i].start, tokens[j].stop
        explicit = {k for k, so in cands if not so}
        if i == j and any(k.startswith("person:") for k, _ in cands):
            deferred.append((start, stop, {k for k, _ in cands}, explicit))
        elif len(explicit) == 1:
            key = next(iter(explicit))
            ent = m.kb.entities.get(key)
            if ent and ent.type == "exercise" and not ent.attrs.get("year") and \
                    not EXERCISE_CONTEXT.search(text[max(0, start - 60):stop + 40]):
                continue  # "Запад" the series, or "Запад" the West: only an exercise next to a word saying so
            b.add(start, stop, _entity_type(key), key, "kb")
        elif explicit:
            deferred.append((start, stop, explicit, explicit))

    # country adjectives ("Belarusian", "российской") mention the country too
    adjective_of = m.adjective_of
    for t in tokens:
        key = adjective_of.get(t.text, _UNSEEN)
        if key is _UNSEEN:
            key = _adjective_key(m, t)
        if key and b.free(t.start, t.stop):
            b.add(t.start, t.stop, "country", key, "kb", 0.8)

    # 2. patterns
    _monitor_groups(b, lang)
    _designations(b, lang)
    b.reserve((start, stop) for start, stop, _, _ in deferred)
    _titled_people(b, tokens, lang)
    b.reserve(())
    return _Begun(b, tokens, deferred, lang)


_UNSEEN = object()


def _adjective_key(m, t) -> Optional[str]:
    """The country a token names as an adjective ("Belarusian", "российской"), or None; it
    depends on the word alone (its keys and capital are the word's), so it is remembered per
    word on the matcher, as ``may_open`` is."""
    key = None
    if t.cap or has_cyrillic(t.text):
        key = value_of_keys(t.keys, m.adjectives, t.text)
    if len(m.adjective_of) >= MAY_OPEN_BOUND:
        m.adjective_of.clear()
    m.adjective_of[t.text] = key
    return key


def annotate_end(state: _Begun, ner_spans: list) -> None:
    """Everything ``annotate`` does from the Russian NER on, given its spans."""
    b, tokens, deferred, lang = state.b, state.tokens, state.deferred, state.lang
    a = b.a
    if lang == "ru":
        _apply_ner(b, ner_spans)
    _english_orgs(b)

    # 3. in-article resolution of bare surnames and ambiguous aliases
    named: dict[str, int] = {}  # person key -> rank of its first mention in the text
    for mm in sorted(b.mentions, key=lambda x: x.start):
        if mm.type == "person":
            named.setdefault(mm.key, len(named))
    for start, stop, cands, explicit in deferred:
        if len(cands) > 1:
            # two people the form can name ('Тихановской': Tikhanovskaya, or Tikhanovsky by the masculine lemma):
            # a Russian surname agrees with its bearer's gender, so the form rules out the other
            cands, explicit = _of_the_gender(a.document.text[start:stop], cands, explicit)
        earlier = min((k for k in cands if k in named), key=named.__getitem__, default=None)
        if earlier:
            # the person this article already named ("Viktor Lukashenko ... Lukashenko")
            b.add(start, stop, _entity_type(earlier), earlier, "coref", 0.95)
        elif len(explicit) == 1:
            # a form the knowledge base lists for one entity ("Lukashenka")
            key = next(iter(explicit))
            b.add(start, stop, _entity_type(key), key, "kb", 0.95)
        elif len(cands) == 1:
            key = next(iter(cands))
            b.add(start, stop, _entity_type(key), key, "kb", 0.85)
        # several people share this surname and none is named here: leave it unresolved
    _surname_coref(b, tokens)

    b.mentions.sort(key=lambda x: x.start)
    a.mentions = b.mentions


def _of_the_gender(word: str, cands: set, explicit: set) -> tuple[set, set]:
    """The candidates whose gender a one-word Russian surname form agrees with; all of them when the form does not
    say (or no person candidate's gender is known, or none would be left)."""
    g = surname_gender(word) if len(TOKEN.findall(word)) == 1 else None
    if g is None:
        return cands, explicit
    kb = matcher().kb
    def fits(k):
        ent = kb.entities.get(k)
        return not (k.startswith("person:") and ent is not None and name_gender(ent.name_ru) not in (None, g))
    kept = {k for k in cands if fits(k)}
    if not kept:
        return cands, explicit
    return kept, {k for k in explicit if k in kept}


def _makers(b: _Builder) -> dict:
    """Folded short name or alias of each manufacturer in the knowledge base -> its key (without the type)."""
    got = getattr(b.m, "_maker_names", None)
    if got is None:
        got = {}
        for e in b.m.entities_by_type.get("organization", []):
            if e.attrs.get("kind") == "manufacturer":
                for n in (e.name, e.name_ru or "", *e.aliases):
                    if n and " " not in n.strip():
                        got.setdefault(fold(n), e.key.split(":", 1)[1])
        b.m._maker_names = got
    return got


def _designations(b: _Builder, lang: str) -> None:
    kb_systems, families, names_3 = b.m.systems, b.m.family_names_by_initial, b.m.family_names_3
    seen: set = set()  # the designations discovered so far in the article
    for mt in sorted([*DESIGNATION.finditer(b.text), *LETTER_DESIGNATION.finditer(b.text)], key=lambda x: x.start()):
        d = mt.group("d")
        prefix = d.split("-")[0]
        if fold(prefix) in NOT_DESIGNATIONS or re.fullmatch(r".*-(19|20)\d\d", d):
            continue
        # (a family of three letters or more that is the prefix itself)
        if mt.re is LETTER_DESIGNATION and not (fold(prefix) in names_3 and fold(d).startswith(fold(prefix))) \
                and not WEAPON_BEFORE.search(b.text, max(0, mt.start() - 40), mt.start()) and fold(d) not in seen:
            continue  # no digit: a weapon only by its family's name or the weapon noun right before it
        start, stop = mt.span("d")
        if not b.free(start, stop):
            continue
        key_fold = fold(d)
        if key_fold.endswith("s") and key_fold[:-1] in kb_systems:
            key_fold = key_fold[:-1]
        if key_fold in kb_systems:
            key = kb_systems[key_fold]
            b.add(start, stop, "weapon_system", key, "kb")
            continue
        sentence = b.a.sentence_at(start).text
        family = next((k for f, k in families.get(key_fold[:1], ())
                       if key_fold.startswith(f) and fold(prefix) == f[: len(fold(prefix))]), None)
        name = transliterate(d) if has_cyrillic(d) else d
        if name.endswith("s") and not has_cyrillic(d) and re.search(r"\ds$", name):
            name = name[:-1]
        if family is None and not WEAPON_CONTEXT.search(sentence) and fold(name) not in seen:
            continue  # (a designation the article named as a weapon before needs no weapon word again: "11 of the BMP-1s")
        seen.add(fold(name))
        attrs = {"family": family.split(":", 1)[1]} if family else {}
        if not family:
            # "MAZ-6317", "KamAZ-5350", "МЗКТ-65158": a designator that opens with a manufacturer's name is its make
            maker = _makers(b).get(fold(prefix))
            if maker:
                attrs["maker"] = maker
        if family:
            fam = b.m.kb.entities.get(family)
            if fam and fam.attrs.get("category"):
                attrs["category"] = fam.attrs["category"]
        ent = Entity(key=f"weapon_system:{fold(name)}", name=name, type="weapon_system",
                     name_ru=d if has_cyrillic(d) else None, aliases={d}, attrs=attrs, source="discovered")
        b.add(start, stop, "weapon_system", ent.key, "pattern", 0.9 if family else 0.75, entity=ent)


# what every EXERCISE_NAME match holds ("Запад-2021", "Zapad - 2017"): a dash and a year after it; this search skips
# to the dashes (a leading character class), the name's tries every capital letter of the article (~0.2 ms)
DASH_YEAR = re.compile(r"[-–—]\s?(?:19|20)\d\d")


def _exercises(b: _Builder) -> None:
    if not DASH_YEAR.search(b.text):
        return
    series = b.m.exercise_series
    for mt in EXERCISE_NAME.finditer(b.text):
        start, stop = mt.span()
        name, year = mt.group("name"), mt.group("year")
        nstart = mt.start("name")
        if not b.free(nstart, mt.end("year")):
            continue
        before = b.text[max(0, start - 60):start]
        after = b.text[stop:stop + 30]
        series_ent = None
        name_words = list(TOKEN.finditer(name))
        # a known series by any lemma of its words ("Щит Союза", "Zapad"), dropping
        # words in front of it ("The Zapad-2021", "учений Запад-2021")
        for k in range(len(name_words)):
            words = [sorted(token_keys(w.group())) for w in name_words[k:]]
            for combo in _combos(words):
                series_ent = series.get(" ".join(sorted(combo)))
                if series_ent:
                    break
            if series_ent:
                nstart = mt.start("name") + name_words[k].start()
                break
        if not series_ent:
            while name_words and name_words[0].group().lower() in LEADING_WORDS and len(name_words) > 1:
                name_words = name_words[1:]
            nstart = mt.start("name") + name_words[0].start()
            name = name[name_words[0].start():]
        has_context = EXERCISE_CONTEXT.search(before[-40:] + " " + after)
        if NON_EXERCISE_CONTEXT.search(before[-30:]):
            continue
        if not series_ent and not has_context:
            continue
        if series_ent:
            key = f"{series_ent.key}_{year}"
            en_name = f"{series_ent.name}-{year}"
            ru_name = f"{series_ent.name_ru}-{year}" if series_ent.name_ru else None
            ent = b.m.kb.entities.get(key) or next(
                (e for e in b.m.entities_by_type.get("exercise", [])
                 if e.attrs.get("year") == year and e.attrs.get("series") == series_ent.key.split(":", 1)[1]), None)
            if ent is None:
                ent = Entity(key=key, name=en_name, type="exercise", name_ru=ru_name, aliases={mt.group().strip("«»\"“”„")},
                             attrs={"series": series_ent.key.split(":", 1)[1], "year": year}, source="discovered")
            b.add(nstart, mt.end("year"), "exercise", ent.key, "pattern", 0.95, entity=ent)
        else:
            surface = f"{name}-{year}"
            en_name = transliterate(surface) if has_cyrillic(surface) else surface
            ent = Entity(key=f"exercise:{fold(en_name)}", name=en_name, type="exercise",
                         name_ru=surface if has_cyrillic(surface) else None, aliases={surface},
                         attrs={"year": year}, source="discovered")
            b.add(nstart, mt.end("year"), "exercise", ent.key, "pattern", 0.8, entity=ent)


def _combos(words: list[list[str]]):
    if not words:
        yield []
        return
    for first in words[0][:6]:
        for rest in _combos(words[1:]):
            yield [first, *rest]
