"""Passages that read like a transfer and never are one: the guards ``read`` asks before it keeps a delivery.

    own make      "the army keeps getting Belarusian-made Polonez launchers", "бронемашины «Кайман»
                  отечественного производства", "модернизированные на 558-м заводе МиГ-29": the recipient's own
                  industry, never a delivery to it (a Belarusian-made chassis shipped TO Russia stays one)
    inventory     "Belarus's air defence rests on S-300PS and Buk-MB3K systems and on Tor-M2 batteries, the last
                  of which arrived from Russia in 2018", "На вооружении ВВС – МиГ-29 и полученные из России
                  Як-130": a list of what an army has; the transfer verb belongs to the one conjunct it is
                  attached to (the Tor-M2, the Як-130), never to the others
    mounted       "18 шасси МЗКТ-79221, на которых монтируются пусковые установки «Ярс»", "chassis for the Yars
                  launcher", "nuclear warheads for the Iskander-M", "боеприпасы для «Искандер-М»": the system the
                  delivered item carries or arms is not delivered
    refused       "Минск просит продать ему дивизион С-400 ... Однако ... свободных дивизионов С-400 не будет",
                  "Belarus asked about Su-35s; the Russian side replied it could not spare any": a request the
                  supplier turned down, like a halted deal, is no discussion
    basing        "Minsk would welcome two squadrons of Russian fighters stationed at Lida", "попросил разместить
                  в республике полк российских истребителей": aircraft of the supplier's own forces to be based
                  in the country, a deployment asked for, never a transfer
    waiting       "Россия ждет оплату за поставленные Су-30СМ", "Moscow is awaiting payment for the Tor-M2 it shipped":
                  what is waited for is another noun (a preposition stands between the waiting word and the
                  system), so the waiting is neither a transfer cue nor a plan of the system's delivery
    links         "Related: Minsk receives first Iskander-M brigade", "Читайте также: ...": a page's links to
                  other stories, not a sentence of this one
    repair plant  "The 558th Aircraft Repair Plant has handed the air force four more MiG-29": its own country's forces
    museum        "a T-34 tank that came from Russia now stands in the museum", "танк установят на постаменте": an
                  exhibit or a monument, not a weapon handed to an army
    dismissed     "Reports that Minsk would sell MiG-29s to Russia were dismissed as speculation", "Информацию о том, что
                  Минск ведет переговоры о закупке Су-30СМ, не подтвердили": a claim denied is no stage
    command       "two more MiG-31K, which remain under Russian command", "остаются под российским командованием": the
                  supplier's own forces stationed in the country, never a transfer
    formation     "A Russian S-400 regiment deployed to Belarus", "will be operated by Russian crews": the supplier's own
                  forces, placed or worked by its people, stay the supplier's
    tally         "has received 28 Mi-8 since 2016", "С 2019 года ВВС получили 20": a count from a year before the report
                  restates batches told elsewhere
    base          "Russia will set up a fighter air base in Belarus, and the first duty flight of Su-27 fighters will
                  arrive there", "Россия создаст в Белоруссии авиабазу": the supplier's own base, its duty unit
    carrier       "Two Il-76 transports flew into Machulishchy from Russia with the systems", "Ан-124 прилетел с
                  комплексами": the transport aircraft that arrives carries the cargo; it is not what changes hands
Not guarded: "Belarusian-made MZKT chassis were shipped to Russia" (made by the supplier), "Belarus wants its own
S-400" (a plain "own" on the only system of the sentence), "Russia will supply S-400 systems to be deployed near
Grodno" (the supplier hands them over; where they stand is the recipient's business).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.docgate import may
from bellink.ingest.events.lexicons import BRING_RU, CLAIM, DISMISSED, EN_UNATTESTED, FLIGHT_EN, FLIGHT_RU, LANDING_RU, RU_UNATTESTED
from bellink.ingest.events.lexicons import LANDING_EN as MOVEMENT_EN
from bellink.ingest.events.numbers import number_value
from bellink.ingest.events.words import verb_info

if TYPE_CHECKING:
    from bellink.ingest.events.document import Clause, Doc, Sent


# --- own make ----------------------------------------------------------------------------------------------

_MAKE_EN = r"(?:made|built|produced|assembled|developed|designed|manufactured)"
_MAKE_RU = r"(?:производства|сборки|разработки|выпуска|изготовления)"
# "Belarusian-made", "domestically built", "home-grown" right before the system (a few words between)
OWN_BEFORE_EN = re.compile(
    r"(?i)\b(?:(?P<adj>belarusian|belarus|russian|russia|minsk|ukrainian)[-\s]" + _MAKE_EN +
    r"|(?P<own>(?:domestically|locally|nationally|indigenously)[-\s]" + _MAKE_EN +
    r"|home[-\s]?grown|home[-\s]made|indigenous(?:ly\s+" + _MAKE_EN + r")?|own[-\s]" + _MAKE_EN + r"))"
    r"\s+(?:[\w-]+\s+){0,3}[\"“«]?$")
# "«Кайман» отечественного производства", "Volat trucks of Belarusian make", "built in Belarus"
OWN_AFTER_RU = re.compile(
    r"(?i)^[»\"”]?\s*(?:[\w-]+\s+){0,2}?(?P<adj>белорусск\w+|российск\w+|отечественн\w+|собственн\w+|сво\w+|"
    r"местн\w+|минск\w+|национальн\w+)\s+" + _MAKE_RU)
OWN_BEFORE_RU = re.compile(
    r"(?i)(?P<adj>белорусск\w+|российск\w+|отечественн\w+|собственн\w+|сво\w+|местн\w+|минск\w+)\s+" + _MAKE_RU +
    r"\s+(?:[\w-]+\s+){0,3}[«\"]?$")
OWN_AFTER_EN = re.compile(
    r"(?i)^[»\"”]?\s*(?:[\w-]+\s+){0,3}?(?:of\s+(?P<adj>belarusian|russian|domestic|local|its\s+own|their\s+own)\s+"
    r"(?:make|design|manufacture|production|development)|" + _MAKE_EN + r"\s+in\s+(?P<place>belarus|russia)\b|"
    r"(?:made|built|produced|assembled)\s+(?:at|by)\s+(?P<plant>belarusian|local|domestic)\b)")
# "модернизированные на 558-м авиаремонтном заводе истребители МиГ-29", "MiG-29s overhauled at home": the
# recipient's own plant worked on the system, which then comes back (or was never away)
UPGRADED_BEFORE = re.compile(
    r"(?i)(?:модернизированн\w*|отремонтированн\w*|восстановленн\w*|upgraded|moderni[sz]ed|overhauled|repaired|"
    r"refurbished)\s+(?:(?:на|в|at|by|in)\s+(?:[\w«»\"-]+\s+){1,5})?(?:[\w-]+\s+){0,2}[«\"“]?$")
UPGRADE_PLACE = re.compile(r"(?i)(?:на|в|at|by|in)\s+(?:[\w«»\"-]+\s+){0,4}?(?:завод\w*|предприяти\w*|plants?|"
                           r"factor(?:y|ies)|works|repair)")
COUNTRY_WORDS = {"belarus": "country:belarus", "минск": "country:belarus", "белорусск": "country:belarus",
                 "russia": "country:russia", "российск": "country:russia", "ukrain": "country:ukraine",
                 "росси": "country:russia", "рф": "country:russia", "беларус": "country:belarus", "белорусси": "country:belarus"}


def _country(word: str) -> Optional[str]:
    w = word.lower()
    for stem, key in COUNTRY_WORDS.items():
        if w.startswith(stem):
            return key
    return None


def own_make(d: Doc, sent: Sent, m) -> Optional[str]:
    """Whose industry made (or upgraded) the system, as the text marks it next to it: a country key, "own" for the
    army's own ("отечественного производства", "domestically built"), else None."""
    before = d.text[max(sent.start, m.start - 60):m.start]
    after = d.text[m.stop:min(sent.stop, m.stop + 60)]
    for rx in ((OWN_BEFORE_RU, OWN_AFTER_RU) if d.ru else (OWN_BEFORE_EN, OWN_AFTER_EN)):
        got = rx.search(before) if rx in (OWN_BEFORE_EN, OWN_BEFORE_RU) else rx.match(after)
        if not got:
            continue
        word = next((g for g in got.groups() if g), "")
        return _country(word) or "own"
    up = UPGRADED_BEFORE.search(before)
    if up and UPGRADE_PLACE.search(up.group()):
        return "own"
    return None


# "Alongside the Russian hardware, ...", "Помимо российской техники, ...": what follows is set apart from the
# supplier's kit
BESIDES = re.compile(r"(?i)\b(?:alongside|besides|apart\s+from|in\s+addition\s+to|помимо|кроме)\s+(?:the\s+)?"
                     r"(?:[\w-]+\s+){0,2}?(?:hardware|equipment|systems|weapons|arms|kit|техники|вооружени\w*|систем|"
                     r"машин|образцов)\b")


# "the army's own Buk-MB3K launchers", "собственные комплексы «Бук-МБ3К»": a possessive "own" on a system
OWN_PLAIN = re.compile(r"(?i)(?:\b(?:its|their|his|her|our|[\w-]+['’]s)\s+own|\bсобственн\w+|\bсво(?:и|их|ими|й|я|ю|е|ё))"
                       # ("Polonez launchers of its own make and Iskander-M systems": the "own" is the first conjunct's)
                       r"\s+(?:(?!(?:and|or|и|или|а)\s)[\w-]+\s+){0,3}[«\"“]?$")


def own_beside_another(d: Doc, sent: Sent, m) -> bool:
    """A possessive "own" on the system, in a sentence that names another system: the one the army has, set
    against the one it asks for or gets ("asked for Pantsir batteries, saying the army's own Buk-MB3K lacked
    range"); a plain "own" on the only system ("Belarus wants its own S-400") is left alone."""
    if not OWN_PLAIN.search(d.text[max(sent.start, m.start - 40):m.start]):
        return False
    return any(o.type == "weapon_system" and d.family(o.key) != d.family(m.key) for o in sent.mentions)


def made_by_recipient(d: Doc, sent: Sent, m, suppliers, recipients) -> bool:
    """The system is marked as made or upgraded by someone other than the supplier the clause names, or by its
    recipient, or by the country a "besides the Russian hardware" sets it apart from: the recipient's own industry
    ("own" = whoever receives), so no delivery to it."""
    who = own_make(d, sent, m)
    if who is None:
        return own_beside_another(d, sent, m)
    return who == "own" or who not in suppliers or who in recipients or bool(BESIDES.search(sent.text))


# --- inventory lists -----------------------------------------------------------------------------------------

INVENTORY_EN = re.compile(
    r"(?i)\b(?:rel(?:y|ies|ied|ying)\s+on|rest(?:s|ed|ing)?\s+on|operat(?:e|es|ed|ing)|fl(?:y|ies|ew|own)|"
    r"(?:is|are|was|were)\s+(?:armed|equipped)\s+with|(?:fleet|inventory|arsenal|backbone)\s+(?:of\s+\w+\s+)?"
    r"(?:includes|consists\s+of|comprises|is|are)|(?:has|have|had)\s+in\s+(?:service|its\s+inventory))\b")
INVENTORY_RU = re.compile(
    r"(?i)(?:\bна\s+вооружении\b|\bсосто(?:ит|ят|яли|ял[аои]?)\b|\bэксплуатиру\w+|\bрасполага\w+|\bоснащ[её]н\w*|"
    r"\bоснову\s+\w+\s+составля\w+|\bимеет\s+в\s+составе)")
