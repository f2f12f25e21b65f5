"""Dated events: arms deliveries, service entries, meetings, exercises, deployments, agreements.

``extract(a)`` runs after entities, time expressions and statements and
returns ``Event`` objects. Everything is sentence-level rules over the
mentions the entity stage found and over word lemmas (``token_keys``), so
"поставка", "поставки", "поставку" and "поставок" meet one cue.

How a delivery is read (the SIPRI register is the model; bellink also keeps
the stages before a contract):

1. A sentence is cut into clauses (";", "while", ", а", ", но", a full stop
   the segmenter missed) and into a reporting frame ("..., Ravkov told TASS on
   Wednesday", "Голуб сообщил, что ...") and its content. Countries named in
   the frame are the source of the news, never parties to the transfer.
2. A clause needs a transfer cue (deliver, supply, receive, contract,
   stationed, entered service, поставка, получить, передать, принять на
   вооружение ...) linked to a weapon system: near it, with no "repair",
   "modernization", "training" between them (those have their own objects).
3. The stage is what the clause asserts: any talk cue -> discussed; an
   intention or a future/infinitive verb -> planned; otherwise the furthest
   of ordered / delivered / in_service among the cues. Negated cues and
   conditional clauses ("if a request arrives", "could be signed") give no
   delivery; a discussion asserted outside the condition ("ready to consider
   a request, if it arrives") stays discussed, with the condition kept in
   details.
4. Direction comes from prepositions and syntax: from/из/от -> supplier,
   to/for/в + accusative/для/dative -> recipient, the subject of a supply
   verb is the supplier and of a receive verb the recipient, "with" is the
   other side. A country adjective in front of a system ("Russian S-400",
   "российские РЛС") gives its origin, which is the supplier when the
   recipient is another country. A supplier taken only from the knowledge
   base (the maker's country) or from an earlier sentence is marked
   ``supplier_inferred`` with lower confidence; the same for recipients.
   Supplier and recipient are countries, as in SIPRI; when a company or
   ministry acts for a country it is kept in ``supplier_org`` /
   ``recipient_org``.
5. Not deliveries: forces or systems sent to an exercise or stationed by
   their owner (deployments), a system entering service in its maker's own
   army or bought from a plant at home (``service_entry``), hypotheticals,
   negations, deliveries with no named system ("many military products were
   delivered ..."; an analyst cannot file those under a system, so they are
   skipped), and generic nouns ("the planes") unless they point back to a
   system of that category named just before ("Russia-supplied air defense
   and missile systems" -> the S-400 and Iskander of the previous sentences,
   ``details['system_from_context']``). A transfer whose supplier no rule and
   no inference can name is dropped, except an army putting a system into
   service, which is kept as a service entry.

Stationing is read as the issue asks: "S-300 systems will be stationed in
Belarus by the end of the year" (no troops, no owner acting) is a planned
delivery; "Russian troops/units/facilities ... in Belarus", "Russia sent ..."
and owner-marked systems ("Russian Iskander-M systems have been deployed in
Belarus") are deployments. A transfer into the recipient's own units is a
delivery only, not also a deployment.

Dates: the time expression in the event's own clause, outside the reporting
frame (and never a dateline: "MINSK, May 29 —"). Without one, a stage
asserted in a statement (the statements stage's span, quotation marks, or a
reporting frame in the sentence) takes the statement's date: the reporting
verb's time expression, else the statement's date, else the publication
date. The choice: a stage is what the text asserts, and it is asserted as of
that day ("is in talks ..., he said on Tuesday"); for a past stage the report
is an upper bound, not a guess, and ``details['date_from']`` ("own",
"statement", "publication") says which it is. A narrator's present-tense fact
("Россия выполняет контракт") takes the publication date the same way; a
narrator's past fact with no date stays undated.

Each stage of one supplier-recipient-system is kept once per document (the
best-evidenced mention wins, the others are listed in
``details['also_in_sentences']``; a lead's family name and a quote's variant
are one fact under the variant). The same stage with two dates the text
attaches to it is two facts.

Workaround: the entity stage does not recognize a system named only by a
quoted name after a weapon noun (180 прицельных комплексов «Сосна-У»);
``_quoted_systems`` adds such mentions (method "pattern", confidence 0.6) so
the transfer can point to a system. It belongs in entities.py.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter
from typing import Optional

from bellink.ingest import dating
from bellink.ingest.entities import TOKEN, country_of_adjective, morph, token_keys
from bellink.ingest.model import DELIVERY_STATUSES, DateRef, Event
from bellink.names import fold, has_cyrillic

try:  # pymorphy3 parses cached across the pipeline: the entity stage already parsed every word of the document
    from bellink.ingest.entities import parse as _parse
except ImportError:  # pragma: no cover - the entity stage's helpers changed shape
    @lru_cache(maxsize=200_000)
    def _parse(word: str):
        return morph().parse(word)

STAGE_RANK = {s: i for i, s in enumerate(DELIVERY_STATUSES)}
_START = attrgetter("start")


def _ru(*words: str) -> frozenset:
    """Russian lemmas as the folded keys ``token_keys`` produces."""
    return frozenset(fold(w) for w in words)


# --- cue lexicons --------------------------------------------------------------------
# English cues are regular expressions over the lowercased sentence; each gives
# (stage or None, side). side: who the grammatical subject is for the transfer:
# "supply" (the supplier), "receive" (the recipient), "neutral" (either: talks,
# contracts, nouns), "theme" (the system itself: "arrived").

EN_TRANSFER = [
    (r"\b(?:enter(?:s|ed|ing)?|put (?:in|into)|brought into|accepted into|adopted (?:for|into)|taken into|"
     r"inducted into) (?:combat |active |military )?(?:service|the inventory)\b", "in_service", "receive"),
    (r"\b(?:on(?:to)?|enter(?:s|ed|ing)?|assum(?:e|es|ed|ing)|t(?:ook|ake|akes|aking) up) (?:combat|alert|standby) "
     r"duty\b", "in_service", "receive"),
    (r"\b(?:accepted|adopted|put|brought|taken|inducted|placed|commissioned)\b[^.;,]{1,60}?\b(?:in|into) "
     r"(?:combat |active |military )?service\b", "in_service", "receive"),
    (r"\bcommissioned\b", "in_service", "receive"),
    (r"\b(?:took|take|taken|takes|taking) delivery\b", "delivered", "receive"),
    (r"\bhand(?:s|ed|ing)? over\b", "delivered", "supply"),
    (r"\bdeliver(?:s|ed)?\b", "delivered", "supply"),
    (r"\bdelivering\b", None, "neutral"),
    (r"\bdeliver(?:y|ies)\b", None, "neutral"),
    (r"\bsuppl(?:y|ies)\b", None, "neutral"),
    (r"\bsupplying\b", None, "supply"),
    (r"\bsupplied\b", "delivered", "supply"),
    (r"\btransfer(?:s|red)?\b", "delivered", "supply"),
    (r"\bship(?:s|ped)\b|\bshipments?\b", "delivered", "supply"),
    (r"\b(?:sold|sells?)\b", "ordered", "supply"),
    (r"\bsales?\b|\bselling\b", None, "supply"),
    (r"\bexport(?:s|ed)?\b", "delivered", "supply"),
    (r"\bprovid(?:e|es|ed)\b", "delivered", "supply"),
    (r"\breceiv(?:e|es|ed)\b", "delivered", "receive"),
    (r"\b(?:got|obtain(?:s|ed)?)\b", "delivered", "receive"),
    (r"\barriv(?:e|es|ed)\b", "delivered", "theme"),
    (r"\bacquir(?:e|es|ed)\b", "ordered", "receive"),
    (r"\b(?:acquiring|acquisitions?)\b", None, "receive"),
    (r"\bpurchas(?:e|es|ed)\b", "ordered", "receive"),
    (r"\bpurchasing\b", None, "receive"),
    (r"\b(?:buy|buys|bought)\b", "ordered", "receive"),
    (r"\bbuying\b", None, "receive"),
    (r"\bprocure(?:s|d)?\b", "ordered", "receive"),
    (r"\bprocurement\b", None, "receive"),
    (r"\bordered\b", "ordered", "receive"),
    (r"\border(?:s)?\b(?! to\b)(?! of\b)", "ordered", "receive"),
    (r"\bimport(?:s|ed)?\b", "delivered", "receive"),
    (r"\bcontracts?\b", "ordered", "neutral"),
    (r"\b(?:is|are) due\b", None, "theme"),
    (r"\b(?:stationed|stationing)\b", None, "station"),
    (r"\b(?:deployed|deploy|deploys|deploying|deployment)\b", None, "station"),
]
EN_TRANSFER_QUICK = re.compile(r"deliver|suppl|servic|duty|commission|hand|transfer|ship|sold|sell|sale|export|"
                               r"provid|receiv|got|obtain|arriv|acqui|purchas|buy|bought|procure|order|import|"
                               r"contract|station|deploy|due|inventory")
EN_DISCUSS = re.compile(
    r"\b(?:talks?|negotiat\w*|discuss\w*|consultations?|requests?|requested|ask(?:s|ed)?|consider(?:s|ed|ing)?|proposals?|"
    r"propos(?:e|ed|es|ing)|offer(?:s|ed|ing)?|explor(?:e|es|ed|ing)|interested in|issue of|question of|"
    r"potential|possible|prospects? (?:of|for))\b"
)
EN_PLAN = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|intend(?:s|ed)?|intention|promis(?:e|es|ed)|pledg(?:e|es|ed)|expect(?:s|ed)? to|"
    r"set to|due (?:to|by|in)|is due|are due|scheduled|going to|decided to|agreed to|will|shall|would|is to|are to|"
    r"to be)\b|'ll\b"
)
EN_ORDER = re.compile(r"\b(?:signed|fulfil\w*|fulfill\w*|execut(?:e|es|ed|ing))\b")
EN_DONE = re.compile(r"\b(?:complet(?:ed|es|e)|already|beg[au]n|begin|start(?:ed|s)?|commenc(?:ed|e))\b")
EN_BE = {"is", "are", "was", "were", "been", "be", "being", "am"}
EN_PRESENT = {"is", "are", "am", "has", "have", "'s", "being", "remains", "remain"}
EN_PAST = {"was", "were", "had", "did"}
EN_NEG = {"not", "no", "never", "n't", "neither", "nor", "without", "none", "cannot"}
EN_DENY = re.compile(r"\b(?:den(?:y|ies|ied)|refut\w+|dismiss(?:ed|es)?|rejected|false|fake)\b")
EN_MODAL = {"could", "might", "may", "should"}

# Russian: lemma -> (stage, side)
RU_TRANSFER = {
    **{k: (None, "neutral") for k in _ru("поставка", "передача", "отгрузка", "продажа", "экспорт", "импорт",
                                         "получение", "закупка", "приобретение", "покупка")},
    **{k: ("delivered", "supply") for k in _ru("поставить", "поставлять", "передать", "передавать", "отгрузить",
                                               "отгружать", "экспортировать", "предоставить")},
    **{k: ("ordered", "supply") for k in _ru("продать", "продавать")},
    **{k: ("delivered", "receive") for k in _ru("получить", "получать", "импортировать")},
    **{k: ("ordered", "receive") for k in _ru("закупить", "закупать", "приобрести", "приобретать", "купить",
                                              "заказать", "заказывать")},
    **{k: ("ordered", "neutral") for k in _ru("контракт", "заказ")},
    **{k: ("delivered", "theme") for k in _ru("поступить", "поступать", "прибыть", "прибывать")},
    **{k: (None, "station") for k in _ru("разместить", "размещать", "размещение", "развернуть", "развёртывание")},
}
RU_DISCUSS = _ru("переговоры", "переговор", "обсуждать", "обсудить", "обсуждение", "обсуждаться", "прорабатывать",
                 "проработать", "заявка", "запрос", "рассмотреть", "рассматривать", "рассмотрение", "консультация",
                 "предложение", "предлагать", "предложить", "вопрос", "интерес", "просить", "попросить",
                 "возможный", "потенциальный", "перспектива")
RU_PLAN = _ru("планировать", "план", "намереваться", "намерение", "собираться", "обещать", "пообещать",
              "рассчитывать", "ожидаться", "планироваться", "предполагаться", "предстоять", "намечать",
              "готовый", "договориться", "решить")
RU_ORDER = _ru("контракт", "выполнять", "выполнить", "исполнять", "подписать", "заключить")
RU_DONE = _ru("завершить", "завершать", "начаться", "начать", "стартовать")
RU_NEG = _ru("не", "ни", "нет", "никогда", "никакой")
RU_DENY = _ru("опровергнуть", "опровергать", "отрицать", "опровержение")
RU_MODAL = _ru("мочь", "смочь", "возможно")
RU_FUTURE_AUX = _ru("быть", "стать")
RU_STAGE_WORDS = RU_ORDER | RU_DISCUSS | RU_PLAN

# Words that take their own object: a system after them is repaired, trained on or built, not transferred.
BLOCK_EN = re.compile(r"\b(?:repair\w*|maintenance|maintain\w*|servic(?:e|ing) (?:of|centre|center)|moderni[sz]\w*|"
                      r"upgrad\w*|overhaul\w*|production|producing|develop\w*|training|train|crews?|manufactur\w*)\b")
BLOCK_RU = _ru("ремонт", "обслуживание", "сервисный", "модернизация", "производство", "разработка", "подготовка",
               "обучение", "ремонтировать", "модернизировать", "производить", "выпускать")

# Nouns that make a country adjective (or a genitive country) stand for an actor of the transfer.
ACTOR_EN = {"army", "armies", "forces", "force", "military", "militaries", "troops", "side", "partners", "partner",
            "customers", "customer", "buyers", "buyer", "government", "ministry", "navy", "units", "crews",
            "company", "companies", "plant", "manufacturer", "manufacturers", "industry", "enterprise",
            "enterprises", "authorities", "leadership", "clients", "client", "officials", "defense", "defence",
            "air", "aerospace", "builders", "makers", "servicemen", "state", "counterparts", "colleagues"}
ACTOR_RU = _ru("армия", "войско", "войска", "вооружённый", "вооруженный", "сила", "военный", "заказчик", "сторона",
               "партнёр", "партнер", "министерство", "минобороны", "ведомство", "предприятие", "завод", "компания",
               "концерн", "правительство", "военнослужащий", "подразделение", "часть", "ввс", "флот",
               "танкостроитель", "производитель", "покупатель", "потребитель", "промышленность", "руководство",
               "коллега", "территория", "республика", "государство", "власть", "вс", "пво", "холдинг", "министр",
               "глава", "командующий", "руководитель", "президент", "лидер", "делегация", "начальник")
WEAPON_EN = re.compile(
    r"^(?:weapons?|weaponry|arms|systems?|hardware|equipment|products|aircraft|planes?|jets?|fighters?|bombers?|"
    r"helicopters?|tanks?|vehicles?|howitzers?|launchers?|radars?|stations?|drones?|uavs?|missiles?|rockets?|"
    r"complex(?:es)?|chassis|sights?|munitions|ammunition|made|built|produced|designed|manufactured|origin|"
    r"supplied|delivered|air|defen[cs]e|anti-aircraft|ballistic|cruise|short-range|long-range|medium-range|"
    r"combat|military|multirole|latest|new|modern|advanced|missile)$")
WEAPON_RU = _ru("оружие", "вооружение", "техника", "продукция", "система", "комплекс", "самолёт", "самолет",
                "истребитель", "бомбардировщик", "вертолёт", "вертолет", "танк", "машина", "гаубица", "установка",
                "рлс", "станция", "радиолокационный", "загоризонтный", "беспилотник", "бпла", "ракета", "шасси",
                "прицел", "прицельный", "зрк", "зрс", "зенитный", "ракетный", "производство", "разработка")
SUPPLIED_SUFFIX = {"supplied", "made", "built", "produced", "designed", "manufactured", "delivered", "origin"}

# Generic nouns that may point back to a system named just before: noun -> categories (None: any).
GENERIC_EN = [
    (re.compile(r"\bair[- ]defen[cs]e\b"), {"air_defense"}),
    (re.compile(r"\b(?:ballistic )?missile systems?\b|\blaunchers?\b"), {"missile"}),
    (re.compile(r"\b(?:fighters?|aircraft|planes?|jets?|warplanes?)\b"), {"fighter", "bomber", "transport",
                                                                           "trainer"}),
    (re.compile(r"\bhelicopters?\b"), {"helicopter"}),
    (re.compile(r"\b(?:radars?|stations?)\b"), {"radar"}),
    (re.compile(r"\b(?:drones?|uavs?)\b"), {"uav"}),
    (re.compile(r"\bchassis\b"), {"transport"}),
    (re.compile(r"\btanks?\b"), {"armor"}),
]
GENERIC_RU = [
    (_ru("пво", "зенитный", "зрк", "зрс"), {"air_defense"}),
    (_ru("ракетный", "отрк", "пусковой"), {"missile"}),
    (_ru("самолёт", "самолет", "истребитель", "бомбардировщик"), {"fighter", "bomber", "transport", "trainer"}),
    (_ru("вертолёт", "вертолет"), {"helicopter"}),
    (_ru("рлс", "станция", "радиолокационный"), {"radar"}),
    (_ru("беспилотник", "бпла", "аппарат", "дрон"), {"uav"}),
    (_ru("шасси", "тягач"), {"transport"}),
    (_ru("танк"), {"armor"}),
]

# Quantities ---------------------------------------------------------------------------
EN_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "dozen": 12, "both": 2,
    "a": 1, "an": 1, "single": 1,
}
RU_NUMBERS = {fold(k): v for k, v in {
    "один": 1, "два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
    "десять": 10, "одиннадцать": 11, "двенадцать": 12, "пятнадцать": 15, "шестнадцать": 16, "восемнадцать": 18,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "сто": 100, "двести": 200,
    "дюжина": 12, "десяток": 10, "оба": 2, "полтора": 1.5,
}.items()}
APPROX_EN = re.compile(r"\b(?:about|around|approximately|roughly|some|nearly|almost|(?<!handed )(?<!hands )over|more than|up to|"
                       r"as many as|at least|upwards of|close to|an estimated|several)\s*$")
APPROX_RU = _ru("около", "примерно", "порядка", "более", "свыше", "до", "почти", "приблизительно", "менее",
                "несколько", "чем")
# unit noun -> normalized English unit
UNITS = {
    **{k: "divisions" for k in ("division", "divisions")}, **{k: "battalions" for k in ("battalion", "battalions")},
    **{k: "batteries" for k in ("battery", "batteries")}, **{k: "regiments" for k in ("regiment", "regiments")},
    **{k: "brigades" for k in ("brigade", "brigades")},
    **{k: "aircraft" for k in ("aircraft", "plane", "planes", "jet", "jets", "fighter", "fighters", "bomber",
                               "bombers", "warplanes", "trainer", "trainers")},
    **{k: "helicopters" for k in ("helicopter", "helicopters")},
    **{k: "systems" for k in ("system", "systems", "complex", "complexes")},
    **{k: "launchers" for k in ("launcher", "launchers")},
    **{k: "stations" for k in ("station", "stations", "radar", "radars")},
    "chassis": "chassis", **{k: "vehicles" for k in ("vehicle", "vehicles")},
    **{k: "tanks" for k in ("tank", "tanks")}, **{k: "units" for k in ("unit", "units")},
    **{k: "sets" for k in ("set", "sets", "kits")}, **{k: "missiles" for k in ("missile", "missiles")},
    **{k: "drones" for k in ("drone", "drones", "uav", "uavs")}, **{k: "sights" for k in ("sight", "sights")},
    **{k: "ships" for k in ("ship", "ships", "warship", "warships")},
    **{k: "contracts" for k in ("contract", "contracts")}, **{k: "troops" for k in ("troops", "servicemen",
                                                                                        "soldiers", "personnel")},
    **{k: "facilities" for k in ("facility", "facilities", "bases", "base")},
}
UNITS_RU = {fold(k): v for k, v in {
    "дивизион": "divisions", "батальон": "battalions", "батарея": "batteries", "полк": "regiments",
    "бригада": "brigades", "самолёт": "aircraft", "самолет": "aircraft", "истребитель": "aircraft",
    "бомбардировщик": "aircraft", "вертолёт": "helicopters", "вертолет": "helicopters", "комплекс": "systems",
    "система": "systems", "установка": "launchers", "станция": "stations", "рлс": "stations", "шасси": "chassis",
    "машина": "vehicles", "танк": "tanks", "единица": "units", "комплект": "sets", "ракета": "missiles",
    "беспилотник": "drones", "бпла": "drones", "аппарат": "drones", "прицел": "sights", "корабль": "ships",
    "контракт": "contracts", "военнослужащий": "troops", "военный": "troops", "десантник": "troops",
    "объект": "facilities", "база": "facilities",
}.items()}
# modifiers allowed between a number and its system ("four divisions and command post of S-300PS")
QTY_FILLER_EN = {"and", "of", "the", "command", "post", "posts", "more", "additional", "new", "further", "other",
                 "russian", "belarusian", "missile", "air", "defense", "defence", "anti-aircraft", "latest",
                 "modernized", "modernised", "upgraded", "over-the-horizon", "multirole", "short-range",
                 "long-range", "combat", "surface-to-air", "ballistic", "early-warning", "another", "extra",
                 "attack", "reconnaissance", "loitering", "transport", "strike", "utility", "military", "training",
                 "heavy", "light", "armoured", "armored", "fighter", "self-propelled", "radar", "unmanned",
                 "more", "modernised", "ground-based", "wheeled", "tracked", "tactical", "operational-tactical"}

# Exercises, deployments, meetings, agreements ---------------------------------------------
EXERCISE_NOUN = re.compile(r"\b(?:exercises?|drills?|war ?games|maneuvers|manoeuvres|учени\w*|маневр\w*|манёвр\w*)",
                           re.IGNORECASE)
SCALE_NOUNS = [
    ("troops", r"troops|servicemen|soldiers|personnel|service members|military personnel|военнослужащих|человек|"
               r"военных"),
    ("helicopters", r"helicopters|вертол[её]тов|вертол[её]та"),
    ("aircraft", r"aircraft|planes|warplanes|jets|самол[её]тов|самол[её]та|единиц авиационной техники"),
    ("armored_vehicles", r"armou?red vehicles|armou?red fighting vehicles|единиц бронетехники|бронемашин|"
                         r"бронетехники"),
    ("tanks", r"tanks|танков|танка"),
    ("vehicles", r"vehicles|units of (?:military )?(?:hardware|equipment)|pieces of (?:military )?(?:hardware|"
                 r"equipment)|единиц (?:военной |боевой |)техники|единиц вооружения и (?:военной )?техники"),
    ("ships", r"warships|ships|vessels|кораблей|корабля|судов"),
    ("battalions", r"battalions|батальонов|батальона"),
    ("drones", r"drones|uavs|беспилотников|бпла"),
]
SCALE_RE = re.compile(
    r"(?P<approx>(?:about|around|approximately|roughly|some|nearly|almost|over|more than|up to|as many as|at least|"
    r"около|примерно|порядка|более|свыше|до|почти|не менее)\s+)?"
    r"(?P<num>\d{1,3}(?:[ ,\u00a0]\d{3})+|\d+(?:[.,]\d+)?)\s*(?P<mult>тыс\.?|тысяч\w*|thousand|млн)?\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<noun>" + "|".join(f"(?P<{k}>{v})" for k, v in SCALE_NOUNS) + r")\b",
    re.IGNORECASE,
)
EX_FUTURE_EN = re.compile(r"\b(?:will|planned|plan(?:s)? to|scheduled|is to|are to|set to|to be held|upcoming|"
                          r"to take place)\b", re.IGNORECASE)
EX_PAST_EN = re.compile(r"\b(?:held|took place|ended|concluded|completed|kicked off|began|started|are taking place|"
                        r"is taking place|under way|underway|ongoing|conducted|conducting|participated|took part)\b",
                        re.IGNORECASE)
EX_FUTURE_RU = _ru("планировать", "пройти", "провести", "состояться", "начаться", "стартовать", "запланировать",
                   "предстоящий")
EX_PLANNED_RU = _ru("планировать", "запланировать", "предстоящий")
EX_PAST_RU = _ru("завершиться", "закончиться", "проходить", "проводиться", "завершить")
EX_JOINT = re.compile(r"\b(?:joint|two countries|both countries|allies|совместн\w*|двух стран|обеих стран|"
                      r"союзн\w*)\b", re.IGNORECASE)

DEPLOY_EN = re.compile(
    r"\b(?:stationed|deployed|redeployed|based (?:in|at|near)|sent|dispatched|arriv(?:e|es|ed|ing) "
    r"(?:in|at)|relocated|moved to|transferred to|(?:military )?(?:base|facility|facilities|installations?) "
    r"(?:in|at)|host(?:s|ed|ing)?)\b")
DEPLOY_RU = _ru("разместить", "размещать", "размещение", "дислоцировать", "дислоцироваться", "дислокация",
                "развернуть", "развёртывание", "направить", "направлять", "перебросить", "переброска", "прибыть",
                "прибывать", "базироваться", "находиться", "командировать")
TROOPS_EN = re.compile(
    r"\b(?:troops|forces|servicemen|soldiers|personnel|units|battalions?|brigades?|regiments?|divisions?|"
    r"paratroopers|contingent|military facilit(?:y|ies)|facilit(?:y|ies)|bases?|grouping|crews|batter(?:y|ies))\b")
TROOPS_RU = _ru("войско", "войска", "военнослужащий", "подразделение", "батальон", "бригада", "полк", "десантник",
                "контингент", "объект", "база", "группировка", "дивизион", "расчёт", "расчет", "батарея",
                "военный", "часть", "дивизия", "армия", "группа")
MEET_EN = re.compile(r"\b(?:met|meet|meets|meeting|meetings|held talks|talks|visit|visits|visited|visiting|summit|"
                     r"consultations|negotiations|hosted|session)\b")
MEET_RU = _ru("встреча", "встретиться", "встречаться", "переговоры", "визит", "посетить", "посещать", "консультация",
              "саммит", "обсудить", "заседание", "переговор")
MEET_DISCUSS_RU = _ru("обсудить")
MEET_PROCESS_RU = _ru("начаться", "продолжаться", "вестись")
VISIT_EN = re.compile(r"\bvisit(?:s|ed|ing)?\b")
VISIT_RU = _ru("визит", "посетить", "посещать")
PROCESS_EN = re.compile(r"\b(?:in talks|talks (?:on|about|with \w+ on)|opened talks|negotiations (?:on|over))\b")
AGREE_NOUN_EN = re.compile(r"\b(?:agreements?|accords?|treaty|treaties|memorand(?:um|a)|deals?|contracts?|"
                           r"protocols?|road ?maps?|decision)\b")
AGREE_VERB_EN = re.compile(r"\b(?:signed|concluded|reached|inked|struck|ratified|made|adopted|approved)\b")
AGREED_EN = re.compile(r"\bagree(?:d|ing) (?:on|upon|to|that)\b")
# a named accord referred to as existing: "the bilateral agreement on developing military-technical cooperation"
AGREE_REF_EN = re.compile(r"\b(?:the|a|an|bilateral|intergovernmental|\d{4})\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:agreement|treaty|accord|memorandum)\s+(?:on|about)\b")
AGREE_REF_RU = _ru("соглашение", "договор", "меморандум")
AGREE_NOUN_RU = _ru("соглашение", "договор", "договорённость", "договоренность", "контракт", "меморандум",
                    "протокол", "решение")
AGREE_VERB_RU = _ru("подписать", "заключить", "достичь", "ратифицировать", "согласовать", "принять", "подписывать",
                    "заключать")
AGREED_RU = _ru("договориться")
DECISION_RU = _ru("решение")
ADOPT_RU = _ru("принять")
PLAN_NOT_AGREED_RU = RU_PLAN - _ru("договориться", "решить")
CONTRACT_NOUNS_RU = _ru("контракт", "соглашение", "договор")

REPORT_EN = re.compile(
    r"\b(?:said|says|say|told|tells|stated|stressed|noted|notes|added|explained|announced|confirmed|reported|warned|"
    r"claimed|insisted|emphasi[sz]ed|pointed out|indicated|specified|argued|declared|remarked|recalled|reminded|"
    r"underlined|considered|made clear|according to|as quoted by|quoted|cited|denied|refuted|pledged|"
    r"wrote|writes|informed)\b")
REPORT_RU = _ru("сообщить", "заявить", "отметить", "сказать", "рассказать", "добавить", "подчеркнуть", "пояснить",
                "уточнить", "говорить", "напомнить", "заявлять", "сообщать", "констатировать", "заверить",
                "утверждать", "объявить", "говориться", "цитата", "сообщаться", "отмечать", "информировать",
                "словам", "слово", "данные", "согласно")
# what may stand between a reporting verb and "that": "said in a statement last month that"
FRAME_GAP = re.compile(
    r"(?:\s+(?:out|on|in|at|a|an|the|to|statement|interview|briefing|press|conference|reporters|journalists|"
    r"last|this|earlier|also|then|recently|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|журналистам|в|на|также|ранее|[A-Z][a-z]+|\d+|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]|июн\w*|"
    r"июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)){0,6}\s*,?\s*(that|что|чтобы|:)\b",
    re.IGNORECASE)
MEDIA_KINDS = {"media"}
CLAUSE_CUT = re.compile(r";|\.\s+(?=[A-ZА-ЯЁ«\"])|,\s+(?:while|whereas|but|although|а|но|однако|тогда как|"
                        r"в то время как|which|котор\w+)\s|\s+(?:while|whereas)\s")
RELATIVE_CUT = re.compile(r"(?i)which|котор")
PREV_BOUNDARY = re.compile(r"[,;:«»“”\"]\s*[-–—]?\s*|\s[-–—]\s")
COORDINATION = re.compile(r"\s*(?:и|and|,|or|или)\s*(?:the\s+)?")
PREP_GAP_STOP = re.compile(r"[,;:()]")
COUNTRY_NAME_ITSELF = re.compile(r"(?i)^(?:russia|belarus|беларусь|россия)$")
PRESENT_VERBS_EN = frozenset(("plans", "intends", "considers", "discusses", "negotiates", "remains", "receives", "gets",
                              "supplies", "delivers", "expects", "wants", "needs", "seeks"))
PAST_FORM_EN = re.compile(r"\w+ed")
NUMBER_GAP_STOP = re.compile(r"[;()]|,(?!\d)")
NUMBER_GAP_END = re.compile(r"[.:]\s")
ARTICLE_AT_END = re.compile(r"\ban?\s*$")
VERB_FORM_EN = re.compile(r"\w+(?:ed|ing)")
DIGITS = re.compile(r"\d+")
# words every match of these (lowercase, case-sensitive) patterns contains: quick to rule a sentence out
SENTENCE_LITERALS = {
    MEET_EN: ("met", "meet", "talks", "visit", "summit", "consultations", "negotiations", "hosted", "session"),
    DEPLOY_EN: ("stationed", "deployed", "base", "sent", "dispatched", "arriv", "relocated", "moved to",
                "transferred to", "facilit", "installation", "host"),
    AGREED_EN: ("agree",),
    AGREE_NOUN_EN: ("agreement", "accord", "treat", "memorand", "deal", "contract", "protocol", "road", "decision"),
}

# A capital city standing for its state ("Minsk signed a contract"). The
# knowledge base has no capital attribute; until it does, the metonymy lives here.
METONYMS = {"place:minsk": "country:belarus", "place:moscow": "country:russia", "place:kyiv": "country:ukraine",
            "place:kiev": "country:ukraine", "place:warsaw": "country:poland", "place:vilnius": "country:lithuania",
            "place:washington": "country:usa", "place:beijing": "country:china"}
PRONOUNS_1P = {"we", "us", "our", "ours", "мы", "нас", "нам", "наш", "наша", "наши", "нашей", "нашего", "нашим",
               "нашу", "нами"}


# --- per-document context ---------------------------------------------------------------

@dataclass(slots=True)
class Tok:
    i: int
    start: int
    stop: int
    text: str
    low: str
    keys: frozenset
    cyr: bool = False


@dataclass
class Ref:
    """A country as the sentence presents it: a name, an adjective, an organization, a capital, 'we'."""
    start: int
    stop: int
    country: Optional[str]
    entity: str
    via: str  # name | adj | org | place | pronoun | person
    tok: int = 0
    prep: Optional[str] = None  # from | to | for | with | by | in | of | None
    cases: frozenset = frozenset()
    actor: bool = False  # stands for a state's army, ministry, customers...
    weapon: bool = False  # modifies a weapon noun or a system: the origin
    supplied: bool = False  # "Russia-supplied", "Russian-made"
    paren: bool = False  # inside parentheses: an aside (the maker, an abbreviation), never a party


@dataclass
class Clause:
    start: int
    stop: int


@dataclass
class Sent:
    index: int
    start: int
    stop: int
    text: str
    low: str
    toks: list
    mentions: list
    frames: list  # (start, stop) of reporting frames
    clauses: list
    refs: list = field(default_factory=list)
    stops: list = field(default_factory=list)  # token stop offsets, for tok_at
    spans: dict = field(default_factory=dict)  # (lo, hi) -> tokens starting in [lo, hi)


class _Doc:
    def __init__(self, a):
        self.a = a
        self.text = a.document.text
        self.lang = a.document.lang or ("ru" if has_cyrillic(self.text[:2000]) else "en")
        self.ru = self.lang == "ru"
        _quoted_systems(a, self.text)
        self.cue_cache: dict = {}
        self.made_in = any(w in self.text for w in ("made in", "produced in", "manufactured in", "built in"))
        by_sent: dict = {}
        for m in a.mentions:
            if m.key:
                by_sent.setdefault(m.sentence, []).append(m)
        self.sents: list[Sent] = []
        for s in a.sentences:
            toks = []
            base = s.start
            # a word with Cyrillic letters gets its lemma keys, any other word itself (see _word).
            # A token starts with a letter or digit, and the text between tokens has none, so a token is the
            # first occurrence of its text after the previous token.
            pos = 0
            find = s.text.find
            for j, w in enumerate(TOKEN.findall(s.text)):
                p = find(w, pos)
                pos = p + len(w)
                low, keys, cyr = _word(w)
                toks.append(Tok(j, base + p, base + pos, w, low, keys, cyr))
            sent = Sent(s.index, s.start, s.stop, s.text, s.text.lower(), toks,
                        sorted(by_sent.get(s.index, []), key=_START), [], [])
            sent.stops = [t.stop for t in toks]
            sent.frames = self._frames(sent)
            sent.clauses = self._clauses(sent)
            self.sents.append(sent)
        for sent in self.sents:
            sent.refs = self._refs(sent)
        self.dyad = self._dyad()
        self.origins = self._doc_origins()
        self.memory: dict = {}  # system family -> (supplier, recipient) stated outright in the document

    # --- entities ----------------------------------------------------------------------

    def entity(self, key):
        ent = self.a.entities.get(key)
        if ent is None:
            from bellink.ingest import kb as kbmod

            ent = kbmod.load().entities.get(key)
        return ent

    def name(self, key) -> str:
        ent = self.entity(key)
        return ent.name if ent else key.split(":", 1)[-1]

    def short(self, key) -> str:
        """Surname for people, name otherwise."""
        n = self.name(key)
        return n.split()[-1] if key.startswith("person:") and " " in n else n

    def country_of(self, key) -> Optional[str]:
        if key.startswith("country:"):
            return key
        if key in METONYMS:
            return METONYMS[key]
        ent = self.entity(key)
        c = ent.attrs.get("country") if ent else None
        return f"country:{c}" if c and ":" not in c else c

    def family(self, key) -> str:
        ent = self.entity(key)
        fam = ent.attrs.get("family") if ent else None
        return f"weapon_system:{fam}" if fam else key

    def category(self, key) -> Optional[str]:
        ent = self.entity(key)
        if not ent:
            return None
        if ent.attrs.get("category"):
            return ent.attrs["category"]
        fam = self.entity(self.family(key))
        return fam.attrs.get("category") if fam else None

    def maker_country(self, key) -> Optional[str]:
        """The country of the system's maker in the knowledge base (the family's when the variant has none)."""
        for k in (key, self.family(key)):
            ent = self.entity(k)
            if not ent:
                continue
            if ent.attrs.get("country"):
                return f"country:{ent.attrs['country']}"
            maker = ent.attrs.get("maker")
            if maker:
                c = self.country_of(f"organization:{maker}")
                if c:
                    return c
        return None

    # --- sentence structure -------------------------------------------------------------

    def _frames(self, sent: Sent) -> list:
        """Spans of the sentence that attribute it ("..., Ravkov said"; "Голуб сообщил, что")."""
        text = sent.text
        cues = []
        for m in REPORT_EN.finditer(sent.low):
            cues.append((m.start(), m.end()))
        for t in sent.toks:
            if t.cyr and t.keys & REPORT_RU:
                cues.append((t.start - sent.start, t.stop - sent.start))
        frames = []
        for cs, ce in cues:
            word = text[cs:ce].lower()
            # "по словам X," / "according to X," / "по данным X,": the frame runs to the next comma
            if word in ("according to", "словам", "данным", "согласно", "as quoted by") or \
                    text[max(0, cs - 3):cs].lower().strip() == "по":
                end = _next_boundary(text, ce)
                frames.append((sent.start + max(0, cs - 3), sent.start + end))
                continue
            m_that = FRAME_GAP.match(text[ce:ce + 80])
            seg_start = _prev_boundary(text, cs)
            before = text[seg_start:cs]
            if m_that:
                frames.append((sent.start, sent.start + ce + m_that.end()))
                continue
            tail_start = seg_start
            content_before = len(TOKEN.findall(text[:seg_start])) >= 5
            # a tail attribution: after a comma, a dash or a closing quote, running to the sentence end
            if content_before and len(TOKEN.findall(before)) <= 8 and not re.search(r"[,;:]", text[ce:]):
                frames.append((sent.start + tail_start, sent.stop))
            elif content_before and len(TOKEN.findall(before)) <= 8:
                frames.append((sent.start + tail_start, sent.start + _next_boundary(text, ce)))
            elif len(TOKEN.findall(text[:cs])) <= 10:
                # "Russia's Deputy FM says the Belarusian armed forces received ..."
                frames.append((sent.start, sent.start + ce))
        return frames

    def _clauses(self, sent: Sent) -> list:
        text = sent.text
        cuts = [0]
        for m in CLAUSE_CUT.finditer(text):
            cuts.append(m.start() + (1 if text[m.start()] in ";." else 0))
            if RELATIVE_CUT.search(m.group()):
                # a non-restrictive relative clause ends at its closing comma
                close = text.find(",", m.end())
                if close > 0:
                    cuts.append(close)
        cuts = sorted(set(cuts))
        cuts.append(len(text))
        out = []
        for a_, b_ in zip(cuts, cuts[1:]):
            if b_ > a_:
                out.append(Clause(sent.start + a_, sent.start + b_))
        return out or [Clause(sent.start, sent.stop)]

    def sentence_has(self, sent: Sent, rx: re.Pattern) -> bool:
        """Does ``rx`` match the lowercased sentence? Clauses are stretches of their sentence cut at punctuation
        or spaces, so for a pattern with no lookaround a clause can match only where its sentence does."""
        key = (rx.pattern, sent.index)
        got = self.cue_cache.get(key)
        if got is None:
            low = sent.low
            got = self.cue_cache[key] = any(w in low for w in SENTENCE_LITERALS.get(rx, ("",))) and \
                rx.search(low) is not None
        return got

    def in_frame(self, sent: Sent, start: int, stop: Optional[int] = None) -> bool:
        if not sent.frames:
            return False
        stop = start + 1 if stop is None else stop
        for fs, fe in sent.frames:
            if fs <= start and stop <= fe:
                return True
        return False

    def clause_of(self, sent: Sent, pos: int) -> Clause:
        for c in sent.clauses:
            if c.start <= pos < c.stop:
                return c
        return sent.clauses[-1]

    def tok_at(self, sent: Sent, pos: int) -> int:
        """The token at ``pos``, else the first one after it, else the last one."""
        # tokens do not overlap, so that is the first token ending after pos
        i = bisect_right(sent.stops, pos)
        return i if i < len(sent.toks) else len(sent.toks) - 1

    def toks_in(self, sent: Sent, lo: int, hi: int) -> list:
        """Tokens of ``sent`` that start in [lo, hi), in order."""
        key = (lo, hi)
        got = sent.spans.get(key)
        if got is None:
            toks = sent.toks
            i = bisect_right(sent.stops, lo)
            j = i
            while j < len(toks) and toks[j].start < hi:
                j += 1
            while i < j and toks[i].start < lo:
                i += 1
            got = sent.spans[key] = toks[i:j]
        return got

    # --- countries in a sentence ----------------------------------------------------------

    def _refs(self, sent: Sent) -> list:
        refs: list[Ref] = []
        covered = []
        for m in sent.mentions:
            c = None
            via = None
            if m.type == "country":
                c, via = m.key, ("adj" if _is_adjective(m.text) else "name")
            elif m.type == "organization":
                ent = self.entity(m.key)
                if ent and ent.attrs.get("kind") in MEDIA_KINDS:
                    continue
                c, via = self.country_of(m.key), "org"
            elif m.type == "place" and m.key in METONYMS:
                c, via = METONYMS[m.key], "place"
            elif m.type == "military_unit":
                c, via = self.country_of(m.key), "org"
            if c is None or via is None:
                continue
            refs.append(Ref(m.start, m.stop, c, m.key, via))
            covered.append((m.start, m.stop))
        # hyphenated compounds: "Russia-supplied", "Russian-made", "российско-белорусский"
        for t in sent.toks:
            if not ("-" in t.text or "‑" in t.text or t.low in PRONOUNS_1P):
                continue
            if any(s <= t.start < e for s, e in covered):
                continue
            if "-" in t.text or "‑" in t.text:
                parts = re.split(r"[-‑]", t.text)
                tail = parts[-1].lower()
                head_c = self._country_word(parts[0])
                if head_c and tail in SUPPLIED_SUFFIX:
                    refs.append(Ref(t.start, t.stop, head_c, head_c, "adj", supplied=True, weapon=True))
                    continue
                cs = [self._country_word(p) for p in parts]
                if len(parts) >= 2 and all(cs):
                    for c in dict.fromkeys(cs):
                        refs.append(Ref(t.start, t.stop, c, c, "adj"))
                continue
            if t.low in PRONOUNS_1P:
                c = self._speaker_country(sent, t.start)
                if c:
                    refs.append(Ref(t.start, t.stop, c, c, "pronoun"))
        # "российского производства" / "made in Russia"
        for m in (MADE_IN.finditer(sent.text) if self.made_in else ()):
            for r in refs:
                if r.start - sent.start == m.end():
                    r.supplied = True
        refs.sort(key=_START)
        for r in refs:
            r.tok = self.tok_at(sent, r.start)
            before = self.text[sent.start:r.start]
            r.paren = before.count("(") > before.count(")")
            if r.via == "org":
                r.actor = True
            self._syntax(sent, r)
        # coordination shares the first conjunct's role: "министры обороны России и Белоруссии", "to Russia and Belarus"
        for prev, r in zip(refs, refs[1:]):
            if COORDINATION.fullmatch(self.text[prev.stop:r.start]) and r.prep is None \
                    and r.via == prev.via:
                r.prep, r.actor = prev.prep, prev.actor or r.actor
                if prev.cases and self.ru:
                    r.cases = prev.cases
        return refs

    def _country_word(self, word: str) -> Optional[str]:
        return _country_word(word)

    def _speaker_country(self, sent: Sent, pos: int) -> Optional[str]:
        for st in self.a.statements:
            if st.start <= pos < st.stop and st.speaker:
                c = self.country_of(st.speaker)
                if c:
                    return c
        # the attribution in the sentence (or the next one, for a quote running on)
        for s in (sent, *(x for x in self.sents[sent.index + 1:sent.index + 3])):
            for m in s.mentions:
                if m.type in ("person", "organization") and self.in_frame(s, m.start, m.stop):
                    c = self.country_of(m.key)
                    if c:
                        return c
            if s.frames:
                break
        return None

    def _syntax(self, sent: Sent, r: Ref) -> None:
        """Preposition, case, and what the country modifies."""
        toks = sent.toks
        i = r.tok
        j_end = self.tok_at(sent, r.stop - 1) if r.stop > r.start else i
        nxt = toks[j_end + 1:j_end + 5]
        if r.via == "adj":
            # what the adjective modifies: an actor ("Belarusian armed forces") or a weapon ("Russian S-400")
            for t in nxt:
                if self._is_system_at(sent, t.start):
                    r.weapon = True
                    break
                if self._actor_word(t):
                    r.actor = True
                    break
                if self._weapon_word(t):
                    r.weapon = True
                    break
                if not self._modifier_word(t):
                    break
            if not r.actor and not r.weapon:
                r.actor = True  # "the Belarusian side", "белорусским" + unknown noun: treat as the state
        head = i
        if r.via in ("name", "org", "place") and self.ru:
            # a genitive country after its head noun: "Министерство обороны Белоруссии", "армии России"
            k = i - 1
            steps = 0
            while k >= 0 and steps < 3 and self._ru_genitive_chain(toks[k]):
                if toks[k].keys & ACTOR_RU:
                    head = k
                    r.actor = True
                k -= 1
                steps += 1
        elif r.via in ("name", "org", "adj") and not self.ru:
            # "the armed forces of Belarus", "the troops of the Russian Aerospace Forces": the head noun's role
            k = i - 1
            while k >= 0 and toks[k].low in ("the", "its", "their"):
                k -= 1
            if k >= 1 and toks[k].low == "of" and (r.via != "adj" or r.actor):
                k -= 1
                while k >= 0 and toks[k].low in ("the",):
                    k -= 1
                if k >= 0 and (toks[k].low in ACTOR_EN | {"territory"} or
                               re.fullmatch(r"(?:troops|forces|units|army|crews)", toks[k].low)):
                    head = k
                    r.actor = True
                    while head - 1 >= 0 and (self._modifier_word(toks[head - 1]) or toks[head - 1].low in ACTOR_EN
                                             or toks[head - 1].low.endswith("-technical")):
                        head -= 1
        r.prep, r.cases = self._prep(sent, head if head != i else i, r)
        if r.via == "adj" and self.ru:
            # the case of the head noun decides ("российским заказчикам" is dative)
            for t in nxt:
                if self._actor_word(t) or self._weapon_word(t):
                    r.cases = _cases(t.text)
                    break

    def _ru_genitive_chain(self, t: Tok) -> bool:
        if not t.cyr:
            return t.text.isupper()  # "ВВС", "ПВО"
        cases = _cases(t.text)
        return bool(cases & {"gent", "nomn", "accs", "datv", "loct", "ablt"}) and _is_noun(t.text)

    def _prep(self, sent: Sent, i: int, r: Ref):
        toks = sent.toks
        k = i - 1
        skipped = 0
        while k >= 0 and skipped < 4:
            t = toks[k]
            gap = sent.text[t.stop - sent.start:toks[k + 1].start - sent.start]
            if PREP_GAP_STOP.search(gap):
                break
            if self.ru or t.cyr:
                w = t.low
                if w in ("из", "от", "у"):
                    return "from", frozenset()
                if w in ("в", "во", "на"):
                    target = toks[i]
                    cases = _cases(target.text) if target.cyr else frozenset()
                    if "accs" in cases and "loct" not in cases:
                        return "to", cases
                    return "in", cases
                if w in ("для", "к"):
                    return "for", frozenset()
                if w in ("с", "со", "между"):
                    return "with", frozenset()
                if w in ("по", "о", "об", "против"):
                    return "other", frozenset()
                if _is_adj(t.text) or t.low in ("и",) or self._country_word(t.text):
                    k -= 1
                    skipped += 1
                    continue
                break
            w = t.low
            if w in ("from",):
                return "from", frozenset()
            if w in ("to", "into", "towards"):
                return "to", frozenset()
            if w == "for":
                return "for", frozenset()
            if w in ("with", "between"):
                return "with", frozenset()
            if w == "by":
                return "by", frozenset()
            if w in ("in", "at", "inside", "within", "on", "across", "near"):
                return "in", frozenset()
            if w in ("of", "against", "about", "over", "on", "like", "than", "toward"):
                return "other", frozenset()
            if w in ("the", "a", "an", "its", "their", "his", "her", "our", "allied", "neighbouring", "neighboring",
                     "fellow", "friendly", "both", "and", "other", "latest", "new", "modern") or \
                    self._country_word(t.text) or (t.text[:1].isupper() and k > 0 and r.via == "adj"):
                k -= 1
                skipped += 1
                continue
            break
        cases = frozenset()
        if toks[i].cyr:
            cases = _cases(toks[i].text)
        return None, cases

    def _is_system_at(self, sent: Sent, pos: int) -> bool:
        return any(m.type == "weapon_system" and m.start <= pos < m.stop for m in sent.mentions)

    def _actor_word(self, t: Tok) -> bool:
        if t.cyr or t.text.isupper() and self.ru:
            return bool(t.keys & ACTOR_RU) or t.text in ("ВВС", "ВС", "ПВО", "ВКС", "МО")
        return t.low in ACTOR_EN

    def _weapon_word(self, t: Tok) -> bool:
        if t.cyr:
            return bool(t.keys & WEAPON_RU)
        return bool(WEAPON_EN.match(t.low))

    def _modifier_word(self, t: Tok) -> bool:
        if t.cyr:
            return _is_adj(t.text)
        return t.low in QTY_FILLER_EN or t.low.endswith(("-range", "-based", "-made", "-built")) or \
            t.low in ("the", "latest", "new", "modern", "advanced", "armed")

    # --- document-level knowledge ----------------------------------------------------------

    def _dyad(self) -> list:
        counts: dict = {}
        for s in self.sents:
            for r in s.refs:
                if r.country:
                    counts[r.country] = counts.get(r.country, 0) + 1
        top = sorted(counts.items(), key=lambda kv: -kv[1])
        return [k for k, _ in top[:2]] if len(top) >= 2 and top[1][1] >= 1 else []

    def _doc_origins(self) -> dict:
        """System family -> country, from adjectives that modify one of its mentions anywhere in the article."""
        out: dict = {}
        for s in self.sents:
            for r in s.refs:
                if not (r.weapon or r.supplied) or self.in_frame(s, r.start):
                    continue
                for m in s.mentions:
                    if m.type == "weapon_system" and 0 <= m.start - r.stop <= 60 and \
                            not re.search(r"[,;.]", self.text[r.stop:m.start]):
                        out.setdefault(self.family(m.key), r.country)
                        out.setdefault(m.key, r.country)
                        break
        return out


MADE_IN = re.compile(r"\b(?:made|produced|manufactured|built) in\s+")
QUOTED_SYSTEM = re.compile(
    r"(?P<head>\b(?:комплекс|систем|РЛС|станци|беспилотник|БПЛА|прицел|самол[её]т|вертол[её]т|ЗРК|ЗРС|ОТРК|РСЗО|"
    r"шасси|ракет|аппарат|тягач|бронетранспорт|БТР|БМП|system|radar|drone|UAV|sight|complex|launcher|vehicle|"
    r"missile)\w*)(?:\s+[а-яёa-z-]+){0,2}\s+[«\"“](?P<name>[A-ZА-ЯЁ][\w-]{1,20}(?:[ -][\w-]{1,15}){0,2})[»\"”]")


# the end of a QUOTED_SYSTEM match (quick to look for: it begins with a quotation mark)
QUOTED_NAME = re.compile(r"[«\"“][A-ZА-ЯЁ][\w-]{1,20}(?:[ -][\w-]{1,15}){0,2}[»\"”]")


_KB_SYSTEM_NAMES: dict = {}


def _kb_system_names(base) -> dict:
    """Folded name or alias -> weapon system, for a loaded knowledge base (built once; a loaded base does not
    change)."""
    got = _KB_SYSTEM_NAMES.get(id(base))
    if got is None or got[0] is not base:
        known: dict = {}
        for e in base.by_type("weapon_system"):
            for n in {e.name, e.name_ru or "", *e.aliases}:
                if n:
                    known.setdefault(fold(n), e)
        got = _KB_SYSTEM_NAMES[id(base)] = (base, known)
    return got[1]


def _quoted_systems(a, text: str) -> None:
    """Systems named in quotes after a weapon noun («Сосна-У» sights) that the entity stage did not catch.

    The entity stage's designation pattern wants a digit ("Грач-4"); a name like "Сосна-У" is only
    recognizable by the noun in front of it. This belongs in entities.py; until it is there, the
    events stage adds the mention so a delivery of it can point to a system.
    """
    from bellink.ingest import kb as kbmod
    from bellink.ingest.model import Entity, Mention
    from bellink.names import transliterate

    taken = [(m.start, m.stop) for m in a.mentions]
    known = None
    matches = QUOTED_SYSTEM.finditer(text) if QUOTED_NAME.search(text) else ()
    for mt in matches:
        start, stop = mt.span("name")
        if any(s_ < stop and start < e_ for s_, e_ in taken):
            continue
        name = mt.group("name")
        if name.lower() in ("тор",) or len(name) < 3:
            continue
        if known is None:
            known = _kb_system_names(kbmod.load())
        ent = known.get(fold(name))
        if ent is None:
            en = transliterate(name) if has_cyrillic(name) else name
            ent = a.entities.get(f"weapon_system:{fold(en)}") or Entity(
                key=f"weapon_system:{fold(en)}", name=en, type="weapon_system",
                name_ru=name if has_cyrillic(name) else None, aliases={name}, source="discovered")
        a.entities.setdefault(ent.key, ent)
        sent = a.sentence_at(start).index
        a.mentions.append(Mention(start, stop, name, "weapon_system", ent.key, sent, "pattern", 0.6))
        taken.append((start, stop))
    a.mentions.sort(key=_START)


@lru_cache(maxsize=1)
def _country_names() -> dict:
    from bellink.ingest import kb as kbmod

    out = {}
    for ent in kbmod.load().by_type("country"):
        for n in (ent.name, ent.name_ru or ""):
            if n:
                out.setdefault(fold(n), ent.key)
    return out


@lru_cache(maxsize=20_000)
def _country_word(word: str) -> Optional[str]:
    """A country from one word: an adjective ("Russian", "белорусский") or a name ("Russia", "России")."""
    if not word or not (word[:1].isupper() or has_cyrillic(word)):
        return country_of_adjective(word) if word else None
    c = country_of_adjective(word)
    if c:
        return c
    if has_cyrillic(word) and word.lower().endswith("о") and len(word) > 5:
        # the combining form of a compound: "белорусско-российский", "российско-белорусский"
        c = country_of_adjective(word[:-1] + "ий")
        if c:
            return c
    names = _country_names()
    if fold(word) in names:
        return names[fold(word)]
    if has_cyrillic(word):
        for k in token_keys(word):
            if k in names:
                return names[k]
    return None


@lru_cache(maxsize=200_000)
def _word(w: str) -> tuple:
    """(lowercase, keys, Cyrillic?) of a token: a Cyrillic word's keys are its lemmas (token_keys), any other
    word's its lowercase form."""
    low = w.lower()
    if has_cyrillic(w):
        return low, token_keys(w), True
    return low, frozenset((low,)), False


