"""Deliveries in one sentence: cue, systems, stage, sides and count, clause by clause.

    "Russia delivered four more Su-30SM fighters to Belarus on Thursday"
    "Белоруссия получила от России ещё одну батарею ЗРК «Тор-М2»"
Not a delivery: "Russian troops were stationed in Belarus for the drills" (a deployment).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from bellink.ingest.docgate import may
from bellink.ingest.events.deliveries.anaphora import (
    antecedent_count, apposition_anaphor, count_anaphor, pronoun_subject,
)
from bellink.ingest.events.deliveries.clauses import (
    apposition_stage, infinitive_tail, main_predicate_end, main_predicate_start, own_conjunct, subject_after_relative,
)
from bellink.ingest.events.deliveries.collectives import FORMATIONS, _ordinal_word, collective_count
from bellink.ingest.events.deliveries.contracts import (
    contract_phrase, contract_year, dated_contract, frame_only, other_stage,
)
from bellink.ingest.events.deliveries.coordination import conjuncts, coordinated_stages, earlier_batch, elided_repeats
from bellink.ingest.events.deliveries.cues import may_transfer, transfer_cues
from bellink.ingest.events.deliveries.participles import _is_participle, object_of_main_verb, participle_stage
from bellink.ingest.events.deliveries.shared_subject import SAME_BATCH, shared_subject
from bellink.ingest.events.deliveries.signed_to import signed_for
from bellink.ingest.events.deliveries.contract_total import contract_whole
from bellink.ingest.events.deliveries.spread import spread
from bellink.ingest.events.deliveries.direction import owner_acts, transfer_roles
from bellink.ingest.events.deliveries.guards import (
    BATCH_WORDS, BRING_RU, FLIGHT_EN, FLIGHT_RU, FOREIGN_BUYERS, GENERIC_RECIPIENT, JOINT_DUTY, LANDING_RU, MADE_BY,
    MOVEMENT_EN, NO_REQUEST, PLANT_ARRIVAL, REPAIR_PURPOSE, SOVIET_MADE, SOVIET_TIMES, UNSAID_WHEN, deal_delivers,
    attached_only, basing_request, carried_cargo, carrier_arrival, own_hardware, listed_topic, given_capability, compared, denied_after_relative, dismissed_claim,
    held, link_line, none_of, unattested_after, made_by_recipient, mounted, moved_at_home, museum_piece, question, refused_later, repair_plant_at_home,
    repaired, replaced, running_total, habitual_purchase, supplier_base, supplier_formation_placed, supplier_on_duty, supplier_owned, under_supplier_command,
    waits_for_other, from_military_district, holdings_tally, disputed, training_purpose, all_in_service, supplier_unit_moved,
    supplier_forces, set_aside,
)
from bellink.ingest.events.numbers import number_before, number_value, unit_after, unit_of, worded_compound
from bellink.ingest.events.deliveries.parts import dated_parts, first_part, in_year, story_year
from bellink.ingest.events.deliveries.quantities import (
    apposition_count, batch_part_count, whole_before, pieces_count, dashed_count, generic_count, ordinal_batch, quantity_near_cue, subject_count, system_quantity,
)
from bellink.ingest.events.deliveries.stages import _tense_en, asserted_stage
from bellink.ingest.events.deliveries.series import may_hold_series, series_cues
from bellink.ingest.events.deliveries.topic import found_where
from bellink.ingest.events.deliveries.target import delivery_target
from bellink.ingest.events.deliveries.systems import (
    CARRIER_MAKE, antecedent, generic_systems, implicit_object, link, systems_in,
)
from bellink.ingest.time import dating
from bellink.ingest.events.dates import event_date, fair_year
from bellink.ingest.events.document import Clause, Draft
from bellink.ingest.model import DateRef
from bellink.ingest.events.exercises import exercise_context
from bellink.ingest.events.lexicons import (
    EN_BE, EN_FUTURE_AUX, EN_MODAL, EN_PRESENT_AUX, FORMATION_EN, FORMATION_RU, GENERIC_EN, TROOPS_EN, TROOPS_RU,
)
from bellink.ingest.events.negation import hyp_spans, subordinate_spans
from bellink.ingest.events.words import is_noun, window

if TYPE_CHECKING:
    from bellink.ingest.events.document import Cue, Doc, Sent


_APPOSED = re.compile(r"(?:\s+[\w-]+){0,3}\s*[,–—]\s*$")


def _apposed(text: str, end: int, start: int) -> bool:
    """The words from ``end`` to ``start`` are at most a short genitive ("of the CSTO", "ОДКБ") and a comma or dash."""
    return 0 <= start - end <= 40 and _APPOSED.fullmatch(text, end, start) is not None


def read_deliveries(d: Doc, sent: Sent) -> list:
    drafts = []
    if link_line(sent):
        return drafts  # "Related: Minsk receives first Iskander-M brigade": a link to another story (guards.py)
    if question(sent):
        return drafts  # "Will Russia deliver Iskander missiles to Belarus?": a question asserts no stage
    if not may_transfer(d, sent) and not may_hold_series(d, sent):
        return drafts  # no clause of it can hold a transfer cue or the next batch of a series (two-thirds of sentences):
        # the clauses below would each find none
    # (forces moved for joint training are moved like forces sent to an exercise: guards.training_purpose)
    exercise = exercise_context(d, sent) or training_purpose(d, sent)
    aside = set_aside(d, sent)
    for clause in [c for whole in sent.clauses for c in conjuncts(d, sent, whole)]:
        cues = transfer_cues(d, sent, clause)
        if aside:
            # "Instead of the planned eight Su-30SM, Belarus received only four": the plan set aside is not the stage
            cues = [c for c in cues if not any(s <= c.start < e for s, e in aside)]
        cues = [c for c in cues if not d.in_frame(sent, c.start) and not _bare_duty_alone(d, sent, c, cues)
                and not (c.stage == "planned"
                         and waits_for_other(d, sent, c.start, c.stop, clause.stop, clause.start))
                and not (not d.ru and deal_delivers(d, sent, c))]
        if not cues:
            # "The second station follows in the first half of next year": the next batch of a series (series.py)
            cues = series_cues(d, sent, clause)
        if not cues:
            continue
        # "Yak-130 ordered under a contract signed in December would arrive next spring": the contract phrase
        # is its own ordered fact; the clause's stage, count and date rest on the cues outside it
        phrase = contract_phrase(d, sent, clause, cues)
        rest = other_stage(phrase, cues, lambda c: not d.ru and _tense_en(sent, c, clause) == "future") \
            if phrase else []
        if any(c.stage == "ordered" and c.side in ("supply", "receive") and (not _is_participle(d, sent, c) or any(
                t.low in ("has", "have", "had") for t in sent.toks[max(0, c.tok - 3):c.tok])) for c in rest):
            rest = []  # "Under a 2005 agreement, Russia sold Belarus 18 BTR-80, delivered in December": the finite verb
            # is the order the phrase names, told once
        if rest:
            cues = rest
        else:
            phrase = None
            cues = frame_only(d, sent, clause, cues)
        # "has signed a contract for 300 more, to be shipped in 2010": the order is the clause's stage, the infinitive
        # its own planned stage and time (clauses.infinitive_tail)
        tail = infinitive_tail(d, sent, clause, cues)
        if tail is not None:
            cues = [c for c in cues if not tail[1][0] <= c.start < tail[1][1]]
        else:
            # "concluded a deal in 2019 for the supply of eight Yak-130 in 2021-2022": the delivery noun keeps linking
            # the system to the order; its phrase's later time is the planned stage's (target.py)
            tail = delivery_target(d, sent, clause, cues)
        systems = systems_in(d, sent, clause)
        how = "system" if systems else "relative_clause"
        systems = systems or antecedent(d, sent, clause)
        if not systems:
            # "Iskander-M systems, which Russia delivered last year, are now on combat duty": the main predicate after
            # a relative clause is said of the noun phrase the relative clause hangs on, with its own stage and date
            systems = []
            for c in cues:  # (a plain loop: a generator here was a call edge of its own for bench/linearity.py)
                systems = subject_after_relative(d, sent, clause, c) or []
                if systems:
                    break
            how = "relative_subject" if systems else how
        hyp = hyp_spans(d, sent, clause)
        linked: dict = {}
        relative_cues: dict = {}  # system -> the verb of the relative clause on it, when the main verb is read
        for m in systems:
            if any(s <= m.start < e for s, e in hyp):
                continue
            if _in_other_predicate(d, cues, m):
                continue  # "asked the United States for Patriot systems after Russia moved Iskander-M systems to
                # Belarus": the system of a clause with a subject and a verb of its own is not the cue's
            if _system_gives(d, cues, m):
                continue  # "The Su-30SM will give the air force a modern fighter": what the system gives is no transfer
            if mounted(d, sent, m) or compared(d, sent, m) or replaced(d, sent, m) or held(d, sent, clause, m):
                continue  # "шасси, на которых монтируются пусковые установки «Ярс»": what the chassis carries;
                # "как было с С-300": a case the clause is measured against; "to replace its MiG-29s": the one retired
            c = link(d, sent, cues, m)
            if c is not None and not d.ru and (_cue_of_relative(d, m, c) or _infinitive_on(d, m, c)):
                # "the second pair of S-300 that Russia agreed to give Belarus free of charge arrived in February": the
                # relative clause names the system; the verb after it asserts the clause's stage
                if _verb_after_relative(d, sent, cues, c) is not None:
                    after = link(d, sent, [f for f in cues if f.start >= c.stop], m)
                    if after is not None and after is not c:
                        relative_cues[(m.start, m.key)] = c  # its own stage, beside the main verb's (below)
                    c = after or c
            if c is not None and _is_participle(d, sent, c):
                # "the first Su-30SM, ordered last year, would arrive next autumn": the finite verb asserts the
                # clause's stage; the participle is an earlier stage of the system (participles.py)
                ahead = main_predicate_end(d, sent, clause, c) or clause.stop  # (a relative clause's verb is not it)
                verb = [f for f in cues if f is not c and f.stage and f.side in ("supply", "receive", "theme")
                        and not _is_participle(d, sent, f) and link(d, sent, [f], m) is f and f.start < ahead]
                # only when the verb looks ahead: two past stages are read together, as before
                if verb and asserted_stage(d, sent, clause, verb[0], cues, hyp)[0] in ("planned", "discussed"):
                    c = verb[0]
            if c is not None and any(s <= m.start < e for s, e in subordinate_spans(d, clause, c.start)):
                continue  # "Although talks on Su-35 fighters stalled, Russia delivered ...": not the Su-35
            if c is not None and object_of_main_verb(d, sent, c, m, cues):
                continue  # "Il-76MD aircraft delivered in March will carry its Tor-M2K launchers" (participles.py)
            if c is not None and (none_of(d, sent, c, m) or unattested_after(d, sent, c, m)):
                continue  # "Russia has delivered four Su-30SM fighters and no Mi-35M helicopters" (guards.py)
            if c is not None:
                linked.setdefault((c.start, c.stop), (c, []))[1].append(m)
        from_context = False
        counted = None
        if not linked:
            # (a cue with a stage of its own first: "The delivery completes a 2019 contract for 12 helicopters" is the
            # contract's, dated by it)
            for c in sorted(cues, key=lambda c: c.stage is None):
                if c.side == "station" or c.stage == "planned":
                    continue  # "Белоруссия ждет от России учебные самолеты": what it waits for is not named before
                if (_is_participle(d, sent, c) if d.ru else _is_participle(d, sent, c) and (
                        sent.toks[c.tok - 1].low in ATTRIBUTIVE_EN or _kind_before(d, sent, c))) \
                        or UNSAID_WHEN.search(d.text, sent.start, c.start):
                    # "переданные системы будут включены ...": a participle names back a transfer told before, it
                    # asserts none; "He did not say when the systems would arrive": no stage is asserted
                    continue
                found = generic_systems(d, sent, clause, c)
                how = "generic_noun" if found else "implicit_object"
                found = found or implicit_object(d, sent, clause, c)
                if found:
                    linked[(c.start, c.stop)] = (c, found)
                    from_context = True
                    break
            # a bare count beside the cue ("the remaining four are due"); the subject before a participial phrase
            # ("The fifth, handed over last November, has been on combat duty since January": the phrase is its own
            # earlier stage, below)
            for finder, name in ((count_anaphor, "count_anaphor"), (apposition_anaphor, "apposition_subject")):
                for c in cues if not linked else ():
                    found, counted = finder(d, sent, clause, c)
                    if found:
                        how = name
                        linked[(c.start, c.stop)] = (c, found)
                        from_context = True
                        break
            if not linked:
                # "arrived in June and are expected to go on duty in August": the first predicate's subject, a row of
                # this sentence already (shared_subject.py)
                for c in cues:
                    if not c.stage:
                        continue
                    found, counted = shared_subject(d, sent, clause, c, drafts)
                    if found:
                        how = "shared_subject"
                        shared = next(dr for dr in reversed(drafts) if dr.roles.get("system") == [found[0].key])
                        linked[(c.start, c.stop)] = (c, found)
                        from_context = True
                        break
            if not linked:
                for c in cues:
                    found = pronoun_subject(d, sent, clause, c)
                    if found and exercise_context(d, d.sents[found[0].sentence]):
                        # "Russian troops brought Iskander launchers to the Zapad exercise. They went on combat duty":
                        # systems brought to an exercise were never handed over, whatever they do next
                        found = []
                    if found:
                        how = "pronoun"
                        counted = antecedent_count(d, found[0])
                        linked[(c.start, c.stop)] = (c, found)
                        from_context = True
                        break
        for (_, _), (cue, ms) in linked.items():
            if disputed(d, sent, cue):
                continue  # "the disagreement over the supply of Iskander systems" (guards.py)
            if not from_context:
                # "rests on S-300PS and Buk-MB3K systems and on Tor-M2 batteries, the last of which arrived ...":
                # the transfer verb is the one conjunct's it is attached to (guards.py)
                ms = attached_only(d, sent, clause, cue, ms)
                if not ms:
                    continue
            # "the battalion that Moscow had promised last spring had reached the brigade": the main verb's stage is
            # read without the relative clause's words (clauses.main_predicate_start)
            main_at = main_predicate_start(d, sent, clause, cue, ms) if not from_context else None
            main_to = main_predicate_end(d, sent, clause, cue) or clause.stop
            own = own_conjunct(d, sent, clause, cue, cues)  # "plans to finish the site and has already handed over ..."
            if own.start > clause.start:
                main_at = max(main_at or own.start, own.start)
            main_to = min(main_to, own.stop)
            if phrase is not None and phrase[1][0] >= cue.stop:
                # "ожидает первые Ми-28НЭ, контракт на которые был подписан осенью": the signing is the phrase's own
                # (ordered) fact; the clause's stage is read before it
                main_to = min(main_to, phrase[1][0])
            stage, notes = asserted_stage(d, sent, Clause(main_at or clause.start, main_to), cue,
                                          [c for c in cues if (main_at is None or c.start >= main_at) and c.start < main_to],
                                          hyp)
            if stage is not None:
                dismissed = dismissed_claim(d, sent, cue)
                if dismissed:
                    # "Reports that Minsk would sell MiG-29s to Russia were dismissed as speculation" (guards.py)
                    stage, notes = None, {"negation": dismissed}
            if stage is not None and AGREEMENT_CUE.search(cue.text) and not _agreement_fulfils(d, sent, clause, cue,
                                                                                                cues, hyp):
                continue  # "В рамках соглашения о ПВО российские Су-30СМ несут дежурство": a treaty names no order
            if stage is None:
                if notes.get("negation") and not from_context and not exercise:
                    _denial(d, sent, clause, cue, ms, hyp, notes)
                continue
            if cue.side == "station":
                # stationing of a country's own troops, or of systems at an exercise, is a deployment
                if exercise or _troops_in(d, sent, clause):
                    continue
                if owner_acts(d, sent, clause, cue):
                    continue
            if exercise and cue.side in ("station", "theme") or (exercise and "sent" in cue.text.lower()) or \
                    (exercise and sent.toks[cue.tok].keys & BRING_RU):
                # (the systems sent or brought, "доставили", to an exercise take part in it: a deployment)
                continue
            if cue.side == "theme" and PLANT_ARRIVAL.search(d.text, clause.start, clause.stop):
                continue  # "До конца года на завод должны поступить еще восемь машин": aircraft come to a plant for work
            if cue.stage == "in_service" and JOINT_DUTY.search(d.text, clause.start, clause.stop):
                continue  # "Самолеты будут нести дежурство совместно с белорусскими коллегами": another army's own
                # aircraft on duty beside the recipient's, no transfer
            if may(SOVIET_TIMES, d.text, clause.start, clause.stop) and SOVIET_TIMES.search(d.text, clause.start, clause.stop) or stage == "in_service" and \
                    SOVIET_MADE.search(d.text, clause.start, clause.stop):
                continue  # "МиГ-29 и Су-27, полученные еще в советское время": inherited, no transfer between the two
            purpose = may(REPAIR_PURPOSE, d.text, clause.start, clause.stop) and REPAIR_PURPOSE.search(d.text, clause.start, clause.stop)
            if purpose and cue.side in ("supply", "theme", "neutral") and not d.in_frame(sent, purpose.start()):
                continue  # "Minsk plans to ship 20 old T-72 tanks to Russia for overhaul": a repair, not a delivery
            if how == "relative_clause" and GENERIC_RECIPIENT.search(d.text[clause.start:clause.stop]):
                continue  # "С-300ПС, которые российские войска передают союзникам": a habit, no transfer to one state
            buyers = may(FOREIGN_BUYERS, d.text, clause.start, clause.stop) and FOREIGN_BUYERS.search(d.text, clause.start, clause.stop)
            if buyers and not any(r.country and clause.start <= r.start < clause.stop and (
                    r.prep in ("to", "for") or r.via != "adj" and _apposed(d.text, buyers.end(), r.start)) for r in sent.refs):
                # (a country set off by a comma or dash right after the phrase is the buyer in apposition: "to one of the
                # countries of the CSTO, Belarus", "в одну из стран ОДКБ – Белоруссию")
                continue  # "deliveries of the Su-35 to foreign customers would begin only after ...": export policy
            sup, rec, rnotes = transfer_roles(d, sent, clause, cue, stage, ms, hyp)
            last = max(m.stop for m in ms)
            if not d.ru and not from_context and cue.start > last and "," in d.text[last:cue.start] and \
                    _is_participle(d, sent, cue):
                # "Russia had earlier sold Belarus a batch of 18 BTR-80, delivered in December": a participle set off
                # after the object names no sides of its own (its nearest country is the object's); the verb before
                # the object does
                fin = next((f for f in reversed(cues) if clause.start <= f.start < min(m.start for m in ms) and
                            f.side in ("supply", "receive") and f.stage), None)
                # (a request, "asked Russia for", has no stage: it names no sides of a transfer; a participle with a
                # recipient of its own, "supplied to China in 2018", is another transfer of the system)
                if fin is not None and not any(r.prep in ("to", "for") and r.country and cue.stop <= r.start < clause.stop
                                               for r in sent.refs):
                    fsup, frec, fnotes = transfer_roles(d, sent, clause, fin, fin.stage or stage, ms, hyp)
                    if fsup and frec:
                        sup, rec, rnotes = fsup, frec, fnotes
            if how == "shared_subject" and stage == shared.status and counted and counted[2:] == (SAME_BATCH,):
                continue  # "arrived in May and reached the brigade in June": the same batch at the same stage, told twice
            if how == "shared_subject":
                # (the sides the clause does not name are the first predicate's: one transfer, another stage)
                sup, rec = sup or shared.roles.get("supplier", []), rec or shared.roles.get("recipient", [])
            rel = next((relative_cues[(m.start, m.key)] for m in ms if (m.start, m.key) in relative_cues), None)
            if rel is not None and cue.side in ("receive", "theme") and rel.side in ("supply", "receive"):
                # "The S-400 battalion that Russia handed over in 2022 went on combat duty": the country in the relative
                # clause is its verb's subject (the supplier), never the main verb's (the battalion's new owner)
                rsup, rrec, rrnotes = transfer_roles(d, sent, clause, rel, rel.stage, ms, hyp)
                if rsup or rrec:
                    sup, rec, rnotes = rsup, rrec, rrnotes
            if rnotes.get("request_denied"):
                continue  # "республика не обращалась к Москве с просьбой о поставке «Искандеров»": no request made
            if repair_plant_at_home(d, sent, clause, cue):
                continue  # "The 558th Aircraft Repair Plant has handed the air force four more MiG-29" (guards.py)
            if rnotes.get("owner_on_duty"):
                continue  # a deployment of the owner's forces (deployments.py), not a transfer
            if from_military_district(d, clause):
                continue  # "delivered a Pantsir-S battalion from the Eastern Military District": its own units (guards.py)
            if how == "relative_clause" and cue.stage == "in_service" and not rec and \
                    any(_owner_before(d, sent, m) not in (None, *rec) for m in ms):
                continue  # "Звено российских Су-27СМ3, которое ... несет дежурство в Барановичах": the owner's own unit
            movement = bool(sent.toks[cue.tok].keys & LANDING_RU or MOVEMENT_EN.match(cue.text))
            from_supplier = movement and any(
                r.prep == "from" and r.country in sup for r in sent.refs if clause.start <= r.start < clause.stop)
            if movement and sup and not rnotes.get("supplier_inferred") and not from_supplier and \
                    not MADE_BY.search(d.text, clause.start, clause.stop):
                # "Су-27 ВВС России приземлились в Бобруйске", "Russian Iskander launchers crossed the border":
                # aircraft or launchers the text names as another country's own are moving, not changing hands
                # ("from Russia" names a supplier; "российской постройки", "Russian-built" name the maker, not the owner:
                # "В Барановичи прилетели еще два Су-30СМ российской постройки" are the recipient's new aircraft)
                continue
            if (sent.toks[cue.tok].keys & FLIGHT_RU or FLIGHT_EN.match(cue.text)) and \
                    not BATCH_WORDS.search(d.text, clause.start, clause.stop):
                # "Two MiG-31K jets flew to Machulishchy from Russia": aircraft fly in for many reasons; a hand-over by
                # air is told as a batch ("the third pair flew in", "перелетела очередная пара"), or as a transport's
                # cargo ("two Il-76 transports flew in from Russia with Tor-M2 systems aboard": the Tor-M2 arrived)
                ms = [m for m in ms if carried_cargo(d, sent, m)]
                if not ms:
                    continue
            if cue.side == "theme" and moved_at_home(d, sent, clause, rec):
                continue  # "Первые Су-25 перелетели на аэродром Лида из Барановичей": a move inside the recipient's own
                # country, no transfer between two
            unsure_movement = movement and not from_supplier
            notes.update({k: v for k, v in rnotes.items() if v})
            for m in ms:
                if stage == "planned" and cue.stage == "planned" and cue.side == "receive" and \
                        not cue.text.lower().startswith("expect") and not _target_date(d, sent, clause, cue, cues):
                    # "still waiting for its first X, ordered in 2019": no target date, the order restated ("expects another
                    # pair" names a new batch); the participle's own stage stands ("ждут первые Су-30СМ2,
                    # законтрактованные еще в 2022 году": ordered in 2022)
                    part = None if from_context else participle_stage(d, sent, clause, cue, stage, m)
                    if part is not None and part[1] == "ordered" and part[2] is not None:
                        wait = Draft("delivery", sent, clause, cue, {"supplier": list(sup), "recipient": list(rec),
                                                                     "system": [m.key]}, status=stage,
                                     details=dict(notes), rule=f"deliveries.read:{how}")
                        wait.span = (min(cue.start, m.start), max(cue.stop, m.stop))
                        drafts.append(_participle_draft(d, wait, part))
                    continue
                if CARRIER_MAKE.match(m.text) and sent.toks[cue.tok].keys & BRING_RU or carrier_arrival(d, sent, cue, m):
                    continue  # "технику доставили самолеты Ил-76", "two Il-76 transports flew in": the carrier (guards.py)
                if given_capability(d, sent, cue, m):
                    continue  # "giving Belarusian Su-25 jets the ability to carry ...": an upgrade, no hand-over (guards.py)
                if listed_topic(d, sent, cue, m):
                    continue  # "told reporters about the new contracts, about the Pantsir-SM": a topic (guards.py)
                if cue.side == "theme" and own_hardware(d, sent, m):
                    continue  # "the contractors arrived with their BTR-80 vehicles": the subject's own (guards.py)
                if movement and supplier_owned(d, sent, m, sup):
                    continue  # "Two Russian MiG-31K fighters flew to Belarus from Russia": the supplier's own aircraft
                    # moving (a deployment), even when the text says where they came from
                if supplier_formation_placed(d, sent, clause, m, sup):
                    continue  # "A Russian S-400 regiment deployed to Belarus went on combat duty" (guards.py)
                if museum_piece(d, sent, m):
                    continue  # "a T-34 that came from Russia now stands in the museum": an exhibit (guards.py)
                if under_supplier_command(d, sent, m) or supplier_base(d, sent, m, sup):
                    continue  # "MiG-31K, which remain under Russian command": stationed forces (guards.py)
                if (cue.side not in ("supply", "receive") or stage == "in_service") and supplier_forces(d, sent, m, sup, rec):
                    continue  # "MiG-31 interceptors of the Russian Air Force arrived": that army's own (guards.py)
                if supplier_unit_moved(d, sent, clause, m, sup):
                    continue  # "российских истребителя Су-27 с летным и техническим составом": a unit moved (guards.py)
                if stage in ("in_service", "delivered") and all_in_service(d, sent, clause, m, cue, _is_participle(d, sent, cue)):
                    continue  # "All the Tor-M2 batteries we received are on combat duty now": holdings (guards.py)
                if not from_context and made_by_recipient(d, sent, m, sup, rec):
                    continue  # "Belarusian-made Polonez launchers", "«Кайман» отечественного производства"
                if stage in ("discussed", "planned") and refused_later(d, sent, m) or \
                        stage == "discussed" and basing_request(d, sent, clause, m, sup):
                    continue  # a request turned down; the supplier's own aircraft to be based there (guards.py)
                if from_context and repaired(d, d.sents[m.sentence], m):
                    continue  # "Russian orders" pointing back to jets the plant overhauls: no transfer to point to
                if stage == "discussed" and denied_after_relative(d, sent, m) or repaired(d, sent, m) or \
                        stage == "delivered" and running_total(d, sent, clause, cue) or \
                        stage in ("ordered", "delivered") and holdings_tally(d, sent, cue) or \
                        stage in ("ordered", "delivered") and habitual_purchase(d, sent, clause, cue) or \
                        stage == "delivered" and supplier_on_duty(d, sent, clause, m, sup):
                    continue  # asked for but never supplied; repaired for its owner; the supplier's own unit (guards.py)
                dr = Draft("delivery", sent, clause, cue, {}, status=stage, details=dict(notes),
                           rule=f"deliveries.read:{how}")
                dr.roles = {"supplier": list(sup), "recipient": list(rec), "system": [m.key]}
                q, approx, unit, counted_from = _count(d, sent, _outside(clause, phrase, cue), cue, cues, m, ms,
                                                       from_context, counted, stage,
                                                       phrase is not None and phrase[1][0] <= m.start < phrase[1][1],
                                                       clause, phrase[1] if phrase is not None else None)
                if unit == "contracts":
                    q, approx, unit, counted_from = None, False, None, None  # "Речь идет о двух контрактах": no count of
                    # the system (RULES: a count of batches, trains or contracts is no quantity)
                if counted_from:
                    dr.details["quantity_from"] = counted_from
                dr.quantity, dr.approx, dr.unit = q, approx, unit
                if from_context:
                    dr.details["system_from_context"] = m.text
                    dr.details["system_from"] = found_where(d, sent, m)
                    # (a system named more than two sentences back, the article's topic: less sure still)
                    dr.confidence = 0.6 if sent.index - m.sentence <= 2 else 0.5
                if notes.get("modal"):
                    dr.confidence = min(dr.confidence, 0.6)  # "может получить": a prospect read as the plan
                if unsure_movement:
                    # "Два Су-30СМ приземлились в Барановичах": a hand-over, or the base's own aircraft coming home;
                    # the supplier is inferred, so the row is kept at low confidence and says why
                    dr.details["movement_without_source"] = True
                    dr.confidence = min(dr.confidence or 1.0, 0.5)
                batch = ordinal_batch(d, sent, clause)
                if batch:
                    dr.details["batch"] = batch
                dr.span = (min(cue.start, m.start), max(cue.stop, m.stop if not from_context else cue.stop))
                year = contract_year(d, sent, cue) if stage == "ordered" and phrase is None else None
                if year is not None and not any(clause.start <= t.start < clause.stop and t.value
                                                for t in dating.timexes_in(d.a, sent.index)):
                    # "wants to revise the 2015 contract for Yak-130": the order is the contract's, of its year (as
                    # "контракт 2015 года" is dated by its own time expression), not of the report
                    dr.date = DateRef(value=year, precision="year", method="explicit", text=year)
                    dr.details["date_from"] = "own"
                if stage == "planned" and dr.quantity is not None and not dr.approx and contract_whole(d, sent, clause,
                                                                                                       cue):
                    # "Всего по контракту республика получит 12 машин": the order's size, not a batch still due
                    dr.status, dr.rule = "ordered", "deliveries.contract_total:whole"
                    for k in ("tense", "target_status", "cues"):
                        dr.details.pop(k, None)
                signed = signed_for(d, sent, clause, cue) if stage == "planned" and phrase is None and \
                    not from_context else None
                if signed is not None:
                    # "signed a deal last spring to ship 30 MZKT-7930 to Russia in 2016": the contract is the order,
                    # dated before the infinitive; the infinitive's plan keeps a time of its own after it (signed_to.py)
                    order = _signed_order(d, sent, clause, dr, signed)
                    if order is not dr:
                        drafts.append(order)
                drafts.append(dr)
                if tail is not None and dr.status == "ordered":
                    times = [t for t in dating.timexes_in(d.a, sent.index) if tail[1][0] <= t.start < tail[1][1] and t.value]
                    if times:
                        plan = _participle_draft(d, dr, (tail[0], "planned", times[0], tail[1]))
                        plan.rule = "deliveries.clauses:infinitive" if tail[0].stage else "deliveries.target:phrase"
                        drafts.append(plan)
                drafts.extend(_split_by_years(d, sent, clause, dr) or _spread_drafts(d, sent, clause, dr))
                split = _dated_parts(d, sent, clause, dr, m) if not from_context and phrase is None else []
                if not split and not from_context and phrase is None:
                    split = _first_part(d, sent, clause, dr, m)
                drafts.extend(split or _repeats(d, sent, clause, dr))
                if phrase is not None:
                    drafts.append(_contract_draft(d, sent, clause, dr, phrase, m))
                    if stage != "in_service":
                        continue
                    # ("that Russia gave Belarus under a 2005 agreement reached the country in January and went on
                    # duty in February": the agreement's order, and the delivery and its service entry, below)
                extra = earlier_batch(d, sent, clause) if stage in ("discussed", "planned", "ordered", "delivered") and \
                    not from_context else None
                if extra is not None and extra[0] > max(cue.stop, m.stop) and extra[3] <= {m.key}:
                    # (a batch of another system it names is that system's, not this one's)
                    drafts.append(_earlier_batch_draft(dr, extra))
                both = coordinated_stages(d, sent, clause, cues) if stage in ("in_service", "delivered") else None
                ahead = _service_ahead(d, sent, clause, cues, both, hyp) if both is not None else False
                if both is not None and stage == "delivered" and not ahead:
                    both = None  # (two past stages read together, as before: the delivery's own row)
                if both is not None:
                    if ahead:
                        # "прибыли в апреле и до конца лета должны заступить на дежурство", "arrived in April and will
                        # go on duty in the summer": the service entry is still to come, a plan of its own
                        dr.status = "planned"
                        dr.details["target_status"] = "in_service"
                    main = dr
                    dr = _coordinated_draft(dr, both)  # the delivery; a participle on the system is earlier still
                    # one transfer: its sides are the delivery verb's ("получила от России ... и поставила его на
                    # дежурство": "поставила" supplies nothing)
                    bsup, brec, _ = transfer_roles(d, sent, dr.clause, both[0], "delivered", ms, hyp)
                    if bsup and brec and not set(bsup) & set(brec):
                        for x in (main, dr):
                            x.roles["supplier"], x.roles["recipient"] = list(bsup), list(brec)
                    drafts.append(dr)
                part = _context_participle(d, sent, clause, cue, stage) if from_context else \
                    participle_stage(d, sent, clause, cue, stage, m)
                if how == "apposition_subject":
                    part = apposition_stage(d, sent, clause, cue)
                rc = relative_cues.get((m.start, m.key))
                if part is None and rc is not None:
                    # "a Pantsir-S1 battery that Russia has agreed to hand over free of charge would arrive this year":
                    # the relative clause asserts its own stage (ordered), the main verb the clause's (planned)
                    part = relative_stage(d, sent, m, rc, cue, stage, hyp)
                    if part is not None:
                        dr.details["relative_verb"] = rc.text
                if part is not None:
                    drafts.append(_participle_draft(d, dr, part))
    return drafts


# "несут дежурство" without "боевое": any unit's watch, the supplier's own aircraft too ("российские истребители несут
# дежурство в Барановичах"); a service entry only of systems the clause says were received
BARE_DUTY_RU = re.compile(r"(?i)^нес\w*\s+дежурств")


def _bare_duty_alone(d: Doc, sent: Sent, c: Cue, cues: list) -> bool:
    """"Дивизионы С-300ПС, полученные от России ..., несут дежурство": the bare duty cue counts only after a delivered
    participle of its clause."""
    if not d.ru or not BARE_DUTY_RU.match(c.text):
        return False
    # (or after the delivered verb of a relative clause on the subject: "С-400, которую Россия передала в январе, с
    # апреля несет дежурство")
    if any(o.start < c.start and o.stage == "delivered" and _is_participle(d, sent, o) for o in cues):
        return False
    # (the relative clause is a clause of its own: its verb is among the sentence's cues)
    return not any(o.start < c.start and o.stage == "delivered" and RELATIVE_RU.search(
        d.text, max(sent.start, o.start - 40), o.start) for o in transfer_cues(d, sent, Clause(sent.start, sent.stop)))


# the relative pronoun that opens a relative clause, a few words before its verb
RELATIVE_RU = re.compile(r"(?i),\s*котор\w+(?:\s+[\w-]+){0,3}\s+$")


def _owner_before(d: Doc, sent: Sent, m) -> Optional[str]:
    """The country of an adjective in the system's own noun phrase ("российских истребителей Су-27СМ3", "Russian
    Su-27 fighters"), or None."""
    for r in sent.refs:
        if r.via == "adj" and r.country and 0 <= m.start - r.stop <= 40 and \
                not re.search(r"[,;.()«»\"]", d.text[r.stop:m.start]):
            return r.country
    return None


