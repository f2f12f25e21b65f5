"""The cue words, lemma sets and tables the event rules read, built once from ``bellink/kb/*.tsv``.

Knowledge is data: each file below is registered with ``bellink.ingest.lexicon`` (what
``tests/test_lexicons.py`` checks: columns, allowed values, duplicates, regexes that compile, Russian
lemmas that are lemmas) and turned here into the sets and patterns the rules use. A file's header
says what each column means; bellink/kb/README.md lists them.

    transfer_cues.tsv    deliver, supply, поставка, принять на вооружение ... (stage, side)
    stage_cues.tsv       talks, plans, signed, completed ... (which stage a clause asserts)
    negation_cues.tsv    not, denied, could, if, не, опровергнуть, если ...
    tense_words.tsv      is, was, has, будет ...
    event_words.tsv      actor, weapon, block, troops, modifier nouns; "we"
    generic_nouns.tsv    "air defense", "самолёт" -> system categories
    number_words.tsv     four, dozen, около, more than, тыс. ...
    unit_nouns.tsv       divisions, batteries, шасси ...
    report_cues.tsv      said, according to, сообщить, по словам ...
    exercise_cues.tsv, scale_nouns.tsv, deployment_cues.tsv, meeting_cues.tsv, agreement_cues.tsv
    capitals.tsv         Minsk -> Belarus
    contract_words.tsv   contract, сделка; signed, подписали; in all, всего (the rules that read a contract ask it)
    time_cues.tsv        postponed to, планировалось, the Army-2020 forum (a stage's time beside its time expressions)

English patterns are alternatives put together in file order: ``\\b(?:a|b|...)\\b`` unless a set
says otherwise (the same string the rules were written with, so a match is what it was). Russian
words are compared as the folded keys ``token_keys`` gives a token (its lemmas and its own form).
"""
from __future__ import annotations

import re

from bellink.ingest import lexicon
from bellink.ingest.model import DELIVERY_STATUSES
from bellink.names import fold


LANGS = {"en", "ru"}
SIDES = {"supply", "receive", "neutral", "theme", "station"}
_WORDS = dict(lemma=("lemma",), allowed={"lang": LANGS})


def _spec(name, required, unique, allowed=None, regex=("pattern",), multi=()):
    return lexicon.register(name, required=required, allowed={"lang": LANGS, **(allowed or {})}, regex=regex,
                            lemma=("lemma",), unique=unique, multi=multi)


TRANSFER_CUES = _spec("transfer_cues.tsv", ("lang", "side"), ("lang", "pattern", "lemma", "form"),
                      {"stage": set(DELIVERY_STATUSES), "side": SIDES}, multi=("literals",))
STAGE_CUES = _spec("stage_cues.tsv", ("lang", "signal"), ("lang", "signal", "pattern", "lemma", "form"),
                   {"signal": {"discuss", "plan", "order", "done", "sign"}, "boundary": {"both", "end"}})
NEGATION_CUES = _spec("negation_cues.tsv", ("lang", "kind"), ("lang", "kind", "word", "pattern", "lemma", "form"),
                      {"kind": {"negation", "denial", "denial_verb", "modal", "condition", "halt", "negatable", "unmet",
                                "fruitless", "resume", "lifted", "claim", "dismissed", "not_before", "none_of", "agenda",
                                "unreal", "not_yet", "truth", "doubt", "unattested"}})
TENSE_WORDS = _spec("tense_words.tsv", ("lang", "class"), ("lang", "class", "word", "lemma", "form"),
                    {"class": {"be", "present", "past", "present_verb", "future_aux", "future", "present_aux",
                               "irregular_past", "content_noun", "near_plan", "clause_opener"}}, regex=())
EVENT_WORDS = _spec("event_words.tsv", ("lang", "class"), ("lang", "class", "word", "pattern", "lemma", "form"),
                    {"class": {"actor", "weapon", "chassis", "supplied_suffix", "block", "troops", "formation", "modifier", "pronoun_1p",
                                          "landing", "flight", "bring", "deal_noun", "series"}})
GENERIC_NOUNS = _spec("generic_nouns.tsv", ("lang", "categories"), ("lang", "pattern", "lemma", "form"),
                      multi=("categories",))