# ", the last of which arrived", ", the first two of which": the relative clause names one conjunct's members
OF_WHICH = re.compile(r"(?i),\s*(?:the\s+)?(?:[\w-]+\s+){0,3}of\s+(?:which|them)\b|,\s*(?:[\w-]+\s+){0,2}из\s+которых\b")


def _systems_between(sent: Sent, lo: int, hi: int, keep) -> bool:
    return any(o.type == "weapon_system" and lo <= o.start and o.stop <= hi and o is not keep
               for o in sent.mentions)


def attached_only(d: Doc, sent: Sent, clause, cue, ms: list) -> list:
    """In a list of what an army has ("rests on X and Y and on Z, the last of which arrived in 2018"), the systems
    the transfer cue is attached to: the nearest conjunct on each side of it, never one with another system
    between it and the cue. Any other clause: ``ms`` as it is."""
    seg = d.text[clause.start:cue.start]
    inventory = INVENTORY_RU.search(seg) if d.ru else INVENTORY_EN.search(seg)
    if inventory is not None and d.in_frame(sent, clause.start + inventory.start()):
        inventory = None
    of_which = OF_WHICH.search(d.text, clause.start, cue.start)
    if inventory is None and of_which is None:
        return ms
    if d.ru and verb_info(cue.text.split()[0])[0] == "PRTF" and any(m.start >= cue.stop for m in ms):
        # "МиГ-29 и полученные из России Як-130": a participle in front of its noun is that noun's
        ms = [m for m in ms if m.start >= cue.stop]
    out = []
    for m in ms:
        lo, hi = (m.stop, cue.start) if m.stop <= cue.start else (cue.stop, m.start)
        if not _systems_between(sent, lo, hi, m):
            out.append(m)
    return out


# --- a system the delivered item carries ----------------------------------------------------------------------

MOUNTED_BEFORE = re.compile(
    r"(?i)(?:\bна\s+(?:котор\w+|них)\s+(?:[\w-]+\s+){0,2}?(?:монтир\w+|устанавлива\w+|установлен\w*|став\w+|"
    r"размещ\w+|базиру\w+|смонтирован\w*)\s+(?:[\w-]+\s+){0,4}|"
    r"\b(?:шасси|платформ\w*|тягач\w*|прицел\w*|двигател\w*|комплектующ\w*|запчаст\w*|запасн\w+\s+част\w*|"
    r"оптик\w*|приборы?|прибор\w*|боеголовк\w*|боеприпас\w*|боезаряд\w*|боевы\w+\s+част\w*)\s+"
    r"(?:[A-ZА-ЯЁ«][\w«»-]*\s+)?(?:для|под)\s+(?:[\w-]+\s+){0,3}|"
    r"(?:^|[\s–—-])под\s+(?:(?:пусков\w+|установк\w+|ракетн\w+|зенитн\w+|оперативно-тактическ\w+|комплекс\w*|"
    r"систем\w*|ракет\w*)\s+){0,3}|"
    # "шасси ... – в основном под береговые комплексы «Бастион»": "под" with the accusative of a weapon noun is what the
    # chassis is for ("под Брестом", the instrumental, is a place)
    r"\b(?:шасси|тягач\w*|платформ\w*)\b[^.;]{0,60}?(?<!\w)под\s+(?:[\w-]+(?:ые|ие|ий|ый|ой|ую)\s+){1,3}"
    r"(?:комплекс\w*|систем\w*|установк\w*|ракет\w*)\s+|"
    r"\b(?:on\s+which|which\s+carr(?:y|ies)|that\s+carr(?:y|ies)|carrying)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}|"
    r"\b(?:fitted|fits|fit|installed|mounted|integrated)\s+(?:to|on|onto|in|into)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}|"
    r"(?:устанавлива\w+|установлен\w*|монтиру\w+|смонтирован\w*|(?<![\w-])став\w+)\s+на\s+(?:[\w-]+\s+){0,2}|"
    r"\b(?:most|many|some|all|part|half|the\s+rest)\s+of\s+(?:them|which)\s+(?:for|to\s+carry)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}|"
    r"\b(?:chassis|platforms?|carriers?|tractors?|trucks?|sights?|engines?|components?|parts|optics|spares|"
    r"warheads?|munitions|ammunition)\s+"
    r"(?:for|of)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+(?:['’]s)?\s+){0,3})[«\"“]?$")



def mounted(d: Doc, sent: Sent, m) -> bool:
    """The system is what a chassis or platform carries ("шасси, на которых монтируются пусковые установки «Ярс»",
    "chassis for the Yars launcher"): never the object of the transfer."""
    lo = max(sent.start, m.start - 90)
    if not may(MOUNTED_BEFORE, d.text, lo, m.start):
        return False
    before = d.text[lo:m.start]
    if not MOUNTED_BEFORE.search(before):
        return False
    # "a train carrying 12 MT-LB tractors", "эшелон, на котором ..." is cargo, not a mount
    return not CARGO_CARRYING.search(before)


# --- a system named only for comparison --------------------------------------------------------------------------

COMPARED_BEFORE = re.compile(
    r"(?i)(?:\bкак\s+(?:это\s+)?(?:было|произошло|случилось|получилось)\s+(?:и\s+)?со?|"
    r"\bas\s+(?:(?:was|had\s+been)\s+the\s+case|(?:it\s+)?(?:was|did|happened))\s+with|\bas\s+with)\s+"
    r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}[«\"“]?$")


def compared(d: Doc, sent: Sent, m) -> bool:
    """The system stands in a comparison ("no more free transfers, as was the case with the S-300", "рассчитывать на
    безвозмездную передачу, как было с С-300, больше не приходится"): the past case the clause is measured against,
    never the object of the clause's transfer."""
    return bool(COMPARED_BEFORE.search(d.text, max(sent.start, m.start - 60), m.start))


# --- a system the transfer's object denies ------------------------------------------------------------------------

# "Russia has delivered no Su-30SM fighters", "received no new Tor-M2K launchers", "delivered four Su-30SM and no Mi-35M",
# "has delivered not a single Su-30SM": "no" / "not a single" determines the object that holds the system
NONE_BEFORE_OBJECT = re.compile(r"(?i)(?:\bno|\bnot\s+(?:a\s+single|one|even\s+one|any))\s+"
                                r"(?:(?:new|more|further|other|additional|modern|such)\s+)?[«\"“]?$")


def none_of(d: Doc, sent: Sent, cue, m) -> bool:
    """The system after the transfer cue is the head of an object none of which moved (that conjunct only)."""
    return cue.stop <= m.start and NONE_BEFORE_OBJECT.search(d.text, max(cue.stop, m.start - 40), m.start) is not None


def unattested_after(d: Doc, sent: Sent, cue, m) -> bool:
    """The system stands in the complement of a "neither confirming nor denying that", "no sign that", "не стал
    подтверждать, что" after the cue: "Russia delivered four Tor-M2K ..., the ministry said, neither confirming nor denying
    that S-400 systems were also sent" (the S-400 is not the delivered one)."""
    if m.start < cue.stop:
        return False
    rx = RU_UNATTESTED if d.ru else EN_UNATTESTED
    # the English patterns are lowercase: lower the cue-to-system window only (with room for a look-behind), never
    # the whole document per call (a 20 MB document took minutes)
    lo = max(sent.start, cue.stop - 64)
    text = d.text[lo:m.start]
    got = None
    for got in rx.finditer(text if d.ru else text.lower(), cue.stop - lo):
        pass
    return got is not None and not re.search(r"[;:]", d.text[lo + got.end():m.start])


# --- a system named as what the transfer replaces -----------------------------------------------------------------

# "as a replacement for the ageing S-300", "to replace its MiG-29s", "на замену устаревшим С-300", "для замены МиГ-29",
# "взамен Су-27", "придут на смену «стареющим» МиГ-29": the system after the replacing word is the one retired, never the
# one moved (a quoted word of the retired one's noun phrase included); so is the alternative set aside ("Tor-M2K
# launchers instead of the S-400 Minsk asked for", "rather than buy Su-35s", "«Тор-М2К» вместо С-400")
REPLACED_BEFORE = re.compile(
    r"(?i)(?:\binstead\s+of|\brather\s+than|"
    r"\breplac(?:e|es|ed|ing|ements?)(?:\s+(?:for|of))?|(?<!\w)(?:вместо|на\s+замену|на\s+смену|для\s+замены|в\s+замену|"
    r"взамен|замен(?:ить|ят|ит|яет|яют|ял[аи]?|ивш\w*|яющ\w*|ы|е|у)))\s+(?:the\s+|its\s+|their\s+|belarus['’]s\s+)?"
    r"(?:[«\"“]?[\w-]+[»\"”]?\s+){0,5}?[«\"“]?$")


def replaced(d: Doc, sent: Sent, m) -> bool:
    """The system is the object of a replacing word: the one retired, never the object of the clause's transfer. Not a
    system after another one the word governs unless joined to it ("а вместо старых С-300 придут С-400": the S-400 is
    what comes; "to replace its MiG-29 and Su-27 fighters": both retire)."""
    got = REPLACED_BEFORE.search(d.text, max(sent.start, m.start - 60), m.start)
    if got is None or any(o.type == "weapon_system" and got.end() > o.start >= got.start() and o.stop <= m.start
                          and not JOINED.search(d.text, o.stop, m.start) for o in sent.mentions):
        return False
    alt = ALTERNATIVE.search(got.group())
    if alt is None:
        return True
    if len(got.group()[alt.end():].split()) > 3 and not any(
            o.type == "weapon_system" and o.key != m.key and not got.start() <= o.start < m.stop for o in sent.mentions):
        # ("Вместо обещанных в 2023 году Су-30СМ ... получила ... Як-130": four words and more between reach the system
        # only when the sentence names another one to take its place; "Вместо запланированной на 2023 год поставки
        # Су-30СМ прибыли ...": the delivery was set aside, the Su-30SM came)
        return False
    # "instead of", "rather than", "вместо" may set aside a count, a state or a way of the same system: "Instead of the
    # planned eight Su-30SM, Belarus received only four", "Вместо двух дивизионов С-400 Россия передаст четыре" (a count
    # in the phrase: the system is set aside only for another one the sentence names), "new rather than upgraded T-72B3",
    # "buy rather than lease Su-30SM" (one word on either side: two modifiers or two verbs of the same system)
    words = [t for t in sent.toks if got.start() + alt.end() <= t.start < m.start and t.text[:1].isalnum()]
    if any(number_value(d, t) is not None for t in words):
        return any(o.type == "weapon_system" and o.key != m.key and not got.start() <= o.start < m.stop
                   for o in sent.mentions)
    before = d.text[max(sent.start, got.start() + alt.start() - 2):got.start() + alt.start()]
    return not (len(words) == 1 and words[0].low not in DETERMINERS and before[-1:].isspace() and before[:1].isalnum())


DETERMINERS = frozenset("the a an its their his her our this that these those any some more other".split())


