"""Read the knowledge base (bellink/kb/*.tsv) into Entity objects.

The files are plain data (see bellink/kb/README.md): knowledge is added by
adding a line, never by changing code.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from bellink.ingest.model import Entity
from bellink.resources import kb_dir

FILES = {
    "people.tsv": "person",
    "organizations.tsv": "organization",
    "countries.tsv": "country",
    "places.tsv": "place",
    "systems.tsv": "weapon_system",
    "exercises.tsv": "exercise",
    "units.tsv": "military_unit",
}
TYPE_PREFIX = {t: t for t in FILES.values()}


def qualify(key: str, type_: str) -> str:
    """Entity keys are unique across types: 'weapon_system:s400'."""
    return key if ":" in key else f"{type_}:{key}"


@dataclass
class KnowledgeBase:
    entities: dict[str, Entity] = field(default_factory=dict)
    roles: list[tuple[str, dict]] = field(default_factory=list)  # (person key, role fields)
    titles: list[tuple[str, list[str]]] = field(default_factory=list)  # (role_en, lowercase forms)
    first_names: dict[str, str] = field(default_factory=dict)  # folded variant -> canonical English
    digest: str = ""

    def by_type(self, type_: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == type_]


def _rows(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield lineno, line.rstrip("\n").split("\t")


def _split(cell: str, sep: str = ";") -> list[str]:
    return [x.strip() for x in (cell or "").split(sep) if x.strip()]


def _attrs(cell: str) -> dict:
    out = {}
    for part in _split(cell):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out


@lru_cache(maxsize=4)
def load(folder: Optional[str] = None) -> KnowledgeBase:
    base = Path(folder) if folder else kb_dir()
    kb = KnowledgeBase()
    digest = hashlib.sha256()
    for fname, type_ in FILES.items():
        path = base / fname
        if not path.is_file():
            continue
        digest.update(path.read_bytes())
        for _, cols in _rows(path):
            cols += [""] * (5 - len(cols))
            key, name, name_ru, aliases, attrs = (c.strip() for c in cols[:5])
            if not key or not name:
                continue
            ent = Entity(
                key=qualify(key, type_),
                name=name,
                type=type_,
                name_ru=name_ru or None,
                aliases=set(_split(aliases)),
                attrs=_attrs(attrs),
                source="kb",
            )
            kb.entities[ent.key] = ent
    roles = base / "roles.tsv"
    if roles.is_file():
        digest.update(roles.read_bytes())
        for _, cols in _rows(roles):
            cols += [""] * (6 - len(cols))
            person, role_en, role_ru, country, start, end = (c.strip() for c in cols[:6])
            if person and role_en:
                kb.roles.append((qualify(person, "person"), {
                    "role": role_en, "role_ru": role_ru or None, "country": country or None,
                    "start": start or None, "end": end or None,
                }))
    titles = base / "titles.tsv"
    if titles.is_file():
        digest.update(titles.read_bytes())
        for _, cols in _rows(titles):
            cols += [""] * (2 - len(cols))
            if cols[0].strip():
                kb.titles.append((cols[0].strip(), [f.lower() for f in _split(cols[1])]))
    first = base / "first_names.tsv"
    if first.is_file():
        from bellink.names import fold

        digest.update(first.read_bytes())
        for _, cols in _rows(first):
            canonical = cols[0].strip()
            for variant in [canonical, *_split(cols[1] if len(cols) > 1 else "")]:
                kb.first_names[fold(variant)] = canonical
    kb.digest = digest.hexdigest()
    return kb