def _signed_order(d: Doc, sent: Sent, clause: Clause, main: Draft, at: int) -> Draft:
    """The order of a signed contract whose purpose the infinitive at ``at`` tells (signed_to.py), dated before the
    infinitive; ``main`` (the plan) keeps the infinitive's phrase and its time. With no time after ``at`` the plan has
    none of its own: ``main`` itself becomes the order, which is returned."""
    later = [t for t in dating.timexes_in(d.a, sent.index) if at <= t.start < clause.stop and t.value and
             not d.in_frame(sent, t.start, t.stop)]
    keep = ("cues", "tense", "target_status", "date_from")
    conjunct = re.match(r"\s+and\s", d.text[at:at + 6]) is not None  # ("signed a contract ... and will receive ...")
    if not conjunct and (not later or main.cue.stage == "ordered"):
        # (the infinitive of buying is the order itself: "signed a contract in 2017 to purchase 12 Su-30SM")
        main.status, main.rule = "ordered", "deliveries.signed_to:order"
        main.clause = Clause(clause.start, at)
        for k in keep:
            main.details.pop(k, None)
        return main
    dr = Draft("delivery", sent, Clause(clause.start, at), main.cue, {k: list(v) for k, v in main.roles.items()},
               status="ordered", details={k: v for k, v in main.details.items() if k not in keep},
               rule="deliveries.signed_to:order")
    dr.quantity, dr.approx, dr.unit, dr.confidence = main.quantity, main.approx, main.unit, main.confidence
    dr.span = main.span
    main.clause = Clause(at, clause.stop)
    return dr