NUMBER_WORDS = _spec("number_words.tsv", ("lang", "kind"), ("lang", "kind", "word", "pattern", "lemma", "form"),
                     {"kind": {"number", "approx", "scale_approx", "multiplier", "ordinal", "collective"}})
UNIT_NOUNS = _spec("unit_nouns.tsv", ("lang", "unit"), ("lang", "word", "lemma", "form"), regex=())
REPORT_CUES = _spec("report_cues.tsv", ("lang",), ("lang", "pattern", "lemma", "form"))
EXERCISE_CUES = _spec("exercise_cues.tsv", ("lang", "kind"), ("lang", "kind", "pattern", "lemma", "form"),
                      {"kind": {"noun", "future", "planned", "past", "joint", "take_part"}})
SCALE_NOUNS_SPEC = _spec("scale_nouns.tsv", ("lang", "figure", "pattern"), ("figure", "pattern"))
DEPLOYMENT_CUES = _spec("deployment_cues.tsv", ("lang",), ("lang", "pattern", "lemma", "form"), multi=("literal",))
MEETING_CUES = _spec("meeting_cues.tsv", ("lang", "kind"), ("lang", "kind", "pattern", "lemma", "form"),
                     {"kind": {"meet", "visit", "discuss", "process", "encounter"}}, multi=("literal",))
AGREEMENT_CUES = _spec("agreement_cues.tsv", ("lang", "kind"), ("lang", "kind", "pattern", "lemma", "form"),
                       {"kind": {"noun", "verb", "agreed", "reference", "decision", "adopt", "contract", "settled",
                                "decision_verb"}},
                       multi=("literal",))
MOVEMENT_CUES = _spec("movement_cues.tsv", ("lang", "kind"), ("lang", "kind", "pattern", "lemma", "form"),
                      {"kind": {"move", "cargo", "purpose", "send", "stock", "share", "prepare", "monitor", "train",
                                "carry", "count", "not_goods"}})
CAPITALS = lexicon.register("capitals.tsv", required=("place", "country"), unique=("place",))
KIND_UNITS_SPEC = lexicon.register("kind_units.tsv", required=("category", "from", "unit"), unique=("category", "from"))
CONTRACT_WORDS_SPEC = _spec("contract_words.tsv", ("lang", "class", "pattern"), ("lang", "class", "pattern"),
                            {"class": {"noun", "signed", "signing", "total"}}, multi=("literal",))
TIME_CUES = _spec("time_cues.tsv", ("lang", "kind", "pattern"), ("lang", "kind", "pattern"),
                  {"kind": {"moved", "superseded", "fair", "fair_act", "fair_show"}})


def _rows(spec, lang=None, **where) -> list:
    return [r for r in lexicon.rows(spec.name) if (lang is None or r["lang"] == lang)
            and all(r.get(k) == v for k, v in where.items())]


def _keys(rows) -> frozenset:
    """Russian lemmas and forms as the folded keys ``token_keys`` produces."""
    return frozenset(fold(r["lemma"] or r["form"]) for r in rows if r.get("lemma") or r.get("form"))


def _words(rows) -> frozenset:
    return frozenset(r["word"] for r in rows if r.get("word"))


def _alternatives(rows) -> str:
    return "|".join(r["pattern"] for r in rows if r.get("pattern"))


def _rx(rows, before=r"\b(?:", after=r")\b", flags=0) -> re.Pattern:
    return re.compile(before + _alternatives(rows) + after, flags)


def _literals(rows, col="literal") -> tuple:
    return tuple(dict.fromkeys(k for r in rows for k in r.get(col, ())))


# --- transfers ---------------------------------------------------------------------------------------
# English cues are regular expressions over the lowercased sentence; each gives (stage or None, side).
# side: who the grammatical subject is for the transfer: "supply" (the supplier), "receive" (the
# recipient), "neutral" (either: talks, contracts, nouns), "theme" (the system itself: "arrived").
_TRANSFER_EN = _rows(TRANSFER_CUES, "en")
EN_TRANSFER = [(r["pattern"], r["stage"] or None, r["side"]) for r in _TRANSFER_EN]
# a literal each cue needs, so a clause is scanned only with the cues that can occur in it
EN_TRANSFER_KEYS = [r["literals"] for r in _TRANSFER_EN]
# every cue needs one of its literals, so a text with none of them has no cue (a literal that holds another
# adds nothing to the test: "delivery" holds "deliver")
_LITERALS = sorted({k for ks in EN_TRANSFER_KEYS for k in ks})


