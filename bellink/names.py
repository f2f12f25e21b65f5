"""Name folding shared by ingest (alias keys) and queries (the name lookup).

``fold`` turns any spelling of a name, in either script, into one lookup key:
"С-400 «Триумф»", "S-400 Triumf" and "s400triumf" meet; "Andrei Ravkov",
"Andrey Ravkov" and "Андрей Равков" meet. ``transliterate`` gives unknown
Russian names a readable English form. Standard library only: the query
commands import this and must start fast.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# BGN/PCGN-style romanization, simplified the way news agencies write names.
TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Belarusian and Ukrainian letters that turn up in names
    "і": "i", "ї": "yi", "є": "ye", "ў": "u", "ґ": "g",
}
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def has_cyrillic(s: str) -> bool:
    # most words of an English text are ASCII: str.isascii answers those without a search
    return not s.isascii() and CYRILLIC.search(s) is not None


FINAL_IY = re.compile(r"([ИиЫы])[Йй](?![\w])")
# letters only Belarusian or Ukrainian spelling has
BELARUSIAN_OR_UKRAINIAN = re.compile(r"[іїєўґІЇЄЎҐ]")


def transliterate(s: str) -> str:
    """Readable Latin form of a Cyrillic string, keeping capitals ("Вольфович" -> "Volfovich")."""
    # "-ий"/"-ый" endings are written "-y" in news romanization (Shpakovsky, Gennady)
    s = FINAL_IY.sub(lambda m: "Ы" if m.group(1).isupper() else "ы", s)
    # Belarusian and Ukrainian write 'г' for [h]: 'Чыгуначны назіральнік' is Chyhunachny naziralnik
    h_for_g = BELARUSIAN_OR_UKRAINIAN.search(s) is not None
    out = []
    for i, ch in enumerate(s):
        low = ch.lower()
        if low in TRANSLIT:
            t = "h" if low == "г" and h_for_g else TRANSLIT[low]
            # "е" opens a word as "ye" in news romanization (Yevgeny), not after consonants
            if low == "е" and (i == 0 or not s[i - 1].isalpha()):
                t = "ye"
            if ch != low and t:
                t = t[0].upper() + t[1:]
            out.append(t)
        else:
            out.append(ch)
    return "".join(out)


# Latin letters drawn like Cyrillic ones: typed by mistake inside Russian words and designators ("Cу-30" with a Latin
# C, "C-300" for С-300)
LATIN_LOOKALIKE = str.maketrans("ABCEHKMOPTXaceopxy", "АВСЕНКМОРТХасеорху")
MIXED_WORD = re.compile(r"[^\W\d_]+")
# a designator whose letters are all Latin lookalikes of Cyrillic ones: "C-300", "P-800", "X-101"
LOOKALIKE_DESIGNATOR = re.compile(r"[ABCEHKMOPTX]{1,3}(?=[-‑]?\d)")


def _one_script(m: re.Match) -> str:
    w = m.group(0)
    return w.translate(LATIN_LOOKALIKE) if not w.isascii() and CYRILLIC.search(w) and re.search("[A-Za-z]", w) else w


def lookalike_key(word: str) -> str:
    """The key of a Latin designator read as the Cyrillic one it looks like ("C-300" -> the key of С-300), or ""
    when the word is not such a designator or reads the same either way ("T-72")."""
    m = LOOKALIKE_DESIGNATOR.match(word)
    if m is None:
        return ""
    key = fold(word[:m.end()].translate(LATIN_LOOKALIKE) + word[m.end():])
    return key if key != fold(word) else ""


@lru_cache(maxsize=100_000)
def fold(s: str) -> str:
    """Script-, case-, punctuation- and common-spelling-insensitive key of a name."""
    if not s.isascii() and CYRILLIC.search(s):
        s = MIXED_WORD.sub(_one_script, s)  # "Cу-30" (a Latin C in a Russian word) is Су-30
    s = unicodedata.normalize("NFKC", s).lower().replace("ё", "е")
    s = "".join(TRANSLIT.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    out = []
    for word in re.split(r"[^\w]+|_", s):
        word = "".join(ch for ch in word if ch.isalnum())
        if not word:
            continue
        # Spelling variants romanizations disagree on: Andrey/Andrei, Yury/Yuri,
        # Yevgeny/Evgeny, Aleksandr/Alexsandr, Khrenin/Hrenin. Others are left to aliases.
        word = word.replace("x", "ks").replace("y", "i").replace("ii", "i").replace("kh", "h")
        if word.startswith("ie"):
            word = word[1:]
        out.append(word)
    return "".join(out)


def fold_tokens(s: str) -> list[str]:
    return [fold(t) for t in re.findall(r"[\w][\w\-.]*", s) if fold(t)]


# Spellings that sound alike but that fold() keeps apart, because as lookup keys they would
# join names that are different: "Равкофф"/"Ravkoff" and "Ravkov" (a final -в sounds [f]; the
# old French/German romanization writes -off), "Ravkow", doubled letters, "ph", "ck", "tch".
SOUND = [(re.compile(p), r) for p, r in (
    (r"(.)\1+", r"\1"), (r"ph", "f"), (r"w", "v"), (r"tch", "ch"), (r"ck", "k"), (r"f$", "v"),
)]


def sound_fold(key: str) -> str:
    """A folded key (``fold``) with sound-alike spellings merged; for scoring near-misses only."""
    for pattern, repl in SOUND:
        key = pattern.sub(repl, key)
    return key


_NOTHING = object()


def value_of_keys(keys, table: dict, word: str, default=None):
    """What ``table`` says of a word looked up by its keys (its own form, lemmas, stems): the value all the keys found
    agree on; when they disagree, the one its own form finds, else ``default``. Never the key a set's order (the
    process's hash seed) offers first: 'сорока' read as the number or the magpie must not change from run to run."""
    found = _NOTHING
    for k in keys:
        v = table.get(k, _NOTHING)
        if v is _NOTHING:
            continue
        if found is _NOTHING:
            found = v
        elif v != found:
            own = table.get(fold(word), _NOTHING)
            return default if own is _NOTHING else own
    return default if found is _NOTHING else found
