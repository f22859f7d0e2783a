"""After the generator: the steps that turn its HTML into Spoorwijzer, in their one right order.

The runtime, wheels and standard library come first (they rename the worker, which pages name);
the theme loader needs the theme's bundle; the own stylesheet and icon get hashed names; the service
worker is generated over the final files; the Content-Security-Policy hashes the pages' inline scripts once nothing changes them any more;
the compressed copies are made last, of the files as they will be served.
"""

from __future__ import annotations

from pathlib import Path

from .csp import zet_beleid
from .komprimeer import komprimeer
from .offline import schrijf_service_worker
from .rekenhulp import lever_rekenhulp
from .thema import maak_sprongdoel_focusbaar, maak_zoekknop_bedienbaar, vul_bundel_in
from .vaste_namen import geef_vaste_namen

STAPPEN = (lever_rekenhulp, vul_bundel_in, maak_sprongdoel_focusbaar, maak_zoekknop_bedienbaar,
           geef_vaste_namen, schrijf_service_worker,
           zet_beleid, komprimeer)


def werk_af(site: Path) -> None:
    """Run every step over the generator's output folder."""
    for stap in STAPPEN:
        stap(site)
