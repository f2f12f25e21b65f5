"""The closed word classes and cue patterns attribution reads, built from the lexicons in bellink/kb/.

Knowledge is data: function words, pronouns, sources, fallback country adjectives in
``statement_words.tsv``; role and institution heads, title synonyms and qualifiers in
``statement_titles.tsv``; cue patterns (fillers, channel slots, 'according to', 'quoted ... as saying')
in ``statement_patterns.tsv``, one alternative a line. This module only puts each list in the frame
its rule needs (a word boundary, what may follow). Quote marks, datelines and connectors are
punctuation structure and stay here.
"""
from __future__ import annotations

import re

from bellink.ingest import lexicon
from bellink.names import fold

WORD_CLASSES = {
    "pronoun", "object_pronoun", "preposition", "relative", "negation", "modal", "passive_aux", "determiner",
    "adjunct_start", "audience", "doc_word", "generic_source", "generic_source_key", "country_adj", "outlet_noun", "outlet_head",
    "to_content_verb", "not_object_start", "gap_blocker", "not_clause_start", "title_ignored",
    "female_surname_ending", "male_surname_ending", "male_name_in_a", "doc_case_ru", "appositive_start", "denial_verb", "voice_person", "colon_only_verb",
    "colon_link", "colon_topic", "colon_adverb", "colon_view", "colon_view_verb", "thing_subject", "document_verb", "naming_verb", "rank_noun", "military_role_word", "negated_cue", "negated_denial", "infinitive_cue",
    "not_addressee", "interviewer", "asking_verb", "question_lead", "doc_participle", "doc_head_en", "member_noun",
    "topic_word", "platform_word", "noun_object_verb", "speech_content_noun", "repeat_verb",
}
TITLE_CLASSES = {
    "role_head", "institution_head", "group_head", "role_modifier", "voice_of_org", "title_synonym", "subordinate",
    "leader", "diplomat", "generic_role", "generic_institution", "republic", "country_anaphor", "qualifier", "monitor_head",
    "monitor_name_head", "commentator", "newcomer_excluded", "newcomer_not_after", "newcomer_subordinator",
}
PATTERN_NAMES = {
    "filler", "aux_en", "clause_start_en", "according_en", "according_ru", "relative_role", "relative_subject", "channel_before",
    "channel_adjunct", "link_chrome", "then", "quoted_as_saying", "quoted_active", "quoted_named", "quoted_words_ru", "media_word", "channel_slot_en",
    "channel_slot_ru", "doc_noun_ru", "coordinated_before", "as_frame_ru", "ob_etom_ru", "title_abbreviation",
    "citation_slot", "rank_at_end", "voice_of_before_en", "this_was_by_en", "reported_this_en", "citing", "press_service_of", "learned_en", "learned_ru", "counterpart", "issued_doc",
    "off_stage", "retraction", "relative_opener",
}
WORDS = lexicon.register("statement_words.tsv", required=("class", "lang", "word"),
                         allowed={"class": WORD_CLASSES, "lang": {"en", "ru"}}, unique=("class", "word"))
TITLES = lexicon.register("statement_titles.tsv", required=("class", "lang", "word"),
                          allowed={"class": TITLE_CLASSES, "lang": {"en", "ru"}}, unique=("class", "word"))
PATTERNS = lexicon.register("statement_patterns.tsv", required=("name", "lang", "pattern"),
                            allowed={"name": PATTERN_NAMES, "lang": {"en", "ru", "any"}}, regex=("pattern",),
                            unique=("name", "pattern"))


def _rows(spec, klass: str) -> list[dict]:
    return [r for r in lexicon.rows(spec.name) if r["class"] == klass]


def words(klass: str) -> list[str]:
    """The words of one class of statement_words.tsv, in file order."""
    return [r["word"] for r in _rows(WORDS, klass)]


def titles(klass: str) -> list[str]:
    """The words of one class of statement_titles.tsv, in file order."""
    return [r["word"] for r in _rows(TITLES, klass)]