@lru_cache(maxsize=100_000)
def _parses(word: str):
    return _parse(word.lower())[:4]


@lru_cache(maxsize=100_000)
def _cases(word: str) -> frozenset:
    out = set()
    for p in _parses(word):
        if p.tag.case:
            out.add(p.tag.case)
    return frozenset(out)


@lru_cache(maxsize=100_000)
def _is_adj(word: str) -> bool:
    if not has_cyrillic(word):
        return False
    ps = _parses(word)
    return bool(ps) and ps[0].tag.POS in ("ADJF", "PRTF", "NUMR", "ADJS")


@lru_cache(maxsize=100_000)
def _is_noun(word: str) -> bool:
    ps = _parses(word)
    return bool(ps) and ps[0].tag.POS == "NOUN"


@lru_cache(maxsize=100_000)
def _verb_info(word: str) -> tuple:
    """(POS, tense, voice-ish) of a Russian word's likeliest verbal reading."""
    for p in _parses(word):
        if p.tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND"):
            return _s(p.tag.POS), _s(p.tag.tense), _s(p.tag.voice)
    ps = _parses(word)
    return (_s(ps[0].tag.POS) if ps else None), None, None


def _s(x) -> Optional[str]:
    return str(x) if x is not None else None


def _is_adjective(text: str) -> bool:
    w = text.split()[0] if text.split() else text
    return bool(country_of_adjective(w)) and not COUNTRY_NAME_ITSELF.match(w)