def _earlier_batch_draft(main: Draft, extra: tuple) -> Draft:
    """"получат еще одну пару Як-130 – в дополнение к паре, поступившей осенью прошлого года": the earlier pair is its
    own delivered row, dated by its participle; ``main`` is dated outside that phrase (coordination.earlier_batch)."""
    at, count, timex, _ = extra
    dr = Draft("delivery", main.sent, Clause(at, main.clause.stop), main.cue, {k: list(v) for k, v in main.roles.items()},
               status="delivered", details={k: v for k, v in main.details.items() if k not in ("cues", "tense",
                                                                                               "target_status", "batch")},
               rule="deliveries.coordination:earlier_batch")
    dr.quantity, dr.approx, dr.unit, dr.confidence = count, False, main.unit, min(main.confidence, 0.7)
    dr.date = dating.to_dateref(timex)
    dr.details["date_from"] = "own"
    dr.span = (at, main.clause.stop)
    main.clause = Clause(main.clause.start, at)
    return dr


def _service_ahead(d: Doc, sent: Sent, clause: Clause, cues: list, both: tuple, hyp: list) -> bool:
    """The second predicate of a coordinated delivery and service entry looks ahead (a modal, an infinitive, the
    future): "... и до конца лета должны заступить на дежурство", "... and will go on combat duty in June"."""
    part = Clause(both[2], clause.stop)
    got, _ = asserted_stage(d, sent, part, both[1], [c for c in cues if part.start <= c.start < part.stop], hyp)
    return got == "planned"