def set_aside(d: Doc, sent: Sent) -> list:
    """(start, stop) of each phrase an "instead of" / "rather than" / "вместо" sets aside: what was planned, promised or
    counted and did not come ("Instead of the planned eight Su-30SM, Belarus received only four", "Вместо обещанных в
    2023 году Су-30СМ Белоруссия получила ... Як-130", "Instead of the planned delivery in 2023, the Su-30SM arrived in
    March 2024"). Its words (the plan's participle, its count, its time) are the set-aside thing's, never the clause's
    stage, count or date. The phrase ends at a comma, a dash or a colon, or after the first system named in it; with
    no punctuation it stops before the clause's subject or verb (a country, a finite verb: "Вместо старых самолетов
    Белоруссия получила ...") and sets aside only a system or a count. "Вместо этого", "instead of that": nothing."""
    if not ALTERNATIVE_WORDS.search(sent.low):
        return []
    out = []
    countries = {r.start for r in sent.refs if r.country}
    for alt in ALTERNATIVE.finditer(d.text, sent.start, sent.stop):
        if BACK_REFERENCE.match(d.text, alt.end(), sent.stop):
            continue  # "Вместо этого Россия передала ...", "instead of that": the alternative is told before
        stop = alt.end()
        words = 0
        holds = closed = False
        for t in sent.toks:
            if t.start < alt.end():
                continue
            if re.search(r"[,;:–—]|\s-\s", d.text[stop:t.start]):
                closed = True
                break
            if words and (t.start in countries or t.low in CLAUSE_AUX or d.ru and t.cyr and verb_info(t.text)[0] == "VERB"):
                break  # the clause's own subject or verb
            named = next((o for o in sent.mentions if o.type == "weapon_system" and o.start <= t.start < o.stop), None)
            if named is not None:
                stop, holds = named.stop, True
                nxt = next((u for u in sent.toks if u.start >= named.stop), None)
                if not d.ru and nxt is not None and not re.search(r"[,;:–—]", d.text[named.stop:nxt.start]) and (
                        nxt.low in SET_ASIDE_GOES_ON or re.fullmatch(r"[a-z]+ed", nxt.low)):
                    # "instead of the Su-30SM promised in 2023, ...", "instead of the eight Su-30SM it was promised":
                    # the system's own participle or relative clause, to the next comma
                    more = re.search(r"[,;:–—]", d.text[nxt.start:sent.stop])
                    stop = nxt.start + more.start() if more else sent.stop
                break
            stop = t.stop
            words += 1
            if number_value(d, t) is not None and t.low not in ("a", "an") and not YEAR_WORD.fullmatch(t.text) and \
                    not any(o.type == "weapon_system" and 0 <= o.start - t.stop <= 40 and not re.search(
                        r"[,;:–—]", d.text[t.stop:o.start]) for o in sent.mentions):
                holds = True
                break  # "Instead of the planned eight, ...": the count ends it when no system follows it
            if words >= 6:
                break
        else:
            closed = True  # (to the end of the sentence: "perhaps as a loan rather than a purchase")
        if stop > alt.end() and (holds or closed):
            out.append((alt.start(), stop))
    return out


BACK_REFERENCE = re.compile(r"(?i)\s*(?:этого|того|всего\s+этого|that|this|it)\b|\s*,")
CLAUSE_AUX = frozenset({"will", "would", "shall", "has", "have", "had", "is", "are", "was", "were", "can", "could",
                        "may", "might", "must", "should"})


ALTERNATIVE_WORDS = re.compile(r"instead|rather|вместо")
SET_ASIDE_GOES_ON = frozenset({"that", "which", "it", "they", "we", "minsk", "moscow", "belarus", "russia"})
YEAR_WORD = re.compile(r"(?:19|20)\d\d")


ALTERNATIVE = re.compile(r"(?i)\binstead\s+of\b|\brather\s+than\b|(?<!\w)вместо(?!\w)")


JOINED = re.compile(r"(?i),|\b(?:and|or|nor)\b|(?<!\w)(?:и|или)(?!\w)")


# --- forces moved for training ------------------------------------------------------------------------------------

# "arrived at a range near Gomel for joint training", "arrived at the range, where Russian units are training", "для
# совместной боевой подготовки", "где подразделения ВС РФ проходят слаживание": what comes for joint training or to a
# range where units train is a force moved for drills, like one sent to an exercise (a deployment), never a transfer.
# Not "the battery that arrived in May уже проходит слаживание": the recipient's crews train on what they received
TRAINING_PURPOSE = re.compile(
    r"(?i)\b(?:for|to\s+(?:take\s+part\s+in|join|participate\s+in))\s+(?:a\s+|the\s+)?joint\s+(?:combat\s+)?training\b|"
    r"\bwhere\s+(?:[\w-]+\s+){0,3}(?:units?|troops|crews|forces)\s+(?:are|were)\s+(?:training|drilling)\b|"
    # (the two armies' joint training centres, where each side's aircraft and crews come to train)
    r"\bjoint\s+(?:combat\s+)?training\s+cent(?:re|er)s?\b|(?<!\w)совместн\w+\s+учебно-боев\w+\s+центр\w*|"
    r"(?<!\w)для\s+совместн\w+\s+(?:боев\w+\s+)?(?:тренировк\w+|подготовк\w+|учеб\w+)|"
    r"(?<!\w)где\s+(?:[\w-]+\s+){0,4}(?:проход\w+|провод\w+)\s+(?:боевое\s+)?слаживани\w+")


def training_purpose(d: Doc, sent: Sent) -> bool:
    """The sentence moves systems for joint training or to a range where units train (see above)."""
    return may(TRAINING_PURPOSE, d.text, sent.start, sent.stop) and TRAINING_PURPOSE.search(sent.text) is not None


# --- what an army holds: "has N X on combat duty" -----------------------------------------------------------------

# "Belarus has several Russian-made S-300 battalions on combat duty", "already has two Tor-M2 batteries in service",
# "У Белоруссии есть несколько дивизионов С-300 на боевом дежурстве": the possession verb takes the system as its
# object, with only adverbs, a count and the system's own adjectives between them; the state after it is the count
# of what the army holds (bench/gold/RULES.md point 9: a cumulative in-service count is no entry), never a transfer.
# Not held: "has put two Tor-M2 on duty", "has received ..." (a verb between), "now has its first S-400 on duty" (an
# ordinal tells one batch)
HELD_BEFORE = re.compile(
    r"(?i)(?:\b(?:has|have|had)|(?<!\w)у\s+[\w-]+\s+(?:уже\s+|сейчас\s+)?(?:есть|имеется|имеются|было|были))\s+"
    r"(?:(?:already|now|still|also|only|уже|сейчас|также|"
    r"several|some|a|few|number|of|many|dozens?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|"
    r"несколько|два|две|три|четыре|пять|шесть|восемь|десять|двенадцать|"
    r"[\w]+-(?:made|built)|russian|new|modern|advanced|old|ageing|aging|российск\w+|современн\w+|"
    r"дивизион\w*|батаре\w+|комплекс\w*|систем\w*)\s+){0,6}[«\"“]?$")
HELD_STATE = re.compile(r"(?i)\bon\s+(?:combat\s+|alert\s+)?duty\b|\bin\s+service\b|"
                        r"(?<!\w)на\s+(?:боевом\s+)?дежурстве(?!\w)|(?<!\w)на\s+вооружении(?!\w)")


def held(d: Doc, sent: Sent, clause, m) -> bool:
    """The system is the object of a possession verb and the clause gives the state it is held in (see above)."""
    return HELD_BEFORE.search(d.text, max(clause.start, m.start - 80), m.start) is not None and \
        HELD_STATE.search(d.text, m.stop, clause.stop) is not None


# a vehicle that hauls cargo: what it carries is the cargo moved ("a train carrying 12 MT-LB tractors left for Russia")
CARGO_CARRYING = re.compile(r"(?i)\b(?:trains?|echelons?|convoys?|wagons?|flatcars?|railcars?|ships?|vessels?|"
                            r"planes?|transports?)\s+(?:[\w-]+\s+){0,2}?carrying\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[«\"“]?$")


# --- a request the supplier turned down -------------------------------------------------------------------------

REFUSAL = re.compile(
    r"(?i)\bсвободн\w+\s+(?:[\w-]+\s+){0,10}?(?:нет|не\s+будет|не\s+имеется|не\s+найд[её]тся)\b|"
    r"\b(?:такой\s+|этой\s+)?возможности\s+(?:[\w-]+\s+){0,4}?(?:нет|не\s+будет)\b|"
    r"\bне\s+(?:смо\w+|может|могут|сможет|смогут)\s+(?:\w+\s+)?(?:выделить|поставить|продать|передать|предоставить)\b|"
    r"\bответил\w*\s+отказом|\bотказал\w*\s+(?:\w+\s+)?в\s+(?:просьбе|запросе|поставке|продаже)|"
    r"\bотклонил\w*\s+(?:\w+\s+)?(?:просьбу|запрос|заявку|предложение)|"
    r"\b(?:could|can|would|will)\s*(?:not|n't)\s+(?:\w+\s+)?spare\b|\bnone\s+(?:\w+\s+)?(?:to\s+spare|could\s+be\s+spared)|"
    r"\bno\s+(?:[\w-]+\s+){0,3}(?:to\s+spare|available\s+(?:for|before|until))\b|"
    r"\b(?:rejected|refused|turned\s+down|declined|denied)\s+(?:the\s+|a\s+|this\s+|that\s+|its\s+|his\s+|her\s+|"
    r"every\s+|each\s+|all\s+(?:the\s+|its\s+|such\s+)?|these\s+|those\s+|such\s+|their\s+|"
    r"[\w']+'s\s+)?(?:requests?|proposals?|bids?|pleas?)\b|\bno\s+such\s+possibility\b|"
    # 'Russia has refused to sell them', 'Москва отказалась их продать'
    r"\b(?:refused|declined|rejected\s+calls)\s+to\s+(?:\w+\s+)?(?:sell|supply|deliver|transfer|provide|hand\s+over)\b|"
    r"\bотказал\w*\s+(?:\w+\s+)?(?:продать|продавать|поставить|поставлять|передать|передавать|предоставить)\b")



def refused_later(d: Doc, sent: Sent, m) -> str:
    """The refusal of a request for ``m`` in one of the three sentences after it (which names ``m``'s family or no
    system at all); "" when none."""
    fam = d.family(m.key)
    # a headline's request may be refused well below it in the body, in a sentence naming the system again
    # ("Лукашенко попросил Москву продать ... дивизион С-400" over "... свободных дивизионов С-400 не будет")
    title = sent.index == 0 and sent.text.rstrip()[-1:] not in ".!?\"»”"
    after = d.sents[1:16] if title else d.sents[sent.index + 1:sent.index + 4]
    for s in after:
        # each sentence searched once, whatever number of systems before it ask; the words are kept, not the
        # match (the cache travels back from a split's child by pickle, which refuses re.Match: overlap.halves)
        key = ("refusal", s.index)
        got = d.cue_cache.get(key)
        if got is None:
            hit = may(REFUSAL, d.text, s.start, s.stop) and REFUSAL.search(s.text)
            got = d.cue_cache[key] = hit.group() if hit else ""
        if not got:
            continue
        named = [o for o in s.mentions if o.type == "weapon_system"]
        if (not named and s.index <= sent.index + 3) or any(d.family(o.key) == fam for o in named):
            return got
    got = may(REFUSAL, d.text, m.stop, sent.stop) and REFUSAL.search(d.text, m.stop, sent.stop)
    return got.group() if got else ""


# --- the supplier's own forces to be based in the country -------------------------------------------------------

BASING = re.compile(r"(?i)\b(?:based|basing|stationed|stationing|deployed|deploy|deployments?|to\s+station|разместить|размещени\w+|"
                    r"размещ[её]н\w*|базировани\w+|базироваться|дислоцир\w+|дислокаци\w+)\b")
# "asked for the Pantsir-S1 to be stationed near its northern border": where the system stands, asked of its owner
TO_BE_BASED = re.compile(r"(?i)[»\"”]?\s*(?:[\w-]+\s+){0,3}?(?:to\s+be\s+(?:based|stationed|placed|deployed|positioned)|"
                         r"(?:be|being)\s+(?:based|stationed|deployed)\s+(?:near|at|on|along|close))")