def _next_boundary(text: str, pos: int) -> int:
    m = re.search(r"[,;:](?!\d)", text[pos:])
    return pos + m.start() if m else len(text)


def _prev_boundary(text: str, pos: int) -> int:
    best = 0
    for m in PREV_BOUNDARY.finditer(text[:pos]):
        best = m.end()
    return best


# --- cues in a clause ----------------------------------------------------------------------

@dataclass
class Cue:
    start: int
    stop: int
    text: str
    stage: Optional[str]
    side: str
    tok: int


def _ordered_seq(*words):
    return tuple(fold(w) for w in words)


RU_IN_SERVICE_SEQ = [
    _ordered_seq("принять", "на", "вооружение"), _ordered_seq("поступить", "на", "вооружение"),
    _ordered_seq("встать", "на", "вооружение"), _ordered_seq("поступать", "на", "вооружение"),
    _ordered_seq("принимать", "на", "вооружение"), _ordered_seq("заступить", "на", "боевой", "дежурство"),
    _ordered_seq("поставить", "на", "боевой", "дежурство"), _ordered_seq("нести", "боевой", "дежурство"),
    _ordered_seq("ввести", "в", "строй"), _ordered_seq("ввести", "в", "эксплуатация"),
]


RU_IN_SERVICE_FIRST = frozenset(seq[0] for seq in RU_IN_SERVICE_SEQ)


