"""The speed-ups in the statements and events stages must not change what they find.

Several shortcuts stand in for a slower but obvious computation: a backward scan for a regex searched from
the left, a substring test that rules a text out before a regex runs, one search per pattern for an
alternation compiled per combination. Each is checked here against the computation it replaces, on random
text made of the patterns' own words, so a pattern edited without its shortcut fails here.
"""
import random
import re
from functools import lru_cache

import pytest

from bellink.ingest import statements
from bellink.ingest.events import document, lexicons, quoted_systems
from bellink.ingest.events.deliveries import cues

try:
    from re import _constants as C
    from re import _parser as P
except ImportError:  # Python < 3.11
    import sre_constants as C
    import sre_parse as P

PUNCT = [" ", " ", " ", ", ", ". ", "; ", ": ", "-", "'", "’", "\u00a0", "\n", "—", "(", ")", "«", "»", '"']
WORDS = ["Russia", "belarus", "the", "on", "in", "to", "of", "by", "as", "Khrenin", "said", "S-400", "министр",
         "заявил", "2019", "new", "и", "в"]
CATEGORY_CHARS = {C.CATEGORY_WORD: "aZж7_", C.CATEGORY_SPACE: " \n\u00a0", C.CATEGORY_DIGIT: "27",
                  C.CATEGORY_NOT_WORD: " ,.-'", C.CATEGORY_NOT_SPACE: "aZ,", C.CATEGORY_NOT_DIGIT: "a ,"}


def _sample(rx, rng) -> str:
    """A random string the pattern's body spells out (assertions such as \\b are left to chance)."""
    out = []

    def gen(items):
        for op, av in items:
            if op is C.LITERAL:
                out.append(chr(av))
            elif op is C.NOT_LITERAL:
                out.append(rng.choice([c for c in "a ,x" if c != chr(av)]))
            elif op is C.ANY:
                out.append(rng.choice("a ,"))
            elif op is C.IN:
                chars, negate = [], False
                for o, a in av:
                    if o is C.NEGATE:
                        negate = True
                    elif o is C.LITERAL:
                        chars.append(chr(a))
                    elif o is C.RANGE:
                        chars.append(chr(rng.randint(a[0], a[1])))
                    elif o is C.CATEGORY:
                        chars.extend(CATEGORY_CHARS.get(a, "a"))
                if negate:
                    chars = [c for c in "aZ ,.;:ж7" if c not in chars] or ["~"]
                out.append(rng.choice(chars))
            elif op is C.BRANCH:
                gen(rng.choice(av[1]))
            elif op is C.SUBPATTERN:
                gen(av[-1])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, sub = av
                for _ in range(rng.randint(lo, min(hi, lo + 2))):
                    gen(sub)
            # AT, ASSERT, ASSERT_NOT: left to the surrounding text

    gen(_parsed(rx))
    return "".join(out)


@lru_cache(maxsize=None)
def _parsed(rx):
    return P.parse(rx.pattern, rx.flags)


def _texts(patterns, n, rng, pieces=6, lower=False):
    """Random text: samples of the patterns among common words and punctuation."""
    patterns = list(patterns)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, pieces)):
            parts.append(_sample(rng.choice(patterns), rng) if rng.random() < 0.5 else rng.choice(WORDS))
            parts.append(rng.choice(PUNCT))
        s = "".join(parts)
        yield s.lower() if lower else s


@pytest.fixture
def rng():
    return random.Random(20240611)


def test_last_word_is_the_regex_group(rng):
    rx = re.compile(r"([\w'’-]+)[^\w]*$")
    alphabet = ["a", "B", "_", "'", "’", "-", " ", ",", ".", "ж", "Ё", "1", "\u00a0", "\n", "—", "‑", "²", "ǅ",
                "\u0301", "٣"]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        m = rx.search(s)
        assert statements.morph._last_word(s) == (m.group(1) if m else None), repr(s)


def test_filler_check_never_rules_out_a_match(rng):
    hits = 0
    for s in _texts([statements.words.FILLERS_AT_END], 5000, rng, 4):
        s = s.rstrip()
        if statements.words.FILLERS_AT_END.search(s):
            hits += 1
            assert statements.morph._may_end_with_filler(s), repr(s)
    assert hits > 100


