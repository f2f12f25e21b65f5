"""Who said what, and when: direct and reported speech in English and Russian news.

The whole document is read at once, in three passes:

1. Quotes. ``find_quotes`` pairs quotation marks over the whole text: «» and „“ / “”
   nested to any depth, straight quotes paired inside a paragraph, and a quote that runs
   on into the next paragraph when that paragraph opens with a quote mark (the
   English convention for a speech several paragraphs long).
2. Cues. Reporting verbs (``bellink/kb/speech_verbs.tsv``; Russian verbs matched on the
   lemma, so заявил/заявила/заявили/заявляет are one verb) and constructions ("according
   to X", "по словам X", "как сообщил X", "об этом сообщило X", "говорится в X"). A verb
   inside quotation marks is part of what was said, never a cue. For each cue the
   speaker is the phrase in subject position next to it, and the content is found on
   one side of it: forward ("X said (that) ...", "X заявил, что ...", "X said: «...»") or
   backward ("..., X said", "«...», — заявил X", "..., according to X").
3. Quotes no cue claimed: a quote right after an attributed one (same paragraph, or the
   next) continues that speaker; a split quote ("«A,» he said, «B»") takes the speaker
   of its first half; any other whole-sentence quote is a statement whose speaker is
   unknown.

A wrong speaker is the worst error this stage can make, so only a name written next to
the cue is taken as it stands. A pronoun, a role ("the Russian diplomat") or an
institution phrase ("the ministry", "пресс-служба ведомства") is resolved only when one
candidate is clearly meant; otherwise ``speaker`` stays None and ``speaker_text`` keeps
the article's words. An outlet ("told TASS", "as quoted by BelTA", "цитата по БелТА")
is recorded as the channel, never as the speaker; an outlet reporting on its own
("сообщило агентство БелТА") leaves the speaker unknown.

Documented choices:
- A reported clause that contains a quoted fragment is one statement, ``direct=False``,
  whose text is the whole clause with the fragment and its marks. A clause that is
  nothing but a quote ("adding that «...»") is a direct statement of the quote.
- A quote over several paragraphs is one statement; its text is the slice of the
  document from after the first mark to before the last, continuation marks included,
  so ``document.text[start:stop] == text`` always holds.
- A statement is dated by the time expression nearest its cue, outside the content and
  outside quotes ("заявил 24 июня" dates the statement, "by 2025" inside the content does
  not); otherwise by the publication date, marked as such.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter
from typing import Optional

from bellink.ingest import dating, lexicon
from bellink.ingest.entities import TOKEN, country_of_adjective, morph, token_keys
from bellink.ingest.model import DateRef, Statement
from bellink.names import fold, has_cyrillic

try:  # pymorphy3 parses cached across the pipeline: the entity stage already parsed every word of the document
    from bellink.ingest.entities import parse as _parse
except ImportError:  # pragma: no cover - the entity stage's helpers changed shape
    @lru_cache(maxsize=200_000)
    def _parse(word: str):
        return morph().parse(word)

_START = attrgetter("start")

# --- quotation marks ---------------------------------------------------------------

QUOTE_CHARS = "«»„“”\""
QUOTE_CHAR = re.compile("[" + QUOTE_CHARS + "]")
OPEN_MARKS = "«„“\""
CLOSE_MARKS = "»“”\""
CAN_OPEN_AFTER = " \t\n\u00a0([{«„“—–-/:;,'"
CAN_CLOSE_BEFORE = " \t\n\u00a0.,;:!?)]}»”“…-—–\"'"
DASHES = "-–—"

# --- words that shape attribution ------------------------------------------------------

PRONOUNS = {
    "he": "m", "she": "f", "they": "p", "он": "m", "она": "f", "они": "p",
}
OBJECT_PRONOUNS = {"him": "m", "her": "f", "them": "p", "его": "m", "её": "f", "ее": "f", "их": "p", "нему": "m", "ней": "f"}
PREPOSITIONS_EN = {
    "of", "for", "with", "by", "to", "from", "at", "in", "on", "about", "against", "between", "than", "like",
    "under", "over", "after", "before", "during", "including", "toward", "towards", "into", "via", "among", "upon",
    "without", "behind", "through",
}
PREPOSITIONS_RU = {
    "с", "со", "для", "о", "об", "обо", "у", "к", "ко", "по", "от", "ото", "при", "на", "в", "во", "за", "перед",
    "между", "без", "из", "до", "после", "про", "через", "над", "под", "против", "среди", "около", "вместе",
}
RELATIVE = {"which", "that", "who", "whom", "whose", "as", "который", "которая", "которые", "которого", "которой",
            "которых", "кто", "чем", "как"}
NEGATION = {"not", "n't", "never", "не", "ни", "нет"}
MODALS = {"to", "would", "could", "will", "can", "may", "might", "should", "must", "did", "does", "do", "shall"}
PASSIVE_AUX = {"is", "was", "were", "are", "be", "been", "being", "get", "got"}
DETERMINERS = {"the", "a", "an", "this", "these", "its", "his", "her", "their", "our", "then", "then-"}
# Words that may stand between a subject and its reporting verb.
FILLERS = (
    r"also|has|have|had|then|later|earlier|again|further|previously|once|himself|herself|itself|themselves|"
    r"reportedly|repeatedly|recently|separately|publicly|subsequently|too|in turn|however|"
    r"for (?:his|her|its|their) part|"
    r"также|ранее|уже|тогда|же|вновь|снова|позднее|затем|сегодня|вчера|накануне|лично|дополнительно|неоднократно|"
    r"публично|официально|в свою очередь|со своей стороны|впервые|в частности|в ответ|тоже|еще|ещё|прежде"
)
FILLERS_AT_END = re.compile(rf"(?:\b(?:{FILLERS})\b[\s,]*)+$", re.IGNORECASE)
# the last word of every filler ('in turn' -> 'turn', 'for his part' -> 'part')
FILLER_LAST_WORD = re.compile(
    "(?:" + "|".join(sorted({re.findall(r"[^\W\d_]+", alt)[-1] for alt in re.split(r"\|(?![^()]*\))", FILLERS)},
                            key=len, reverse=True)) + r")\Z", re.IGNORECASE)
GAP_OK = re.compile(
    rf"^\s*(?:,\s*[^,;:!?«»\"“”„]{{1,180}}?,\s*|\([^()]{{1,80}}\)\s*)?(?:(?:{FILLERS})\b[\s,]*)*$",
    re.IGNORECASE,
)
# Words that may open the stretch between a verb and "that" ("said on Tuesday that").
ADJUNCT_START_EN = {
    "on", "in", "at", "during", "after", "before", "to", "with", "from", "via", "through", "over", "last", "this",
    "earlier", "later", "also", "again", "late", "yesterday", "today", "tonight", "repeatedly", "publicly",
    "previously", "recently", "then", "separately", "once", "while", "speaking", "as", "when", "shortly",
}
AUDIENCE_EN = {"reporters", "journalists", "the", "media", "lawmakers", "parliament", "him", "her", "them", "us",
               "me", "deputies", "students", "officers", "troops", "participants", "a", "an"}
AUX_EN = re.compile(
    r"\b(?:is|are|was|were|will|would|could|can|should|must|may|might|had|has|have|did|does|do|shall|'s|’s|"
    r"isn't|wasn't|won't|wouldn't|can't|cannot|couldn't|hadn't|hasn't|haven't|didn't|doesn't|don't)\b",
    re.IGNORECASE,
)
CLAUSE_START_EN = re.compile(
    r"^(?:the|a|an|this|these|those|it|he|she|they|we|i|you|there|his|her|its|their|our|my|some|no|all|many|both|"
    r"each|every|such|any|several|most|only|not|[A-Z][\w'’.-]*|\d[\d,.]*)\b"
)
# Constructions that attribute content.
ACCORDING_EN = re.compile(r"\b[Aa]ccording to\b")
ACCORDING_RU = re.compile(
    r"(?<![\w-])(?:[Пп]о\s+(?:(?P<pron>его|её|ее|их)\s+)?(?P<what>словам|данным|информации)|"
    r"[Сс]огласно\s+(?:этому\s+|этим\s+)?(?P<doc>сообщению|заявлению|данным|пресс-релизу|информации|документу))(?![\w-])"
)
# "his Russian counterpart", "its chief": a description relative to someone else, not a title
RELATIVE_ROLE = re.compile(r"^(?:his|her|their|its|our|my)\b|\bcounterpart\b|\bколлег", re.IGNORECASE)
CHANNEL_BEFORE = re.compile(
    r"(?:интервью|агентству|телеканалу|газете|изданию|радиостанции|порталу|interview with|interview to|told)"
    r"\s+(?:[\w-]+\s+){0,2}[«\"“]?$", re.IGNORECASE)
# an interview or outlet between a subject and its verb: 'Рыженков в интервью телеканалу «Беларусь 1» заявил'
CHANNEL_ADJUNCT = re.compile(
    r"(?:\bв\s+интервью|\bin\s+an?\s+(?:[\w-]+\s+)?interview\s+(?:with|to))\b[^,;:.!?]{0,60}$", re.IGNORECASE)
LINK_CHROME = re.compile(r"(?:Read (?:more|also)|See also|Related|Читайте также|Читайте|Смотрите также|Подробнее)\b",
                         re.IGNORECASE)
THEN = re.compile(r"(?<![\w-])(?:[Тт]огда|[Aa]t the time|[Aa]t that time|[Bb]ack then)(?![\w-])")
DOC_WORDS = {"statement", "report", "release", "press release", "announcement", "document", "data", "communique"}
QUOTED_AS_SAYING = re.compile(
    r"\b(?:was|were|is|has been|had been)\s+quoted\s+(?:by\s+(?P<ch>[^,.;]{1,60}?)\s+)?as\s+saying\b"
)
# 'TASS quoted Khrenin as saying ...': the outlet before, the speaker inside
QUOTED_ACTIVE = re.compile(r"\b(?:quoted|cited)\s+(?P<who>[^,.;:\"«“]{1,80}?)\s+as\s+(?:saying|telling\s+\w+)\b")
# literals a match of each whole-text pattern must contain (one of each group)
REQUIRED_LITERALS = {
    QUOTED_AS_SAYING: [("quoted",), ("saying",)],
    QUOTED_ACTIVE: [("quoted", "cited"), ("saying", "telling")],
    ACCORDING_EN: [("ccording to",)],
}
GENERIC_SOURCES = {
    "reports", "report", "media", "sources", "source", "data", "estimates", "figures", "information", "statistics",
    "observers", "analysts", "experts", "documents", "witnesses", "сми", "источник", "источники", "данные",
    "эксперт", "эксперты", "информация", "сообщения", "наблюдатели",
}
GENERIC_SOURCE_KEYS = {fold(w) for w in GENERIC_SOURCES} | {"istochnik", "ekspert", "smi", "soobshchenie"}

# Heads of a role phrase ("the Russian diplomat") and of an institution phrase ("the ministry").
ROLE_HEADS_EN = (
    "minister", "diplomat", "official", "officials", "president", "spokesman", "spokeswoman", "spokesperson",
    "commander", "chief", "head", "ambassador", "envoy", "secretary", "leader", "general", "colonel", "admiral",
    "director", "deputy", "premier", "chairman", "chairwoman", "counterpart", "officer", "governor", "aide",
    "adviser", "advisor", "representative", "source", "sources", "expert", "analyst", "fm", "general designer",
    "diplomats", "spokesmen", "lawmaker", "senator", "mp", "prime minister", "foreign minister", "defence minister",
    "defense minister", "top diplomat", "ceo",
)
INSTITUTION_HEADS_EN = (
    "ministry", "press service", "press office", "department", "office", "embassy", "government", "kremlin",
    "committee", "service", "command", "headquarters", "general staff", "council", "administration",
    "directorate", "company", "corporation", "concern", "holding", "manufacturer", "military", "army", "alliance",
    "agency", "bureau", "secretariat", "parliament", "cabinet", "authorities", "presidency", "mission", "staff",
    "mod", "plant", "factory", "enterprise", "exporter",
)
EN_HEAD_AT_END = re.compile(
    r"(?:^|(?<=[\s(]))(?P<head>" + "|".join(sorted((re.escape(h) for h in ROLE_HEADS_EN + INSTITUTION_HEADS_EN),
                                                 key=len, reverse=True)) +
    r")(?P<of>\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][^,;:.()]{0,60}?)?$",
    re.IGNORECASE,
)
_HEADS_EN = "|".join(sorted((re.escape(h) for h in ROLE_HEADS_EN + INSTITUTION_HEADS_EN), key=len, reverse=True))
# '..., said the Russian diplomat': a role or institution phrase right after the verb
NP_AFTER_VERB_EN = re.compile(rf"\s+(?P<np>(?:the|a|an)\s+(?:[\w.’'-]+\s+){{0,5}}?(?P<head>{_HEADS_EN}))\b",
                              re.IGNORECASE)
HEAD_WORD_EN = re.compile(rf"\b(?P<head>{_HEADS_EN})\b", re.IGNORECASE)
GROUP_HEADS = {"officials", "sources", "diplomats", "experts", "analysts", "spokesmen", "authorities",
               "чиновники", "источники", "эксперты", "военные", "дипломаты"}
ROLE_MODIFIERS_EN = {
    "deputy", "first", "vice", "foreign", "defense", "defence", "prime", "chief", "top", "senior", "former", "then",
    "new", "press", "military", "state", "general", "executive", "acting", "security", "council", "air", "force",
    "forces", "armed", "national", "federal", "regional", "district", "joint", "army", "naval", "navy", "ground",
    "presidential", "government", "kremlin", "ministry", "high-ranking", "high", "ranking", "russian", "belarusian",
    "western", "u.s.", "us", "nato", "eu", "minsk's", "moscow's", "foreign-policy", "defence-ministry",
    "emergency", "emergencies", "interior", "internal", "affairs", "radio-technical", "technical", "staff", "of",
    "the", "and", "assistant", "director-general", "general's", "union", "two", "both", "a", "an", "its", "his",
    "her", "their", "military-technical", "cooperation", "service", "services", "opposition",
}
ROLE_HEADS_RU = {
    "министр", "замминистра", "глава", "руководитель", "директор", "заместитель", "замглавы", "командующий",
    "командир", "начальник", "президент", "премьер", "премьер-министр", "дипломат", "посол", "представитель",
    "спикер", "пресс-секретарь", "генерал", "полковник", "председатель", "секретарь", "госсекретарь", "чиновник",
    "советник", "эксперт", "лидер", "губернатор", "гендиректор", "замдиректора", "источник", "вице-премьер",
    "генерал-майор", "генерал-лейтенант", "генерал-полковник", "подполковник", "адмирал", "вице-адмирал",
}
INSTITUTION_HEADS_RU = {
    "министерство", "минобороны", "мид", "пресс-служба", "ведомство", "служба", "управление", "департамент",
    "штаб", "генштаб", "командование", "правительство", "администрация", "кремль", "посольство", "комитет",
    "концерн", "компания", "корпорация", "холдинг", "предприятие", "завод", "агентство", "совет",
    "секретариат", "пресс-центр", "госкомвоенпром", "минпромторг", "фсвтс", "ведомства",
}
# "пресс-служба X", "press service of X": the words are X's.
VOICE_OF_ORG = {"presssluzhba", "presstsentr", "press", "spokesman", "spokeswoman", "spokesperson", "presssekretar",
                "predstavitel", "service", "office"}
MEDIA_WORDS = re.compile(
    r"news agency|newswire|\bagency\b.*\bnews\b|\bnews\b|\bTV\b|television|\bchannel\b|broadcaster|newspaper|"
    r"\bradio\b|\bdaily\b|information agency|информагентств|агентств|телеканал|\bТВ\b|газет|радио|издани|"
    r"портал|\.ru\b|\.by\b|\.com\b",
    re.IGNORECASE,
)
CHANNEL_SLOTS_EN = re.compile(
    r"\b(?:told|tells|telling|as quoted by|quoted by|cited by|in an? (?:[\w-]+ ){0,2}interview (?:with|to)|"
    r"speaking to|said to|in comments to|in remarks to|according to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?",
    re.IGNORECASE,
)
CHANNEL_SLOTS_RU = re.compile(
    r"(?:цитат[аеуы]\s+по|цитиру\w*|переда[её]т|передают|сообщает|в\s+интервью|в\s+эфире|в\s+беседе\s+с|"
    r"корреспонденту|корреспондентом|корреспондента|журналисту|журналистам|"
    r"агентству|агентства|агентство|телеканалу|телеканала|телеканал|газете|газеты|изданию|издания|"
    r"радиостанции|порталу|ресурсу|информагентству)\s+(?:[\w-]+\s+){0,2}?",
    re.IGNORECASE,
)
DOC_NOUNS_RU = r"(?:сообщении|заявлении|отч[её]те|документе|пресс-релизе|релизе|справке|письме|ответе|публикации|материале|докладе|обзоре|бюллетене)"
DATELINE = re.compile(
    r"(?:\(\s*[^()\n]{1,40}\)\s*[-–—]\s*|[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{1,30}(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]+){0,2}"
    r"(?:[,.]\s*[^—–\n]{1,25}?)?\s*[-–—]\s+)"
)
LEADING_CONNECTORS = re.compile(r"(?:[,;:\s]|[-–—]\s|and\s|but\s|и\s|а\s|но\s)+", re.IGNORECASE)
TRAILING_CONNECTORS = re.compile(r"(?:[,;:\s]|\s[-–—]|\sand|\sbut|\sи|\sа|\sно)+$", re.IGNORECASE)
# the last character of any TRAILING_CONNECTORS unit: a run of them can end at a position only after one of these
TRAILING_CONNECTOR_END = re.compile(r"[,;:\s\-–—dtиао]", re.IGNORECASE)
COORDINATED_BEFORE = re.compile(
    r"(?:,\s*|\s)(?:and|but|и|а также|а|но)\s+(?:also\s+|then\s+|later\s+|также\s+|затем\s+|потом\s+)?$",
    re.IGNORECASE,
)

SPEAKER_TYPES = ("person", "organization", "country")
# Fallback country adjectives while the knowledge base has none (countries.tsv).
COUNTRY_ADJ = {
    "russian": "country:russia", "russias": "country:russia", "russia": "country:russia",
    "belarusian": "country:belarus", "belarusan": "country:belarus", "belarus": "country:belarus",
    "belaruss": "country:belarus", "byelorussian": "country:belarus", "rossiiskii": "country:russia",
    "rossiia": "country:russia", "belorusskii": "country:belarus", "belorussia": "country:belarus",
    "ukrainian": "country:ukraine", "american": "country:usa", "us": "country:usa",
}
TITLE_SYNONYMS = {
    "defence": "defense", "spokeswoman": "spokes", "spokesman": "spokes", "spokesperson": "spokes",
    "chief": "head", "fm": "foreign minister", "ministers": "minister", "officials": "official",
    "diplomats": "diplomat", "glava": "head", "rukovoditel": "head", "ministr": "minister",
    "oborona": "defense", "zamestitel": "deputy", "prezident": "president", "direktor": "director",
    "presssekretar": "spokes", "pressekretar": "spokes", "posol": "ambassador", "ceo": "director",
    "gendirektor": "director", "lider": "leader",
}
REPUBLIC_KEYS = {fold("республика"), "republic"}
GENERIC_INSTITUTION_WORDS = {fold(w) for w in ("ведомство", "department", "agency", "service", "office", "служба",
                                                "структура", "organization", "body", "authority", "authorities")}
_DEFENSE = {"оборона", "defense", "defence", "military", "военный", "минобороны", "mod"}
QUALIFIER_SYNONYMS = {
    fold(k): {fold(x) for x in v}
    for k, v in {
        "военный": _DEFENSE, "military": _DEFENSE, "defense": _DEFENSE, "defence": _DEFENSE, "оборона": _DEFENSE,
        "foreign": {"foreign", "иностранный", "мид"}, "внешнеполитический": {"foreign", "иностранный", "мид"},
    }.items()
}
SUBORDINATE_KEYS = {fold(w) for w in ("deputy", "vice", "assistant", "aide", "adviser", "advisor", "spokes",
                                        "secretary", "press", "заместитель", "помощник", "советник", "пресс-секретарь",
                                        "замминистра", "замглавы", "зам")} | {"spokes"}
LEADER_KEYS = {fold(w) for w in ("president", "leader", "президент", "лидер")}
# keys and values folded like every other key, so "заместитель" and "Deputy" meet
TITLE_SYNONYMS = {fold(k): " ".join(fold(x) for x in v.split()) for k, v in TITLE_SYNONYMS.items()}
DIPLOMAT_KEYS = {fold(w) for w in ("foreign", "ambassador", "diplomat", "envoy", "мид", "посол", "иностранный",
                                     "diplomatic", "дипломат")}
GENERIC_ROLE_KEYS = {"official", "chinovnik", "representative", "predstavitel"}


# --- data ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Verbs:
    en_forms: dict  # "said" -> (class, lemma)
    ru_lemmas: dict  # folded lemma -> (class, lemma)
    en_regex: re.Pattern


SPEECH_VERBS = lexicon.register(
    "speech_verbs.tsv", required=("lang", "class", "lemma"),
    allowed={"lang": {"en", "ru"}, "class": {"say", "that", "tell", "object", "add", "channel", "doc"}},
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
        elif lang == "ru" and lemma:
            ru[fold(lemma)] = (klass, lemma)
    alts = sorted((r"\s+".join(map(re.escape, f.split())) for f in en), key=len, reverse=True)
    regex = re.compile(r"(?<![\w'’-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)
    return Verbs(en, ru, regex)


@lru_cache(maxsize=50_000)
def _ru_verb(word: str):
    """(class, lemma, gender) when ``word`` is a finite form of a Russian reporting verb."""
    table = verbs().ru_lemmas
    for p in _parse(word)[:2]:
        if p.tag.POS == "VERB":
            hit = table.get(fold(p.normal_form))
            if hit:
                return hit[0], hit[1], p.tag.gender
    return None


@lru_cache(maxsize=200_000)
def _ru_verb_token(word: str):
    """_ru_verb of a token as written: None for a word without Cyrillic letters."""
    return _ru_verb(word.lower()) if has_cyrillic(word) else None


@lru_cache(maxsize=50_000)
def _ru_cases(word: str) -> frozenset:
    """Grammatical cases a Russian word can be in; 'fixd' for indeclinables and acronyms."""
    if not has_cyrillic(word) or word.isupper():
        return frozenset({"fixd"})
    out = set()
    for p in _parse(word.lower())[:4]:
        if "Fixd" in p.tag:
            out.add("fixd")
        if p.tag.case:
            out.add(p.tag.case)
    return frozenset(out) or frozenset({"fixd"})


@lru_cache(maxsize=10_000)
def _ru_plural(word: str) -> bool:
    return any(p.tag.POS == "VERB" and p.tag.number == "plur" for p in _parse(word.lower())[:2])


@lru_cache(maxsize=50_000)
def _ru_pos(word: str) -> str:
    parses = _parse(word.lower())
    return str(parses[0].tag.POS) if parses else ""


def _keys(word: str) -> frozenset:
    return token_keys(word)


ROLE_HEAD_KEYS_RU = {fold(w) for w in ROLE_HEADS_RU}
INSTITUTION_HEAD_KEYS_RU = {fold(w) for w in INSTITUTION_HEADS_RU}


# --- value objects local to this stage ----------------------------------------------------

@dataclass
class Quote:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark


@dataclass
class Cue:
    start: int
    stop: int
    text: str
    klass: str  # say | that | tell | add | channel | doc | according | quoted
    lemma: str
    sentence: int
    channel_text: Optional[str] = None  # "quoted by X as saying"
    pron: Optional[str] = None  # "по его словам"


@dataclass
class Who:
    key: Optional[str]
    text: str
    start: int  # where the subject phrase starts (role words included)
    stop: int
    kind: str  # name | pronoun | role | institution | media | unknown | group
    role: Optional[str] = None
    confidence: float = 0.95
    gender: Optional[str] = None  # for pronouns
    as_clause: bool = False  # 'As X said, ...'


@dataclass
class Hit:
    st: Statement
    cue_start: int
    cue_stop: int
    attr_start: int  # the attribution phrase (speaker and cue) in the text
    attr_stop: int
    cue_sentence: int
    forward: bool
    kind: str  # how the speaker was found
    channel_kind: Optional[str] = None  # interview | citation
    content_kind: Optional[str] = None  # object: a noun phrase after the verb, verb included


# --- quotes ---------------------------------------------------------------------------------

def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations over the whole document (see the module docstring)."""
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    quotes: list[Quote] = []
    carry = None  # (offset, mark) of a quote running on past its paragraph
    for i, (ps, pe) in enumerate(paragraphs):
        stack: list = []
        begin = ps
        if carry is not None:
            lead = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())
            if lead < pe and text[lead] in OPEN_MARKS and _same_family(carry[1], text[lead]):
                stack = [carry]
                begin = lead + 1
            carry = None
        ignore: set = set()
        for _ in range(4):
            found, left = _scan(text, begin, pe, list(stack), ignore)
            if not left:
                quotes.extend(found)
                break
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            bottom = left[0]
            if nxt is not None:
                lead = nxt[0] + len(text[nxt[0]:nxt[1]]) - len(text[nxt[0]:nxt[1]].lstrip())
                if text[lead] in OPEN_MARKS and _same_family(bottom[1], text[lead]):
                    quotes.extend(found)
                    carry = bottom
                    break
            if stack and bottom is stack[0]:
                stack = []  # the carried quote never closes: drop it
            else:
                ignore.add(bottom[0])
        else:
            quotes.extend(found)
    quotes.sort(key=lambda q: q.open)
    return quotes