def _coordinated_draft(main: Draft, both: tuple) -> Draft:
    """"arrived in June and went on duty in July": the delivery, dated in its own predicate; ``main`` (the service
    entry) keeps the second predicate and is dated there (coordination.coordinated_stages)."""
    first, second, cut = both
    dr = Draft("delivery", main.sent, Clause(main.clause.start, cut), first, {k: list(v) for k, v in main.roles.items()},
               status="delivered", details={k: v for k, v in main.details.items() if k not in ("cues", "tense")},
               rule="deliveries.coordination:stages")
    dr.details["cues"] = [first.text]
    dr.quantity, dr.approx, dr.unit, dr.confidence = main.quantity, main.approx, main.unit, main.confidence
    dr.span = (main.span[0], first.stop)
    main.clause = Clause(cut, main.clause.stop)
    main.cue = second
    main.details["cues"] = [second.text]
    return dr


def _target_date(d: Doc, sent: Sent, clause: Clause, cue: Cue, cues: list) -> bool:
    """A time expression of the clause that dates what is waited for ("waiting for the first X, due in May", "ждет
    к маю"), not another cue's ("ordered in 2019", "законтрактованные в 2021 году")."""
    for t in dating.timexes_in(d.a, sent.index):
        if not (clause.start <= t.start < clause.stop) or d.in_frame(sent, t.start) or not t.value:
            continue
        if any(c is not cue and c.stage and c.stage != "planned" and c.start < t.start and
               (c.start > cue.start or t.start < cue.start) for c in cues):
            continue
        if ORDER_PARTICIPLE.search(d.text, max(clause.start, t.start - 40), t.start):
            continue
        return True
    return False


ORDER_PARTICIPLE = re.compile(r"(?i)\b(?:ordered|contracted|bought|signed|purchased|заказанн\w*|законтрактованн\w*|"
                              r"закупленн\w*|приобретенн\w*|приобретённ\w*|купленн\w*)\b")


DENIABLE = {"ordered", "delivered", "in_service"}
# "within the framework of an agreement", "в рамках соглашения", "по договору" (transfer_cues.tsv): a deal phrase
AGREEMENT_CUE = re.compile(r"(?i)agreement|соглашени|договор")
# a noun of the transfer itself, a cue of no side ("The delivery is carried out ...", "Передача идет ...")
TRANSFER_NOUN = re.compile(r"(?i)(?:deliver|suppl|transfer|hand|поставк|поставок|передач|закупк|закупок|покупк)")


def _agreement_fulfils(d: Doc, sent: Sent, clause: Clause, cue: Cue, cues: list, hyp: list) -> bool:
    """An agreement phrase is the system's order only beside a transfer word of the clause ("Передача идет в рамках
    соглашения", "The delivery is carried out in accordance with the agreement"), and never when that word is negated
    ("Россия не передала ... по договору"): duty, drills, training or a redeployment "under a treaty" are no order."""
    verbs = [c for c in cues if c is not cue and clause.start <= c.start < clause.stop
             and (c.side in ("supply", "receive", "theme") or TRANSFER_NOUN.match(c.text))
             and not AGREEMENT_CUE.search(c.text)]
    if not verbs:
        return False
    return not any(asserted_stage(d, sent, clause, v, cues, hyp)[1].get("negation") for v in verbs)


# "the delivered systems", "these transferred jets": the participle stands in front of the noun
ATTRIBUTIVE_EN = frozenset({"the", "these", "those", "newly", "recently"})


def _kind_before(d: Doc, sent: Sent, c: Cue) -> bool:
    """"the air-defence systems handed to Belarus can track ...": a supply or purchase verb in -ed right after a kind's
    noun is its participle (systems hand nothing over and buy nothing), naming back a transfer, asserting none. One
    that dates it ("The jets delivered in 2019 were the first batch") tells when, and stays."""
    if c.side not in ("supply", "receive") or c.tok == 0:
        return False
    prev = sent.toks[c.tok - 1].low
    if not any(rx.fullmatch(prev) for rx, _ in GENERIC_EN):
        return False
    # the participial phrase runs to a comma or to the main verb's auxiliary ("The systems delivered to the 120th
    # brigade at Baranovichi on Tuesday are already on combat duty": Tuesday is the participle's)
    end = min(sent.stop, c.stop + 150)
    punct = re.compile(r"[,;:]").search(d.text, c.stop, end)
    if punct:
        end = punct.start()
    for t in sent.toks[c.tok + 1:]:
        if t.start >= end or t.low in PHRASE_END_EN:
            end = min(end, t.start)
            break
    # (a reporting frame's time, "the ministry said on Tuesday", is the report's, not the participle's)
    return not any(t.value and c.stop <= t.start < end and not d.in_frame(sent, t.start)
                   for t in dating.timexes_in(d.a, sent.index))


# the main verb's auxiliary or modal after a participial phrase: where the phrase ends
PHRASE_END_EN = EN_BE | EN_FUTURE_AUX | EN_PRESENT_AUX | EN_MODAL | frozenset(
    {"had", "do", "does", "did", "can", "could", "may", "might", "must", "should"})


def _denial(d: Doc, sent: Sent, clause: Clause, cue: Cue, ms: list, hyp: list, notes: dict) -> None:
    """A negated stage ("Belarus has not received the S-400", "Россия не поставляла ...") is kept
    aside as a denial, never as a delivery: the lifecycle sets it against another source's claim.
    Only a concrete stage can be denied, and only with both parties in the clause."""
    denials = getattr(d, "denials", None)
    if denials is None or cue.stage not in DENIABLE or cue.side == "station":
        return
    if NO_REQUEST.search(d.text[clause.start:clause.stop]):
        return  # "no request for Iskander has been received": the talk is denied, not a stage of a transfer
    if cue.side == "theme":
        # "no new trains arrived, and the A-50 ... stayed": what the arrival verb denies is its subject, before it
        ms = [m for m in ms if m.stop <= cue.start]
    sup, rec, _ = transfer_roles(d, sent, clause, cue, cue.stage, ms, hyp)
    if not sup or not rec or not ms:
        return
    for m in ms:
        dr = Draft("denial", sent, clause, cue, {"supplier": list(sup), "recipient": list(rec), "system": [m.key]},
                   status=cue.stage, details={"negation": notes["negation"]}, rule="deliveries.read:denied")
        dr.confidence = 0.6
        dr.span = (min(cue.start, m.start), max(cue.stop, m.stop))
        denials.append(dr)