def _trie(words: list) -> str:
    """An alternation of ``words`` (none holding another) spelled as a tree of their first letters: "(?:a(?:sk|...)|
    b(?:...)|...)" matches where "ask|...|buy|..." does, the same text, but ``re`` tries one branch per letter at each
    position instead of every word (~4x faster over a sentence that holds none)."""
    by_first: dict = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in by_first.items():
        if rests == [""]:
            alts.append(re.escape(first))
        else:
            alts.append(re.escape(first) + _trie(rests))
    return alts[0] if len(alts) == 1 and len(words) == 1 else "(?:" + "|".join(alts) + ")"


EN_TRANSFER_QUICK = re.compile(_trie([k for k in _LITERALS if not any(o != k and o in k for o in _LITERALS)]))
_TRANSFER_RU = _rows(TRANSFER_CUES, "ru")
# Russian: lemma -> (stage, side); a sequence of lemmas ("принять на вооружение") is matched word by word
RU_TRANSFER = {fold(r["lemma"] or r["form"]): (r["stage"] or None, r["side"])
               for r in _TRANSFER_RU if " " not in (r["lemma"] or r["form"])}
RU_IN_SERVICE_SEQ = [tuple(fold(w) for w in r["lemma"].split()) for r in _TRANSFER_RU if " " in r["lemma"]]
# each sequence's own stage and side ("принять на вооружение": in service; "принять от": delivered, the subject receives)
RU_SEQ_STAGE = {tuple(fold(w) for w in r["lemma"].split()): (r["stage"] or None, r["side"])
                for r in _TRANSFER_RU if " " in r["lemma"]}

# --- stages, tense, negation -----------------------------------------------------------------------------


def _stage_rx(signal: str) -> re.Pattern:
    rows = _rows(STAGE_CUES, "en", signal=signal)
    both = [r for r in rows if r.get("boundary", "") in ("", "both")]
    tail = "".join(f"|{r['pattern']}\\b" for r in rows if r.get("boundary") == "end")
    return re.compile(r"\b(?:" + _alternatives(both) + r")\b" + tail)


EN_DISCUSS, EN_PLAN, EN_ORDER, EN_DONE = (_stage_rx(s) for s in ("discuss", "plan", "order", "done"))
RU_DISCUSS, RU_PLAN, RU_ORDER, RU_DONE = (_keys(_rows(STAGE_CUES, "ru", signal=s))
                                          for s in ("discuss", "plan", "order", "done"))
RU_STAGE_WORDS = RU_ORDER | RU_DISCUSS | RU_PLAN
EN_SIGN = _stage_rx("sign")
RU_SIGN = _keys(_rows(STAGE_CUES, "ru", signal="sign"))

EN_BE = _words(_rows(TENSE_WORDS, "en", **{"class": "be"}))
# between the comma closing an inserted clause and the main predicate of its noun phrase (deliveries/clauses.py)
CLAUSE_OPENERS_EN = _words(_rows(TENSE_WORDS, "en", **{"class": "clause_opener"}))
CLAUSE_OPENERS_RU = _keys(_rows(TENSE_WORDS, "ru", **{"class": "clause_opener"}))
EN_PRESENT = _words(_rows(TENSE_WORDS, "en", **{"class": "present"}))
EN_PAST = _words(_rows(TENSE_WORDS, "en", **{"class": "past"}))
PRESENT_VERBS_EN = _words(_rows(TENSE_WORDS, "en", **{"class": "present_verb"}))
RU_FUTURE_AUX = _keys(_rows(TENSE_WORDS, "ru", **{"class": "future_aux"}))
EN_FUTURE_AUX = _words(_rows(TENSE_WORDS, "en", **{"class": "future"}))
EN_PRESENT_AUX = _words(_rows(TENSE_WORDS, "en", **{"class": "present_aux"}))
EN_IRREGULAR_PAST = _words(_rows(TENSE_WORDS, "en", **{"class": "irregular_past"}))
EN_CONTENT_NOUNS = _words(_rows(TENSE_WORDS, "en", **{"class": "content_noun"}))
EN_NEAR_PLAN = _words(_rows(TENSE_WORDS, "en", **{"class": "near_plan"}))

