"""Two transfers joined by ", and" / ", и" in one sentence: each conjunct is its own clause, with its own stage,
count and date.

    "The first four Yak-130 were handed over in April, and a second four are due in 2016."
        -> delivered (4, April) | planned (4, 2016)
    "The first two divisions reached Brest in December, and the remaining pair crossed the border last week."
        -> delivered (2, December) | delivered (2, last week)
    "Первую пару Су-30СМ Белоруссия получила 13 ноября, и вторая пара приземлилась в среду."
An elided repeat after the verb is the same stage again with its own count and date
(``elided_repeats``):
    "Belarus received four Yak-130 in April 2015, and four more in November 2016"  -> 4 (2015-04), 4 (2016-11)
    "Belarus took its first Tor-M2 battery in 2011, and the second a year later"   -> 1 (2011), 1 (2012)
    "первую батарею бригада получила в 2011 году, а вторую – в 2012-м"             -> 1 (2011), 1 (2012)
Not cut: "S-400, Iskander-M, and Tor-M2 systems were delivered" (no transfer verb before the comma: one
list), "delivered in April, and four more in November" (no verb after it: an ellipsis, read by the
clause as a whole).

A conjunct needs a transfer verb of its own: a cue whose subject is a side of the transfer (supply,
receive, theme), outside a reporting frame.
"""
from __future__ import annotations
from bellink.names import value_of_keys

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.docgate import may
from bellink.ingest.events.deliveries.collectives import _ordinal_word
from bellink.ingest.events.dates import ADDITION_HEAD, event_date
from bellink.ingest.events.deliveries.cues import transfer_cues
from bellink.ingest.events.document import Clause
from bellink.ingest.events.lexicons import COLLECTIVE_EN, COLLECTIVE_RU
from bellink.ingest.events.numbers import number_value
from bellink.ingest.model import DateRef
from bellink.ingest.time import dating
from bellink.ingest.time.prefilter import fold_text

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc, Sent

# ", and" / ", и"; without the comma only before an intention ("shipped 52 last year and plans to deliver
# another 60", "отгрузил 50 шасси и рассчитывает отгрузить ещё 60"): a past stage and a planned one
# ", а" / ", but" / ", while", and a comma before "ещё" / "another" ("получила два Су-30СМ2 в мае, еще четыре ждем к
# декабрю") cut the same way when both sides have a transfer verb of their own
AND = re.compile(r",\s+(?:and|и|а|но|but|while|whereas)\s+|"
                 # "arrived in February, the minister said, adding that the two would go on duty by December"
                 r",\s+(?:adding|and\s+added)\s+(?:that\s+)?|"
                 # "delivered four last year and will deliver another four this year": a future predicate of its own
                 r"\s+and\s+(?=(?:will|would|shall|is\s+(?:due\s+|set\s+|expected\s+)?to|was\s+(?:due\s+|set\s+|expected\s+)?to|"
                 r"expects\s+to)\s)|"
                 # "Belarus delivered 30 T-72A tanks to Russia in March and Russia sent two batteries to Belarus in May"
                 r"\s+and\s+(?=" + r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:(?:has|have|had|also|then|later|in\s+turn)\s+)*"
                 r"(?:\w+ed|sent|sold|gave|got|took|bought|brought|began|made|paid|said|built)\b)|"
                 r"\s+and\s+(?=(?:has|have|had)\s+(?:also\s+|already\s+)?"
                 r"(?:signed|concluded|placed|ordered|bought|received|taken)\b)|,\s+(?=(?:ещё|еще|another|a\s+further)\s)|"
                 # ", до конца года ждем еще одну", ", by May we expect another two": a further batch a few words on
                 # ("законтрактованные еще в 2022 году": "еще" before a time is "as early as", no further batch)
                 r",(?P<further>)\s+(?=(?:[^\W\d_][\w-]*\s+){1,5}?(?:(?:ещё|еще)\s+(?:\d|одн|дв|тр|четыр|пят|шест|сем|восем|девят|"
                 r"десят|дюжин|пар|парти|батаре|дивизион|звено|столько|нескольк)|(?:another|a\s+further)\s))|"
                 # ", the first two arrived in 2019": a part of the batch as the subject of a clause of its own
                 r",\s+(?=(?:the\s+)?(?:first|second|third|fourth|fifth|next|last|remaining|rest)\s+(?!of\b)|"
                 r"(?:первы[еймх]|втор[аоуые]\w*|трет\w+|четв[её]рт\w+|следующ\w+|последн\w+|остальн\w+|оставш\w+)\s)|"
                 # "ordered 12 Su-30SM in 2017 and received four of them in 2019": a later stage of its own
                 # ("signed the contract in 2017 and delivered the first four in 2019": the supplier's later stage)
                 r"\s+(?:and|и)(?P<later>)\s+(?=(?:then\s+|later\s+|затем\s+|позже\s+)?(?:received|took\s+delivery|got|"
                 r"delivered|supplied|shipped|handed\s+over|transferred|"
                 # ("и поставила его на боевое дежурство" puts it on duty: a service entry of the same transfer)
                 r"получил[аи]?|приняла|приняли|передал[аи]?|"
                 r"поставил[аи]?(?!\s+(?:[\w-]+\s+){0,3}?(?:на\s+(?:боевое\s+)?дежурств|на\s+вооружени)))\s)|"
                 # "shipped 14 chassis last year and will ship another eight this year": a later stage told ahead
                 r"\s+and\s+(?=(?:will|would|shall|(?:is|was|are|were)\s+(?:due|set|expected)\s+to)\s)|"
                 # "отгрузил 14 шасси и в этом году отгрузит еще восемь": a further batch with a verb of its own
                 r"\s+и\s+(?=(?:[\w-]+\s+){0,4}?ещ[её]\s)|"
                 r"\s+(?:and|и)\s+(?=(?:also\s+|также\s+)?(?:plans|expects|intends|hopes|aims|"
                 r"планирует|рассчитывает|намерен[аоы]?|собирается|ожидает)\b)", re.IGNORECASE)
