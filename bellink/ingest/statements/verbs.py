"""Reporting verbs, read from ``bellink/kb/speech_verbs.tsv``: English forms as written, Russian verbs
by lemma (заявил, заявила, заявили, заявляет all reach заявить).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bellink.ingest import lexicon
from bellink.ingest.statements.morph import _parse
from bellink.names import fold, has_cyrillic


@dataclass(frozen=True)
class Verbs:
    en_forms: dict  # "said" -> (class, lemma)
    ru_lemmas: dict  # folded lemma -> (class, lemma)
    en_regex: re.Pattern
    ru_phrases: dict  # folded lemma -> ((class, lemma, words before, words after), ...): 'высоко ~', '~ внимание'


SPEECH_VERBS = lexicon.register(
    "speech_verbs.tsv", required=("lang", "class", "lemma"),
    allowed={"lang": {"en", "ru"}, "class": {"say", "that", "tell", "object", "add", "channel", "doc"},
             "about": {"о", "на", "about"}},
    lemma=("lemma",), unique=("lang", "class", "lemma"), multi=("forms",))


@lru_cache(maxsize=1)
def verbs() -> Verbs:
    en: dict = {}
    ru: dict = {}
    phrases: dict = {}
    for row in lexicon.rows(SPEECH_VERBS.name):
        lang, klass, lemma = row["lang"], row["class"], row["lemma"]
        if lang == "ru" and row.get("with"):
            before, _, after = row["with"].partition("~")
            phrases.setdefault(fold(lemma), []).append(
                (klass, lemma, tuple(map(fold, before.split())), tuple(map(fold, after.split()))))
        elif lang == "en":
            for form in row["forms"]:
                en[form.lower()] = (klass, lemma)
        elif lang == "ru" and lemma and klass == "add":
            ru[("add", fold(lemma))] = (klass, lemma)  # read on gerunds only ('добавив'), see _ru_verb
        elif lang == "ru" and lemma:
            ru[fold(lemma)] = (klass, lemma)
    alts = sorted((r"\s+".join(map(re.escape, f.split())) for f in en), key=len, reverse=True)
    regex = re.compile(r"(?<![\w'’-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    return Verbs(en, ru, regex, {k: tuple(v) for k, v in phrases.items()})


CONVICTION_PARTICIPLES = {"уверить": "уверенный", "убедить": "убеждённый"}
# convictions stated with a linking verb: reported speech only with a that-/что-clause
CONVICTION_LEMMAS = {"уверенный", "убеждённый", "be confident", "be convinced"}


@lru_cache(maxsize=1)
def _doc_participles() -> frozenset:
    from bellink.ingest.statements.words import words

    return frozenset(words("doc_participle"))


@lru_cache(maxsize=50_000)
def _ru_verb(word: str):
    """(class, lemma, gender) when ``word`` is a finite form of a Russian reporting verb."""
    table = verbs().ru_lemmas
    for p in _parse(word)[:2]:
        if p.tag.POS == "VERB":
            hit = table.get(fold(p.normal_form))
            if hit:
                return hit[0], hit[1], p.tag.gender
        if p.tag.POS == "PRTS" and p.normal_form in _doc_participles():
            return "doc", p.normal_form, None  # 'Как сказано в сообщении', 'В заявлении указано, что'
        if p.tag.POS in ("ADJS", "PRTS"):
            # 'Он уверен, что ...', 'Она убеждена, что ...': a conviction (class 'that': only with a что-clause);
            # the feminine and plural read first as participles of 'уверить' / 'убедить'
            hit = table.get(fold(CONVICTION_PARTICIPLES.get(p.normal_form, p.normal_form)))
            if hit and hit[0] == "that":
                return hit[0], hit[1], p.tag.gender
        if p.tag.POS == "GRND":
            # '..., добавив, что ...': a second attribution by the same speaker, like 'adding that'; other
            # gerunds ('заявив', 'опровергнув') elaborate the same attribution (RULES)
            hit = table.get(("add", fold(p.normal_form)))
            if hit:
                return "add", hit[1], None
    return None


@lru_cache(maxsize=50_000)
def _ru_phrase_verb(word: str) -> tuple:
    """The fixed phrases (speech_verbs.tsv 'with') a finite form of ``word``'s verb reports speech in, or ()."""
    table = verbs().ru_phrases
    for p in _parse(word)[:2]:
        if p.tag.POS == "VERB" and fold(p.normal_form) in table:
            return table[fold(p.normal_form)]
    return ()


def _lemma_is(word: str, lemma: str) -> bool:
    return any(fold(p.normal_form) == lemma for p in _parse(word.lower())[:2])


_WORD_BEFORE = re.compile(r"([А-Яа-яЁё]+)[ \t\u00a0]+$")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+([А-Яа-яЁё]+)")


def ru_phrase_cue(text: str, start: int, stop: int):
    """(class, lemma, start, stop) when the Russian verb at ``start:stop`` stands in one of its fixed phrases with
    only spaces between the words ('высоко оценил', 'обратил внимание'), the span covering the phrase; else None."""
    for klass, lemma, before, after in _ru_phrase_verb(text[start:stop].lower()):
        lo, hi, ok = start, stop, True
        for w in reversed(before):
            m = _WORD_BEFORE.search(text, max(0, lo - 40), lo)
            if m is None or not _lemma_is(m.group(1), w):
                ok = False
                break
            lo = m.start()
        for w in after if ok else ():
            m = _WORD_AFTER.match(text, hi)
            if m is None or not _lemma_is(m.group(1), w):
                ok = False
                break
            hi = m.end()
        if ok:
            return klass, lemma, lo, hi
    return None


@lru_cache(maxsize=200_000)
def _ru_verb_token(word: str):
    """_ru_verb of a token as written: None for a word without Cyrillic letters."""
    return _ru_verb(word.lower()) if has_cyrillic(word) else None


WORD_EN = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _en_first_words() -> dict:
    """First word of every English reporting-verb form -> the forms' words, longest first."""
    out: dict = {}
    for form in verbs().en_forms:
        words = form.split()
        out.setdefault(words[0], []).append(words)
    for forms in out.values():
        forms.sort(key=len, reverse=True)
    return out


# Russian verbs whose content may follow as 'о том, что ...' or 'о + noun phrase' ('сообщил о поставке')
RU_ABOUT = {r["lemma"] for r in lexicon.rows(SPEECH_VERBS.name) if r["lang"] == "ru" and r.get("about") == "о"}
# Russian verbs whose content may follow as 'на + noun phrase' ('обратил внимание на необходимость ...')
RU_ON = {r["lemma"] for r in lexicon.rows(SPEECH_VERBS.name) if r["lang"] == "ru" and r.get("about") == "на"}
# English verbs whose content may be a topic, 'about + noun phrase' ('spoke about the re-equipment of the army')
EN_ABOUT = {r["lemma"] for r in lexicon.rows(SPEECH_VERBS.name) if r["lang"] == "en" and r.get("about")}
