"""The site's own build steps as plain functions over folders (bouw/), without any generator."""

from __future__ import annotations

import gzip
import os
from datetime import date

import pytest

from bouw import BouwFout, csp, komprimeer, regels, tabellen, thema, vaste_namen, voor
from bouw.rekenhulp import korte_hash
from calculators.regels import MIJLPAAL

PAGINA = """---
title: Proef
---

# Proef

De melding: {{ termijn.ziekmelding_uwv }}.

## Bronnen

- [Ziektewet](https://wetten.overheid.nl/BWBR0001888)
"""


@pytest.fixture
def register(tmp_path, monkeypatch):
    """A register with one review of `proef.md`, in place of the repository's."""
    (tmp_path / "register").mkdir()
    (tmp_path / "register" / "proef.yml").write_text(
        "pagina: proef.md\ncontroles:\n  - datum: 2026-12-01\n    door: zelfcontrole\n    gelezen: [ZW 38]\n", "utf-8")
    monkeypatch.setattr(regels, "REGISTER", tmp_path / "register")
    return tmp_path / "register"


def test_pagina_krijgt_de_regel_de_controledatum_en_houdt_haar_front_matter(register):
    uit = regels.bereid_pagina(PAGINA, "proef.md")
    assert uit.startswith("---\ntitle: Proef\n---\n")
    assert MIJLPAAL["ziekmelding_uwv"].termijn_tekst in uit and "{{" not in uit
    assert '<time datetime="2026-12-01">1 december 2026</time>' in uit


def test_pagina_zonder_bronnen_controle_of_met_eigen_datum_stopt_de_bouw(register):
    with pytest.raises(BouwFout, match="Bronnen"):
        regels.bereid_pagina(PAGINA.split("## Bronnen")[0], "proef.md")
    with pytest.raises(BouwFout, match="register"):
        regels.bereid_pagina(PAGINA, "andere.md")
    with pytest.raises(BouwFout, match="front matter"):
        regels.bereid_pagina(PAGINA.replace("title: Proef", "title: Proef\nlaatst_gecontroleerd: 2026-12-01"), "proef.md")
    with pytest.raises(BouwFout, match="onbekende"):
        regels.bereid_pagina(PAGINA.replace("termijn.ziekmelding_uwv", "termijn.bestaat_niet"), "proef.md")


def test_voorbereiden_schrijft_alleen_wat_veranderde_en_ruimt_op(register, tmp_path):
    docs, uit = tmp_path / "docs", tmp_path / "uit"
    (docs / "assets").mkdir(parents=True)
    (docs / "proef.md").write_text(PAGINA, "utf-8")
    (docs / "assets" / "a.css").write_text("body{}", "utf-8")
    voor.bereid_voor(docs, uit)
    assert "{{" not in (uit / "proef.md").read_text("utf-8")
    assert (uit / "assets" / "a.css").read_text("utf-8") == "body{}"
    os.utime(uit / "proef.md", (0, 0))
    (docs / "assets" / "a.css").unlink()
    voor.bereid_voor(docs, uit)
    assert (uit / "proef.md").stat().st_mtime == 0, "an unchanged page is not written again (live reload)"
    assert not (uit / "assets").exists(), "a file removed from docs/ leaves the rendered copy"
    assert (docs / "proef.md").read_text("utf-8") == PAGINA, "docs/ itself is never written"


def test_csp_staat_eerst_in_elke_pagina_met_de_hashes_van_alle_inline_scripts(tmp_path):
    (tmp_path / "a.html").write_text("<html><head><script>var a=1;</script></head></html>", "utf-8")
    (tmp_path / "b.html").write_text('<html><head><script src="x.js"></script></head></html>', "utf-8")
    csp.zet_beleid(tmp_path)
    for naam in ("a.html", "b.html"):
        tekst = (tmp_path / naam).read_text("utf-8")
        assert tekst.startswith('<html><head>\n<meta http-equiv="Content-Security-Policy"')
        assert csp._hash("var a=1;") in tekst and "'unsafe-inline'" not in tekst.split("script-src")[1].split(";")[0]


def test_thema_lader_krijgt_de_naam_van_de_bundle(tmp_path):
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    (tmp_path / "assets" / "javascripts" / "bundle.abc123.min.js").write_text("", "utf-8")
    (tmp_path / "assets" / "js").mkdir()
    (tmp_path / "assets" / "js" / "thema.js").write_text('import("__BUNDEL__")', "utf-8")
    thema.vul_bundel_in(tmp_path)
    assert (tmp_path / "assets" / "js" / "thema.js").read_text("utf-8") == 'import("bundle.abc123.min.js")'
    (tmp_path / "assets" / "javascripts" / "bundle.def.min.js").write_text("", "utf-8")
    with pytest.raises(BouwFout, match="bundle"):
        thema.vul_bundel_in(tmp_path)