def alternatives(name: str) -> str:
    """The rows of one pattern in statement_patterns.tsv joined as alternatives."""
    return "|".join(r["pattern"] for r in lexicon.rows(PATTERNS.name) if r["name"] == name)


# --- quotation marks and punctuation (structure, not knowledge) ---------------------------------------------

QUOTE_CHARS = "«»„“”\""
QUOTE_CHAR = re.compile("[" + QUOTE_CHARS + "]")
OPEN_MARKS = "«„“\""
CLOSE_MARKS = "»“”\""
CAN_OPEN_AFTER = " \t\n\u00a0([{«„“—–-/:;,'"
CAN_CLOSE_BEFORE = " \t\n\u00a0.,;:!?)]}»”“…-—–\"'"
DASHES = "-–—"
DATELINE = re.compile(
    r"(?:\(\s*[^()\n]{1,40}\)\s*[-–—]\s*|[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]{1,30}(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ.\-]+){0,2}"
    r"(?:[,.]\s*[^—–\n]{1,25}?)?\s*[-–—]\s+)"
)
LEADING_CONNECTORS = re.compile(r"(?:[,;:\s]|[-–—]\s|and\s|but\s|и\s|а\s|но\s)+", re.IGNORECASE)
TRAILING_CONNECTORS = re.compile(r"(?:[,;:\s]|\s[-–—]|\sand|\sbut|\sи|\sа|\sно|\sоднако)+$", re.IGNORECASE)
# the last character of any TRAILING_CONNECTORS unit: a run of them can end at a position only after one of these
TRAILING_CONNECTOR_END = re.compile(r"[,;:\s\-–—dtиао]", re.IGNORECASE)
SPEAKER_TYPES = ("person", "organization", "country")

# --- closed word classes (statement_words.tsv) ---------------------------------------------------------------

