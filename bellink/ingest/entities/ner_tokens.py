"""razdel's word tokenization, as (start, stop) offsets, without its per-boundary objects.

The Russian NER reads a sentence as razdel tokenizes it (slovnet's models were trained on
razdel's tokens), and razdel builds a record for every atom, every boundary between atoms and
every token, then finds each token in the text again: a quarter of the NER's time went there.
This is the same algorithm on plain tuples: razdel's own atom pattern splits the text; atoms
with whitespace between them are always separate tokens (razdel never asks its rules there);
where two atoms touch, razdel's rules are asked in razdel's order, with razdel's three-atom
windows on either side, and the first that answers decides. A test compares the tokens with
``razdel.tokenize`` on every sentence of the test and benchmark corpora and on made-up strings
of the cases each rule is for ("5,6", "из-за", ":-)", "Yahoo!", "ΔP").

Written for razdel 0.5.0 (the release natasha pins); with any other version the NER uses
razdel itself (``available``).
"""
from __future__ import annotations

from typing import Optional

try:
    from importlib.metadata import version

    from razdel.segmenters.punct import DASHES, ENDINGS
    from razdel.segmenters.tokenize import ATOM, INT, LAT, OTHER, PUNCT, RU, SMILE
    available = version("razdel") == "0.5.0"
except Exception:  # pragma: no cover - razdel comes with natasha; a version it does not say
    available = False

_WORDS = (OTHER, RU, LAT) if available else ()


def tokenize(text: str) -> list[tuple[int, int]]:
    """The (start, stop) of each token ``razdel.tokenize(text)`` gives, in order."""
    atoms = [(m.start(), m.end(), m.lastgroup) for m in ATOM.finditer(text)]
    if not atoms:
        return []
    out = []
    start = atoms[0][0]
    for k in range(1, len(atoms)):
        prev_stop = atoms[k - 1][1]
        if atoms[k][0] != prev_stop or not _join(text, atoms, k, start):
            out.append((start, prev_stop))
            start = atoms[k][0]
    out.append((start, atoms[-1][1]))
    return out


def _join(text: str, atoms: list, k: int, buffer_start: int) -> bool:
    """razdel's rules on the touching boundary before atom ``k``: the first rule that answers
    decides; none answering splits."""
    l1, r1 = atoms[k - 1], atoms[k]
    left, right = text[l1[0]:l1[1]], text[r1[0]:r1[1]]
    for delimiters, numbers_only in _TWO_ONE_TWO:
        got = _rule_2112(atoms, k, left, right, delimiters, numbers_only)
        if got is not None:
            return got
    # punct
    if l1[2] == PUNCT and r1[2] == PUNCT:
        if SMILE.match(text[buffer_start:l1[1]] + right):
            return True
        if left in ENDINGS and right in ENDINGS:
            return True
        if left + right in ("--", "**"):
            return True
    # other
    if l1[2] == OTHER and r1[2] in _WORDS:
        return True
    if l1[2] in _WORDS and r1[2] == OTHER:
        return True
    # yahoo
    if left.lower() == "yahoo" and right == "!":
        return True
    return False


def _rule_2112(atoms: list, k: int, left: str, right: str, delimiters, numbers_only: bool) -> Optional[bool]:
    """razdel's Rule2112 family: a delimiter atom on one side of the boundary joins the atoms
    around it ("из-за", "5,6", "1/2") when the atoms beyond it qualify; None when it does not
    answer. ``delimiters`` is a string (razdel tests ``in`` it) or a one-item tuple (``==``)."""
    if _is_delimiter(left, delimiters):
        a = atoms[k - 2] if k >= 2 else None
        b = atoms[k]
    elif _is_delimiter(right, delimiters):
        a = atoms[k - 1]
        b = atoms[k + 1] if k + 1 < len(atoms) else None
    else:
        return None
    if a is None or b is None:
        return None
    if numbers_only:
        return True if a[2] == INT and b[2] == INT else None
    if a[2] == PUNCT or b[2] == PUNCT:
        return None
    return True


def _is_delimiter(atom_text: str, delimiters) -> bool:
    if isinstance(delimiters, tuple):
        return atom_text == delimiters[0]
    return atom_text in delimiters


# razdel's RULES before its function rules, in its order: dash, underscore, float, fraction
_TWO_ONE_TWO = ((DASHES, False), (("_",), False), (".,", True), ("/\\", True)) if available else ()
