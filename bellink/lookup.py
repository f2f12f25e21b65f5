"""One name lookup for every command that takes a name.

Case-, script- and spelling-insensitive ("S-400", "С-400", "s400", "Triumf";
"Ravkov", "Равков", "Andrei Ravkov"), full name, alias, designation or bare
surname. Nothing found: the closest names, as "did you mean". Several found:
the candidates, so the user can ask for a longer name.
"""
from __future__ import annotations

import re
import sqlite3
from typing import Optional

from bellink.names import fold, has_cyrillic, sound_fold

# Russian case endings, longest first: a query typed in an oblique case
# ("Равкова", "Лукашенко", "Белоруссии") is retried without them.
RU_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ом", "ем", "ым", "им",
              "ою", "ах", "ях", "ов", "ев", "а", "я", "у", "ю", "е", "ы", "и")


class LookupError_(Exception):
    """No entity, or too many, for a name the user gave; the message says which."""


# No entity name in any language comes near this; a longer "name" is a mistake (or an attack on
# SQLite's pattern limits) and is refused in one line.
MAX_NAME = 300


def check_name(name: str, what: str = "name") -> None:
    if len(name) > MAX_NAME:
        raise LookupError_(f"the {what} is {len(name):,} characters long; at most {MAX_NAME} are looked up")