def test_trailing_connector_check_never_rules_out_a_match(rng):
    vocab = ["and", "AND", "But", "и", "И", "а", "А", "но", "НО", "x", "d", "t", "о", ",", ";", ":", "-", "–", "—",
             " ", "\n", "\u00a0", "\u2009", "."]
    rx, end = statements.words.TRAILING_CONNECTORS, statements.words.TRAILING_CONNECTOR_END
    for _ in range(20000):
        s = "".join(rng.choice(vocab) for _ in range(rng.randint(1, 8)))
        m = rx.search(s)
        if m and m.end() == len(s):
            assert end.match(s, len(s) - 1), repr(s)


def test_whole_text_literals_are_in_every_match(rng):
    for rx, need in statements.words.REQUIRED_LITERALS.items():
        hits = 0
        for s in _texts([rx], 2000, rng, 4):
            if rx.search(s):
                hits += 1
                assert all(any(w in s for w in alts) for alts in need), (rx.pattern, s)
        assert hits > 100, rx.pattern


def test_sentence_literals_are_in_every_match(rng):
    for rx, words in lexicons.SENTENCE_LITERALS.items():
        hits = 0
        for s in _texts([rx], 2000, rng, 4, lower=True):
            if rx.search(s):
                hits += 1
                assert any(w in s for w in words), (rx.pattern, s)
        assert hits > 100, rx.pattern


def test_transfer_cues_need_their_literals(rng):
    for i, rx in enumerate(cues.EN_TRANSFER_RX):
        hits = 0
        for s in _texts([rx], 300, rng, 3, lower=True):
            if rx.search(s):
                hits += 1
                assert lexicons.EN_TRANSFER_QUICK.search(s), s
                assert any(k in s for k in cues.EN_TRANSFER_KEYS[i]), (lexicons.EN_TRANSFER[i][0], s)
        assert hits > 20, lexicons.EN_TRANSFER[i][0]


def test_transfer_matches_are_the_alternation(rng):
    alternation = re.compile("|".join(f"(?P<c{i}>{p})" for i, (p, _, _) in enumerate(lexicons.EN_TRANSFER)))
    every = tuple(range(len(lexicons.EN_TRANSFER)))
    for s in _texts(cues.EN_TRANSFER_RX, 3000, rng, 8, lower=True):
        want = [(m.start(), m.end(), int(m.lastgroup[1:])) for m in alternation.finditer(s)]
        assert cues._en_transfer_matches(s, every) == want, s
        present = set()
        for k, idx in cues.EN_TRANSFER_LITERALS.items():
            if k in s:
                present.update(idx)
        assert cues._en_transfer_matches(s, tuple(sorted(present))) == want, s


def test_quoted_name_is_in_every_quoted_system(rng):
    hits = 0
    for s in _texts([quoted_systems.QUOTED_SYSTEM], 3000, rng, 4):
        if quoted_systems.QUOTED_SYSTEM.search(s):
            hits += 1
            assert quoted_systems.QUOTED_NAME.search(s), s
    assert hits > 100


def test_accord_references_name_an_accord(rng):
    hits = 0
    for s in _texts([lexicons.AGREE_REF_EN], 3000, rng, 4, lower=True):
        if lexicons.AGREE_REF_EN.search(s):
            hits += 1
            assert lexicons.AGREE_NOUN_EN.search(s), s
    assert hits > 100


def test_tokens_keep_their_offsets():
    from bellink.ingest.entities import TOKEN
    from bellink.ingest.pipeline import analyze_text

    text = ("Russia's S-400 «Триумф» systems — and 12 Su-30SM2 jets — were delivered to Belarus on 3 May, "
            "заявил министр обороны Виктор Хренин.\n\nThe state-run plant's head, Oleg Sidorenko, said so.\n")
    a = analyze_text(text, published="2024-05-05")
    d = document.Doc(a)
    for s, sent in zip(a.sentences, d.sents):
        want = [(s.start + m.start(), s.start + m.end(), m.group()) for m in TOKEN.finditer(s.text)]
        assert [(t.start, t.stop, t.text) for t in sent.toks] == want
        for pos in range(s.start - 1, s.stop + 2):  # tok_at: the token at pos, else the next one, else the last
            expect = next((t.i for t in sent.toks if t.start <= pos < t.stop or t.start >= pos), len(sent.toks) - 1)
            assert d.tok_at(sent, pos) == expect


