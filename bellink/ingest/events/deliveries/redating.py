"""The next sentence dates the act the sentence before reported: a handover or signing told with its own day.

    "Belarus has received a battalion set of Tor-M2K from Russia, the ministry said on Tuesday. The systems were
     formally handed over to the brigade at a ceremony in Grodno on Monday."         -> delivered, Monday
    "Belarus has signed a contract for 12 Su-30SM, the ministry announced on 21 June. The contract was signed in
     Moscow on Tuesday."                                                            -> ordered, that Tuesday
    "Беларусь получила от России батарею «Тор-М2К», сообщило Минобороны. Церемония передачи состоялась в
     понедельник."                                                                   -> delivered, Monday
    "Belarus has put an S-400 battalion received from Russia on combat duty, the ministry said on Tuesday. The
     systems arrived from Russia in late November."             -> delivered (the participle's stage), November
Not re-dated: a stage the sentence dates itself ("received in May"), a next sentence that names another act
("The first pair arrived in February", "The first four aircraft were delivered in 2015", "Комплексы этого типа
поступили еще в 2011 году"), a report of a further batch ("four more", "еще одну", "a third battery"), a date after
the report, another paragraph.

A delivery told as news is dated by the report ("said on Tuesday": the upper bound, ``date_from`` statement or
publication); a reporter then gives the act its own day in the next sentence, opening with a definite noun for
the act or the systems ("The contract was signed", "The systems were handed over", "Церемония передачи
состоялась"). That day is the stage's date; ``details['date_from']`` says "next_sentence".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.time import dating

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc

_THINGS_EN = (r"(?:systems?|complex(?:es)?|aircraft|jets|fighters|planes|helicopters|machines|vehicles|launchers|"
              r"batter(?:y|ies)|battalions?|divisions?|radars?|tanks|carriers|trainers|equipment|weapons|"
              r"[\w-]+\s+(?:systems?|aircraft|fighters|helicopters|vehicles|launchers))")
_THINGS_RU = (r"(?:комплекс\w*|систем\w*|самол[её]т\w*|истребител\w*|вертол[её]т\w*|машин\w*|техник\w*|"
              r"батаре\w*|дивизион\w*|установк\w*|станци\w*|танк\w*|бронетранспортер\w*|бронетранспортёр\w*)")
# status -> the opening of a sentence that tells that act again, with its own time
ACT = {
    "delivered": re.compile(
        r"\s*(?:(?:The|These|Those|All)\s+(?:(?:new|first|two|three|four|five|six)\s+)?" + _THINGS_EN +
        r"|They)(?:\s*,[^,.;]{1,80},)?\s+(?:(?:were|had\s+been)\s+(?:formally\s+|officially\s+|ceremonially\s+)?"
        r"(?:handed\s+over|delivered|transferred|presented|accepted|received|taken\s+over)|(?:had\s+)?(?:arrived|came|"
        r"reached))\b"
        r"|\s*The\s+(?:formal\s+|official\s+)?(?:handover|hand-over|transfer)(?:\s+ceremony)?\s+(?:took\s+place|was\s+held)\b"
        r"|\s*(?:Торжественная\s+|Официальная\s+)?(?:[Цц]еремония\s+(?:передачи|при[её]ма)|Передача)\b[^.,;]{0,40}?"
        r"\b(?:состоялась|прошла)\b"
        r"|\s*(?:(?:Новые\s+|Эти\s+|Все\s+)?" + _THINGS_RU + r"|Они)(?:\s*,[^,.;]{1,80},)?\s+(?:(?:были\s+)?"
        r"(?:официально\s+|торжественно\s+)?(?:переданы|вручены|поставлены|приняты|доставлены)|прибыли|поступили)\b",
        re.I),
    "ordered": re.compile(
        r"\s*(?:The|This)\s+(?:contract|deal|agreement)\s+(?:was|had\s+been)\s+signed\b"
        r"|\s*(?:Контракт|Договор|Соглашение)\s+(?:был\s+)?(?:подписан|заключ[её]н)\b", re.I),
}
STOP = re.compile(r"[,;:]")
# a next sentence about an earlier batch or the type ("The first four aircraft were delivered in 2015", "Комплексы этого
# типа поступили в армию еще в 2011 году"), or a report of a further batch ("four more", "a third battery", "еще одну"):
# the next sentence tells another act (review7 finding 7)
EARLIER = re.compile(r"(?i)\b(?:first|earlier|previous|original|other|of\s+this\s+type)\b|(?<!\w)(?:перв\w+|прежн\w+|"
                     r"этого\s+типа|еще\s+в|ещё\s+в)(?!\w)")
FURTHER = re.compile(r"(?i)\b(?:more|another|further|additional|third|fourth|fifth|sixth)\b|(?<!\w)(?:ещ[её]|очередн\w*|"
                     r"нов(?:ую|ая|ой)\s+парти\w*|трет\w+|четв[её]рт\w+|пят(?:ый|ая|ое|ую|ой|ого|ому|ым|ом))(?!\w)")
# (the ordinal "пятую", never "в пятницу")


def redate_from_next(d: Doc, events: list) -> None:
    """Give a delivery dated only by its report the day the next sentence gives the same act."""
    for ev in events:
        if ev.kind != "delivery" or ev.status not in ACT or ev.date is None or not ev.date.value:
            continue
        if ev.details.get("date_from") not in ("statement", "publication"):
            continue
        i = ev.sentence + 1
        if i >= len(d.sents):
            continue
        sent, prev = d.sents[i], d.sents[ev.sentence]
        if "\n" in d.text[prev.stop:sent.start]:
            continue  # another paragraph
        hit = ACT[ev.status].match(d.text, sent.start, sent.stop)
        if hit is None:
            continue
        if EARLIER.search(d.text, sent.start, hit.end()) or \
                FURTHER.search(d.text, prev.start, prev.stop):
            continue  # "The first four aircraft were delivered in 2015" after "four more Yak-130": another batch
        stop = STOP.search(d.text, hit.end(), sent.stop)
        stop = stop.start() if stop else sent.stop
        got = next((t for t in dating.timexes_in(d.a, sent.index)
                    if hit.end() <= t.start < stop and t.value and not d.in_frame(sent, t.start)), None)
        if got is None or got.value > ev.date.value[:len(got.value)]:
            continue  # no day of its own, or a day after the report: not the act the report told
        ev.date = dating.to_dateref(got)
        ev.details["date_from"] = "next_sentence"