def basing_request(d: Doc, sent: Sent, clause, m, suppliers) -> bool:
    """"Minsk would welcome two squadrons of Russian fighters stationed at Lida": the system carries the supplier's
    own adjective ("Russian fighters", "российских истребителей") in a clause about basing them."""
    if not BASING.search(d.text, clause.start, clause.stop):
        return False
    if TO_BE_BASED.match(d.text, m.stop, clause.stop):
        return True  # "asked for the Pantsir-S1 to be stationed near its border (and Moscow agreed)": placement
    before = d.text[max(clause.start, m.start - 40):m.start]
    return any(r.via == "adj" and r.country in suppliers and clause.start <= r.start < m.start and
               r.stop >= m.start - len(before) for r in sent.refs)


# --- a page's links to other stories -----------------------------------------------------------------------------

LINKS = re.compile(r"(?i)^\s*(?:related|read\s+also|see\s+also|also\s+read|more\s+on\s+this|you\s+may\s+also\s+like|"
                   r"(?:more|latest|other)\s+news|recommended|читайте\s+также|также\s+читайте|см\.\s+также|смотрите\s+также|"
                   r"(?:новости\s+)?по\s+теме|другие\s+новости|читайте\s+нас)\s*:")


def link_line(sent: Sent) -> bool:
    return bool(LINKS.match(sent.text))


# --- questions -------------------------------------------------------------------------------------------------

QUESTION_END = re.compile(r"\?[\s\"»”’']*$")


def question(sent: Sent) -> bool:
    """"Will Russia deliver Iskander missiles to Belarus?", "Получит ли Минск С-400 к маю?": a question asserts no
    stage of a transfer (a headline's, a journalist's, or one quoted)."""
    return bool(QUESTION_END.search(sent.text))


# --- waiting for something else ---------------------------------------------------------------------------------

WAIT_WORD = re.compile(r"(?i)(?<!\w)(?:жд\w*|ожида\w*|wait\w*|await\w*|expect(?:s|ed|ing)?\b)")
# "ожидают, что Су-30СМ примут участие в параде": what is awaited is a clause with a predicate of its own (its own
# transfer verb, if any, is read there)
THAT_AFTER = re.compile(r"(?i)\s*,?\s*(?:что|чтобы|that)(?!\w)")
# "expects two Su-30SM fighters to fly over Minsk": what is awaited is an act of the systems; when the act is a
# transfer ("to arrive by December", "to be handed over"), its own cue reads it, as the future it is
INFINITIVE_AFTER = re.compile(r"(?i)(?:\s+[\w-]+){0,2}?\s+to\s+[a-z]+\b")
OTHER_OBJECT = re.compile(r"(?i)(?<!\w)(?:за|for|about|о|об|обо)(?!\w)")
# "a decision on the Su-35", "решение по Су-35": the system is the topic of the noun before it
TOPIC_BEFORE = re.compile(r"(?i)(?<!\w)(?:on|about|over|regarding|по|о|об|обо|насч[её]т)\s+(?:the\s+|new\s+|[\w-]+\s+)?"
                          r"[«\"“]?$")


def waits_for_other(d: Doc, sent: Sent, start: int, stop: int, clause_stop: int, clause_start: int = -1) -> bool:
    """The waiting word at ``start:stop`` ("ждет", "is waiting for", "awaits", "ожидается", "is expected") has another
    noun as its object or subject: a preposition ("оплату за", "payment for", "ответа о") stands between it and the
    first system after it, or the system before it is the topic of another noun ("A decision on Su-35 fighters ...
    is expected", "Решение по Су-35 ... ожидается"); or it awaits a clause ("ожидают, что ...") or an act of the
    systems ("expects two Su-30SM fighters to fly over Minsk")."""
    if not WAIT_WORD.search(d.text, start, stop):
        return False
    if THAT_AFTER.match(d.text, stop, clause_stop):
        return True
    systems = [m for m in sent.mentions if m.type == "weapon_system"]
    nxt = min((m for m in systems if stop <= m.start < clause_stop), default=None, key=lambda m: m.start)
    if nxt is not None:
        return bool(OTHER_OBJECT.search(d.text, stop, nxt.start)) or (
            not d.ru and INFINITIVE_AFTER.match(d.text, nxt.stop, clause_stop) is not None)
    prev = [m for m in systems if max(clause_start, sent.start) <= m.start and m.stop <= start]
    return bool(prev) and bool(TOPIC_BEFORE.search(d.text[max(sent.start, prev[0].start - 30):prev[0].start]))


# --- a request in a relative clause whose main clause says it never came ----------------------------------------

RELATIVE_THEN_NEGATED = re.compile(
    r"(?i)[»\"”]?(?:\s+[\w-]+){0,2}\s*[,–—-]\s*(?:which|that|who|о\s+котор\w+|котор\w+|что)\b[^,–—]{0,120}[,–—]\s*"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:also\s+|still\s+|so\s+far\s+|yet\s+|так\s+и\s+|до\s+сих\s+пор\s+|"
    r"пока\s+|тоже\s+|также\s+)*(?:(?:not|never)\s+(?:yet\s+)?(?:been\s+|be\s+)?|не\s+(?:был\w*\s+)?)"
    r"(?:supplied|delivered|received|handed|transferred|sold|arrived|shipped|поставлен\w*|передан\w*|получен\w*|"
    r"поступил\w*|поступ\w+|прибыл\w*|продан\w*)")


def denied_after_relative(d: Doc, sent: Sent, m) -> bool:
    """"The Tor-M2 system, which Lukashenko requested in 2009, has also not been supplied", "Комплексы «Бук-М3», о
    которых Минск просил еще в 2019 году, так и не поставлены": the stage in the relative clause (the request) is
    what the main clause says never came to anything."""
    return bool(RELATIVE_THEN_NEGATED.match(d.text, m.stop, sent.stop))


# --- the system repaired, not handed over --------------------------------------------------------------------------

REPAIR_BEFORE = re.compile(r"(?i)\b(?:overhaul\w*|repair(?:s|ed|ing)?|refurbish\w*|ремонтир\w+|отремонтир\w+|"
                           r"капитально\s+ремонтир\w+|"
                           # a finite upgrade verb ("модернизирует для белорусской армии танки", "is upgrading"), never
                           # the participle a delivered system can carry ("upgraded Su-30SM", "модернизированные")
                           r"модернизиру(?:ет|ют|ем|ется|ются)|модернизировал[аио]?|upgrad(?:es|ing)|"
                           r"moderni[sz](?:es|ing))\s+(?:[\w-]+\s+){0,4}[«\"“]?$")
# "the 558th Aircraft Repair Plant", "140-й ремонтный завод", "авиаремонтное предприятие"
REPAIR_PLANT = re.compile(r"(?i)\b(?:repair|overhaul|maintenance)\s+(?:plant|works|factory|depot|enterprise|yard)s?\b|"
                          r"(?<!\w)(?:авиа|танко|бронетанково)?ремонтн\w+\s+(?:завод|предприяти|баз)\w*")


# a count right before the participle: "100 refurbished", "more than 100 overhauled", "four repaired"
COUNTED_PARTICIPLE = re.compile(r"(?i)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred)\s+"
                                r"(?:refurbished|repaired|overhauled)\b|"
                                # "передала России более 100 отремонтированных танков Т-72А"
                                r"(?<!\w)(?:\d+|\w*(?:два|две|три|четыр|пят|шест|сем|восем|девят|десят|сто|ста|сот)\w*)\s+"
                                r"(?:капитально\s+)?(?:отремонтированн|восстановленн|отреставрированн)\w*")


PREPOSITION = re.compile(r"(?i)(?<!\w)(?:at|in|by|to|from|on|of|with|на|в|во|из|с|со|до|при|у)(?!\w)")


def repair_plant_at_home(d: Doc, sent: Sent, clause, cue) -> bool:
    """"The 558th Aircraft Repair Plant in Baranovichi has handed the air force four more MiG-29 fighters", "140-й
    ремонтный завод передал войскам первые Т-72Б": a repair plant hands its own country's forces what it worked on;
    with no other country named in the clause, nothing moves between two states."""
    plant = REPAIR_PLANT.search(d.text, clause.start, cue.start)
    if plant is None or PREPOSITION.search(d.text, clause.start, plant.start()):
        return False  # ("were overhauled at the 140th repair plant before delivery": the plant is no subject)
    return len({r.country for r in sent.refs if clause.start <= r.start < clause.stop and r.country}) <= 1


def repaired(d: Doc, sent: Sent, m) -> bool:
    """"continues to overhaul Su-25 jets for the Russian military under a contract signed in 2009", "Завод ремонтирует
    российские Ми-8 по контракту": a repair contract moves no system from one army to another."""
    hit = REPAIR_BEFORE.search(d.text, max(sent.start, m.start - 60), m.start)
    if hit is None:
        return False
    # "handed Russia more than 100 refurbished T-72A tanks": a participle counted with the system is the kind of
    # system moved (stock made ready and sold), not a repair done for its owner, unless a repair plant is named
    if COUNTED_PARTICIPLE.search(d.text, max(sent.start, hit.start() - 30), hit.end()) and \
            not REPAIR_PLANT.search(d.text, sent.start, sent.stop):
        return False
    return True


# --- the supplier's aircraft arriving to serve under its own flag ---------------------------------------------------

OWN_DUTY = re.compile(r"(?i)\b(?:to\s+(?:form|join|guard|patrol|protect|reinforce)|for\s+(?:joint\s+)?(?:air[-\s]defen[cs]e\s+)?"
                      r"duty|for\s+(?:a\s+)?joint\s+(?:training|drills?|exercises?)|на\s+совместн\w+\s+(?:трениров\w+|"
                      r"учени\w+|сбор\w*)|в\s+составе\s+(?:российск|дежурн)|для\s+(?:охраны|несения|совместного\s+дежурства)|"
                      r"заступ\w+\s+на\s+совместное\s+дежурство)")


# "to strengthen its group of forces in Belarus", "для усиления своей группировки": the supplier's own forces reinforced
OWN_GROUPING = re.compile(r"(?i)\b(?:to\s+(?:strengthen|reinforce|bolster|boost)\s+(?:its|the\s+russian|russia's)\s+"
                          r"(?:[\w-]+\s+)?(?:group|grouping|contingent|forces|presence)\b|"
                          r"(?<!\w)для\s+(?:усиления|укрепления)\s+(?:своей|российской)\s+(?:[\w-]+\s+)?(?:группировк\w+|"
                          r"контингент\w*))")
# "для региональной группировки войск", "for the regional grouping of forces": the joint grouping is manned by each
# side's own units; what comes for it stays its owner's, but only when the hardware carries its owner's adjective in the clause ("эшелоны с российской техникой") and no recipient is named
# ("Russia delivered four S-300 battalions to Belarus for the regional grouping" is a delivery)
REGIONAL_GROUPING = re.compile(r"(?i)(?<!\w)(?:для|в\s+состав\w*|на\s+усиление)\s+(?:[\w-]+\s+)?(?:региональн|объединенн|"
                               r"объединённ)\w+\s+группировк\w+|\bfor\s+(?:the\s+)?(?:regional|joint|unified)\s+"
                               r"(?:group(?:ing)?|force)\s+of\s+(?:forces|troops)\b")