def _same_family(a: str, b: str) -> bool:
    fam = {"«": "«", "„": "“", "“": "“", '"': '"'}
    return fam.get(a) == fam.get(b) or {a, b} <= {"“", "„"}


def _scan(text: str, begin: int, end: int, stack: list, ignore: set):
    found = []
    for qm in QUOTE_CHAR.finditer(text, begin, end):
        pos = qm.start()
        ch = text[pos]
        if pos in ignore:
            continue
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < end else " "
        can_open = (prev in CAN_OPEN_AFTER or pos == begin) and nxt not in " \t\n\u00a0"
        can_close = prev not in " \t\n\u00a0" and (nxt in CAN_CLOSE_BEFORE or pos + 1 >= end)
        closed = None
        if ch == "«":
            stack.append((pos, ch))
        elif ch == "»":
            idx = _last(stack, "«")
            if idx is not None:
                closed = idx
        elif ch == "„":
            stack.append((pos, ch))
        elif ch == "“":
            if stack and stack[-1][1] == "„":
                closed = len(stack) - 1
            elif can_open:
                stack.append((pos, ch))
            elif stack and stack[-1][1] == "“":
                closed = len(stack) - 1
        elif ch == "”":
            idx = _last(stack, "“„")
            if idx is not None:
                closed = idx
        elif ch == '"':
            if stack and stack[-1][1] == '"' and can_close:
                closed = len(stack) - 1
            elif can_open:
                stack.append((pos, ch))
            elif stack and stack[-1][1] == '"':
                closed = len(stack) - 1
        if closed is not None:
            opener = stack[closed]
            del stack[closed:]
            if closed == 0:
                found.append(Quote(opener[0], pos))
    return found, stack


def _last(stack: list, marks: str):
    for i in range(len(stack) - 1, -1, -1):
        if stack[i][1] in marks:
            return i
    return None


# --- the extractor ----------------------------------------------------------------------------

def extract(a) -> list[Statement]:
    """Statements of one analyzed document, in text order (see the module docstring)."""
    if not a.sentences or not a.document.text:
        return []
    return _Extractor(a).run()