def _gates():
    from bellink.ingest.events import exercises, negation
    from bellink.ingest.events.deliveries import guards
    from bellink.ingest.time.prefilter import Gate

    from bellink.ingest.time import story

    from bellink.ingest.entities import people

    found = [g for mod in (exercises, negation, guards, people) for g in vars(mod).values() if isinstance(g, Gate)]
    found += list(story._GATES.values())
    assert len(found) >= 7  # (events' HYPOTHETICAL, FRUITLESS, EXERCISE_NOUN, MOUNTED_BEFORE, REFUSAL: docgate, below)
    return found


def test_document_gated_searches_are_the_searches(rng):
    """``docgate.may`` (the words every match holds, in the document's lowercase) never says no where the regex finds
    a match, in the whole text or between pos and endpos, on text made of the pattern's own samples, in any case."""
    from bellink.ingest import docgate
    from bellink.ingest.events import negation
    from bellink.ingest.events.deliveries import coordination, guards
    from bellink.ingest.statements import documents, keypoints, words

    gated = [words.LEARNED_EN, words.LEARNED_RU, words.QUOTED_WORDS_RU, words.CHANNEL_SLOTS_EN, words.CHANNEL_SLOTS_RU,
             words.ISSUED_DOC, documents.DOC_SUBJECT_EN, keypoints.LIST_LEAD, lexicons.EN_HALT, lexicons.EN_RESUME,
             lexicons.CARRY_EN, lexicons.REPORT_EN, guards.TRAINING_PURPOSE, guards.SOVIET_TIMES, guards.REPAIR_PURPOSE,
             guards.FOREIGN_BUYERS, guards.OPERATED_BY, guards.FROM_DISTRICT, guards.WITH_CREWS, lexicons.MOVE_EN,
             lexicons.SEND_EN, lexicons.MOVE_PURPOSE_EN, lexicons.CLAIM, coordination.ADDITION, negation.SUBORDINATE_TAIL,
             lexicons.HYPOTHETICAL, lexicons.FRUITLESS, lexicons.EXERCISE_NOUN, guards.MOUNTED_BEFORE, guards.REFUSAL]
    for rx in gated:
        name = rx.pattern[:60]
        hits = 0
        for s in _texts([rx], 400, rng, 5):
            for t in (s, s.upper(), s.title()):
                lo, hi = len(t) // 3, len(t) - 2
                for a, b in ((0, len(t)), (lo, hi)):
                    if rx.search(t, a, b) is not None:
                        hits += 1
                        assert docgate.may(rx, t) and docgate.may(rx, t, a, b), (name, t, a, b)
        assert hits > 20, name


def test_gated_searches_are_the_searches(rng):
    """A Gate (the regex behind the words every match of it holds) finds what the regex finds, in the whole text
    and between pos and endpos, on text made of the pattern's own samples, in any case."""
    for gate in _gates():
        assert gate.needs, gate.rx.pattern[:60]  # a gate without requirements filters nothing
        hits = 0
        for s in _texts([gate.rx], 800, rng, 5):
            for t in (s, s.upper(), s.title()):
                want = gate.rx.search(t)
                got = gate.search(t)
                assert (want and want.span()) == (got and got.span()), (gate.rx.pattern[:60], t)
                hits += want is not None
                lo, hi = len(t) // 3, len(t) - 2
                want = gate.rx.search(t, lo, hi)
                got = gate.search(t, lo, hi)
                assert (want and want.span()) == (got and got.span()), (gate.rx.pattern[:60], t, lo, hi)
        assert hits > 50, gate.rx.pattern[:60]


def test_rank_at_end_is_the_search(rng):
    from bellink.ingest.entities.people import RANK_AT_END, _rank_at_end

    hits = 0
    for s in _texts([RANK_AT_END], 4000, rng, 4):
        for t in (s, s.rstrip(), s + " .,", "Colt" + s, s + "\n"):
            want, got = RANK_AT_END.search(t), _rank_at_end(t)
            assert (want and want.span()) == (got and got.span()), t
            hits += want is not None
    assert hits > 1000


