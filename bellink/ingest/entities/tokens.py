"""Tokens, words and names: the token pattern, rank and title words, Russian morphology
(pymorphy3 lemmas), the script-folded keys a token is matched on, names brought to the nominative."""
from __future__ import annotations


import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from bellink.names import fold, has_cyrillic, lookalike_key


TOKEN = re.compile(r"[^\W_]+(?:[-‑][^\W_]+)*")
UPPER_FIRST = re.compile(r"^[A-ZА-ЯЁ]")
# (Latin letters with diacritics count: Lithuanian, Polish and Czech names in English copy, 'Darius Jauniškis')
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ", "a-zß-öø-ÿā-žſ"
# (and the Gaelic surnames with a capital inside, 'McDonough', 'MacArthur', as 'O'Brien')
LATIN_NAME = re.compile(rf"^[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?$|^[{_UP}][{_LOW}]*'[{_UP}][{_LOW}]+$"
                        rf"|^Ma?c[{_UP}][{_LOW}]+$")
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
    # the nouns of institutions' names: 'State Authority for Military Industry' is no person
    "military", "industry", "industrial", "authority", "committee", "agency", "council", "department", "federal",
    "national", "cooperation", "corporation", "company", "plant", "factory", "service", "services",
    # and of armed bodies: 'A source in the Belarusian Land Forces told TASS' names no one called Forces
    "forces", "troops",
}
REPORTING_EN = (
    "said", "says", "told", "stated", "stressed", "noted", "added", "explained", "announced", "confirmed",
    "reported", "warned", "claimed", "insisted", "emphasized", "emphasised", "pointed", "indicated", "specified",
    "considered", "argued", "declared", "remarked", "recalled", "reminded", "underlined", "believes", "thinks",
)
WEAPON_CONTEXT = re.compile(
    r"system|missile|rocket|aircraft|plane|jet|fighter|bomber|helicopter|tank|vehicle|howitzer|launcher|radar|"
    r"drone|uav|air[- ]defen[cs]e|weapon|armou?r|chassis|complex|interceptor|warship|frigate|submarine|truck|"
    r"transporter|тягач|грузовик|"
    r"комплекс|зрк|пво|истребител|самол[её]т|вертол[её]т|танк|ракет|рлс|радиолокац|систем|бпла|беспилотн|дрон|"
    r"бомбардировщик|техник|вооружен|установк|гаубиц|шасси|бронетранспорт|бмп|бтр",
    re.IGNORECASE,
)
DESIGNATION = re.compile(
    r"(?<![\w-])(?P<d>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё]{0,9}-(?:\d{1,5}(?![\d])[A-Za-zА-Яа-яЁё0-9]*|[A-ZА-ЯЁ]{1,3}\d[A-Za-zА-Яа-яЁё0-9]*)"
    r"(?:-[A-ZА-ЯЁ0-9][A-Za-zА-Яа-яЁё0-9]*)*)(?![\w-])"
)
# "Pantsir-SMD", "Osa-AK", "комплексы Хризантема-С": a name and a capital-letter suffix without a digit; a weapon only
# when its name is a known family's ("Pantsir-SMD") or a weapon noun stands right before it ("комплексы Хризантема-С"),
# never "Rolls-Royce", "Coca-Cola" (lowercase after the dash), "Interfax-AVN" or "Belarus-EU". (A weapon noun right
# after it, "Kornet-E anti-tank launchers", was tried: it gave news_heldout a false positive and a never-row.)
LETTER_DESIGNATION = re.compile(r"(?<![\w-])(?P<d>[A-ZА-ЯЁ][a-zа-яё]{2,9}-[A-ZА-ЯЁ]{1,4})(?![\w-])")
WEAPON_BEFORE = re.compile(r"(?:" + WEAPON_CONTEXT.pattern + r")[\w-]*\s+(?:[\w-]+\s+)?[«\"“]?$", re.IGNORECASE)
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


@dataclass(slots=True)
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
    import os

    import pymorphy3

    if os.environ.get(pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE) is None:
        try:
            import pymorphy3_dicts_ru
        except ImportError:
            pass
        else:
            # the dictionary MorphAnalyzer() finds by reading every installed package's entry points (~50 ms
            # of every process's start), named directly
            return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=200_000)
def parse(word: str):
    """pymorphy3 parses of a lowercased word, cached: the same words recur across a corpus."""
    return morph().parse(word)


# the oblique cases of an adjectival woman's surname (Тихановской, Высоцкую), whose nominative ends in -ая
ADJ_SURNAME_FEMININE_OBLIQUE = ("ской", "скую", "цкой", "цкую")
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
        if low.endswith(ADJ_SURNAME_FEMININE_OBLIQUE):
            # 'Тихановской', 'Тихановскую' are the woman's ('Тихановская'), whose feminine nominative neither the
            # stems above nor pymorphy's masculine lemma ('тихановский') give: without it the man would be the only
            # name they can match
            keys.add(fold(low[:-2] + "ая"))
    return frozenset(k for k in keys if k)


@lru_cache(maxsize=200_000)
def _en_keys(word: str) -> frozenset:
    key = fold(word)
    alt = lookalike_key(word)  # "C-300" typed with a Latin C is also looked up as С-300
    return frozenset(k for k in (key, alt) if k)


@lru_cache(maxsize=200_000)
def token_keys(word: str) -> frozenset:
    return _ru_keys(word) if has_cyrillic(word) else _en_keys(word)


@lru_cache(maxsize=200_000)
def _word(w: str) -> tuple[frozenset, bool, bool]:
    """A token's keys, ``cap`` and ``upper``, which depend on its text alone: worked out once per
    word form (most tokens of a corpus are words seen before)."""
    return token_keys(w), bool(UPPER_FIRST.match(w)) or any(c.isdigit() for c in w), w.isupper() and len(w) > 1


def tokenize(text: str) -> list[Token]:
    # A token starts with a letter or digit and the text between tokens has none, so each token is the first
    # occurrence of its text after the previous one: findall and find, without a match object per token.
    out = []
    append, find, word = out.append, text.find, _word
    pos = 0
    for w in TOKEN.findall(text):
        p = find(w, pos)
        pos = p + len(w)
        keys, cap, upper = word(w)
        append(Token(p, pos, w, keys, cap, upper))
    return out


@lru_cache(maxsize=50_000)
def surname_gender(word: str) -> Optional[str]:
    """'femn' or 'masc' when every reading pymorphy gives a Cyrillic surname form agrees on it ('Тихановской' is a
    woman's, 'Тихановского' a man's), else None ('Иванова' is his genitive or her nominative; 'Лукашенко' either)."""
    if not has_cyrillic(word):
        return None
    genders = {g for p in parse(word.lower())[:6] if ("Surn" in p.tag or "ADJF" in p.tag or "Name" in p.tag)
               for g in ("femn", "masc") if g in p.tag}
    return genders.pop() if len(genders) == 1 else None


def name_gender(name_ru: Optional[str]) -> Optional[str]:
    """The gender of a person from the Russian form of the name the knowledge base gives: the first name's
    ('Светлана', 'Сергей'), else the surname's."""
    words = TOKEN.findall(name_ru or "")
    for w in words[:1] + words[-1:]:
        g = surname_gender(w)
        if g:
            return g
    return None


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
