"""Time expressions: tables of sentences with the timexes a reader would mark in them.

tests/data/timex_{en,ru}.tsv: one row per expected timex; rows sharing sentence
and anchor describe one sentence, and the sentence must yield exactly those
timexes, in that order. tests/data/timex_negative.txt: sentences with numbers
and words that are not dates.
"""
import csv
import re
from collections import OrderedDict
from pathlib import Path

import pytest

from bellink.dates import bounds
from bellink.ingest.model import PRECISIONS
from bellink.ingest.time.timex import find_timexes, month_number, tense, weekday_number

DATA = Path(__file__).parent / "data"
COLUMNS = ["sentence", "anchor", "text", "value", "end", "precision", "method", "kind"]


def _load(lang):
    groups = OrderedDict()
    with open(DATA / f"timex_{lang}.tsv", encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == COLUMNS, "unexpected header"
    for n, row in enumerate(rows[1:], start=2):
        assert len(row) == len(COLUMNS), f"line {n}: {len(row)} columns"
        rec = dict(zip(COLUMNS, (c or None for c in row)))
        groups.setdefault((rec["sentence"], rec["anchor"]), []).append(rec)
    return [pytest.param(lang, s, a, exp, id=f"{lang}:{s[:40]}|{a}") for (s, a), exp in groups.items()]


CASES = _load("en") + _load("ru")


def test_tables_are_big_enough():
    for lang in ("en", "ru"):
        rows = sum(len(p.values[3]) for p in CASES if p.values[0] == lang)
        assert rows >= 40, lang


@pytest.mark.parametrize("lang, sentence, anchor, expected", CASES)
def test_table(lang, sentence, anchor, expected):
    found = find_timexes(sentence, lang, anchor)
    assert [t.text for t in found] == [e["text"] for e in expected]
    for t, e in zip(found, expected):
        assert sentence[t.start:t.stop] == t.text
        got = {"value": t.value, "end": t.end, "precision": t.precision, "method": t.method, "kind": t.kind}
        want = {k: e[k] for k in got}
        assert got == want, t.text


NEGATIVE = [line for line in (DATA / "timex_negative.txt").read_text(encoding="utf-8").splitlines() if line.strip()]


def _lang(s):
    return "ru" if re.search("[а-яё]", s, re.I) else "en"


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_not_a_date(sentence):
    assert find_timexes(sentence, _lang(sentence), "2021-06-29") == []


def test_negative_list_covers_both_languages():
    assert {_lang(s) for s in NEGATIVE} == {"en", "ru"}
    assert len(NEGATIVE) >= 30


def test_offset_points_into_the_document():
    doc = "Headline.\nThe plan was adopted in March 2017. It will end by 2025."
    sentence_start = doc.index("It will")
    sentence = doc[sentence_start:]
    (t,) = find_timexes(sentence, "en", "2021-06-29", offset=sentence_start)
    assert doc[t.start:t.stop] == "by 2025"
    assert (t.value, t.kind) == ("2025", "deadline")


def test_results_sorted_and_disjoint_and_well_formed():
    for p in CASES:
        lang, sentence, anchor, _ = p.values
        found = find_timexes(sentence, lang, anchor)
        for a, b in zip(found, found[1:]):
            assert a.stop <= b.start
        for t in found:
            assert t.method in ("explicit", "relative")
            assert t.kind in ("date", "range", "deadline", "since")
            if t.value is None:
                assert t.precision is None and t.end is None
            else:
                assert t.precision in PRECISIONS
                bounds(t.value, t.end)  # a value the query side can read


def test_longest_match_wins():
    (t,) = find_timexes("The deal was signed on 17 June 2015.", "en", None)
    assert t.text == "on 17 June 2015"
    (t,) = find_timexes("Сделка подписана 17 июня 2015 года.", "ru", None)
    assert t.text == "17 июня 2015 года"


def test_relative_needs_fine_enough_anchor():
    # a weekday needs a day; "last month" a month; a bare month a year
    assert find_timexes("They met on Friday.", "en", "2021-06")[0].value is None
    assert find_timexes("They met on Friday.", "en", "2021-06-29")[0].value == "2021-06-25"
    assert find_timexes("Prices rose last month.", "en", "2021")[0].value is None
    assert find_timexes("Prices rose last month.", "en", "2021-06")[0].value == "2021-05"
    assert find_timexes("Prices rose in March.", "en", None)[0].value is None
    assert find_timexes("Prices rose in March.", "en", "2021")[0].value == "2021-03"


def test_malformed_anchor_leaves_relative_unresolved():
    (t,) = find_timexes("Prices rose last year.", "en", "--06-29")
    assert (t.value, t.method) == (None, "relative")


def test_empty_text():
    assert find_timexes("", "en", "2021-06-29") == []


@pytest.mark.parametrize("word, lang, n", [
    ("January", "en", 1), ("Sept.", "en", 9), ("sep", "en", 9), ("DEC", "en", 12), ("May", "en", 5),
    ("января", "ru", 1), ("январе", "ru", 1), ("январём", "ru", 1), ("март", "ru", 3), ("марте", "ru", 3),
    ("мае", "ru", 5), ("мая", "ru", 5), ("августом", "ru", 8), ("сентябрю", "ru", 9), ("Декабря", "ru", 12),
    ("сент.", "ru", 9), ("июня", None, 6), ("June", None, 6),
])
def test_month_number(word, lang, n):
    assert month_number(word, lang) == n


@pytest.mark.parametrize("word, lang", [("Maybe", "en"), ("марта", "en"), ("March", "ru"), ("мартовский", "ru"), ("", "en")])
def test_month_number_rejects(word, lang):
    assert month_number(word, lang) is None


@pytest.mark.parametrize("word, lang, n", [
    ("Monday", "en", 1), ("tue", "en", 2), ("Thurs.", "en", 4), ("SUNDAY", "en", 7),
    ("вторник", "ru", 2), ("среду", "ru", 3), ("среды", "ru", 3), ("пятницу", "ru", 5),
    ("субботой", "ru", 6), ("воскресенье", "ru", 7), ("пн", "ru", 1),
])
def test_weekday_number(word, lang, n):
    assert weekday_number(word, lang) == n


def test_weekday_number_rejects():
    assert weekday_number("Mondays", "en") is None
    assert weekday_number("среда", "en") is None


@pytest.mark.parametrize("text, lang, expected", [
    ("The minister said the systems were delivered.", "en", "past"),
    ("Russia will deliver the systems.", "en", "future"),
    ("Belarus plans to buy more jets.", "en", "future"),
    ("The exercise is scheduled for September.", "en", "future"),
    ("Министр заявил о поставках.", "ru", "past"),
    ("Стороны планируют провести учения.", "ru", "future"),
    ("Учения пройдут в сентябре.", "ru", "future"),
    ("Переговоры состоятся в Минске.", "ru", "future"),
    ("Поставки будут продолжены.", "ru", "future"),
    ("Генерал осмотрел арсенал.", "ru", "past"),
    ("The Belarusian armed forces", "en", "past"),  # no verb at all: news reports in the past
])
def test_tense(text, lang, expected):
    assert tense(text, lang) == expected


def test_tense_at_position():
    s = "Lukashenko said on Monday that Putin will arrive on Friday."
    assert tense(s, "en", s.index("Monday")) == "past"
    assert tense(s, "en", s.index("Friday")) == "future"


def test_the_prefilter_never_hides_a_match(monkeypatch):
    """timex._HINT skips sentences with no digit and no time word, and each rule skips a sentence
    without what every match of it holds (prefilter.required); neither may change any result."""
    import glob
    import re as _re
    from pathlib import Path

    from bellink.ingest.time import timex
    from bellink.ingest.segment import split_sentences

    root = Path(__file__).resolve().parent.parent
    texts = []
    for f in sorted(glob.glob(str(root / "tests" / "data" / "timex_*.tsv"))):
        for line in Path(f).read_text(encoding="utf-8").splitlines()[1:]:
            cols = line.split("\t")
            texts.append((cols[0], cols[1] if len(cols) > 1 and cols[1] else None))
    corpora = [*root.glob("seeds/*.txt"), *root.glob("bench/*/articles/*.txt"), *root.glob("tests/data/**/*.txt")]
    for f in corpora:
        texts += [(s.text, "2021-06-29") for s in split_sentences(f.read_text(encoding="utf-8"))]
    assert len(texts) > 500
    # the folded searches' corner: letters IGNORECASE equates with others ("ı" ~ "i", "ſ" ~ "s",
    # "ᲀ" ~ "в") and "İ", which lowercases to two characters
    texts += [(t, "2021-06-29") for t in ODD_LETTER_SENTENCES]
    hinted = timex._hinted
    for text, anchor in texts:
        lang = "ru" if _re.search("[а-яА-Я]", text) else "en"
        fast = timex.find_timexes(text, lang, anchor)
        monkeypatch.setattr(timex, "_hinted", lambda text, folded: True)
        monkeypatch.setattr(timex, "_FILTER_RULES", False)
        full = timex.find_timexes(text, lang, anchor)
        monkeypatch.setattr(timex, "_hinted", hinted)
        monkeypatch.setattr(timex, "_FILTER_RULES", True)
        assert fast == full, text


ODD_LETTER_SENTENCES = [
    "The jets arrive in ſpring 2025.",           # long s: IGNORECASE reads "spring"
    "The jets arrived thıs year.",                # dotless i
    "THE JETS ARRIVE NEXT SPRİNG.",               # dotted capital I
    "Поставка завершится в понедельник ᲂктября.",  # narrow o
    "Учения пройдут ᲂсенью 2025 года.",
    "Сᲀязь установили в 2019 году.",              # rounded ve
]


@pytest.mark.parametrize("text", ODD_LETTER_SENTENCES + [
    "Lukashenko said on 5 February that the jets will arrive in October.",
    "The second pair of Su-30SM2 fighters arrived in late December 2024.",
    "Минобороны сообщило 12 марта, что второй дивизион прибудет весной.",
    "Во вторник, 20 декабря, в Минске прошли переговоры.",
])
def test_folded_requirements_find_what_the_ignorecase_ones_find(text):
    """Every part a rule requires is found in the lowercased sentence (prefilter.fold_text)
    wherever it is found in the sentence as it is, under IGNORECASE."""
    from bellink.ingest.time import timex
    from bellink.ingest.time.prefilter import fold_text

    folded = fold_text(text)
    for lang in ("en", "ru"):
        for rule in timex._rules(lang):
            for need in rule.needs:
                if need.rx.search(text):
                    assert need.held_by(text, folded), (need.key, text)
    if timex._HINT.search(text):
        assert timex._hinted(text, folded)


@pytest.mark.parametrize("pattern, text, holds", [
    (r"(?<!\w)(?P<d>\d{1,2})\s+(?:jan(?:uary)?|feb(?:ruary)?)", "on 5 February", "(?:jan|feb)"),
    (r"(?:last|next)\s+(?:week|month)", "LAST WEEK", "(?:last|next)"),
    (r"(?:last|next)?\s*(?:week|month)", "week", "(?:week|month)"),
    (r"(?<!\w)(?-i:(?:May|June))(?!\w)", "in May", "(?-i:(?:May|June))"),
    (r"(?:(?:весн|зим)\w*)\s+(?:19|20)\d\d", "весной 2019", r"(?:19|20)\d\d"),
    (r"(?:the\s+)?(?:year)?", "", None),  # nothing is required: no filter
])
def test_required_is_held_by_every_match(pattern, text, holds):
    from bellink.ingest.time.prefilter import required

    rx = re.compile(pattern, re.I)
    need = required(rx)
    assert (need.pattern if need else None) == holds
    if need is not None:
        assert rx.search(text) and need.search(text)


@pytest.mark.parametrize("pattern, words, digit", [
    (r"(?:spring|summer|autumn|fall|winter)", ("fall", "autumn", "spring", "summer", "winter"), False),
    (r"(?:a(?:pril|ugust)|may)", ("may", "april", "august"), False),
    (r"(?:3\d|\d\d|\d)", (), True),                       # every branch holds a digit
    (r"(?:перв|втор|i|\d)", ("i", "перв", "втор"), True),
    (r"(?:day|today|week)", ("day", "week"), False),      # "today" holds "day"
    (r"(?:19|20)\d\d", None, False),                      # a digit inside a longer string
    (r"\bmay", None, False),                              # a boundary is no plain string
    (r"(?:ma[йя])", None, False),
    (r"(?:the)?year", None, False),
])
def test_literal_strings_spell_out_plain_patterns(pattern, words, digit):
    from bellink.ingest.time.prefilter import literal_strings

    got, got_digit = literal_strings(pattern)
    assert (sorted(got) if got is not None else None) == (sorted(words) if words is not None else None)
    assert got_digit == digit


def test_needs_and_hint_spelled_out_answer_as_their_searches():
    """A rule's need held as plain strings (``Need.words``) and the date-word hint's shortcut give
    what the searches give, on every corpus sentence and on made-up strings of the letters the
    words are made of."""
    import random

    from bellink.ingest.segment import split_sentences
    from bellink.ingest.time import timex
    from bellink.ingest.time.prefilter import fold_text

    root = Path(__file__).resolve().parent.parent
    texts = []
    for f in [*root.glob("seeds/*.txt"), *root.glob("bench/news/dev/articles/*.txt"), *root.glob("tests/data/**/*.txt")]:
        texts += [s.text for s in split_sentences(f.read_text(encoding="utf-8"))]
    rnd = random.Random(15)
    letters = "abcdefghijklmnoprstuvwyjanfebmarмайиюнгодлетзимведнеквартал .-0123٣"
    texts += ["".join(rnd.choice(letters) for _ in range(rnd.randint(0, 24))) for _ in range(3000)]
    texts += ODD_LETTER_SENTENCES
    needs = {n.key: n for lang in ("en", "ru") for rule in timex._rules(lang) for n in rule.needs}
    assert any(n.words is not None for n in needs.values())
    for text in texts:
        folded = fold_text(text)
        expected = (timex._HINT_FOLDED.search(folded) if folded is not None else timex._HINT.search(text)) is not None
        assert timex._hinted(text, folded) == expected, text
        if folded is None:
            continue
        for need in needs.values():
            if need.folded is not None:
                assert need.held_by(text, folded) == (need.folded.search(folded) is not None), (need.key, text)


def test_inside_quotes_reads_the_marks_as_a_walk_over_every_character_does():
    """``dating._inside_quotes`` looks only at the quotation marks; the state after the walk over
    every character of the sentence's start is the same, on made-up strings dense in marks."""
    import random

    from bellink.ingest.time.dating import _inside_quotes

    def walk(text, sent_start, pos):
        depth = straight = 0
        for ch in text[sent_start:pos]:
            if ch in "«„":
                depth += 1
            elif ch == "»" and depth:
                depth -= 1
            elif ch == "“":
                depth += 1
            elif ch == "”" and depth:
                depth -= 1
            elif ch == '"':
                straight ^= 1
        return depth > 0 or straight == 1

    rnd = random.Random(15)
    for _ in range(3000):
        text = "".join(rnd.choice("ab «»“”„\"'") for _ in range(rnd.randint(0, 20)))
        a, b = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        assert _inside_quotes(text, a, b) == walk(text, a, b), (text, a, b)