def _count(d: Doc, sent: Sent, clause: Clause, cue: Cue, cues: list, m, ms: list, from_context: bool,
           counted, stage: Optional[str] = None, in_phrase: bool = False, full_clause: Optional[Clause] = None,
           phrase_span: Optional[tuple] = None) -> tuple:
    """(quantity, approximate?, unit, from a collective?) of one system of the clause: its noun phrase's
    number, a collective ("the fourth battery"), a count right after a cue, a movement's count, the count on
    the generic noun that pointed back to it."""
    counted_from = None
    if not from_context and in_phrase:
        # "по контракту 2015 года на двенадцать Ми-8МТВ-5: последние шесть машин поступили": the system is named
        # inside the contract phrase, and its count is the contract's; the verb counts its own noun, or nothing
        q, approx, unit = generic_count(d, sent, clause, cue)
        if q is None:
            # "Under the contract for ten Yak-130, Belarus has received six from Russia": the verb's bare count
            q = _bare_count_after(d, sent, clause, cue)
        return q, approx, unit, ("verb_noun" if q is not None else None)
    sub = None
    for c in [cue] + [c for c in cues if c is not cue and c.stage in (cue.stage, stage) and not from_context]:
        if from_context or m.stop <= c.start:
            sub = subject_count(d, sent, clause, c, sent.start if from_context else m.stop)
            if sub is not None:
                break
    how_sub = "subject"
    if sub is None and not from_context and m.stop <= cue.start:
        sub, how_sub = dashed_count(d, sent, m.stop, cue), "dashed"
    if sub is not None:
        # "..., the last four of which arrived", "пять из которых ВВС получили", "fighters: the first two landed": the
        # verb's own subject counts what it moved
        return sub[0], False, sub[1] or (None if from_context else unit_after(d, sent, m.stop)), how_sub
    q, approx, unit = system_quantity(d, sent, m) if not from_context else (None, False, None)
    if q is not None and any(s <= m.start < e for s, e in set_aside(d, sent)):
        # "Instead of the planned eight Su-30SM, Belarus received only four": the count set aside is not the verb's;
        # a bare count after the verb is ("получила от России только четыре")
        q, approx, unit = _bare_count_after(d, sent, clause, cue, reach=5), False, None
    own = _later_predicate_count(d, sent, clause, m, cue) if cue.stage == stage and not from_context and (
        q is not None or collective_count(d, sent, m)[0] is not None) else None
    if own is not None:
        # "expects another pair of Su-30SM2 ... and has signed a contract for six more": the later predicate's count
        return own[0], False, own[1] or unit, "later_predicate"
    head = unit or unit_after(d, sent, m.stop) or _unit_before(d, sent, m) if not from_context else None
    if head and _ordinal_subject(d, sent, m, cue):
        # "эксплуатирует две батареи «Тор-М2», третья ожидается осенью": the verb's subject is the ordinal, one unit
        return 1.0, False, head, "ordinal_subject"
    part_of = q is not None and _counts_a_part(d, sent, m)
    if part_of and _relative_cue(d, m, cue):
        # "the first four of the Su-30SM fighters that Minsk ordered in 2017": the four are a part, the order the whole
        return None, False, None, None
    if part_of:
        counted_from = "part"  # "received four of the Su-30SM that Minsk ordered": a participle's stage is of the whole
    whole = _whole_after(d, sent, m, q) if q is not None and not approx else None
    if whole is not None:
        # "шесть Ми-8МТВ-5 из 12, заказанных в 2015 году", "Four Mi-35M, the first of 12 ordered": the verb moves the
        # part; the whole is the order's (a participle's or a contract's row takes it)
        return q, approx, unit, f"of {whole:g}"
    part = _part_of(d, sent, m) if q is not None else None
    if part is not None and part != q and not ((_cue_of_relative(d, m, cue) or _participle_on(d, sent, m, cue))
                                               and cue.stage == stage):
        # "the last four of the 12 Mi-35M", "последние четыре из 12 Ми-35М": the verb moves the part
        return part, False, unit, f"of {q:g}"
    if q is not None and _partitive(d, sent, m):
        # "Of the 12 Su-30SM it ordered, it has received eight": the 12 is the whole, the verb's count the part
        for c in [cue] + [c for c in cues if c is not cue]:
            part = _bare_count_after(d, sent, clause, c)
            if part is not None and part != q:
                return part, False, unit, f"of {q:g}"
    if q is not None and unit in FORMATIONS and not from_context:
        pieces = pieces_count(d, sent, m)
        if pieces is not None and pieces[0] > q:
            # "three Tor-M2K batteries, 12 launchers in all": one transfer counted both ways gives the pieces
            return pieces[0], False, pieces[1], "pieces"
    if q is None and not from_context and stage == "ordered" and cue.stage == "ordered" and m.stop <= cue.start:
        whole = whole_before(d, sent, cue.start)
        if whole is not None:
            # "Як-130 – первый из четырех, закупленных Белоруссией": the purchase is of the four
            return whole, False, None, "whole_before"
    if q is None and not from_context:
        q, approx, unit = apposition_count(d, sent, m)
        if q is not None:
            counted_from = "apposition"
    if q is None and not from_context:
        q = batch_part_count(d, sent, m)
        if q is not None:
            counted_from, unit = "part_of_batch", unit_after(d, sent, m.stop)
    if q is None and not from_context:
        q, unit, how_counted = collective_count(d, sent, m)
        if q is not None:
            counted_from = how_counted
    if q is None and len(ms) == 1:
        # another cue's count only when no comma parts it from this one ("получили первые два комплекса,
        # остальные поступят": the two are the first verb's)
        others = [c for c in cues if c is not cue and not re.search(
            r"[,;:]", d.text[min(c.stop, cue.stop):max(c.start, cue.start)])]
        for c in [cue] + others:
            q, approx, unit = quantity_near_cue(d, sent, clause, c)
            if q is not None:
                break
    if counted is not None:
        (q, unit), approx = counted[:2], False
        if len(counted) > 2:
            counted_from = counted[2]  # "Следующая пара придет осенью, еще одна – ...": a collective, for the repeats
    if q is None and from_context and len(ms) == 1:
        q, approx, unit = generic_count(d, sent, clause, cue)
        if q is None and phrase_span is not None and full_clause is not None:
            # "Первые четыре машины по контракту 2020 года армия получила": the count before the contract phrase
            q, approx, unit = generic_count(d, sent, full_clause, cue, skip=phrase_span)
    return q, approx, unit, counted_from


LATER_FILLER = frozenset({"for", "на", "еще", "ещё", "another", "a", "further", "of"})


def _later_predicate_count(d: Doc, sent: Sent, clause: Clause, m, cue) -> Optional[tuple]:
    """(count, unit) right after a cue that stands in a later conjunct than the system ("... and has signed a contract
    for six more", "... и подписала контракт еще на шесть машин"), else None."""
    if cue.start < m.stop or not any(t.low in ("and", "и") for t in d.toks_in(sent, m.stop, cue.start)):
        return None
    for t in sent.toks[cue.tok + 1:cue.tok + 5]:
        if t.start >= clause.stop:
            return None
        val = number_value(d, t)
        if val is None:
            if t.low in LATER_FILLER:
                continue
            return None
        if t.low in ("a", "an", "one"):
            return None
        nxt = sent.toks[t.i + 1] if t.i + 1 < len(sent.toks) else None
        if nxt is None or nxt.start >= clause.stop or re.match(r"\s*[,;.]", d.text[t.stop:nxt.start + 1]):
            return val, None
        if nxt.low in ("more", "additional", "further") or unit_of(nxt):
            return val, unit_of(nxt)
        return None
    return None


# ", the third is expected", ", третья ожидается", ", the last of which arrived": an ordinal standing alone as the subject of the cue after the system
ORDINAL_SUBJECT_BEFORE = re.compile(r"(?i)[,;–—]\s*(?:(?:and|but|while|и|а|но)\s+)?(?:the\s+)?(\w+)(?:\s+of\s+(?:which|them)|\s+из\s+(?:которых|них))?"
                                    r"\s+(?:(?:is|was|will|should|уже|тоже|также)\s+)?$")


def _unit_before(d: Doc, sent: Sent, m) -> Optional[str]:
    """The unit noun heading the system's phrase ("батареи зенитных ракетных комплексов «Тор-М2»")."""
    k = d.tok_at(sent, m.start)
    for t in reversed(sent.toks[max(0, k - 5):k]):
        if re.search(r"[,;:.()]", d.text[t.stop:m.start]) or t.low in ("and", "or", "и", "или", "а"):
            return None
        u = unit_of(t)
        if u:
            return u
    return None


def _ordinal_subject(d: Doc, sent: Sent, m, cue) -> bool:
    if not (m.stop <= cue.start <= m.stop + 160):
        return False
    hit = ORDINAL_SUBJECT_BEFORE.search(d.text, m.stop, cue.start)
    if hit is None:
        return False
    tok = next((t for t in sent.toks if t.start == hit.start(1)), None)
    return tok is not None and _ordinal_word(d, tok)


PART_OF = re.compile(r"(?i)\s+of\s+(?:the|its|these|those)\s")
RELATIVE_AFTER = re.compile(r"(?i)[»\"”]?\s*(?:[^\W\d_][\w-]*\s+){0,3}?,?\s*(?:that|which|котор\w+)\b")


def _participle_on(d: Doc, sent: Sent, m, cue) -> bool:
    """The cue is a participle set right after the system ("... истребителей Су-30СМ, заказанных Белоруссией", "Su-30SM
    fighters ordered by Belarus"): its stage is the whole's, not the part's the sentence counts first."""
    return cue.start >= m.stop and PARTICIPLE_GAP.fullmatch(d.text, m.stop, cue.start) is not None and \
        _is_participle(d, sent, cue)


PARTICIPLE_GAP = re.compile(r"[»\"”]?(?:\s+(?:fighters|aircraft|helicopters|jets|systems|истребителей|самол[её]тов|"
                            r"вертол[её]тов|комплексов))?\s*,?\s*")


def _counts_a_part(d: Doc, sent: Sent, m) -> bool:
    """The system's count is a part: "four of the Su-30SM", "the first four of the Su-30SM fighters"."""
    got = number_before(d, sent, m.start)
    if got is None:
        return False
    tok = sent.toks[got[3]]
    return PART_OF.match(d.text, tok.stop, tok.stop + 12) is not None


def _relative_cue(d: Doc, m, cue) -> bool:
    """The cue is in a relative clause on the system ("... Su-30SM fighters that Minsk ordered in 2017")."""
    return cue.start >= m.stop and RELATIVE_AFTER.match(d.text, m.stop, cue.start) is not None


def _cue_of_relative(d: Doc, m, cue) -> bool:
    """The cue is the verb of a relative clause on the system, its subject at most three words ("the first of 12
    Mi-35Ms that Minsk ordered"; not "the first of four Yak-130 that Belarus bought from Russia arrived")."""
    hit = RELATIVE_AFTER.match(d.text, m.stop, cue.start) if cue.start >= m.stop else None
    if hit is None:
        return False
    gap = d.text[hit.end():cue.start]
    # (the relative clause's own auxiliaries and modal verbs are no part of its subject: "that Russia has agreed to")
    return "," not in gap and len([w for w in gap.split() if w.lower() not in RELATIVE_AUX]) <= 3