EN_NEG = _words(_rows(NEGATION_CUES, "en", kind="negation"))
EN_NEGATABLE = _words(_rows(NEGATION_CUES, "en", kind="negatable"))
RU_NEG = _keys(_rows(NEGATION_CUES, "ru", kind="negation"))
# "fighters not yet ordered": an adverb between a negation and the participle it negates
EN_NOT_YET = _words(_rows(NEGATION_CUES, "en", kind="not_yet"))
EN_DENY = _rx(_rows(NEGATION_CUES, "en", kind="denial"))
EN_DENY_VERBS = _words(_rows(NEGATION_CUES, "en", kind="denial_verb"))
# "no sign that", "declined to confirm that": the transfer its complement holds is unattested
EN_UNATTESTED = _rx(_rows(NEGATION_CUES, "en", kind="unattested"))
RU_UNATTESTED = _rx(_rows(NEGATION_CUES, "ru", kind="unattested"), r"(?i)(?<!\w)(?:", r")(?!\w)")
RU_DENY = _keys(_rows(NEGATION_CUES, "ru", kind="denial"))
# "unlikely to", "вряд ли", "allegedly", "якобы": a doubt on the predicate, read as a modal is
DOUBT_WORDS = _words(_rows(NEGATION_CUES, kind="doubt"))
EN_MODAL = _words(_rows(NEGATION_CUES, "en", kind="modal")) | DOUBT_WORDS
RU_MODAL = _keys(_rows(NEGATION_CUES, "ru", kind="modal"))
RU_MODAL_WORDS = _words(_rows(NEGATION_CUES, "ru", kind="modal")) | DOUBT_WORDS  # "бы": a particle, matched as written
# "would have bought", "was to have received": a perfect after "would" / "was to", right before the cue (a past unreal)
EN_UNREAL = _rx(_rows(NEGATION_CUES, "en", kind="unreal"), r"(?i)\b(?:", r")\s+(?:been\s+)?$")
HYPOTHETICAL = _rx(_rows(NEGATION_CUES, kind="condition"), r"(?i)\b(?:")
# a condition on the report being true ("if the reports are true", "если информация подтвердится")
TRUTH_CONDITION = _rx(_rows(NEGATION_CUES, kind="truth"), r"(?i)\s*[\"“«]?(?:")  # matched at the condition's start
# a deal or talks halted, frozen, cancelled, blocked, tried to no avail
EN_HALT = _rx(_rows(NEGATION_CUES, "en", kind="halt"))
RU_HALT = _keys(_rows(NEGATION_CUES, "ru", kind="halt"))
# the condition a discussion hangs on is not met: "no such request has been received"
UNMET = _rx(_rows(NEGATION_CUES, kind="unmet"), r"(?i)\b(?:")
FRUITLESS = _rx(_rows(NEGATION_CUES, kind="fruitless"), r"(?i)\b(?:")
# the halt the clause names is over: "resumed", "the freeze was lifted", "возобновить"; "after the freeze"
EN_RESUME = _rx(_rows(NEGATION_CUES, "en", kind="resume"))
RU_RESUME = _keys(_rows(NEGATION_CUES, "ru", kind="resume"))
LIFTED = _rx(_rows(NEGATION_CUES, kind="lifted"), r"(?i)\b(?:", r")")
# a claim ("reports that", "сообщения о том, что") and its dismissal ("did not confirm", "назвали домыслами")
CLAIM = _rx(_rows(NEGATION_CUES, kind="claim"), r"(?i)\b(?:")
DISMISSED = _rx(_rows(NEGATION_CUES, kind="dismissed"), r"(?i)\b(?:")
# after a negated predicate, a target put later ("not expected before 2023"); what Russian "нет" denies ("Планов ... нет")
NOT_BEFORE = _rx(_rows(NEGATION_CUES, kind="not_before"), r"(?i)(?<!\w)(?:", r")(?!\w)")
RU_NONE_OF = _keys(_rows(NEGATION_CUES, "ru", kind="none_of"))
RU_AGENDA = _keys(_rows(NEGATION_CUES, "ru", kind="agenda"))  # "вопрос о поставках не рассматривается"

# --- word classes --------------------------------------------------------------------------------------


def _class(cls: str, lang: str) -> list:
    return _rows(EVENT_WORDS, lang, **{"class": cls})


# Nouns of the deal itself: "potential" before one of them qualifies the deal, before another noun the system.
DEAL_NOUNS = _alternatives(_class("deal_noun", "en") + _class("deal_noun", "ru"))

