"""Before the generator: `docs/` rendered into a folder the generator reads.

Pages are written with their rule tokens, tables and figure filled in (`regels.bereid_pagina`), other
files are copied. Only files whose content changed are written, and files no longer in `docs/` are
removed, so a live-reloading server sees exactly what an author changed and the folder never holds
a page that was deleted. `docs/` itself is never written to.
"""

from __future__ import annotations

from pathlib import Path

from . import regels

ROOT = Path(__file__).resolve().parent.parent
#: Where the rendered sources go (git-ignored); the generator's docs_dir points here.
BRON = ROOT / ".bouw" / "docs"


def _schrijf(doel: Path, inhoud: bytes) -> None:
    if not doel.is_file() or doel.read_bytes() != inhoud:
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_bytes(inhoud)


def bereid_voor(docs: Path, uit: Path = BRON) -> Path:
    """Render every page of `docs` into `uit` (the checks of `regels` fail the build); returns `uit`."""
    gezien: set[Path] = set()
    for bron in sorted(p for p in docs.rglob("*") if p.is_file()):
        relatief = bron.relative_to(docs)
        if bron.suffix == ".md":
            inhoud = regels.bereid_pagina(bron.read_text("utf-8"), relatief.as_posix()).encode("utf-8")
        else:
            inhoud = bron.read_bytes()
        _schrijf(uit / relatief, inhoud)
        gezien.add(uit / relatief)
    for oud in sorted(uit.rglob("*"), reverse=True):
        if oud.is_file() and oud not in gezien:
            oud.unlink()
        elif oud.is_dir() and not any(oud.iterdir()):
            oud.rmdir()
    return uit