RELATIVE_AUX = frozenset({"has", "have", "had", "will", "would", "is", "are", "was", "were", "be", "been", "to", "already",
                          "also", "agreed", "promised", "pledged", "offered", "decided", "planned", "plans", "intends",
                          "intended"})


# "The S-400 gives", "the Su-30SM fighters will give": the system as the subject of "give"
SYSTEM_SUBJECT_GIVE = re.compile(r"(?i)[»\"”]?(?:\s+(?!(?:that|which|who|Russia|Moscow|Belarus|Minsk)\b)[\w-]+){0,2}?\s+(?:(?:will|would|could|can|may|might|should|must|has|have|had|"
                                 r"also|now|already)\s+){0,2}$")


def _system_gives(d: Doc, cues: list, m) -> bool:
    return not d.ru and any(c.text.lower().startswith(("gave", "give")) and m.stop <= c.start
                            and SYSTEM_SUBJECT_GIVE.fullmatch(d.text, m.stop, c.start) for c in cues)


# "the first Russian-built Su-30SM fighters to reach Belarus": an infinitive naming which of the systems
INFINITIVE_ON = re.compile(r"(?i)[»\"”]?(?:\s+[\w-]+){0,2}?\s+$")


def _infinitive_on(d: Doc, m, c) -> bool:
    to = c.text.lower().startswith("to ") or d.text[max(0, c.start - 3):c.start].lower() == "to "
    return to and m.stop <= c.start and INFINITIVE_ON.fullmatch(d.text, m.stop, c.start) \
        is not None and FIRST_BEFORE.search(d.text, max(0, m.start - 60), m.start) is not None


FIRST_BEFORE = re.compile(r"(?i)\b(?:first|last|latest|only|next)\s+(?:[\w-]+\s+){0,3}$")


# what ends an English relative clause before another predicate could be its own verb
RELATIVE_GAP_END = re.compile(r"(?i)[,;:()\"“”]|\b(?:and|or|but|that|which|who|when|while|to|is|are|was|were|has|have|had|"
                              r"will|would|be|been)\b")
AUX_TAIL = re.compile(r"(?i)(?:\s+(?:will|would|shall|has|have|had|is|are|was|were|be|been|already|now|also|finally|"
                      r"put|placed|go|goes|went|gone|going)){1,4}\s*$")


DUE = re.compile(r"(?i)(?:is|are|was|were)\s+due$")


def _verb_after_relative(d: Doc, sent: Sent, cues: list, c) -> Optional[Cue]:
    """The finite transfer verb right after the relative clause whose verb is ``c`` ("... that Russia gave Belarus
    under a 2005 agreement reached the country this spring"), or None."""
    for f in cues:
        if f.start < c.stop or f.side not in ("supply", "receive", "theme"):
            continue
        if not f.stage and not (f.side == "theme" and DUE.match(f.text)):
            continue  # ("are due": a stage of its own, the plan)
        gap = AUX_TAIL.sub("", d.text[c.stop:f.start])  # ("... that Minsk ordered will arrive": the verb's own auxiliary)
        if RELATIVE_GAP_END.search(gap) or len(gap.split()) > 10:
            return None
        return f
    return None


WHOLE_AFTER = re.compile(r"(?i)\s*(?:[^\W\d_][\w-]*(?:\s+|(?=,))){0,2}?(?:,\s*(?:the\s+)?(?:first|last|next|remaining|latest)\s+)?"
                         r"(?:of|из)\s+(?:the\s+|its\s+)?(\w+)(?=[\s,.;)])")


def _whole_after(d: Doc, sent: Sent, m, q: float) -> Optional[float]:
    """The whole a counted system is part of, named right after it ("шесть Ми-8МТВ-5 из 12", "Four Mi-35M helicopters,
    the first of 12 ordered"), when larger than the part, else None."""
    hit = WHOLE_AFTER.match(d.text, m.stop, sent.stop)
    if hit is None:
        return None
    tok = next((t for t in sent.toks if t.start == hit.start(1)), None)
    val = number_value(d, tok) if tok is not None else None
    return val if val is not None and val > q else None


PARTITIVE = re.compile(r"(?i)(?:^|[,;:]\s*)(?:of|из)\s+(?:the\s+|these\s+|those\s+|its\s+)?$")


PART_BEFORE = re.compile(r"(?i)(?:^|\s)(\w+)\s+(?:of|из)\s+(?:the\s+|its\s+|these\s+|those\s+|all\s+)?$")


def _part_of(d: Doc, sent: Sent, m) -> Optional[float]:
    """The count of a part named before "of the N" / "из N" on the system's count: "the last four of the 12"."""
    got = number_before(d, sent, m.start)
    if got is None:
        return None
    k = got[3]
    hit = PART_BEFORE.search(d.text, max(sent.start, sent.toks[k].start - 40), sent.toks[k].start)
    if not hit:
        return None
    word = next((t for t in sent.toks if t.start == hit.start(1)), None)
    if word is None or word.low in ("a", "an", "one"):
        return None
    if _ordinal_word(d, word) or word.low in ("last", "final") or word.low.startswith(("последн", "заключительн")):
        return 1.0  # "The first of four Yak-130 ... arrived", "первый из четырех Як-130": one of them
    return number_value(d, word)


def _partitive(d: Doc, sent: Sent, m) -> bool:
    """The system's count follows "Of the" / "Из" opening the sentence or clause."""
    got = number_before(d, sent, m.start)
    if got is None:
        return False
    return bool(PARTITIVE.search(d.text[sent.start:sent.toks[got[3]].start]))


# what may follow a bare count and end its phrase: the other side or the time ("has received six from Russia", "took
# four in May", "получила шесть от России", "получила четыре в мае")
BARE_COUNT_THEN = re.compile(r"(?i)\s+(?:from|by|in|on|since|last|this|earlier|so\s+far|already|из|от|в|во|уже)\b"
                             r"(?!\s+(?:years?|months?|weeks?|days?|года|лет|месяц\w*|недел\w*|дн\w*)\b)")


def _bare_count_after(d: Doc, sent: Sent, clause: Clause, cue, reach: int = 2) -> Optional[float]:
    """"has received eight," / "получила восемь", "has received six from Russia": a number right after the verb (within
    ``reach`` words: "получила от России только четыре"), ending its phrase."""
    for t in sent.toks[cue.tok + 1:cue.tok + 1 + reach]:
        if t.start >= clause.stop:
            break
        val = number_value(d, t)
        if val is not None and t.low not in ("a", "an", "one"):
            rest = d.text[t.stop:clause.stop]
            if not rest.strip() or re.match(r"\s*(?:[,;.:]|of them|из них|\w+\s*[,;.]|\w+\s*$)", rest) or \
                    BARE_COUNT_THEN.match(rest):
                return val
            return None
    return None


def relative_stage(d: Doc, sent: Sent, m, rc: Cue, main: Cue, stage: str, hyp: list) -> Optional[tuple]:
    """(cue, stage, timex or None, (start, stop)) of a restrictive relative clause on ``m`` whose verb ``rc`` stands
    before the main verb ``main`` ("the battalion that Moscow had promised last spring had reached the brigade"), when
    it asserts a stage of its own, other than ``stage``; else None."""
    hit = RELATIVE_AFTER.match(d.text, m.stop, rc.start) if rc.start >= m.stop else None
    if hit is None:
        return None
    span = Clause(hit.end(), main.start)
    got, _ = asserted_stage(d, sent, span, rc, [rc], hyp)
    order = ("planned", "ordered", "delivered", "in_service")
    if got not in ("planned", "ordered") or stage not in order or order.index(got) >= order.index(stage) and \
            not (got == "ordered" and stage == "planned"):
        # only an earlier stage of its own: "that Russia gave Belarus ... reached the country" is one transfer, told
        # twice ("gave" and "reached")
        return None
    times = [t for t in dating.timexes_in(d.a, sent.index) if span.start <= t.start < span.stop and t.value]
    if not times and not RELATIVE_COMMITMENT.search(d.text, span.start, span.stop):
        return None  # "the first of four Yak-130 that Belarus bought from Russia arrived": the purchase names the whole
    return rc, got, (times[0] if times else None), (span.start, span.stop)


# an undated relative clause is a stage of its own when it tells a commitment: "that Russia has agreed to hand over"
RELATIVE_COMMITMENT = re.compile(r"(?i)\b(?:agreed|promised|pledged|committed|undertook|signed)\b")


def _context_participle(d: Doc, sent: Sent, clause: Clause, cue: Cue, stage: str) -> Optional[tuple]:
    """"Первая батарея, полученная из России в декабре, уже несет боевое дежурство", "The first battery, received from
    Russia last December, is on combat duty": a participial phrase set off after the noun that stands for the system
    named before is that system's own earlier stage, as it is beside a named system (participles.py); the noun before
    the comma takes the system's place."""
    if stage not in ("in_service", "delivered", "planned"):
        return None
    for c in transfer_cues(d, sent, clause):
        if c is cue or not c.stage or c.stage == stage or c.start >= cue.start or c.tok < 2:
            continue
        head = sent.toks[c.tok - 1]
        if head.start < clause.start or d.text[head.stop:c.start].strip() != "," or not is_noun(head.text):
            continue
        return participle_stage(d, sent, clause, cue, stage, head)
    return None


# what an ordinal counts when it opens a batch of the order: "первая партия", "the first batch", "первое звено"
BATCH_NOUN = re.compile(r"(?i)(?:batch|lot|pair|flight|парти|пар[аыу]\b|звен)")


def _first_batch(d: Doc, sent: Sent, clause: Clause, pcue: Cue) -> bool:
    """An ordinal on the counted systems in the eight words before the participle: "the first four Yak-130 bought from
    Russia", "Первые четыре вертолета Ми-35М, законтрактованные у России", "первая партия": a batch of the order. Not an
    ordinal on something else ("Второй авиабазе предстоит получить 12 истребителей Су-30СМ, заказанных в России")."""
    toks = [t for t in window(sent, pcue.tok, 8) if t.start >= clause.start]
    for t, nxt in zip(toks, toks[1:] + [sent.toks[pcue.tok]]):
        if _ordinal_word(d, t) and (number_value(d, nxt) is not None or BATCH_NOUN.match(nxt.text) or
                                    any(m.type == "weapon_system" and m.start == nxt.start for m in sent.mentions)):
            return True
    return False


