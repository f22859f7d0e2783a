"""The site's own build steps, independent of the static-site generator.

The generator (MkDocs today) only turns Markdown into HTML pages with the theme. Everything the site
adds lives here as plain functions over folders, so a second generator can run the same steps:

1. `voor.bereid_voor(docs, uit)` — before the generator: the rule tokens, tables, figure and glossary
   rendered into a copy of `docs/` (never into `docs/` itself), with the checks that fail the build
   (sources, review register, unknown tokens);
2. the generator builds that copy into the site folder;
3. `na.werk_af(site)` — after it: the Python runtime, the calculators wheel and the site's own standard
   library, the theme loader, the service worker, the Content-Security-Policy, the compressed copies.

`python -m bouw` runs the three in order with a chosen generator; `hooks/mkdocs.py` runs 1 and 3 as
MkDocs hooks, so `mkdocs build` and `mkdocs serve` (with live reload) give the same site.
"""

from __future__ import annotations


class BouwFout(RuntimeError):
    """A build step refuses to go on: the message says what is wrong, in Dutch, for the author."""