# "expects another pair ... and has signed a contract for six more": a perfect after "and" is a predicate of its own,
# a contract noun its transfer
# (what a speaker adds is another statement: cut there whether or not it has a transfer verb of its own)
# ("said Belarus would receive a pair in October, and that talks on Mi-28NE were continuing": two things said)
ADDING = re.compile(r"(?i),\s+(?:adding|and\s+added|and\s+that)\b|\s+and\s+(?-i:[A-Z])")
AND_PERFECT = re.compile(r"(?i)\s+and\s+(?:has|have|had)\b")
VERB_SIDES = frozenset({"supply", "receive", "theme"})


def _has_verb(d: Doc, sent: Sent, clause: Clause, signed: bool = False) -> bool:
    """A transfer verb of the clause's own; with ``signed``, also a contract the clause says was signed ("The contract
    was signed in Moscow on Tuesday, and the first four aircraft are due in 2019": two stages, each dated)."""
    cues = [c for c in transfer_cues(d, sent, clause) if not d.in_frame(sent, c.start)]
    if any(c.side in VERB_SIDES for c in cues):
        return True
    return signed and any(c.stage == "ordered" for c in cues) and SIGNED.search(d.text, clause.start, clause.stop) is not None


SAID_MORE = re.compile(r"(?i),\s+(?:adding|and\s+added)\b")


def _own_systems(sent: Sent, part: Clause) -> bool:
    return any(o.type == "weapon_system" and part.start <= o.start < part.stop for o in sent.mentions)


# ("signed a contract for 12 ..., and the first four are due in 2019": the active verb signs it as well)
def _further_ahead(d: Doc, sent: Sent, left: Clause, right: Clause) -> bool:
    """A further batch a few words after a comma is a clause of its own only when it is still to come and the batch
    before it has come: "прилетела пара Су-30СМ2, до конца года ждем еще одну"."""
    from bellink.ingest.events.deliveries.stages import asserted_stage

    def stage(part: Clause) -> Optional[str]:
        cues = [c for c in transfer_cues(d, sent, part) if not d.in_frame(sent, c.start)]
        verbs = [c for c in cues if c.side in VERB_SIDES]
        return asserted_stage(d, sent, part, verbs[0], cues, [])[0] if verbs else None

    return stage(left) in ("delivered", "in_service") and stage(right) == "planned"