# --- contracts: the one list of contract nouns, signing verbs and words of totality (contract_words.tsv) -----------
# Alternations (str) to put inside a rule's own pattern, matched case-blind between non-word characters.


def _contract(cls: str, lang=None) -> str:
    return _alternatives(_rows(CONTRACT_WORDS_SPEC, lang, **{"class": cls}))


CONTRACT_NOUN_EN = _contract("noun", "en")
CONTRACT_NOUN_RU = _contract("noun", "ru")
CONTRACT_NOUN = re.compile(r"(?i)(?<!\w)(?:" + CONTRACT_NOUN_EN + "|" + CONTRACT_NOUN_RU + r")(?!\w)")
# every contract noun holds one of these: a clause whose lowercase text has none has no contract
CONTRACT_LITERALS = _literals(_rows(CONTRACT_WORDS_SPEC, **{"class": "noun"}))
# a finite verb that says the contract exists ("signed", "подписали"); with ``signing`` any form that dates it
CONTRACT_SIGNED_EN = _contract("signed", "en")
CONTRACT_SIGNED_RU = _contract("signed", "ru")
CONTRACT_SIGNING = "|".join((CONTRACT_SIGNED_EN, _contract("signing", "en"), CONTRACT_SIGNED_RU,
                             _contract("signing", "ru")))
CONTRACT_TOTAL = _contract("total")


# Words that make a bare count one batch of a series told before: "the remaining six", "ещё пара".
SERIES_EN = _words(_class("series", "en"))
SERIES_RU = _keys(_class("series", "ru"))

# Words that take their own object: a system after them is repaired, trained on or built, not transferred.
BLOCK_EN = _rx(_class("block", "en"))
BLOCK_RU = _keys(_class("block", "ru"))
# Nouns that make a country adjective (or a genitive country) stand for an actor of the transfer.
ACTOR_EN = _words(_class("actor", "en"))
ACTOR_RU = _keys(_class("actor", "ru"))
WEAPON_EN = _rx(_class("weapon", "en"), "^(?:", ")$")
WEAPON_RU = _keys(_class("weapon", "ru"))
# the vehicle a system is mounted on: a country adjective on it after "on"/"на" is the chassis's make
CHASSIS_EN = _words(_class("chassis", "en"))
CHASSIS_RU = _keys(_class("chassis", "ru"))
SUPPLIED_SUFFIX = _words(_class("supplied_suffix", "en"))
TROOPS_EN = _rx(_class("troops", "en"))
TROOPS_RU = _keys(_class("troops", "ru"))
# troops words that are also a system's formation ("an S-400 division"): the system named on them is what is placed
FORMATION_EN = _rx(_class("formation", "en"), r"^(?:", r")$")
FORMATION_RU = _keys(_class("formation", "ru"))
# modifiers allowed between a number and its system ("four divisions and command post of S-300PS")
QTY_FILLER_EN = _words(_class("modifier", "en"))
PRONOUNS_1P = _words(_class("pronoun_1p", "en") + _class("pronoun_1p", "ru"))
# an aircraft's arrival and flying in (deliveries/guards.py: a movement, a flight told as a batch), the carrier's "доставить"
LANDING_EN = _rx(_class("landing", "en"), r"(?i)(?:", r")\b")
LANDING_RU = _keys(_class("landing", "ru"))
FLIGHT_EN = _rx(_class("flight", "en"), r"(?i)(?:", r")\b")
FLIGHT_RU = _keys(_class("flight", "ru"))
BRING_RU = _keys(_class("bring", "ru"))

# Generic nouns that may point back to a system named just before: noun -> categories.
GENERIC_EN = [(re.compile(r["pattern"]), set(r["categories"])) for r in _rows(GENERIC_NOUNS, "en")]
GENERIC_RU = [(_keys([r]), set(r["categories"])) for r in _rows(GENERIC_NOUNS, "ru")]

# --- quantities -----------------------------------------------------------------------------------------


def _value(v: str):
    f = float(v)
    return int(f) if f.is_integer() else f