def _transfer_cues_ru(d: _Doc, sent: Sent, clause: Clause) -> list:
    out = []
    toks = d.toks_in(sent, clause.start, clause.stop)
    n = 0
    while n < len(toks):
        t = toks[n]
        keys = t.keys
        matched = False
        if not keys.isdisjoint(RU_IN_SERVICE_FIRST):
            for seq in RU_IN_SERVICE_SEQ:
                if n + len(seq) <= len(toks) and all(seq[x] in toks[n + x].keys for x in range(len(seq))):
                    last = toks[n + len(seq) - 1]
                    out.append(Cue(t.start, last.stop, d.text[t.start:last.stop], "in_service", "receive", t.i))
                    n += len(seq)
                    matched = True
                    break
        if matched:
            continue
        if t.cyr and not keys.isdisjoint(TRANSFER_KEYS_RU):
            hit = next((RU_TRANSFER[k] for k in keys if k in RU_TRANSFER), None)
            if hit:
                out.append(Cue(t.start, t.stop, t.text, hit[0], hit[1], t.i))
        n += 1
    return out


# a literal each cue needs, so a clause is scanned only with the cues that can occur in it
EN_TRANSFER_KEYS = [("servic", "inventory"), ("duty",), ("servic",), ("commission",), ("delivery",), ("hand",),
                    ("deliver",), ("delivering",), ("deliver",), ("suppl",), ("supplying",), ("supplied",),
                    ("transfer",), ("ship",), ("sold", "sell"), ("sale", "selling"), ("export",), ("provid",),
                    ("receiv",), ("got", "obtain"), ("arriv",), ("acquir",), ("acqui",), ("purchas",),
                    ("purchasing",), ("buy", "bought"), ("buying",), ("procure",), ("procurement",), ("ordered",),
                    ("order",), ("import",), ("contract",), ("due",), ("station",), ("deploy",)]
assert len(EN_TRANSFER_KEYS) == len(EN_TRANSFER)
# each literal once, with the cues that need it
EN_TRANSFER_LITERALS = {k: tuple(i for i, keys in enumerate(EN_TRANSFER_KEYS) if k in keys)
                        for k in sorted({k for keys in EN_TRANSFER_KEYS for k in keys})}


EN_TRANSFER_RX = [re.compile(rx) for rx, _, _ in EN_TRANSFER]


def _en_transfer_matches(seg: str, indices: tuple) -> list:
    """(start, end, index) of each match of the alternation of the EN_TRANSFER patterns ``indices`` (in that
    order) over ``seg``, as finditer would find them, without compiling the alternation: at the leftmost
    position where any of them matches, the first of those patterns wins, and the scan resumes at its end."""
    out = []
    pos = 0
    nxt = {i: EN_TRANSFER_RX[i].search(seg) for i in indices}
    while True:
        best = best_i = None
        for i in indices:
            m = nxt[i]
            if m is None:
                continue
            if m.start() < pos:
                m = nxt[i] = EN_TRANSFER_RX[i].search(seg, pos)
                if m is None:
                    continue
            if best is None or m.start() < best.start():
                best, best_i = m, i
        if best is None:
            return out
        out.append((best.start(), best.end(), best_i))
        pos = best.end()  # no pattern matches an empty string


EN_COMPOUND_SUPPLIED = re.compile(r"\b\w+[-‑](?:supplied|delivered)\b")


def _cues(d: _Doc, sent: Sent, clause: Clause) -> list:
    key = (clause.start, clause.stop)
    if key not in d.cue_cache:
        d.cue_cache[key] = _transfer_cues_ru(d, sent, clause) if d.ru else _cues_en(d, sent, clause)
    return d.cue_cache[key]


def _cues_en(d: _Doc, sent: Sent, clause: Clause) -> list:
    out = []
    if not d.sentence_has(sent, EN_TRANSFER_QUICK):
        return out
    seg = d.text[clause.start:clause.stop].lower()
    if not EN_TRANSFER_QUICK.search(seg):
        return out
    taken = []
    for m in EN_COMPOUND_SUPPLIED.finditer(seg):
        s, e = clause.start + m.start(), clause.start + m.end()
        taken.append((s, e))
        out.append(Cue(s, e, d.text[s:e], "delivered", "theme", d.tok_at(sent, s)))
    present = set()
    for k, idx in EN_TRANSFER_LITERALS.items():
        if k in seg:
            present.update(idx)
    indices = tuple(sorted(present))
    for ms, me, i in _en_transfer_matches(seg, indices):
        s, e = clause.start + ms, clause.start + me
        if any(s < te and ts < e for ts, te in taken):
            continue
        _, stage, side = EN_TRANSFER[i]
        taken.append((s, e))
        out.append(Cue(s, e, d.text[s:e], stage, side, d.tok_at(sent, s)))
    out.sort(key=_START)
    return out


# --- stage, negation, conditions ---------------------------------------------------------------

HYPOTHETICAL = re.compile(r"(?i)\b(?:if|unless|in case|in the event|если|в случае)\b")


def _hyp_spans(d: _Doc, sent: Sent, clause: Clause) -> tuple:
    """Conditional sub-clauses: from "if"/"если" to the next comma (or the clause end)."""
    key = ("hyp", clause.start, clause.stop)
    got = d.cue_cache.get(key)
    if got is not None:
        return got
    # a clause is a stretch of its sentence cut at punctuation or spaces: no match in the sentence, none in it
    skey = ("hyp_sentence", sent.index)
    if skey not in d.cue_cache:
        d.cue_cache[skey] = HYPOTHETICAL.search(sent.text) is not None
    if not d.cue_cache[skey]:
        got = d.cue_cache[key] = ()
        return got
    spans = []
    seg = d.text[clause.start:clause.stop]
    for m in HYPOTHETICAL.finditer(seg):
        s = clause.start + m.start()
        c = seg.find(",", m.end())
        e = clause.start + (c if c >= 0 else len(seg))
        spans.append((s, e))
    got = d.cue_cache[key] = tuple(spans)
    return got


def _window(sent: Sent, i: int, n: int) -> list:
    return sent.toks[max(0, i - n):i]


def _negated(d: _Doc, sent: Sent, clause: Clause, positions: list) -> Optional[str]:
    for i in positions:
        for t in _window(sent, i, 4):
            if t.start < clause.start:
                continue
            if t.low in EN_NEG or t.low.endswith("n't") or (t.cyr and t.keys & RU_NEG):
                return t.text
    head = d.text[clause.start:min(sent.toks[positions[0]].start, clause.stop)] if positions else ""
    if not d.ru and EN_DENY.search(head.lower()):
        return EN_DENY.search(head.lower()).group()
    if d.ru:
        for t in sent.toks:
            if t.start < (sent.toks[positions[0]].start if positions else 0) and t.keys & RU_DENY:
                return t.text
    if not d.ru:
        for t in sent.toks:
            if positions and t.start < sent.toks[positions[0]].start and t.low in ("denied", "refuted", "denies"):
                return t.text
    return None


def _modal(d: _Doc, sent: Sent, clause: Clause, i: int) -> Optional[str]:
    for t in _window(sent, i, 4):
        if t.start < clause.start:
            continue
        if t.low in EN_MODAL or (t.cyr and (t.keys & RU_MODAL or t.low == "бы")):
            return t.text
    return None


def _tense_en(sent: Sent, cue: Cue, clause: Clause) -> str:
    """future | present | past | none, from the auxiliaries just before the cue."""
    win = [t for t in _window(sent, cue.tok, 4) if t.start >= clause.start]
    lows = [t.low for t in win]
    if len(lows) >= 2 and lows[-1] == "to" and lows[-2] in ("deal", "contract", "agreement", "accord", "decision",
                                                            "licence", "license", "permission", "right"):
        lows = lows[:-1]  # "the deal to supply ... was signed": the deal's content, not a plan
    if any(w in ("will", "shall", "'ll", "would") for w in lows) or (lows and lows[-1] == "to") or \
            (len(lows) >= 2 and lows[-2:] == ["to", "be"]) or re.search(r"\b(?:is|are) to be\b", " ".join(lows)):
        return "future"
    if any(w in ("has", "have", "is", "are", "am", "being") for w in lows):
        return "present"
    if any(w in ("was", "were", "had", "did") for w in lows):
        return "past"
    if cue.stage is None:
        return "none"  # a noun ("deliveries", "supplies"): no tense of its own
    w = cue.text.lower().split()[0]
    if w.endswith("ed") or w in ("got", "sold", "bought", "took", "sent", "put", "made", "entered"):
        return "past"
    if w.endswith("s") and not w.endswith("ss"):
        return "present"
    return "none"


def _stage(d: _Doc, sent: Sent, clause: Clause, cue: Cue, cues: list, hyp: list) -> tuple:
    """(stage, notes) for the transfer the clause asserts around ``cue``; stage None when none is asserted."""
    notes: dict = {}
    seg_start, seg_stop = clause.start, clause.stop
    outside = [(s, e) for s, e in hyp]

    def free(pos):
        return not any(s <= pos < e for s, e in outside)

    if not free(cue.start):
        return None, {"hypothetical": d.text[cue.start:cue.stop]}
    discussed = []
    planned = []
    ordered = []
    toks = [t for t in d.toks_in(sent, seg_start, seg_stop) if free(t.start) and not d.in_frame(sent, t.start)]
    if d.ru:
        for t in toks:
            if t.keys & RU_DISCUSS:
                discussed.append(t.text)
            elif t.keys & RU_PLAN:
                planned.append(t.text)
            elif t.keys & RU_ORDER:
                ordered.append(t.text)
            elif t.keys & RU_DONE:
                ordered.append(t.text)
    else:
        low = d.text[seg_start:seg_stop].lower()
        for rx, bucket in ((EN_DISCUSS, discussed), (EN_PLAN, planned), (EN_ORDER, ordered)):
            for m in rx.finditer(low):
                pos = seg_start + m.start()
                if free(pos) and not d.in_frame(sent, pos):
                    # "will"/"would" only count in front of the transfer, not in a later clause
                    if bucket is planned and m.group() in ("will", "shall", "would", "'ll", "is to", "are to",
                                                            "to be") and not (0 <= cue.start - pos <= 30):
                        continue
                    bucket.append(m.group())
    neg = _negated(d, sent, clause, [cue.tok] + [t.i for t in toks if (t.keys & RU_STAGE_WORDS)
                                                 or t.low in ("contract", "contracts", "talks", "signed", "plan",
                                                              "plans", "planned", "intend", "intends")])
    if neg:
        return None, {"negation": neg}
    modal = _modal(d, sent, clause, cue.tok)
    if modal and not discussed:
        return None, {"hypothetical": modal}
    if hyp:
        if not discussed:
            return None, {"hypothetical": d.text[hyp[0][0]:hyp[0][1]]}
        notes["condition"] = d.text[hyp[0][0]:hyp[0][1]]
    # the grammatical tense of the transfer cue itself
    future = False
    if d.ru:
        pos, tense, _ = _verb_info(cue.text.split()[0])
        win = [t for t in _window(sent, cue.tok, 3) if t.start >= clause.start]
        if tense == "futr" or pos == "INFN" or any(t.keys & RU_FUTURE_AUX and t.low in ("будет", "будут", "станет",
                                                                                         "станут") for t in win):
            future = True
        notes["tense"] = tense or ("infinitive" if pos == "INFN" else None)
    else:
        tense = _tense_en(sent, cue, clause)
        future = tense == "future"
        notes["tense"] = tense
    if discussed:
        notes["cues"] = discussed
        return "discussed", notes
    if planned or future:
        notes["cues"] = planned or [cue.text]
        if cue.stage:
            notes["target_status"] = cue.stage
        return "planned", notes
    stages = [c.stage for c in cues if c.stage and free(c.start) and not d.in_frame(sent, c.start)]
    if ordered:
        stages.append("ordered")
    if cue.stage:
        stages.append(cue.stage)
    if not stages:
        # "deliveries were completed / began": delivered; "will begin": planned
        if not d.ru:
            m = EN_DONE.search(d.text[seg_start:seg_stop].lower())
            if m:
                before = d.text[seg_start:seg_start + m.start()].lower()
                return ("planned" if re.search(r"\b(?:will|to|would|shall)\s+(?:be\s+)?$", before)
                        else "delivered"), notes
        else:
            for t in toks:
                if t.keys & RU_DONE:
                    pos, tense, _ = _verb_info(t.text)
                    return ("planned" if tense == "futr" or pos == "INFN" else "delivered"), notes
        return None, notes
    best = max(stages, key=lambda s: STAGE_RANK[s])
    notes["cues"] = [c.text for c in cues if c.stage]
    return best, notes