SIGNED = re.compile(r"(?i)\b(?:was|were|has\s+been|have\s+been)\s+signed\b|\bподписан[аоы]?\b|\bзаключ[её]н[аоы]?\b|"
                    r"\b(?:signed|concluded|inked)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:contract|deal|agreement)\b|"
                    r"\b(?:подписал[аио]?|заключил[аио]?)\s+(?:[\w-]+\s+){0,3}?(?:контракт|договор|соглашение)\b")


# A word every AND match holds in its text or its look-ahead (so within the clause), commonest first: a clause
# lowercased (``prefilter.fold_text``, which equals IGNORECASE for these letters) without any has no cut, and the
# alternation (tried at every comma and space) is not run over it
AND_WORDS = ("and", "и", "а", "but", "while", "first", "second", "next", "last", "rest", "another", "further", "но",
             "whereas", "adding", "third", "fourth", "fifth", "remaining", "ещё", "еще", "перв", "втор", "трет", "четв",
             "следующ", "последн", "остальн", "оставш")


def conjuncts(d: Doc, sent: Sent, clause: Clause) -> list:
    """The clause cut at each ", and" with a transfer verb on both sides; [clause] when there is none."""
    seg = d.text[clause.start:clause.stop]
    folded = fold_text(seg)
    if folded is not None and not any(map(folded.__contains__, AND_WORDS)):
        return [clause]
    if "," not in seg and not AND.search(d.text, clause.start, clause.stop):
        return [clause]
    out = []
    start = clause.start
    for m in AND.finditer(d.text, clause.start, clause.stop):
        left, right = Clause(start, m.start()), Clause(m.start(), clause.stop)
        adding = ADDING.match(d.text, m.start(), clause.stop) is not None
        if m.group("further") is not None and not _further_ahead(d, sent, left, right):
            continue
        if _has_verb(d, sent, left, signed=m.group(0).startswith(",") or m.group("later") is not None) and (adding or _has_verb(d, sent, right) or (
                AND_PERFECT.match(d.text, m.start(), clause.stop) and
                any(c.stage and not d.in_frame(sent, c.start) for c in transfer_cues(d, sent, right)))) or \
                SAID_MORE.match(d.text, m.start(), clause.stop) and _own_systems(sent, left) and _own_systems(sent, right):
            # ("Russia has not sent S-400 systems to Belarus, the ministry said, adding that Russia delivered four
            # Tor-M2K": what is added names its own system; the one said before is no object of its verb)
            out.append(left)
            start = m.start()
    out.append(Clause(start, clause.stop))
    return out


# --- an elided repeat: ", and the second a year later" -----------------------------------------------------

# ", а вторую – в 2012-м", ", and the second a year later", ", еще две – осенью"; and in Russian the dash alone after a
# comma gaps the verb: "первые две батареи поступили в марте, третья – в сентябре"
JOIN = re.compile(r"(?:,\s*|\s+)(?:and|и|а)\s+(?:then\s+|затем\s+|ещё\s+|еще\s+)?|,\s+(?=(?:ещё|еще|another)\b)"
                  r"|,\s+(?=(?:[а-яё]+\s+){1,2}[–—]\s)", re.IGNORECASE)  # (", в апреле – еще 25": a time, then the dash)
LATER = re.compile(r"(?i)\b(?:(?P<n>an?|one|two|three|\d+)\s+(?P<u>year|month)s?\s+later|(?P<u2>год|месяц)\s+спустя|"
                   r"через\s+(?P<u3>год|месяц)|(?P<u4>годом|месяцем)\s+позже)\b")