EN_NUMBERS = {r["word"]: _value(r["value"]) for r in _rows(NUMBER_WORDS, "en", kind="number")}
RU_NUMBERS = {fold(r["lemma"] or r["form"]): _value(r["value"]) for r in _rows(NUMBER_WORDS, "ru", kind="number")}
APPROX_EN = _rx(_rows(NUMBER_WORDS, "en", kind="approx"), r"\b(?:", r")\s*$")
APPROX_RU = _keys(_rows(NUMBER_WORDS, "ru", kind="approx"))
# "the fourth battery", "очередная батарея": one unit; "a pair of fighters", "пара": a count by itself
ORDINAL_EN = _words(_rows(NUMBER_WORDS, "en", kind="ordinal"))
ORDINAL_RU = _keys(_rows(NUMBER_WORDS, "ru", kind="ordinal"))
COLLECTIVE_EN = {r["word"]: _value(r["value"]) for r in _rows(NUMBER_WORDS, "en", kind="collective")}
COLLECTIVE_RU = {fold(r["lemma"] or r["form"]): _value(r["value"]) for r in _rows(NUMBER_WORDS, "ru", kind="collective")}
# unit noun -> normalized English unit
UNITS = {r["word"]: r["unit"] for r in _rows(UNIT_NOUNS, "en")}
# (category, unit the count came with) -> the unit a system of that kind is counted in ("машины" of fighters: aircraft)
KIND_UNITS = {(r["category"], r["from"]): r["unit"] for r in lexicon.rows(KIND_UNITS_SPEC.name)}
UNITS_RU = {fold(r["lemma"] or r["form"]): r["unit"] for r in _rows(UNIT_NOUNS, "ru")}

# --- exercises ---------------------------------------------------------------------------------------------


def _exercise(kind: str, lang=None) -> list:
    return _rows(EXERCISE_CUES, lang, kind=kind)


EXERCISE_NOUN = _rx(_exercise("noun"), r"\b(?:", ")", re.IGNORECASE)
SCALE_NOUNS = [(fig, "|".join(r["pattern"] for r in lexicon.rows(SCALE_NOUNS_SPEC.name) if r["figure"] == fig))
               for fig in dict.fromkeys(r["figure"] for r in lexicon.rows(SCALE_NOUNS_SPEC.name))]
SCALE_MULTIPLIERS = [(re.compile(r["pattern"], re.IGNORECASE), _value(r["value"]))
                     for r in _rows(NUMBER_WORDS, kind="multiplier")]
SCALE_RE = re.compile(
    r"(?P<approx>(?:" + _alternatives(_rows(NUMBER_WORDS, kind="scale_approx")) + r")\s+)?"
    r"(?P<num>\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+(?:[.,]\d+)?)\s*(?P<mult>"
    + _alternatives(_rows(NUMBER_WORDS, kind="multiplier")) + r")?\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(f"(?P<{k}>{v})" for k, v in SCALE_NOUNS) + r")\b",
    re.IGNORECASE,
)
EX_FUTURE_EN = _rx(_exercise("future", "en"), flags=re.IGNORECASE)
EX_PAST_EN = _rx(_exercise("past", "en"), flags=re.IGNORECASE)
EX_FUTURE_RU = _keys(_exercise("future", "ru"))
EX_PLANNED_RU = _keys(_exercise("planned", "ru"))
EX_PAST_RU = _keys(_exercise("past", "ru"))
EX_JOINT = _rx(_exercise("joint"), flags=re.IGNORECASE)
EX_TAKE_PART = _rx(_exercise("take_part"), flags=re.IGNORECASE)

# --- deployments, meetings, agreements ------------------------------------------------------------------------