def supplier_on_duty(d: Doc, sent: Sent, clause, m, suppliers) -> bool:
    """"Six Russian MiG-31 interceptors arrived at Machulishchy to form a duty group that will guard Belarusian
    airspace": the system carries the supplier's adjective and comes to serve in the supplier's own unit (stationed,
    never handed over)."""
    if OWN_GROUPING.search(d.text, clause.start, sent.stop):
        return True  # "transferred a squadron of Su-30SM to Baranovichi to strengthen its group of forces in Belarus"
    if REGIONAL_GROUPING.search(d.text, clause.start, clause.stop) and not _recipient_named(sent, clause, suppliers) and \
            any(r.via == "adj" and r.country in suppliers and clause.start <= r.start < clause.stop for r in sent.refs):
        return True  # "два эшелона с российской техникой для региональной группировки войск"
    if not OWN_DUTY.search(d.text, clause.start, sent.stop):
        return False
    return any(r.via == "adj" and r.country in suppliers and r.start < m.start and m.start - r.stop <= 25
               for r in sent.refs)


def _recipient_named(sent: Sent, clause, suppliers) -> bool:
    """A country other than the supplier named in the clause, not as an adjective ("to Belarus", "Белоруссии",
    "Belarus took delivery"): the clause tells a transfer to it."""
    return any(r.country and r.country not in suppliers and r.via != "adj" and clause.start <= r.start < clause.stop
               for r in sent.refs)


# --- the supplier's own air base, its duty unit ------------------------------------------------------------------

# "Russia will set up a fighter air base in Belarus", "Россия создаст в Белоруссии авиабазу": the supplier's base
BASE_SETUP = re.compile(
    r"(?i)\b(?:set(?:s|ting)?\s+up|establish\w*|creat\w+|open\w*|build\w*)\s+(?:a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:air\s*base|airbase|military\s+base|base)\b|"
    r"(?<!\w)(?:созда\w+|создани\w+|размест\w+|размещени\w+|открыт\w+|откро\w+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:авиабаз\w*|авиационн\w+\s+баз\w*|военн\w+\s+баз\w*)")
# "the first duty flight of Su-27 fighters", "дежурное звено истребителей Су-27": a unit on duty is its owner's
DUTY_UNIT_BEFORE = re.compile(
    r"(?i)(?:\b(?:duty|alert)\s+(?:flight|group|unit|squadron|pair|link)\s+of\s+|"
    r"(?<!\w)дежурн\w+\s+(?:звен\w+|групп\w+|пар\w+|подразделени\w+)\s+)(?:[\w-]+\s+){0,2}[«\"“]?$")


def supplier_base(d: Doc, sent: Sent, m, suppliers) -> bool:
    """"Russia will set up a fighter air base in Belarus by 2015, and the first duty flight of Su-27 fighters will arrive
    there", "Россия создаст в Белоруссии авиабазу, первые Су-27 прибудут туда до конца года": aircraft of the supplier's
    own base in the country, or of a duty unit, are stationed there, never handed over."""
    if DUTY_UNIT_BEFORE.search(d.text, max(sent.start, m.start - 50), m.start):
        return True
    base = BASE_SETUP.search(d.text, sent.start, m.start)
    return base is not None and any(r.country in suppliers and r.via in ("name", "place") and r.start < base.start()
                                    for r in sent.refs)


# --- the supplier's aircraft arriving with their own crews ------------------------------------------------------------

# "four Russian Su-27 fighters arrived at Baranovichi with their flight and ground crews", "прибыли четыре российских
# истребителя Су-27 с летным и техническим составом": a unit that moves with its people is relocated, not handed over
WITH_CREWS = re.compile(r"(?i)\b(?:with|along\s+with|together\s+with)\s+(?:their\s+|its\s+)?(?:own\s+)?(?:flight\s+and\s+"
                        r"(?:ground|technical)\s+(?:crews?|staff|personnel)|(?:air|ground|flight)\s*crews|crews|pilots|"
                        r"personnel|technical\s+staff)\b|"
                        r"(?<!\w)(?:вместе\s+)?с\s+(?:(?:л[её]тным|техническим|инженерно-техническим|личным)\s+"
                        r"(?:и\s+(?:техническим|инженерно-техническим)\s+)?составом|экипажами|летчиками|лётчиками|расч[её]тами)")


def supplier_unit_moved(d: Doc, sent: Sent, clause, m, suppliers) -> bool:
    """The system carries the supplier's own adjective ("российских истребителя Су-27") and comes with its crews
    (see above): its owner's unit moved, never a transfer (new aircraft ferried by the recipient's pilots carry no
    supplier's adjective: "Су-30СМ российской постройки" names the maker)."""
    return may(WITH_CREWS, d.text, m.stop, clause.stop) and WITH_CREWS.search(d.text, m.stop, clause.stop) is not None and supplier_owned(d, sent, m, suppliers) and \
        not _recipient_named(sent, sent, suppliers) and not any(
            r.country and r.country not in suppliers for r in sent.refs if r.start > m.stop)


# --- a system named as a topic in a list of topics -------------------------------------------------------------------