YEAR_OF = frozenset({"нынешнего", "текущего", "этого", "прошлого", "следующего", "будущего"})
SAME = re.compile(r"(?i)\b(?:столько же|as many(?: again)?|the same number)\b")
PRO_ONE = frozenset({"one", "один", "одну", "одна"})
# (words that say the elided count is a further part of the batch: "four more", "the remaining two", "оставшиеся две")
MORE = frozenset({"more", "another", "further", "other", "remaining", "ещё", "еще", "столько", "же", "as", "many",
                  "again", "остальные", "оставшиеся", "остальных", "оставшихся"})


def _count(d: Doc, toks: list) -> Optional[float]:
    """The count of an elided conjunct: "four more", "another three", "the second" (one), "вторую" (one)."""
    for n, t in enumerate(toks):
        if t.low in ("a", "an", "the"):
            continue
        val = number_value(d, t)
        if val is not None:
            return val
        col = (value_of_keys(t.keys, COLLECTIVE_RU, t.text) if d.ru and t.cyr
               else COLLECTIVE_EN.get(t.low))
        if col:
            return float(col)
        if _ordinal_word(d, t):
            after = toks[n + 1:n + 2]
            if after and (COLLECTIVE_EN.get(after[0].low) or (d.ru and after[0].keys & set(COLLECTIVE_RU))):
                return float(COLLECTIVE_EN.get(after[0].low) or 2)
            if after and number_value(d, after[0]) is not None and after[0].low not in ("a", "an"):
                return number_value(d, after[0])  # "and the next four a year later": four, not one
            return 1.0
    return None


def _ordinal_before(d: Doc, sent: Sent, at: int) -> bool:
    """A lone ordinal (after a comma, with "the" at most) ends right before ``at``: the first of two joined ordinals."""
    lo = max(sent.start, at - 40)
    pre = d.text[lo:at].rstrip()
    if not re.search(r",\s*(?:the\s+)?\w+$", pre):
        return False
    tok = next((t for t in sent.toks if t.stop == lo + len(pre)), None)
    return tok is not None and _ordinal_word(d, tok)


def _shift(value: str, years: int, months: int) -> Optional[str]:
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    y = int(parts[0])
    if months and len(parts) > 1 and parts[1].isdigit():
        m = int(parts[1]) - 1 + months
        return f"{y + m // 12:04d}-{m % 12 + 1:02d}"
    if months:
        return None
    return f"{y + years:04d}"