def test_entity_tokens_keep_their_offsets(rng):
    from bellink.ingest.entities import TOKEN
    from bellink.ingest.entities.tokens import tokenize

    alphabet = ["a", "B", "_", "'", "-", "‑", " ", ",", ".", "ж", "Ё", "1", "\u00a0", "\n", "—", "ǅ", "\u0301", "٣",
                "S-400", "a_b", "--", "x-", "-y"]
    for _ in range(5000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert [(t.start, t.stop, t.text) for t in tokenize(s)] == \
            [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(s)], s


def test_story_hint_gate_is_the_hint_search(rng):
    """story.add asks only the gate whether the text holds a HINT word: HINT is nothing but its words, so the
    gate's answer is the search's, in any case and with the characters lowercasing cannot fold."""
    from bellink.ingest.time import story

    gate = story._GATES[story.HINT]
    hits = 0
    for s in _texts([story.HINT, story.RU, story.EN], 3000, rng, 5):
        for t in (s, s.upper(), s.title(), s + " ı", "İ" + s, s.replace("e", "ſ")):
            want = story.HINT.search(t) is not None
            assert gate.may_match(t) == want, t
            hits += want
    assert hits > 1000


def test_every_exercise_name_holds_a_dash_and_a_year(rng):
    from bellink.ingest.entities.mentions import DASH_YEAR
    from bellink.ingest.entities.tokens import EXERCISE_NAME

    hits = 0
    for s in _texts([EXERCISE_NAME], 4000, rng, 4):
        for t in (s, s.upper()):
            if EXERCISE_NAME.search(t):
                hits += 1
                assert DASH_YEAR.search(t), t
    assert hits > 1000


def test_time_rules_tried_where_a_match_begins_find_what_the_search_finds(rng):
    """A time rule whose matches all begin with a digit or a capital letter is tried only where one stands
    (prefilter.Starts): from every position it finds the match the core's search finds, with the same groups,
    in any case and beside letters that case folding equates (ſ/s, K/k) or that lowercase to two (İ)."""
    from bellink.ingest.time import timex

    tried = 0
    for lang in ("en", "ru"):
        for rule in timex._rules(lang):
            if rule.find == rule.core.search:
                continue
            tried += 1
            hits = 0
            for s in _texts([rule.core], 150, rng, 4):
                for t in (s, s.upper(), s.lower(), s.title(), "İ" + s.replace("s", "ſ"), "1" + s + "2", "mid-" + s):
                    for pos in (0, 1, len(t) // 2):
                        want, got = rule.core.search(t, pos), rule.find(t, pos)
                        assert (want and (want.span(), want.groupdict())) == (got and (got.span(), got.groupdict())), \
                            (lang, rule.priority, t, pos)
                        hits += want is not None
            assert hits > 100, (lang, rule.priority)
    assert tried >= 20  # the digit-first and the English month-first rules


def test_a_match_begins_with_its_start_class():
    from bellink.ingest.time.prefilter import starts

    assert starts(re.compile(r"(?<!\w)(?:19|20)\d\d", re.I)).pattern == "[12]"
    assert starts(re.compile(r"\b(?:the\s+)?(?-i:[QH])[1-4]", re.I)) is None  # "the" may begin it: a lowercase letter
    assert starts(re.compile(r"(?<!\w)(?-i:May|June)\b", re.I)).pattern == "[MJ]"
    assert starts(re.compile(r"(?<!\w)(?:May|June)\b", re.I)) is None  # "may", "june" too: most words' letters
    assert starts(re.compile(r"\d*x", re.I)) is None  # may begin with "x"
    assert starts(re.compile(r"(?:\d+)?", re.I)) is None  # may match nothing anywhere
    assert starts(re.compile(r"[^a]\d")) is None


def test_filler_last_word_by_length_is_the_search(rng):
    """_may_end_with_filler tries each length of the fillers' last words once before the trailing spaces and
    commas: the same answer as searching FILLER_LAST_WORD in the 20 characters there, in any case."""
    rx = statements.words.FILLER_LAST_WORD

    def old(s):
        k = len(s)
        while k and (s[k - 1].isspace() or s[k - 1] == ","):
            k -= 1
        return rx.search(s, max(0, k - 20), k) is not None

    hits = 0
    for s in _texts([statements.words.FILLERS_AT_END, rx], 4000, rng, 5):
        for t in (s, s.upper(), s.title(), s.rstrip(), "x" + s.rstrip() + " ,", s.rstrip()[-19:], s.replace("s", "ſ")):
            assert statements.morph._may_end_with_filler(t) == old(t), repr(t)
            hits += old(t)
    assert hits > 1000

