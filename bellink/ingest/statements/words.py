"""The closed word classes and cue patterns attribution reads: pronouns, prepositions, fillers between a
subject and its verb, role and institution heads, channel slots, datelines.
"""
from __future__ import annotations

import re

from bellink.names import fold


QUOTE_CHARS = "«»„“”\""


QUOTE_CHAR = re.compile("[" + QUOTE_CHARS + "]")


OPEN_MARKS = "«„“\""


CLOSE_MARKS = "»“”\""


CAN_OPEN_AFTER = " \t\n\u00a0([{«„“—–-/:;,'"


CAN_CLOSE_BEFORE = " \t\n\u00a0.,;:!?)]}»”“…-—–\"'"


DASHES = "-–—"


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


ROLE_HEAD_KEYS_RU = {fold(w) for w in ROLE_HEADS_RU}


INSTITUTION_HEAD_KEYS_RU = {fold(w) for w in INSTITUTION_HEADS_RU}


RU_ABOUT = {"сообщить", "сообщать", "заявить", "заявлять", "рассказать", "рассказывать", "говорить", "объявить",
            "напомнить", "предупредить"}


_KB_ORGS: dict = {}
