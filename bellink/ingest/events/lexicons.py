"""The cue words, lemma sets and tables the event rules read."""
from __future__ import annotations

import re

from bellink.names import fold


def _ru(*words: str) -> frozenset:
    """Russian lemmas as the folded keys ``token_keys`` produces."""
    return frozenset(fold(w) for w in words)


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


PRESENT_VERBS_EN = frozenset(("plans", "intends", "considers", "discusses", "negotiates", "remains", "receives", "gets",
                              "supplies", "delivers", "expects", "wants", "needs", "seeks"))


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


def _ordered_seq(*words):
    return tuple(fold(w) for w in words)


RU_IN_SERVICE_SEQ = [
    _ordered_seq("принять", "на", "вооружение"), _ordered_seq("поступить", "на", "вооружение"),
    _ordered_seq("встать", "на", "вооружение"), _ordered_seq("поступать", "на", "вооружение"),
    _ordered_seq("принимать", "на", "вооружение"), _ordered_seq("заступить", "на", "боевой", "дежурство"),
    _ordered_seq("поставить", "на", "боевой", "дежурство"), _ordered_seq("нести", "боевой", "дежурство"),
    _ordered_seq("ввести", "в", "строй"), _ordered_seq("ввести", "в", "эксплуатация"),
]