def elided_repeats(d: Doc, sent: Sent, clause: Clause, cue, same: Optional[float] = None,
                   collective: bool = False) -> list:
    """[(start of the conjunct, count, DateRef)] for each ", and four more in November" after ``cue``: the same
    stage of the same system again, with its own count and date; "a year later" counts from the verb's own
    date, "as many again" / "еще столько же" repeats ``same``. When the verb's count is a collective
    (``collective``: "первую пару ..., а вторую – спустя неделю"), a bare ordinal elides that collective: the
    second pair is ``same`` again, not one."""
    out = []
    times = [t for t in dating.timexes_in(d.a, sent.index) if clause.start <= t.start < clause.stop]
    for m in JOIN.finditer(d.text, cue.stop, clause.stop):
        end = re.compile(r"[,;.:()]").search(d.text, m.end(), clause.stop)
        end = end.start() if end else clause.stop
        conj = d.text[m.end():end]
        timex = next((t for t in times if m.end() <= t.start and t.stop <= end), None)
        later = None if timex else LATER.search(conj)
        if timex is None and later is None:
            continue
        t_lo, t_hi = (timex.start, timex.stop) if timex else (m.end() + later.start(), m.end() + later.end())
        # (", вторую – летом нынешнего": the year word of an elided "года" belongs to the time, not the conjunct)
        words = [t for t in d.toks_in(sent, m.end(), end) if not t_lo <= t.start < t_hi and t.low not in YEAR_OF]
        if not 1 <= len(words) <= 3 or any(x.start <= w.start < x.stop for w in words for x in sent.mentions) or \
                transfer_cues(d, sent, Clause(m.end(), end)):
            continue
        if SAME.search(conj):
            count = same
        else:
            count = _count(d, [w for w in words if w.low not in MORE])
            bare = [w for w in words if w.low not in MORE and w.low not in ("a", "an", "the")]
            if len(bare) == 2 and _ordinal_word(d, bare[0]) and bare[1].low in PRO_ONE:
                bare = bare[:1]  # "and the second one in March": "one" stands for the head noun, a pair is two
            if collective and same and len(bare) == 1 and (_ordinal_word(d, bare[0]) or bare[0].low in PRO_ONE):
                # "the first pair ..., and the second a week later": the second pair; "Следующая пара придет осенью,
                # еще одна – до конца года", "..., and another one before the end of the year": one more pair
                count = same
            if count is not None and not any(w.low in MORE or _ordinal_word(d, w) for w in words) and \
                    not (d.ru and len(words) == 1):
                count = None  # "and 30 in June" may count anything: "four more", "the second" say what
            if count == 1.0 and len(bare) == 1 and _ordinal_word(d, bare[0]) and _ordinal_before(d, sent, m.start()):
                count = 2.0  # ", вторую и третью – этой весной", ", the second and third this spring": two units
        if count is None:
            continue
        if later:
            base_date = event_date(d, sent, Clause(clause.start, m.start()), cue.start, False)[0]
            if base_date is None or not base_date.value:
                continue
            n = later.group("n")
            n = 1 if n is None or n.lower() in ("a", "an", "one") else {"two": 2, "three": 3}.get(n.lower(), None) or \
                int(n)
            unit = (later.group("u") or later.group("u2") or later.group("u3") or later.group("u4")).lower()
            years, months = (n, 0) if unit in ("year", "год", "годом") else (0, n)
            value = _shift(base_date.value, years, months)
            if value is None:
                continue
            date = DateRef(value=value, precision="month" if "-" in value else "year", method="relative",
                           text=later.group(0))
        else:
            date = dating.to_dateref(timex)
        out.append((m.start(), count, date))
    return out


# --- two stages of one transfer joined by "and": "arrived in June and went on duty in July" ------------------

SPLICE_SUBJECT = re.compile(r"(?i),\s+(?:(?:and|but|и|а|но)\s+)?(?:их|его|е[её]|они|он|она|оно|it|they|its|their)\b")
STAGES_AND = re.compile(r"(?i)\s(?:and(?:\s+then)?|и(?:\s+(?:затем|уже|сразу))?|а\s+затем)\s")


# a finite verb of the clause's own: where one stands before the first predicate or after the second, the two "-ed"
# words are participles on its subject ("the Su-30SM delivered in 2019 and put on duty in 2020 are based at ...")
EN_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|will|would|has|have|had|remain|remains|remained|stand|stands)\b")


def _finite_en(d: Doc, clause: Clause, first: Cue, second: Cue) -> bool:
    """"The first two arrived in 2019 and entered service in 2020": an English "-ed" delivery verb the clause has no
    other finite verb for is the finite verb of its subject."""
    if d.ru:
        return False
    return not (EN_FINITE.search(d.text, clause.start, first.start) or EN_FINITE.search(d.text, second.stop, clause.stop))


RELATIVE_VERB_EN = re.compile(r"(?i)\b(?:that|which)\s+(?:[\w'’-]+\s+){0,3}$")