# "told reporters about the new contracts, about the Pantsir-SM and about the sanctions", "рассказал о новых
# контрактах, о «Панцире-СМ» и о санкциях": the system is a topic of its own; the transfer verb belongs to another item
# of the list
TOPIC_OF = re.compile(r"(?i)(?:\b(?:about|regarding|concerning)|(?<!\w)(?:о|об|обо|про))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"[«\"“]?$")
TOPIC_WORD = re.compile(r"(?i)(?:\b(?:about|regarding|concerning)|(?<!\w)(?:о|об|обо|про))\s")


def listed_topic(d: Doc, sent: Sent, cue, m) -> bool:
    """The system opens a topic phrase ("about the S-400") and a comma or "and" parts it from the cue's item (see
    above)."""
    hit = TOPIC_OF.search(d.text, max(sent.start, m.start - 40), m.start)
    if hit is None or "," in d.text[hit.start():m.start]:
        return False
    # (a list: another topic preposition in the sentence; "About the S-400, Russia will deliver them next year" names one
    # topic, the system the verb is about)
    if len(TOPIC_WORD.findall(sent.text)) < 2:
        return False
    if cue.stop <= hit.start():
        return LIST_SEPARATOR.search(d.text, cue.stop, hit.start()) is not None
    if cue.start >= m.stop:
        return LIST_SEPARATOR.search(d.text, m.stop, cue.start) is not None
    return False


LIST_SEPARATOR = re.compile(r"(?i),|\band\b|(?<!\w)и(?!\w)")


# --- a capability given to a system --------------------------------------------------------------------------------

# "giving some Belarusian Su-25 aircraft the ability to carry nuclear weapons", "has given the Su-25 jets the technical
# capability to ...": the system is the one the capability is given to (an upgrade of what the recipient already
# has), the capability is what is given; no system changes hands. Not "gave Belarus four Su-25 jets with the ability
# to ...": the jets are the object given
CAPABILITY_AFTER = re.compile(r"(?i)[»\"”]?(?:\s+(?!(?:with|and|to|for|in|from)\b)[\w-]+){0,2}?\s+(?:the\s+|a\s+|an\s+)?"
                              r"(?:technical\s+|military\s+|new\s+)?(?:ability|capability|capacity|means|possibility)\s+"
                              r"(?:to|of|for)\b")


GIVE_BEFORE = re.compile(r"(?i)\b(?:gave|give|gives|given|giving)\s+(?:[\w-]+\s+){0,3}?$")


def given_capability(d: Doc, sent: Sent, cue, m) -> bool:
    """A give verb right before the system's noun phrase and a capability noun right after it (see above), whichever
    cue the system is read with ("Moscow will hand over Tor-M2K launchers and will also give several Su-24 bombers the
    ability to ...")."""
    return not d.ru and GIVE_BEFORE.search(d.text, max(sent.start, m.start - 40), m.start) is not None and \
        CAPABILITY_AFTER.match(d.text, m.stop, min(sent.stop, m.stop + 80)) is not None


# --- what the arriving subject brings as its own ----------------------------------------------------------------------

# "arrived with their Ural trucks", "прибыли со своими БТР-80": the arriving subject's own hardware (a deployment)
# (not "with their new Su-30SM", "со своими новыми": what the recipient's own crews bring home is what they received)
OWN_HARDWARE_BEFORE = re.compile(r"(?i)(?:\b(?:with|along\s+with|together\s+with)\s+(?:their|its)\s+(?:own\s+)?|"
                                 r"(?<!\w)(?:вместе\s+)?со?\s+сво(?:ими|ей|им|ею)\s+)(?!(?:new|brand-new|нов\w+)\s)"
                                 r"(?:[\w-]+\s+){0,3}[«\"“]?$")


def own_hardware(d: Doc, sent: Sent, m) -> bool:
    """The system is what the arriving subject brings as its own ("with their BTR-80 vehicles")."""
    return OWN_HARDWARE_BEFORE.search(d.text, max(sent.start, m.start - 60), m.start) is not None


# --- the supplier's forces named after the system as its owner --------------------------------------------------------

# "Six MiG-31 interceptors of the Russian Air Force arrived at Machulishchy", "Iskander-M launchers of Russia's Western
# Military District were moved to Belarus", "Шесть МиГ-31 российских ВКС прибыли в Мачулищи", "Су-30СМ ВКС России
# заступили на дежурство", "«Искандер-М» Западного военного округа": the genitive right after the system names whose
# forces it belongs to (a nominative there is the next predicate's subject: "Як-130 белорусские ВВС получили"). Not "from the stocks of the Russian army", "из состава ВКС России" (a preposition: the source
# of a transfer), and never a hand-over verb ("Russia handed over four Su-30SM of its air force": read.py asks only of
# arrivals, moves and duty)
_NOT_PREP = r"(?!(?:from|out|in|at|to|for|with|из|от|с|со|в|во|на|для)\s)"
FORCES_AFTER_EN = re.compile(
    r"(?i)[»\"”]?\s*(?:" + _NOT_PREP + r"[\w-]+\s+){0,2}?(?:of|belonging\s+to)\s+(?:the\s+)?(?P<adj>russian|russia['’]s|"
    r"belarusian|belarus['’]s)\s+(?:aerospace\s+forces|air\s+force|armed\s+forces|army|navy|military|"
    r"(?:[\w-]+\s+){0,2}military\s+district|(?:[\w-]+\s+){0,2}(?:army|brigade|regiment|division|air\s+base))\b")
FORCES_AFTER_RU = re.compile(
    r"(?i)[»\"”]?\s*(?:" + _NOT_PREP + r"[\w-]+\s+){0,1}?(?:(?P<adj>российск(?:их|ого|ой)|белорусск(?:их|ого|ой))\s+(?:ВКС|ВВС|ВС|армии|"
    r"вооруж[её]нных\s+сил|военно-космических\s+сил)(?!\w)|(?:ВКС|ВВС|ВС|армии|вооруж[её]нных\s+сил)\s+"
    r"(?P<gen>России|РФ|Российской\s+Федерации|Белоруссии|Беларуси)(?!\w)|(?P<district>[\w-]+\s+военного\s+округа))")


def supplier_forces(d: Doc, sent: Sent, m, suppliers, recipients=()) -> bool:
    """The system is followed by the supplier's forces as its owner (see above): that army's own hardware moving,
    arriving or on duty, never a transfer. With no supplier named yet (it is inferred later), any owner that is not
    the recipient."""
    rx = FORCES_AFTER_RU if d.ru else FORCES_AFTER_EN
    got = rx.match(d.text, m.stop, min(sent.stop, m.stop + 80))
    if got is None:
        return False
    if got.groupdict().get("district"):
        key = "country:russia"  # (military districts are Russia's; Belarus has operational commands)
    else:
        key = _country((got.group("adj") or got.groupdict().get("gen") or "").replace("Российской Федерации", "РФ"))
    return key is not None and (key in suppliers or not suppliers and key not in recipients)


# --- all of what an army received, in service now --------------------------------------------------------------------

# "All the Tor-M2 batteries we received last year are on combat duty now", "Все четыре дивизиона С-300ПС, переданные нам
# Россией, стоят на боевом дежурстве": a quantifier over everything of the system the army got, and a state it is in
# (bench/gold/RULES.md point 9: a cumulative in-service count is no entry; the participle only restates the batches)
ALL_BEFORE = re.compile(r"(?i)(?:\ball\s+(?:of\s+)?(?:the\s+|our\s+|its\s+|their\s+|these\s+|those\s+)?|(?<!\w)(?:все|всех|всё)\s+)"
                        r"(?:[\w-]+\s+){0,3}[«\"“]?$")
STATE_IN_SERVICE = re.compile(
    r"(?i)\b(?:are|is|remain|remains|stay|stays|have\s+been|has\s+been)\s+(?:[\w-]+\s+){0,2}?(?:on\s+(?:combat\s+|alert\s+)?"
    r"duty|in\s+service|operational)\b|(?<!\w)(?:стоят|стоит|несут|нес[её]т|находятся|находится|состоят|состоит)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:на\s+(?:боевом\s+)?дежурств\w*|на\s+вооружении|боевое\s+дежурство)")


def all_in_service(d: Doc, sent: Sent, clause, m, cue, participle: bool) -> bool:
    """The system's noun phrase is quantified by "all" / "все" and the clause says the systems are on duty or in service
    now (see above): the army's holdings, neither a service entry nor a delivery. Only the rows the holdings restate:
    a transfer told by a participle of the noun ("we received", "переданные нам") or the present state itself; a
    finite transfer ("All twelve ... have now been delivered to Belarus and are in service") or a dated entry ("entered
    service in May") is told here, and stays."""
    if ALL_BEFORE.search(d.text, max(clause.start, m.start - 40), m.start) is None:
        return False
    state = STATE_IN_SERVICE.search(d.text, m.stop, clause.stop)
    if state is None:
        return False
    return participle if cue.stage == "delivered" else state.start() <= cue.start < state.end()


# --- a recipient's running total over years --------------------------------------------------------------------------

RUNNING_TOTAL = re.compile(r"(?i)\b(?:всего|в\s+общей\s+сложности|в\s+целом|итого|in\s+all|in\s+total|altogether|all\s+told)\b")
SEVERAL_YEARS = re.compile(r"(?i)\b(?:since\s+(?:19|20)\d\d|over\s+the\s+(?:past|last)\s+\w+\s+years|in\s+\w+\s+years|"
                           r"с\s+(?:19|20)\d\d(?:-?го)?\s+год\w*|за\s+(?:последние\s+)?\w+\s+(?:год\w*|лет))")


# "since 2016", "since December 2022", "с 2019 года", "с декабря 2022 года": a tally's start, a year given (group
# "month": a word before the year)
SINCE_YEAR = re.compile(r"(?i)(?<!\w)(?:since|с|со)\s+(?:(?:the\s+(?:start|beginning|end)\s+of|начала|конца)\s+)?"
                        r"(?:(?P<month>[a-zа-яё]+)\s+)?(?P<year>(?:19|20)\d\d)\b"
                        r"(?!\s*(?:-|–|—|по|to|until|till|до)\s*\d)")


# "has been buying", "keeps buying", "закупают", "покупает": a purchase that goes on (present, imperfective)
HABITUAL_EN = re.compile(r"(?i)\b(?:has|have)\s+been\s+(?:buying|purchasing|acquiring|receiving|getting|ordering)\b|"
                         r"\b(?:keeps?|kept|continues?\s+to)\s+(?:buying|purchasing|buy|purchase|receiving|receive)\b")
HABITUAL_RU = re.compile(r"(?i)(?<!\w)(?:закупа(?:ет|ют)|покупа(?:ет|ют)|приобрета(?:ет|ют)|получа(?:ет|ют))(?!\w)")


def habitual_purchase(d: Doc, sent: Sent, clause, cue) -> bool:
    """"Учебно-боевые Як-130 белорусские ВВС закупают у корпорации «Иркут» с 2015 года", "Belarus has been buying
    Su-30SM fighters from Russia since 2019": purchases that go on since a year sum up batches told (or not) elsewhere;
    no one stage of one batch (a tally, as ``running_total``)."""
    rx = HABITUAL_RU if d.ru else HABITUAL_EN
    verb = rx.search(d.text, clause.start, clause.stop)
    return verb is not None and verb.start() <= cue.start < verb.end() + 12 and \
        SINCE_YEAR.search(d.text, clause.start, clause.stop) is not None


FIRST_PERSON_RECIPIENT = re.compile(r"(?i)(?<!\w)(?:нам|to\s+us)(?!\w)")


def running_total(d: Doc, sent: Sent, clause, cue) -> bool:
    """"В общей сложности с 2019 года армия получила 18 Су-30СМ", "«Всего за три года мы получили десять Як-130»",
    "In all, Belarus has received 12 Su-30SM since 2019", "has received 28 Mi-8 since 2016" (a count from a year
    before the report's), "In all, ... has taken delivery of 14 Su-30SM2 since December 2022": the recipient's tally
    of batches over several years restates them, it is no delivery of its own (a monitor's count of what left, "in
    total, Belarus has handed over 190 tanks since October 2022", is the supplier's side and stays)."""
    if cue.side != "receive" and not FIRST_PERSON_RECIPIENT.search(d.text, clause.start, clause.stop):
        return False  # ("Всего с 2006 года нам передано восемь дивизионов": the recipient's own tally, passive)
    since = SINCE_YEAR.search(d.text, sent.start, clause.stop)
    if RUNNING_TOTAL.search(d.text, sent.start, clause.stop) and (since or SEVERAL_YEARS.search(d.text, sent.start,
                                                                                                 clause.stop)):
        return True
    # "Belarus has received 28 Mi-8 helicopters from Russia since 2016", "С 2019 года ВВС получили 20 таких самолетов":
    # a count from a bare year before the report's spans years even without "in all" (a count "since November 2019"
    # is dated to its month, and "has received Tor-M2 systems since 2011" counts nothing)
    pub = (d.a.document.published or "")[:4]
    if since is None or since.group("month") or not pub.isdigit() or int(since.group("year")) >= int(pub):
        return False
    return any(number_value(d, t) for t in d.toks_in(sent, clause.start, clause.stop) if not d.in_frame(sent, t.start))


# --- a claim its subject dismissed -------------------------------------------------------------------------------

def dismissed_claim(d: Doc, sent: Sent, cue) -> str:
    """"Reports that Belarus would sell part of its MiG-29 fleet to Russia were dismissed as speculation", "Информацию
    о том, что Минск ведет переговоры о закупке Су-30СМ, в Минобороны не подтвердили": the cue sits in the content of
    a report or rumour (``claim`` of negation_cues.tsv) that the sentence denies, dismisses or leaves unconfirmed
    (``dismissed``) outside that content; the dismissal words, else ""."""
    claim = None
    for c in (CLAIM.finditer(d.text, sent.start, cue.start) if may(CLAIM, d.text, sent.start, cue.start) else ()):
        claim = c
    if claim is None:
        return ""
    for x in DISMISSED.finditer(d.text, sent.start, sent.stop):
        if not claim.end() <= x.start() < cue.stop:
            return x.group()
    return ""


# --- museum -------------------------------------------------------------------------------------------------------
MUSEUM = re.compile(r"(?i)\b(?:museums?|exhibits?|memorials?|monuments?|pedestals?|on\s+display)\b|"
                    r"(?<!\w)(?:музе\w*|экспонат\w*|памятник\w*|постамент\w*|мемориал\w*)(?!\w)")


MUSEUM_WORDS = ("muse", "exhibit", "memorial", "monument", "pedestal", "display", "музе", "экспонат", "памятник",
                "постамент", "мемориал")


def museum_piece(d: Doc, sent: Sent, m) -> bool:
    """The system stands in a museum, on a pedestal or as a monument: the words within its sentence part (no ";"
    between, at most 100 characters away)."""
    if not any(w in sent.low for w in MUSEUM_WORDS):
        return False
    lo, hi = max(sent.start, m.start - 100), min(sent.stop, m.stop + 100)
    for x in MUSEUM.finditer(d.text, lo, hi):
        a, b = sorted((x.start(), m.start))
        if ";" not in d.text[a:b]:
            return True
    return False


# --- carrier ------------------------------------------------------------------------------------------------------
CARRIER_MAKE = re.compile(r"(?:Il|An|Ил|Ан)-?\d", re.IGNORECASE)
CARGO = re.compile(r"(?i)\b(?:transports?|airlifters?|cargo|carrying|carried|with|aboard|on\s+board)\b|"
                   r"(?<!\w)(?:транспортн\w*|груз\w*|на\s+борту|с|со)(?!\w)")


# after a supply verb, what marks it a participle: a preposition or a comma rather than its object
PARTICIPLE_AFTER = re.compile(r"(?i)\s*(?:,|(?:to|by|in|on|at|from|for|under|last|this|earlier)\b)")


def carrier_arrival(d: Doc, sent: Sent, cue, m) -> bool:
    """A transport aircraft (Il-76, An-124) is the subject of an arrival ("flew in", "landed", "прилетел") and the
    sentence calls it a transport, gives it a cargo ("with", "с", "carrying") or names another system: it carried
    what was delivered. A transport right before a supply verb whose object is another system is its subject ("Two
    Il-76 transports delivered Tor-M2 systems to Belarus", "An An-124 brought the first Pantsir-S1 to Minsk"): the
    carrier too (the Russian "доставили самолеты Ил-76" is read by its verb's lemma, read.py)."""
    if not CARRIER_MAKE.match(m.text):
        return False
    if cue.side == "supply":
        # (the active verb only: "Two Il-76MD aircraft delivered to Belarus by Russia", "An-26 aircraft, handed over to
        # Belarus in March," are the participle on the aircraft, which is what was handed over)
        return not d.ru and 0 <= cue.start - m.stop <= 40 and not any(m.stop <= r.start < cue.start for r in sent.refs) \
            and "," not in d.text[m.stop:cue.start] and PARTICIPLE_AFTER.match(d.text, cue.stop, sent.stop) is None \
            and any(o.type == "weapon_system" and not CARRIER_MAKE.match(o.text) and cue.stop <= o.start < sent.stop
                    for o in sent.mentions)
    if cue.side != "theme":
        return False
    if CARGO.search(d.text, sent.start, sent.stop):
        return True
    return any(o.type == "weapon_system" and not CARRIER_MAKE.match(o.text) for o in sent.mentions)


# "with Tor-M2 systems aboard", "carrying four Tor-M2K launchers", "с комплексами «Тор-М2» на борту": the cargo
CARGO_BEFORE = re.compile(r"(?i)(?:\b(?:with|carrying|carried|loaded\s+with)|(?<!\w)(?:с|со))\s+(?:[\w-]+\s+){0,3}[«\"“]?$")
CARGO_AFTER = re.compile(r"(?i)[»\"”]?(?:\s+[\w-]+){0,2}?\s+(?:aboard|on\s+board|на\s+борту)\b")


def carried_cargo(d: Doc, sent: Sent, m) -> bool:
    """The system is what a transport aircraft (Il-76, An-124) named in the sentence carried: "two Il-76 transports
    flew in from Russia with Tor-M2 systems aboard", "An-124 transports carrying Pantsir-S1 launchers"."""
    if CARRIER_MAKE.match(m.text) or not any(o.type == "weapon_system" and CARRIER_MAKE.match(o.text)
                                             for o in sent.mentions):
        return False
    before = CARGO_BEFORE.search(d.text, max(sent.start, m.start - 50), m.start)
    return before is not None and (not before.group(0).lower().startswith(("with", "с", "со"))
                                   or CARGO_AFTER.match(d.text, m.stop, sent.stop) is not None)


# --- the supplier's command ---------------------------------------------------------------------------------------
UNDER_COMMAND = re.compile(r"(?i)\bunder\s+(?:the\s+)?(?:russian|russia's|moscow's)\s+(?:command|control)\b|"
                           r"\bunder\s+the\s+(?:command|control)\s+of\s+(?:the\s+)?(?:russian|russia|moscow)\b|"
                           r"(?<!\w)под\s+(?:российским|московским)\s+(?:командованием|контролем)|"
                           r"(?<!\w)под\s+(?:командованием|контролем)\s+(?:России|Москвы|российск\w+)|"
                           # "would be on combat duty in Belarus with Russian crews and Russian command", "с российскими
                           # расчетами": the supplier's own people stay with the system
                           r"\bwith\s+(?:its\s+own\s+)?(?:russian|russia's)\s+(?:crews?|command|personnel|troops|servicemen)\b|"
                           r"(?<!\w)с\s+российским\w*\s+(?:расч[её]т\w*|экипаж\w*|командовани\w*|военнослужащ\w+|персонал\w*)")
# "will be operated by Russian crews", "are manned by Russian troops", "эксплуатируют российские военные", "обслуживать
# его будут российские расчеты": the supplier's own people work the system, which stays theirs
OPERATED_BY = re.compile(r"(?i)\b(?:operated|manned|crewed|run|serviced|controlled)\s+by\s+(?:the\s+)?(?:russian|russia's)\s+"
                         r"(?:crews?|troops|personnel|servicemen|military|forces|soldiers|officers|specialists|units?)\b|"
                         r"(?<!\w)(?:эксплуатир\w+|обслужива\w+|управля\w+)\s+(?:\w+\s+){0,2}?российск\w+\s+(?:расч[её]т\w*|"
                         r"военн\w+|экипаж\w*|специалист\w*|военнослужащ\w+)|"
                         r"(?<!\w)российск\w+\s+(?:расч[её]т\w*|военн\w+|экипаж\w*|специалист\w*|военнослужащ\w+)\s+(?:\w+\s+)?"
                         r"(?:эксплуатир\w+|обслужива\w+|управля\w+)")
# another subject's predicate begins: ", while the warheads remain under Russian control"
OTHER_SUBJECT = re.compile(r"(?i)(?:;|,\s*(?:while|but|whereas|though|although|а|но|однако|хотя|тогда\s+как)\b)")


def under_supplier_command(d: Doc, sent: Sent, m) -> bool:
    """The system is said to stay under the supplier's (Russian) command, or to be worked by its crews, in its own part
    of the sentence ("two MiG-31K, which remain under Russian command", "will be operated by Russian crews"): stationed
    forces, not a transfer."""
    if "command" not in sent.low and "control" not in sent.low and "командован" not in sent.low and \
            "контрол" not in sent.low and "crew" not in sent.low and "расч" not in sent.low and "экипаж" not in sent.low \
            and "персонал" not in sent.low and "военнослужащ" not in sent.low and not (may(OPERATED_BY, d.text, sent.start, sent.stop) and OPERATED_BY.search(sent.text)):
        return False
    for x in [*UNDER_COMMAND.finditer(d.text, sent.start, sent.stop), *OPERATED_BY.finditer(d.text, sent.start, sent.stop)]:
        a, b = (m.stop, x.start()) if m.stop <= x.start() else (x.end(), m.start)
        if b - a <= 120 and not OTHER_SUBJECT.search(d.text, a, b):
            return True
    return False


# --- moves that are no transfer (read.py) ---------------------------------------------------------------

FROM_BEFORE = re.compile(r"(?i)(?:\bfrom|(?<!\w)(?:из|с|со))\s+(?:(?:the|a|an|аэродрома|аэродром|авиабазы|базы|air\s+base|"
                         r"airfield|base|city|town|города)\s+(?:of\s+|in\s+|at\s+)?)?$")


def moved_at_home(d: Doc, sent: Sent, clause: Clause, rec) -> bool:
    """An arrival from a place in the recipient's own country ("перелетели на аэродром Лида из Барановичей", "landed
    in Lida from Baranovichi"): a move at home, no transfer between two countries."""
    origins, ends = set(), set(rec)
    for m in sent.mentions:
        if m.type in ("place", "country") and clause.start <= m.start < clause.stop:
            c = d.country_of(m.key)
            if c is None or any(r.via == "adj" and r.start == m.start for r in sent.refs):
                continue  # ("пара российских Су-30СМ2 с Иркутского авиазавода": an adjective names no end of the move)
            from_ = FROM_BEFORE.search(d.text, max(clause.start, m.start - 30), m.start)
            if m.type == "place" and from_:
                origins.add(c)
            elif not from_:
                ends.add(c)
    return bool(origins & ends)


def supplier_owned(d: Doc, sent: Sent, m, suppliers) -> bool:
    """The system's own noun phrase marks it as a supplier's ("Russian MiG-31K", "российские МиГ-31К"), not as made
    there ("Russian-made", "российского производства")."""
    for r in sent.refs:
        if r.via == "adj" and r.country in suppliers and 0 <= m.start - r.stop <= 40 and \
                not re.search(r"[,;.()«»\"]", d.text[r.stop:m.start]) and not MADE.search(d.text, r.start, r.stop) and \
                not MADE.match(d.text, r.stop) and not MADE.search(d.text, m.stop, min(sent.stop, m.stop + 40)) and \
                not FROM_PLANT_AFTER.match(d.text, m.stop, min(sent.stop, m.stop + 60)):
            return True
    return False


# a formation of the supplier's forces ("a Russian S-400 regiment", "российский зенитный ракетный полк С-400") moved
# or placed in the country: "deployed to Belarus", "переброшенный в Белоруссию"
FORMATION = re.compile(r"(?i)(?<!\w)(?:regiments?|brigades?|battalions?|squadrons?|units?|groups?|полк\w*|бригад\w*|"
                       r"эскадрил\w*|подразделени\w*|групп\w*|дивизион\w*)(?!\w)")
PLACED = re.compile(r"(?i)\b(?:deployed|redeployed|stationed|based|moved|relocated)\b|(?<!\w)(?:переброш\w+|перебрас\w+|"
                    r"размещ[её]нн\w*|размещ[её]н\w*|дислоцир\w+|передислоцир\w+)")


def supplier_formation_placed(d: Doc, sent: Sent, clause, m, suppliers) -> bool:
    """"A Russian S-400 regiment deployed to Belarus in 2022 went on combat duty near Gomel", "Российский зенитный
    ракетный полк С-400, переброшенный в Белоруссию, заступил на боевое дежурство": a formation the supplier's
    adjective marks as its own, moved or placed in the country, stays the supplier's (a deployment, never a delivery)."""
    if not supplier_owned(d, sent, m, suppliers) or not PLACED.search(d.text, clause.start, sent.stop):
        return False
    near = d.text[max(sent.start, m.start - 40):min(sent.stop, m.stop + 20)]
    return bool(FORMATION.search(near))


# "Russian-made", "российского производства" (also after the system: "Су-30СМ2 российского производства")
MADE = re.compile(r"(?i)[-‑\s]*(?:" + _MAKE_EN + "|" + _MAKE_RU + r")\b")


# --- what read.py asks of a clause: a deal that "delivers", a repair, a plant, Soviet times, flights and landings ------

# "Belarus's Su-30SM deal finally delivers", "the programme has delivered": a deal or plan that "delivers" (pays off,
# with no object) hands nothing over
DEAL_SUBJECT = re.compile(r"(?i)\b(?:deal|contract|programme|program|plan|project|agreement|partnership|strategy|"
                          r"gamble|bet|reform)\s+(?:(?:has|have|had|finally|at\s+last|now|already|\w+ly)\s+){0,2}$")
NO_OBJECT_AFTER = re.compile(r"\s*(?:[-–—:;,.!?\"”]|$|\bon\b|\bresults\b|\bat\s+last\b)")


def deal_delivers(d: Doc, sent: Sent, c) -> bool:
    """"Belarus's Su-30SM deal finally delivers": the deal pays off, it hands nothing over."""
    if not c.text.lower().startswith("deliver"):
        return False
    return bool(DEAL_SUBJECT.search(d.text, max(sent.start, c.start - 40), c.start)
                and NO_OBJECT_AFTER.match(d.text, c.stop, sent.stop))


# "to ship 20 old T-72 tanks to Russia for overhaul", "передала России 20 танков на ремонт", "для модернизации": the
# purpose of the transfer is a repair or an upgrade; the equipment comes back, nothing changes hands (issue 12)
REPAIR_PURPOSE = re.compile(
    r"(?i)\b(?:for\s+(?:(?:the|an?|its|their|major|capital|further|scheduled|routine|deep)\s+){0,2}"
    r"(?:repairs?|overhauls?|moderni[sz]ation|upgrad(?:e|es|ing)|refurbish\w*|refit\w*)\b"
    r"|to\s+be\s+(?:repaired|overhauled|moderni[sz]ed|upgraded|refurbished)\b"
    r"|(?:на|для|в)\s+(?:капитальн\w+\s+|плановы\w+\s+)?(?:ремонт|капремонт|модернизаци|восстановлени)\w*)")
# "на завод должны поступить еще восемь машин", "are due to arrive at the plant": what arrives at a plant comes for
# repair or upgrade (a plant ships, it is not the army that receives)
PLANT_ARRIVAL = re.compile(r"(?i)(?:\bна\s+(?:[\w-]+\s+){0,2}?(?:завод|предприятие)\b|"
                           r"\b(?:at|to)\s+the\s+(?:[\w-]+\s+){0,2}?(?:plant|factory|works)\b)")
# "полученные еще в советское время", "inherited from the Soviet army", "received in Soviet times": what the country
# kept when the Soviet Union broke up, no delivery from Russia
SOVIET_TIMES = re.compile(r"(?i)(?:в\s+советское\s+время|во\s+времена\s+СССР|от\s+(?:Советской\s+армии|СССР)|"
                          r"in\s+Soviet\s+times|from\s+the\s+Soviet\s+(?:Union|army|military)|inherited\s+from|"
                          r"(?:достались|доставшиеся|досталось)\s+(?:\w+\s+)?от)")
JOINT_DUTY = re.compile(r"(?i)(?:совместно|вместе)\s+с\s+(?:белорусск|российск)\w+\s+(?:коллег|военн|летчик|расчет|"
                        r"лётчик|расчёт)\w*|\b(?:jointly|together)\s+with\s+(?:their\s+|the\s+)?(?:belarusian|russian)\s+"
                        r"(?:colleagues|counterparts|crews|pilots|forces)\b")
# "эксплуатируют МиГ-29 советского производства": an army keeping Soviet-made arms in service (Soviet-era tanks shipped
# to Russia from storage are still moved)
SOVIET_MADE = re.compile(r"(?i)советского\s+производства|советской\s+постройки|\bsoviet[-\s](?:made|built|era)\b")
# "to the customer", "for its buyer", "заказчику", "покупателю": the recipient named by its role alone
CUSTOMER_EN = re.compile(r"(?i)\b(?:to|for)\s+(?:the|its|their|our|this|that)\s+(?:[\w-]+\s+)?(?:customers?|buyers?|clients?)\b")
CUSTOMER_RU = re.compile(r"(?i)(?<!\w)(?:заказчик(?:у|ам)|покупател(?:ю|ям)|клиент(?:у|ам))(?!\w)")


def unnamed_customer(d: Doc, sent: Sent, clause) -> bool:
    """The clause sends the system to a buyer named by its role alone: "to the customer", "заказчику"."""
    return (CUSTOMER_RU if d.ru else CUSTOMER_EN).search(d.text, clause.start, clause.stop) is not None


GENERIC_RECIPIENT = re.compile(r"(?i)\b(?:союзник\w*|партн[её]р\w*|allies|partners|customers|заказчик(?:ам|ов))\b")
FOREIGN_BUYERS = re.compile(r"(?i)\b(?:foreign|export|overseas|international|third[-\s]country)\s+(?:customers|buyers|clients|"
                            r"markets?)\b|\bиностранн\w+\s+(?:заказчик|покупател|клиент)\w*|\bзарубежн\w+\s+(?:заказчик|"
                            r"покупател|рын)\w*|"
                            # a buyer the text leaves unnamed: "to one of the countries of Southeast Asia", "for an
                            # unnamed Asian customer", "в одну из стран Юго-Восточной Азии", "неназванному заказчику"
                            r"\b(?:to|for)\s+one\s+of\s+the\s+(?:[\w-]+\s+)?(?:countries|states|customers|buyers)\b|"
                            r"\b(?:unnamed|undisclosed|unidentified|unspecified)\s+(?:[\w-]+\s+)?(?:customer|buyer|"
                            r"client|country|state)s?\b|(?<!\w)(?:в|для)\s+одн\w+\s+из\s+(?:[\w-]+\s+)?(?:стран|государств|"
                            r"заказчик\w*)(?!\w)|(?<!\w)неназванн\w+\s+(?:[\w-]+\s+)?(?:заказчик|покупател|стран|государств)\w*")
NO_REQUEST = re.compile(r"(?i)\bno\s+(?:such\s+)?(?:requests?|proposals?)\b")
# "did not say when", "не уточнил, когда": an indirect question, whose verb asserts nothing
UNSAID_WHEN = re.compile(r"(?i)\b(?:not|n't|never|не)\s+(?:\w+\s+)?(?:say|said|specify|specified|disclose|disclosed|"
                         r"reveal|revealed|know|knows|known|уточнил\w*|сказал\w*|сообщил\w*|раскрыл\w*|известно|"
                         r"говорит\w*|уточняет\w*)\b,?\s+(?:when|how\s+many|whether|if|когда|сколько|ли)\b")
# what makes a flight a hand-over: a batch, a pair, an order of batches, "new"
BATCH_WORDS = re.compile(r"(?i)\b(?:pairs?|batch(?:es)?|another|further|more|new|newly|first|second|third|fourth|fifth|"
                         r"sixth|last|final|remaining|delivery|deliveries|handed|ferried)\b|(?<!\w)(?:пар[аыуе]|парти\w+|"
                         r"звен\w+|очередн\w+|ещ[её]|нов\w+|перв\w+|втор\w+|трет\w+|четв[её]рт\w+|последн\w+|"
                         r"оставш\w+|перегна\w+|поставк\w+|передан\w+)(?!\w)")
# a country named as the maker of the system, not its owner: "российского производства", "российской постройки",
# "Russian-built", "Russian-made"
# "пара Су-30СМ2 с Иркутского авиазавода", "from the Irkutsk aircraft plant": new from its maker (not a repair plant's:
# those aircraft are its customer's own, guards.repaired)
FROM_PLANT = (r"(?<!\w)(?:с|со|из)\s+(?:[«\"]?(?![\w-]*ремонт)[\w-]+\s+){0,2}?(?:авиа)?завод(?:а|ов)(?!\w)|"
              r"\bfrom\s+(?:the\s+)?(?:(?!repair)[\w-]+\s+){0,3}?(?:plant|factory|works)\b")
FROM_PLANT_AFTER = re.compile(r"(?i)\s*(?:[\w-]+\s+){0,3}?(?:" + FROM_PLANT + ")")
MADE_BY = re.compile(r"(?i)(?<!\w)[а-яё]+(?:ого|ой)\s+(?:производства|постройки|сборки|выпуска)(?!\w)|\b[a-z]+-(?:built|made)\b|"
                     + FROM_PLANT)


# --- the recipient's own army passing systems on to its units ------------------------------------------------------

# "will be delivered to the military units of the special operations forces", "will be provided to the designated
# military units", "будут переданы в воинские части", "поступят в подразделения бригады": the goal is units of an army
UNITS_GOAL = re.compile(
    r"(?i)\b(?:to|among|between)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:military\s+units|units|troops|formations|brigades|"
    r"regiments)\b|(?<!\w)(?:в|во|по|между)\s+(?:[\w-]+\s+){0,2}?(?:воинск\w+\s+част\w+|част(?:и|ям|ях)|войска|"
    r"подразделени(?:я|ям|ях)|соединени(?:я|ям)|бригад(?:ы|ам)|полк(?:и|ам))(?!\w)")


def onward_to_units(d: Doc, sent: Sent, clause, cue) -> bool:
    """"In the coming days, the vehicles will be delivered to the military units of the special operations forces", "В
    ближайшие дни машины будут переданы в воинские части": after the arrival, the recipient's army passes the systems
    on to its own units; no state hands anything to another (read.py asks it only of a system named back)."""
    return UNITS_GOAL.search(d.text, cue.stop, clause.stop) is not None


# "Tetraedr has handed over two Osa-1T battalions to the 120th brigade after modernisation", "военное ведомство закупит
# для своих частей несколько тягачей" (at a plant), "«Бук-МБ3К», доработанные на белорусском предприятии, поступили в
# 1146-ю бригаду": a plant's work going to an army's numbered unit, or its product to "its own" units. (The plain "в войска",
# "to the troops" was tried: it cost a right row of a closed set for each never-row it removed.)
# A maker's mark alone says nothing of whose units they are: "«Тор-М2К» российского производства поступит в войска" is
# Russia's delivery to the article's army
OWN_UNITS_GOAL = re.compile(
    r"(?i)(?<!\w)(?:в|во)\s+\d+[-‑](?:ю|й|я|м)\s+(?:[\w-]+\s+){0,3}?(?:бригад[уы]|полк|баз[уы]|дивизи[юи])(?!\w)|"
    r"\bto\s+the\s+\d+(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,3}?(?:brigade|regiment|base|division)\b")
# "для своих частей", "for its own units": the buyer's own units, named as its own
OWN_GOAL = re.compile(r"(?i)(?<!\w)для\s+сво(?:их|ей|его)\s+(?:част|войск|подразделени|арми)\w*|"
                      r"\b(?:to|for)\s+its\s+own\s+(?:units|troops|forces|army)\b")
# the work of a plant at home on what it hands over: an upgrade or an overhaul
HOME_WORK = re.compile(
    r"(?i)\b(?:upgraded|moderni[sz]ed|moderni[sz]ation|overhauled|overhaul|refurbished)\b|"
    r"(?<!\w)(?:доработанн\w*|модернизированн\w*|модернизаци\w*|отремонтированн\w*|капитальн\w+\s+ремонт\w*)")
PLANT = re.compile(r"(?i)\b(?:plant|factory|works|company|enterprise)\b|(?<!\w)(?:завод\w*|предприяти\w*|компани\w*)")


def home_supply(d: Doc, sent: Sent, clause) -> bool:
    """The clause sends a plant's upgraded or overhauled product to an army's units, or a plant's product to the buyer's
    "own" units (see above): a domestic supply, whichever country the article is about (inference.py asks it only when
    one of the two sides is not in the text). A plant's product to a unit is not enough: "the plant delivered two
    Su-30SM2 to the 61st air base" may be Irkut's, a delivery to the base's country."""
    if OWN_GOAL.search(d.text, clause.start, clause.stop):
        return PLANT.search(d.text, sent.start, sent.stop) is not None
    return OWN_UNITS_GOAL.search(d.text, clause.start, clause.stop) is not None and \
        HOME_WORK.search(d.text, clause.start, clause.stop) is not None


# --- forces leaving with their own hardware -----------------------------------------------------------------------

# "Their T-90 tanks and Tornado-G launchers went back to Russia with them", "забрав с собой танки Т-90", "вместе с ними
# ушли их танки": what troops take along when they leave goes with its owners; nothing changes hands
WITH_OWNERS = re.compile(r"(?i)\b(?:(?:along|together)\s+)?with\s+them\b|(?<!\w)(?:вместе\s+с\s+ними|с\s+собой)(?!\w)")


def taken_along(d: Doc, sent: Sent, clause) -> bool:
    """The moved systems go "with them" / "с собой": troops leaving with their own hardware (outflow.py)."""
    return WITH_OWNERS.search(d.text, clause.start, clause.stop) is not None


# --- the supplier's own forces moving out of one of its military districts --------------------------------------------

# "from the Eastern Military District", "из Восточного военного округа", "из состава ЦВО": where the owner's own units
# come from, not a state that hands systems over
FROM_DISTRICT = re.compile(
    r"(?i)\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?military\s+district\b|"
    r"(?<!\w)из\s+(?:состава\s+)?(?:[\w-]+\s+){1,2}?военн\w+\s+округ\w*|(?<!\w)из\s+(?:состава\s+)?[ЗЦЮВ]ВО(?!\w)")


def from_military_district(d: Doc, clause) -> bool:
    """"Another train delivered a battalion of Pantsir-S systems from the Eastern Military District to the unloading
    station", "эшелон доставил дивизион «Панцирь-С» из Восточного военного округа": units of the owner's forces move
    (a deployment, drills or a readiness test), nothing changes hands."""
    return may(FROM_DISTRICT, d.text, clause.start, clause.stop) and FROM_DISTRICT.search(d.text, clause.start, clause.stop) is not None


# --- what the recipient holds ---------------------------------------------------------------------------------------

# "У нас закуплено восемь Як-130", "у нас уже поставлено 12 машин": "у нас" before a short passive participle
HOLDINGS_RU = re.compile(r"(?i)(?<!\w)у\s+нас\s+(?:уже\s+|всего\s+|сейчас\s+)?$")
SHORT_PARTICIPLE_RU = re.compile(r"(?i)^[а-яё]+(?:ено|ано|яно|ято|уто)$")


def holdings_tally(d: Doc, sent: Sent, cue) -> bool:
    """"У нас закуплено восемь Як-130, учебно-боевых самолетов, они используются": what the recipient has (bought) so
    far, counted as it stands ("we have eight"), a running total of earlier batches, no stage of one batch."""
    if not d.ru or not SHORT_PARTICIPLE_RU.match(cue.text.split()[0]):
        return False
    return HOLDINGS_RU.search(d.text, max(sent.start, cue.start - 20), cue.start) is not None


# --- a dispute over supplies -------------------------------------------------------------------------------------------

# "the Moscow-Minsk disagreement over the supply of", "the dispute around supplies of", "разногласий ... по поводу
# поставок", "спора вокруг поставок": the supplies are what the two quarrel about, no stage of them is told
DISPUTE_BEFORE = re.compile(
    r"(?i)(?:\b(?:disagreements?|disputes?|row|spat|quarrel|wrangl\w*|squabbl\w*)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:over|around|about|on|concerning|regarding)\s+(?:the\s+|possible\s+)?|"
    r"(?<!\w)(?:разноглас\w+|спор(?:а|ов|ы|е|ом)?|трени\w+)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:по\s+поводу|вокруг|о|об|из-за|относительно|по)\s+)$")


def disputed(d: Doc, sent: Sent, cue) -> bool:
    """"against the background of the Moscow-Minsk disagreement over the supply of Russia's Iskander systems", "на фоне
    разногласий Москвы и Минска по поводу поставок «Искандеров»": a quarrel over supplies tells no stage of them (a
    deal that dragged on, halted or never made)."""
    return DISPUTE_BEFORE.search(d.text, max(sent.start, cue.start - 80), cue.start) is not None
