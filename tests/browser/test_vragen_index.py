"""Issue 26: the questions page (`vragen/`, about 38 phone screens, 46 questions) is findable by question from its
top on a phone. Its first screen shows the title, a one-line intro and the start of the list of groups (a
navigation landmark a screen reader can name); every question heading is at most two taps from the top (the
group in that list, then the question in the list under the group heading), landing on the heading below the
sticky header; the same by keyboard; no sideways scrolling; and every id the page had before the index keeps
existing, because coaches have sent links to `/vragen/#<id>`."""

from __future__ import annotations

import pytest

from test_resultaten import scherm  # noqa: F401 (a fixture: pages of a given size, each watched)

pytestmark = pytest.mark.browser

MAX_ACTIVERINGEN = 2
MAX_TABS = 20  # from the top to a group, from a group to its last question
SCHERMEN = [(320, 640), (390, 844)]
LIJST = "Vragen per onderwerp"  # the accessible name of the list of groups

#: Every id of the built page before the index (commit 1795f63, 6 December 2026), content and theme alike:
#: the contract with coaches' links. An id may be added; none may go.
IDS_VAN_VOOR = [
    "__drawer", "__search", "__palette_0", "__palette_1", "__nav_2", "__nav_2_label", "__nav_3",
    "__nav_3_label", "__toc", "veelgestelde-vragen", "wia", "wanneer-wia", "andere-weken", "wie-vraagt-aan",
    "wia-te-laat", "geen-brief", "eerder-aanvragen", "geen-besluit", "bezwaar", "wia-uitkomst", "tijdlijn",
    "loon", "tussendoor-beter", "zwangerschapsverlof", "vakantie", "vakantiedagen", "bedrijfsarts",
    "ziekmelding-uwv", "langer-dan-twee-jaar", "spoor-2", "sporen", "spoor-2-wanneer", "spoor-2-na-een-jaar",
    "opbouwen", "aangepast-werk", "opleiding", "re-integratiebedrijf", "solliciteren", "operatie",
    "arbeidsdeskundig-onderzoek", "nieuw-werk", "passend-werk", "werk-aannemen", "na-half-jaar", "weigeren",
    "onenigheid", "oneens-bedrijfsarts", "kosten-deskundigenoordeel", "deskundigenoordeel-na-een-jaar",
    "deskundigenoordeel-verlenging", "arbeidsconflict", "werkgever", "loonsanctie", "hoe-lang-verantwoordelijk",
    "in-dienst-houden", "voordelen-aannemen", "ontslag", "ontslag-tijdens-ziekte", "ontslag-na-twee-jaar",
    "slapend-dienstverband", "transitievergoeding", "vaststellingsovereenkomst", "bijzondere-situaties",
    "contract-loopt-af", "aow-leeftijd", "minder-uren", "bronnen", "__config",
]

#: The page's h2 and h3 headings in the article (outside the index itself), each with the h2 it stands under.
KOPPEN = """() => {
  const uit = [];
  let groep = null;
  for (const kop of document.querySelectorAll("article h2[id], article h3[id]")) {
    if (kop.closest("nav")) continue;
    if (kop.tagName === "H2") groep = kop.id;
    uit.push({id: kop.id, niveau: kop.tagName, groep, tekst: kop.textContent.replace("¶", "").trim()});
  }
  return uit;
}"""

#: Is the heading with this id on screen, below the sticky header (not hidden under it)?
KOP_IN_BEELD = """(id) => {
  const kop = document.getElementById(id);
  const r = kop.getBoundingClientRect();
  if (r.top < 0 || r.bottom > innerHeight) return false;
  const bovenop = document.elementFromPoint(Math.min(r.left + 8, innerWidth - 1), r.top + r.height / 2);
  return !!bovenop && kop.contains(bovenop);
}"""

#: The links that follow a heading up to the next heading: what a reader meets right under it.
LINKS_ONDER_KOP = """(id) => {
  const kop = document.getElementById(id);
  const uit = [];
  for (let el = kop.nextElementSibling; el && !/^H[1-6]$/.test(el.tagName); el = el.nextElementSibling) {
    el.querySelectorAll("a[href*='#']").forEach((a) => a.pathname === location.pathname && uit.push(a.hash.slice(1)));
  }
  return uit;
}"""

