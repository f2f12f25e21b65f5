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


SPEECH_VERBS = lexicon.register(
    "speech_verbs.tsv", required=("lang", "class", "lemma"),
    allowed={"lang": {"en", "ru"}, "class": {"say", "that", "tell", "object", "add", "channel", "doc"},
             "about": {"о", "about"}},
    lemma=("lemma",), unique=("lang", "class", "lemma"), multi=("forms",))


@lru_cache(maxsize=1)
def verbs() -> Verbs:
    en: dict = {}
    ru: dict = {}
    for row in lexicon.rows(SPEECH_VERBS.name):
        lang, klass, lemma = row["lang"], row["class"], row["lemma"]
        if lang == "en":
            for form in row["forms"]:
                en[form.lower()] = (klass, lemma)
        elif lang == "ru" and lemma and klass == "add":
            ru[("add", fold(lemma))] = (klass, lemma)  # read on gerunds only ('добавив'), see _ru_verb
        elif lang == "ru" and lemma:
            ru[fold(lemma)] = (klass, lemma)
    alts = sorted((r"\s+".join(map(re.escape, f.split())) for f in en), key=len, reverse=True)
    regex = re.compile(r"(?<![\w'’-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    return Verbs(en, ru, regex)


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
RU_ABOUT = {r["lemma"] for r in lexicon.rows(SPEECH_VERBS.name) if r["lang"] == "ru" and r.get("about")}
# English verbs whose content may be a topic, 'about + noun phrase' ('spoke about the re-equipment of the army')
EN_ABOUT = {r["lemma"] for r in lexicon.rows(SPEECH_VERBS.name) if r["lang"] == "en" and r.get("about")}
