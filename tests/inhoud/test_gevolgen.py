"""One wording per rule: the consequences table and the shared rules of `calculators.gevolgen` are what pages and
calculator texts say; a page that restates a shared rule in its own words fails here.

Reviews found the same rule worded differently on two pages (the opzegverbod "omdat u ziek bent" on one, "om welke
reden ook" in the law), and a consequence in another law missing where an action was discussed. These tests read
the pages as the generator gets them (`bouw.regels.bereid_pagina`, tokens rendered), take out the shared texts
themselves, and look for the rule's other wordings in what remains.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bouw import regels as bouwstap
from calculators import gevolgen, regels

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGINAS = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
#: The calculator modules whose texts reach readers; `gevolgen.py` itself holds the one wording.
#: A typed number with its unit ("13 weken", "35%"), not a name like "spoor 2" or an article.
GETAL = re.compile(r"\b\d+ ?(?:%|weken|week|dagen|dag|jaar|maanden|maand)\b")
REKENTEKSTEN = ("regels.py", "dossier_regels.py", "passend_werk.py", "tijdlijn.py", "wia_uitkering.py", "dossier.py",
               "overzicht.py")


def _gewoon(tekst: str) -> str:
    """Markdown as prose: links reduced to their text, emphasis and line breaks gone, so a pattern sees sentences."""
    tekst = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", tekst)
    return re.sub(r"\s+", " ", tekst.replace("*", "")).lower()


def pagina_zonder_gedeelde_teksten(pagina: str) -> str:
    """A page as rendered, minus the rendered shared rules and consequence lists it includes."""
    tekst = bouwstap.bereid_pagina((DOCS / pagina).read_text("utf-8"), pagina)
    for naam in gevolgen.KERNREGELS:
        tekst = tekst.replace(bouwstap.kernregel(naam, pagina), " ")
    for naam in gevolgen.HANDELINGEN:
        for rij in bouwstap.gevolgen_lijst(naam).split("\n"):
            tekst = tekst.replace(rij, " ")
    return _gewoon(tekst)


def rekenteksten() -> dict[str, str]:
    """Every string literal of the calculator modules that write reader texts, per module (docstrings included:
    a comment that restates a rule wrongly misleads the next editor too)."""
    uit = {}
    for naam in REKENTEKSTEN:
        boom = ast.parse((ROOT / "calculators" / naam).read_text("utf-8"))
        uit[naam] = _gewoon(" | ".join(k.value for k in ast.walk(boom)
                                       if isinstance(k, ast.Constant) and isinstance(k.value, str)))
    return uit


def herhalingen(tekst: str) -> list[tuple[str, str]]:
    return [(naam, m.group(0)) for naam, regel in gevolgen.KERNREGELS.items()
            for patroon in regel.herken for m in re.finditer(patroon, tekst)]


@pytest.mark.parametrize("pagina", PAGINAS)
def test_pagina_herhaalt_geen_gedeelde_regel_in_eigen_woorden(pagina):
    gevonden = herhalingen(pagina_zonder_gedeelde_teksten(pagina))
    assert not gevonden, f"{pagina} zegt een gedeelde regel in eigen woorden; gebruik {{{{ regel.<naam> }}}}: {gevonden}"


def test_rekenteksten_herhalen_geen_gedeelde_regel():
    gevonden = {naam: herhalingen(tekst) for naam, tekst in rekenteksten().items()}
    assert not {k: v for k, v in gevonden.items() if v}, gevonden


@pytest.mark.parametrize("zin, regel", [
    # the wordings reviews found, each of which must be caught
    ("Uw werkgever mag uw contract ook niet opzeggen omdat u ziek bent.", "opzegverbod"),
    ("Tijdens de verlenging mag uw werkgever uw contract niet opzeggen omdat u ziek bent.", "opzegverbod"),
    ("Uw werkgever mag u tijdens ziekte niet ontslaan, maar u kunt samen afspreken dat uw contract stopt.",
     "opzegverbod"),
    ("Week 58 is de uiterste grens die UWV in de praktijk gebruikt.", "spoor2_start"),
    ("Een vrijwillige verlenging duurt minstens 13 weken.", "verlenging"),
    ("Tijdens een loonsanctie loopt ook het opzegverbod door.", "loonsanctie"),
])
def test_herkent_de_gevonden_andere_woorden(zin, regel):
    assert regel in {naam for naam, _ in herhalingen(_gewoon(zin))}


def test_elke_gedeelde_regel_en_elk_gevolg_staat_op_een_pagina():
    bronnen = "\n".join((DOCS / p).read_text("utf-8") for p in PAGINAS)
    ongebruikt = [f"regel.{n}" for n in gevolgen.KERNREGELS if f"{{{{ regel.{n} }}}}" not in bronnen]
    ongebruikt += [f"gevolgen.{n}" for n in gevolgen.HANDELINGEN if f"{{{{ gevolgen.{n} }}}}" not in bronnen]
    assert not ongebruikt


def test_elk_gevolg_noemt_zijn_artikel_met_een_link_naar_dat_artikel():
    for handeling in gevolgen.HANDELINGEN.values():
        for gevolg in handeling.gevolgen:
            assert gevolg.artikelen, gevolg
            for artikel in gevolg.artikelen:
                nummer = re.search(r"art\. (?:7:)?(\w+)", artikel.tekst).group(1)
                assert f"artikel={nummer}" in artikel.url and "wetten.overheid.nl" in artikel.url, artikel
                lid = re.search(r"lid (\d+)", artikel.tekst)
                assert (f"lid={lid.group(1)}" in artikel.url) if lid else "lid=" not in artikel.url, artikel


def test_gevolgen_typen_geen_getallen_die_in_de_regeldata_staan():
    """Numbers come from GETALLEN through `{naam}`: a changed threshold then reaches every page and text."""
    for handeling in gevolgen.HANDELINGEN.values():
        for gevolg in handeling.gevolgen:
            assert not GETAL.search(gevolg.sjabloon), gevolg.sjabloon
    for regel in gevolgen.KERNREGELS.values():
        assert not GETAL.search(regel.sjabloon), regel.sjabloon


def test_verlenging_zegt_week_93_tot_het_besluit_en_verschuift_de_aanvraag_niet_bij_een_eerste_verlenging():
    # WIA art. 64 lid 3 names the extended end only "indien toepassing is gegeven aan artikel 24, derde lid"
    tekst = gevolgen.KERNREGELS["verlenging"].tekst
    assert f"week {regels.MIJLPAAL['wia_aanvraag_uiterlijk'].week}" in tekst
    assert "Bij een eerste verlenging noemt UWV de datum voor de aanvraag in zijn besluit" in tekst


def test_te_late_aanvraag_in_de_tijdlijn_is_de_tekst_van_de_tabel():
    from calculators.tijdlijn import TE_LAAT_GEVOLGEN
    rijen = {g.id: g for g in gevolgen.HANDELINGEN["wia_te_laat"].gevolgen}
    assert TE_LAAT_GEVOLGEN == f"{rijen['geen_loon'].zin()} {rijen['weigeren'].zin()}"
