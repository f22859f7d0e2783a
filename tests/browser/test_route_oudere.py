"""Issue 26: "Ik ben 64, wat nu?" On a phone, a reader of 60 or older reaches the AOW age of their birth year from
the home page in at most three taps: a route of its own among the home page's routes for readers (not a link inside
a sentence), to the section of the AOW page that gives the age per birth period from `calculators.aow`."""

from __future__ import annotations

import pytest

from calculators import aow
from calculators.datums import nl_datum
from test_resultaten import scherm  # noqa: F401 (a fixture: pages of a given size, each watched)

pytestmark = pytest.mark.browser

MAX_TIKKEN = 3
GEBOORTEJAAR = 1962  # 64 in 2026, the year of the table's date (aow.STAND)
SECTIE = "uw-aow-leeftijd"

#: The text of the section that starts at the heading with this id, up to the next heading of that level.
SECTIE_TEKST = """(id) => {
  const kop = document.getElementById(id);
  if (!kop) return null;
  let tekst = "", el = kop.nextElementSibling;
  while (el && !(el.tagName === kop.tagName)) { tekst += " " + el.innerText; el = el.nextElementSibling; }
  return tekst.replace(/\\s+/g, " ");
}"""

#: The AOW rows of the section: each row's cells, as the reader sees them.
SECTIE_RIJEN = """(id) => {
  const kop = document.getElementById(id);
  const rijen = [];
  for (let el = kop.nextElementSibling; el && el.tagName !== kop.tagName; el = el.nextElementSibling) {
    el.querySelectorAll("tbody tr").forEach((tr) =>
      rijen.push([...tr.querySelectorAll("td")].map((td) => td.textContent.replace(/\\s+/g, " ").trim())));
  }
  return rijen;
}"""


def rijen_voor_jaar(jaar: int) -> list[aow.AowLeeftijd]:
    return [r for r in aow.LEEFTIJDEN if r.geboren_vanaf.year <= jaar <= r.geboren_tot_en_met.year]


@pytest.mark.parametrize("breedte, hoogte", [(320, 640), (390, 844)])
def test_oudere_lezer_vindt_zijn_aow_leeftijd_binnen_drie_tikken(scherm, basis_url, breedte, hoogte):
    pagina = scherm(breedte, hoogte, has_touch=True)
    pagina.goto(f"{basis_url}/")
    pagina.wait_for_load_state("load")
    tikken = 0

    route = pagina.locator("article").get_by_role("link", name="Ik ben 60 of ouder", exact=True)
    assert route.count() == 1, "de startpagina heeft geen route 'Ik ben 60 of ouder'"
    assert route.is_visible()
    plaats = route.evaluate("""(a) => ({
        inZin: !!a.closest("p"),
        bijRoutes: !!a.closest("nav") && a.closest("nav").querySelectorAll("a").length > 1,
        vak: a.getBoundingClientRect().toJSON(),
    })""")
    assert not plaats["inZin"], "de route staat als link in een zin"
    assert plaats["bijRoutes"], "de route staat niet tussen de andere routes voor lezers"
    assert plaats["vak"]["right"] <= breedte and plaats["vak"]["height"] >= 24, plaats["vak"]
    # Visible on the first screen, where the other routes are, without scrolling.
    assert plaats["vak"]["bottom"] <= hoogte, f"de route staat pas op {plaats['vak']['bottom']:.0f} px"

    route.tap()
    tikken += 1
    pagina.wait_for_url(f"**/aow-leeftijd/#{SECTIE}", timeout=20_000)
    pagina.wait_for_load_state("load")
    assert tikken <= MAX_TIKKEN

    # The reader lands on the section itself: its heading on screen, below the sticky header.
    pagina.wait_for_function(f"""() => {{
        const kop = document.getElementById("{SECTIE}");
        const r = kop && kop.getBoundingClientRect();
        return r && r.top >= 0 && r.bottom <= innerHeight;
    }}""", timeout=10_000)
    tekst = pagina.evaluate(SECTIE_TEKST, SECTIE)
    assert tekst, f"de sectie #{SECTIE} ontbreekt"

    # The section states the AOW age of someone born in 1962, row by row as calculators/aow.py has it.
    rijen = pagina.evaluate(SECTIE_RIJEN, SECTIE)
    verwacht = rijen_voor_jaar(GEBOORTEJAAR)
    assert verwacht
    for rij in verwacht:
        gevonden = [cellen for cellen in rijen if cellen and nl_datum(rij.geboren_vanaf) in cellen[0]
                    and nl_datum(rij.geboren_tot_en_met) in cellen[0]]
        assert gevonden, f"geen rij voor geboren {nl_datum(rij.geboren_vanaf)} tot en met {nl_datum(rij.geboren_tot_en_met)}"
        assert gevonden[0][1].startswith(rij.tekst), gevonden[0]
        assert ("nog niet bevestigd" in gevonden[0][1].lower()) is (not rij.bevestigd), gevonden[0]
    # The SVB's own calculator for the exact date, in the same section.
    assert pagina.locator(f"a[href='https://www.svb.nl/nl/aow/aow-leeftijd/uw-aow-leeftijd']").count() >= 1