class _Extractor:
    def __init__(self, a):
        self.a = a
        self.text = a.document.text
        self.lang = a.document.lang or ("ru" if has_cyrillic(self.text[:2000]) else "en")
        self.quotes = find_quotes(self.text)
        self.q_opens = [q.open for q in self.quotes]
        self.mentions = sorted(a.mentions, key=lambda m: m.start)
        self.m_starts = [m.start for m in self.mentions]
        self.timexes = sorted(a.timexes, key=lambda t: t.start)
        # lookups by position go through sorted starts (a scan per call was quadratic in document size)
        self.t_starts = [t.start for t in self.timexes]
        self.t_longest = max((t.stop - t.start for t in self.timexes), default=0)
        self.q_by_close: dict = {}
        for q in self.quotes:
            self.q_by_close.setdefault(q.close, q)
        self.hits: list[Hit] = []
        self.skip = self._skipped_sentences()
        self._role_cache: dict = {}
        self._name_quote: dict = {}  # quote opening -> is_name_quote
        self._prefix_memo: dict = {}
        self._intro: Optional[tuple] = None  # words before a quote that belong to the quoted clause
        self._fwd_kind: Optional[str] = None

    # -- helpers over the text --

    def quote_at(self, pos: int) -> Optional[Quote]:
        """The top-level quote whose marks enclose ``pos`` (marks excluded)."""
        i = bisect.bisect_right(self.q_opens, pos) - 1
        if i >= 0:
            q = self.quotes[i]
            if q.open < pos < q.close:
                return q
        return None

    def in_quote(self, pos: int) -> bool:
        return self.quote_at(pos) is not None

    def in_speech(self, pos: int) -> bool:
        """Inside quoted words, not inside a quoted name ("Интерфакс", «Рособоронэкспорт»)."""
        q = self.quote_at(pos)
        return q is not None and not self.is_name_quote(q)

    def is_name_quote(self, q: Quote) -> bool:
        got = self._name_quote.get(q.open)
        if got is None:
            words = TOKEN.findall(self.text[q.open + 1:q.close])
            got = self._name_quote[q.open] = len(words) <= 4 and bool(words) and words[0][:1].isupper() and \
                not re.search(r"[.!?…,]\s*$", self.text[q.open + 1:q.close])
        return got

    def quote_closing_at(self, pos: int) -> Optional[Quote]:
        return self.q_by_close.get(pos)

    def quote_opening_at(self, pos: int) -> Optional[Quote]:
        i = bisect.bisect_left(self.q_opens, pos)
        if i < len(self.quotes) and self.quotes[i].open == pos:
            return self.quotes[i]
        return None

    def mentions_in(self, lo: int, hi: int) -> list:
        i = bisect.bisect_left(self.m_starts, lo)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < hi:
            if self.mentions[i].stop <= hi:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, pos: int):
        i = bisect.bisect_right(self.m_starts, pos) - 1
        while i >= 0 and self.mentions[i].start > pos - 200:
            m = self.mentions[i]
            if m.start <= pos < m.stop:
                return m
            i -= 1
        return None

    def blank_timexes(self, lo: int, hi: int) -> str:
        s = self.text[lo:hi]
        for t in self.timexes[bisect.bisect_left(self.t_starts, lo):bisect.bisect_left(self.t_starts, hi)]:
            if t.stop <= hi:
                s = s[: t.start - lo] + " " * (t.stop - t.start) + s[t.stop - lo:]
        return s

    def in_timex(self, pos: int) -> bool:
        k = bisect.bisect_right(self.t_starts, pos) - 1
        while k >= 0 and self.t_starts[k] > pos - self.t_longest:
            if pos < self.timexes[k].stop:
                return True
            k -= 1
        return False

    def word_before(self, pos: int, lo: int) -> str:
        w = _last_word(self.text[max(lo, pos - 80):pos])
        return w.lower() if w else ""

    def sentence_of(self, pos: int):
        return self.a.sentence_at(pos)

    def is_media(self, key: Optional[str], surface: str = "") -> bool:
        ent = self.a.entities.get(key) if key else None
        if ent is not None and ent.attrs.get("kind") == "media":
            return True
        if ent is not None and ent.attrs.get("kind"):
            return False
        if key and not key.startswith("organization:"):
            return False
        names = " ".join(filter(None, [surface, ent.name if ent else "", ent.name_ru or "" if ent else ""]))
        return bool(MEDIA_WORDS.search(names))

    def _skipped_sentences(self) -> set:
        """Headlines, subheadings and questions: never statements."""
        out = set()
        by_par: dict = {}
        for s in self.a.sentences:
            by_par.setdefault(s.paragraph, []).append(s)
        title = (self.a.document.title or "").strip()
        for par, sents in by_par.items():
            body = self.text[sents[0].start:sents[-1].stop].strip()
            last = body.rstrip(CLOSE_MARKS + " ")[-1:] if body.rstrip(CLOSE_MARKS + " ") else ""
            closing = body[-1:] in CLOSE_MARKS and len(body) > 1 and body[-2] in ".!?…"
            terminal = last in ".!?…:" or closing
            headline = (len(sents) == 1 and not terminal) or bool(LINK_CHROME.match(body))
            if par == 0 and title and body.startswith(title[:40]) and len(by_par) > 1:
                headline = headline or body.endswith("?") or not terminal
            if headline:
                out.update(s.index for s in sents)
        for s in self.a.sentences:
            body = s.text.rstrip()
            if body.endswith("?") and not self.in_quote(s.start + len(body) - 1):
                out.add(s.index)
        return out

    # -- the passes --

    def run(self) -> list[Statement]:
        for s in self.a.sentences:
            if s.index in self.skip:
                continue
            accepted: list[Hit] = []
            for cue in self.cues(s):
                hit = self.attribute(cue, s, accepted)
                if hit is not None:
                    accepted.append(hit)
                    self.hits.append(hit)
        self.orphans()
        self.same_occasion()
        out: dict = {}
        for h in sorted(self.hits, key=lambda h: (h.st.start, -h.st.confidence)):
            st = h.st
            if st.stop <= st.start or (st.start, st.stop) in out:
                continue
            out[(st.start, st.stop)] = st
        return list(out.values())

    # -- cues --

    def _en_matches(self, rx, s) -> list:
        """Matches of ``rx`` over the whole text, computed once, for sentence ``s``."""
        key = ("rx", id(rx))
        if key not in self._role_cache:
            need = REQUIRED_LITERALS.get(rx, ())
            found = list(rx.finditer(self.text)) if all(any(w in self.text for w in alts) for alts in need) else []
            self._role_cache[key] = (rx, found, [m.start() for m in found])
        _, found, starts = self._role_cache[key]
        i = bisect.bisect_left(starts, s.start)
        out = []
        while i < len(found) and found[i].start() < s.stop:
            if found[i].end() <= s.stop:
                out.append(found[i])
            i += 1
        return out

    def _en_verbs(self, s) -> list:
        """Spans of English reporting-verb forms in sentence ``s`` (a word lookup, not a regex alternation)."""
        if "en_verbs" not in self._role_cache:
            first = _en_first_words()
            spans = []
            text = self.text
            for m in WORD_EN.finditer(text):
                forms = first.get(m.group().lower())
                if not forms:
                    continue
                for form in forms:  # longest first: 'made it clear' before 'made clear'
                    rest = form[1:]
                    pos, ok = m.end(), True
                    for w in rest:
                        mm = WORD_EN.match(text, pos + 1) if text[pos:pos + 1] == " " else None
                        if mm is None or mm.group().lower() != w:
                            ok = False
                            break
                        pos = mm.end()
                    if ok:
                        if text[pos:pos + 1] not in ("-",) and text[m.start() - 1:m.start()] not in ("-", "'", "’"):
                            spans.append((m.start(), pos))
                        break
            self._role_cache["en_verbs"] = (spans, [a for a, _ in spans])
        spans, starts = self._role_cache["en_verbs"]
        i = bisect.bisect_left(starts, s.start)
        out = []
        while i < len(spans) and spans[i][0] < s.stop:
            out.append(spans[i])
            i += 1
        return out

    def cues(self, s) -> list[Cue]:
        text = self.text
        found: list[Cue] = []
        seg = text[s.start:s.stop]
        if self.lang == "en" or not has_cyrillic(seg):
            v = verbs()
            for m in self._en_matches(QUOTED_AS_SAYING, s):
                start, stop = m.start(), m.end()
                if not self.in_speech(start):
                    found.append(Cue(start, stop, m.group(), "say", "quote", s.index, channel_text=m.group("ch")))
            for m in self._en_matches(QUOTED_ACTIVE, s):
                start, stop = m.start(), m.end()
                if not self.in_speech(start) and not any(c.start <= start < c.stop for c in found):
                    found.append(Cue(start, stop, m.group(), "quoted_active", "quote", s.index,
                                     channel_text=m.group("who")))
            for start, stop in self._en_verbs(s):
                word = text[start:stop]
                if self.in_speech(start) or any(c.start <= start < c.stop for c in found):
                    continue
                if word[:1].isupper() and text[s.start:start].strip():
                    continue  # a capitalized "Says" mid-sentence is a name or a title
                klass, lemma = v.en_forms[re.sub(r"\s+", " ", word.lower())]
                before = self.word_before(start, s.start)
                if before in PASSIVE_AUX or before in DETERMINERS - {"then"} or before in NEGATION or before in MODALS:
                    continue
                found.append(Cue(start, stop, word, klass, lemma, s.index))
            for m in self._en_matches(ACCORDING_EN, s):
                start = m.start()
                if not self.in_speech(start):
                    found.append(Cue(start, m.end(), m.group(), "according", "according to", s.index))
        if self.lang == "ru" or has_cyrillic(seg):
            for m in TOKEN.finditer(seg):
                w = m.group()
                hit = _ru_verb_token(w)
                if not hit or (w[:1].isupper() and m.start() > 0):
                    continue
                start, stop = s.start + m.start(), s.start + m.end()
                if self.in_speech(start):
                    continue
                before = self.word_before(start, s.start)
                if before in NEGATION:
                    continue
                found.append(Cue(start, stop, w, hit[0], hit[1], s.index))
            for m in ACCORDING_RU.finditer(seg):
                start = s.start + m.start()
                if not self.in_speech(start):
                    kind = "according" if m.group("what") == "словам" else "according_data"
                    found.append(Cue(start, s.start + m.end(), m.group(), kind, m.group("what") or m.group("doc"),
                                     s.index, pron=m.group("pron")))
        found.sort(key=_START)
        return found

    # -- attribution of one cue --

    def attribute(self, cue: Cue, s, accepted: list) -> Optional[Hit]:
        text = self.text
        lo = s.start
        q = self.quote_at(s.start)
        if q is not None and q.open < s.start:
            lo = q.open  # the sentence began inside a quote that opened earlier
        bound = lo
        for h in accepted:
            bound = max(bound, h.attr_stop)
            if h.st.stop <= cue.start:
                bound = max(bound, h.st.stop)
        if cue.klass in ("according", "according_data"):
            return self.according(cue, s, bound, accepted)
        if cue.klass == "quoted_active":
            return self.quoted_active(cue, s, bound)
        before = text[bound:cue.start]
        if self.lang == "ru" or has_cyrillic(cue.text):
            if re.search(r"(?:^|[\s,(])[Кк]ак\s+(?:(?:ранее|уже|и|же|это)\s+)*$", before):
                return self.as_frame(cue, s, accepted)
            if re.search(r"(?:^|\s)[Оо]б\s+этом\s+(?:(?:также|ранее|же|в\s+\w+)\s+)*$", before):
                return self.ob_etom(cue, s)
            if cue.klass == "doc":
                return self.doc_frame(cue, s, bound, accepted)
        if cue.klass == "channel":
            return self.channel_verb(cue, s, bound, accepted)

        coordinated = cue.klass == "add" or bool(COORDINATED_BEFORE.search(text[max(bound, cue.start - 30):cue.start]))
        who = None
        order = "SV"
        if cue.klass != "add":
            who = self.left_subject(cue, s, bound)
            if who in ("relative", "collective"):
                return None
        if who is None and coordinated:
            prev = accepted[-1] if accepted else None
            if prev is not None:
                who = self.inherit(prev)
            else:
                # 'Khrenin visited Moscow and said ...': the subject of the sentence
                subj = self._subjects(s.index, cue.start)
                if len(subj) != 1:
                    return None
                m = next(x for x in self.mentions_in(s.start, cue.start) if x.key == subj[0])
                who = self.who_from_mention(m, s.start)
                who.kind, who.confidence = "inherited", min(who.confidence, 0.85)
                who.start, who.stop = cue.start, cue.start
        elif who is None:
            who = self.right_subject(cue, s)
            order = "VS"
            coordinated = False
        else:
            coordinated = False
        if who is None:
            return None

        if who.as_clause:
            cs, ce = self.trim(cue.stop + text[cue.stop:].index(",") + 1, s.stop)
            if not self._clause_like(cs, ce):
                return None
            return self.make(cue, s, who, cs, ce, forward=True, attr_start=who.start, attr_stop=cue.stop)
        fwd = None
        if order == "SV":
            fwd = self.forward(cue, s)
        if fwd is not None:
            cs, ce = fwd
            first = self._quote_before(who.start, bound) if self._fwd_kind == "comma_quote" else None
            if first is not None:
                # '"A," he said, "B."': one attribution around a split quote is one statement
                second = self.quote_opening_at(cs)
                if second is not None:
                    ce = self.inner(second)[1]
                cs = self.inner(first)[0]
                return self.make(cue, s, who, cs, ce, forward=False, attr_start=who.start,
                                 attr_stop=max(cue.stop, who.stop), direct=True)
            kind = self._fwd_kind
            if accepted:
                prev = accepted[-1]
                if prev.forward and prev.st.start <= cue.start < prev.st.stop:
                    if not coordinated or prev.content_kind == "object":
                        # words reported inside someone else's statement, or a second verb of the same
                        # proposition ('rejected the results and claimed fraud')
                        return None
                    self.cut(prev, who.start if who.kind != "inherited" else cue.start)
            hit = self.make(cue, s, who, cs, ce, forward=True,
                            attr_start=who.start if who.kind != "inherited" else cue.start,
                            attr_stop=max(cue.stop, who.stop) if who.kind != "inherited" else cue.stop)
            hit.content_kind = kind
            return hit
        if coordinated:
            return None
        attr_start = who.start if order == "SV" else cue.start
        bwd = self.backward(cue, s, attr_start, bound, accepted)
        if bwd is None:
            bwd = self.parenthetical(s, bound, attr_start, max(cue.stop, who.stop), accepted)
        if bwd is None:
            return None
        cs, ce = bwd
        if order == "VS":
            after = re.match(r"([^,.;:]{0,40}?)(?:\bthat\b|,\s*что\b)", text[who.stop:s.stop])
            if after and not any(_ru_pos(w) == "VERB" or verbs().en_regex.fullmatch(w)
                                 for w in TOKEN.findall(after.group(1))):
                return None  # 'сказал журналистам Патрушев, что ...': the content follows, not precedes
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=attr_start,
                         attr_stop=max(cue.stop, who.stop))

    def _quote_before(self, pos: int, bound: int) -> Optional[Quote]:
        """The quote that closes right before ``pos`` (only commas, dashes and spaces between)."""
        k = pos
        while k > bound and self.text[k - 1] in " \t\u00a0,-–—":
            k -= 1
        return self.quote_closing_at(k - 1) if k > bound else None

    def inherit(self, prev: Hit) -> Who:
        st = prev.st
        return Who(st.speaker, st.speaker_text or "", prev.attr_start, prev.attr_stop, "inherited", st.role,
                   st.confidence, None)

    def cut(self, prev: Hit, at: int) -> None:
        """End an earlier forward statement where a later attribution in its sentence begins."""
        cs = prev.st.start
        ce = min(prev.st.stop, at)
        cs, ce = self.trim(cs, ce)
        if ce - cs < 3:
            return
        self.set_span(prev, cs, ce)

    def set_span(self, hit: Hit, cs: int, ce: int) -> None:
        text = self.text
        direct = False
        q = self.quote_opening_at(cs)
        if q is not None and ce >= q.close and not text[q.close + 1:ce].strip(" ,.;:" + CLOSE_MARKS):
            cs, ce = self.inner(q)
            direct = True
        hit.st.start, hit.st.stop, hit.st.text, hit.st.direct = cs, ce, text[cs:ce], direct
        hit.st.sentence = self.sentence_of(cs).index

    # -- speakers --

    def left_subject(self, cue: Cue, s, bound: int):
        text = self.text
        vs = cue.start
        ru = has_cyrillic(cue.text) or self.lang == "ru"
        for m in reversed(self.mentions_in(bound, vs)):
            if m.type not in SPEAKER_TYPES + ("place",) or self.in_speech(m.start):
                continue
            if m.type == "organization" and (self.is_media(m.key, m.text) or
                                             CHANNEL_BEFORE.search(self.text, max(bound, m.start - 40), m.start)):
                continue  # 'в интервью телеканалу «Беларусь 1» заявил', 'in an interview with TASS, X said'
            gap = self.blank_timexes(m.stop, vs)
            gap = CHANNEL_ADJUNCT.sub("", gap)
            gap = re.sub(r"^[»\"”“]+", "", gap)  # the closing mark of a quoted name
            gap_ok = bool(GAP_OK.match(gap)) or bool(re.fullmatch(r"\s*,\s*", gap) and self._titled_comma(m, bound))
            if not gap_ok:
                if re.match(r"^\s*,", gap) or self.word_before(m.start, bound) in PREPOSITIONS_EN | PREPOSITIONS_RU \
                        or m.type != "person":
                    continue  # inside an appositive or a title ("Russia's foreign minister"); look further left
                if ru and not self._ru_nominative(m):
                    continue
                break
            prev_word = self.word_before(m.start, bound)
            if prev_word == "as" and re.fullmatch(r"\s*[Aa]s\s+(?:[\w.'’-]+\s+){0,6}?", self.text[bound:m.start]) \
                    and re.match(r"[^,.;:!?]{0,30},", self.text[cue.stop:]):
                who = self.who_from_mention(m, bound, gap)
                who.as_clause = True  # 'As Lukashenko said, ...': the content follows the comma
                return who
            if prev_word in RELATIVE and prev_word != "как" and not self._role_prefix_text(m, bound):
                return "relative"
            if prev_word in PREPOSITIONS_EN or prev_word in PREPOSITIONS_RU:
                continue
            if prev_word in ("the", "a", "an") and self.word_before(m.start - 4, bound) in PREPOSITIONS_EN:
                continue  # 'the spokesman for the Belarusian defence ministry, Vladimir Makarov, said'
            if m.type != "person" and re.match(r"\s*,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2}\s*,", gap):
                continue  # 'the ministry's spokesman, Vladimir Makarov, said': the name set off after it speaks
            if ru and has_cyrillic(m.text) and not self._ru_nominative(m):
                inst = self._ru_voice_before(m, bound)
                if inst is not None:
                    return inst
                continue
            if m.type in ("country", "place"):
                return "collective"  # 'Belarus has rejected', 'Moscow said': a state, not a speaker
            return self.who_from_mention(m, bound, gap)
        # no name next to the verb: a pronoun, an unknown name, a role or an institution
        left = self.blank_timexes(bound, vs)
        left = left.rstrip()
        stripped = (FILLERS_AT_END.sub("", left) if _may_end_with_filler(left) else left).rstrip()
        named = re.search(r"(?:^|\s)((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+),$", stripped)
        if named and re.search(r",\s*$", stripped[:named.start(1)]):
            # an appositive name: 'The spokesman for the ministry, Vladimir Makarov, said'
            who = self._named_later(named.group(1), bound + named.start(1), bound + named.end(1))
            if who.key is not None:
                head = stripped[:named.start(1)].rstrip(" ,")
                hm = re.search(r"(?:^|,\s*)((?:the|The)\s+[^,]{3,80})$", head)
                if hm and any(self._is_title_word(w) for w in TOKEN.findall(hm.group(1))):
                    who.role = hm.group(1)
                return who
        stripped = stripped.rstrip(",").rstrip()
        base = bound
        pm = re.search(r"(?:^|[^\w'’])(he|she|they|он|она|они)$", stripped, re.IGNORECASE)
        if pm:
            before = self.word_before(base + pm.start(1), bound)
            if before in RELATIVE and before not in ("как",):
                return "relative"  # 'the deal, as he said, ...', 'which they say ...'
            return self.resolve_pronoun(pm.group(1).lower(), base + pm.start(1), base + pm.end(1), cue, s)
        if ru:
            who = self._ru_np_left(cue, s, bound, stripped)
        else:
            who = self._en_np_left(cue, s, bound, stripped)
        return who

    def _titled_comma(self, m, bound: int) -> bool:
        """'Russian Deputy Foreign Minister, Mikhail Galuzin, pointed out': a name set off by commas after a title."""
        return bool(re.search(r"\b[\w-]+,\s*$", self.text[bound:m.start])) and self._role_prefix_text(m, bound, allow_comma=True) is not None

    def _ru_nominative(self, m) -> bool:
        words = TOKEN.findall(m.text)
        if not words:
            return False
        if m.type == "person":
            # the knowledge base and NER store names in the nominative: a surface word found there is one
            ent = self.a.entities.get(m.key)
            if ent is not None:
                canon = {w.lower() for n in (ent.name_ru or "", *ent.aliases) for w in TOKEN.findall(n)}
                if words[-1].lower() in canon or (len(words) > 1 and words[0].lower() in canon):
                    return True
            probe = words[0] if len(words) > 1 else words[-1]
            return bool(_ru_cases(probe) & {"nomn", "fixd"})
        return bool(_ru_cases(words[0]) & {"nomn", "fixd"})

    def _ru_voice_before(self, m, bound: int) -> Optional[Who]:
        """'пресс-служба Минобороны сообщила': the genitive organization after a voice noun speaks."""
        if m.type != "organization":
            return None
        before = self.text[bound:m.start]
        hm = re.search(r"([\w-]+)[\s\"«]*$", before)
        if not hm:
            return None
        keys = _keys(hm.group(1))
        if keys & VOICE_OF_ORG or keys & INSTITUTION_HEAD_KEYS_RU:
            start = bound + hm.start(1)
            if self.is_media(m.key, m.text):
                return Who(None, self.text[start:m.stop], start, m.stop, "media", confidence=0.5)
            return Who(m.key, self.text[start:m.stop], start, m.stop, "institution", confidence=0.85)
        return None

    def who_from_mention(self, m, bound: int, gap: str = "") -> Who:
        start = self._prefix_start(m, bound)
        if m.type == "person":
            here = [self._appositive_role(gap), self._role_prefix_text(m, bound, allow_comma=True), m.role]
            here = [r for r in here if r and not RELATIVE_ROLE.search(r)]
            role = next((r for r in here if not self._rank_only(r)), None) or self.best_role(m.key) or \
                next(iter(here), None) or \
                next((r for r in self._article_roles(m.key) if not RELATIVE_ROLE.search(r)), None)
            conf = 0.95 if m.confidence >= 0.85 else 0.85
            if m.method == "coref":
                conf = 0.9
            return Who(m.key, m.text, start, m.stop, "name", role, conf)
        if m.type == "organization" and self.is_media(m.key, m.text):
            return Who(None, m.text, start, m.stop, "media", confidence=0.5, role=m.key)
        surface = m.text
        voice = re.search(r"([\w-]+)[\s\"«]*$", self.text[start:m.start])
        if voice and (_keys(voice.group(1)) & (VOICE_OF_ORG | INSTITUTION_HEAD_KEYS_RU) or
                      re.search(r"(?:press service|spokes\w+|office)\s+(?:of|for)\s+(?:the\s+)?$", self.text[start:m.start])):
            surface = self.text[start:m.stop]
        return Who(m.key, surface, start, m.stop, "institution", None, 0.9 if m.type == "organization" else 0.75)

    def _rank_only(self, role: str) -> bool:
        """'Colonel', 'Gen. Lt.', 'полковник': a rank, not the job the article gives."""
        from bellink.ingest.entities import RANK_WORDS_EN, RANK_WORDS_RU

        words = [w.lower() for w in TOKEN.findall(role)]
        return bool(words) and all(w in RANK_WORDS_EN or w in RANK_WORDS_RU for w in words)

    def best_role(self, key: Optional[str]) -> Optional[str]:
        """The most specific job title the article gives a person anywhere (ranks only as a last resort)."""
        if not key:
            return None
        roles = [r for r in self._article_roles(key) if not self._rank_only(r) and not RELATIVE_ROLE.search(r)]
        return max(roles, key=lambda r: len(TOKEN.findall(r))) if roles else None

    def _memo_key(self, what, m, bound: int) -> tuple:
        # entities are only ever added during a run (is_media reads them): their count stands for their state
        return what, id(m), m.start, bound, len(self.a.entities)

    def _prefix_start(self, m, bound: int) -> int:
        """Where the title in front of a name begins ('Belarusian Defense Minister Gen. Lt. Andrey Ravkov')."""
        key = self._memo_key("prefix", m, bound)
        got = self._prefix_memo.get(key)
        if got is None:
            got = self._prefix_memo[key] = self._prefix_start_uncached(m, bound)
        return got

    def _prefix_start_uncached(self, m, bound: int) -> int:
        text = self.text
        pos = m.start
        toks = list(TOKEN.finditer(text, bound, m.start))
        start = m.start
        commas = 0
        possessive = False
        for t in reversed(toks):
            if t.group() == "s" and t.start() > 0 and text[t.start() - 1] in "'’":
                possessive = True  # "the plant's director general": the owner word comes next
                pos = t.start() - 1
                continue
            between = text[t.end():pos]
            if possessive:
                possessive = False
                if between == "":
                    start = pos = t.start()
                    continue
            if between.strip(" .\"«»„“”") != "":
                if between.strip() == "," and commas == 0 and self._is_title_word(t.group()):
                    commas += 1
                else:
                    break
            if self.in_timex(t.start()):
                break
            w = t.group()
            lw = w.lower()
            inside = self.mention_at(t.start())
            if inside is not None and inside is not m and (inside.type == "person" or self.is_media(inside.key, inside.text)):
                break  # another name, or the outlet: 'рассказал агентству БелТА генеральный директор'
            if has_cyrillic(w):
                if lw == "и" and start < m.start and "gent" in _ru_cases(self.text[start:m.start].split()[0]):
                    start = t.start()
                    pos = t.start()
                    continue  # 'начальник войск ВВС и войск ПВО'
                if lw in PREPOSITIONS_RU or _ru_pos(lw) in ("VERB", "CONJ", "PREP", "PRCL", "ADVB", "GRND", "INFN"):
                    break
                cases = _ru_cases(w)
                if w.islower() and cases and not cases & {"nomn", "gent", "fixd"}:
                    break
            else:
                if not (w[:1].isupper() or lw in ROLE_MODIFIERS_EN or lw.rstrip("s") in ROLE_HEADS_EN
                        or lw in ROLE_HEADS_EN):
                    break
                if lw in ("the", "a", "an", "its", "his", "her", "their"):
                    start = t.start()  # the determiner opens the phrase: 'the Belarusian Defence Ministry'
                    break
                if lw in ("of", "and") and not w[:1].isupper():
                    break
            start = t.start()
            pos = t.start()
        return start

    def _is_title_word(self, w: str) -> bool:
        lw = w.lower()
        if lw in ROLE_HEADS_EN or lw.rstrip("s") in ROLE_HEADS_EN:
            return True
        return bool(_keys(w) & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU))

    def _role_prefix_text(self, m, bound: int, allow_comma: bool = False) -> Optional[str]:
        key = self._memo_key(("role", allow_comma), m, bound)
        if key not in self._prefix_memo:
            self._prefix_memo[key] = self._role_prefix_text_uncached(m, bound)
        return self._prefix_memo[key]

    def _role_prefix_text_uncached(self, m, bound: int) -> Optional[str]:
        start = self._prefix_start(m, bound)
        # the title begins at its first title word, with the adjectives right before it
        toks = list(TOKEN.finditer(self.text, start, m.start))
        first = next((i for i, t in enumerate(toks) if self._is_title_word(t.group())), None)
        if first is None:
            return None
        i = first
        while i > 0 and self.text[toks[i - 1].end():toks[i].start()].strip(" '’") == "":
            w = toks[i - 1].group()
            if has_cyrillic(w):
                if _ru_pos(w) not in ("ADJF", "PRTF", "NUMR") and not w[:1].isupper():
                    break
            elif not (w[:1].isupper() or w.lower() in ROLE_MODIFIERS_EN) or w.lower() in ("the", "a", "an"):
                break
            i -= 1
        start = toks[i].start()
        role = self.text[start:m.start].strip(" ,")
        if not role:
            return None
        # drop ranks at the end ("Gen. Lt.") to keep the job title
        role = re.sub(r"(?:\s*\b(?:Gen|Lt|Col|Maj|Capt|Brig|Adm|Sgt|Cmdr)\.?)+$", "", role).strip(" ,")
        from bellink.ingest.entities import RANK_WORDS_RU

        words = role.split()
        while len(words) > 1 and words[-1].lower() in RANK_WORDS_RU:
            words.pop()  # 'командир бригады полковник' -> the job, not the rank
        role = _ru_role_nominative(" ".join(words)) if has_cyrillic(role) else " ".join(words)
        return role or None

    def _appositive_role(self, gap: str) -> Optional[str]:
        """', chief of the radio-technical troops of ...,' between a name and its verb."""
        mm = re.match(r"^\s*,\s*([^,]{3,180}?),", gap)
        if not mm:
            return None
        words = TOKEN.findall(mm.group(1))
        if not words or words[0].lower() in ("who", "which", "that", "whose", "который", "которая", "которые"):
            return None
        if any(has_cyrillic(w) and _ru_pos(w) in ("VERB", "PRTF", "PRTS", "GRND") for w in words):
            return None  # a participle clause ('наблюдавший за ...'), not a title
        if any(self._is_title_word(w) for w in words[:4]):
            return mm.group(1).strip()
        return None

    def _en_np_left(self, cue: Cue, s, bound: int, stripped: str) -> Optional[Who]:
        hm = EN_HEAD_AT_END.search(stripped)
        if hm:
            np_start = hm.start("head")
            has_det = False
            for w in reversed(list(re.finditer(r"\S+", stripped[:np_start]))):
                word = w.group()
                lw = word.lower()
                if word.endswith(","):
                    break
                if lw in ("the", "a", "an", "its", "his", "her", "their", "our"):
                    np_start, has_det = w.start(), True
                    break
                if re.search(r"(?:'s|’s|s'|s’)$", word) and word[:1].isupper():
                    np_start, has_det = w.start(), True
                    break
                if word[:1].isupper() or lw in ROLE_MODIFIERS_EN or self._is_title_word(word) or \
                        re.search(r"(?:'s|’s)$", lw):
                    np_start = w.start()
                    continue
                break
            head = hm.group("head")
            phrase = stripped[np_start:]
            if has_det or phrase != head or head[:1].isupper() or head.lower() in GROUP_HEADS:
                start = bound + np_start
                return self.resolve_phrase(phrase, start, bound + len(stripped), head.lower(), cue, s)
        # an unknown name: "Smith said", no mention for it
        nm = re.search(r"(?:^|[\s(])((?:[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+)$", stripped)
        if nm:
            words = nm.group(1).split()
            from bellink.ingest.entities import NOT_NAMES

            if not any(w.lower() in NOT_NAMES or self._is_title_word(w) or fold(w) in COUNTRY_ADJ for w in words):
                start = bound + nm.start(1)
                return self._named_later(nm.group(1), start, bound + nm.end(1))
        return None

    def _named_later(self, surface: str, start: int, stop: int) -> Who:
        """A surname the entity stage did not resolve ('Markin told reporters'): the person is the one the article
        introduced earlier with first name and surname ('with Yevgeny Markin, who heads ...'). Otherwise the
        speaker stays unknown, with the name kept as written."""
        words = TOKEN.findall(surface)
        ent = self._full_name_before(words[-1], start) if len(words) == 1 else self._full_name(words)
        if ent is None:
            return Who(None, surface, start, stop, "unknown", confidence=0.5)
        if ent.key not in self.a.entities:
            self.a.entities[ent.key] = ent
        return Who(ent.key, surface, start, stop, "name", None, 0.85)

    def _full_name(self, words: list):
        """A first name the knowledge base knows and a surname: a person, even one the entity stage missed."""
        from types import SimpleNamespace

        from bellink.ingest.entities import _person_entity, matcher

        try:
            m = matcher()
            if fold(words[0]) not in m.kb.first_names:
                return None
            return _person_entity(SimpleNamespace(m=m), list(words), "ru" if has_cyrillic(words[0]) else "en")
        except Exception:  # the entity stage's helpers changed shape: keep the speaker unknown
            return None

    def _full_name_before(self, surname: str, pos: int):
        from types import SimpleNamespace

        from bellink.ingest.entities import NOT_NAMES, _person_entity, matcher, nominative

        text = self.text[:pos]
        if has_cyrillic(surname):
            want = _keys(surname)
            found = None
            for m in re.finditer(r"(?<![\w-])([А-ЯЁ][а-яё]+)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])", text):
                if _keys(m.group(2)) & want and any("Name" in p.tag for p in _parse(m.group(1).lower())[:3]):
                    found = nominative([m.group(1), m.group(2)], prefer=("Name", "Surn"))
            lang = "ru"
        else:
            found = None
            for m in re.finditer(rf"(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(surname)}(?![\w-])", text):
                if m.group(1).lower() not in NOT_NAMES and not self._is_title_word(m.group(1)) and \
                        not self._country_of(m.group(1)):
                    found = [m.group(1), surname]
            lang = "en"
        if not found:
            return None
        try:
            return _person_entity(SimpleNamespace(m=matcher()), found, lang)
        except Exception:  # the entity stage's helpers changed shape: keep the speaker unknown
            return None

    def _ru_np_left(self, cue: Cue, s, bound: int, stripped: str) -> Optional[Who]:
        text = self.text
        toks = list(TOKEN.finditer(text, bound, bound + len(stripped)))
        if not toks:
            return None
        # an unknown surname right before the verb ("Патрушев сказал")
        last = toks[-1]
        w = last.group()
        if w[:1].isupper() and has_cyrillic(w) and text[last.end():bound + len(stripped)].strip() == "":
            parses = _parse(w.lower())
            if parses and any(("Surn" in p.tag or "Name" in p.tag) and p.tag.case == "nomn" for p in parses[:3]):
                start = last.start()
                if len(toks) >= 2 and toks[-2].group()[:1].isupper() and text[toks[-2].end():last.start()] == " ":
                    start = toks[-2].start()
                return self._named_later(text[start:last.end()], start, last.end())
        # a role or institution phrase in the nominative within the last few words
        for t in reversed(toks[-8:]):
            between = text[t.end():bound + len(stripped)]
            if re.search(r"[,;:]", between):
                break
            keys = _keys(t.group())
            locative = self.word_before(t.start(), bound) in ("в", "во") and _ru_plural(cue.text) and \
                bool(keys & INSTITUTION_HEAD_KEYS_RU)  # 'в ведомстве сообщили'
            if keys & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU) and ("nomn" in _ru_cases(t.group()) or locative):
                start = t.start()
                # adjectives in front ("белорусское военное ведомство")
                for p in reversed([x for x in toks if x.start() < t.start()]):
                    if text[p.end():start].strip() or _ru_pos(p.group()) not in ("ADJF", "PRTF"):
                        break
                    start = p.start()
                phrase = text[start:bound + len(stripped)].strip()
                head = fold(_parse(t.group().lower())[0].normal_form)
                return self.resolve_phrase(phrase, start, bound + len(stripped), head, cue, s)
            if _ru_pos(t.group()) == "VERB":
                break
        return None

    def right_subject(self, cue: Cue, s) -> Optional[Who]:
        """The speaker after the verb: '..., said Lukashenko', '..., заявил Патрушев', 'сообщили в ФСВТС'."""
        text = self.text
        p = cue.stop
        end = s.stop
        m_end = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[p:end])
        region_end = p + m_end.start() if m_end else end
        # the region may run over an abbreviation dot inside a title ("Gen. Lt.")
        while m_end and text[p + m_end.start()] == "." and re.search(r"\b(?:Gen|Lt|Col|Maj|Capt|Brig|Adm|Dr|Mr|Ms|Mrs|St|Sgt)$", text[p:region_end]):
            nxt = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[region_end + 1:end])
            region_end = region_end + 1 + nxt.start() if nxt else end
            m_end = nxt
        region = text[p:region_end]
        ru = has_cyrillic(cue.text)
        pm = re.match(r"\s*[-–—]?\s*(he|she|they|он|она|они)\b", region, re.IGNORECASE)
        if pm:
            return self.resolve_pronoun(pm.group(1).lower(), p + pm.start(1), p + pm.end(1), cue, s)
        mentions = [m for m in self.mentions_in(p, region_end) if m.type in SPEAKER_TYPES and not self.in_speech(m.start)]
        for m in mentions:
            if m.type != "person":
                continue
            prev_word = self.word_before(m.start, p)
            if prev_word in PREPOSITIONS_EN or prev_word in PREPOSITIONS_RU:
                continue
            if ru and has_cyrillic(m.text) and not self._ru_nominative(m):
                continue
            who = self.who_from_mention(m, p)
            who.start = max(who.start, p)
            return who
        for m in mentions:
            if m.type != "organization":
                continue
            prev_word = self.word_before(m.start, p)
            words_before = TOKEN.findall(text[p:m.start])
            if prev_word in ("в", "во") and ru:
                # 'сообщили в ФСВТС', 'сообщили в пресс-службе Минобороны': only an impersonal plural verb;
                # 'сказал источник в Минобороны' is someone inside it, not the ministry
                if self.is_media(m.key, m.text) or not _ru_plural(cue.text):
                    continue
                return Who(m.key, text[m.start - len(prev_word) - 1:m.stop], m.start, m.stop, "institution",
                           confidence=0.85)
            if ru and words_before and _keys(words_before[-1]) & VOICE_OF_ORG and prev_word not in PREPOSITIONS_RU:
                vm = re.search(r"([\w-]+)[\s\"«]*$", text[p:m.start])
                start = p + vm.start(1) if vm else m.start
                if self.is_media(m.key, m.text):
                    return Who(None, text[start:m.stop], start, m.stop, "media", confidence=0.5, role=m.key)
                return Who(m.key, text[start:m.stop], start, m.stop, "institution", confidence=0.85)
            if prev_word in PREPOSITIONS_EN or prev_word in PREPOSITIONS_RU:
                continue
            if ru and has_cyrillic(m.text):
                cases = _ru_cases(TOKEN.findall(m.text)[0])
                if "datv" in cases and "nomn" not in cases:
                    continue  # 'сообщили "Интерфаксу"': the outlet told, a channel
                if prev_word and _keys(prev_word) & {"agentstvu", "telekanalu", "gazete", "izdaniiu"}:
                    continue
                if not (cases & {"nomn", "fixd"}):
                    continue
            elif not ru and self.word_before(m.start, p) in ("told",):
                continue
            if self.is_media(m.key, m.text):
                start = m.start
                return Who(None, m.text, start, m.stop, "media", confidence=0.5, role=m.key)
            return Who(m.key, m.text, m.start, m.stop, "institution", confidence=0.85)
        if ru:
            toks = list(TOKEN.finditer(text, p, region_end))
            for i, t in enumerate(toks):
                keys = _keys(t.group())
                prev_word = toks[i - 1].group().lower() if i else ""
                if keys & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU):
                    if (prev_word in ("в", "во") and _ru_plural(cue.text)) or "nomn" in _ru_cases(t.group()):
                        start = toks[i - 1].start() if prev_word in ("в", "во") else t.start()
                        j = i
                        while prev_word not in ("в", "во") and j > 0 and _ru_pos(toks[j - 1].group()) == "ADJF" \
                                and "nomn" in _ru_cases(toks[j - 1].group()):
                            j -= 1
                            start = toks[j].start()  # 'подчеркнул белорусский лидер
                        stop = t.end()
                        for n in toks[i + 1:i + 5]:
                            if n.group().lower() in PREPOSITIONS_RU or self.in_timex(n.start()) or \
                                    text[stop:n.start()].strip(" \"«»"):
                                break
                            if not (_ru_cases(n.group()) & {"gent", "fixd"}) and not n.group()[:1].isupper():
                                break
                            if _keys(n.group()) & GENERIC_SOURCE_KEYS:
                                break  # 'опровергли в министерстве ... сообщения СМИ': the object, not the speaker
                            stop = n.end()
                        phrase = text[start:stop]
                        head = fold(_parse(t.group().lower())[0].normal_form)
                        return self.resolve_phrase(phrase, start, stop, head, cue, s)
        else:
            mm = NP_AFTER_VERB_EN.match(region)
            if mm:
                return self.resolve_phrase(mm.group("np"), p + mm.start("np"), p + mm.end("np"),
                                           mm.group("head").lower(), cue, s)
        return None

    # -- resolution of pronouns, roles and institutions --

    def resolve_pronoun(self, pron: str, start: int, stop: int, cue: Cue, s) -> Who:
        gender = PRONOUNS.get(pron) or OBJECT_PRONOUNS.get(pron)
        key, conf = self._antecedent(gender, start, s)
        role = self.best_role(key) if key and key.startswith("person:") else None
        if key is not None and role is None:
            prev = next((h for h in reversed(self.hits) if h.st.speaker == key and h.cue_start < start), None)
            role = prev.st.role if prev else None
        return Who(key, self.text[start:stop], start, stop, "pronoun", role, conf if key else 0.4, gender)

    def _antecedent(self, gender: Optional[str], pos: int, s) -> tuple[Optional[str], float]:
        """The person a pronoun stands for: the last compatible speaker, unless another person took the stage."""
        if gender == "p":
            prev = self._previous_hit(pos, s)
            if prev and prev.st.speaker and not prev.st.speaker.startswith("person:"):
                return prev.st.speaker, 0.75
            return None, 0.4
        speaker_hit = None
        for h in reversed(self.hits):
            if h.cue_start >= pos:
                continue
            if s.index - h.cue_sentence > 4 or s.paragraph - self.a.sentences[h.cue_sentence].paragraph > 2:
                break
            if h.st.speaker is None:
                if h.kind in ("unknown", "pronoun", "role") and h.st.speaker_text:
                    return None, 0.4  # the last speaker is someone we could not name
                continue
            if not h.st.speaker.startswith("person:"):
                continue
            if self._compatible(h.st.speaker, gender):
                speaker_hit = h
                break
        # people who took the stage since that statement (subjects of the sentences in between)
        first = speaker_hit.cue_sentence + 1 if speaker_hit else s.index - 1
        rivals = []
        for idx in range(max(first, 0), s.index + 1):
            subj = self._subjects(idx, pos)
            for k in subj:
                if k not in rivals and self._compatible(k, gender):
                    rivals.append(k)
        if speaker_hit is not None:
            key = speaker_hit.st.speaker
            others = [k for k in rivals if k != key]
            if others:
                return None, 0.4
            return key, 0.8
        if len(rivals) == 1:
            return rivals[0], 0.7
        return None, 0.4

    def _previous_hit(self, pos: int, s) -> Optional[Hit]:
        for h in reversed(self.hits):
            if h.cue_start < pos and s.index - h.cue_sentence <= 3:
                return h
        return None

    def _subjects(self, idx: int, limit: int) -> list[str]:
        """People in subject position in sentence ``idx`` (before ``limit``)."""
        if idx < 0 or idx >= len(self.a.sentences):
            return []
        s = self.a.sentences[idx]
        out = []
        for h in self.hits:
            if h.cue_sentence == idx and h.st.speaker and h.st.speaker.startswith("person:"):
                out.append(h.st.speaker)
        people = [m for m in self.mentions_in(s.start, min(s.stop, limit)) if m.type == "person"
                  and not self.in_speech(m.start)]
        if not people:
            return out
        first = people[0]
        before = self.text[s.start:first.start]
        before = re.sub(r"^.*,\s*", "", before)
        ok = True
        for w in TOKEN.findall(before):
            lw = w.lower()
            if w[:1].isupper() or lw in ROLE_MODIFIERS_EN or self._is_title_word(w) or lw in DETERMINERS:
                continue
            if has_cyrillic(w) and _ru_pos(lw) in ("ADJF", "NOUN") and lw not in PREPOSITIONS_RU:
                if _ru_cases(w) & {"nomn", "gent"}:
                    continue
            ok = False
            break
        if has_cyrillic(first.text) and not self._ru_nominative(first):
            ok = False
        if ok:
            out.append(first.key)
            prev = first
            for m in people[1:]:
                if re.fullmatch(r"\s*(?:and|и|,)\s*(?:[\w.-]+\s+){0,6}?", self.text[prev.stop:m.start]) and \
                        re.match(r"\s*(?:and|и)\b", self.text[prev.stop:m.start]):
                    out.append(m.key)
                    prev = m
                else:
                    break
        return list(dict.fromkeys(out))

    def _compatible(self, key: str, gender: Optional[str]) -> bool:
        if gender not in ("m", "f"):
            return True
        g = self.gender(key)
        return g is None or g == gender

    def gender(self, key: str) -> Optional[str]:
        if ("gender", key) not in self._role_cache:
            self._role_cache[("gender", key)] = self._gender(key)
        return self._role_cache[("gender", key)]

    def _gender(self, key: str) -> Optional[str]:
        ent = self.a.entities.get(key)
        if ent is None:
            return None
        g = (ent.attrs.get("gender") or "").lower()[:1]
        if g in ("m", "f"):
            return g
        names = [ent.name_ru or "", ent.name or "", *sorted(ent.aliases)]
        for n in names:
            parts = TOKEN.findall(n)
            if len(parts) < 2:
                continue
            first, last = parts[0].lower(), parts[-1].lower()
            if has_cyrillic(first):
                for p in _parse(first)[:3]:
                    if "Name" in p.tag and p.tag.gender in ("masc", "femn"):
                        return "m" if p.tag.gender == "masc" else "f"
            if last.endswith(("ova", "eva", "ina", "aya", "skaya", "kaya", "ova", "ова", "ева", "ина", "ая", "ская")):
                return "f"
            if last.endswith(("ov", "ev", "in", "sky", "skiy", "ski", "ov", "ов", "ев", "ин", "ский")):
                return "m"
            if first.endswith("a") and first not in ("nikita", "ilya", "ilia", "foma", "kuzma", "luka", "sasha"):
                return "f"
            return "m" if first.isalpha() and not has_cyrillic(first) and fold(first) in {
                fold(k) for k in _male_first_names()} else None
        return None

    def resolve_phrase(self, phrase: str, start: int, stop: int, head: str, cue: Cue, s) -> Who:
        """A role ('the Russian diplomat') or an institution ('the ministry', 'пресс-служба X') as speaker."""
        text = self.text
        head_l = head.lower()
        head_key = fold(head_l)
        phrase_clean = phrase.strip(" ,")
        plural_ru = has_cyrillic(phrase_clean) and any(
            fold(p.normal_form) == head_key and p.tag.number == "plur" and p.tag.case == "nomn"
            for w in TOKEN.findall(phrase_clean)[:3] for p in _parse(w.lower())[:1])
        if head_l in GROUP_HEADS or head_key in {fold(g) for g in GROUP_HEADS} or \
                (plural_ru and head_key in ROLE_HEAD_KEYS_RU):
            return Who(None, phrase_clean, start, stop, "group", None, 0.5)  # 'Belarusian officials', 'эксперты'
        institution = head_l in INSTITUTION_HEADS_EN or head_key in INSTITUTION_HEAD_KEYS_RU or \
            head_key in VOICE_OF_ORG
        # an organization named inside the phrase ("the press service of the Belarusian Defence Ministry")
        inside = [m for m in self.mentions_in(start, stop) if m.type == "organization"]
        persons = [m for m in self.mentions_in(start, stop) if m.type == "person"]
        if persons:
            m = persons[-1]
            return self.who_from_mention(m, start)
        if institution:
            if inside:
                m = inside[-1]
                if self.is_media(m.key, m.text):
                    return Who(None, phrase_clean, start, stop, "media", confidence=0.5, role=m.key)
                return Who(m.key, phrase_clean, start, stop, "institution", None, 0.85)
            key = self._institution_anaphor(phrase_clean, head_l, start)
            if key and self.is_media(key):
                return Who(None, phrase_clean, start, stop, "media", confidence=0.5, role=key)
            return Who(key, phrase_clean, start, stop, "institution", None, 0.75 if key else 0.5)
        key, conf = self.resolve_role(phrase_clean, start, inside)
        return Who(key, phrase_clean, start, stop, "role", self.best_role(key) or phrase_clean, conf if key else 0.4)

    def _institution_anaphor(self, phrase: str, head: str, pos: int) -> Optional[str]:
        """'the ministry', 'the press service', 'пресс-служба белорусского военного ведомства': the organization
        meant, when the article makes it clear (the organization that spoke last, or the last one named)."""
        words = TOKEN.findall(re.sub(r"(?<=\w)(?:'s|’s)\b", "", phrase))
        owner = re.match(r"(?:the\s+)?([\w-]+)(?:'s|’s)\s", phrase, re.IGNORECASE)
        if owner:
            head = owner.group(1).lower()
        head_key = fold(head)
        if has_cyrillic(head):
            head_key = fold(_parse(head.lower())[0].normal_form)
        qualifiers = set()
        country = None
        for w in words:
            c = self._country_of(w)
            if c:
                country = c
                continue
            lw = w.lower()
            keys = {TITLE_SYNONYMS.get(k, k) for k in _keys(w)}
            if keys & ({head_key} | VOICE_OF_ORG | INSTITUTION_HEAD_KEYS_RU | GENERIC_INSTITUTION_WORDS | REPUBLIC_KEYS) or \
                    lw in DETERMINERS or lw in ("press", "service", "office", "of", "the") or lw in PREPOSITIONS_RU \
                    or lw in PREPOSITIONS_EN:
                continue
            if lw in ROLE_MODIFIERS_EN or has_cyrillic(w):
                qualifiers.add(min(keys, key=len) if keys else fold(w))
        if country is None and any(_keys(w) & REPUBLIC_KEYS for w in words):
            country = self._republic_before(pos)  # 'министерство обороны республики': the republic just named
        generic = head_key in VOICE_OF_ORG or head_key in GENERIC_INSTITUTION_WORDS or \
            any(fold(w) in VOICE_OF_ORG for w in head.split())
        sent = self.sentence_of(pos).index
        if not generic:
            # 'the ministry' is the ministry named last
            for m in self._latest_before(pos, "organization"):
                if not self.is_media(m.key, m.text) and \
                        self._org_matches(m.key, head_key, qualifiers, country, m.text):
                    return m.key
        # 'the press service', 'ведомство': the organization that spoke last in this stretch of the article
        for h in reversed(self.hits):
            if h.cue_start >= pos:
                continue
            if sent - h.cue_sentence > 5:
                break
            k = h.st.speaker
            if k and k.startswith("organization:") and \
                    self._org_matches(k, None if generic else head_key, qualifiers, country):
                return k
        # else the last organization named that fits the phrase
        for m in self._latest_before(pos, "organization"):
            if not self.is_media(m.key, m.text) and \
                    self._org_matches(m.key, None if generic else head_key, qualifiers, country, m.text):
                if generic and not (qualifiers or country):
                    return None  # 'the press service' with nothing to tie it to an organization
                return m.key
        # else the one organization in the knowledge base the phrase describes in full (kind, branch, country)
        if not generic and qualifiers and country:
            try:
                from bellink.ingest import kb as kbmod

                orgs = _kb_orgs(kbmod.load())
            except Exception:
                return None
            hits = [e for e in orgs if self._org_matches(e.key, head_key, qualifiers, country, entity=e)]
            if len(hits) == 1:
                self.a.entities.setdefault(hits[0].key, hits[0])
                return hits[0].key
        return None

    def _latest_before(self, pos: int, type_: str) -> list:
        """What a backward scan of ``mentions_in(0, pos)`` meets of one type, keeping only the first (latest)
        mention of each (key, surface): the callers' tests depend on nothing else, and a document repeats
        its names, so this is short where the scan was as long as the document."""
        groups = self._role_cache.get(("latest", type_))
        if groups is None:
            by_pair: dict = {}
            for i, m in enumerate(self.mentions):
                if m.type == type_:
                    by_pair.setdefault((m.key, m.text), []).append(i)
            groups = self._role_cache[("latest", type_)] = [
                (idx, [self.mentions[i].stop for i in idx]) for idx in by_pair.values()]
        found = []
        for idx, stops in groups:
            k = bisect.bisect_right(stops, pos) - 1  # mentions never overlap: stops rise with starts
            if k >= 0 and self.mentions[idx[k]].start < pos:
                found.append(idx[k])
        return [self.mentions[i] for i in sorted(found, reverse=True)]

    def _republic_before(self, pos: int) -> Optional[str]:
        for m in self._latest_before(pos, "country"):
            if m.key:
                ent = self.a.entities.get(m.key)
                names = [ent.name, ent.name_ru or "", *ent.aliases] if ent else []
                if any(_keys(w) & REPUBLIC_KEYS for n in names for w in TOKEN.findall(n)):
                    return m.key
        return None

    def _org_matches(self, key: str, head_key: Optional[str], qualifiers: set, country, surface: str = "",
                     entity=None) -> bool:
        ent = entity or self.a.entities.get(key)
        if entity is not None and country and entity.attrs.get("country"):
            c = entity.attrs["country"]
            if (c if ":" in c else f"country:{c}") != country:
                return False
        names = [surface] + ([ent.name, ent.name_ru or "", *ent.aliases] if ent else [])
        ck = ("orgkeys", key, surface)
        keys = self._role_cache.get(ck)
        if keys is None:
            keys = self._role_cache[ck] = _name_keys(tuple(names))
        if head_key:
            heads = {head_key, TITLE_SYNONYMS.get(head_key, head_key)}
            if head_key in ("ministry", "ministerstvo", "minoboroni"):
                heads |= {"ministry", "ministerstvo", "minoboroni", "mid", "mod", "mo"}
            if not keys & heads and not any(k.startswith(head_key[:6]) for k in keys if len(head_key) >= 6):
                return False
        for q in qualifiers:
            alts = QUALIFIER_SYNONYMS.get(q, {q})
            if not any(a in keys or any(k.startswith(a[:5]) for k in keys if len(a) >= 5) for a in alts):
                return False
        if country:
            ctry = ent.attrs.get("country") if ent else None
            if ctry:
                return (ctry if ":" in ctry else f"country:{ctry}") == country
            return any(self._country_of(w) == country for n in names for w in TOKEN.findall(n or ""))
        return True

    def _country_of(self, word: str) -> Optional[str]:
        w = re.sub(r"(?:'s|’s|'|’)$", "", word)
        c = None
        try:
            c = country_of_adjective(w)
        except Exception:  # the knowledge base may be mid-edit; the fallback table still answers
            c = None
        if c:
            return c
        for k in _keys(w):
            if k in COUNTRY_ADJ:
                return COUNTRY_ADJ[k]
        return None

    def resolve_role(self, phrase: str, pos: int, inside: list) -> tuple[Optional[str], float]:
        """The one person in this article who holds the role the phrase names."""
        country = None
        need: list[str] = []
        phrase = re.sub(r"(?<=\w)(?:'s|’s|'|’)(?=\s|$)", "", phrase)
        for w in TOKEN.findall(phrase):
            lw = w.lower()
            c = self._country_of(w)
            if c:
                country = c
                continue
            if lw in DETERMINERS or lw in ("of", "at", "for", "a", "an", "its", "top") or lw in PREPOSITIONS_RU:
                if lw == "top":
                    need.append("diplomat") if "diplomat" in phrase.lower() else None
                continue
            if w[:1].isupper() and not self._is_title_word(w) and lw not in ROLE_MODIFIERS_EN and not has_cyrillic(w):
                need.append(fold(w))  # an organization named in the role ("head of Rosoboronexport")
                continue
            keys = sorted(_keys(w), key=len)
            k = keys[0] if keys else fold(w)
            if has_cyrillic(w):
                k = fold(_parse(lw)[0].normal_form)
            k = TITLE_SYNONYMS.get(k, k)
            if k in ("former", "then", "new", "senior", "top", "high", "ranking", "the"):
                continue
            need.extend(k.split())
        if not need:
            return None, 0.4
        if any(k in GENERIC_SOURCE_KEYS for k in need):
            return None, 0.4
        strong, weak = [], []
        for key in self._people():
            roles, pcountries = self._person_roles(key)
            if not roles:
                continue
            if not any(self._role_matches(need, r) for r in roles):
                continue
            if country and pcountries and country not in pcountries:
                continue
            (strong if (not country or pcountries) else weak).append(key)
        if len(strong) == 1:
            return strong[0], 0.75
        if len(strong) > 1:
            prev = next((h for h in reversed(self.hits) if h.cue_start < pos), None)
            if prev and prev.st.speaker in strong and self.sentence_of(pos).index - prev.cue_sentence <= 4:
                return prev.st.speaker, 0.7
            return None, 0.4
        if len(weak) == 1:
            return weak[0], 0.6
        if not strong and not weak and country and not set(need) & (GENERIC_ROLE_KEYS | {"diplomat"}):
            return self._kb_holder(need, country)
        return None, 0.4

    def _kb_holder(self, need: list[str], country: str) -> tuple[Optional[str], float]:
        """A title the article names no one for ('the Russian defence minister said'): the one person the
        knowledge base says held it in that country on the publication date."""
        published = self.a.document.published
        if not published:
            return None, 0.4
        try:
            from bellink.ingest import kb as kbmod

            base = kbmod.load()
        except Exception:
            return None, 0.4
        holders = set()
        for key, role in base.roles:
            c = role.get("country") or ""
            if (c if ":" in c else f"country:{c}") != country:
                continue
            if role.get("start") and role["start"] > published:
                continue
            if role.get("end") and role["end"] < published[: len(role["end"])]:
                continue
            if not role.get("start") and not role.get("end"):
                continue  # an undated role cannot say who held it then
            if any(self._role_matches(need, r) for r in (role.get("role"), role.get("role_ru")) if r):
                holders.add(key)
        if len(holders) != 1:
            return None, 0.4
        key = next(iter(holders))
        ent = base.entities.get(key)
        if ent is None:
            return None, 0.4
        self.a.entities.setdefault(key, ent)
        return key, 0.7

    def _role_matches(self, need: list[str], role: str) -> bool:
        keys = set()
        for w in TOKEN.findall(role):
            for k in _keys(w):
                k = TITLE_SYNONYMS.get(k, k)
                keys |= set(k.split())
        if not keys:
            return False
        need_set = set(need)
        generic = need_set & (GENERIC_ROLE_KEYS | {"diplomat"})
        if (keys & SUBORDINATE_KEYS) - need_set and not need_set & SUBORDINATE_KEYS and not generic:
            return False  # 'the defence minister' is not the deputy defence minister nor the minister's spokesman
        head = _role_head(role)
        if head and not generic:
            if "leader" in need_set:
                if head not in LEADER_KEYS:
                    return False
            elif head not in need_set and not any(head.startswith(k) or k.startswith(head)
                                                  for k in need_set if len(k) >= 5 and len(head) >= 5):
                return False  # 'the president' is not the head of the presidential administration
        for k in need:
            if k == "leader":
                if not keys & LEADER_KEYS:
                    return False
                continue
            if k == "diplomat":
                if not keys & DIPLOMAT_KEYS:
                    return False
                continue
            if k in GENERIC_ROLE_KEYS:
                continue
            if k == "minister" and "ministr" in keys:
                continue
            if k in keys or any(x.startswith(k) or k.startswith(x) for x in keys if len(x) >= 5 and len(k) >= 5):
                continue
            return False
        return True

    def _people(self) -> list[str]:
        if "people" not in self._role_cache:
            self._role_cache["people"] = list(dict.fromkeys(m.key for m in self.mentions
                                                            if m.type == "person" and m.key))
        return list(self._role_cache["people"])

    def _article_roles(self, key: str) -> list[str]:
        """Titles the article itself gives a person, in order of appearance."""
        if ("article", key) in self._role_cache:
            return self._role_cache[("article", key)]
        roles = []
        if "person_mentions" not in self._role_cache:
            by_key: dict = {}
            for m in self.mentions:
                if m.type == "person":
                    by_key.setdefault(m.key, []).append(m)
            self._role_cache["person_mentions"] = by_key
        for m in self._role_cache["person_mentions"].get(key, ()):
            if m.role:
                roles.append(m.role)
            s = self.sentence_of(m.start)
            r = self._role_prefix_text(m, s.start, allow_comma=True)
            if r:
                roles.append(r)
            r = self._appositive_role(self.text[m.stop:s.stop])
            if r:
                roles.append(r)
        roles += [r for k, r in self.a.roles if k == key]
        roles = list(dict.fromkeys(roles))
        self._role_cache[("article", key)] = roles
        return roles

    def _person_roles(self, key: str) -> tuple[list[str], set]:
        if key in self._role_cache:
            return self._role_cache[key]
        roles = list(self._article_roles(key))
        countries = set()
        published = self.a.document.published
        try:
            from bellink.ingest import kb as kbmod

            for k, role in kbmod.load().roles:
                if k != key:
                    continue
                if published and role.get("start") and role["start"] > published:
                    continue
                if published and role.get("end") and role["end"] < published[: len(role["end"])]:
                    continue
                roles += [r for r in (role.get("role"), role.get("role_ru")) if r]
                if role.get("country"):
                    countries.add(role["country"] if ":" in role["country"] else f"country:{role['country']}")
        except Exception:  # a half-written knowledge base must not stop extraction
            pass
        for r in roles:
            for w in TOKEN.findall(r):
                c = self._country_of(w)
                if c:
                    countries.add(c)
        ent = self.a.entities.get(key)
        if ent is not None and ent.attrs.get("country") and not countries:
            c = ent.attrs["country"]
            countries.add(c if ":" in c else f"country:{c}")
        self._role_cache[key] = (roles, countries)
        return roles, countries

    # -- content --

    def forward(self, cue: Cue, s) -> Optional[tuple[int, int]]:
        """Content after the cue: a that/что-clause, a colon or comma before a quote, or a bare clause."""
        text = self.text
        self._fwd_kind = None
        p = cue.stop
        rest = text[p:s.stop]
        ru = has_cyrillic(cue.text)
        cs = None
        if ru:
            m = re.match(r"(?P<gap>[^,.;:!?]{0,120}?)\s*(?:,\s*(?:что|будто|чтобы)\b|\s*о\s+том\s*,\s*что\b)", rest)
            if m and self._gap_ok_ru(m.group("gap")):
                cs = p + m.end()
            if cs is None:
                m = re.match(r"(?P<gap>[^,.;:!?]{0,80}?)\s*:\s*", rest)
                if m and self._gap_ok_ru(m.group("gap")):
                    cs = p + m.end()
                    if cs >= s.stop:
                        return self._colon_next(s)
            if cs is None and cue.lemma in RU_ABOUT:
                m = re.match(r"(?P<gap>[^,.;:!?]{0,60}?)\s*(?=(?:о|об|обо)\s)", rest)
                if m and self._gap_ok_ru(m.group("gap")) and len(TOKEN.findall(rest[m.end():])) >= 3:
                    cs = p + m.end()
        else:
            m = re.match(r"(?P<gap>[^.;:!?\"«»“”„]{0,160}?)\bthat\b", rest)
            if m and self._gap_ok_en(m.group("gap"), cue):
                cs = p + m.end()
            if cs is None:
                m = re.match(r"(?P<gap>[^.;:!?\"«»“”„]{0,80}?)\s*(?P<mark>:|,(?=\s*[«\"“„]))\s*", rest)
                if m and self._gap_ok_en(m.group("gap"), cue):
                    cs = p + m.end()
                    if m.group("mark") == ",":
                        self._fwd_kind = "comma_quote"
                    if cs >= s.stop:
                        return self._colon_next(s)
            if cs is None and cue.klass in ("say", "tell", "add"):
                cs = self._zero_that(cue, rest, p)
        if cs is None and cue.klass == "object":
            cs = self._object_content(cue, rest, p)
            if cs is not None:
                # 'refuted media reports that ...': the verb is part of what was said
                self._fwd_kind = "object"
                cs = cue.start
        if cs is None:
            return None
        while cs < len(text) and text[cs] in " \t\u00a0":
            cs += 1
        return self.content_to_sentence_end(cs, s, min_tokens=2)

    def content_to_sentence_end(self, cs: int, s, min_tokens: int) -> Optional[tuple[int, int]]:
        """Content from ``cs`` to the end of the sentence, or of a quote opened at ``cs`` that runs past it."""
        ce = s.stop
        q = self.quote_opening_at(cs)
        if q is not None and q.close >= ce:
            ce = q.close + 1
        cs, ce = self.trim(cs, ce)
        if len(TOKEN.findall(self.text[cs:ce])) < min_tokens:
            return None
        return cs, ce

    def _object_content(self, cue: Cue, rest: str, p: int) -> Optional[int]:
        """'denied media reports that ...', 'he noted the deliveries of ...', 'pledged to continue ...'."""
        m = re.match(r"\s+", rest)
        if not m:
            return None
        body = rest[m.end():]
        first = re.match(r"[\w’'-]+", body)
        if not first or len(TOKEN.findall(body)) < 3:
            return None
        fw = first.group().lower()
        if fw == "to" and cue.lemma in ("pledge", "vow", "promise"):
            return p + m.end()
        if fw in PREPOSITIONS_EN or fw in PREPOSITIONS_RU or fw in ("that", "it", "so", "and", "but", "as", "и", "а",
                                                                    "но", "что", "это", "ли"):
            return None
        if has_cyrillic(body[:1]) and _ru_pos(fw) in ("VERB", "CONJ", "PRCL", "ADVB", "GRND", "INFN"):
            return None
        return p + m.end()

    def _colon_next(self, s) -> Optional[tuple[int, int]]:
        """'The minister said:' and the quote opens the next sentence or paragraph."""
        if s.index + 1 >= len(self.a.sentences):
            return None
        nxt = self.a.sentences[s.index + 1]
        q = self.quote_opening_at(nxt.start)
        if q is None:
            return None
        return q.open, q.close + 1

    def _gap_ok_en(self, gap: str, cue: Cue) -> bool:
        words = gap.replace(",", " ").split()
        if not words:
            return True
        if len(words) > 14:
            return False
        lows = [w.lower() for w in words]
        if any(w in ("which", "who", "whom", "because", "if", "when", "whether", "but") for w in lows):
            return False
        if verbs().en_regex.search(gap):
            return False
        if lows[0] in ADJUNCT_START_EN:
            return True
        if cue.klass == "tell" or cue.lemma == "quote":
            return True
        return False

    def _gap_ok_ru(self, gap: str) -> bool:
        words = TOKEN.findall(gap)
        if len(words) > 8:
            return False
        for w in words:
            lw = w.lower()
            if lw in ("который", "которая", "которые", "если", "когда", "потому"):
                return False
            if has_cyrillic(w) and _ru_pos(lw) == "VERB":
                return False
        return True

    def _zero_that(self, cue: Cue, rest: str, p: int) -> Optional[int]:
        """'He said Russia would continue ...': a clause straight after the verb (and its addressee)."""
        m = re.match(r"\s+", rest)
        if not m:
            return None
        body = rest[m.end():]
        if cue.klass == "tell" or cue.lemma == "quote":
            om = re.match(r"(?:(?:the\s+)?[\w’'-]+|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+", body)
            if cue.lemma == "quote":
                om = None
            if om is None and cue.klass == "tell":
                return None
            if om is not None:
                obj = om.group().strip()
                if obj.lower() not in AUDIENCE_EN and not obj[:1].isupper():
                    return None
                body = body[om.end():]
                m = re.match(r".*", rest[: len(rest) - len(body)], re.S)
        first = re.match(r"[\w’'.-]+", body)
        if not first or not CLAUSE_START_EN.match(body):
            return None
        fw = first.group().lower()
        if fw in ("as", "in", "on", "at", "to", "that", "so", "nothing", "goodbye", "adding", "according", "after",
                  "before", "during", "while", "when", "without", "with", "from", "by", "for", "of", "about"):
            return None
        head = " ".join(body.split()[:12])
        if not AUX_EN.search(head) and not (cue.lemma == "say" and re.search(r"\b\w+(?:ed|s)\b", " ".join(body.split()[1:8]))):
            return None
        if len(body.split()) < 3:
            return None
        return p + len(rest) - len(body)

    def backward(self, cue: Cue, s, attr_start: int, bound: int, accepted: list) -> Optional[tuple[int, int]]:
        """Content before the attribution: '..., X said', '«...», — заявил X', '"...," he added'."""
        text = self.text
        k = attr_start
        while k > bound and text[k - 1] in " \t\u00a0,-–—":
            k -= 1
        seps = text[k:attr_start]
        q = self.quote_closing_at(k - 1) if k > bound else None
        if q is None and k <= s.start and s.index > 0 and not accepted:
            # '“Why would we need them?” Khrenin asked.': the segmenter cut after the quote's own question mark
            prev = self.a.sentences[s.index - 1]
            j = attr_start
            while j > prev.start and text[j - 1] in " \t\u00a0,-–—":
                j -= 1
            pq = self.quote_closing_at(j - 1)
            if prev.paragraph == s.paragraph and pq is not None and text[pq.close - 1:pq.close] in "?!…." \
                    and not any(h.st.start <= pq.open < h.st.stop for h in self.hits):
                self._intro = None
                return self.inner(pq)
        if q is None:
            q = self.quote_closing_at(k - 1) if k > 0 and text[k - 1] in CLOSE_MARKS else None
        if q is None and "," not in seps and not any(d in seps for d in DASHES):
            return None
        if q is not None:
            start = min(bound, q.open) if q.open < bound else bound
            intro = text[start:q.open]
            if LEADING_CONNECTORS.sub("", intro).strip() == "" or q.open < bound or self._only_dateline(intro):
                # the whole clause is the quote: a direct statement
                self._cut_previous(accepted, q.open)
                return self.inner(q)
            if self._adverbial_intro(intro) and not (accepted and accepted[-1].st.stop > start):
                # 'In 2014-2015, «around 50 contracts were signed ...,» Ravkov reminded': a verbatim quote
                self._intro = (start, q.open)
                return self.inner(q)
            if accepted and accepted[-1].forward and accepted[-1].st.start <= q.open < accepted[-1].st.stop:
                self.cut(accepted[-1], q.open)
                return self.inner(q)
            cs, ce = start, q.close + 1
        else:
            cs, ce = bound, k
            if accepted and accepted[-1].forward and accepted[-1].st.stop > cs:
                return None
        cs = self._skip_dateline(cs, ce)
        if q is None:
            cs = self._after_missed_boundary(cs, ce)
        lead = LEADING_CONNECTORS.match(text, cs)
        if lead and lead.end() <= ce:
            cs = lead.end()
        cs, ce = self.trim(cs, ce)
        if not self._clause_like(cs, ce):
            return None
        return cs, ce

    def _after_missed_boundary(self, cs: int, ce: int) -> int:
        """A sentence end the segmenter missed ('... Су-30СМ. Белоруссия планирует ...'): start after it."""
        last = cs
        for m in re.finditer(r"(?<=[\w)»\"”])[.!?]\s+(?=[A-ZА-ЯЁ«\"“])", self.text[cs:ce]):
            pos = cs + m.start()
            word = re.search(r"([\w-]+)$", self.text[cs:pos])
            if self.in_quote(pos) or not word:
                continue
            w = word.group(1)
            if (len(w) <= 3 and not re.search(r"\d", w)) or w.lower() in {"gen", "col", "maj", "capt", "adm", "sgt"}:
                continue  # an abbreviation or an initial
            last = cs + m.end()
        return last

    def _clause_like(self, cs: int, ce: int) -> bool:
        """Reported content must read as a clause, not a stray phrase ('As an example')."""
        words = TOKEN.findall(self.text[cs:ce])
        if len(words) < 3:
            return False
        if len(words) >= 6:
            return True
        seg = self.text[cs:ce]
        if has_cyrillic(seg):
            return any(_ru_pos(w) in ("VERB", "PRTS", "ADJS", "PRED", "INFN") for w in words)
        return bool(AUX_EN.search(seg) or re.search(r"\b\w{3,}(?:ed|es)\b", seg))

    def parenthetical(self, s, bound: int, attr_start: int, attr_stop: int, accepted: list):
        """'The deal, Lukashenko said, will be signed in May': the attribution set off inside the clause.
        The content is the whole clause, the attribution with it, since it must be one stretch of text."""
        text = self.text
        if accepted or not re.search(r",\s*$", text[bound:attr_start]):
            return None
        if not re.match(r"\s*(?:on\s+\w+day\s*|в\s+\w+\s*)?,\s*[\w«\"“]", text[attr_stop:s.stop]):
            return None
        cs = self._skip_dateline(bound, s.stop)
        lead = LEADING_CONNECTORS.match(text, cs)
        if lead and lead.end() < attr_start:
            cs = lead.end()
        cs, ce = self.trim(cs, s.stop)
        if len(TOKEN.findall(text[cs:attr_start])) < 1 or not self._clause_like(attr_stop, ce):
            return None
        return cs, ce

    def _adverbial_intro(self, intro: str) -> bool:
        """A short lead-in with no verb before a quote ('In 2014-2015, ', 'По его словам, ')."""
        intro = intro.strip()
        if not intro.endswith(",") or re.search(r"[«»\"“”„]", intro):
            return False
        words = TOKEN.findall(intro)
        if not words or len(words) > 6:
            return False
        if has_cyrillic(intro):
            return not any(_ru_pos(w) in ("VERB", "INFN", "PRTS") for w in words)
        return not AUX_EN.search(intro) and not verbs().en_regex.search(intro)

    def _cut_previous(self, accepted: list, at: int) -> None:
        if accepted and accepted[-1].forward and accepted[-1].st.start < at < accepted[-1].st.stop:
            self.cut(accepted[-1], at)

    def _only_dateline(self, intro: str) -> bool:
        return bool(DATELINE.match(intro)) and DATELINE.match(intro).end() >= len(intro.rstrip())

    def _skip_dateline(self, cs: int, ce: int) -> int:
        m = DATELINE.match(self.text, cs, ce)
        if m and s_words(self.text[m.end():ce]) >= 3:
            return m.end()
        return cs

    def inner(self, q: Quote) -> tuple[int, int]:
        cs, ce = q.open + 1, q.close
        while cs < ce and self.text[cs] in " \t\n\u00a0":
            cs += 1
        while ce > cs and self.text[ce - 1] in " \t\n\u00a0,":
            ce -= 1
        return cs, ce

    def trim(self, cs: int, ce: int) -> tuple[int, int]:
        text = self.text
        while cs < ce and text[cs] in " \t\n\u00a0":
            cs += 1
        for _ in range(3):
            while ce > cs and text[ce - 1] in " \t\n\u00a0":
                ce -= 1
            m = TRAILING_CONNECTORS.search(text, cs, ce) if ce > cs and TRAILING_CONNECTOR_END.match(text, ce - 1) \
                else None
            if m and m.start() > cs and m.end() == ce:
                ce = m.start()
            if ce > cs and text[ce - 1] in ".;," and not self.in_quote(ce - 1):
                ce -= 1
        while ce > cs and text[ce - 1] in " \t\n\u00a0":
            ce -= 1
        return cs, ce

    # -- constructions --

    def according(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'according to X, ...', '..., according to X', 'по словам X, ...', '..., по его словам'."""
        text = self.text
        p = cue.stop
        mm = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[p:s.stop])
        x_end = p + mm.start() if mm else s.stop
        phrase = text[p:x_end].strip()
        who = None
        bare_doc = (not phrase and cue.lemma in ("сообщению", "заявлению", "пресс-релизу", "документу", "данным",
                                                 "информации") and cue.text[:1] in "Сс") or \
            re.fullmatch(r"(?:the|this|that|its)\s+(?:" + "|".join(DOC_WORDS) + ")", phrase, re.IGNORECASE)
        if bare_doc:
            prev = self._previous_hit(cue.start, s)
            if prev is None or prev.st.speaker is None or s.index - prev.cue_sentence > 2:
                return None
            who = self.inherit(prev)
            who.kind, who.start, who.stop = "previous", cue.start, x_end
            who.text = text[cue.start:x_end].strip()
            who.confidence = min(prev.st.confidence, 0.75)
        elif not phrase and not cue.pron:
            return None
        if cue.pron:
            pm = re.search(r"(его|её|ее|их)", cue.text, re.IGNORECASE)
            who = self.resolve_pronoun({"его": "he", "её": "she", "ее": "she", "их": "they"}[cue.pron.lower()],
                                       cue.start + pm.start(), cue.start + pm.end(), cue, s)
        else:
            pm = re.match(r"\s*(him|her|them)\b", text[p:x_end], re.IGNORECASE)
            if pm:
                pron = {"him": "he", "her": "she", "them": "they"}[pm.group(1).lower()]
                who = self.resolve_pronoun(pron, p + pm.start(1), p + pm.end(1), cue, s)
        if who is None and not bare_doc:
            first = TOKEN.findall(phrase)
            if not first:
                return None
            if any(_keys(w) & GENERIC_SOURCE_KEYS or w.lower() in GENERIC_SOURCES for w in first[:3]):
                return None
            ms = [m for m in self.mentions_in(p, x_end) if m.type in ("person", "organization")]
            people = [m for m in ms if m.type == "person"]
            if people:
                who = self.who_from_mention(people[-1], p)
                who.start = max(who.start, p)
            elif ms:
                m = ms[0]
                vm = re.match(r"\s*(?:the\s+)?(?:[\w-]+\s+){0,3}$", text[p:m.start])
                if self.is_media(m.key, m.text):
                    who = Who(None, m.text, m.start, m.stop, "media", confidence=0.5, role=m.key)
                elif vm is not None:
                    who = Who(m.key, phrase, p, x_end, "institution", None, 0.85)
            if who is None:
                hm = HEAD_WORD_EN.search(phrase)
                if hm and not has_cyrillic(phrase):
                    who = self.resolve_phrase(phrase, p + (len(text[p:x_end]) - len(text[p:x_end].lstrip())),
                                              x_end, hm.group("head").lower(), cue, s)
                elif has_cyrillic(phrase):
                    toks = TOKEN.findall(phrase)
                    head = next((t for t in toks if _keys(t) & (ROLE_HEAD_KEYS_RU | INSTITUTION_HEAD_KEYS_RU)), None)
                    if head:
                        hk = fold(_parse(head.lower())[0].normal_form)
                        who = self.resolve_phrase(phrase, p, x_end, hk, cue, s)
        if who is None:
            return None
        conf_scale = 1.0 if cue.klass == "according" else 0.9
        who.confidence = round(who.confidence * conf_scale, 2)
        pre = text[bound:cue.start]
        if LEADING_CONNECTORS.sub("", pre).strip() == "" or self._only_dateline(pre):
            # 'According to X, CONTENT'
            cs = x_end
            while cs < s.stop and text[cs] in " ,\t":
                cs += 1
            span = self.content_to_sentence_end(cs, s, min_tokens=3)
            if span is None:
                return None
            cs, ce = span
            return self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=x_end)
        if not re.search(r"[,(—–-]\s*$", pre):
            # 'X, по его словам, ...' inside the sentence: the content is the sentence around it
            return None
        bwd = self.backward(cue, s, cue.start, bound, accepted) or self.parenthetical(s, bound, cue.start, x_end, accepted)
        if bwd is None:
            return None
        cs, ce = bwd
        return self.make(cue, s, who, cs, ce, forward=False, attr_start=cue.start, attr_stop=x_end)

    def quoted_active(self, cue: Cue, s, bound: int) -> Optional[Hit]:
        """'Russia's TASS news agency quoted Khrenin as saying (that) ...': speaker inside, outlet before."""
        text = self.text
        m = QUOTED_ACTIVE.match(text, cue.start)
        lo, hi = m.start("who"), m.end("who")
        people = [x for x in self.mentions_in(lo, hi) if x.type == "person"]
        if people:
            who = self.who_from_mention(people[-1], lo)
        else:
            orgs = [x for x in self.mentions_in(lo, hi) if x.type == "organization" and not self.is_media(x.key, x.text)]
            if not orgs:
                return None
            who = Who(orgs[-1].key, orgs[-1].text, orgs[-1].start, orgs[-1].stop, "institution", None, 0.85)
        who.start = max(who.start, lo)
        channel = next((x.key for x in reversed(self.mentions_in(bound, cue.start)) if x.type == "organization"), None)
        fwd = self.forward(replace(cue, klass="say", lemma="say"), s)
        if fwd is None:
            return None
        hit = self.make(cue, s, who, *fwd, forward=True, attr_start=cue.start, attr_stop=cue.stop)
        if channel and hit.st.channel is None:
            hit.st.channel, hit.channel_kind = channel, "citation"
        return hit

    def as_frame(self, cue: Cue, s, accepted: list) -> Optional[Hit]:
        """'Как сообщил X, ...': the speaker after the verb, the content after the comma."""
        text = self.text
        who = self.right_subject(cue, s)
        if who is None or who.kind == "media":
            return None  # 'Как сообщал "Интерфакс"': the publisher citing its own reporting
        mm = re.search(r",", text[who.stop:s.stop])
        if not mm:
            return None
        cs = who.stop + mm.end()
        cs, ce = self.trim(cs, s.stop)
        if len(TOKEN.findall(text[cs:ce])) < 3:
            return None
        return self.make(cue, s, who, cs, ce, forward=True, attr_start=cue.start, attr_stop=who.stop)

    def ob_etom(self, cue: Cue, s) -> Optional[Hit]:
        """'Об этом сообщило агентство БелТА': the source of what the previous sentence said."""
        text = self.text
        who = self.right_subject(cue, s)
        if who is None or s.index == 0:
            return None
        prev_s = self.a.sentences[s.index - 1]
        if prev_s.paragraph != s.paragraph and prev_s.index in self.skip:
            return None
        channel = who.role if who.kind == "media" else None
        if channel is None:
            channel = self.channel_in(cue.stop, s.stop, exclude=who.key)[0]
        earlier = [h for h in self.hits if prev_s.start <= h.st.start < prev_s.stop or h.cue_sentence == prev_s.index]
        if earlier:
            if channel:
                for h in earlier:
                    if h.st.channel is None:
                        h.st.channel = channel
            return None
        if prev_s.index in self.skip:
            return None
        cs, ce = self.trim(self._skip_dateline(prev_s.start, prev_s.stop), prev_s.stop)
        if len(TOKEN.findall(text[cs:ce])) < 3:
            return None
        hit = self.make(cue, s, who, cs, ce, forward=False, attr_start=cue.start, attr_stop=who.stop)
        hit.st.confidence = round(min(hit.st.confidence, 0.8), 2)
        return hit

    def doc_frame(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'..., говорится в отчёте комитета' / 'В сообщении X говорится, что ...'."""
        text = self.text
        after = re.match(rf"\s+в\s+{DOC_NOUNS_RU}\b", text[cue.stop:s.stop], re.IGNORECASE)
        before = re.search(rf"(?:^|\s)[Вв]\s+{DOC_NOUNS_RU}\b(?P<x>[^,.;]*?)\s*$", text[bound:cue.start])
        if after:
            lo, hi = cue.stop + after.end(), s.stop
            mm = re.search(r"[,;:.!?]\s|[,;:!?]|\.$", text[lo:hi])
            hi = lo + mm.start() if mm else hi
            who = self._doc_source(cue.stop + after.start(), lo, hi)
            bwd = self.backward(cue, s, cue.start, bound, accepted)
            if bwd is None:
                return None
            return self.make(cue, s, who, *bwd, forward=False, attr_start=cue.start, attr_stop=hi)
        if before:
            lo = bound + before.start()
            who = self._doc_source(lo, bound + before.start("x"), cue.start)
            fwd = self.forward(cue, s)
            if fwd is None:
                return None
            return self.make(cue, s, who, *fwd, forward=True, attr_start=lo, attr_stop=cue.stop)
        return None

    def _doc_source(self, start: int, lo: int, hi: int) -> Who:
        ms = [m for m in self.mentions_in(lo, hi) if m.type in SPEAKER_TYPES]
        phrase = self.text[start:hi].strip()
        if ms:
            m = ms[0]
            if m.type == "person":
                who = self.who_from_mention(m, lo)
                who.confidence = 0.85
                return who
            if self.is_media(m.key, m.text):
                return Who(None, phrase, start, hi, "media", confidence=0.5, role=m.key)
            return Who(m.key, phrase, start, hi, "institution", None, 0.85)
        return Who(None, phrase, start, hi, "institution", None, 0.5)

    def channel_verb(self, cue: Cue, s, bound: int, accepted: list) -> Optional[Hit]:
        """'..., передаёт ТАСС': an outlet carrying the sentence's statement (or reporting on its own)."""
        ms = [m for m in self.mentions_in(cue.stop, s.stop) if m.type == "organization"]
        if not ms:
            return None
        ch = ms[0].key
        if accepted:
            if accepted[-1].st.channel is None:
                accepted[-1].st.channel = ch
            return None
        who = Who(None, ms[0].text, ms[0].start, ms[0].stop, "media", confidence=0.5, role=ch)
        bwd = self.backward(cue, s, cue.start, bound, accepted)
        if bwd is None:
            return None
        return self.make(cue, s, who, *bwd, forward=False, attr_start=cue.start, attr_stop=ms[0].stop)

    # -- channel --

    def channel_in(self, lo: int, hi: int, exclude: Optional[str] = None,
                   content: tuple = (0, 0)) -> tuple[Optional[str], Optional[str]]:
        """The outlet named in an attribution and how: 'interview' (told TASS, рассказал агентству БелТА), which
        covers the speaker's other words in the article, or 'citation' (as quoted by, цитата по), which does not."""
        text = self.text
        if hi <= lo:
            return None, None
        for rx in (CHANNEL_SLOTS_EN, CHANNEL_SLOTS_RU):
            for m in rx.finditer(text, lo, hi):
                if content[0] <= m.start() < content[1]:
                    continue
                for men in self.mentions_in(m.start(), min(hi, m.end() + 40)):
                    if men.type != "organization" or men.key == exclude or content[0] <= men.start < content[1]:
                        continue
                    if men.start < m.end() - 1 and not men.start <= m.end() - 1 < men.stop:
                        continue
                    slot = m.group().lower()
                    if slot.startswith("according") and not self.is_media(men.key, men.text):
                        continue
                    kind = "citation" if re.match(r"as quoted|quoted|cited|according|цитат|цитиру|переда|сообщает",
                                                  slot) else "interview"
                    return men.key, kind
                if not any(x.type == "organization" for x in self.mentions_in(m.end(), min(hi, m.end() + 40))):
                    key = self._kb_outlet_at(m.end(), hi)
                    if key:
                        slot = m.group().lower()
                        return key, ("citation" if re.match(r"as quoted|quoted|cited|according|цитат|цитиру|переда|"
                                                            r"сообщает", slot) else "interview")
        # a dative outlet after a Russian verb: 'сообщили "Интерфаксу"'
        for men in self.mentions_in(lo, hi):
            if men.type != "organization" or men.key == exclude or content[0] <= men.start < content[1]:
                continue
            if has_cyrillic(men.text):
                cases = _ru_cases(TOKEN.findall(men.text)[0])
                if "datv" in cases and "nomn" not in cases:
                    return men.key, "interview"
            ent = self.a.entities.get(men.key)
            if ent is not None and ent.attrs.get("kind") == "media":
                return men.key, "citation"
        return None, None

    def _kb_outlet_at(self, pos: int, hi: int) -> Optional[str]:
        """An outlet in a channel slot that the entity stage left unmarked ('told the Russian TV channel Zvezda'):
        a capitalized word there that begins the name of exactly one outlet in the knowledge base."""
        for t in list(TOKEN.finditer(self.text, pos, min(hi, pos + 40)))[:5]:
            w = t.group()
            if not w[:1].isupper() or len(w) < 3 or self._country_of(w) or w.lower() in ("news", "agency", "the"):
                continue
            keys = _media_index().get(fold(w))
            if keys and len(keys) == 1:
                key = next(iter(keys))
                if key not in self.a.entities:
                    from bellink.ingest import kb as kbmod

                    self.a.entities[key] = kbmod.load().entities[key]
                return key
        return None

    # -- building the statement --

    def make(self, cue: Cue, s, who: Who, cs: int, ce: int, *, forward: bool, attr_start: int,
             attr_stop: int, direct: bool = False) -> Hit:
        text = self.text
        q = self.quote_opening_at(cs - 1) if cs > 0 else None
        if direct:
            pass
        elif q is not None and q.open == cs - 1 and ce <= q.close:
            direct = True
        else:
            q = self.quote_opening_at(cs)
            if q is not None and ce >= q.close and not text[q.close + 1:ce].strip(" ,.;:" + CLOSE_MARKS):
                cs, ce = self.inner(q)
                direct = True
        speaker = who.key
        channel = who.role if who.kind == "media" else None
        channel_kind = "citation" if channel else None
        speaker_text = who.text.strip() or None
        # the attribution's own stretch of text, where an outlet would be named
        if forward:
            region = (attr_start, cs)
            tail = (ce, s.stop) if ce < s.stop else (0, 0)
        else:
            region = (attr_start, s.stop if s.stop > attr_start else self.sentence_of(attr_start).stop)
            tail = (0, 0)
        if channel is None:
            channel, channel_kind = self.channel_in(region[0], region[1], exclude=speaker, content=(cs, ce))
        if channel is None and cue.channel_text:
            channel, channel_kind = self.channel_in(cue.start, cue.stop, exclude=speaker)
        if channel is None and tail[1] > tail[0]:
            channel, channel_kind = self.channel_in(tail[0], tail[1], exclude=speaker, content=(cs, ce))
        if speaker is not None and speaker == channel:
            speaker = None
        role = who.role if who.kind != "media" else None
        if role and has_cyrillic(role):
            role = _ru_role_nominative(role)
        conf = who.confidence
        if speaker is None:
            conf = min(conf, 0.5)
        date = self.date(cue, cs, ce)
        self._intro = None
        st = Statement(speaker=speaker, speaker_text=speaker_text, role=role, text=text[cs:ce], direct=direct,
                       start=cs, stop=ce, sentence=self.sentence_of(cs).index, cue=cue.text, channel=channel,
                       date=date, confidence=round(conf, 2))
        return Hit(st, cue.start, cue.stop, min(attr_start, cue.start), max(attr_stop, cue.stop), cue.sentence,
                   forward, who.kind, channel_kind)

    def date(self, cue: Cue, cs: int, ce: int) -> Optional[DateRef]:
        """The time expression nearest the cue, outside the content, the quotes and any intro before a quote."""
        a = self.a
        lo, hi = cs, ce
        if self._intro is not None:
            lo, hi = min(lo, self._intro[0]), max(hi, self._intro[1])
        # only the cue's sentence's expressions are candidates, so only they need excluding
        exclude = [t for t in dating.timexes_in(a, cue.sentence) if lo <= t.start < hi or self.in_speech(t.start)]
        t = dating.governing_timex(a, cue.sentence, cue.start, exclude=exclude, kinds=("date",))
        if t is not None and t.value is not None:
            return dating.to_dateref(t)
        if t is not None:
            return DateRef(value=None, precision=None, method=t.method, text=t.text)
        s = a.sentences[cue.sentence]
        if cue.sentence > 0 and THEN.search(self.text, s.start, cue.start):
            # 'Тогда ... говорил', 'At the time, X said': the time the previous sentence gave
            prev = [t for t in dating.timexes_in(a, cue.sentence - 1) if t.kind == "date" and t.value]
            if prev:
                return dating.to_dateref(prev[-1])
        return dating.publication_date(a)

    def same_occasion(self) -> None:
        """A speaker's other words in the article share the outlet of an interview and the date of the
        earlier attribution ('told TASS on Wednesday', then '..., he added')."""
        hits = sorted(self.hits, key=lambda h: h.cue_start)
        interview: dict = {}
        for h in hits:
            if h.st.speaker and h.st.channel and h.channel_kind == "interview":
                interview.setdefault(h.st.speaker, h.st.channel)
        last_dated: dict = {}
        for h in hits:
            st = h.st
            if st.speaker is None:
                continue
            if st.channel is None and st.speaker in interview:
                st.channel = interview[st.speaker]
            if st.date is not None and st.date.method != "publication":
                last_dated[st.speaker] = st.date
            elif st.speaker in last_dated:
                st.date = replace(last_dated[st.speaker])

    # -- quotes nobody claimed --

    def orphans(self) -> None:
        text = self.text
        claimed = sorted((h.st.start, h.st.stop) for h in self.hits)
        longest = [max((b - a for a, b in claimed), default=0)]

        def claim(a: int, b: int) -> None:
            bisect.insort(claimed, (a, b))
            longest[0] = max(longest[0], b - a)

        def overlaps_claimed(cs: int, ce: int) -> bool:
            # a claimed span that meets [cs, ce] starts at or before ce and no earlier than cs - longest
            k = bisect.bisect_right(claimed, (ce, float("inf"))) - 1
            while k >= 0 and claimed[k][0] >= cs - longest[0]:
                a, b = claimed[k]
                if a <= cs < b or a < ce <= b or (cs <= a and b <= ce):
                    return True
                k -= 1
            return False

        self._hits_by_cue = sorted((h.cue_start, i) for i, h in enumerate(self.hits))
        for q in self.quotes:
            cs, ce = self.inner(q)
            if ce <= cs:
                continue
            if overlaps_claimed(cs, ce):
                continue
            s_open = self.sentence_of(q.open)
            s_close = self.sentence_of(q.close)
            if s_open.index in self.skip or s_close.index in self.skip:
                continue
            nwords = len(TOKEN.findall(text[cs:ce]))
            prev = self._hit_before(q.open)
            lead = text[s_open.start:q.open]
            trail = text[q.close + 1:s_close.stop]
            split = prev is not None and prev.st.direct and re.fullmatch(r"\s*[,:]?\s*[-–—]?\s*", text[prev.attr_stop:q.open] if prev.attr_stop <= q.open else "x")
            whole = lead.strip(" \t\u00a0-–—") == "" and trail.strip(" \t\u00a0.,;!?…") == ""
            if not (whole or split) or nwords < 3:
                continue
            who = None
            kind = "continuation"
            if prev is not None and (prev.st.speaker or prev.st.speaker_text):
                last_s = max(self.sentence_of(max(prev.st.stop - 1, prev.st.start)).index, prev.cue_sentence)
                same_par = self.a.sentences[last_s].paragraph == s_open.paragraph
                next_par = self.a.sentences[last_s].paragraph + 1 == s_open.paragraph
                adjacent = s_open.index <= last_s + 1
                if split or (adjacent and (same_par or (next_par and prev.st.direct))):
                    who = prev
            if who is None and nwords < 5:
                continue
            if who is not None and who.st.direct:
                # one attribution, one statement: '“A,” he said. “B.”' runs from A to B, attribution included
                # (also when B is the next paragraph: nobody else was given the floor in between)
                p = who.st
                p.stop = ce
                p.text = text[p.start:ce]
                claim(p.start, ce)
                continue
            if who is not None:
                p = who.st
                conf = min(p.confidence, 0.85 if split or self.a.sentences[s_open.index].paragraph ==
                           self.sentence_of(p.start).paragraph else 0.75)
                st = Statement(speaker=p.speaker, speaker_text=p.speaker_text, role=p.role, text=text[cs:ce],
                               direct=True, start=cs, stop=ce, sentence=self.sentence_of(cs).index,
                               cue=p.cue, channel=p.channel, date=p.date, confidence=round(conf, 2))
                hit = Hit(st, who.cue_start, who.cue_stop, who.attr_start, who.attr_stop, who.cue_sentence, False, kind)
            else:
                st = Statement(speaker=None, speaker_text=None, role=None, text=text[cs:ce], direct=True, start=cs,
                               stop=ce, sentence=self.sentence_of(cs).index, cue=None, channel=None,
                               date=dating.publication_date(self.a), confidence=0.4)
                hit = Hit(st, q.open, q.open, q.open, q.open, s_open.index, False, "unknown")
            bisect.insort(self._hits_by_cue, (hit.cue_start, len(self.hits)))
            self.hits.append(hit)
            claim(cs, ce)

    # How far back _hit_before looks for the attribution a quote may continue: a continuation needs that
    # attribution in the quote's sentence or the one before, never tens of thousands of characters back.
    HIT_BEFORE_REACH = 50_000

    def _hit_before(self, pos: int) -> Optional[Hit]:
        best = None
        lo = bisect.bisect_left(self._hits_by_cue, (pos - self.HIT_BEFORE_REACH, -1))
        hi = bisect.bisect_left(self._hits_by_cue, (pos, -1))
        for h in [self.hits[i] for i in sorted(i for _, i in self._hits_by_cue[lo:hi])]:
            if h.st.stop <= pos + 1 and h.cue_start < pos:
                if best is None or max(h.st.stop, h.attr_stop) > max(best.st.stop, best.attr_stop):
                    best = h
        return best


RU_ABOUT = {"сообщить", "сообщать", "заявить", "заявлять", "рассказать", "рассказывать", "говорить", "объявить",
            "напомнить", "предупредить"}


WORDISH = "'’-"


def _may_end_with_filler(s: str) -> bool:
    """False when FILLERS_AT_END cannot match ``s``: it needs a filler's last word right before the trailing
    spaces and commas."""
    k = len(s)
    while k and (s[k - 1].isspace() or s[k - 1] == ","):  # str.isspace is exactly re's \s
        k -= 1
    return FILLER_LAST_WORD.search(s, max(0, k - 20), k) is not None


def _last_word(s: str) -> Optional[str]:
    """What ``([\\w'’-]+)[^\\w]*$`` captures in ``s``: the run of word characters, apostrophes and hyphens
    around the last word character; with no word character, the first run of apostrophes and hyphens."""
    k = len(s) - 1
    while k >= 0 and not (s[k].isalnum() or s[k] == "_"):  # str.isalnum and '_' are exactly re's \w
        k -= 1
    if k < 0:
        i = next((i for i, c in enumerate(s) if c in WORDISH), None)
        if i is None:
            return None
        j = i
        while j < len(s) and s[j] in WORDISH:
            j += 1
        return s[i:j]
    r0 = k
    while r0 > 0 and (s[r0 - 1].isalnum() or s[r0 - 1] == "_" or s[r0 - 1] in WORDISH):
        r0 -= 1
    r1 = k + 1
    while r1 < len(s) and s[r1] in WORDISH:
        r1 += 1
    return s[r0:r1]


def s_words(s: str) -> int:
    return len(TOKEN.findall(s))


_KB_ORGS: dict = {}


def _kb_orgs(base) -> list:
    """Organizations of a loaded knowledge base that are not outlets (a loaded base does not change)."""
    got = _KB_ORGS.get(id(base))
    if got is None or got[0] is not base:
        got = _KB_ORGS[id(base)] = (base, [e for e in base.by_type("organization") if e.attrs.get("kind") != "media"])
    return got[1]


@lru_cache(maxsize=20_000)
def _name_keys(names: tuple) -> frozenset:
    """Word keys (through the title synonyms) of an entity's names: what an institution phrase is matched on."""
    keys = set()
    for n in names:
        for w in TOKEN.findall(n or ""):
            keys |= {TITLE_SYNONYMS.get(k, k) for k in _keys(w)}
    return frozenset(keys)


@lru_cache(maxsize=1)
def _male_first_names() -> frozenset:
    """Canonical English first names in the knowledge base that are not women's names."""
    try:
        from bellink.ingest import kb as kbmod

        names = set(kbmod.load().first_names.values())
    except Exception:
        return frozenset()
    return frozenset(n for n in names if not n.lower().endswith("a"))


@lru_cache(maxsize=1)
def _media_index() -> dict:
    """Folded first word of every outlet name and alias in the knowledge base -> outlet keys."""
    out: dict = {}
    try:
        from bellink.ingest import kb as kbmod

        for ent in kbmod.load().entities.values():
            if ent.type != "organization" or ent.attrs.get("kind") != "media":
                continue
            for n in {ent.name, ent.name_ru or "", *ent.aliases}:
                words = [w for w in TOKEN.findall(n) if w[:1].isupper()]
                if words:
                    out.setdefault(fold(words[0]), set()).add(ent.key)
    except Exception:  # no knowledge base yet: nothing to look up
        pass
    return out


@lru_cache(maxsize=4096)
def _ru_role_nominative(role: str) -> str:
    """'заместителя директора ФСВТС России' -> 'заместитель директора ФСВТС России': the head of a Russian title
    (and the adjectives before it) in the nominative, the genitive complement as written."""
    toks = list(TOKEN.finditer(role))
    out = role
    shift = 0
    for t in toks:
        w = t.group()
        parses = _parse(w.lower())
        p = next((x for x in parses[:3] if x.tag.POS in ("NOUN", "ADJF")), None)
        if p is None:
            break
        if p.tag.case in ("nomn", None) or "Fixd" in p.tag:
            if p.tag.POS == "NOUN":
                break
            continue
        grammemes = {"nomn"} | ({p.tag.number} if p.tag.number else set())
        if p.tag.POS == "ADJF" and p.tag.gender:
            grammemes.add(p.tag.gender)
        new = p.inflect(grammemes)
        if new is None:
            break
        word = new.word if not w[:1].isupper() else new.word[:1].upper() + new.word[1:]
        out = out[: t.start() + shift] + word + out[t.end() + shift:]
        shift += len(word) - len(w)
        if p.tag.POS == "NOUN":
            break
    return out


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


@lru_cache(maxsize=4096)
def _role_head(role: str) -> Optional[str]:
    """The word a title is about: 'Minister' in 'Deputy Defence Minister of Russia', 'глава' in 'глава
    Администрации президента'. Folded, through the title synonyms."""
    words = TOKEN.findall(role)
    if not words:
        return None
    if has_cyrillic(role):
        for w in words:
            p = _parse(w.lower())[0]
            if p.tag.POS == "NOUN":
                k = fold(p.normal_form)
                return TITLE_SYNONYMS.get(k, k).split()[-1]
        return None
    before = re.split(r"\s+(?:of|for|at|in)\s+", role, maxsplit=1)[0]
    last = TOKEN.findall(before)
    if not last:
        return None
    k = fold(last[-1])
    return TITLE_SYNONYMS.get(k, k).split()[-1]
