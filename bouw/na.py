"""After the generator: the steps that turn its HTML into Spoorwijzer, in their one right order.

The search index is finished first (the service worker and the compressed copies must see it final).
The runtime, wheels and standard library come first (they rename the worker, which pages name);
the theme loader needs the theme's bundle; every table gets its column headers as cell labels and its
roles (for the cards a narrow screen shows); the own stylesheet and icon get hashed names; the service
worker is generated over the final files; the Content-Security-Policy hashes the pages' inline scripts once nothing changes them any more;
the `_headers` file for hosts that read one carries that policy as a header (bouw/koppen.py);
the compressed copies are made last, of the files as they will be served.
"""

from __future__ import annotations

from pathlib import Path

from .csp import zet_beleid
from .koppen import schrijf_headers
from .komprimeer import komprimeer
from .offline import schrijf_service_worker
from .rekenhulp import lever_rekenhulp
from .tabellen import label_tabellen
from .thema import maak_sprongdoel_focusbaar, maak_kopknoppen_bedienbaar, vul_bundel_in
from .vaste_namen import geef_vaste_namen
from .zoekindex import verfijn_zoekindex

STAPPEN = (verfijn_zoekindex, lever_rekenhulp, vul_bundel_in, maak_sprongdoel_focusbaar, maak_kopknoppen_bedienbaar,
           label_tabellen, geef_vaste_namen, schrijf_service_worker, zet_beleid, schrijf_headers, komprimeer)


def werk_af(site: Path) -> None:
    """Run every step over the generator's output folder."""
    for stap in STAPPEN:
        stap(site)