PRONOUNS = {r["word"]: r["value"] for r in _rows(WORDS, "pronoun")}
OBJECT_PRONOUNS = {r["word"]: r["value"] for r in _rows(WORDS, "object_pronoun")}
_PREPOSITIONS = _rows(WORDS, "preposition")
PREPOSITIONS_EN = {r["word"] for r in _PREPOSITIONS if r["lang"] == "en"}
PREPOSITIONS_RU = {r["word"] for r in _PREPOSITIONS if r["lang"] == "ru"}
RELATIVE = set(words("relative"))
APPOSITIVE_START = frozenset(words("appositive_start"))
DENIAL_VERBS = frozenset(words("denial_verb"))
# 'he repeated', 'повторил': the same words said again on another occasion (extractor.py keeps both)
REPEAT_VERBS = frozenset(words("repeat_verb"))
NAMING_VERBS = frozenset(words("naming_verb"))
NEGATED_CUES = frozenset(words("negated_cue"))
NEGATED_DENIALS = frozenset(words("negated_denial"))
INFINITIVE_CUES_RU = frozenset(words("infinitive_cue"))
RANK_NOUN_KEYS = frozenset(fold(w) for w in words("rank_noun"))
RANK_NOUN_WORDS = tuple(words("rank_noun"))  # as written, for a rank word in any case (its stem inside)
MILITARY_ROLE_KEYS = frozenset(fold(w) for w in words("military_role_word"))
VOICE_PERSONS = frozenset(words("voice_person"))
COLON_ONLY_VERBS = frozenset(words("colon_only_verb"))
COLON_LINKS = tuple(tuple(w.split()) for w in words("colon_link"))
COLON_TOPICS = frozenset(words("colon_topic"))
COLON_ADVERBS = frozenset(words("colon_adverb"))
COLON_VIEWS = frozenset(fold(w) if any("а" <= c <= "я" for c in w) else w for w in words("colon_view"))
COLON_VIEW_VERBS = frozenset(fold(w) if any("а" <= c <= "я" for c in w) else w for w in words("colon_view_verb"))
THING_SUBJECTS = frozenset(words("thing_subject"))
DOCUMENT_VERBS = frozenset(words("document_verb"))
NEGATION = set(words("negation"))
MODALS = set(words("modal"))
PASSIVE_AUX = set(words("passive_aux"))
DETERMINERS = set(words("determiner"))
ADJUNCT_START_EN = set(words("adjunct_start"))
AUDIENCE_EN = set(words("audience"))
# 'told a rally in Minsk the army would ...': words an addressee of 'told' never holds, and the ones it never ends on
NOT_ADDRESSEE_EN = set(words("not_addressee"))
ADDRESSEE_LINKS = {"the", "a", "an", "in", "at", "of", "on"}
ADDRESSEE_WORD = re.compile(r"[\w’'.-]+")
DOC_WORDS = set(words("doc_word"))
GENERIC_SOURCES = set(words("generic_source"))
GENERIC_SOURCE_KEYS = {fold(w) for w in GENERIC_SOURCES} | {fold(w) for w in words("generic_source_key")}
# 'сообщил агентству X': the organization after an outlet noun in the dative told, it did not speak
OUTLET_NOUN_KEYS = {fold(w) for w in words("outlet_noun")}
OUTLET_HEAD_KEYS = {fold(w) for w in words("outlet_head")}  # lemmas
QUESTION_LEADS = frozenset(words("question_lead"))
TO_CONTENT_VERBS = set(words("to_content_verb"))
NOT_OBJECT_START = set(words("not_object_start"))
# 'отметил важность' is a statement, 'отметил 30-летие', 'отметил лучших военнослужащих наградами' are not: these verbs
# take a noun phrase as content only when its head noun is one of what is said (lemmas)
NOUN_OBJECT_VERBS = set(words("noun_object_verb"))
SPEECH_CONTENT_NOUNS = {w.replace("ё", "е") for w in words("speech_content_noun")}
GAP_BLOCKERS_EN = {r["word"] for r in _rows(WORDS, "gap_blocker") if r["lang"] == "en"}
GAP_BLOCKERS_RU = {r["word"] for r in _rows(WORDS, "gap_blocker") if r["lang"] == "ru"}
NOT_CLAUSE_START_EN = set(words("not_clause_start"))
TITLE_IGNORED = set(words("title_ignored")) | {fold(w) for w in words("title_ignored")}
FEMALE_SURNAME_ENDINGS = tuple(words("female_surname_ending"))
MALE_SURNAME_ENDINGS = tuple(words("male_surname_ending"))
MALE_NAMES_IN_A = set(words("male_name_in_a"))
DOC_CASE_RU = set(words("doc_case_ru"))
# Fallback country adjectives while the knowledge base has none (countries.tsv).
COUNTRY_ADJ = {r["word"]: r["value"] for r in _rows(WORDS, "country_adj")}

# --- titles and institutions (statement_titles.tsv) ------------------------------------------------------------

