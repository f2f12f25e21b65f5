"""Deliveries: who supplies which weapon system to whom, how many, at which stage.

How a delivery is read (the SIPRI register is the model; bellink also keeps the stages before a
contract), module by module:

1. ``document``: a sentence is cut into clauses (";", "while", ", а", ", но", a full stop the
   segmenter missed) and into a reporting frame ("..., Ravkov told TASS on Wednesday", "Голуб
   сообщил, что ...") and its content. Countries named in the frame are the source of the news,
   never parties to the transfer.
2. ``cues`` and ``systems``: a clause needs a transfer cue (deliver, supply, receive, contract,
   stationed, entered service, поставка, получить, передать, принять на вооружение ...) linked to a
   weapon system: near it, with no "repair", "modernization", "training" between them (those have
   their own objects).
3. ``stages``: the stage is what the clause asserts: any talk cue -> discussed; an intention or a
   future/infinitive verb -> planned; otherwise the furthest of ordered / delivered / in_service
   among the cues (``contracts``: a contract phrase on the noun, "under a contract signed in December",
   is its own ordered fact with its own count and date; the clause's stage rests on the cues outside it).
   Negated cues and conditional clauses ("if a request arrives", "could be signed")
   give no delivery; a discussion asserted outside the condition ("ready to consider a request, if
   it arrives") stays discussed, with the condition kept in details.
4. ``direction``: from/из/от -> supplier, to/for/в + accusative/для/dative -> recipient, the subject
   of a supply verb is the supplier and of a receive verb the recipient, "with" is the other side. A
   country adjective in front of a system ("Russian S-400", "российские РЛС") gives its origin, which
   is the supplier when the recipient is another country. Supplier and recipient are countries, as in
   SIPRI; when a company or ministry acts for a country it is kept in ``supplier_org`` /
   ``recipient_org``.
5. ``inference``: a supplier taken only from the knowledge base (the maker's country) or from an
   earlier sentence is marked ``supplier_inferred`` with lower confidence; the same for recipients.
   A transfer whose supplier no rule and no inference can name is dropped, except an army putting a
   system into service, which is kept as a service entry (``service``).
6. ``quantities``: the count on the system's noun phrase ("одну тройку" = 3, "a 16-vehicle batch") or in a dash
   apposition on it ("Второе звено Як-130 – четыре машины –"), or right after
   the transfer verb, or the part of a whole ("the last four of the 12");
   ``collectives``: counts without a number ("the fourth battery" = 1, "a pair of fighters" = 2).
   ``anaphora``: a bare count with no system of its own ("the remaining four are due") points back to the
   one system family named just before; ``participles``: a dated participle on the system ("received in
   December") is its own earlier stage beside the clause's.
7. ``outflow``: equipment moved out of one country's depots into another's, as monitoring groups report it
   ("left Belarusian storage bases for Russia", "отправлено в Россию"), with the period as its date; it
   replaces the general reading where the two disagree on the direction.

Not deliveries: forces or systems sent to an exercise or stationed by their owner (deployments), a
system entering service in its maker's own army or bought from a plant at home (``service_entry``),
hypotheticals, negations, deliveries with no named system ("many military products were delivered
..."; an analyst cannot file those under a system, so they are skipped), and generic nouns ("the
planes") unless they point back to a system of that category named just before ("Russia-supplied
air defense and missile systems" -> the S-400 and Iskander of the previous sentences,
``details['system_from_context']``).

Stationing: "S-300 systems will be stationed in Belarus by the end of the year" (no troops, no owner
acting) is a planned delivery; "Russian troops/units/facilities ... in Belarus", "Russia sent ..."
and owner-marked systems ("Russian Iskander-M systems have been deployed in Belarus") are
deployments. A transfer into the recipient's own units is a delivery only, not also a deployment.

Several transfers in one sentence (``coordination``): ", and" / ", и" with a transfer verb on both sides cuts
the clause ("handed over in April, and a second four are due in 2016"); an elided repeat after the verb
("and four more in November 2016", "а вторую – год спустя") is the same stage again with its own count and
date; a whole split into dated parts ("four battalions, two in 2005 and two in 2006") gives the parts and not the
whole (``parts``). "Of the 12 ordered, it has received eight": the 12 is the whole, the verb counts the part. A finite delivery and a
service entry joined by "and" / "и" ("arrived in June and went on duty", "took delivery last year and put it on
combat duty in February") are two stages, each dated in its own predicate (``coordinated_stages``).

``guards``: passages that read like a transfer and never are one (the recipient's own make, a list of what
an army has where the transfer verb is one conjunct's, what a chassis carries, a request turned down, the
supplier's own aircraft to be based, a page's "Related:" links).

Dates: the clause's own time expression (never the dateline's: "MINSK, 3 March (BelTA) - ... in 2021" is 2021),
else the statement's; ``periods`` gives a range, never the report's day, for "during the month", "за два года", "in
the coming months", "since October" (through the report); ``anaphora.inherit_counts`` gives a stage read through
"the aircraft" / "them" the count of the batch just counted; ``redating``: a stage told as news and dated only by
its report takes the day the next sentence gives the same act ("The systems were formally handed over ... on
Monday", "Церемония передачи состоялась в понедельник").

``read`` is the construction that puts these together for one sentence.
"""