GEEN_ZIJWAARTS = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"


def naar(anker: str) -> str:
    """A link to a place on this page. Material's script makes every href absolute once it runs."""
    return f":is(a[href='#{anker}'], a[href$='/vragen/#{anker}'])"


def open_vragen(scherm, basis_url, breedte, hoogte):
    pagina = scherm(breedte, hoogte, has_touch=True, is_mobile=True)
    pagina.goto(f"{basis_url}/vragen/")
    pagina.wait_for_load_state("load")
    return pagina


def lijst(pagina):
    return pagina.locator("article").get_by_role("navigation", name=LIJST, exact=True)


@pytest.mark.parametrize("breedte, hoogte", SCHERMEN)
def test_het_eerste_scherm_toont_titel_korte_inleiding_en_de_lijst_van_onderwerpen(scherm, basis_url, breedte, hoogte):
    pagina = open_vragen(scherm, basis_url, breedte, hoogte)
    assert lijst(pagina).count() == 1, f"geen navigatie '{LIJST}' bovenaan de pagina"
    beeld = pagina.evaluate("""(naam) => {
      const h1 = document.querySelector("article h1");
      const nav = [...document.querySelectorAll("article nav")].find((n) =>
        document.getElementById(n.getAttribute("aria-labelledby"))?.textContent.trim() === naam);
      const tussen = [];
      for (let el = h1.nextElementSibling; el && el !== nav; el = el.nextElementSibling) tussen.push(el);
      const regel = (el) => parseFloat(getComputedStyle(el).lineHeight);
      const links = [...nav.querySelectorAll("a")];
      return {
        h1: h1.getBoundingClientRect().toJSON(),
        tussen: tussen.map((el) => ({tag: el.tagName, hoogte: el.getBoundingClientRect().height, regel: regel(el)})),
        eersteLinks: links.slice(0, 2).map((a) => a.getBoundingClientRect().toJSON()),
        nav: nav.getBoundingClientRect().toJSON(),
        linkHoogte: Math.min(...links.map((a) => a.getBoundingClientRect().height)),
      };
    }""", LIJST)
    assert 0 <= beeld["h1"]["top"] and beeld["h1"]["bottom"] <= hoogte, beeld["h1"]
    # Between the title and the list only a one-line introduction.
    assert [t["tag"] for t in beeld["tussen"]] == ["P"], beeld["tussen"]
    assert beeld["tussen"][0]["hoogte"] < 1.5 * beeld["tussen"][0]["regel"], f"de inleiding is meer dan één regel: {beeld}"
    # The list starts on the first screen: its first two groups can be tapped without scrolling.
    for vak in beeld["eersteLinks"]:
        assert vak["bottom"] <= hoogte, f"de lijst van onderwerpen begint pas op {vak['bottom']:.0f} px"
    # The list is not itself a long page: it ends within one screen height of its start.
    assert beeld["nav"]["height"] <= hoogte, f"de lijst van onderwerpen is {beeld['nav']['height']:.0f} px hoog"
    assert beeld["linkHoogte"] >= 24, "een onderwerp is geen ruim tikdoel"
    assert pagina.evaluate(GEEN_ZIJWAARTS), "de pagina schuift zijwaarts"


