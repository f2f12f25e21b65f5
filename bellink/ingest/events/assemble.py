"""From drafts to events: the date a draft lacks, its statement, its roles and a one-line summary."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bellink.ingest.events.dates import event_date, in_lead, paired_time, quoted, statement_at
from bellink.ingest.time import dating
from bellink.ingest.events.deliveries.periods import period_date, since_end
from bellink.ingest.events.deliveries.stages import done_before_report, holds_when_reported
from bellink.ingest.events.document import Clause, Cue, Draft
from bellink.ingest.model import Event

if TYPE_CHECKING:
    from bellink.ingest.events.document import Doc


def _name_list(d: Doc, keys) -> str:
    names = [d.short(k) for k in keys]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


SINGULAR = {"divisions": "division", "battalions": "battalion", "batteries": "battery", "regiments": "regiment",
            "brigades": "brigade", "helicopters": "helicopter", "systems": "system", "launchers": "launcher",
            "stations": "station", "vehicles": "vehicle", "tanks": "tank", "units": "unit", "sets": "set",
            "missiles": "missile", "drones": "drone", "sights": "sight", "ships": "ship", "contracts": "contract",
            "facilities": "facility", "howitzers": "howitzer"}


def _summary(d: Doc, dr: Draft) -> str:
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
    if dr.kind == "denial":
        sup = ", ".join(d.name(k) for k in r.get("supplier", [])) or "?"
        rec = ", ".join(d.name(k) for k in r.get("recipient", [])) or "?"
        sysname = ", ".join(d.name(k) for k in r.get("system", []))
        return f"{sup} → {rec}: {sysname} (not {dr.status}, says the text)"
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


def _stage_trigger(d: Doc, dr: Draft) -> int:
    """Where the row's stage is asserted: its cue, or for a service entry read through a delivery verb the service
    words ("systems received in April have been on combat duty since last week": the duty's time, not April's)."""
    if dr.kind != "delivery" or dr.status != "in_service" or getattr(dr.cue, "stage", None) == "in_service":
        return dr.cue.start
    from bellink.ingest.events.deliveries.cues import transfer_cues

    svc = [c for c in transfer_cues(d, dr.sent, dr.clause) if c.stage == "in_service" and c.start > dr.cue.start]
    return svc[0].start if svc else dr.cue.start


def to_event(d: Doc, dr: Draft) -> Event:
    a = d.a
    if dr.kind in ("delivery", "service_entry", "denial") and dr.date is None:
        present = holds_when_reported(d, dr.sent, dr.clause, dr.cue)
        if statement_at(a, dr.cue.start) is not None or (dr.sent.frames and not d.in_frame(dr.sent, dr.cue.start)) \
                or quoted(d, dr.sent, dr.cue.start):
            present = True  # a stage asserted in a statement holds as of that statement
        if not present and dr.kind == "delivery" and dr.status in ("delivered", "in_service"):
            before = done_before_report(d, dr.sent, dr.clause)
            if before:
                present = True  # "received earlier": dated by the report, which it came before
                dr.details["before_report"] = before
        lead = not present and dr.kind == "delivery" and in_lead(d, dr.sent)
        if lead:
            present = True  # the headline's or the lead's news is told as of the report
        paired = paired_time(d, dr.sent, dr.clause, dr.roles["system"][0]) if dr.kind == "delivery" and \
            dr.roles.get("system") else None
        if paired is not None:
            date, how = dating.to_dateref(paired), "own"  # "MT-LB tractors in March and T-72A tanks in the summer"
        else:
            date, how = event_date(d, dr.sent, dr.clause, _stage_trigger(d, dr), present,
                                   stage=dr.status if dr.kind == "delivery" else None)
        if dr.kind == "delivery" and how != "own":
            # "during the month", "за два года", "в ближайшие месяцы": a range from or up to the report, never its day
            report = event_date(d, dr.sent, Clause(dr.cue.start, dr.cue.start), dr.cue.start, True)[0]
            got = period_date(d, dr.sent, dr.clause, report, dr.status in ("planned", "discussed"))
            if got is not None:
                date, how = got[0], "period"
        dr.date = date
        if how:
            dr.details["date_from"] = how
        if lead and how in ("statement", "publication"):
            dr.details["lead_news"] = True
    if dr.kind == "delivery" and dr.status == "delivered" and dr.date is not None:
        # "has transferred dozens of T-72A to Russia since October": October through the report
        report = event_date(d, dr.sent, Clause(dr.cue.start, dr.cue.start), dr.cue.start, True)[0]
        closed = since_end(dr.date, report, d.text[dr.clause.start:dr.clause.stop])
        if closed is not None:
            dr.date = closed
            dr.details["date_end_from"] = "report"
    ev = Event(kind=dr.kind, sentence=dr.sent.index, start=dr.span[0], stop=dr.span[1],
               roles={k: list(v) for k, v in dr.roles.items()}, status=dr.status, quantity=dr.quantity,
               quantity_approx=bool(dr.approx), unit=dr.unit, date=dr.date,
               statement=statement_at(a, dr.cue.start), details={k: v for k, v in dr.details.items() if v not in
                                                                  (None, [], {}, "")},
               confidence=round(dr.confidence, 2))
    if dr.cue.text and "cue" not in ev.details:
        ev.details["cue"] = dr.cue.text
    if dr.rule:
        ev.details["rule"] = dr.rule
    if dr.kind == "delivery":
        for k in ("supplier_org", "recipient_org"):
            orgs = ev.details.pop(k, None)
            if orgs:
                ev.roles[k] = orgs
        ev.details.pop("location", None)
    if dr.kind == "deployment" and dr.date and dr.date.value:
        since = d.cue_cache.get("since_timexes")
        if since is None:  # text -> the first 'since' time expression with it (a scan per event was quadratic)
            since = d.cue_cache["since_timexes"] = {}
            for t in a.timexes:
                if t.kind == "since":
                    since.setdefault(t.text, t)
        t = since.get(dr.date.text)
        if t:
            ev.details["since"] = True
            dr.details["since"] = True
    ev.summary = _summary(d, dr)
    return ev


def summary_of(d: Doc, ev: Event) -> str:
    dr = Draft(ev.kind, d.sents[ev.sentence], d.clause_of(d.sents[ev.sentence], ev.start),
               Cue(ev.start, ev.stop, "", None, "", 0), ev.roles, status=ev.status, quantity=ev.quantity,
               approx=ev.quantity_approx, unit=ev.unit, details=ev.details, date=ev.date)
    return _summary(d, dr)