_ROLE_HEADS = _rows(TITLES, "role_head")
# a monitoring group taken up by a noun ('the group', 'the monitors', 'проект') is an institution phrase too
_INSTITUTION_HEADS = _rows(TITLES, "institution_head") + _rows(TITLES, "monitor_head")
MONITOR_HEADS_EN = tuple(w for w in (r["word"] for r in _rows(TITLES, "monitor_head") if r["lang"] == "en"))
# 'the analyst', 'эксперт' after a quote: the one commentator the article named just before
COMMENTATOR_KEYS = {fold(r["word"]) for r in _rows(TITLES, "commentator")}
MONITOR_HEAD_KEYS = {fold(r["word"]) for r in _rows(TITLES, "monitor_head") if r["lang"] == "ru"}
ROLE_HEADS_EN = tuple(r["word"] for r in _ROLE_HEADS if r["lang"] == "en")
INSTITUTION_HEADS_EN = tuple(r["word"] for r in _INSTITUTION_HEADS if r["lang"] == "en")
ROLE_HEADS_RU = {r["word"] for r in _ROLE_HEADS if r["lang"] == "ru"}
INSTITUTION_HEADS_RU = {r["word"] for r in _INSTITUTION_HEADS if r["lang"] == "ru"}
ROLE_HEAD_KEYS_RU = {fold(w) for w in ROLE_HEADS_RU}
INSTITUTION_HEAD_KEYS_RU = {fold(w) for w in INSTITUTION_HEADS_RU}
GROUP_HEADS = set(titles("group_head"))
ROLE_MODIFIERS_EN = set(titles("role_modifier"))
# "пресс-служба X", "press service of X": the words are X's.
VOICE_OF_ORG = {fold(w) for w in titles("voice_of_org")}
# keys and values folded like every other key, so "заместитель" and "Deputy" meet
TITLE_SYNONYMS = {fold(r["word"]): " ".join(fold(x) for x in r["value"].split()) for r in _rows(TITLES, "title_synonym")}
REPUBLIC_KEYS = {fold(w) for w in titles("republic")}
# "the country's defence minister", 'глава МИД страны': a country the phrase does not name (context.py)
COUNTRY_ANAPHORS_EN = {r["word"] for r in _rows(TITLES, "country_anaphor") if r["lang"] == "en"}
COUNTRY_ANAPHORS_RU = {r["word"] for r in _rows(TITLES, "country_anaphor") if r["lang"] == "ru"}
GENERIC_INSTITUTION_WORDS = {fold(w) for w in titles("generic_institution")}
QUALIFIER_SYNONYMS = {fold(r["word"]): {fold(x) for x in r["value"].split(";")} for r in _rows(TITLES, "qualifier")}
SUBORDINATE_KEYS = {fold(w) for w in titles("subordinate")}
LEADER_KEYS = {fold(w) for w in titles("leader")}
DIPLOMAT_KEYS = {fold(w) for w in titles("diplomat")}
GENERIC_ROLE_KEYS = {fold(w) for w in titles("generic_role")}
# role heads that bring no second person on stage before a pronoun, and words after one that make it a thing (newcomers.py)
NEWCOMER_EXCLUDED = frozenset(fold(w) for w in titles("newcomer_excluded"))
NEWCOMER_NOT_AFTER = frozenset(titles("newcomer_not_after"))
NEWCOMER_SUBORDINATORS = frozenset(titles("newcomer_subordinator"))

_HEADS_EN = "|".join(sorted((re.escape(h) for h in ROLE_HEADS_EN + INSTITUTION_HEADS_EN), key=len, reverse=True))
EN_HEAD_AT_END = re.compile(
    r"(?:^|(?<=[\s(]))(?P<head>" + _HEADS_EN + r")(?P<of>\s+(?:of|at|for|in|to)\s+(?:the\s+)?[A-Z][^,;:.()]{0,60}?)?$",
    re.IGNORECASE,
)
# '..., said the Russian diplomat': a role or institution phrase right after the verb
NP_AFTER_VERB_EN = re.compile(rf"\s+(?P<np>(?:the|a|an)\s+(?:[\w.’'-]+\s+){{0,5}}?(?P<head>{_HEADS_EN}))\b(?![-‐]\w)",
                              re.IGNORECASE)
HEAD_WORD_EN = re.compile(rf"\b(?P<head>{_HEADS_EN})\b", re.IGNORECASE)

# --- cue patterns (statement_patterns.tsv) ---------------------------------------------------------------------

# Words that may stand between a subject and its reporting verb.
FILLERS = alternatives("filler")
FILLERS_AT_END = re.compile(rf"(?:\b(?:{FILLERS})\b[\s,]*)+$", re.IGNORECASE)
# the last word of every filler ('in turn' -> 'turn', 'for his part' -> 'part')
FILLER_LAST_WORD = re.compile(
    "(?:" + "|".join(sorted({re.findall(r"[^\W\d_]+", alt)[-1] for alt in re.split(r"\|(?![^()]*\))", FILLERS)},
                            key=lambda w: (-len(w), w))) + r")\Z", re.IGNORECASE)
