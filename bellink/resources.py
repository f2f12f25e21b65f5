"""Where the data that ships with bellink lives.

In a wheel, ``seeds/`` and ``migrations/`` are copied into the package
(pyproject's force-include); in a source checkout or an editable install they
sit at the top of the repository. Look in the package first, then beside it.
"""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    for candidate in (PACKAGE_DIR / name, PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bellink is missing its {name}/ folder; reinstall the package")


def kb_dir() -> Path:
    return PACKAGE_DIR / "kb"
