"""Find entity mentions and resolve each to one canonical entity.

Four sources, in order of trust:

1. The knowledge base (bellink/kb/*.tsv), matched on token keys: every token is
   folded across scripts (names.fold) and Russian words are lemmatized first
   (pymorphy3), so "Белоруссии", "Belarus" and "Республика Беларусь" reach one
   country and "Александром Лукашенко" reaches Lukashenko.
2. Patterns that generalize to entities nobody listed: weapon designations in
   both scripts ("Su-35", "Ту-22М3", "Buk-MB3K"), exercises named with a year
   ("Zapad-2021", «Щит Союза - 2019»), people introduced by a title or rank
   ("Belarusian Defense Minister Gen. Lt. Andrey Ravkov", "Colonel X").
3. Russian NER (slovnet through the natasha stack, models shipped in the wheel),
   with names brought to the nominative ("Александром Вольфовичем" ->
   "Александр Вольфович") and transliterated for English queries.
4. In-article resolution: a bare surname is the person already named in the
   same article; people who share a surname stay apart.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from bellink.ingest import kb as kbmod
from bellink.ingest.model import Entity, Mention
from bellink.names import fold, has_cyrillic, transliterate

TOKEN = re.compile(r"[^\W_]+(?:[-‑][^\W_]+)*")
UPPER_FIRST = re.compile(r"^[A-ZА-ЯЁ]")
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$|^[A-Z][a-z]*'[A-Z][a-z]+$")
CYR_NAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")

# Military ranks and honorifics that may stand between a title and a name.
RANKS_EN = (
    r"(?:(?:Gen|Lt|Col|Maj|Capt|Brig|Adm|Sgt|Cmdr|Rear Adm|Vice Adm)\.?|General|Lieutenant|Colonel|Major|Captain|"
    r"Admiral|Brigadier|Commander|Marshal|Sergeant|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?)"
)
RANK_SEQ = re.compile(rf"^(?:{RANKS_EN}[ ,-]*)+$")
RANK_WORDS_EN = {
    "gen", "lt", "col", "maj", "capt", "brig", "adm", "sgt", "cmdr", "general", "lieutenant", "colonel", "major",
    "captain", "admiral", "brigadier", "commander", "marshal", "sergeant", "mr", "ms", "mrs", "dr", "prof", "rear",
    "vice", "junior", "senior", "guards",
}
RANK_WORDS_RU = {
    "генерал", "генерал-лейтенант", "генерал-майор", "генерал-полковник", "полковник", "подполковник", "майор",
    "капитан", "адмирал", "вице-адмирал", "контр-адмирал", "маршал", "лейтенант", "сержант", "г-н", "господин",
}
# Capitalized words that open sentences or titles but are never a person's name.
NOT_NAMES = {
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "with", "and", "but",
    "or", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our", "its", "mr", "ms", "mrs",
    "president", "minister", "general", "defense", "defence", "foreign", "deputy", "first", "secretary", "chief",
    "head", "commander", "spokesman", "spokesperson", "spokeswoman", "director", "prime", "state", "security",
    "according", "however", "meanwhile", "although", "since", "during", "after", "before", "while", "when", "also",
    "news", "read", "more", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "russian", "belarusian", "western", "eastern", "northern", "southern", "union", "air", "force",
    "army", "navy", "ministry", "kremlin", "nato", "eu", "un", "us", "opposition", "leader", "ambassador", "official",
    "officials", "colonel", "major", "lieutenant", "captain", "admiral", "marshal", "sergeant", "gen", "lt", "col",
}
REPORTING_EN = (
    "said", "says", "told", "stated", "stressed", "noted", "added", "explained", "announced", "confirmed",
    "reported", "warned", "claimed", "insisted", "emphasized", "emphasised", "pointed", "indicated", "specified",
    "considered", "argued", "declared", "remarked", "recalled", "reminded", "underlined", "believes", "thinks",
)
WEAPON_CONTEXT = re.compile(
    r"system|missile|rocket|aircraft|plane|jet|fighter|bomber|helicopter|tank|vehicle|howitzer|launcher|radar|"
    r"drone|uav|air[- ]defen[cs]e|weapon|armou?r|chassis|complex|interceptor|warship|frigate|submarine|"
    r"комплекс|зрк|пво|истребител|самол[её]т|вертол[её]т|танк|ракет|рлс|радиолокац|систем|бпла|беспилотн|дрон|"
    r"бомбардировщик|техник|вооружен|установк|гаубиц|шасси|бронетранспорт|бмп|бтр",
    re.IGNORECASE,
)
DESIGNATION = re.compile(
    r"(?<![\w-])(?P<d>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,9}-(?:\d{1,3}(?![\d])[A-Za-zА-Яа-яЁё0-9]*|[A-ZА-ЯЁ]{1,3}\d[A-Za-zА-Яа-яЁё0-9]*)"
    r"(?:-[A-ZА-ЯЁ0-9][A-Za-zА-Яа-яЁё0-9]*)*)(?![\w-])"
)
NOT_DESIGNATIONS = {"covid", "g", "mh", "sars", "ms", "sm", "mk", "no", "ch"}
EXERCISE_NAME = re.compile(
    r"[«\"“„]?(?P<name>[A-ZА-ЯЁ][\w]+(?:\s+[\w]+){0,2}?)\s?[-–—]\s?(?P<year>(?:19|20)\d{2})(?!\d)[»\"”“]?"
)
EXERCISE_CONTEXT = re.compile(
    r"exercise|drill|war games|wargames|maneuvers|manoeuvres|учени|маневр|манёвр|тренировк", re.IGNORECASE
)
LEADING_WORDS = {"the", "a", "an", "this", "joint", "russian", "belarusian", "strategic", "exercise", "exercises",
                 "drills", "учения", "учений", "учениях", "маневры", "стратегическое", "совместные"}
NON_EXERCISE_CONTEXT = re.compile(r"exhibition|expo|show|forum|salon|выставк|форум|салон", re.IGNORECASE)


@dataclass
class Token:
    start: int
    stop: int
    text: str
    keys: frozenset
    cap: bool
    upper: bool


# --- Russian morphology ---------------------------------------------------------

@lru_cache(maxsize=1)
def morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parse(word: str):
    """pymorphy3 parses of a lowercased word, cached: the same words recur across a corpus."""
    return morph().parse(word)


RU_STRIP = ("ого", "ему", "ому", "ыми", "ими", "ым", "им", "ой", "ом", "ем", "ою", "ей", "ую", "а", "у", "е", "ы", "и", "я", "ю")


@lru_cache(maxsize=200_000)
def _ru_keys(word: str) -> frozenset:
    """Lookup keys for a Cyrillic word: every lemma pymorphy offers, plus stems for unknown surnames."""
    keys = {fold(word)}
    low = word.lower()
    if re.search(r"\d", word):
        return frozenset(keys)
    for p in parse(low)[:4]:
        keys.add(fold(p.normal_form))
    if word[:1].isupper():
        for end in RU_STRIP:
            if low.endswith(end) and len(low) - len(end) >= 3:
                stem = low[: -len(end)]
                for tail in ("", "а", "ь", "й", "я"):
                    keys.add(fold(stem + tail))
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=200_000)
def _en_keys(word: str) -> frozenset:
    key = fold(word)
    return frozenset({key}) if key else frozenset()


def token_keys(word: str) -> frozenset:
    return _ru_keys(word) if has_cyrillic(word) else _en_keys(word)


def tokenize(text: str) -> list[Token]:
    out = []
    for m in TOKEN.finditer(text):
        w = m.group()
        out.append(Token(m.start(), m.end(), w, token_keys(w), bool(UPPER_FIRST.match(w)) or any(c.isdigit() for c in w),
                         w.isupper() and len(w) > 1))
    return out


def nominative(words: list[str], prefer: tuple = ()) -> list[str]:
    """Bring a Russian name to the nominative case, keeping gender and capitals."""
    out = []
    for w in words:
        if not CYR_NAME.match(w.split("-")[0]) and not w[:1].isupper():
            out.append(w)
            continue
        parses = parse(w.lower())
        best = None
        for p in parses:
            if prefer and any(t in p.tag for t in prefer):
                best = p
                break
        best = best or parses[0]
        inflected = best.inflect({"nomn"}) if "nomn" not in best.tag else None
        word = (inflected.word if inflected else best.word) if "Fixd" not in best.tag else w.lower()
        if "nomn" in best.tag:
            word = w.lower()
        out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return out


# --- the knowledge-base matcher ------------------------------------------------------

LEAF = "\0"


@dataclass
class Matcher:
    trie: dict
    lower_trie: dict  # aliases written in lowercase: the only matches that may open on a lowercase word
    kb: kbmod.KnowledgeBase
    persons_by_name: dict  # (surname key, first-name canonical) -> person key
    surnames: dict  # surname key -> set of person keys
    titles: list  # (role, form, word keys) for English and Russian title forms
    ru_titles_by_last: dict  # Russian titles' word keys, indexed by the key of their last word
    adjectives: dict  # folded adjective (lemma) -> country key


def _alias_tokens(alias: str) -> list[tuple[frozenset, bool]]:
    """(keys, must_be_upper) per token of a knowledge-base alias.

    A Russian alias is written in the nominative; its words are keyed as written
    and, when the analyzer agrees the word is a nominative singular, by their
    lemma too, so "Нижегородская область" meets "Нижегородской области". Other
    parses are not trusted: "Борисов" must not become a form of the name "Борис".
    """
    out = []
    for m in TOKEN.finditer(alias):
        w = m.group()
        keys = {fold(w)}
        if has_cyrillic(w) and not re.search(r"\d", w):
            for p in parse(w.lower())[:2]:
                if "nomn" in p.tag and ("sing" in p.tag or "Pltm" in p.tag) and "Poss" not in p.tag:
                    keys.add(fold(p.normal_form))
        keys.discard("")
        if keys:
            out.append((frozenset(keys), w.isupper() and 1 < len(w) <= 5 and not re.search(r"\d", w)))
    return out


def _add(trie: dict, tokens: list[tuple[frozenset, bool]], entity_key: str, surname_only: bool) -> None:
    nodes = [trie]
    for keys, _ in tokens:
        nodes = [node.setdefault(k, {}) for node in nodes for k in keys]
    for node in nodes:
        node.setdefault(LEAF, set()).add((entity_key, tuple(u for _, u in tokens), surname_only))


def _first_canonical(kb: kbmod.KnowledgeBase, first: str) -> str:
    f = fold(first)
    return fold(kb.first_names.get(f, first)) if f else ""


def _cache_path(digest: str):
    import os
    from pathlib import Path

    base = os.environ.get("BELLINK_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "bellink")
    return Path(base) / f"matcher-{digest[:24]}.json"


# The cache holds plain data in JSON, never a pickle: a file planted in the cache folder could run code
# when unpickled. Containers are tagged lists (JSON has no sets, tuples or non-string keys); reading
# builds only dicts, lists, tuples, sets, frozensets, strings, numbers, booleans and None.
_TAGS = {dict: "d", list: "l", tuple: "t", set: "s", frozenset: "f"}
_MATCHER_FIELDS = ("trie", "lower_trie", "persons_by_name", "surnames", "titles", "ru_titles_by_last", "adjectives")


def _to_plain(x):
    if x is None or isinstance(x, (str, bool, int, float)):
        return x
    tag = _TAGS[type(x)]
    if tag == "d":
        return [tag, *(v for k, item in x.items() for v in (_to_plain(k), _to_plain(item)))]
    items = sorted(x, key=repr) if tag in "sf" else x
    return [tag, *(_to_plain(v) for v in items)]


def _from_plain(x):
    if x is None or isinstance(x, (str, bool, int, float)):
        return x
    if not isinstance(x, list) or not x or x[0] not in ("d", "l", "t", "s", "f"):
        raise ValueError("not a matcher cache")
    tag, items = x[0], [_from_plain(v) for v in x[1:]]
    if tag == "d":
        if len(items) % 2:
            raise ValueError("not a matcher cache")
        return dict(zip(items[::2], items[1::2]))
    return {"l": list, "t": tuple, "s": set, "f": frozenset}[tag](items)


def _read_cache(path) -> Optional[dict]:
    """The cached matcher's fields, or None: missing, not ours to trust, or not what we wrote."""
    import json
    import os
    import stat

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        # a regular file of ours that nobody else may write (as ssh treats its keys)
        if not stat.S_ISREG(st.st_mode) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or \
                (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            return None
        try:
            fields = _from_plain(json.loads(fh.read()))
        except (ValueError, TypeError, RecursionError, UnicodeDecodeError):
            return None
    if not isinstance(fields, dict) or set(fields) != set(_MATCHER_FIELDS):
        return None
    if not all(isinstance(fields[f], dict) for f in _MATCHER_FIELDS if f != "titles") or \
            not isinstance(fields["titles"], list):
        return None
    return fields


def _write_cache(path, m: Matcher) -> None:
    import json
    import os
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        data = json.dumps(_to_plain({f: getattr(m, f) for f in _MATCHER_FIELDS}), ensure_ascii=False)
        # a fresh file of a random name (O_EXCL), moved into place: never written through a planted link
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except (OSError, TypeError, KeyError):
        pass


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The knowledge-base matcher, cached on disk by the KB's and this module's content.

    Building it lemmatizes every alias (a third of a cold seed ingest); the cache is
    only a speed-up: unreadable or unwritable, it is rebuilt and ingest goes on.
    """
    import hashlib

    kb = kbmod.load()
    # keyed by the knowledge base and by this module's own source, so a changed rule never meets a stale cache
    with open(__file__, "rb") as fh:
        digest = hashlib.sha256(kb.digest.encode() + fh.read()).hexdigest()
    path = _cache_path(digest)
    fields = _read_cache(path)
    if fields is not None:
        return Matcher(kb=kb, **fields)
    m = _build_matcher(kb)
    _write_cache(path, m)
    return m


def _build_matcher(kb) -> Matcher:
    trie: dict = {}
    lower_trie: dict = {}
    persons_by_name: dict = {}
    surnames: dict = {}
    for ent in kb.entities.values():
        names = {ent.name, *ent.aliases}
        if ent.name_ru:
            names.add(ent.name_ru)
        for n in names:
            n = re.sub(r"^(the|a|an)\s+", "", n, flags=re.IGNORECASE)  # "the Republic of Belarus"
            toks = _alias_tokens(n)
            if not toks:
                continue
            _add(lower_trie if n[:1].islower() else trie, toks, ent.key, False)
            words = n.split()
            if has_cyrillic(n) and len(words) >= 2 and words[1][:1].islower() and not n[:1].islower():
                # Russian capitalizes only the first word of a name that is also a common
                # phrase ("Региональная группировка войск"); mid-sentence it is lowercase.
                _add(lower_trie, toks, ent.key, False)
        if ent.type == "person":
            for n in names:
                parts = TOKEN.findall(n)
                if len(parts) >= 2:
                    sur_key = fold(parts[-1])
                    surnames.setdefault(sur_key, set()).add(ent.key)
                    persons_by_name[(sur_key, _first_canonical(kb, parts[0]))] = ent.key
    for sur_key, keys in surnames.items():
        for key in keys:
            _add(trie, [(frozenset({sur_key}), False)], key, True)
    titles = []
    for role, forms in kb.titles:
        for form in forms:
            words = [fold(parse(w)[0].normal_form) if has_cyrillic(w) else fold(w) for w in form.split()]
            if words:
                titles.append((role, form, words))
    adjectives = {}
    for ent in kb.by_type("country"):
        for attr in ("adj", "adj_ru"):
            for adj in re.split(r"[,;|]", ent.attrs.get(attr, "")):
                if adj.strip():
                    adjectives[fold(adj.strip())] = ent.key
    ru_titles_by_last: dict = {}
    for _, form, words in titles:
        if has_cyrillic(form):
            ru_titles_by_last.setdefault(words[-1], []).append(words)
    return Matcher(trie, lower_trie, kb, persons_by_name, surnames, titles, ru_titles_by_last, adjectives)


def country_of_adjective(word: str) -> Optional[str]:
    """'Belarusian', 'белорусской' -> 'country:belarus'."""
    m = matcher()
    for key in token_keys(word):
        if key in m.adjectives:
            return m.adjectives[key]
    return None


NAME_GAP = re.compile(r"[\s«»\"“”„'’-]{0,3}")
INITIAL_GAP = re.compile(r"\.\s?")  # "U.S.", "А. Лукашенко"


def _kb_matches(tokens: list[Token], m: Matcher, b_text: str) -> list[tuple[int, int, set]]:
    """Longest knowledge-base matches as (first token, last token, candidates)."""
    out = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        best = None
        # A match opens on a capitalized word, or on a lowercase one only for an alias
        # the knowledge base itself writes in lowercase ("региональная группировка войск").
        root = m.trie if t.cap else m.lower_trie
        if root:
            stack = [(root, i)]
            while stack:
                node, j = stack.pop()
                if j >= n:
                    continue
                tok = tokens[j]
                gap = b_text[tokens[j - 1].stop:tok.start] if j > i else ""
                if j > i and not NAME_GAP.fullmatch(gap) and not (len(tokens[j - 1].text) == 1 and INITIAL_GAP.fullmatch(gap)):
                    continue  # names do not run across brackets, commas or full stops
                keys = set(tok.keys)
                if (j == i or any(c.isdigit() for c in tok.text)) and not has_cyrillic(tok.text):
                    # English plural of a designation or name: "S-400s", "Iskanders"
                    for k in list(keys):
                        if len(k) > 3 and k.endswith("s"):
                            keys.add(k[:-1])
                for k in keys:
                    child = node.get(k)
                    if child is None:
                        continue
                    if LEAF in child:
                        cands = {
                            (ek, so) for ek, mask, so in child[LEAF]
                            if all(not need or tokens[i + x].upper for x, need in enumerate(mask))
                        }
                        if cands and (best is None or j > best[1]):
                            best = (i, j, cands)
                    stack.append((child, j + 1))
        if best:
            out.append(best)
            i = best[1] + 1
        else:
            i += 1
    return out


# --- Russian NER ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def ner_model():
    """slovnet's news NER with navec embeddings, both shipped inside the natasha wheel."""
    import importlib.util
    import os

    from navec import Navec
    from slovnet import NER

    spec = importlib.util.find_spec("natasha")
    base = os.path.join(list(spec.submodule_search_locations)[0], "data")
    navec = Navec.load(os.path.join(base, "emb", "navec_news_v1_1B_250K_300d_100q.tar"))
    ner = NER.load(os.path.join(base, "model", "slovnet_ner_news_v1.tar"))
    ner.navec(navec)
    return ner


def russian_ner(sentences) -> list[tuple[int, int, str]]:
    """(start, stop, PER|LOC|ORG) spans over the document, from the sentences given."""
    ner = ner_model()
    spans = []
    texts = [s.text for s in sentences]
    for s, markup in zip(sentences, ner.map(texts)):
        for sp in markup.spans:
            spans.append((s.start + sp.start, s.start + sp.stop, sp.type))
    return spans


# Measured on 160 generated Russian documents, 8 to a chunk (~50 NER sentences): one document
# at a time in slovnet's batches of 8, 8.9 ms of NER per document; sorted across the chunk in
# batches of 16, 6.4-6.7 ms; one batch of 64 pads every sentence to the chunk's longest: 9.7-10.1.
NER_BATCH = 16


@lru_cache(maxsize=1)
def _batch_infer():
    """The loaded NER's network behind an encoder that cuts batches of NER_BATCH."""
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer

    infer = ner_model().infer
    enc = infer.encoder
    return NERInfer(infer.model, TagEncoder(enc.words_vocab, enc.shapes_vocab, NER_BATCH), infer.decoder)


def russian_ner_batched(groups: dict) -> dict:
    """``russian_ner`` for several documents at once: {key: sentences} -> {key: spans}.

    The sentences of all documents go through the network together, sorted by length
    so each batch pads little, NER_BATCH at a time (slovnet pads a batch to its longest
    sentence and masks the padding, so a sentence's tags do not depend on its batch
    neighbours; tests/test_workers.py checks the facts are the same)."""
    infer = _batch_infer()
    flat = [(key, s) for key, sentences in groups.items() for s in sentences]
    order = sorted(range(len(flat)), key=lambda k: len(flat[k][1].text))
    markups: list = [None] * len(flat)
    for at in range(0, len(order), NER_BATCH):
        batch = order[at:at + NER_BATCH]
        for k, markup in zip(batch, infer([flat[k][1].text for k in batch])):
            markups[k] = markup
    out: dict = {key: [] for key in groups}
    for (key, s), markup in zip(flat, markups):
        out[key].extend((s.start + sp.start, s.start + sp.stop, sp.type) for sp in markup.spans)
    return out


# --- annotate ----------------------------------------------------------------------------

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
        return not any(self.occupied[start:stop])

    def reserve(self, spans) -> None:
        self.reserved = bytearray(len(self.text) + 1)
        for start, stop in spans:
            self.reserved[start:stop] = b"\x01" * (stop - start)

    def is_reserved(self, start: int, stop: int) -> bool:
        return any(self.reserved[start:stop])

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
        closing = {"«": "»", "“": "”", "„": "“"}
        for open_, close in closing.items():
            if inner.count(open_) > inner.count(close) and self.text[stop:stop + 1] == close:
                stop += 1
                break
        else:
            if inner.count('"') % 2 == 1 and self.text[stop:stop + 1] == '"':
                stop += 1
        if re.search(r"(?:^|\.)[A-ZА-ЯЁ]$", inner) and "." in inner and self.text[stop:stop + 1] == ".":
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
    for t in tokens:
        if (t.cap or has_cyrillic(t.text)) and b.free(t.start, t.stop):
            key = next((m.adjectives[k] for k in t.keys if k in m.adjectives), None)
            if key:
                b.add(t.start, t.stop, "country", key, "kb", 0.8)

    # 2. patterns
    _designations(b, lang)
    b.reserve((start, stop) for start, stop, _, _ in deferred)
    _titled_people(b, tokens, lang)
    b.reserve(())
    return _Begun(b, tokens, deferred, lang)


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


def _designations(b: _Builder, lang: str) -> None:
    kb_systems = {fold(e.name): e.key for e in b.m.kb.by_type("weapon_system")}
    for e in b.m.kb.by_type("weapon_system"):
        for al in e.aliases:
            kb_systems.setdefault(fold(al), e.key)
    families = sorted(kb_systems.items(), key=lambda kv: -len(kv[0]))
    for mt in DESIGNATION.finditer(b.text):
        d = mt.group("d")
        prefix = d.split("-")[0]
        if fold(prefix) in NOT_DESIGNATIONS or re.fullmatch(r".*-(19|20)\d\d", d):
            continue
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
        family = next((k for f, k in families if len(f) >= 2 and key_fold.startswith(f) and fold(prefix) == f[: len(fold(prefix))]), None)
        if family is None and not WEAPON_CONTEXT.search(sentence):
            continue
        name = transliterate(d) if has_cyrillic(d) else d
        if name.endswith("s") and not has_cyrillic(d) and re.search(r"\ds$", name):
            name = name[:-1]
        attrs = {"family": family.split(":", 1)[1]} if family else {}
        if family:
            fam = b.m.kb.entities.get(family)
            if fam and fam.attrs.get("category"):
                attrs["category"] = fam.attrs["category"]
        ent = Entity(key=f"weapon_system:{fold(name)}", name=name, type="weapon_system",
                     name_ru=d if has_cyrillic(d) else None, aliases={d}, attrs=attrs, source="discovered")
        b.add(start, stop, "weapon_system", ent.key, "pattern", 0.9 if family else 0.75, entity=ent)


def _exercises(b: _Builder) -> None:
    series = {}
    for e in b.m.kb.by_type("exercise"):
        if not e.attrs.get("year"):
            for n in {e.name, *e.aliases, e.name_ru or ""}:
                if n:
                    series[" ".join(sorted(fold(w) for w in TOKEN.findall(n)))] = e
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
                (e for e in b.m.kb.by_type("exercise")
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


# --- people --------------------------------------------------------------------------------

def _person_entity(b: _Builder, parts: list[str], lang: str) -> Entity:
    """A person the knowledge base may not know: key by surname and canonical first name."""
    m = b.m
    sur_key = fold(parts[-1])  # Russian parts arrive in the nominative already
    first_key = _first_canonical(m.kb, parts[0]) if len(parts) > 1 else ""
    known = m.persons_by_name.get((sur_key, first_key))
    if known:
        return m.kb.entities[known]
    if has_cyrillic(parts[0]):
        name_ru = " ".join(parts)
        first_en = m.kb.first_names.get(fold(parts[0])) or transliterate(parts[0])
        name_en = " ".join([first_en, *[transliterate(p) for p in parts[1:]]])
    else:
        name_ru, name_en = None, " ".join(parts)
    return Entity(key=f"person:{sur_key}_{first_key}" if first_key else f"person:{sur_key}", name=name_en,
                  type="person", name_ru=name_ru, aliases={" ".join(parts)}, source="discovered")


def _title_before(b: _Builder, start: int, lang: str) -> Optional[str]:
    """The job title (with its country adjective) right before a name, as written."""
    window = b.text[max(0, b.a.sentence_at(start).start, start - 120):start]
    # strip ranks and a comma between title and name
    stripped = window.rstrip(" ,")
    while True:
        mm = re.search(rf"(?:{RANKS_EN}|{'|'.join(RANK_WORDS_RU)})[ .,]*$", stripped, re.IGNORECASE)
        if not mm or mm.start() == len(stripped):
            break
        stripped = stripped[: mm.start()].rstrip(" ,")
    low = stripped.lower()
    best = None
    if lang == "ru":
        best = _ru_title_suffix(stripped, b.m)
    else:
        for role, form, _ in b.m.titles:
            if has_cyrillic(form):
                continue
            if low.endswith(form) and (len(low) == len(form) or not low[-len(form) - 1].isalnum()):
                pos = len(stripped) - len(form)
                if best is None or pos < best:
                    best = pos
    if best is None:
        return None
    # extend left over country adjectives and organization words of the title ("Belarusian", "Kremlin")
    head = stripped[:best]
    ext = re.search(r"((?:[A-ZА-ЯЁ][\w'’-]+\s+){1,2})$", head)
    if ext and lang == "en":
        words = ext.group(1).split()
        keep = [w for w in words if country_of_adjective(w.strip("'’")) or fold(w) in {"kremlin", "opposition", "russian", "belarusian", "us", "nato"}]
        if keep and keep == words[-len(keep):]:
            best -= len(" ".join(keep)) + 1
    role = stripped[best:].strip(" ,")
    return role or None


def _ru_title_suffix(stripped: str, m: Matcher) -> Optional[int]:
    """Start of a Russian title at the end of ``stripped``: any case, possibly before a genitive
    complement of names ("министр обороны Белоруссии")."""
    toks = list(TOKEN.finditer(stripped))[-10:]
    for extra in range(0, 4):
        end = len(toks) - extra
        if end <= 0:
            break
        if extra and not all(t.group()[:1].isupper() for t in toks[end:]):
            continue
        best = None
        for k in token_keys(toks[end - 1].group()):
            for words in m.ru_titles_by_last.get(k, ()):
                begin = end - len(words)
                if begin >= 0 and all(w in token_keys(toks[begin + x].group()) for x, w in enumerate(words)):
                    pos = toks[begin].start()
                    best = pos if best is None else min(best, pos)
        if best is not None:
            return best
    return None


def _titled_people(b: _Builder, tokens: list[Token], lang: str) -> None:
    """English people named after a title, a rank or before a reporting verb; roles for everyone titled."""
    text = b.text
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        if lang != "en" or has_cyrillic(t.text) or not LATIN_NAME.match(t.text):
            i += 1
            continue
        # a run of 2-3 name-like tokens separated by single spaces
        j = i
        while j + 1 < n and j - i < 2 and LATIN_NAME.match(tokens[j + 1].text) and \
                text[tokens[j].stop:tokens[j + 1].start] == " " and tokens[j + 1].text.lower() not in NOT_NAMES:
            j += 1
        if j == i or t.text.lower() in NOT_NAMES:
            i += 1
            continue
        start, stop = t.start, tokens[j].stop
        parts = [tokens[x].text for x in range(i, j + 1)]
        if b.is_reserved(start, stop) and \
                fold(parts[0]) not in b.m.kb.first_names:
            i = j + 1
            continue
        if not b.free(start, stop):
            # already a knowledge-base person: attach the title as the article's role for them
            existing = b.person_at(start)
            if existing and existing.role is None:
                role = _title_before(b, existing.start, lang)
                if role:
                    existing.role = role
                    b.a.roles.append((existing.key, role))
            i = j + 1
            continue
        if any(tokens[x].keys & set(b.m.trie) and _is_kb_nonperson(b, tokens[x]) for x in range(i, j + 1)):
            i = j + 1
            continue
        role = _title_before(b, start, lang)
        before = text[max(0, start - 40):start]
        after = text[stop:stop + 40]
        ranked = re.search(rf"(?:{RANKS_EN})[ .]*$", before)
        titled_after = re.match(r",\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}(?:commander|head|chief|director|minister|"
                                r"spokes\w+|secretary|ambassador|chairman|chairwoman|president|officer|deputy|leader|"
                                r"general designer|adviser|advisor)\b", after, re.IGNORECASE)
        reporting = re.match(rf"\s+(?:{'|'.join(REPORTING_EN)})\b", after)
        if role or ranked or titled_after:
            conf = 0.95 if role else 0.85
        elif reporting and (fold(parts[0]) in b.m.kb.first_names or not _sentence_initial(b, start)):
            conf = 0.7
        elif fold(parts[0]) in b.m.kb.first_names and len(parts) >= 2:
            conf = 0.8  # a known first name and a capitalized surname: "with Yevgeny Markin, who heads ..."
        else:
            i = j + 1
            continue
        ent = _person_entity(b, parts, lang)
        b.add(start, stop, "person", ent.key, "pattern", conf, role=role, entity=ent)
        i = j + 1


def _sentence_initial(b: _Builder, start: int) -> bool:
    # walk back over opening marks only: slicing from the sentence start cost a sentence per call
    lo = b.a.sentence_at(start).start
    k = start
    while k > lo and b.text[k - 1] in " «\"“„'(":
        k -= 1
    return k <= lo


def _is_kb_nonperson(b: _Builder, tok: Token) -> bool:
    for k in tok.keys:
        node = b.m.trie.get(k)
        if node and LEAF in node and any(not ek.startswith("person:") for ek, _, _ in node[LEAF]):
            return True
    return False


PROPER_TAGS = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad")


def _needs_ner(b: _Builder, sentence) -> bool:
    """Only sentences with a capitalized word no knowledge-base match explains go through NER:
    the network is the slowest stage of Russian ingest and has nothing to add elsewhere."""
    first = True
    for mt in TOKEN.finditer(sentence.text):
        w = mt.group()
        start = sentence.start + mt.start()
        if w[:1].isupper() and has_cyrillic(w) and b.free(start, start + len(w)):
            if not first or any(t in p.tag for p in parse(w.lower())[:2] for t in PROPER_TAGS):
                return True
        first = False
    return False


def _apply_ner(b: _Builder, spans: list) -> None:
    for start, stop, label in spans:
        surface = b.text[start:stop]
        if not b.free(start, stop):
            if label == "PER":
                existing = b.person_at(start)
                if existing and existing.role is None:
                    role = _title_before(b, existing.start, "ru")
                    if role:
                        existing.role = role
                        b.a.roles.append((existing.key, role))
            continue
        words = surface.split()
        if label == "PER":
            if not all(CYR_NAME.match(w) for w in words):
                continue
            parts = nominative(words, prefer=("Name", "Surn", "Patr"))
            if len(parts) == 1:
                continue  # a bare surname: resolved against named people by _surname_coref, never invented
            if len(parts) == 3:
                parts = [parts[0], parts[2]]  # Имя Отчество Фамилия: key on first name and surname
            ent = _person_entity(b, parts, "ru")
            ent.aliases.add(surface)
            role = _title_before(b, start, "ru")
            b.add(start, stop, "person", ent.key, "ner", 0.85, role=role, entity=ent)
        elif label == "LOC":
            parts = nominative(words, prefer=("Geox",))
            name_ru = " ".join(parts)
            ent = Entity(key=f"place:{fold(name_ru)}", name=transliterate(name_ru), type="place", name_ru=name_ru,
                         aliases={surface}, source="discovered")
            b.add(start, stop, "place", ent.key, "ner", 0.7, entity=ent)
        elif label == "ORG":
            if len(surface) < 3 or surface.isupper() and len(surface) < 4:
                continue
            head = parse(words[0].lower())[0]
            if fold(head.normal_form) in TITLE_HEADS:
                continue  # "Министры обороны": people by title, not an organization
            parts = _nominative_head(words)
            name_ru = " ".join(parts)
            ent = Entity(key=f"organization:{fold(name_ru)}", name=transliterate(name_ru), type="organization",
                         name_ru=name_ru, aliases={surface}, source="discovered")
            b.add(start, stop, "organization", ent.key, "ner", 0.7, entity=ent)


TITLE_HEADS = {fold(w) for w in (
    "министр", "замминистра", "заместитель", "глава", "президент", "премьер", "секретарь", "госсекретарь",
    "командующий", "начальник", "директор", "председатель", "посол", "пресс-секретарь", "представитель",
    "руководитель", "генерал", "спикер", "лидер", "советник", "командир")}


def _nominative_head(words: list[str]) -> list[str]:
    """An organization name in the nominative: inflect up to its head noun, keep the complements."""
    out = []
    for x, w in enumerate(words):
        p = parse(w.lower())[0]
        if "NOUN" in p.tag or "ADJF" in p.tag:
            number = "plur" if "plur" in p.tag else "sing"
            inflected = p.inflect({"nomn", number}) or p
            word = inflected.word
            out.append(word[:1].upper() + word[1:] if w[:1].isupper() else word)
            if "NOUN" in p.tag:
                return out + words[x + 1:]
        else:
            out.append(w)
    return out


ORG_EN = re.compile(
    r"\b(?P<o>(?:[A-Z][\w-]+\s){1,4}(?:Ministry|Corporation|Concern|Holding|Plant|Works|Bureau|Agency|Committee|"
    r"Institute|Company|Enterprise|Factory|Authority|Service)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})?)"
)


def _english_orgs(b: _Builder) -> None:
    if (b.a.document.lang or "en") != "en":
        return
    for mt in ORG_EN.finditer(b.text):
        start, stop = mt.span("o")
        words = mt.group("o").split()
        while words and words[0].lower() in NOT_NAMES - {"state", "security", "defense", "defence", "foreign", "air"}:
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or not b.free(start, stop):
            continue
        name = " ".join(words)
        ent = Entity(key=f"organization:{fold(name)}", name=name, type="organization", aliases={name},
                     source="discovered")
        b.add(start, stop, "organization", ent.key, "pattern", 0.75, entity=ent)


def _surname_coref(b: _Builder, tokens: list[Token]) -> None:
    """A capitalized word that is the surname of a person named earlier in the article is that person."""
    people = {}
    for mm in sorted(b.mentions, key=lambda x: x.start):
        if mm.type != "person":
            continue
        ent = b.a.entities.get(mm.key)
        if not ent:
            continue
        for n in {ent.name, ent.name_ru or "", *ent.aliases}:
            parts = TOKEN.findall(n)
            if len(parts) >= 2:
                for k in token_keys(parts[-1]):
                    people.setdefault(k, {})[mm.key] = mm.start
    for t in tokens:
        if not t.cap or not b.free(t.start, t.stop) or t.text.lower() in NOT_NAMES:
            continue
        if not (LATIN_NAME.match(t.text) or CYR_NAME.match(t.text)):
            continue
        hits: dict = {}
        for k in t.keys:
            for key, pos in people.get(k, {}).items():
                if pos < t.start:
                    hits[key] = pos
        if len(hits) == 1:
            key = next(iter(hits))
            b.add(t.start, t.stop, "person", key, "coref", 0.9)
