"""The knowledge-base matcher: a trie of every alias's token keys, built once (and cached on disk
as plain JSON), and the longest knowledge-base match at each token."""
from __future__ import annotations


import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Optional

from bellink.ingest import kb as kbmod
from bellink.ingest.caches import WordMap
from bellink.names import fold, has_cyrillic
from bellink.ingest.entities.tokens import ADJ_SURNAME_FEMININE_OBLIQUE, TOKEN, Token, parse, token_keys


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

    # Lookups the patterns need for every document, derived from the knowledge base once
    # (rebuilding them per document was ~0.5 ms of each).
    @cached_property
    def entities_by_type(self) -> dict[str, list]:
        """Entity type -> the knowledge base's entities of it, in knowledge-base order."""
        out: dict[str, list] = {}
        for e in self.kb.entities.values():
            out.setdefault(e.type, []).append(e)
        return out

    @cached_property
    def may_open(self) -> dict:
        """word -> whether a match may open on it: most words of a text
        open none, and the answer depends on the word alone (filled as words are met, emptied
        with the word caches or when it reaches a bound)."""
        return WordMap()

    @cached_property
    def adjective_of(self) -> dict:
        """word -> the country it names as an adjective, or None (``mentions._adjective_key``;
        filled as words are met, emptied with the word caches or when it reaches a bound)."""
        return WordMap()

    @cached_property
    def en_title_forms(self) -> list[str]:
        """The English title forms (lowercase), for matching the words before a name."""
        return [form for _, form, _ in self.titles if not has_cyrillic(form)]

    @cached_property
    def en_title_form_set(self) -> tuple[frozenset, int]:
        """``en_title_forms`` as a set, and the length of the longest."""
        forms = frozenset(self.en_title_forms)
        return forms, max(map(len, forms), default=0)

    @cached_property
    def systems(self) -> dict[str, str]:
        """Folded weapon-system name or alias -> key (a name wins over another system's alias)."""
        systems = self.entities_by_type.get("weapon_system", [])
        out = {fold(e.name): e.key for e in systems}
        for e in systems:
            for al in e.aliases:
                out.setdefault(fold(al), e.key)
        return out

    @cached_property
    def system_families(self) -> list[tuple[str, str]]:
        """``systems`` as (folded name, key), longest name first."""
        return sorted(self.systems.items(), key=lambda kv: -len(kv[0]))

    @cached_property
    def family_names_by_initial(self) -> dict[str, list[tuple[str, str]]]:
        """``system_families`` of two letters or more, in that order, by their first letter: a designation's family
        is a name it begins with, so only the names of its first letter can be (every designation of an article asked
        all of them)."""
        out: dict = {}
        for f, k in self.system_families:
            if len(f) >= 2:
                out.setdefault(f[0], []).append((f, k))
        return out

    @cached_property
    def family_names_3(self) -> frozenset:
        """The folded names in ``system_families`` of three letters or more."""
        return frozenset(f for f, _ in self.system_families if len(f) >= 3)

    @cached_property
    def exercise_series(self) -> dict:
        """Sorted folded words of an exercise series' name or alias -> the series (no year)."""
        series = {}
        for e in self.entities_by_type.get("exercise", []):
            if not e.attrs.get("year"):
                for n in {e.name, *e.aliases, e.name_ru or ""}:
                    if n:
                        series[" ".join(sorted(fold(w) for w in TOKEN.findall(n)))] = e
        return series


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
            # an acronym must be written in capitals; so must a single capital letter (a variant's "V" in "S-300 V",
            # an initial), or the Russian preposition "в" after "С-300" names the S-300V ("С-300 в Беларусь")
            out.append((frozenset(keys), INITIAL if w.isupper() and len(w) == 1 else
                        w.isupper() and 1 < len(w) <= 5 and not re.search(r"\d", w)))
    return out


INITIAL = "initial"  # an alias token that is one capital letter: its word in the text opens with a capital


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


def _build_inputs() -> bytes:
    """What a built matcher depends on besides the knowledge base: the source of this module and of
    the ones its build calls (names.fold and its look-alike letters, tokens' keys and lemmas), and
    the Russian dictionary's version, so that a changed fold or tokenizer never meets a stale cache
    (session 14: a change to fold met a cache keyed on this module alone)."""
    import importlib

    from bellink import names
    from bellink.ingest.entities import tokens

    parts = []
    for module_file in (__file__, names.__file__, tokens.__file__):
        with open(module_file, "rb") as fh:
            parts.append(fh.read())
    for dist in ("pymorphy3", "pymorphy3_dicts_ru"):  # their __version__: no scan of installed metadata
        try:
            parts.append(f"{dist}={importlib.import_module(dist).__version__}".encode())
        except (ImportError, AttributeError):
            parts.append(f"{dist}=none".encode())
    return b"\0".join(parts)


