"""The search index after the generator: the places that explain a topic weigh more, source lists go.

Material's search (lunr in the reader's browser) ranks a section by its title first (a word in a
heading counts 1,000 times a word in the text) and then by how often the words occur in its text. So
when several headings name the same word, chance decides which comes first: for "deskundigenoordeel"
the question about its cost on `vragen/` came above the section of `hulp/` that explains what it is and
how to ask for one. Two things here, both on `search/search_index.json`:

* A page names the sections that explain a topic in its front matter, next to Material's own
  `search: boost:` (which weighs a whole page):

      search:
        uitleg: [deskundigenoordeel, second-opinion]

  Those sections get the document boost `UITLEG` (lunr multiplies their whole score by it), on top of
  the page's own boost. An anchor that is not on the page stops the build, so a renamed heading cannot
  drop its weight silently.
* The sections headed "Bronnen" leave the index: they list the laws and pages a page relies on, so they
  repeat the page's words without explaining anything (werknemer/#bronnen came fifth for
  "deskundigenoordeel"), and they are a sixth of the file every reader's phone downloads. The page
  keeps them; only search skips them, as Material's `data-search-exclude` would.

A generator without this file (Zensical writes its own index) is left alone.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import BouwFout, regels, voor

INDEX = Path("search") / "search_index.json"
#: The factor of a section a page names under `search: uitleg:`.
UITLEG = 3.0
#: Section titles that search skips.
OVERSLAAN = frozenset({"Bronnen"})


def pagina_url(bron: str) -> str:
    """The location MkDocs gives a page in the index (directory URLs): 'hulp.md' -> 'hulp/', 'index.md' -> ''."""
    pad = bron.removesuffix(".md")
    if pad == "index" or pad.endswith("/index"):
        return pad.removesuffix("index")
    return pad + "/"


def uitleg_per_pagina(docs: Path) -> dict[str, list[str]]:
    """Per page location, the anchors its front matter names under `search: uitleg:`."""
    uitleg: dict[str, list[str]] = {}
    for bron in sorted(docs.rglob("*.md")):
        meta, _ = regels.front_matter(bron.read_text("utf-8"))
        ankers = (meta.get("search") or {}).get("uitleg") or []
        if ankers:
            uitleg[pagina_url(bron.relative_to(docs).as_posix())] = [str(a) for a in ankers]
    return uitleg


def verfijn(data: dict, uitleg: dict[str, list[str]]) -> dict:
    """The index with the named sections boosted and the skipped sections left out."""
    locaties = {doc["location"] for doc in data["docs"]}
    for pagina, ankers in uitleg.items():
        for anker in ankers:
            if f"{pagina}#{anker}" not in locaties:
                raise BouwFout(f"search.uitleg van {pagina or 'de startpagina'} noemt #{anker}, "
                               f"maar die pagina heeft geen kopje met dat anker")
    docs = []
    for doc in data["docs"]:
        if doc["title"] in OVERSLAAN and "#" in doc["location"]:
            continue
        pagina, _, anker = doc["location"].partition("#")
        if anker and anker in uitleg.get(pagina, ()):
            doc = {**doc, "boost": doc.get("boost", 1) * UITLEG}
        docs.append(doc)
    return {**data, "docs": docs}


def verfijn_zoekindex(site: Path, docs: Path | None = None) -> None:
    pad = site / INDEX
    if not pad.is_file():
        return
    data = json.loads(pad.read_text("utf-8"))
    if not isinstance(data, dict) or "docs" not in data:
        return
    nieuw = verfijn(data, uitleg_per_pagina(docs or voor.BRON))
    pad.write_text(json.dumps(nieuw, ensure_ascii=False, separators=(",", ":")), "utf-8")