def test_het_doel_van_naar_inhoud_kan_de_focus_krijgen(tmp_path):
    pagina = tmp_path / "a" / "index.html"
    pagina.parent.mkdir()
    pagina.write_text('<a href="#kop" class="md-skip">Ga naar inhoud</a><p data-id="kop"></p><h1 id="kop">Kop</h1>', "utf-8")
    (tmp_path / "404.html").write_text("<h1>Niet gevonden</h1>", "utf-8")  # no skip link: left alone
    thema.maak_sprongdoel_focusbaar(tmp_path)
    assert pagina.read_text("utf-8").endswith('<p data-id="kop"></p><h1 id="kop" tabindex="-1">Kop</h1>')
    assert (tmp_path / "404.html").read_text("utf-8") == "<h1>Niet gevonden</h1>"
    thema.maak_sprongdoel_focusbaar(tmp_path)  # a second run adds nothing
    assert pagina.read_text("utf-8").count("tabindex") == 1
    pagina.write_text('<a href="#weg" class="md-skip">Ga naar inhoud</a><h1 id="kop">Kop</h1>', "utf-8")
    with pytest.raises(BouwFout, match="weg"):
        thema.maak_sprongdoel_focusbaar(tmp_path)


def test_elke_cel_krijgt_haar_kolomkop_en_de_tabel_haar_rollen(tmp_path):
    pagina = tmp_path / "a" / "index.html"
    pagina.parent.mkdir()
    pagina.write_text(
        '<table>\n<thead>\n<tr>\n<th></th>\n<th style="text-align: left;">Wie <abbr title="x">UWV</abbr> &amp; "u"</th>\n'
        '</tr>\n</thead>\n<tbody>\n<tr>\n<td>Rij</td>\n<td style="text-align: left;">Waarde</td>\n</tr>\n</tbody>\n</table>'
        '<table class="highlighttable"><tr><td>1</td></tr></table>', "utf-8")
    tabellen.label_tabellen(tmp_path)
    html = pagina.read_text("utf-8")
    assert html.startswith('<table role="table">\n<thead role="rowgroup">\n<tr role="row">\n<th role="columnheader"></th>')
    assert '<td role="cell" data-label="">Rij</td>' in html
    assert '<td role="cell" data-label="Wie UWV &amp; &quot;u&quot;" style="text-align: left;">Waarde</td>' in html
    assert html.endswith('<table class="highlighttable"><tr><td>1</td></tr></table>')  # not a Markdown table
    tabellen.label_tabellen(tmp_path)  # a second run changes nothing
    assert pagina.read_text("utf-8") == html



def test_zoek_en_menuknop_in_de_kop_krijgen_een_tabstop_en_een_naam(tmp_path):
    pagina = tmp_path / "index.html"
    zoek = '<label class="md-header__button md-icon" for="__search">'
    menu = '<label class="md-header__button md-icon" for="__drawer">'
    pagina.write_text(f'<input id="__drawer">{menu}<svg/></label>{zoek}<svg/></label>'
                      '<div class="md-search" data-md-component="search"></div>', "utf-8")
    (tmp_path / "404.html").write_text("<h1>Niet gevonden</h1>", "utf-8")  # no search, no menu: left alone
    thema.maak_kopknoppen_bedienbaar(tmp_path)
    thema.maak_kopknoppen_bedienbaar(tmp_path)  # a second run adds nothing
    assert pagina.read_text("utf-8").startswith(
        '<input id="__drawer"><label class="md-header__button md-icon" for="__drawer" role="button" tabindex="0" '
        'aria-label="Menu" aria-expanded="false"><svg/></label><label class="md-header__button md-icon" '
        'for="__search" role="button" tabindex="0" aria-label="Zoeken"><svg/>')
    assert (tmp_path / "404.html").read_text("utf-8") == "<h1>Niet gevonden</h1>"
    pagina.write_text('<label for="__search" class="x"></label><div data-md-component="search"></div>', "utf-8")
    with pytest.raises(BouwFout, match="'Zoeken' in de kop"):
        thema.maak_kopknoppen_bedienbaar(tmp_path)