def _participle_draft(d: Doc, main: Draft, part: tuple) -> Draft:
    """The earlier stage a participle on the system asserts ("received in December"), dated by its own phrase;
    the clause's main stage no longer takes that phrase's date."""
    pcue, pstage, timex, span = part
    dr = Draft("delivery", main.sent, main.clause, pcue, {k: list(v) for k, v in main.roles.items()},
               status=pstage, details={k: v for k, v in main.details.items() if k not in ("cues", "tense")},
               rule="deliveries.participles:attribute")
    dr.quantity, dr.approx, dr.unit, dr.confidence = main.quantity, main.approx, main.unit, main.confidence
    # a recipient named inside the participial phrase is the participle's own when the clause names another
    # outside it: "Belarus has requested Pantsir-S1 from Russia, supplied to China in 2020" (delivered Russia ->
    # China; the request stays Belarus's). A phrase naming the clause's only recipient ("delivered to Belarus in
    # December, are now on combat duty") is the same batch and keeps it.
    recipients = main.roles.get("recipient", [])
    own = {m.key for m in main.sent.mentions if span[0] <= m.start < span[1] and m.key in recipients}
    if own and set(recipients) - own:
        dr.roles["recipient"] = [k for k in recipients if k in own]
        main.roles["recipient"] = [k for k in recipients if k not in own]
    elif own and pstage != main.status and main.status in ("discussed", "planned", "ordered"):
        # "Belarus has asked Russia for S-400 systems, supplied to China in 2018": the clause's only recipient is the
        # participle's; the request, plan or order is its subject's, the country named bare before the phrase that
        # supplies nothing (before, the request went to China too)
        subject = _subject_country(d, main, span)
        if subject is not None and subject not in recipients:
            main.roles["recipient"] = [subject]
    whole = str(main.details.get("quantity_from") or "")
    if whole.startswith("of "):
        dr.quantity = float(whole[3:])  # the participle ("ordered") is of the whole, the verb of the part
        dr.details.pop("quantity_from", None)
    elif whole == "part":
        dr.quantity, dr.unit = None, None  # "four of the Su-30SM that Minsk ordered": the whole's size is untold
        dr.details.pop("quantity_from", None)
    dr.span = (min(pcue.start, main.span[0]), max(pcue.stop, main.span[1]))
    if timex is None and pstage == "ordered" and main.status != "ordered" and not main.details.get("relative_verb"):
        # "Як-130, закупленных в России: первые четыре прибудут ...": an order the text does not date holds as of the
        # statement that asserts it (RULES 20), never as of the clause's later stage. A count told apart from the
        # participle's noun ("закупленных в России: первые четыре машины прибудут") or of a first batch ("the first
        # four Yak-130 bought from Russia") is the batch that will arrive, not the order's size: untold (review2 W6);
        # "the four Yak-130 Belarus ordered from Russia" counts what was ordered
        dr.clause = Clause(*span)
        if main.details.get("quantity_from") or _first_batch(d, main.sent, main.clause, pcue):
            dr.quantity, dr.approx, dr.unit = None, False, None
        dr.date, how = event_date(d, main.sent, dr.clause, pcue.start, True, stage="ordered")
        if how:
            dr.details["date_from"] = how
    elif timex is None and pcue.start < main.cue.start and main.cue.start - pcue.stop > 0 and \
            main.details.get("relative_verb"):
        dr.clause = Clause(*span)  # (an undated relative clause holds as of the report, not as of the main verb's time)
    elif timex is None:
        dr.details["before_stage"] = main.status  # undated: it came before the clause's stage, dated as that one
    if timex is not None:
        dr.date = dating.to_dateref(timex)
        dr.details["date_from"] = "own"
        if main.date is None:
            # the main stage holds as of the report, not as of the participle's date
            rest = Clause(span[1], main.clause.stop) if main.cue.start >= span[1] else Clause(main.clause.start, span[0])
            date, how = event_date(d, main.sent, rest, main.cue.start, False)
            if date is None and main.cue.start <= span[0]:
                # "delivered the last four of the 12 Mi-35M that Minsk ordered in 2015 in November 2021"
                date, how = event_date(d, main.sent, Clause(span[1], main.clause.stop), main.cue.start, False)
            if date is None:
                date, how = event_date(d, main.sent, rest, main.cue.start, True)
            main.date = date
            if how:
                main.details["date_from"] = how
    return dr


def _subject_country(d: Doc, main: Draft, span: tuple) -> Optional[str]:
    """The one country named without a preposition before ``span`` in ``main``'s clause, outside the reporting frame,
    that is not ``main``'s supplier: the subject of its request, plan or order; else None."""
    sent, clause = main.sent, main.clause
    got = {r.country for r in sent.refs if clause.start <= r.start < span[0] and r.prep is None and r.country
           and r.via in ("name", "place", "org") and not r.paren and not d.in_frame(sent, r.start, r.stop)
           and r.country not in main.roles.get("supplier", [])}
    return next(iter(got)) if len(got) == 1 else None


def _contract_draft(d: Doc, sent: Sent, clause: Clause, main: Draft, phrase: tuple, m=None) -> Draft:
    """The ordered fact of a contract phrase inside ``main``'s clause, with the phrase's own count ("the
    contract for 12 aircraft") and date ("signed in June"); ``main`` then reads its date outside the phrase."""
    pcue, (ps, pe) = phrase
    dr = Draft("delivery", sent, clause, pcue, {k: list(v) for k, v in main.roles.items()}, status="ordered",
               details={k: v for k, v in main.details.items() if k not in ("cues", "tense", "target_status")},
               rule="deliveries.contracts:phrase")
    q, approx, unit = quantity_near_cue(d, sent, Clause(ps, pe), pcue)
    if q is None:
        q, approx, unit = _contract_for_count(d, sent, ps, pe, pcue)
    if q is None and m is not None and ps <= m.start < pe and not main.details.get("system_from_context"):
        q, approx, unit = system_quantity(d, sent, m)  # "по контракту 2015 года на двенадцать Ми-8МТВ-5"
    if q is None:
        whole = whole_before(d, sent, ps)
        if whole is not None:
            q, approx, unit = whole, False, None  # "the first of eight under a contract signed in 2020": the eight
    if q is not None:
        dr.details.pop("quantity_from", None)  # the phrase's own count
    return _finish_contract(d, sent, clause, main, phrase, dr, q, approx, unit)


def _finish_contract(d: Doc, sent: Sent, clause: Clause, main: Draft, phrase: tuple, dr: Draft, q, approx, unit):
    pcue, (ps, pe) = phrase
    # "under a 2017 contract": a contract known only by its year has no count but its own ("for 12 aircraft")
    dated_only = dated_contract(d, sent, pcue) and not SIGN_WORD.search(d.text, ps, pe)
    if q is None and main.details.get("quantity_from") != "verb_noun" and not dated_only:
        q, approx, unit = main.quantity, main.approx, main.unit
        whole = str(main.details.get("quantity_from") or "")
        if whole.startswith("of "):
            q = float(whole[3:])  # "Four Mi-35M, the first of 12 ordered under a contract": the contract is for the whole
            dr.details.pop("quantity_from", None)
    dr.quantity, dr.approx, dr.unit, dr.confidence = q, approx, unit, main.confidence
    dr.span = (min(ps, main.span[0]), max(pe, main.span[1]))
    times = [t for t in dating.timexes_in(d.a, sent.index) if ps <= t.start < pe and t.value]
    if times:
        dr.date = dating.to_dateref(times[0])
        dr.details["date_from"] = "own"
    else:
        # (or inside the cue: "under a 2005 agreement")
        year = re.search(r"(?:19|20)\d\d", d.text[ps:pcue.stop]) if not d.ru else None
        fair = fair_year(d, Clause(ps, pe)) if year is None else None
        if year is not None:  # "a 2017 contract": the year in front of the noun is no time expression of its own
            dr.date = DateRef(value=year.group(), precision="year", method="explicit", text=year.group())
            dr.details["date_from"] = "own"
        elif fair is not None:  # "по контракту, заключенному на форуме «Армия-2015»"
            dr.date = fair
            dr.details["date_from"] = "own"
        elif not SIGN_WORD.search(d.text, ps, pe) and not dated_contract(d, sent, pcue):
            # "under the contract for eight Mi-35M, Belarus has received four": a contract told only as being fulfilled
            # is dated by the statement that tells it (RULES 20), read inside the phrase alone
            dr.clause = Clause(ps, pe)
        else:
            dr.date = DateRef(value=None, precision=None, method=None, text="")
    if times or not (dr.date and dr.date.value):
        main.clause = _outside(clause, phrase, main.cue)  # the clause's own stage is dated outside the phrase
    # (a phrase dated only by the year before its noun, "under the 2019 order", holds no time expression: the clause
    # keeps its time on either side of it, "delivered the last four under the 2019 order in December")
    return dr


def _repeats(d: Doc, sent: Sent, clause: Clause, main: Draft) -> list:
    """", and four more in November 2016": the same stage again, with its own count and date."""
    out = []
    if main.quantity is None:
        return out  # "took the first battery in 2011, and the second a year later": a count on both sides
    # "..., а вторую – в 2012 году": the clause cut at ", а" with no verb of its own is the elided conjunct
    nxt = next((c for c in sent.clauses if c.start >= clause.stop), None)
    if nxt is not None and not d.text[clause.stop:nxt.start].strip() and not transfer_cues(d, sent, nxt):
        clause = Clause(clause.start, nxt.stop)
    collective = main.details.get("quantity_from") == "collective"
    for start, count, date in elided_repeats(d, sent, clause, main.cue, main.quantity, collective):
        if event_date(d, sent, Clause(clause.start, start), main.cue.start, False)[0] is None:
            break  # the verb's own stage has no date of its own to set the repeat's against
        if not out:
            main.clause = Clause(main.clause.start, min(main.clause.stop, start))  # the verb's own date
        status = main.status
        if status in ("ordered", "delivered") and _after_report(d, date):
            status = "planned"  # "agreed on the transfer of four S-300PS, two in 2011 and the remaining two a year
            # later" (told in 2010): a part still to come is a plan, whatever the whole's stage
        dr = Draft("delivery", sent, clause, main.cue, {k: list(v) for k, v in main.roles.items()},
                   status=status, details=dict(main.details), rule="deliveries.coordination:elided")
        dr.quantity, dr.approx, dr.unit, dr.confidence = count, False, main.unit, main.confidence
        dr.date = date
        dr.details["date_from"] = "own"
        dr.details.pop("batch", None)
        dr.span = (main.span[0], clause.stop)
        out.append(dr)
    return out


def _dated_parts(d: Doc, sent: Sent, clause: Clause, main: Draft, m) -> list:
    """"four S-300PS battalions, two in 2005 and two in 2006": the main row becomes the first part, with its count
    and date, and each further part is a row of its own (parts.py); [] when the clause lists no dated parts."""
    if main.quantity is None or main.approx or main.date is not None:
        return []
    parts = dated_parts(d, sent, clause, max(m.stop, main.cue.stop), main.quantity)
    if not parts:
        return []
    out = []
    whole = main.quantity
    ordered = main.status == "ordered"
    year = story_year(d, sent, clause, parts[0][0])
    for n, (start, count, timex) in enumerate(parts):
        dr = main if n == 0 else Draft("delivery", sent, clause, main.cue, {k: list(v) for k, v in main.roles.items()},
                                       status=main.status, details=dict(main.details),
                                       rule="deliveries.parts:dated_part")
        date = dating.to_dateref(timex)
        if year and timex.method == "relative" and timex.precision in ("month", "season") and date.value[:4] != year:
            date = DateRef(value=in_year(date.value, year), precision=date.precision, method="relative", text=date.text)
        if dr.status in ("ordered", "delivered") and _after_report(d, date):
            dr.status = "planned"  # a part still to come is a plan, whatever the whole's stage
        dr.quantity, dr.approx, dr.unit, dr.confidence = count, False, main.unit, main.confidence
        dr.date = date
        dr.details["date_from"] = "own"
        dr.details["part_of"] = f"{whole:g}"
        dr.details.pop("quantity_from", None)
        if n:
            dr.details.pop("batch", None)
            dr.span = (main.span[0], clause.stop)
            out.append(dr)
    if ordered and all(dr.status == "planned" for dr in [main] + out):
        # "Moscow agreed to hand over six Tor-M2K batteries, three of them in 2021 and the others in 2022": the parts
        # are deliveries still to come; the agreement is an order of the whole, dated outside the list of parts
        order = Draft("delivery", sent, Clause(clause.start, parts[0][0]), main.cue,
                      {k: list(v) for k, v in main.roles.items()}, status="ordered",
                      details={k: v for k, v in main.details.items() if k not in ("date_from", "part_of")},
                      rule=main.rule)
        order.quantity, order.approx, order.unit, order.confidence = whole, False, main.unit, main.confidence
        order.span = (main.span[0], parts[0][0])
        out.append(order)
    return out


