"""Issue 26: on a phone the form comes first. A newcomer found the tijdlijn's first field 1.3 screens down at
390 × 844: on every calculator page the first field's label, and the field itself, are on the first screen at
390 × 844 and at 320 × 640 (one short sentence above the form, the explanation below it). The home page shows a
button-like entry "Bereken uw tijdlijn" on its first screen at both sizes, with the routes for readers
(`nav.sw-routes`) still all on it. Every date field, also the rows the page script makes, keeps the text keyboard."""

from __future__ import annotations

import pytest

from test_resultaten import scherm  # noqa: F401 (a fixture: pages of a given size, each watched)

pytestmark = pytest.mark.browser

SCHERMEN = [(390, 844), (320, 640)]
REKENHULPEN = ["tijdlijn", "passend-werk", "wia-uitkomst", "wia-uitkering", "dossiercheck"]

#: The form's first field (the rows of sick periods are made by the page script) with its label: a radio button's
#: label is the legend of its group. Boxes in CSS px from the top of the screen, and the sticky header's bottom.
EERSTE_VELD = """() => {
  const form = document.querySelector("form.sw-rekenhulp");
  const veld = form.querySelector("input:not([type=hidden]), select, textarea");
  const groep = veld.type === "radio" || veld.type === "checkbox";
  const label = groep ? veld.closest("fieldset").querySelector("legend") : veld.labels[0];
  return { id: veld.id, label: label.textContent.trim(), labelVak: label.getBoundingClientRect().toJSON(),
           veldVak: veld.getBoundingClientRect().toJSON(), kopregel: document.querySelector(".md-header").getBoundingClientRect().bottom,
           scroll: scrollY };
}"""


@pytest.mark.parametrize("breedte, hoogte", SCHERMEN)
@pytest.mark.parametrize("naam", REKENHULPEN)
def test_eerste_veld_staat_op_het_eerste_scherm(scherm, basis_url, naam, breedte, hoogte):
    pagina = scherm(breedte, hoogte)
    pagina.goto(f"{basis_url}/rekenhulp/{naam}/")
    pagina.wait_for_selector("form.sw-rekenhulp input", state="attached")
    pagina.wait_for_load_state("load")
    meting = pagina.evaluate(EERSTE_VELD)
    assert meting["scroll"] == 0, meting
    label, veld = meting["labelVak"], meting["veldVak"]
    assert label["top"] >= meting["kopregel"], meting
    assert label["bottom"] <= hoogte, f"{naam}: het label '{meting['label']}' staat pas op {label['bottom']:.0f} px"
    assert veld["bottom"] <= hoogte, f"{naam}: het veld {meting['id']} staat pas op {veld['bottom']:.0f} px"


@pytest.mark.parametrize("breedte, hoogte", SCHERMEN)
def test_startpagina_toont_de_tijdlijn_op_het_eerste_scherm(scherm, basis_url, breedte, hoogte):
    pagina = scherm(breedte, hoogte, has_touch=True)
    pagina.goto(f"{basis_url}/")
    pagina.wait_for_load_state("load")
    knop = pagina.locator("article").get_by_role("link", name="Bereken uw tijdlijn", exact=True).first
    assert knop.is_visible()
    meting = knop.evaluate("""(a) => ({ klasse: a.className, href: a.getAttribute("href"), inZin: !!a.closest("p") &&
        a.closest("p").textContent.trim() !== a.textContent.trim(), vak: a.getBoundingClientRect().toJSON(),
        routes: document.querySelector("nav.sw-routes").getBoundingClientRect().toJSON() })""")
    assert "md-button" in meting["klasse"].split(), meting  # a button, not a link in a sentence
    assert not meting["inZin"], meting
    assert meting["href"].startswith("rekenhulp/tijdlijn/"), meting
    vak = meting["vak"]
    assert vak["height"] >= 44 and vak["right"] <= breedte, vak
    assert vak["bottom"] <= hoogte, f"de knop staat pas op {vak['bottom']:.0f} px"
    # The routes are not pushed down: all of them stay on the first screen, above the button.
    assert meting["routes"]["bottom"] <= vak["top"] and meting["routes"]["bottom"] <= hoogte, meting
    knop.tap()
    pagina.wait_for_url("**/rekenhulp/tijdlijn/", timeout=20_000)


@pytest.mark.parametrize("naam", [n for n in REKENHULPEN if n != "wia-uitkomst"])  # wia-uitkomst asks no date
def test_datumvelden_houden_het_teksttoetsenbord(scherm, basis_url, naam):
    """The date fields in the page as the reader gets it, rows of periods and leave included (made by
    weergave-tijdlijn.js): the text keyboard, which has "-" and "/", with the browser's own Enter label and no autofill."""
    pagina = scherm(390)
    pagina.goto(f"{basis_url}/rekenhulp/{naam}/")
    pagina.wait_for_selector("form.sw-rekenhulp input", state="attached")
    for knop in pagina.locator("[data-voeg-toe]").all():
        knop.evaluate("(b) => b.click()")  # also the one inside a closed <details>
    velden = pagina.evaluate("""() => [...document.querySelectorAll("form.sw-rekenhulp input[type=text], form.sw-rekenhulp textarea")]
        .filter((v) => !["numeric", "decimal"].includes(v.getAttribute("inputmode")))
        .map((v) => ({ id: v.id, inputmode: v.getAttribute("inputmode"), enterkeyhint: v.getAttribute("enterkeyhint"),
                       autocomplete: v.getAttribute("autocomplete"),
                       hint: document.getElementById(v.getAttribute("aria-describedby") || "")?.textContent || "" }))""")
    assert velden
    rijen = [v for v in velden if v["id"].startswith(("ziekteperiodes-", "verlof-"))]
    assert bool(rijen) is (naam in ("tijdlijn", "dossiercheck")), velden
    for veld in velden:
        assert veld["inputmode"] == "text", veld
        assert veld["enterkeyhint"] is None, veld  # Enter computes: the browser's own label ("go") is the true one
        assert veld["autocomplete"] == ("bday" if veld["id"] == "geboortedatum" else "off"), veld
        assert "Bijvoorbeeld" in veld["hint"] and " of " in veld["hint"], veld