def like_literal(s: str) -> str:
    """``s`` for a LIKE pattern (with ESCAPE '\\') that matches it as written: % and _ are not wildcards."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _candidates(conn: sqlite3.Connection, norm: str, types) -> list[sqlite3.Row]:
    sql = (
        "select distinct e.id, e.key, e.name, e.type, e.source from aliases a join entities e on e.id = a.entity_id"
        " where a.norm = ?"
    )
    args: list = [norm]
    if types:
        sql += f" and e.type in ({','.join('?' * len(types))})"
        args += list(types)
    return conn.execute(sql, args).fetchall()


def _nominatives(word: str) -> list[str]:
    """The word itself and what it would be with a Russian case ending taken off."""
    out = [word]
    low = word.lower()
    for ending in RU_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = word[: -len(ending)]
            out += [stem + tail for tail in ("", "а", "ь", "я", "й", "ия", "ий", "ая")]
    return list(dict.fromkeys(out))


def _word_candidates(conn, name: str, norm: str, types) -> list[sqlite3.Row]:
    rows = conn.execute(
        "select distinct e.id, e.key, e.name, e.type, e.source, a.alias from aliases a"
        " join entities e on e.id = a.entity_id where a.norm like ? escape '\\' and e.type != 'person'",
        ("%" + like_literal(norm) + "%",),
    ).fetchall()
    out = {}
    for r in rows:
        if types and r["type"] not in types:
            continue
        if norm in {fold(w) for w in re.findall(r"[\w\-]+", r["alias"])} | {fold(w) for w in re.findall(r"\w+", r["alias"])}:
            out[r["id"]] = r
    return list(out.values())


def _surname_candidates(conn, norm_surname: str, types) -> list[sqlite3.Row]:
    """People whose name ends with this surname."""
    rows = conn.execute(
        "select distinct e.id, e.key, e.name, e.type, e.source, a.norm from aliases a"
        " join entities e on e.id = a.entity_id where e.type = 'person' and a.norm like ? escape '\\'",
        ("%" + like_literal(norm_surname),),
    ).fetchall()
    out = {}
    for r in rows:
        if types and "person" not in types:
            continue
        out[r["id"]] = r
    return list(out.values())


def _prefer(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """Several hits of which one is mentioned in documents beats those that never are."""
    return rows


def find_entities(conn: sqlite3.Connection, name: str, types: Optional[tuple] = None) -> list[sqlite3.Row]:
    name = name.strip()
    check_name(name)
    norm = fold(name)
    if not norm:
        return []
    rows = _candidates(conn, norm, types)
    if rows:
        return rows
    # The query in an oblique Russian case: try each word in its likely nominative forms
    if has_cyrillic(name):
        import itertools

        words = name.split()
        if len(words) <= 4:
            options = [_nominatives(w) for w in words]
            for combo in itertools.islice(itertools.product(*options), 400):
                rows = _candidates(conn, fold(" ".join(combo)), types)
                if rows:
                    return rows
    # English plural of a designation ("S-400s", "Iskanders")
    if norm.endswith("s"):
        rows = _candidates(conn, norm[:-1], types)
        if rows:
            return rows
    # One distinctive word of a longer name ("Triumf" in "S-400 Triumf"); people go by surname below
    if " " not in name.strip() and len(norm) >= 4:
        rows = _word_candidates(conn, name, norm, types)
        if len(rows) == 1:
            return rows
    # Surname or last word: "Mr Ravkov", "General Khrenin"
    tokens = re.findall(r"[\w\-]+", name)
    if len(tokens) >= 1 and (not types or "person" in types):
        last = fold(tokens[-1])
        if len(last) >= 4:
            rows = _surname_candidates(conn, last, types)
            if len(tokens) > 1 and rows:
                # keep the ones whose first name agrees on its first letter
                first = fold(tokens[0])[:1]
                agreeing = [r for r in rows if fold(r["name"])[:1] == first]
                rows = agreeing or rows
            if rows:
                return rows
    return []


def resolve(conn: sqlite3.Connection, name: str, types: Optional[tuple] = None, what: str = "entity") -> sqlite3.Row:
    """Exactly one entity for a name, or LookupError_ with a message for the user."""
    rows = find_entities(conn, name, types)
    if len(rows) == 1:
        return rows[0]
    if len(rows) > 1:
        # One of them mentioned in the corpus and the others not: take it.
        mentioned = [
            r for r in rows
            if conn.execute("select 1 from mention_spans where entity_id = ? limit 1", (r["id"],)).fetchone()
        ]
        if len(mentioned) == 1:
            return mentioned[0]
        listed = "; ".join(f"{r['name']} ({r['type'].replace('_', ' ')})" for r in (mentioned or rows)[:8])
        plural = "entities" if what == "entity" else what + "s"
        raise LookupError_(f"'{name}' matches several {plural}: {listed}. Give a longer name.")
    raise LookupError_(f"no {what} matches '{name}'" + _suggest(conn, name, types, what))


# What a command that asks for a speaker may be offered: people and institutions, never a radar.
SUGGEST_TYPES = {"speaker": ("person", "organization")}
CLOSE = 80  # rapidfuzz ratio (0-100) a folded alias must reach to be offered
SOUND_CLOSE = 90  # ... or its sound-alike form (names.sound_fold) must reach


def _suggest(conn, name: str, types, what: str = "entity") -> str:
    """Close names of the type the command asks for ("Lukashenkko" -> Alexander Lukashenko).

    rapidfuzz is imported here, on a miss only, so a query that finds its name never pays for it.
    """
    from rapidfuzz import fuzz, process

    types = types or SUGGEST_TYPES.get(what)
    sql = "select a.norm, e.name from aliases a join entities e on e.id = a.entity_id"
    args: list = []
    if types:
        sql += f" where e.type in ({','.join('?' * len(types))})"
        args = list(types)
    by_norm: dict[str, set] = {}
    for norm, ename in conn.execute(sql, args):
        by_norm.setdefault(norm, set()).add(ename)
    query = fold(name)
    if not query:
        return ""
    # Scored on the folded keys and again on their sound-alike forms (names.sound_fold), so a
    # spelling from another script or romanization ("Равкофф" for Ravkov: ravkoff/ravkov, 77) is
    # judged by how it sounds (ravkov/ravkov, 100). Merging sounds shortens every key a little
    # and lifts unrelated scores a few points ("Belarussia" / kgbbelarusi 76 -> 84), so a
    # sound-alike must come nearer (SOUND_CLOSE) than a plain spelling.
    norms = list(by_norm)
    close = process.extract(query, norms, scorer=fuzz.ratio, score_cutoff=CLOSE, limit=8)
    close += process.extract(sound_fold(query), [sound_fold(n) for n in norms], scorer=fuzz.ratio,
                             score_cutoff=SOUND_CLOSE, limit=8)
    close = [(norms[i], score, i) for _, score, i in sorted(close, key=lambda c: -c[1])]
    names = list(dict.fromkeys(n for norm, _, _ in close for n in sorted(by_norm[norm])))[:4]
    return f"; did you mean {', '.join(names)}?" if names else ""


def expand_family(conn: sqlite3.Connection, entity_id: int) -> list[int]:
    """A weapon-system family and all its variants (S-300 -> S-300PS, S-300PMU...)."""
    ids = [entity_id]
    frontier = [entity_id]
    while frontier:
        rows = conn.execute(
            f"select id from entities where family_id in ({','.join('?' * len(frontier))})", frontier
        ).fetchall()
        frontier = [r[0] for r in rows if r[0] not in ids]
        ids.extend(frontier)
    return ids