GAP_OK = re.compile(
    rf"^\s*(?:,\s*[^,;:!?«»\"“”„]{{1,180}}?,\s*|\([^()]{{1,80}}\)\s*)?(?:(?:{FILLERS})\b[\s,]*)*$",
    re.IGNORECASE,
)
AUX_EN = re.compile(rf"\b(?:{alternatives('aux_en')})\b", re.IGNORECASE)
CLAUSE_START_EN = re.compile(rf"^(?:{alternatives('clause_start_en')})\b")
# Constructions that attribute content.
ACCORDING_EN = re.compile(alternatives("according_en"))
THIS_WAS_BY_EN = re.compile(alternatives("this_was_by_en"))
ACCORDING_RU = re.compile(alternatives("according_ru"))
# "his Russian counterpart", "its chief": a description relative to someone else, not a title
RELATIVE_ROLE = re.compile(alternatives("relative_role"), re.IGNORECASE)
RELATIVE_SUBJECT_GAP = re.compile(
    rf"\s*,\s*(?P<rel>{alternatives('relative_subject')})\b[\s,]*(?:(?:{FILLERS})\b[\s,]*)*", re.IGNORECASE)
CHANNEL_BEFORE = re.compile(rf"(?:{alternatives('channel_before')})\s+(?:[\w-]+\s+){{0,2}}[«\"“]?$", re.IGNORECASE)
# an interview or outlet between a subject and its verb: 'Рыженков в интервью телеканалу «Беларусь 1» заявил'
CHANNEL_ADJUNCT = re.compile(rf"(?:{alternatives('channel_adjunct')})\b[^,;:.!?]{{0,60}}$", re.IGNORECASE)
LINK_CHROME = re.compile(rf"(?:{alternatives('link_chrome')})\b", re.IGNORECASE)
THEN = re.compile(rf"(?<![\w-])(?:{alternatives('then')})(?![\w-])")
QUOTED_AS_SAYING = re.compile(alternatives("quoted_as_saying"))
# 'TASS quoted Khrenin as saying ...': the outlet before, the speaker inside
QUOTED_ACTIVE = re.compile(alternatives("quoted_active"))
# '"...," RIA Novosti quotes Pavel Markin, deputy head of ...': after a quote, a name and no 'as saying'
QUOTED_NAMED = re.compile(alternatives("quoted_named"))
# '«...», – приводятся в сообщении слова X': the speaker after 'слова'
QUOTED_WORDS_RU = re.compile(alternatives("quoted_words_ru"))
# literals a match of each whole-text pattern must contain (one of each group)
REQUIRED_LITERALS = {
    QUOTED_AS_SAYING: [("quoted", "cited"), ("saying",)],
    QUOTED_ACTIVE: [("quoted", "cited"), ("saying", "telling")],
    QUOTED_NAMED: [("quote", "cite")],
    ACCORDING_EN: [("ccording to", "reported", "stated", "announced", "noted", " view", " words", " opinion", " count", " tally", " estimate", " reckoning", " assessment")],
    THIS_WAS_BY_EN: [("by",)],
}
MEDIA_WORDS = re.compile(alternatives("media_word"), re.IGNORECASE)
# a platform ('Telegram-канале', 'the ministry's website'): English words whole, Russian ones stems in any case
PLATFORM_WORDS = re.compile("|".join(
    r"(?<![^\W\d_])" + re.escape(r["word"]) + (r"s?(?![^\W_])" if r["lang"] == "en" else "")
    for r in _rows(WORDS, "platform_word")), re.IGNORECASE)
CHANNEL_SLOTS_EN = re.compile(rf"\b(?:{alternatives('channel_slot_en')})\s+(?:the\s+)?(?:[\w-]+\s+){{0,4}}?",
                              re.IGNORECASE)