def test_eigen_stylesheet_en_icoon_krijgen_een_naam_met_hun_hash(tmp_path):
    (tmp_path / "assets" / "css").mkdir(parents=True)
    (tmp_path / "assets" / "css" / "spoorwijzer.css").write_text("body{}", "utf-8")
    (tmp_path / "assets" / "favicon.svg").write_text("<svg/>", "utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<link rel="icon" href="../assets/favicon.svg"><link rel="stylesheet" href="../assets/css/spoorwijzer.css">'
        '<img src="../assets/favicon.svg"><a href="../assets/favicon.svg.txt">', "utf-8")
    vaste_namen.geef_vaste_namen(tmp_path)
    css = f"spoorwijzer.{korte_hash(b'body{}')}.css"
    icoon = f"favicon.{korte_hash(b'<svg/>')}.svg"
    assert (tmp_path / "assets" / "css" / css).is_file() and (tmp_path / "assets" / icoon).is_file()
    assert not (tmp_path / "assets" / "favicon.svg").exists()
    assert (tmp_path / "a" / "index.html").read_text("utf-8") == (
        f'<link rel="icon" href="../assets/{icoon}"><link rel="stylesheet" href="../assets/css/{css}">'
        f'<img src="../assets/{icoon}"><a href="../assets/favicon.svg.txt">')
    with pytest.raises(BouwFout, match="spoorwijzer.css"):
        vaste_namen.geef_vaste_namen(tmp_path)  # run twice: the plain names are gone


def test_komprimeer_alleen_wat_kleiner_wordt(tmp_path, monkeypatch):
    monkeypatch.setattr(komprimeer, "CACHE", tmp_path / "cache")
    site = tmp_path / "site"
    site.mkdir()
    (site / "groot.js").write_text("const a = 1;\n" * 500, "utf-8")
    (site / "klein.js").write_text("const a = 1;\n", "utf-8")
    (site / "ruis.zip").write_bytes(os.urandom(4096))
    komprimeer.komprimeer(site)
    assert gzip.decompress((site / "groot.js.gz").read_bytes()) == (site / "groot.js").read_bytes()
    assert (site / "groot.js.br").stat().st_size < (site / "groot.js").stat().st_size
    assert not (site / "klein.js.gz").exists() and not (site / "ruis.zip.gz").exists()
    assert date.fromtimestamp((site / "groot.js.gz").stat().st_mtime) == date.fromtimestamp(
        (site / "groot.js").stat().st_mtime)


def test_zoekindex_weegt_de_uitleg_en_laat_de_bronnen_weg(tmp_path):
    """bouw/zoekindex.py: sections a page names under `search: uitleg:` weigh UITLEG times more (on top
    of Material's page boost), sections headed Bronnen leave the index, an unknown anchor stops the build."""
    from bouw import zoekindex

    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "hulp.md").write_text("---\ntitle: Hulp\nsearch:\n  uitleg: [oordeel]\n---\n\n# Hulp\n", "utf-8")
    (docs / "sub" / "index.md").write_text("# Sub\n", "utf-8")
    data = {"config": {}, "docs": [
        {"location": "hulp/", "title": "Hulp", "text": ""},
        {"location": "hulp/#oordeel", "title": "Oordeel", "text": "", "boost": 2},
        {"location": "hulp/#kosten", "title": "Kosten", "text": ""},
        {"location": "hulp/#bronnen", "title": "Bronnen", "text": "Wet"},
    ]}
    uitleg = zoekindex.uitleg_per_pagina(docs)
    assert uitleg == {"hulp/": ["oordeel"]}
    assert zoekindex.pagina_url("sub/index.md") == "sub/" and zoekindex.pagina_url("index.md") == ""
    uit = zoekindex.verfijn(data, uitleg)
    assert [d["location"] for d in uit["docs"]] == ["hulp/", "hulp/#oordeel", "hulp/#kosten"]
    assert uit["docs"][1]["boost"] == 2 * zoekindex.UITLEG and "boost" not in uit["docs"][2]
    with pytest.raises(BouwFout, match="#weg"):
        zoekindex.verfijn(data, {"hulp/": ["weg"]})


VRAGEN = """# Vragen

{{ vragenlijst }}

## Eerste groep { #eerste }

### Vraag een? { #een }

Antwoord.

```text
### geen kopje in code
```

### Vraag [twee]? { #twee }

## Bronnen { #bronnen }
"""


def test_vragenlijst_komt_uit_de_kopjes_en_weigert_een_kopje_zonder_vaste_id():
    from bouw import vragenlijst
    uit = vragenlijst.voeg_toe(VRAGEN, "proef.md")
    assert "{{" not in uit
    boven, onder = uit.split("## Eerste groep { #eerste }")
    assert "- [Eerste groep (2 vragen)](#eerste)" in boven and "- [Bronnen](#bronnen)" in boven
    assert 'aria-labelledby="onderwerpen"' in boven and "#een" not in boven
    groep = onder.split("### Vraag een?")[0]
    assert "- [Vraag een?](#een)" in groep and r"- [Vraag \[twee\]?](#twee)" in groep
    assert 'href="#onderwerpen"' in groep and "geen kopje" not in groep
    assert vragenlijst.voeg_toe("# Zonder\n\n## Bronnen\n", "x.md") == "# Zonder\n\n## Bronnen\n"
    with pytest.raises(BouwFout, match="vaste id"):
        vragenlijst.voeg_toe(VRAGEN.replace(" { #twee }", ""), "proef.md")