DEPLOY_EN = _rx(_rows(DEPLOYMENT_CUES, "en"))
DEPLOY_RU = _keys(_rows(DEPLOYMENT_CUES, "ru"))
MEET_EN = _rx(_rows(MEETING_CUES, "en", kind="meet"))
MEET_RU = _keys(_rows(MEETING_CUES, "ru", kind="meet"))
MEET_DISCUSS_RU = _keys(_rows(MEETING_CUES, "ru", kind="discuss"))
MEET_PROCESS_RU = _keys(_rows(MEETING_CUES, "ru", kind="process"))
VISIT_EN = _rx(_rows(MEETING_CUES, "en", kind="visit"))
VISIT_RU = _keys(_rows(MEETING_CUES, "ru", kind="visit"))
PROCESS_EN = _rx(_rows(MEETING_CUES, "en", kind="process"))
ENCOUNTER_EN = _rx(_rows(MEETING_CUES, "en", kind="encounter"), r"\b(?:", ")")
AGREE_NOUN_EN = _rx(_rows(AGREEMENT_CUES, "en", kind="noun"))
AGREE_VERB_EN = _rx(_rows(AGREEMENT_CUES, "en", kind="verb"))
AGREED_EN = _rx(_rows(AGREEMENT_CUES, "en", kind="agreed"))
DECISION_VERBS_EN = frozenset(r["pattern"] for r in _rows(AGREEMENT_CUES, "en", kind="decision_verb"))
# a named accord referred to as existing: "the bilateral agreement on developing military-technical cooperation"
AGREE_REF_EN = re.compile(_alternatives(_rows(AGREEMENT_CUES, "en", kind="reference")))
AGREE_REF_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="reference"))
AGREE_NOUN_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="noun"))
AGREE_VERB_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="verb"))
AGREED_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="agreed"))
DECISION_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="decision"))
ADOPT_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="adopt"))
# "ждут самолеты, контракт на которые подписан": waiting is for the goods, it leaves a signed contract signed
PLAN_NOT_AGREED_RU = RU_PLAN - _keys(_rows(AGREEMENT_CUES, "ru", kind="settled")) - frozenset({fold("ждать")})
CONTRACT_NOUNS_RU = _keys(_rows(AGREEMENT_CUES, "ru", kind="contract"))

# equipment leaving one country's depots for another ("left ... for Russia", "отправлено в Россию")
MOVE_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="move"))
MOVE_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="move"))
CARGO_EN = re.compile(_alternatives(_rows(MOVEMENT_CUES, "en", kind="cargo")))
CARGO_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="cargo"))
MOVE_PURPOSE_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="purpose"))
MOVE_PURPOSE_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="purpose"))
SEND_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="send"))
NOT_GOODS_WORDS_EN = _alternatives(_rows(MOVEMENT_CUES, "en", kind="not_goods"))
STOCK_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="stock"))
STOCK_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="stock"))
SHARE_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="share"))
SHARE_RU = _rx(_rows(MOVEMENT_CUES, "ru", kind="share"))
PREPARE_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="prepare"))
PREPARE_RU = _rx(_rows(MOVEMENT_CUES, "ru", kind="prepare"))
MONITOR_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="monitor"))
TRAIN_EN = re.compile(_alternatives(_rows(MOVEMENT_CUES, "en", kind="train")))
TRAIN_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="train"))
CARRY_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="carry"))
CARRY_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="carry"))
COUNT_EN = _rx(_rows(MOVEMENT_CUES, "en", kind="count"))
COUNT_RU = _keys(_rows(MOVEMENT_CUES, "ru", kind="count"))

# --- times beside the time expressions: a plan moved (deliveries/postponed.py), a fair named with its year (dates.py)
_BOUNDED = dict(before=r"(?<!\w)(?:", after=r")(?!\w)", flags=re.I)
MOVED = _rx(_rows(TIME_CUES, kind="moved"), **_BOUNDED)
SUPERSEDED = _rx(_rows(TIME_CUES, kind="superseded"), **_BOUNDED)
FAIR = _rx(_rows(TIME_CUES, kind="fair"), **_BOUNDED)
FAIR_ACT = _rx(_rows(TIME_CUES, kind="fair_act"), **_BOUNDED)
FAIR_SHOW = _rx(_rows(TIME_CUES, kind="fair_show"), **_BOUNDED)

REPORT_EN = _rx(_rows(REPORT_CUES, "en"))
REPORT_RU = _keys(_rows(REPORT_CUES, "ru"))

# words every match of these (lowercase, case-sensitive) patterns contains: quick to rule a sentence out
SENTENCE_LITERALS = {
    MEET_EN: _literals(_rows(MEETING_CUES, "en", kind="meet")),
    DEPLOY_EN: _literals(_rows(DEPLOYMENT_CUES, "en")),
    AGREED_EN: _literals(_rows(AGREEMENT_CUES, "en", kind="agreed")),
    AGREE_NOUN_EN: _literals(_rows(AGREEMENT_CUES, "en", kind="noun")),
}

# A capital city standing for its state ("Minsk signed a contract").
METONYMS = {f"place:{r['place']}": f"country:{r['country']}" for r in lexicon.rows(CAPITALS.name)}