CHANNEL_SLOTS_RU = re.compile(rf"(?:{alternatives('channel_slot_ru')})\s+(?:[\w-]+\s+){{0,2}}?", re.IGNORECASE)
DOC_NOUNS_RU = f"(?:{alternatives('doc_noun_ru')})"
COORDINATED_BEFORE = re.compile(alternatives("coordinated_before"), re.IGNORECASE)
# an abbreviated rank or title whose dot does not end the speaker's phrase ('said Gen. Lt. Ravkov')
RANK_ABBREVIATION_AT_END = re.compile(rf"\b(?:{alternatives('title_abbreviation')})$")
# the channel slots whose outlet cites ('as quoted by', 'цитата по') rather than interviews ('told')
CITATION_SLOT = re.compile(alternatives("citation_slot"))
# ranks after a title, dropped from the role ('Belarusian Defence Minister Gen. Lt.')
RANKS_AT_END = re.compile(rf"(?:\s*\b(?:{alternatives('rank_at_end')})\.?)+$")
# 'the press service of the ministry said': the words are the ministry's
VOICE_OF_BEFORE_EN = re.compile(rf"(?:{alternatives('voice_of_before_en')})\s+(?:of|for)\s+(?:the\s+)?$")
_PRONOUN_ALTS = "|".join(PRONOUNS)
PRONOUN_AT_END = re.compile(rf"(?:^|[^\w'’])({_PRONOUN_ALTS})$", re.IGNORECASE)
PRONOUN_AFTER_VERB = re.compile(rf"\s*[-–—]?\s*({_PRONOUN_ALTS})\b", re.IGNORECASE)
# 'Как сообщил X, ...' and 'Об этом сообщило X': what stands before the verb
AS_FRAME_RU = re.compile(alternatives("as_frame_ru"))
OB_ETOM_RU = re.compile(alternatives("ob_etom_ru"))
# 'the press service of Belarusian President Alexander Lukashenko', 'пресс-служба президента России Владимира Путина':
# the service, then up to four words of the leader's title, then his name (press_services.py)
PRESS_SERVICE_OF = re.compile(rf"(?<![\w-])(?:the\s+)?(?:{alternatives('press_service_of')})\s+(?:the\s+)?(?P<title>(?:[\w.'’-]+\s+){{0,4}}?)$",
                              re.IGNORECASE)
# 'The ministry issued a statement saying', 'Минобороны распространило заявление, в котором говорится' (issued.py)
ISSUED_DOC = re.compile(alternatives("issued_doc"), re.IGNORECASE)
# 'his Russian counterpart', 'с российским коллегой' (counterparts.py)
COUNTERPART = re.compile(alternatives("counterpart"))
# 'BelTA learned from the ministry that', 'Как стало известно БелТА в Госкомвоенпроме, ...' (learned.py)
LEARNED_EN = re.compile(alternatives("learned_en"))
LEARNED_RU = re.compile(alternatives("learned_ru"))
# 'Shoigu did not comment', 'stayed silent', 'was not present', 'Лукашенко на церемонии не было', 'промолчал': a
# sentence that says its subject did not speak does not put him on stage for a pronoun or an office (pronouns.py,
# offices.py)
# the opening of a relative clause closing the words before a mid-sentence source ('..., в котором, по данным X, ...')
RELATIVE_BEFORE_SOURCE = re.compile(rf"(?:^|,)\s*(?P<rel>(?:{alternatives('relative_opener')}))\s*,\s*$", re.IGNORECASE)
# the speaker takes the words back ('but X later denied saying it', 'опроверг эти слова'): retractions.py
RETRACTION = re.compile(rf"(?<![\w-])(?:{alternatives('retraction')})(?![\w-])", re.IGNORECASE)
OFF_STAGE = re.compile(rf"(?<![\w-])(?:{alternatives('off_stage')})(?![\w-])", re.IGNORECASE)
# 'TASS reported, citing the ministry', 'сообщает ТАСС со ссылкой на пресс-службу': the source the outlet names
CITING = re.compile(rf"(?<![\w-])(?:{alternatives('citing')})\s+", re.IGNORECASE)