def _present(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """Does the clause assert a state that holds when it is reported (present tense)?"""
    toks = [t for t in d.toks_in(sent, clause.start, clause.stop) if not d.in_frame(sent, t.start)]
    if d.ru:
        past = False
        for t in toks:
            pos, tense, _ = _verb_info(t.text)
            if pos == "VERB" and tense == "pres":
                return True
            if pos == "VERB" and tense == "past":
                past = True
            if pos == "ADJS" or (pos == "PRTS" and not past):
                return True
        return False
    lows = [t.low for t in toks]
    if any(w in EN_PAST for w in lows):
        return False
    if any(w in EN_PRESENT for w in lows):
        return True
    if any(w in PRESENT_VERBS_EN for w in lows):
        return True
    # a headline without a verb ("Belarus in talks with Russia on ...")
    return sent.index == 0 and not any(PAST_FORM_EN.fullmatch(w) for w in lows)


# --- dates --------------------------------------------------------------------------------------

def _date(d: _Doc, sent: Sent, clause: Clause, trigger: int, present: bool, kinds=None) -> tuple:
    """(DateRef or None, how): the clause's own time, else the statement's when the stage is current."""
    a = d.a
    own = []
    frame_t = []
    for t in dating.timexes_in(a, sent.index):
        if _dateline(d, sent, t):
            continue
        if d.in_frame(sent, t.start, t.stop):
            frame_t.append(t)
        elif clause.start <= t.start < clause.stop and (kinds is None or t.kind in kinds):
            own.append(t)
    if own:
        excl = [t for t in dating.timexes_in(a, sent.index) if t not in own]
        t = dating.governing_timex(a, sent.index, trigger, exclude=excl)
        if t is None:
            t = min(own, key=lambda x: abs(x.start - trigger))
        if t.value is None:
            return DateRef(value=None, precision=None, method=t.method, text=t.text), "unresolved"
        return dating.to_dateref(t), "own"
    if not present:
        return None, None
    st = _statement_at(a, trigger)
    if frame_t:
        t = min(frame_t, key=lambda x: abs(x.start - trigger))
        if t.value:
            return dating.to_dateref(t), "statement"
    if st is not None and a.statements[st].date is not None and a.statements[st].date.value:
        return a.statements[st].date, "statement"
    pub = dating.publication_date(a)
    if pub is not None:
        return pub, "publication"
    return None, None


def _dateline(d: _Doc, sent: Sent, t) -> bool:
    """"MINSK, May 29 — ...", "Москва. 29 июня.": the date of the report, not of the event."""
    before = d.text[sent.start:t.start]
    after = d.text[t.stop:t.stop + 3]
    return bool(re.fullmatch(r"\s*(?:[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё.-]*\s*){1,3}[,.]\s*", before)) and \
        bool(re.match(r"\s*[—–.-]", after))


def _statement_at(a, pos: int) -> Optional[int]:
    for i, st in enumerate(a.statements):
        if st.start <= pos < st.stop:
            return i
    return None


# --- deliveries -----------------------------------------------------------------------------------

@dataclass
class Draft:
    kind: str
    sent: Sent
    clause: Clause
    cue: Cue
    roles: dict
    status: Optional[str] = None
    quantity: Optional[float] = None
    approx: bool = False
    unit: Optional[str] = None
    details: dict = field(default_factory=dict)
    confidence: float = 0.9
    span: tuple = (0, 0)
    date: Optional[DateRef] = None


def _systems_in(d: _Doc, sent: Sent, clause: Clause) -> list:
    return [m for m in sent.mentions if m.type == "weapon_system" and clause.start <= m.start < clause.stop
            and not d.in_frame(sent, m.start)]


def _antecedent(d: _Doc, sent: Sent, clause: Clause) -> list:
    """", which Belarus received in 2019" / ", которые Белоруссия получила": the systems the relative
    clause hangs on, right before its comma."""
    if not re.match(r",?\s*(?:which|котор\w+)\b", d.text[clause.start:clause.stop], re.IGNORECASE):
        return []
    return [m for m in sent.mentions if m.type == "weapon_system" and 0 <= clause.start - m.stop <= 40 and
            not re.search(r"[,;.]", d.text[m.stop:clause.start].rstrip(" »\"”"))]


def _blocked(d: _Doc, sent: Sent, a_: int, b_: int) -> bool:
    lo, hi = sorted((a_, b_))
    seg = d.text[lo:hi]
    if d.ru:
        return any(t.keys & BLOCK_RU for t in d.toks_in(sent, lo, hi))
    return bool(BLOCK_EN.search(seg.lower()))


def _link(d: _Doc, sent: Sent, cues: list, system) -> Optional[Cue]:
    best = None
    if cues and system.stop <= cues[0].start and d.clause_of(sent, system.start) is not d.clause_of(sent, cues[0].start):
        return cues[0]  # a relative clause's antecedent
    for c in cues:
        dist_tok = abs(d.tok_at(sent, system.start) - c.tok)
        if dist_tok > 22:
            continue
        if _blocked(d, sent, c.stop if c.stop <= system.start else system.stop,
                    system.start if c.stop <= system.start else c.start):
            continue
        if best is None or dist_tok < abs(d.tok_at(sent, system.start) - best.tok):
            best = c
    return best


def _generic_systems(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """Systems a generic noun near the cue points back to ("Russia-supplied air defense and missile systems")."""
    cats = set()
    near = d.text[max(clause.start, cue.start - 60):min(clause.stop, cue.stop + 80)]
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if abs(t.start - cue.start) <= 80:
                for keys, c in GENERIC_RU:
                    if t.keys & keys:
                        cats |= c
    else:
        for rx, c in GENERIC_EN:
            if rx.search(near.lower()):
                cats |= c
    if not cats:
        return []
    found = []
    for m in sent.mentions:
        if m.type == "weapon_system" and m.start < clause.start and d.category(m.key) in cats and \
                m.key not in [f.key for f in found]:
            found.append(m)
    if found:
        return found
    for s in reversed(d.sents[max(0, sent.index - 3):sent.index]):
        for m in s.mentions:
            if m.type == "weapon_system" and d.category(m.key) in cats and m.key not in [f.key for f in found]:
                found.append(m)
        if found:
            break
    return found


EN_VERBISH = re.compile(r"(?:began|begun|started|start|starts|were|was|is|are|have|has|had|will|stalled|continued|"
                        r"continue|resumed|ended|took|take|opened)$")


def _implicit_object(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> list:
    """"Переговоры о закупке начались ...": a transfer noun with no object of its own refers to the one
    system the two sentences before were about."""
    if cue.stage is not None and cue.side != "neutral" and cue.stage != "ordered":
        return []
    nxt = sent.toks[cue.tok + 1] if cue.tok + 1 < len(sent.toks) else None
    gap = d.text[cue.stop:nxt.start] if nxt else ""
    if nxt is not None and not re.search(r"[,;.]", gap):
        if d.ru and _verb_info(nxt.text)[0] not in ("VERB",):
            return []
        if not d.ru and not EN_VERBISH.match(nxt.low):
            return []
    found = {}
    for s in d.sents[max(0, sent.index - 2):sent.index]:
        for m in s.mentions:
            if m.type == "weapon_system":
                found.setdefault(d.family(m.key), m)
    return list(found.values()) if len(found) == 1 else []


def _number_before(d: _Doc, sent: Sent, pos: int, limit: int = 7) -> Optional[tuple]:
    """(value, approx, unit, token index) of a count in the noun phrase ending at ``pos``."""
    toks = sent.toks
    end = d.tok_at(sent, pos)
    unit = None
    for k in range(end - 1, max(-1, end - 1 - limit), -1):
        t = toks[k]
        gap = d.text[t.stop:toks[k + 1].start] if k + 1 < len(toks) else ""
        if NUMBER_GAP_STOP.search(gap) or NUMBER_GAP_END.search(gap):
            return None
        u = _unit_of(t)
        if u and unit is None:
            unit = u
        val = _number_value(d, t)
        if val is not None:
            if not d.ru and t.low in ("a", "an") and unit is None:
                return None
            before = ARTICLE_AT_END.sub("", d.text[max(sent.start, t.start - 25):t.start].lower())
            approx = bool(APPROX_EN.search(before)) if not d.ru else any(
                x.keys & APPROX_RU for x in toks[max(0, k - 2):k])
            if not d.ru and re.search(r"\ba\s*$", before) and t.low == "dozen":
                pass
            if t.low == "dozen" and re.search(r"\bseveral\s*$|\bdozens\b", before):
                return None
            return val, approx, unit, k
        if d.ru and t.cyr:
            if t.keys & (TRANSFER_KEYS_RU | BLOCK_RU) or (_verb_info(t.text)[0] in ("VERB", "INFN")):
                return None
            if t.low in ("в", "из", "на", "с", "для", "от", "к", "по", "о"):
                return None
            if _ordinal(t.text):
                return None
            continue
        if t.low in ("to", "from", "with", "in", "on", "for", "by", "at", "that", "which", "will", "were", "was",
                     "is", "are", "have", "has", "had", "be", "been", "said", "first", "second", "third", "next",
                     "last"):
            return None
        if VERB_FORM_EN.fullmatch(t.low) and t.low not in QTY_FILLER_EN and t.low not in UNITS:
            return None
    return None


TRANSFER_KEYS_RU = frozenset(RU_TRANSFER)


@lru_cache(maxsize=10_000)
def _ordinal(word: str) -> bool:
    return any(p.tag.POS == "ADJF" and "Anum" in p.tag for p in _parses(word)[:2])


def _unit_of(t: Tok) -> Optional[str]:
    if t.cyr or t.text.isupper() and len(t.text) <= 4:
        for k in t.keys | {fold(t.text)}:
            if k in UNITS_RU:
                return UNITS_RU[k]
        return None
    return UNITS.get(t.low)


def _number_value(d: _Doc, t: Tok) -> Optional[float]:
    txt = t.text.replace("\u00a0", "")
    if d.text[t.stop:t.stop + 1] in ("+", "%", "$", "-") or d.text[t.start - 1:t.start] in ("$", "№", "#"):
        return None
    if DIGITS.fullmatch(txt):
        if len(txt) == 4 and txt.startswith(("19", "20")):
            return None
        return float(txt)
    if has_cyrillic(txt):
        for k in t.keys:
            if k in RU_NUMBERS:
                return float(RU_NUMBERS[k])
        return None
    return float(EN_NUMBERS[t.low]) if t.low in EN_NUMBERS else None


def _unit_after(d: _Doc, sent: Sent, stop: int) -> Optional[str]:
    k = d.tok_at(sent, stop)
    unit = None
    for t in sent.toks[k:k + 4]:
        if t.start < stop:
            continue
        gap_ok = not re.search(r"[,;.()]", d.text[stop:t.start])
        if not gap_ok:
            break
        u = _unit_of(t)
        if u:
            unit = u
            continue
        if (not t.cyr and t.low in QTY_FILLER_EN) or (t.cyr and _is_adj(t.text)):
            continue
        break
    return unit


def _quantity(d: _Doc, sent: Sent, m) -> tuple:
    got = _number_before(d, sent, m.start)
    if got is None:
        return None, False, None
    val, approx, unit, _ = got
    if unit is None:
        unit = _unit_after(d, sent, m.stop)
    if unit is None:
        last = TOKEN.findall(m.text)[-1:]
        unit = UNITS.get(last[0].lower()) if last else None
    if unit is None and not d.ru:
        unit = "units" if val else None
    return val, approx, unit


def _roles(d: _Doc, sent: Sent, clause: Clause, cue: Cue, stage: str, systems: list, hyp: list) -> tuple:
    """(suppliers, recipients, notes) from the clause's country references."""
    sup, rec, counter, party, location, origin = [], [], [], [], [], []
    orgs_sup, orgs_rec = [], []
    notes: dict = {}
    passive = _passive(d, sent, clause, cue)
    for r in sent.refs:
        if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start, r.stop) or r.country is None:
            continue
        if any(s <= r.start < e for s, e in hyp) or r.paren:
            continue
        if r.supplied:
            sup.append(r)
            continue
        if r.via == "adj" and r.weapon:
            origin.append(r)
            continue
        prep = r.prep
        if prep == "with" and re.search(r"(?i)(?:border|frontier|границ\w*|рубеж\w*)\s+(?:with\s+|с\s+|со\s+)?$",
                                        d.text[max(sent.start, r.start - 25):r.start]):
            continue
        if prep == "from":
            sup.append(r)
        elif prep in ("to", "for"):
            rec.append(r)
        elif prep == "with":
            if stage == "in_service" and r.actor:
                rec.append(r)
            else:
                counter.append(r)
        elif prep == "by":
            (sup if passive else party).append(r)
        elif prep == "in":
            location.append(r)
        elif prep == "other":
            continue
        else:
            before = r.start < cue.start
            if d.ru or has_cyrillic(d.text[r.start:r.stop]):
                cases = r.cases
                if "nomn" in cases and not (cases & {"datv"} and not before and r.via != "adj"):
                    role = "subj"
                elif cases & {"datv", "gent"}:
                    role = "iobj"
                elif "accs" in cases:
                    role = "obj"
                else:
                    role = "subj" if before else "obj"
            else:
                if r.via == "adj" and not r.actor:
                    continue
                role = "subj" if before else ("iobj" if cue.side == "supply" and
                                              d.tok_at(sent, r.start) - cue.tok <= 2 else "obj")
            if role == "subj":
                if passive and cue.side != "theme":
                    party.append(r)
                elif cue.side == "supply":
                    sup.append(r)
                elif cue.side in ("receive",):
                    rec.append(r)
                elif cue.side == "theme":
                    party.append(r)
                else:
                    party.append(r)
            elif role == "iobj":
                if cue.side == "receive" and not d.ru:
                    sup.append(r)
                else:
                    rec.append(r)
            else:
                if cue.side == "supply" and not passive:
                    rec.append(r)
                elif cue.side == "receive" and not passive:
                    party.append(r)
                else:
                    party.append(r)
    origin_c = [r.country for r in origin]
    if not d.ru:
        bare_before = [r for r in sup + rec if r.prep is None and r.start < cue.start and r.via != "adj"]
        if len(bare_before) > 1:
            nearest = max(bare_before, key=lambda r: r.start)
            for r in bare_before:
                if r is not nearest:
                    (sup if r in sup else rec).remove(r)
                    party.append(r)
    sup_c = _uniq(r.country for r in sup)
    rec_c = _uniq(r.country for r in rec)
    # an in_service or stationing clause: the location receives the system
    if not rec_c and cue.side in ("station", "receive", "theme") and location and stage in ("planned", "in_service",
                                                                                          "delivered"):
        rec_c = _uniq(r.country for r in location)
    counters = _uniq(r.country for r in counter)
    parties = _uniq(r.country for r in party if r.country not in sup_c + rec_c)
    known_origin = _uniq(origin_c) or _uniq([d.origins.get(m.key) or d.origins.get(d.family(m.key))
                                             for m in systems if d.origins.get(m.key) or
                                             d.origins.get(d.family(m.key))])
    kb_origin = _uniq([d.maker_country(m.key) for m in systems if d.maker_country(m.key)])
    if counters:
        if rec_c and not sup_c:
            sup_c = [c for c in counters if c not in rec_c]
        elif sup_c and not rec_c:
            rec_c = [c for c in counters if c not in sup_c]
        elif parties:
            ref_origin = known_origin or kb_origin
            for c in counters + parties:
                if c in ref_origin and c not in sup_c:
                    sup_c.append(c)
            if sup_c:
                rec_c = [c for c in counters + parties if c not in sup_c][:1]
            else:
                notes["sides"] = _uniq(parties + counters)  # resolved against the rest of the article
        elif not sup_c and not rec_c:
            notes["sides"] = counters
    if parties and not (sup_c and rec_c):
        ref_origin = known_origin or kb_origin
        for c in parties:
            if c in ref_origin and not sup_c:
                sup_c.append(c)
            elif not rec_c and c not in sup_c and (sup_c or ref_origin):
                rec_c.append(c)
    if not sup_c:
        cand = [c for c in known_origin if c not in rec_c]
        if cand:
            sup_c = cand[:1]
            if not origin_c:
                notes["supplier_inferred"] = True
    if not sup_c:
        cand = [c for c in kb_origin if c not in rec_c]
        if cand and rec_c:
            sup_c = cand[:1]
            notes["supplier_inferred"] = True
    for r in sup:
        if r.via == "org":
            orgs_sup.append(r.entity)
    for r in rec + party:
        if r.via == "org" and r.country in rec_c:
            orgs_rec.append(r.entity)
    for r in counter + party:
        if r.via == "org" and r.country in sup_c:
            orgs_sup.append(r.entity)
    notes["supplier_org"] = _uniq(orgs_sup)
    notes["recipient_org"] = _uniq(orgs_rec)
    notes["location"] = _uniq(r.country for r in location)
    return sup_c, rec_c, notes


def _passive(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        pos, _, _ = _verb_info(cue.text.split()[0])
        return pos in ("PRTS", "PRTF")
    win = [t.low for t in _window(sent, cue.tok, 3) if t.start >= clause.start]
    if any(w in EN_BE for w in win):
        return True
    w = cue.text.lower().split()[0]
    if w.endswith("ed") or w in ("sold", "bought", "built", "made"):
        # a participle right after a noun: "S-400 systems supplied to Belarus"
        prev = sent.toks[cue.tok - 1] if cue.tok > 0 else None
        if prev and (any(m.type == "weapon_system" and m.start <= prev.start < m.stop for m in sent.mentions)
                     or WEAPON_EN.match(prev.low)):
            return True
    return False


def _uniq(xs) -> list:
    return [x for x in dict.fromkeys(xs) if x]


def _exercise_noun(d: _Doc, sent: Sent) -> bool:
    """Does the sentence speak of exercises or drills (EXERCISE_NOUN, searched once per sentence)?"""
    key = ("exercise_noun", sent.index)
    got = d.cue_cache.get(key)
    if got is None:
        got = d.cue_cache[key] = bool(EXERCISE_NOUN.search(sent.text))
    return got


def _exercise_context(d: _Doc, sent: Sent) -> bool:
    return any(m.type == "exercise" for m in sent.mentions) or _exercise_noun(d, sent)


def _deliveries(d: _Doc, sent: Sent) -> list:
    drafts = []
    exercise = _exercise_context(d, sent)
    for clause in sent.clauses:
        cues = _cues(d, sent, clause)
        cues = [c for c in cues if not d.in_frame(sent, c.start)]
        if not cues:
            continue
        systems = _systems_in(d, sent, clause) or _antecedent(d, sent, clause)
        hyp = _hyp_spans(d, sent, clause)
        linked: dict = {}
        for m in systems:
            if any(s <= m.start < e for s, e in hyp):
                continue
            c = _link(d, sent, cues, m)
            if c is not None:
                linked.setdefault((c.start, c.stop), (c, []))[1].append(m)
        from_context = False
        if not linked:
            for c in cues:
                if c.side == "station":
                    continue
                found = _generic_systems(d, sent, clause, c) or _implicit_object(d, sent, clause, c)
                if found:
                    linked[(c.start, c.stop)] = (c, found)
                    from_context = True
                    break
        for (_, _), (cue, ms) in linked.items():
            stage, notes = _stage(d, sent, clause, cue, cues, hyp)
            if stage is None:
                continue
            if cue.side == "station":
                # stationing of a country's own troops, or of systems at an exercise, is a deployment
                if exercise or _troops_in(d, sent, clause):
                    continue
                if _owner_acts(d, sent, clause, cue):
                    continue
            if exercise and cue.side in ("station", "theme") or (exercise and "sent" in cue.text.lower()):
                continue
            sup, rec, rnotes = _roles(d, sent, clause, cue, stage, ms, hyp)
            notes.update({k: v for k, v in rnotes.items() if v})
            for m in ms:
                dr = Draft("delivery", sent, clause, cue, {}, status=stage, details=dict(notes))
                dr.roles = {"supplier": list(sup), "recipient": list(rec), "system": [m.key]}
                q, approx, unit = _quantity(d, sent, m) if not from_context else (None, False, None)
                if q is None and len(ms) == 1:
                    for c in [cue] + [c for c in cues if c is not cue]:
                        q, approx, unit = _quantity_near_cue(d, sent, clause, c)
                        if q is not None:
                            break
                if q is None and from_context and len(ms) == 1:
                    q, approx, unit = _generic_count(d, sent, clause, cue)
                dr.quantity, dr.approx, dr.unit = q, approx, unit
                if from_context:
                    dr.details["system_from_context"] = m.text
                    dr.confidence = 0.6
                batch = _ordinal_batch(d, sent, clause)
                if batch:
                    dr.details["batch"] = batch
                dr.span = (min(cue.start, m.start), max(cue.stop, m.stop if not from_context else cue.stop))
                drafts.append(dr)
    return drafts


def _generic_count(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> tuple:
    """The count on the generic noun that pointed back to the system: "обе станции", "the two radars"."""
    for t in d.toks_in(sent, clause.start, clause.stop):
        if abs(t.start - cue.start) <= 80 and _unit_of(t):
            got = _number_before(d, sent, t.start, limit=3)
            if got is not None and not (not d.ru and sent.toks[got[3]].low in ("a", "an")):
                return got[0], got[1], got[2] or _unit_of(t)
    return None, False, None


def _quantity_near_cue(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> tuple:
    """A count right after the transfer verb: "delivered 126 chassis", "отгрузил ... 126 шасси"."""
    for t in sent.toks[cue.tok + 1:cue.tok + 6]:
        if t.start >= clause.stop:
            break
        val = _number_value(d, t)
        if val is not None and t.low not in ("a", "an", "both"):
            unit = None
            for u in sent.toks[t.i + 1:t.i + 4]:
                unit = _unit_of(u)
                if unit:
                    break
            if unit:
                k = t.i
                approx = any(x.keys & APPROX_RU for x in sent.toks[max(0, k - 2):k]) if d.ru else \
                    bool(APPROX_EN.search(d.text[max(sent.start, t.start - 25):t.start].lower()))
                return val, approx, unit
    return None, False, None


ORDINAL_BATCH = re.compile(r"(?i)\b(first|second|third|fourth|next|перв\w+|втор\w+|трет\w+|четв[её]рт\w+|очередн\w+)\s+"
                           r"(?:batch|consignment|shipment|lot|парти\w+)")


def _ordinal_batch(d: _Doc, sent: Sent, clause: Clause) -> Optional[str]:
    m = ORDINAL_BATCH.search(d.text[clause.start:clause.stop])
    return m.group(0) if m else None


def _troops_in(d: _Doc, sent: Sent, clause: Clause) -> bool:
    if any(m.type == "military_unit" and clause.start <= m.start < clause.stop for m in sent.mentions):
        return True
    if d.ru:
        return any(t.keys & TROOPS_RU and _is_noun(t.text) and clause.start <= t.start < clause.stop
                   for t in sent.toks)
    return bool(TROOPS_EN.search(d.text[clause.start:clause.stop].lower()))


def _owner_acts(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    """"Russia deployed its Iskanders in Belarus": the subject is the systems' owner, not a recipient."""
    for r in sent.refs:
        if clause.start <= r.start < cue.start and r.via in ("name", "place", "org") and r.prep is None and \
                not d.in_frame(sent, r.start):
            if d.ru and "nomn" not in r.cases:
                continue
            if not _passive(d, sent, clause, cue):
                return True
    return False


# --- service entries ----------------------------------------------------------------------------

def _memory(drafts: list, d: _Doc) -> dict:
    """System family -> (supplier, recipient) stated outright somewhere in the article (either may be None)."""
    mem: dict = {}
    for dr in drafts:
        sup, rec = dr.roles.get("supplier"), dr.roles.get("recipient")
        if dr.details.get("supplier_inferred"):
            sup = None
        fam = d.family(dr.roles["system"][0])
        old = mem.get(fam, (None, None))
        new = (old[0] or (sup[0] if sup else None), old[1] or (rec[0] if rec else None))
        if new[0] and new[0] == new[1]:
            continue
        mem[fam] = new
    return mem


def _finish_delivery(d: _Doc, dr: Draft) -> Optional[Draft]:
    """Fill gaps from the article, and turn domestic transfers into service entries."""
    system = dr.roles["system"][0]
    fam = d.family(system)
    sup, rec = dr.roles["supplier"], dr.roles["recipient"]
    mem = d.memory.get(fam)
    sides = dr.details.pop("sides", None)
    if sides and not sup:
        hint = d.origins.get(system) or d.origins.get(fam) or d.maker_country(system) or (mem[0] if mem else None)
        if hint in sides:
            sup = [hint]
            rec = rec or [c for c in sides if c != hint][:1]
        elif mem and mem[1] in sides and not rec:
            rec = [mem[1]]
        elif len(sides) > 1:
            return None  # two sides and nothing says which one supplies
    if not rec and mem and mem[1]:
        rec = [mem[1]]
        dr.details["recipient_inferred"] = True
    if not sup and mem and mem[0] and mem[0] not in rec:
        sup = [mem[0]]
        dr.details["supplier_inferred"] = True
    if not sup:
        mk = d.maker_country(system) or d.origins.get(fam)
        if mk and mk not in rec:
            sup = [mk]
            dr.details["supplier_inferred"] = True
    if not rec and sup and len(d.dyad) == 2 and sup[0] in d.dyad:
        rec = [c for c in d.dyad if c != sup[0]]
        dr.details["recipient_inferred"] = True
    dr.roles["supplier"], dr.roles["recipient"] = sup, rec
    if not rec:
        return None
    if not sup:
        # nobody supplies: an army putting into service a system of unknown origin is a service entry;
        # anything else without a supplier is not a transfer bellink can file
        if dr.status == "in_service":
            dr.kind = "service_entry"
            dr.roles = {"system": [system], "country": list(rec)}
            for k in ("supplier_org", "recipient_org", "recipient_inferred", "location"):
                dr.details.pop(k, None)
            return dr
        return None
    origin = sup[0] if sup else (d.maker_country(system) or d.origins.get(fam) or (mem[0] if mem else None))
    if origin and origin in rec and (not sup or set(sup) <= set(rec)):
        if dr.status in ("in_service", "delivered") or dr.details.get("target_status") in ("in_service", "delivered"):
            dr.kind = "service_entry"
            dr.roles = {"system": [system], "country": list(rec)}
            dr.status = "planned" if dr.status == "planned" else "in_service"
            for k in ("supplier_org", "recipient_org", "supplier_inferred", "recipient_inferred", "location"):
                dr.details.pop(k, None)
            return dr
        return None
    if dr.details.get("supplier_inferred"):
        dr.confidence = min(dr.confidence, 0.6)
    if dr.details.get("recipient_inferred"):
        dr.confidence = min(dr.confidence, 0.6)
    return dr


def _service_entries(d: _Doc, sent: Sent, taken: set) -> list:
    """A system put into service with an army and no transfer in sight (often its maker's own)."""
    out = []
    for clause in sent.clauses:
        cues = [c for c in _cues(d, sent, clause) if c.stage == "in_service" and not d.in_frame(sent, c.start)]
        if not cues:
            continue
        systems = _systems_in(d, sent, clause)
        if not systems:
            # "which were adopted in April": the systems named in the sentence before
            systems = _systems_in(d, sent, Clause(sent.start, sent.stop))
        for cue in cues:
            hyp = _hyp_spans(d, sent, clause)
            stage, notes = _stage(d, sent, clause, cue, cues, hyp)
            if stage not in ("in_service", "planned"):
                continue
            armies = [r.country for r in sent.refs if clause.start <= r.start < clause.stop and r.actor and
                      r.country and not d.in_frame(sent, r.start)]
            for m in systems:
                if (m.start, m.key) in taken:
                    continue
                origin = d.origins.get(m.key) or d.origins.get(d.family(m.key)) or d.maker_country(m.key)
                country = armies[-1] if armies else origin
                if not country:
                    continue
                if origin and country != origin:
                    continue  # a transfer; the delivery rules own it
                notes = {k: v for k, v in notes.items() if k not in ("supplier_org", "recipient_org", "location")}
                dr = Draft("service_entry", sent, clause, cue, {"system": [m.key], "country": [country]},
                           status="planned" if stage == "planned" else "in_service", details=notes)
                dr.span = (min(cue.start, m.start), max(cue.stop, m.stop))
                out.append(dr)
                taken.add((m.start, m.key))
    return out


# --- deployments ----------------------------------------------------------------------------------

def _deployments(d: _Doc, sent: Sent, delivered: set) -> list:
    out = []
    for clause in sent.clauses:
        seg = d.text[clause.start:clause.stop]
        cue = None
        if d.ru:
            for t in d.toks_in(sent, clause.start, clause.stop):
                if t.keys & DEPLOY_RU and not d.in_frame(sent, t.start):
                    cue = Cue(t.start, t.stop, t.text, None, "station", t.i)
                    break
        else:
            m = DEPLOY_EN.search(seg.lower()) if d.sentence_has(sent, DEPLOY_EN) else None
            if m and not d.in_frame(sent, clause.start + m.start()):
                s = clause.start + m.start()
                cue = Cue(s, clause.start + m.end(), d.text[s:clause.start + m.end()], None, "station",
                          d.tok_at(sent, s))
        if cue is None:
            continue
        units = [m for m in sent.mentions if m.type == "military_unit" and clause.start <= m.start < clause.stop]
        systems = _systems_in(d, sent, clause)
        troops = _troop_phrase(d, sent, clause)
        exercise = _exercise_context(d, sent)
        if not units and not troops and not (systems and (exercise or _owner_acts(d, sent, clause, cue) or
                                                          "sent" in cue.text.lower() or
                                                          fold(cue.text).startswith("napravi") or
                                                          _foreign_systems(d, sent, clause, systems))):
            continue
        hyp = _hyp_spans(d, sent, clause)
        if any(s <= cue.start < e for s, e in hyp) or _modal(d, sent, clause, cue.tok):
            continue
        if _negated(d, sent, clause, [cue.tok]):
            continue
        future = _deploy_future(d, sent, clause, cue)
        if future:
            continue  # plans to deploy are not placements yet
        owner, places = [], []
        for r in sent.refs:
            if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start) or r.country is None:
                continue
            if r.prep in ("to", "in") and r.via in ("name", "place"):
                places.append(r.entity if r.via == "name" else r.entity)
            elif r.via == "adj" and r.prep is None and (r.weapon or _modifies_forces(d, sent, r)):
                owner.append(r.country)
            elif r.prep is None and r.via == "name" and (not d.ru or "nomn" in r.cases):
                owner.append(r.country)
            elif r.via == "name" and r.prep is None and d.ru and r.actor:
                owner.append(r.country)
        for m in sent.mentions:
            if m.type == "place" and clause.start <= m.start < clause.stop and not d.in_frame(sent, m.start) and \
                    m.key not in places:
                places.append(m.key)
        for m in units:
            c = d.country_of(m.key)
            if c:
                owner.append(c)
        owner = _uniq(owner)
        places = [p for p in _uniq(places) if d.country_of(p) not in owner or not p.startswith("country:")]
        if not places or not owner:
            continue  # whose forces, and where, must both be in the text
        if all(d.country_of(p) in owner for p in places):
            continue  # a country's forces at home: not a placement abroad
        systems = [m for m in systems if (m.start, m.key) not in delivered]
        date, how = _date(d, sent, clause, cue.start, present=False)
        objects = [("unit", [m.key], m.text) for m in units] + [("system", [m.key], m.text) for m in systems]
        q = _troop_quantity(d, sent, clause, troops)
        if not objects or (not units and q and q[2] == "troops"):
            objects.insert(0, ("unit", [], troops[0]))
        for role, keys, text in objects:
            roles = {role: keys, "place": places, "country": owner}
            dr = Draft("deployment", sent, clause, cue, roles, status=None)
            dr.details = {"what": text, "cue": cue.text}
            if exercise:
                ex = [m.key for m in sent.mentions if m.type == "exercise"]
                if ex:
                    dr.roles["exercise"] = ex
                dr.details["for_exercise"] = True
            if q and role == "unit" and (text == troops[0] or keys == [units[0].key] if units else True):
                dr.quantity, dr.approx, dr.unit = q
            elif role == "system":
                qq = _quantity(d, sent, next(m for m in systems if m.key == keys[0]))
                if qq[0] is not None:
                    dr.quantity, dr.approx, dr.unit = qq
            dr.date = date
            if how:
                dr.details["date_from"] = how
            dr.span = (min(cue.start, clause.start), clause.stop)
            out.append(dr)
    return out


def _foreign_systems(d: _Doc, sent: Sent, clause: Clause, systems: list) -> bool:
    """"Russian Iskander-M systems have been deployed in Belarus": an owner's adjective on the system and a
    place in another country, with no transfer in the clause."""
    adj = {r.country for r in sent.refs if r.weapon and clause.start <= r.start < clause.stop}
    places = {r.country for r in sent.refs if r.prep in ("in", "to") and clause.start <= r.start < clause.stop}
    return bool(adj and places and not adj & places)


def _modifies_forces(d: _Doc, sent: Sent, r: Ref) -> bool:
    """"Russian troops", "российские военные объекты": the adjective names whose forces they are."""
    k = d.tok_at(sent, r.stop - 1) if r.stop > r.start else r.tok
    for t in sent.toks[k + 1:k + 4]:
        if (t.cyr and t.keys & TROOPS_RU) or (not t.cyr and TROOPS_EN.fullmatch(t.low)):
            return True
        if any(m.type in ("military_unit", "weapon_system") and m.start <= t.start < m.stop for m in sent.mentions):
            return True
        if not d._modifier_word(t) and t.low not in ("and", "и"):
            return False
    return False


def _deploy_future(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        pos, tense, _ = _verb_info(cue.text)
        win = [t for t in _window(sent, cue.tok, 3) if t.start >= clause.start]
        planned = any(t.keys & RU_PLAN for t in sent.toks if clause.start <= t.start < cue.start)
        return tense == "futr" or pos == "INFN" or planned or any(t.low in ("будет", "будут") for t in win)
    low = d.text[clause.start:cue.start].lower()
    return bool(re.search(r"\b(?:will|plans?|planned|intends?|would|to)\s+(?:\w+\s+){0,2}$", low)) or \
        bool(re.search(r"\bplans? to\b", low))


def _troop_phrase(d: _Doc, sent: Sent, clause: Clause) -> list:
    out = []
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if t.keys & TROOPS_RU and _is_noun(t.text) and not d.in_frame(sent, t.start):
                a_, b_ = t.i, t.i
                while a_ > 0 and _is_adj(sent.toks[a_ - 1].text):
                    a_ -= 1
                while b_ + 1 < len(sent.toks) and sent.toks[b_ + 1].keys & TROOPS_RU and \
                        d.text[sent.toks[b_].stop:sent.toks[b_ + 1].start] == " ":
                    b_ += 1
                out.append(d.text[sent.toks[a_].start:sent.toks[b_].stop])
        return out
    for m in TROOPS_EN.finditer(d.text[clause.start:clause.stop].lower()):
        s = clause.start + m.start()
        if not d.in_frame(sent, s):
            out.append(d.text[s:clause.start + m.end()])
    return out


def _troop_quantity(d: _Doc, sent: Sent, clause: Clause, troops: list) -> Optional[tuple]:
    for t in d.toks_in(sent, clause.start, clause.stop):
        val = _number_value(d, t) if t.low not in ("a", "an") else None
        if val is None:
            continue
        nxt = sent.toks[t.i + 1:t.i + 4]
        for u in nxt:
            unit = _unit_of(u)
            is_troop = (d.ru and u.keys & TROOPS_RU) or (not d.ru and TROOPS_EN.fullmatch(u.low))
            if unit or is_troop:
                approx = any(x.keys & APPROX_RU for x in sent.toks[max(0, t.i - 2):t.i]) if d.ru else \
                    bool(APPROX_EN.search(d.text[max(sent.start, t.start - 25):t.start].lower()))
                num = val
                m = re.match(r"\d{1,3}(?:,\d{3})+", d.text[t.start:t.start + 12])
                if m and not d.ru:
                    num = float(m.group().replace(",", ""))
                return num, approx, unit or u.low
            if u.cyr and not _is_adj(u.text):
                break
    return None


# --- exercises --------------------------------------------------------------------------------------

def _scale(text: str, ru: bool) -> dict:
    out: dict = {}
    for m in SCALE_RE.finditer(text):
        key = next(k for k, _ in SCALE_NOUNS if m.group(k))
        raw = m.group("num").replace("\u00a0", " ")
        if ru:
            raw = raw.replace(" ", "").replace(",", ".")
        else:
            raw = raw.replace(",", "").replace(" ", "")
        try:
            val = float(raw)
        except ValueError:
            continue
        if m.group("mult"):
            val *= 1_000_000 if m.group("mult").lower().startswith("млн") else 1000
        val = int(val) if float(val).is_integer() else val
        out.setdefault(key, val)
    return out


def _exercises(d: _Doc) -> list:
    groups: dict = {}
    order = []
    last_named = None
    for s in d.sents:
        named = [m for m in s.mentions if m.type == "exercise"]
        if named:
            for m in named:
                if m.key not in groups:
                    groups[m.key] = {"anchor": s, "mention": m, "sents": []}
                    order.append(m.key)
                if s not in groups[m.key]["sents"]:
                    groups[m.key]["sents"].append(s)
            last_named = (named[-1].key, s.index)
            continue
        if last_named and s.index - last_named[1] <= 3 and _exercise_noun(d, s):
            groups[last_named[0]]["sents"].append(s)
            last_named = (last_named[0], s.index)
    # a sentence just before the first naming that speaks of the same drills ("war games that kicked off Thursday")
    for key in order:
        g = groups[key]
        first = g["anchor"].index
        if first > 0:
            prev = d.sents[first - 1]
            if _exercise_noun(d, prev) and not any(m.type == "exercise" for m in prev.mentions) and \
                    not any(prev in gg["sents"] for gg in groups.values()):
                g["sents"].insert(0, prev)
    out = _unnamed_exercises(d, {s.index for g in groups.values() for s in g["sents"]})
    for key in order:
        g = groups[key]
        sents = g["sents"]
        anchor = g["anchor"]
        m = g["mention"]
        figures: dict = {}
        for s in [anchor] + [x for x in sents if x is not anchor]:
            for k, v in _scale(_content_text(d, s), d.ru).items():
                figures.setdefault(k, v)
        participants, places, systems = [], [], []
        joint = False
        for s in sents:
            if EX_JOINT.search(s.text):
                joint = True
            for r in s.refs:
                if d.in_frame(s, r.start) or not r.country:
                    continue
                if r.via == "org" and r.entity.startswith("organization:"):
                    ent = d.entity(r.entity)
                    if ent and ent.attrs.get("kind") in ("ministry", "government", "military"):
                        if r.country not in participants and _exercise_noun(d, s) and s is anchor:
                            pass
                    continue
                if r.prep == "other":
                    continue
                if r.via in ("name", "adj", "place", "pronoun") and r.country not in participants:
                    if r.via == "place" and r.prep == "in":
                        continue
                    participants.append(r.country)
                if r.prep in ("in", "to") and r.via == "name" and r.entity not in places:
                    places.append(r.entity)
            for mm in s.mentions:
                if mm.type == "place" and not d.in_frame(s, mm.start) and mm.key not in places:
                    ent = d.entity(mm.key)
                    if ent and ent.attrs.get("kind") in ("range", "base", "region", "site", "city", None):
                        places.append(mm.key)
                if mm.type == "weapon_system" and mm.key not in systems:
                    systems.append(mm.key)
                if mm.type == "military_unit":
                    c = d.country_of(mm.key)
                    if c and c not in participants:
                        participants.append(c)
        if joint and len(d.dyad) == 2:
            for c in d.dyad:
                if c not in participants:
                    participants.append(c)
        # the date: a range first, then the time nearest the name, then the year in the name
        date, how = None, None
        ranges = [t for s in sents for t in dating.timexes_in(d.a, s.index)
                  if t.kind == "range" and not d.in_frame(s, t.start) and t.value]
        if ranges:
            date, how = dating.to_dateref(ranges[0]), "own"
        else:
            for s in [anchor] + [x for x in sents if x is not anchor]:
                cands = [t for t in dating.timexes_in(d.a, s.index) if not d.in_frame(s, t.start) and t.value
                         and t.kind in ("date", "range", "since")]
                if cands:
                    t = min(cands, key=lambda t: abs(t.start - m.start) if s is anchor else t.start)
                    date, how = dating.to_dateref(t), "own"
                    break
        ent = d.entity(key)
        year = (ent.attrs.get("year") if ent else None) or (re.search(r"(19|20)\d\d", m.text) or [None])[0]
        if date is None and year:
            date, how = DateRef(value=str(year), precision="year", method="explicit", text=m.text), "name"
        elif date is not None and year and date.value and not str(date.value).startswith(str(year)):
            # a time that is not in the exercise's year belongs to something else in the sentence
            date, how = DateRef(value=str(year), precision="year", method="explicit", text=m.text), "name"
        status = _exercise_status(d, sents, date)
        roles = {"exercise": [key], "participant": participants, "place": places}
        if systems:
            roles["system"] = systems
        dr = Draft("exercise", anchor, d.clause_of(anchor, m.start), Cue(m.start, m.stop, m.text, None, "", 0),
                   roles, status=status)
        dr.details = {"figures": figures} if figures else {}
        if len(sents) > 1:
            dr.details["sentences"] = [s.index for s in sents]
        if how:
            dr.details["date_from"] = how
        dr.date = date
        dr.span = (m.start, m.stop)
        dr.confidence = 0.9 if participants else 0.7
        out.append(dr)
    return out


EX_TAKE_PART = re.compile(r"\b(?:participated|took part|take part|taking part|held|conducted|staged|carried out|"
                          r"участвовал\w*|приняли участие|принял\w* участие|провел\w*|провёл|проводил\w*)\b",
                          re.IGNORECASE)


def _unnamed_exercises(d: _Doc, named: set) -> list:
    """Exercises without a name: a participating country, a participation verb, and a place or a time."""
    out = []
    for s in d.sents:
        if s.index in named or not _exercise_noun(d, s):
            continue
        content = _content_text(d, s)
        m = EXERCISE_NOUN.search(content)
        if not m or not EX_TAKE_PART.search(content):
            continue
        participants = _uniq(r.country for r in s.refs if r.country and not d.in_frame(s, r.start) and
                             r.start < s.start + m.start() and r.prep is None and (r.actor or r.via == "name"))
        places = [mm.key for mm in s.mentions if mm.type == "place" and not d.in_frame(s, mm.start) and
                  mm.start > s.start + m.start()]
        timexes = [t for t in dating.timexes_in(d.a, s.index) if not d.in_frame(s, t.start) and t.value]
        if not participants or not (places or timexes):
            continue
        date = dating.to_dateref(timexes[0]) if timexes else None
        cue = Cue(s.start + m.start(), s.start + m.end(), m.group(), None, "", d.tok_at(s, s.start + m.start()))
        dr = Draft("exercise", s, d.clause_of(s, cue.start), cue,
                   {"exercise": [], "participant": participants, "place": places}, status=None)
        dr.status = _exercise_status(d, [s], date)
        figures = _scale(content, d.ru)
        dr.details = {"name": None, **({"figures": figures} if figures else {})}
        dr.date = date
        dr.span = (cue.start, cue.stop)
        dr.confidence = 0.6
        out.append(dr)
    return out


def _content_text(d: _Doc, s: Sent) -> str:
    text = s.text
    for fs, fe in s.frames:
        text = text[:fs - s.start] + " " * (fe - fs) + text[fe - s.start:]
    return text


def _exercise_status(d: _Doc, sents: list, date) -> str:
    fut = past = False
    for s in sents:
        if d.ru:
            for t in s.toks:
                pos, tense, _ = _verb_info(t.text) if t.cyr else (None, None, None)
                if t.keys & EX_FUTURE_RU and (tense == "futr" or t.keys & EX_PLANNED_RU):
                    fut = True
                if (pos == "VERB" and tense in ("past", "pres") and (t.keys & (EX_PAST_RU | EX_FUTURE_RU))) or \
                        (pos == "PRTF" and t.keys & EX_PAST_RU):
                    past = True
        else:
            if EX_FUTURE_EN.search(s.text):
                fut = True
            if any(not re.search(r"\b(?:will|to|would) (?:be )?$", s.text[:m.start()].lower())
                   for m in EX_PAST_EN.finditer(s.text)):
                past = True
    pub = d.a.document.published
    if date is not None and date.value and pub and len(date.value) >= 4 and date.value[:len(pub)] > pub[:len(date.value)]:
        return "planned"
    if past:
        return "held"
    if fut:
        return "planned"
    return "held"


# --- meetings ----------------------------------------------------------------------------------------

def _meetings(d: _Doc, sent: Sent) -> list:
    out = []
    for clause in sent.clauses:
        seg = d.text[clause.start:clause.stop]
        cue = None
        visit = False
        if d.ru:
            for t in d.toks_in(sent, clause.start, clause.stop):
                if t.keys & MEET_RU:
                    if t.keys & MEET_DISCUSS_RU and _verb_info(t.text)[0] not in ("VERB",):
                        continue
                    cue = Cue(t.start, t.stop, t.text, None, "", t.i)
                    visit = bool(t.keys & VISIT_RU)
                    break
            if cue is not None and any(t.keys & MEET_PROCESS_RU for t in sent.toks
                                       if clause.start <= t.start < clause.stop) and not visit:
                continue  # a negotiation process, not an encounter
        else:
            low = seg.lower()
            m = MEET_EN.search(low) if d.sentence_has(sent, MEET_EN) else None
            if m:
                s = clause.start + m.start()
                cue = Cue(s, clause.start + m.end(), d.text[s:clause.start + m.end()], None, "", d.tok_at(sent, s))
                visit = bool(VISIT_EN.match(m.group()))
                if PROCESS_EN.search(low) and not re.search(r"\b(?:met|held talks|meeting|visit)", low):
                    continue
        if cue is None:
            continue
        if _negated(d, sent, clause, [cue.tok]) or _modal(d, sent, clause, cue.tok):
            continue
        if any(s <= cue.start < e for s, e in _hyp_spans(d, sent, clause)):
            continue
        people = _uniq(m.key for m in sent.mentions if m.type == "person" and clause.start <= m.start < clause.stop
                       and (d.in_frame(sent, cue.start) or not d.in_frame(sent, m.start) or
                            _near(cue.start, m.start, 100)))
        places = []
        for m in sorted((m for m in sent.mentions if m.type == "place" and clause.start <= m.start < clause.stop),
                        key=lambda m: abs(m.start - cue.start)):
            before = d.text[max(clause.start, m.start - 12):m.start].lower()
            if abs(m.start - cue.start) <= 90 and re.search(r"(?:\bin|\bto|\bat|\bв|\bво|\bна)\s+(?:the\s+)?$",
                                                            before):
                places.append(m.key)
                break
            if visit and 0 < m.start - cue.stop <= 3:
                places.append(m.key)  # "visited Moscow", "посетил Москву"
                break
        insts = []
        if len(people) < 2:
            for r in sent.refs:
                if clause.start <= r.start < clause.stop and r.via == "org" and r.entity not in insts and \
                        not d.in_frame(sent, r.start) or (clause.start <= r.start < clause.stop and r.via == "org"
                                                          and d.in_frame(sent, cue.start)):
                    if r.entity.startswith("organization:") and r.entity not in insts:
                        insts.append(r.entity)
                elif clause.start <= r.start < clause.stop and r.via in ("name", "adj") and r.actor and \
                        r.country not in insts and not people and r.prep != "in":
                    insts.append(r.country)
        participants = people + [i for i in insts if i not in people]
        if len(people) >= 2 or (len(participants) >= 2 and (places or people)):
            pass
        elif participants and places and (visit or cue.text.lower() in ("meeting", "session", "summit",
                                                                         "talks")):
            pass
        elif d.ru and len(participants) >= 2:
            pass
        else:
            continue
        if d.ru and cue.text and fold(cue.text).startswith("obsud") and len(people) < 2 and not places:
            continue
        status = "planned" if _meeting_future(d, sent, clause, cue) else "held"
        date, how = _date(d, sent, clause, cue.start, present=False)
        dr = Draft("meeting", sent, clause, cue, {"participant": participants, "place": places}, status=status)
        dr.details = {"cue": cue.text, "visit": visit}
        if how:
            dr.details["date_from"] = how
        dr.date = date
        dr.span = (clause.start, clause.stop)
        dr.confidence = 0.85 if len(people) >= 2 else 0.7
        out.append(dr)
    return out


def _near(a_: int, b_: int, n: int) -> bool:
    return abs(a_ - b_) <= n


def _meeting_future(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        for t in d.toks_in(sent, clause.start, clause.stop):
            if t.cyr:
                pos, tense, _ = _verb_info(t.text)
                if pos == "VERB" and tense == "futr":
                    return True
        return False
    return bool(re.search(r"\b(?:will|would|to meet|is to|are to|scheduled|plans? to)\b",
                          d.text[clause.start:clause.stop].lower()))


# --- agreements ---------------------------------------------------------------------------------------

def _agreements(d: _Doc, sent: Sent) -> list:
    out = []
    for clause in sent.clauses:
        cue = None
        if d.ru:
            toks = [t for t in d.toks_in(sent, clause.start, clause.stop) if t.cyr]
            nouns = [t for t in toks if t.keys & AGREE_NOUN_RU]
            verbs = [t for t in toks if t.keys & AGREE_VERB_RU and _verb_info(t.text)[0] in ("VERB", "PRTS", "PRTF")]
            agreed = [t for t in toks if t.keys & AGREED_RU]
            refs = [t for t in toks if t.keys & AGREE_REF_RU and t.i + 1 < len(sent.toks) and
                    sent.toks[t.i + 1].low in ("о", "об")]
            if agreed:
                t = agreed[0]
                cue = Cue(t.start, t.stop, t.text, None, "", t.i)
            elif refs and not verbs:
                t = refs[0]
                cue = Cue(t.start, t.stop, t.text, None, "", t.i)
            elif nouns and verbs:
                t = verbs[0]
                cue = Cue(t.start, t.stop, t.text, None, "", t.i)
                if any(n.keys & DECISION_RU for n in nouns) and not any(n.keys - DECISION_RU & AGREE_NOUN_RU
                                                                          for n in nouns):
                    if not verbs[0].keys & ADOPT_RU:
                        cue = None
        else:
            if not (d.sentence_has(sent, AGREED_EN) or d.sentence_has(sent, AGREE_NOUN_EN)):
                continue  # no cue in any clause (see the note on AGREE_REF_EN below)
            low = d.text[clause.start:clause.stop].lower()
            m = AGREED_EN.search(low)
            if m:
                s = clause.start + m.start()
                cue = Cue(s, clause.start + m.end(), d.text[s:clause.start + m.end()], None, "", d.tok_at(sent, s))
            else:
                n = AGREE_NOUN_EN.search(low)
                # every AGREE_REF_EN match holds an AGREE_NOUN_EN noun: without one there is no cue
                v = AGREE_VERB_EN.search(low) if n else None
                ref = AGREE_REF_EN.search(low) if n else None
                if n and v and (n.group() != "decision" or v.group() in ("made", "adopted", "reached")):
                    s = clause.start + v.start()
                    cue = Cue(s, clause.start + v.end(), d.text[s:clause.start + v.end()], None, "",
                              d.tok_at(sent, s))
                elif ref:
                    s = clause.start + ref.start()
                    cue = Cue(s, clause.start + ref.end(), d.text[s:clause.start + ref.end()], None, "",
                              d.tok_at(sent, s))
        if cue is None:
            continue
        if _negated(d, sent, clause, [cue.tok]) or _modal(d, sent, clause, cue.tok):
            continue
        if any(s <= cue.start < e for s, e in _hyp_spans(d, sent, clause)):
            continue
        if _agreement_future(d, sent, clause, cue):
            continue  # intentions to sign are not agreements
        parties = []
        for r in sent.refs:
            if not (clause.start <= r.start < clause.stop) or d.in_frame(sent, r.start) or r.country is None:
                continue
            if r.via == "adj" and r.weapon:
                continue
            if r.prep == "in" and r.via != "org":
                continue
            if r.via == "org":
                parties.append(r.entity)
                parties.append(r.country)
            elif r.via in ("name", "place", "pronoun") or (r.via == "adj" and r.actor):
                parties.append(r.country)
        parties = _uniq(parties)
        countries = [p for p in parties if p.startswith("country:")]
        details: dict = {"cue": cue.text}
        if len(countries) == 1 and len(d.dyad) == 2 and countries[0] in d.dyad:
            other = [c for c in d.dyad if c != countries[0]]
            parties += other
            details["parties_inferred"] = other
        if not parties:
            continue
        systems = [m.key for m in _systems_in(d, sent, clause)]
        subject = _agreement_subject(d, clause, cue)
        if subject:
            details["subject"] = subject
        attributed = bool(sent.frames) or _statement_at(d.a, cue.start) is not None or _quoted(d, sent, cue.start)
        date, how = _date(d, sent, clause, cue.start, present=attributed)
        if how == "publication":
            date, how = None, None  # an accord's date is when it was concluded; the report's day is not that
        roles = {"party": parties}
        if systems:
            roles["system"] = systems
        dr = Draft("agreement", sent, clause, cue, roles, status="concluded", details=details)
        q = _agreement_count(d, sent, clause)
        if q:
            dr.quantity, dr.approx, dr.unit = q
        dr.date = date
        if how:
            dr.details["date_from"] = how
        dr.span = (clause.start, clause.stop)
        dr.confidence = 0.8 if not details.get("parties_inferred") else 0.65
        out.append(dr)
    return out


def _agreement_future(d: _Doc, sent: Sent, clause: Clause, cue: Cue) -> bool:
    if d.ru:
        pos, tense, _ = _verb_info(cue.text)
        planned = any(t.keys & PLAN_NOT_AGREED_RU for t in sent.toks
                      if clause.start <= t.start < cue.start)
        return tense == "futr" or pos == "INFN" or planned
    low = d.text[clause.start:cue.start].lower()
    return bool(re.search(r"\b(?:will|plans?|planned|intends?|to|expected|could|would)\s+(?:\w+\s+){0,2}$", low)) \
        or bool(re.search(r"\b(?:plans?|intends?) to\b", low))


def _agreement_subject(d: _Doc, clause: Clause, cue: Cue) -> Optional[str]:
    stop = clause.stop
    sent = d.sents[d.a.sentence_at(cue.start).index]
    for fs, fe in sent.frames:
        if cue.stop <= fs < stop:
            stop = fs
    seg = d.text[cue.stop:stop]
    m = re.search(r"\b(?:on|for|to|о|об|на)\s+([^;.«»\"“”]{5,})", seg)
    if m:
        subj = m.group(1).strip(" ,")
        if len(subj) > 120:
            subj = subj[:120].rsplit(" ", 1)[0] + "…"
        return subj
    seg = d.text[clause.start:cue.start]
    m = re.search(r"\b(?:on|for|о|об|на)\s+(.{5,140}?)(?:[,;.»\"]|$)", seg)
    return m.group(1).strip(" ,") if m else None


def _agreement_count(d: _Doc, sent: Sent, clause: Clause) -> Optional[tuple]:
    for t in d.toks_in(sent, clause.start, clause.stop):
        if (t.cyr and t.keys & CONTRACT_NOUNS_RU) or \
                t.low in ("contracts", "agreements", "deals"):
            got = _number_before(d, sent, t.start + 0, limit=3)
            if got is None and t.i:
                got = _number_before(d, sent, t.start, limit=3)
            if got:
                val, approx, _, _ = got
                return val, approx, "contracts" if t.low.startswith("contract") or "kontrakt" in "".join(t.keys) \
                    else "agreements"
    return None


# --- assembling -----------------------------------------------------------------------------------------

def _name_list(d: _Doc, keys) -> str:
    names = [d.short(k) for k in keys]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


SINGULAR = {"divisions": "division", "battalions": "battalion", "batteries": "battery", "regiments": "regiment",
            "brigades": "brigade", "helicopters": "helicopter", "systems": "system", "launchers": "launcher",
            "stations": "station", "vehicles": "vehicle", "tanks": "tank", "units": "unit", "sets": "set",
            "missiles": "missile", "drones": "drone", "sights": "sight", "ships": "ship", "contracts": "contract",
            "facilities": "facility"}


def _summary(d: _Doc, dr: Draft) -> str:
    r = dr.roles
    if dr.kind == "delivery":
        sup = ", ".join(d.name(k) for k in r.get("supplier", [])) or "?"
        rec = ", ".join(d.name(k) for k in r.get("recipient", [])) or "?"
        sysname = ", ".join(d.name(k) for k in r.get("system", []))
        qty = ""
        if dr.quantity is not None:
            n = int(dr.quantity) if float(dr.quantity).is_integer() else dr.quantity
            unit = SINGULAR.get(dr.unit, dr.unit) if n == 1 else dr.unit
            qty = f", {'about ' if dr.approx else ''}{n}{' ' + unit if unit else ''}"
        return f"{sup} → {rec}: {sysname}{qty} ({dr.status})"
    if dr.kind == "service_entry":
        sysname = ", ".join(d.name(k) for k in r.get("system", []))
        ctry = ", ".join(d.name(k) for k in r.get("country", []))
        verb = "to enter service" if dr.status == "planned" else "entered service"
        return f"{sysname} {verb} ({ctry})"
    if dr.kind == "meeting":
        people = [k for k in r.get("participant", [])]
        where = f" in {', '.join(d.name(k) for k in r.get('place', []))}" if r.get("place") else ""
        if len(people) == 1 and dr.details.get("visit"):
            return f"{d.short(people[0])} visit{'ed' if dr.status == 'held' else 's'}{where or ''}".replace(
                "visited in", "visited").replace("visits in", "visits")
        if len(people) == 1:
            return f"Meeting{where}: {d.short(people[0])}"
        if len(people) == 2 and all(k.startswith("person:") for k in people):
            verb = "met" if dr.status == "held" else "to meet"
            return f"{d.short(people[0])} {verb} {d.short(people[1])}{where}"
        return f"Meeting of {_name_list(d, people)}{where}"
    if dr.kind == "exercise":
        name = ", ".join(d.name(k) for k in r.get("exercise", [])) or "Unnamed"
        who = f" ({', '.join(d.name(k) for k in r.get('participant', []))})" if r.get("participant") else ""
        figs = dr.details.get("figures") or {}
        labels = {"armored_vehicles": "armored vehicles"}
        fig = ", ".join(f"{v:,} {labels.get(k, k)}" if isinstance(v, int) else f"{v} {labels.get(k, k)}"
                        for k, v in figs.items())
        planned = " (planned)" if dr.status == "planned" else ""
        return f"{name} exercise{who}{planned}" + (f": {fig}" if fig else "")
    if dr.kind == "deployment":
        owner = ", ".join(d.name(k) for k in r.get("country", []))
        what_keys = r.get("unit") or r.get("system") or []
        what = ", ".join(d.name(k) for k in what_keys) or (
            "" if dr.quantity is not None else dr.details.get("what", "forces"))
        qty = ""
        if dr.quantity is not None:
            n = int(dr.quantity) if float(dr.quantity).is_integer() else dr.quantity
            unit = SINGULAR.get(dr.unit, dr.unit) if n == 1 else dr.unit
            qty = f"{'about ' if dr.approx else ''}{n} {unit or ''} ".replace("  ", " ")
        where = ", ".join(d.name(k) for k in r.get("place", []))
        since = f" since {dr.date.value}" if dr.date and dr.date.value and dr.details.get("since") else ""
        ex = f" for {', '.join(d.name(k) for k in r.get('exercise', []))}" if r.get("exercise") else ""
        return f"{owner + ': ' if owner else ''}{qty}{what}".strip() + f" in {where}{since}{ex}"
    if dr.kind == "agreement":
        parties = ", ".join(d.name(k) for k in r.get("party", []))
        subj = dr.details.get("subject")
        noun = "Contract" if re.search(r"(?i)contract|контракт", d.text[dr.clause.start:dr.clause.stop]) else \
            "Agreement"
        qty = ""
        if dr.quantity is not None:
            n = int(dr.quantity) if float(dr.quantity).is_integer() else dr.quantity
            qty = f" ({'about ' if dr.approx else ''}{n} {dr.unit})"
        return f"{noun} ({parties}){qty}" + (f": {subj}" if subj else "")
    return dr.kind


def _to_event(d: _Doc, dr: Draft) -> Event:
    a = d.a
    if dr.kind in ("delivery", "service_entry") and dr.date is None:
        present = _present(d, dr.sent, dr.clause, dr.cue)
        if _statement_at(a, dr.cue.start) is not None or (dr.sent.frames and not d.in_frame(dr.sent, dr.cue.start)) \
                or _quoted(d, dr.sent, dr.cue.start):
            present = True  # a stage asserted in a statement holds as of that statement
        date, how = _date(d, dr.sent, dr.clause, dr.cue.start, present)
        dr.date = date
        if how:
            dr.details["date_from"] = how
    ev = Event(kind=dr.kind, sentence=dr.sent.index, start=dr.span[0], stop=dr.span[1],
               roles={k: list(v) for k, v in dr.roles.items()}, status=dr.status, quantity=dr.quantity,
               quantity_approx=bool(dr.approx), unit=dr.unit, date=dr.date,
               statement=_statement_at(a, dr.cue.start), details={k: v for k, v in dr.details.items() if v not in
                                                                  (None, [], {}, "")},
               confidence=round(dr.confidence, 2))
    if dr.cue.text and "cue" not in ev.details:
        ev.details["cue"] = dr.cue.text
    if dr.kind == "delivery":
        for k in ("supplier_org", "recipient_org"):
            orgs = ev.details.pop(k, None)
            if orgs:
                ev.roles[k] = orgs
        ev.details.pop("location", None)
    if dr.kind == "deployment" and dr.date and dr.date.value:
        t = next((t for t in a.timexes if t.text == dr.date.text and t.kind == "since"), None)
        if t:
            ev.details["since"] = True
            dr.details["since"] = True
    ev.summary = _summary(d, dr)
    return ev


def _same_meeting(index: dict, ev: Event):
    """The key of an earlier mention of the same encounter: shared people, same status, compatible dates."""
    people = {k for k in ev.roles.get("participant", []) if k.startswith("person:")}
    for key, old in index.items():
        if old.kind != "meeting" or old.status != ev.status:
            continue
        old_people = {k for k in old.roles.get("participant", []) if k.startswith("person:")}
        if not (people & old_people):
            continue
        if old.date and ev.date and old.date.value and ev.date.value and old.date.value != ev.date.value:
            continue
        return key
    return None


def _summary_of(d: _Doc, ev: Event) -> str:
    dr = Draft(ev.kind, d.sents[ev.sentence], d.clause_of(d.sents[ev.sentence], ev.start),
               Cue(ev.start, ev.stop, "", None, "", 0), ev.roles, status=ev.status, quantity=ev.quantity,
               approx=ev.quantity_approx, unit=ev.unit, details=ev.details, date=ev.date)
    return _summary(d, dr)


def _quoted(d: _Doc, sent: Sent, pos: int) -> bool:
    """Inside quotation marks, or in a sentence of a quote that runs on from an earlier one."""
    if dating._inside_quotes(d.text, sent.start, pos):
        return True
    key = ("open_quote", sent.index)
    got = d.cue_cache.get(key)
    if got is None:
        opened = d.text[:sent.start]
        got = d.cue_cache[key] = opened.count("«") > opened.count("»") or opened.count("“") > opened.count("”")
    return got


def _strong_date(d: _Doc, ev: Event) -> bool:
    """A date the text attaches to the fact itself (not the report's date)."""
    return bool(ev.date and ev.date.value and ev.details.get("date_from") not in ("statement", "publication")
                and ev.date.value != d.a.document.published)


def _quality(d: _Doc, ev: Event, title: bool) -> tuple:
    return (not title, not ev.details.get("supplier_inferred"), not ev.details.get("recipient_inferred"),
            _strong_date(d, ev), ev.date is not None, ev.quantity is not None, ev.confidence)


def _dedupe(d: _Doc, events: list) -> list:
    """One entry per stage of a supplier-recipient-system (and per meeting) in a document."""
    out: list[Event] = []
    index: dict = {}
    for ev in events:
        if ev.kind in ("delivery", "service_entry"):
            sys_key = d.family(ev.roles["system"][0])
            parties = (tuple(ev.roles.get("supplier", [])), tuple(ev.roles.get("recipient", ev.roles.get("country",
                                                                                                        []))))
            key = (ev.kind, sys_key, parties, ev.status)
        elif ev.kind == "meeting":
            key = _same_meeting(index, ev) or ("meeting", ev.sentence, ev.start)
        elif ev.kind == "deployment":
            key = ("deployment", tuple(ev.roles.get("unit", []) or ev.roles.get("system", [])) or ev.sentence,
                   tuple(ev.roles.get("place", [])))
        elif ev.kind == "agreement":
            key = ("agreement", tuple(sorted(k for k in ev.roles.get("party", []) if k.startswith("country:"))),
                   tuple(sorted(d.family(k) for k in ev.roles.get("system", []))) or ev.sentence)
        else:
            key = (ev.kind, tuple(ev.roles.get("exercise", [])) or ev.sentence)
        if key in index:
            old = index[key]
            # distinct dates are distinct facts
            if ev.kind == "delivery" and _strong_date(d, old) and _strong_date(d, ev) and \
                    old.date.value != ev.date.value and not (old.date.value.startswith(ev.date.value) or
                                                             ev.date.value.startswith(old.date.value)):
                out.append(ev)
                continue
            title_old = old.sentence == 0
            title_new = ev.sentence == 0
            best, other = (ev, old) if _quality(d, ev, title_new) > _quality(d, old, title_old) else (old, ev)
            if ev.kind == "delivery" and _strong_date(d, other) and not _strong_date(d, best):
                best.date = other.date
                best.details["date_from"] = other.details.get("date_from")
            # the more specific designation wins (S-300PS over S-300)
            if ev.kind in ("delivery", "service_entry"):
                if d.family(other.roles["system"][0]) == best.roles["system"][0] and \
                        other.roles["system"][0] != best.roles["system"][0]:
                    best.roles["system"] = list(other.roles["system"])
                    if other.quantity is not None:
                        best.quantity, best.quantity_approx, best.unit = (other.quantity, other.quantity_approx,
                                                                          other.unit)
                    best.summary = _summary_of(d, best)
                if best.quantity is None and other.quantity is not None:
                    best.quantity, best.quantity_approx, best.unit = other.quantity, other.quantity_approx, other.unit
                if best.date is None and other.date is not None:
                    best.date = other.date
            if ev.kind == "agreement":
                for k in other.roles.get("party", []):
                    if k not in best.roles["party"]:
                        best.roles["party"].append(k)
                if best.date is None and other.date is not None:
                    best.date = other.date
                best.summary = None
            if ev.kind == "meeting":
                best.summary = None
                for role in ("place", "participant"):
                    for k in other.roles.get(role, []):
                        if k not in best.roles.setdefault(role, []):
                            best.roles[role].append(k)
                if best.date is None and other.date is not None:
                    best.date = other.date
            best.details.setdefault("also_in_sentences", [])
            best.details["also_in_sentences"].append(other.sentence)
            if best.summary is None:
                best.summary = _summary_of(d, best)
            out[out.index(old)] = best
            index[key] = best
            continue
        index[key] = ev
        out.append(ev)
    return out


def extract(a) -> list[Event]:
    """Events of one analyzed document (see the module docstring)."""
    if not a.sentences:
        return []
    d = _Doc(a)
    drafts: list[Draft] = []
    taken_service: set = set()
    raw = [dr for sent in d.sents for dr in _deliveries(d, sent)]
    d.memory = _memory(raw, d)
    for dr in raw:
        done = _finish_delivery(d, dr)
        if done is not None:
            drafts.append(done)
            for m in dr.sent.mentions:
                if m.key in done.roles.get("system", []):
                    taken_service.add((m.start, m.key))
    for sent in d.sents:
        drafts.extend(_service_entries(d, sent, taken_service))
        drafts.extend(_deployments(d, sent, taken_service))
        drafts.extend(_meetings(d, sent))
        drafts.extend(_agreements(d, sent))
    drafts.extend(_exercises(d))
    events = [_to_event(d, dr) for dr in drafts]
    events = _dedupe(d, events)
    for ev in events:
        # every key an event uses is an entity of the analysis (a country named only by an adjective too)
        for keys in ev.roles.values():
            for k in keys:
                if k not in a.entities and d.entity(k) is not None:
                    a.entities[k] = d.entity(k)
    events.sort(key=lambda e: (e.start, e.kind))
    return events