def coordinated_stages(d: Doc, sent: Sent, clause: Clause, cues: list) -> Optional[tuple]:
    """(delivered cue, in-service cue, where the second predicate starts) when the clause joins a finite delivery
    verb and a service entry of the same subject with "and" / "и", each predicate its own stage and date:

        "Belarus took delivery of a third Tor-M2K battery last year and put it on combat duty in February"
            -> delivered (last year) | in_service (February)
        "Батарея «Тор-М2К» прибыла в бригаду в июне и уже заступила на дежурство"
            -> delivered (June) | in_service (as of the report)
    None when a comma, a colon or another delivery verb stands between them (another clause), or when the
    delivery is a participle ("delivered last year, it went on duty": participles.py)."""
    from bellink.ingest.events.deliveries.participles import _is_participle

    mine = [c for c in cues if clause.start <= c.start < clause.stop and not d.in_frame(sent, c.start)]
    duty = [c for c in mine if c.stage == "in_service"]
    if len(duty) != 1:
        return None
    # "поставила их на боевое дежурство", "put them on duty": the verb of the service entry is no delivery
    done = [c for c in mine if c.stage == "delivered" and c.side in VERB_SIDES and not 0 < duty[0].tok - c.tok <= 3]
    if len(done) > 1 and not d.ru:
        # "four S-300PS that Russia gave Belarus ... reached the country in spring and went on duty in August": the
        # verb of a relative clause on the subject is not the subject's own predicate
        done = [c for c in done if not RELATIVE_VERB_EN.search(d.text, max(clause.start, c.start - 40), c.start)]
    if len(done) != 1 or duty[0].start <= done[0].stop:
        return None
    first, second = done[0], duty[0]
    # (an English -ed after its subject is the finite verb: "The fourth battery reached the brigade in May and is
    # already on combat duty"; a participle opens its phrase: "Delivered last year, ...", "..., delivered in May, ...")
    participle = _is_participle(d, sent, first) and (d.ru or re.search(r"(?:^|[,;:(–—])\s*[«\"“]?\s*$", d.text[
        clause.start:first.start]) is not None) and not _finite_en(d, clause, first, second)
    if participle:
        return None
    splice = SPLICE_SUBJECT.search(d.text, first.stop, second.start)
    if splice is not None and not re.search(r"[,;:]", d.text[splice.end():second.start]):
        # "получила четыре дивизиона С-300ПС, их заступление на дежурство завершилось в 2007 году", "arrived in May,
        # they went on duty in June": a comma and a pronoun subject open the second predicate
        return first, second, splice.start()
    if re.search(r"[,;:]", d.text[first.stop:second.start]):
        return None
    joins = list(STAGES_AND.finditer(d.text, first.stop, second.start))
    if len(joins) != 1:
        return None
    return first, second, joins[0].start()


# --- an earlier batch named beside the clause's: "in addition to the pair delivered last autumn" ----------------

ADDITION = re.compile(
    r"(?i)(?:" + ADDITION_HEAD + r")\s+(?:the\s+|those\s+|тем\s+)?"
    r"(?P<np>(?:[^\W_][\w-]*\s+){0,2}?[^\W_][\w-]*)\s*,?\s+(?:already\s+|уже\s+)?"
    r"(?P<part>delivered|received|handed\s+over|supplied|поступивш\w+|полученн\w+|переданн\w+|поставленн\w+|"
    r"доставленн\w+|прибывш\w+)(?!\w)")


def earlier_batch(d: Doc, sent: Sent, clause: Clause) -> Optional[tuple]:
    """(start of the phrase, count, the delivered participle's time expression, systems it names) of "в дополнение к паре, поступившей
    осенью прошлого года", "in addition to the two delivered in March": a batch of the same system delivered before,
    with its own count and date; None when the phrase has no count of its own or no time."""
    hit = ADDITION.search(d.text, clause.start, clause.stop) if may(ADDITION, d.text) else None
    if hit is None:
        return None
    count = _count(d, d.toks_in(sent, hit.start("np"), hit.end("np")))
    if count is None:
        return None
    stop = re.compile(r"[,;:)]|\s[-–—]\s").search(d.text, hit.end(), clause.stop)
    stop = stop.start() if stop else clause.stop
    timex = next((t for t in dating.timexes_in(d.a, sent.index) if hit.end() <= t.start < stop and t.value), None)
    if timex is None:
        return None
    if any(r.country and hit.end() <= r.start < stop and r.prep not in ("from", "by") for r in sent.refs):
        # "in addition to the four delivered to Kazakhstan", "поставленным Казахстану": another recipient's batch
        # (its supplier, "delivered from Russia", says nothing against this recipient's)
        return None
    named = {x.key for x in sent.mentions if x.type == "weapon_system" and hit.start("np") <= x.start < stop}
    return hit.start(), count, timex, named
