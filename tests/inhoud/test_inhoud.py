"""Content gates on the built site: sources, last-checked date, glossary, nothing from elsewhere."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from bouw import regels as bouwstap

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGINAS = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
BLOKKEN = {"p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "div", "summary", "caption", "figcaption"}
AFKORTING = re.compile(r"\b[A-Z][A-Z0-9]*[A-Z](?:-[A-Z]+)?\b")


class Tekst(HTMLParser):
    """Visible text of the article, and every URL the page loads (not links it merely offers)."""

    def __init__(self):
        super().__init__()
        self.delen: list[str] = []
        self.laadt: list[str] = []
        self._overslaan = 0
        self._in_artikel = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "code", "svg"):
            self._overslaan += 1
        if tag == "article":
            self._in_artikel += 1
        if tag in ("script", "img", "iframe", "audio", "video", "source") and attrs.get("src"):
            self.laadt.append(attrs["src"])
        if tag == "link" and attrs.get("href") and attrs.get("rel") not in ("canonical", "alternate"):
            self.laadt.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in BLOKKEN:
            self.delen.append(" ")
        if tag in ("script", "style", "code", "svg"):
            self._overslaan -= 1
        if tag == "article":
            self._in_artikel -= 1

    def handle_data(self, data):
        if self._in_artikel and not self._overslaan:
            self.delen.append(data)


def lees(site_map: Path, pagina: str) -> Tekst:
    pad = "index.html" if pagina == "index.md" else pagina.removesuffix(".md") + "/index.html"
    tekst = Tekst()
    tekst.feed((site_map / pad).read_text("utf-8"))
    return tekst


@pytest.mark.parametrize("pagina", PAGINAS)
def test_pagina_noemt_bronnen_en_controledatum(pagina):
    """The date a reader sees comes from the register only, so a page cannot claim a review nobody recorded."""
    tekst = (DOCS / pagina).read_text("utf-8")
    assert not re.search(r"^laatst_gecontroleerd:", tekst, re.MULTILINE), "de datum staat in register/"
    assert bouwstap.laatst_gecontroleerd(pagina) <= date.today()
    assert "\n## Bronnen" in tekst
    assert not re.search(r"\b(TODO|FIXME|lorem ipsum)\b", tekst, re.IGNORECASE)


def test_register_dekt_paginas_en_rekenteksten():
    """Every register file names a page or calculator file that exists and records what was read;
    every calculator module that shows texts to a reader has its own review."""
    import yaml
    teksten = set()
    for pad in (ROOT / "register").rglob("*.yml"):
        gegevens = yaml.safe_load(pad.read_text("utf-8"))
        doel = gegevens.get("pagina") or gegevens.get("teksten")
        assert doel, f"{pad}: noemt geen 'pagina' of 'teksten'"
        if "teksten" in gegevens:
            for bestand in [doel] if isinstance(doel, str) else doel:
                assert (ROOT / bestand).is_file(), f"{pad}: {bestand} bestaat niet"
                teksten.add(bestand)
        else:
            assert (DOCS / doel).is_file() or (ROOT / doel).is_file(), f"{pad}: {doel} bestaat niet"
        for controle in gegevens["controles"]:
            assert isinstance(controle["datum"], date) and controle["datum"] <= date.today(), pad
            assert controle["gelezen"] and controle.get("door"), pad
    toont = {f"calculators/{naam}.py" for naam in ("regels", "dossier_regels", "passend_werk", "wia_indicatie",
                                                   "wia_uitkering")}
    assert toont <= teksten, f"geen controle van {sorted(toont - teksten)}"


def test_hook_weigert_pagina_zonder_register():
    with pytest.raises(Exception, match="register"):
        bouwstap.laatst_gecontroleerd("bestaat-niet.md")


def test_hook_weigert_pagina_zonder_bronnen_of_met_onbekende_regel():
    hook = bouwstap
    with pytest.raises(Exception, match="Bronnen"):
        hook._controleer_bronnen("# Kop\n\nTekst zonder bronnen.\n", "x.md")
    with pytest.raises(Exception, match="officiële bron"):
        hook._controleer_bronnen("# Kop\n\n## Bronnen\n- [blog](https://example.com)\n", "x.md")
    with pytest.raises(Exception, match="onbekende"):
        hook.TOKEN.sub(lambda m: hook._vervang(m, "x.md"), "week {{ week.bestaat_niet }}")


@pytest.mark.parametrize("pagina", PAGINAS)
def test_afkortingen_staan_in_de_begrippenlijst(site_map, pagina):
    begrippen = set(bouwstap.begrippen())
    tekst = re.sub(r"ECLI:[A-Z0-9:]+", " ", "".join(lees(site_map, pagina).delen))
    for term in sorted(begrippen, key=len, reverse=True):  # 'Wet BIG' explains the BIG in it
        tekst = re.sub(rf"(?<!\w){re.escape(term)}(?!\w)", " ", tekst)
    onbekend = sorted(set(AFKORTING.findall(tekst)))
    assert not onbekend, f"{pagina} gebruikt afkortingen die de begrippenlijst niet uitlegt: {onbekend}"


@pytest.mark.parametrize("pagina", PAGINAS)
def test_pagina_laadt_niets_van_buiten_en_geen_halve_tokens(site_map, pagina):
    gelezen = lees(site_map, pagina)
    assert not [u for u in gelezen.laadt if re.match(r"^(https?:)?//", u)]
    assert "{{" not in " ".join(gelezen.delen)


def test_begrippenlijst_pagina_toont_elk_begrip(site_map):
    html = (site_map / "begrippen" / "index.html").read_text("utf-8")
    ankers = re.findall(r'<dt id="([^"]+)"', html)
    assert len(ankers) == len(set(ankers)) > 50


def test_weeknummers_op_paginas_komen_uit_de_regeldata(site_map):
    from calculators.regels import MIJLPAAL
    tekst = " ".join("".join(lees(site_map, "rekenhulp/tijdlijn.md").delen).split())  # glossary <abbr> tags removed
    assert f"({MIJLPAAL['wia_aanvraag_uiterlijk'].termijn_tekst})" in tekst


def test_voorbeelddata_op_paginas_komen_uit_de_rekenhulp(site_map):
    html = (site_map / "poortwachter" / "index.html").read_text("utf-8")
    assert re.search(r"<td\b[^>]*>zondag 18 oktober 2026</td>", html)  # Voorbeeld A: WIA-aanvraag uiterlijk (D = 6 januari 2025)
    assert "{{ datum." not in html


# A week number typed into a page drifts from the rules; pages write {{ termijn.<id> }}, {{ week.<id> }} or
# {{ getal.<naam> }} instead. Two markers exempt one line, and only that line:
#   <!-- verouderd -->    the line quotes an outdated claim in order to correct it;
#   <!-- telvoorbeeld --> the line explains how weeks are counted ("week 1 is de eerste ziektedag").
GETYPT_WEEKNUMMER = re.compile(
    r"\bweek\s+\d+|\b\d+\s*(?:e|ste|de)\s+(?:ziekte)?week\b|\b\d+\s+(?:ziekte)?weken\b", re.IGNORECASE)
UITZONDERING = re.compile(r"<!--\s*(verouderd|telvoorbeeld)\s*-->")
BRONTEKSTEN = [*(DOCS.rglob("*.md")), *((ROOT / "includes").glob("*.md"))]


def getypte_weeknummers(tekst: str) -> list[str]:
    """Each line (with its number) that names a week count in digits without being marked as an exception."""
    return [f"{nr}: {regel.strip()[:120]}" for nr, regel in enumerate(tekst.splitlines(), start=1)
            if GETYPT_WEEKNUMMER.search(regel) and not UITZONDERING.search(regel)]


def test_herkent_getypte_weeknummers():
    assert getypte_weeknummers("De melding moet in week 43.\nUiterlijk in de 93e week.\nBinnen 6 weken.")
    assert not getypte_weeknummers("De melding moet {{ termijn.ziekmelding_uwv }}. Binnen {{ getal.bezwaar_weken }} weken.")
    assert not getypte_weeknummers("Oude sites zeggen 'week 91'. <!-- verouderd -->")
    assert not getypte_weeknummers("Week 1 is de eerste ziektedag. <!-- telvoorbeeld -->")


@pytest.mark.parametrize("bestand", BRONTEKSTEN, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_geen_getypte_weeknummers(bestand):
    gevonden = getypte_weeknummers(bestand.read_text("utf-8"))
    assert not gevonden, (f"{bestand.relative_to(ROOT)} typt weeknummers in plaats van ze uit de regeldata te halen "
                          f"({{{{ termijn.… }}}}, {{{{ week.… }}}}, {{{{ getal.… }}}}): {gevonden}")


def test_termijnen_op_paginas_komen_uit_de_regeldata(site_map):
    from calculators.regels import MIJLPAAL
    tekst = " ".join("".join(lees(site_map, "poortwachter.md").delen).split())
    assert MIJLPAAL["ziekmelding_uwv"].termijn_tekst in tekst


def test_tabel_gecontroleerd_noemt_elke_pagina_met_haar_datum(site_map):
    """'Wat is er veranderd' lists every page with the date of its newest review ({{ tabel.gecontroleerd }})."""
    from urllib.parse import urljoin

    from calculators.datums import nl_datum
    html = (site_map / "wat-is-er-veranderd" / "index.html").read_text("utf-8")
    tabel = html.split('id="gecontroleerd"', 1)[1].split("</table>", 1)[0]
    rijen = {}
    for rij in re.findall(r"<tr\b[^>]*>(.*?)</tr>", tabel, re.DOTALL):
        if link := re.search(r'href="([^"#]*)', rij):
            rijen[urljoin("/wat-is-er-veranderd/", link.group(1))] = rij
    for pagina in PAGINAS:
        url = "/" if pagina == "index.md" else "/" + pagina.removesuffix(".md") + "/"
        assert url in rijen, f"{pagina} ontbreekt in de tabel 'laatst gecontroleerd'"
        assert nl_datum(bouwstap.laatst_gecontroleerd(pagina)) in rijen[url], f"{pagina}: datum klopt niet"
    assert len(rijen) == len(PAGINAS)


MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def datumvelden() -> set[str]:
    """Every field calculators/api.py reads as a date (`datum(fouten, "<naam>", …)`), the steps of the dossiercheck
    and its list of conversations (and passend werk's `uitkering_vanaf`, read through a variable): the fields that
    must get the text keyboard."""
    from calculators import dossier_regels

    api = (ROOT / "calculators" / "api.py").read_text("utf-8")
    return (set(re.findall(r'\bdatum\(fouten, "([a-z0-9_]+)"', api)) | {stap.id for stap in dossier_regels.STAPPEN}
            | {"evaluaties", "uitkering_vanaf"})


def test_datumvelden_krijgen_een_toetsenbord_met_streepje():
    """Dates are typed as 6-1-2025 or 6 januari 2025: the numeric and decimal keypads of an iPhone have no "-" and no
    "/", so a date field keeps the text keyboard and says so (inputmode="text"), with no Enter-key label of its own (Enter
    computes, so the browser's default "go" is the true one: no enterkeyhint), autocomplete off
    (a birth date: bday), and a hint that shows both ways of writing a date, read by calculators.datums as the same
    day. Only whole-number fields (weeks; years of work and a birth year) may ask for the numeric keypad. The period
    rows are made in weergave-tijdlijn.js (tests/browser/test_eerste_scherm.py checks them in the page)."""
    from calculators.datums import lees_datum

    hele_jaren = {"arbeidsverleden_tot_2016", "arbeidsverleden_vanaf_2016", "geboortejaar"}
    vrije_tekst = {"label"}  # the overview's pseudonym of a client (rekenhulp/overzicht.md)
    datum_namen = datumvelden()
    gezien = set()
    for bron in sorted((DOCS / "rekenhulp").glob("*.md")):
        tekst = bron.read_text("utf-8")
        for veld in re.findall(r'<input id="([a-z0-9_]+)"[^>]*inputmode="numeric"', tekst):
            assert veld.endswith("_weken") or veld in hele_jaren, f"{bron.name}: {veld}"
        velden = re.findall(r'<(input|textarea) id="([a-z0-9_]+)"([^>]*)>', tekst)
        tekstvelden = [(soort, veld, rest) for soort, veld, rest in velden if soort == "textarea" or 'type="text"' in rest]
        for _, veld, rest in tekstvelden:
            if veld in vrije_tekst:  # letters are typed here: the text keyboard, and no browser suggestions
                assert 'inputmode="text"' in rest and 'autocomplete="off"' in rest, f"{bron.name}: {veld}"
                continue
            if veld not in datum_namen:
                assert re.search(r'inputmode="(numeric|decimal)"', rest), f"{bron.name}: {veld} is geen datum en geen getal"
                continue
            gezien.add(veld)
            assert 'inputmode="text"' in rest, f"{bron.name}: {veld} zonder inputmode=\"text\""
            assert "enterkeyhint" not in rest, f"{bron.name}: {veld}: Enter rekent, een ander label zou liegen"
            verwacht = "bday" if veld == "geboortedatum" else "off"
            assert f'autocomplete="{verwacht}"' in rest, f"{bron.name}: {veld} zonder autocomplete=\"{verwacht}\""
            hint = re.search(rf'<p class="sw-hint" id="{veld}-hint">(.*?)</p>', tekst)
            assert hint and f'aria-describedby="{veld}-hint"' in rest, f"{bron.name}: {veld} zonder hint"
            cijfers = re.search(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", hint.group(1))
            woorden = re.search(rf"\b(\d{{1,2}}) ({'|'.join(MAANDEN)}) (\d{{4}})\b", hint.group(1))
            assert cijfers and woorden, f"{bron.name}: de hint van {veld} toont niet 3-2-2026 en 3 februari 2026: {hint.group(1)!r}"
            vandaag = date(2026, 12, 6)
            assert lees_datum(cijfers.group(0), vandaag) == lees_datum(woorden.group(0), vandaag), f"{bron.name}: {veld}"
    assert gezien == datum_namen, datum_namen ^ gezien
    js = (DOCS / "assets" / "js" / "weergave-tijdlijn.js").read_text("utf-8")
    assert 'inputmode: "numeric"' not in js
    assert 'inputmode: "text", autocomplete: "off"' in js


def test_berekend_voor_volgt_het_formulier_van_de_dossiercheck():
    """"Berekend voor" lists the step fields in the order the form asks for them."""
    from calculators.api import DOSSIER_FORMULIER

    namen = re.findall(r'name="([a-z0-9_]+)"', (DOCS / "rekenhulp" / "dossiercheck.md").read_text("utf-8"))
    assert [n for n in namen if n in DOSSIER_FORMULIER] == list(DOSSIER_FORMULIER)


def test_bedragen_staan_in_nederlandse_notatie():
    """{{ getal.… }} shows amounts as a Dutch reader writes them: € 102.000 and € 14,99, never 102000 or 14.99."""
    hook = bouwstap
    assert hook.toon_getal("transitievergoeding_max_euro", 102_000) == "102.000"
    assert hook.toon_getal("boete_42e_week_euro", 455) == "455"
    assert hook.toon_getal("minimumloon_uur_eurocent", 1499) == "14,99"
    assert hook.toon_getal("maximumdagloon_eurocent", 123_405) == "1.234,05"
    assert hook.toon_getal("wachttijd_weken", 1040) == "1040"