@lru_cache(maxsize=1)
def matcher() -> Matcher:
    """The knowledge-base matcher, cached on disk by the KB's content and the code that builds it.

    Building it lemmatizes every alias (a third of a cold seed ingest); the cache is
    only a speed-up: unreadable or unwritable, it is rebuilt and ingest goes on.
    """
    import hashlib

    kb = kbmod.load()
    path = _cache_path(hashlib.sha256(kb.digest.encode() + _build_inputs()).hexdigest())
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


@lru_cache(maxsize=200_000)
def _trie_keys(word: str, keys: frozenset, opening: bool) -> set:
    """The keys a token is looked up by in the trie (do not change the set returned).

    An English word opening a match, or one with a digit anywhere, may be a plural:
    "S-400s", "Iskanders" are also looked up as "S-400", "Iskander"."""
    out = set(keys)
    if (opening or any(c.isdigit() for c in word)) and not has_cyrillic(word):
        for k in list(out):
            if len(k) > 3 and k.endswith("s"):
                out.add(k[:-1])
    return out


MAY_OPEN_BOUND = 50_000


@lru_cache(maxsize=200_000)
def _form_keys(word: str) -> frozenset:
    """The keys of the form a word names by: its own form, unless it is a Russian word in an oblique case, which names
    by its dictionary form ('Востоке' is 'Восток' in the locative, not the radar 'Vostok-E' its letters spell;
    'Тихановская' is a nominative and names by itself, not by its masculine lemma). The oblique case of a woman's
    adjectival surname also names her nominative ('Тихановской': 'Тихановская'). Not a plural's singular, a stem or
    another lemma."""
    own = fold(word)
    if not has_cyrillic(word):
        return frozenset({own})
    low = word.lower()
    top = parse(low)[0]
    if "nomn" in top.tag or top.tag.case is None:
        return frozenset({own})
    keys = {fold(top.normal_form)}
    if low.endswith(ADJ_SURNAME_FEMININE_OBLIQUE):
        keys.add(fold(low[:-2] + "ая"))
    return frozenset(keys)


def _kb_matches(tokens: list[Token], m: Matcher, b_text: str) -> list[tuple[int, int, set]]:
    """Longest knowledge-base matches as (first token, last token, candidates)."""
    out = []
    i = 0
    n = len(tokens)
    may_open = m.may_open
    while i < n:
        t = tokens[i]
        best = None
        # A match opens on a capitalized word, or on a lowercase one only for an alias
        # the knowledge base itself writes in lowercase ("региональная группировка войск").
        # (a token's keys and capital are its word's: the word alone is the key)
        opens = may_open.get(t.text)
        if opens is None:
            root = m.trie if t.cap else m.lower_trie
            opens = bool(root) and not root.keys().isdisjoint(_trie_keys(t.text, t.keys, True))
            if len(may_open) >= MAY_OPEN_BOUND:
                may_open.clear()
            may_open[t.text] = opens
        if opens:
            # A token has several keys (its own form, pymorphy's lemmas, stems, a plural's singular), and two of them
            # can end at different names over the same words: 'Тихановская' is Tikhanovskaya by its own form and
            # Tikhanovsky by its masculine lemma. The longest match wins; of equally long ones, the one matched by
            # more words' forms (_form_keys); still tied, the names of all of them (the caller then leaves the mention to
            # the article, or unresolved). Never whichever key the set's hash order offered first.
            stack = [(m.trie if t.cap else m.lower_trie, i, 0)]
            best_own = -1
            while stack:
                node, j, own = stack.pop()
                if j >= n:
                    continue
                tok = tokens[j]
                gap = b_text[tokens[j - 1].stop:tok.start] if j > i else ""
                if j > i and not NAME_GAP.fullmatch(gap) and not (len(tokens[j - 1].text) == 1 and INITIAL_GAP.fullmatch(gap)):
                    continue  # names do not run across brackets, commas or full stops
                form_keys = _form_keys(tok.text)
                for k in _trie_keys(tok.text, tok.keys, j == i):
                    child = node.get(k)
                    if child is None:
                        continue
                    here = own + (k in form_keys)
                    if LEAF in child:
                        cands = {
                            (ek, so) for ek, mask, so in child[LEAF]
                            if all(not need or (tokens[i + x].text[:1].isupper() if need == INITIAL else
                                                tokens[i + x].upper) for x, need in enumerate(mask))
                        }
                        if cands:
                            if best is None or (j, here) > (best[1], best_own):
                                best, best_own = (i, j, cands), here
                            elif (j, here) == (best[1], best_own):
                                best = (i, j, best[2] | cands)
                    stack.append((child, j + 1, here))
        if best:
            out.append(best)
            i = best[1] + 1
        else:
            i += 1
    return out