def _first_part(d: Doc, sent: Sent, clause: Clause, main: Draft, m) -> list:
    """"a total of 12 Su-30SM, the first four next year": the whole keeps its stage and count, dated outside the part;
    the first part is a plan of its own at its time (parts.first_part); [] when the clause sets no such part."""
    if main.status not in ("planned", "ordered") or main.quantity is None or main.approx or main.date is not None:
        return []
    got = first_part(d, sent, clause, max(m.stop, main.cue.stop), main.quantity)
    if got is None:
        return []
    start, count, timex = got
    dr = Draft("delivery", sent, clause, main.cue, {k: list(v) for k, v in main.roles.items()}, status="planned",
               details={k: v for k, v in main.details.items() if k not in ("quantity_from", "batch")},
               rule="deliveries.parts:first_part")
    dr.quantity, dr.approx, dr.unit, dr.confidence = count, False, main.unit, main.confidence
    dr.date = dating.to_dateref(timex)
    dr.details["date_from"] = "own"
    dr.details["part_of"] = f"{main.quantity:g}"
    dr.span = (main.span[0], clause.stop)
    main.clause = Clause(main.clause.start, min(main.clause.stop, start))  # the whole's own date, outside the part
    return [dr]


def _after_report(d: Doc, date) -> bool:
    """The date begins after the report's last day."""
    from bellink.dates import bounds

    pub = d.a.document.published
    if not pub or date is None or not date.value:
        return False
    lo, _ = bounds(date.value, None)
    _, pub_hi = bounds(pub)
    return lo is not None and pub_hi is not None and lo > pub_hi


def _spread_drafts(d: Doc, sent: Sent, clause: Clause, main: Draft) -> list:
    """"the first four Su-30SM arrived in two pairs, on May 10 and June 20": one stage per batch, each with its share
    and its day (spread.py); ``main`` becomes the first batch, the others are returned."""
    if main.status not in ("delivered", "planned") or main.approx:
        return []
    got = spread(d, sent, clause, main.quantity)
    if not got:
        return []
    whole = main.quantity
    out = []
    for k, (share, t) in enumerate(got):
        dr = main if k == 0 else Draft("delivery", sent, clause, main.cue, {r: list(v) for r, v in main.roles.items()},
                                       status=main.status, details=dict(main.details), rule=main.rule)
        dr.quantity, dr.approx, dr.unit = share, False, main.unit if share is not None else None
        dr.confidence = min(main.confidence, 0.7)
        dr.date = dating.to_dateref(t)
        dr.details["date_from"] = "own"
        if whole is not None:
            dr.details["part_of"] = f"{whole:g}"
        dr.details.pop("quantity_from", None)
        dr.span = main.span
        if dr is not main:
            out.append(dr)
    return out


# "in 2011 and 2012", "в 2011 и 2012 годах": two years joined, the second with no preposition of its own
TWO_YEARS = re.compile(r"(?i)\b(?:in|в)\s+((?:19|20)\d\d)\s+(?:and|и)\s+((?:19|20)\d\d)\b")


def _split_by_years(d: Doc, sent: Sent, clause: Clause, main: Draft) -> list:
    """"the two batteries it took in 2011 and 2012": as many units as years, one a year, each its own dated
    stage (one quantity split across dated stages). Any other count over two years stays one row, dated by
    the first ("more than 130 tanks in 2022 and 2023")."""
    if main.quantity != 2 or main.approx:
        return []
    got = [m for m in TWO_YEARS.finditer(d.text, clause.start, clause.stop) if not d.in_frame(sent, m.start())]
    if len(got) != 1:
        return []
    y1, y2 = got[0].group(1), got[0].group(2)
    if y1 == y2:
        return []
    out = []
    for year in (y1, y2):
        dr = main if year == y1 else Draft("delivery", sent, clause, main.cue, {k: list(v) for k, v in
                                                                               main.roles.items()},
                                           status=main.status, details=dict(main.details), rule=main.rule)
        dr.quantity, dr.approx, dr.unit = 1.0, False, main.unit
        dr.confidence = min(main.confidence, 0.6)
        dr.date = DateRef(value=year, precision="year", method="explicit", text=got[0].group(0))
        dr.details["date_from"] = "own"
        dr.details["split_by_years"] = got[0].group(0)
        dr.span = main.span
        if dr is not main:
            out.append(dr)
    return out


SIGN_WORD = re.compile(r"(?i)\b(?:sign\w*|conclud\w*|ink\w*|подписа\w*|заключ\w*)|\border(?:s)?\s+(?:[\w-]+\s+){0,2}?placed\b")
# "a contract with the Irkut corporation for 12 aircraft": the count after "for" / "на", past the contract's party
CONTRACT_FOR = re.compile(r"(?i)\s+(?:(?:of\s+)?(?:19|20)\d\d(?:-?го)?(?:\s+г(?:од[а-я]*|\.))?\s+)?"
                          r"(?:with\s+(?:[\w.'’-]+\s+){1,5}?|с\s+(?:[\w.«»\"-]+\s+){1,5}?)?(?:for|на)\s+$")


def _contract_for_count(d: Doc, sent: Sent, ps: int, pe: int, pcue: Cue) -> tuple:
    """The contract's own count: "the contract for 12 aircraft", "контракт на 12 самолетов", a bare "an order for 12
    signed in 2014" (the number ends the phrase or a signing word or time follows it), or a count joined to its unit in
    front of the noun ("a 12-aircraft contract", "an eight-aircraft order")."""
    if pcue.tok > 0:
        before = sent.toks[pcue.tok - 1]
        worded = None if d.ru else worded_compound(before)
        if worded is not None:
            return worded[0], False, worded[1]
        val = number_value(d, before)
        if val is not None and "-" in before.text:
            return val, False, unit_of(before)
    for t in d.toks_in(sent, pcue.stop, pe):
        val = number_value(d, t)
        if val is None or t.low in ("a", "an", "one") or not CONTRACT_FOR.fullmatch(d.text, pcue.stop, t.start):
            continue
        unit = next((unit_of(u) for u in sent.toks[t.i + 1:t.i + 3] if unit_of(u)), None)
        if unit:
            return val, False, unit
        if BARE_CONTRACT_COUNT_END.match(d.text, t.stop, max(pe, t.stop)) or t.stop >= pe:
            return val, False, None
    return None, False, None


# what may follow a contract's bare count: the phrase's end, a signing word or a time ("an order for 12 signed in 2014",
# "a contract for 12, signed ...", "контракт на 12, подписанный ...")
BARE_CONTRACT_COUNT_END = re.compile(r"(?i)\s*(?:[,;.)]|$|(?:signed|concluded|inked|placed|in|on|last|this|that|with|"
                                     r"подписанн\w*|заключенн\w*|заключённ\w*|в|с)\b)")


def _outside(clause: Clause, phrase, cue: Cue) -> Clause:
    """The part of the clause on the cue's side of a contract phrase."""
    if phrase is None:
        return clause
    _, (ps, pe) = phrase
    return Clause(pe, clause.stop) if cue.start >= pe else Clause(clause.start, ps)


def _troops_in(d: Doc, sent: Sent, clause: Clause) -> bool:
    if any(m.type == "military_unit" and clause.start <= m.start < clause.stop for m in sent.mentions):
        return True
    systems = [m for m in sent.mentions if m.type == "weapon_system" and clause.start <= m.start < clause.stop]
    if d.ru:
        return any(t.keys & TROOPS_RU and is_noun(t.text) and clause.start <= t.start < clause.stop
                   and not (t.keys & FORMATION_RU and _formation_of(d, sent, t.start, t.stop, systems))
                   for t in sent.toks)
    return any(not (FORMATION_EN.match(m.group()) and _formation_of(d, sent, clause.start + m.start(),
                                                                    clause.start + m.end(), systems))
               for m in TROOPS_EN.finditer(d.text[clause.start:clause.stop].lower()))


# between a formation word and the system named on it: "S-400 [air defence] division", "battery of [the] Tor-M2",
# "дивизион [зенитных ракетных систем] «С-300»"
SYSTEM_BEFORE_FORMATION = re.compile(r"[»\"”]?(?:\s+[\w-]+){0,2}\s+$")
FORMATION_BEFORE_SYSTEM = re.compile(r"\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}[«\"“]?$")


def _formation_of(d: Doc, sent: Sent, start: int, stop: int, systems: list) -> bool:
    """"A second S-400 division may be placed near Brest", "дивизион С-400 может быть размещен под Брестом": the
    formation word counts the named system (the recipient's new unit), it names no troops of their own. Not when a
    country adjective marks the unit ("divisions of the Russian Iskander", "российский дивизион С-400"): an owner's
    own formation, placed by it. Only with a Belarusian destination in the sentence ("near Brest", "в Беларуси"): a
    formation placed "near Pskov" or "под Калининградом" is another army's own unit."""
    if not any(m.type == "place" and d.country_of(m.key) == "country:belarus" for m in sent.mentions) and not any(
            r.country == "country:belarus" and r.via != "adj" and r.prep in ("to", "in", "for") for r in sent.refs):
        return False
    for m in systems:
        if m.stop <= start and start - m.stop <= 30 and SYSTEM_BEFORE_FORMATION.fullmatch(d.text, m.stop, start):
            lo, hi = m.start, stop
        elif m.start >= stop and m.start - stop <= 50 and FORMATION_BEFORE_SYSTEM.fullmatch(d.text, stop, m.start):
            lo, hi = start, m.stop
        else:
            continue
        return not any(r.via == "adj" and lo - 25 <= r.start < hi for r in sent.refs)
    return False


# "after Russia moved", "when the Kremlin agreed", "because Moscow delayed": a subordinate clause with a named subject
# and a past verb of its own
OTHER_PREDICATE_EN = re.compile(r"\s(?:after|before|since|when|once|because)\s+(?:the\s+)?[A-Z][\w-]+\s+[a-z]+ed\b")


def _in_other_predicate(d: Doc, cues: list, m) -> bool:
    """``m`` stands after every cue and past such a subordinate clause's opening (English)."""
    if d.ru or not cues:
        return False
    last = max(c.stop for c in cues)
    return last <= m.start and OTHER_PREDICATE_EN.search(d.text, last, m.start) is not None