@pytest.mark.parametrize("breedte, hoogte", SCHERMEN)
def test_elke_vraag_is_hoogstens_twee_tikken_van_de_lijst(scherm, basis_url, breedte, hoogte):
    pagina = open_vragen(scherm, basis_url, breedte, hoogte)
    assert lijst(pagina).count() == 1, f"geen navigatie '{LIJST}' bovenaan de pagina"
    koppen = pagina.evaluate(KOPPEN)
    assert len([k for k in koppen if k["niveau"] == "H3"]) >= 40, koppen
    for kop in koppen:
        # Back at the top, as a reader who scrolled up (Material's tracking then clears the address's #).
        pagina.evaluate("() => { history.replaceState(null, '', location.pathname); window.scrollTo(0, 0); }")
        activeringen = 0
        # First tap: the heading itself or its group, in the list at the top.
        rechtstreeks = lijst(pagina).locator(naar(kop["id"]))
        groep = lijst(pagina).locator(naar(kop["groep"]))
        direct = rechtstreeks.count() > 0
        assert direct or groep.count(), f"'{kop['tekst']}': niet en ook de groep niet in de lijst"
        (rechtstreeks if direct else groep).first.tap()
        activeringen += 1
        if not direct:
            pagina.wait_for_function(KOP_IN_BEELD, arg=kop["groep"], timeout=10_000)
            # Second tap: the question in the list right under its group's heading.
            assert kop["id"] in pagina.evaluate(LINKS_ONDER_KOP, kop["groep"]), \
                f"'{kop['tekst']}' staat niet in de lijst onder het kopje van de groep #{kop['groep']}"
            pagina.locator(f"#{kop['groep']} ~ * {naar(kop['id'])}").first.tap()
            activeringen += 1
        assert activeringen <= MAX_ACTIVERINGEN
        pagina.wait_for_function(KOP_IN_BEELD, arg=kop["id"], timeout=10_000)
        # The heading has focus: a screen reader reads it, and the next Tab continues from there.
        assert pagina.evaluate(f"() => document.activeElement === document.getElementById('{kop['id']}')"), kop
        assert pagina.evaluate(GEEN_ZIJWAARTS), f"de pagina schuift zijwaarts bij #{kop['id']}"


def test_per_toetsenbord_naar_een_vraag_en_verder_lezen(scherm, basis_url):
    """From the title (where "Ga naar inhoud" puts focus, test_overslaan.py), Tab to a group and Enter, Tab to its
    question and Enter: the heading is on screen and the next Tab continues from there (the heading's own link or
    the answer's first link), not from the top."""
    pagina = open_vragen(scherm, basis_url, 390, 844)
    pagina.focus("article h1")
    groep, vraag = "spoor-2", "operatie"
    for doel in (groep, vraag):
        for _ in range(MAX_TABS):
            pagina.keyboard.press("Tab")
            gevonden = pagina.evaluate("""() => document.activeElement.closest("article")
                && document.activeElement.pathname === location.pathname ? document.activeElement.hash : ''""")
            if gevonden == f"#{doel}":
                break
        else:
            pytest.fail(f"met {MAX_TABS} keer Tab geen link naar #{doel} in de pagina zelf")
        pagina.keyboard.press("Enter")
        pagina.wait_for_function(KOP_IN_BEELD, arg=doel, timeout=10_000)
    pagina.keyboard.press("Tab")
    verder = pagina.evaluate(f"""() => {{
        const kop = document.getElementById("{vraag}");
        const a = document.activeElement;
        return kop.contains(a) || !!(kop.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
    }}""")
    assert verder, "na de vraag begint Tab niet bij de vraag"


def test_elke_id_van_voor_de_lijst_bestaat_nog(scherm, basis_url):
    pagina = open_vragen(scherm, basis_url, 390, 844)
    ids = pagina.evaluate("() => [...document.querySelectorAll('[id]')].map((el) => el.id)")
    assert len(ids) == len(set(ids)), "een id staat twee keer op de pagina"
    weg = [i for i in IDS_VAN_VOOR if i not in ids]
    assert not weg, f"deze ids bestaan niet meer (links van coaches werken dan niet): {weg}"


@pytest.mark.parametrize("anker", ["wia", "wanneer-wia", "operatie", "minder-uren", "bronnen"])
def test_een_link_van_een_coach_opent_bij_zijn_vraag(scherm, basis_url, anker):
    pagina = scherm(390, 844, has_touch=True, is_mobile=True)
    pagina.goto(f"{basis_url}/vragen/#{anker}")
    pagina.wait_for_load_state("load")
    pagina.wait_for_function(KOP_IN_BEELD, arg=anker, timeout=10_000)
