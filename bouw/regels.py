"""Build step before the generator: pages read the rules from `calculators.regels`, so page and
calculator agree.

Markdown may contain these tokens; anything else between `{{ }}` fails the build, because a reader
must never see a half-rendered number:

* `{{ termijn.<mijlpaal-id> }}` – the one Dutch wording of a milestone's deadline (e.g. `ziekmelding_uwv` →
  "uiterlijk op de eerste dag na 42 weken ziekte"); pages use it instead of composing "in week …";
* `{{ week.<mijlpaal-id> }}` – the week of sickness of a milestone (e.g. `wia_aanvraag_uiterlijk` → 93);
* `{{ getal.<naam> }}` – a threshold from `GETALLEN` (e.g. `loonsanctie_max_weken` → 52); amounts in Dutch notation
  (`transitievergoeding_max_euro` → 102.000, `minimumloon_uur_eurocent` → 14,99);
* `{{ datum.<mijlpaal-id>.<JJJJ-MM-DD> }}` – a worked example: the milestone's date for that first sick
  day, computed by the tijdlijn calculator (e.g. `wia_aanvraag_uiterlijk.2025-01-06` → zondag 18 oktober 2026);
* `{{ tabel.mijlpalen }}` – the milestone table with sources (also the fallback when Pyodide fails);
* `{{ tabel.wia_bedragen }}` – the WIA amounts of `calculators.wia_bedragen` (minimumloon, maximumdagloon and the
  vervolguitkering per class, per row of the dated table, with sources);
* `{{ tabel.aow_leeftijden }}` – the AOW age per birth period of `calculators.aow` for the birth years that matter
  now (`aow_rijen_nu`), each row not yet confirmed saying so, with the sources and the table's date;
* `{{ tabel.gecontroleerd }}` – every page in docs/ with its title (linked) and the date of its newest review
  in `register/`, in Dutch, read at build time, so no date is ever retyped;
* `{{ figuur.tijdlijn }}` – the 104-week timeline figure drawn by `calculators.figuur`;
* `{{ begrippenlijst }}` – the glossary from `includes/begrippenlijst.md` as a definition list;
* `{{ gevolgen.<handeling> }}` – every consequence in every law of one action of `calculators.gevolgen.HANDELINGEN`
  (e.g. `einde_contract_afspreken`), as a list with linked articles; the list keeps the indentation of its token, so
  it may stand in an admonition or a list item;
* `{{ regel.<kernregel> }}` – the one wording of a rule that several pages state (`calculators.gevolgen.KERNREGELS`,
  e.g. `opzegverbod`), one paragraph with its articles;
* `{{ vragenlijst }}` – the page's index made from its own headings (`bouw/vragenlijst.py`): the list of its groups
  (`##`) at the token, and under every group heading the list of its questions (`###`); `docs/vragen.md` uses it.

Every page must have a review in the register (`register/<page>.yml`, see its README) and list its
sources under a `## Bronnen` heading with at least one official link. The "laatst gecontroleerd" date a
reader sees is the newest review in the register, so it is always backed by a recorded reading of
the law; the build fails when the register or the sources are missing.
"""

from __future__ import annotations

import html
import posixpath
import re
import sys
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the hook imports the calculators package straight from the checkout

from calculators import aow, api, figuur, gevolgen, regels, wia_bedragen  # noqa: E402
from calculators.datums import nl_datum  # noqa: E402
from calculators.wia_uitkering import cent, euro, procent_tekst  # noqa: E402

from . import BouwFout, vragenlijst  # noqa: E402

TOKEN = re.compile(r"\{\{\s*([a-z_]+)(?:\.([a-z0-9_]+))?(?:\.(\d{4}-\d{2}-\d{2}))?\s*\}\}")
OFFICIELE_BRONNEN = ("wetten.overheid.nl", "uwv.nl", "rijksoverheid.nl", "juridischloket.nl",
                     "officielebekendmakingen.nl", "rechtspraak.nl", "arboportaal.nl")
GLOSSARIUM = ROOT / "includes" / "begrippenlijst.md"
DOCS = ROOT / "docs"
REGISTER = ROOT / "register"
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
BEGRIP = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<uitleg>.+)$", re.MULTILINE)


def front_matter(tekst: str) -> tuple[dict, str]:
    """A page's YAML front matter and the Markdown after it (the same block MkDocs and Zensical read)."""
    if gevonden := FRONT_MATTER.match(tekst):
        return yaml.safe_load(gevonden.group(1)) or {}, tekst[gevonden.end():]
    return {}, tekst


def toon_getal(naam: str, waarde: int) -> str:
    """A number as a Dutch reader writes it: amounts (`…_euro`) with a dot between thousands ("102.000"),
    amounts kept in cents (`…_eurocent`) with a decimal comma ("14,99"); other numbers as they are."""
    if naam.endswith("_eurocent"):
        euro, cent = divmod(waarde, 100)
        return f"{euro:,}".replace(",", ".") + f",{cent:02d}"
    if naam.endswith("_euro"):
        return f"{waarde:,}".replace(",", ".")
    return str(waarde)


def begrippen() -> dict[str, str]:
    """Glossary terms and their explanations, in the order of the file."""
    return {m["term"]: m["uitleg"].strip() for m in BEGRIP.finditer(GLOSSARIUM.read_text("utf-8"))}


def mijlpalen_tabel() -> str:
    """Every milestone with its deadline in the rule's own words: a bare week number ("43") would
    read as "in week 43" where the law says "on the first day after 42 weeks"."""
    rijen = ["| Wanneer | Wat | Wie | Bron |", "|---|---|---|---|"]
    for m in sorted(regels.MIJLPALEN, key=lambda m: m.nominale_dag):
        wanneer = m.termijn_tekst[:1].upper() + m.termijn_tekst[1:]
        rijen.append(f"| {wanneer} | {m.titel} | {m.wie} | [{m.bron.label}]({m.bron.url}) |")
    # In a block of its own class, so a narrow screen shows each row as a card (spoorwijzer.css).
    return '<div class="sw-mijlpalen" markdown>\n\n' + "\n".join(rijen) + "\n\n</div>"


def wia_bedragen_tabel() -> str:
    """The WIA amounts per row of the dated table, computed the way the calculator computes them."""
    rijen = wia_bedragen.BEDRAGEN
    kop = "| | " + " | ".join(f"Vanaf {nl_datum(r.vanaf)}" for r in rijen) + " |"
    regels_md = [kop, "|---|" + "---|" * len(rijen)]
    regels_md.append("| Minimumloon per maand (zonder vakantiegeld) | "
                     + " | ".join(euro(r.minimumloon_maand) for r in rijen) + " |")
    regels_md.append("| Minimumloon per maand met 8% vakantiegeld | "
                     + " | ".join(euro(r.wia_minimumloon) for r in rijen) + " |")
    regels_md.append("| Maximumdagloon | " + " | ".join(euro(r.maximumdagloon) for r in rijen) + " |")
    for van, tot, procent in wia_bedragen.VERVOLG_PERCENTAGES[:-1]:
        regels_md.append(f"| Vervolguitkering bij {van}% tot {tot}% arbeidsongeschikt ({procent_tekst(procent)}) | "
                         + " | ".join(euro(cent(procent / 100 * r.wia_minimumloon)) for r in rijen) + " |")
    bronnen = {b.url: b.label for r in rijen for b in r.bronnen}
    regels_md.append("")
    regels_md.append("Bronnen van de bedragen: " + "; ".join(f"[{label}]({url})" for url, label in bronnen.items()) + ".")
    return "\n".join(regels_md)


#: Birth periods whose AOW date fell this many calendar years before the table's date (`aow.STAND`) still matter:
#: someone sick for up to two years may have reached the AOW age during them (BW 7:629 lid 2, last sentence).
AOW_JAREN_TERUG = 2


def aow_rijen_nu() -> tuple[aow.AowLeeftijd, ...]:
    """The rows of `calculators.aow.LEEFTIJDEN` for people who reach the AOW age in or after the year
    `AOW_JAREN_TERUG` years before the table's date: those who are sick around their AOW date now or later."""
    return tuple(r for r in aow.LEEFTIJDEN if r.in_jaren[1] >= aow.STAND.year - AOW_JAREN_TERUG)


def _jaren_tekst(in_jaren: tuple[int, int]) -> str:
    return str(in_jaren[0]) if in_jaren[0] == in_jaren[1] else f"{in_jaren[0]} of {in_jaren[1]}"


def aow_leeftijden_tabel() -> str:
    """The AOW age per birth period, from the one dated table the calculators use. A row known from news reports
    only says so in its own cell; after the last row the age is not fixed yet (AOW art. 7a lid 2 and 3)."""
    stand = nl_datum(aow.STAND)
    rijen = ["| Geboren | AOW-leeftijd | U bereikt die in |", "|---|---|---|"]
    for r in aow_rijen_nu():
        leeftijd = r.tekst if r.bevestigd else (f"{r.tekst}. Nog niet bevestigd: volgens nieuwsberichten, "
                                                f"geen officiële bron (stand op {stand})")
        rijen.append(f"| {nl_datum(r.geboren_vanaf)} tot en met {nl_datum(r.geboren_tot_en_met)} | {leeftijd} | "
                     f"{_jaren_tekst(r.in_jaren)} |")
    laatste = aow.LEEFTIJDEN[-1]
    na = laatste.geboren_tot_en_met + timedelta(days=1)
    rijen.append(f"| op of na {nl_datum(na)} | Nog niet vastgesteld (stand op {stand}) | "
                 f"{laatste.in_jaren[1] + 1} of later |")
    bronnen = {r.bron.url: r.bron.label for r in aow_rijen_nu()}
    rijen += ["", "Bronnen van de leeftijden: " + "; ".join(f"[{label}]({url})" for url, label in bronnen.items())
              + f". Stand op {stand}."]
    # In a block of its own class, so a narrow screen shows each row as a card (spoorwijzer.css).
    return '<div class="sw-aow-leeftijden" markdown>\n\n' + "\n".join(rijen) + "\n\n</div>"


def controles(pagina: str) -> list[dict]:
    """The recorded reviews of a page (`register/<page>.yml`); each names its date and what was read."""
    pad = REGISTER / (pagina.removesuffix(".md") + ".yml")
    if not pad.is_file():
        raise BouwFout(f"{pagina}: geen controle vastgelegd in register/{pad.relative_to(REGISTER).as_posix()}")
    gegevens = yaml.safe_load(pad.read_text("utf-8")) or {}
    lijst = gegevens.get("controles") or []
    for controle in lijst:
        if not isinstance(controle.get("datum"), date) or not controle.get("gelezen"):
            raise BouwFout(f"{pad.relative_to(ROOT)}: elke controle noemt 'datum' en 'gelezen'")
    if gegevens.get("pagina") != pagina or not lijst:
        raise BouwFout(f"{pad.relative_to(ROOT)}: 'pagina: {pagina}' en minstens één controle ontbreken")
    return lijst


def laatst_gecontroleerd(pagina: str) -> date:
    """The newest review date in the register: the one date a reader sees for this page."""
    return max(controle["datum"] for controle in controles(pagina))


def gecontroleerd_tabel(pagina: str) -> str:
    """Every page with the date it was last checked, from the register; links relative to `pagina`."""
    rijen = []
    for pad in DOCS.rglob("*.md"):
        doel = pad.relative_to(DOCS).as_posix()
        titel = str(front_matter(pad.read_text("utf-8"))[0].get("title") or doel)
        rijen.append((titel.lower(), f"| [{titel}]({posixpath.relpath(doel, posixpath.dirname(pagina) or '.')}) | "
                                     f"{nl_datum(laatst_gecontroleerd(doel))} |"))
    return "\n".join(["| Pagina | Laatst gecontroleerd |", "|---|---|", *(rij for _, rij in sorted(rijen))])


def begrippenlijst_html() -> str:
    """The glossary as a definition list; spellings that differ only in case ('cao'/'CAO') are one entry."""
    per_anker: dict[str, tuple[str, str]] = {}
    for term, uitleg in begrippen().items():
        anker = re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")
        per_anker.setdefault(anker, (term, uitleg))
    items = [
        # A line break between term and explanation: search reads the page's text as it stands, and
        # "deskundigenoordeel</dt><dd>Onafhankelijk" would be one word "deskundigenoordeelonafhankelijk".
        f'<dt id="{anker}">{html.escape(term)}</dt>\n<dd>{html.escape(uitleg)}</dd>'
        for anker, (term, uitleg) in sorted(per_anker.items(), key=lambda kv: kv[1][0].lower())
    ]
    return '<dl class="begrippenlijst">\n' + "\n".join(items) + "\n</dl>"


def _artikelen(artikelen) -> str:
    return "; ".join(f"[{a.tekst}]({a.url})" for a in artikelen)


def gevolgen_lijst(handeling: str, inspringen: str = "") -> str:
    """One action's consequences as a list, each with what is at stake, the sentence and its linked articles."""
    rijen = [f"- **{g.wat}.** {g.tekst} ({_artikelen(g.artikelen)})." for g in gevolgen.HANDELINGEN[handeling].gevolgen]
    return ("\n" + inspringen).join(rijen)


def kernregel(naam: str, pagina: str) -> str:
    """A shared rule in its one wording, its own tokens rendered, followed by its articles."""
    regel = gevolgen.KERNREGELS[naam]
    tekst = TOKEN.sub(lambda m: _vervang(m, pagina), regel.tekst)
    return f"{tekst} (Wet: {_artikelen(regel.artikelen)}.)"


def voorbeelddatum(mijlpaal: str, eerste_ziektedag: str) -> str:
    """A milestone's date for a worked example, from the calculator itself."""
    uitkomst = api.run("tijdlijn", {"eerste_ziektedag": eerste_ziektedag, "peildatum": eerste_ziektedag})
    datum = next(m["datum"] for m in uitkomst["mijlpalen"] if m["id"] == mijlpaal)
    return nl_datum(date.fromisoformat(datum), met_dag=True)


def _vervang(match: re.Match, pagina: str) -> str:
    soort, naam, eerste = match.group(1), match.group(2), match.group(3)
    if soort == "datum" and naam in regels.MIJLPAAL and eerste:
        return voorbeelddatum(naam, eerste)
    if eerste:
        raise BouwFout(f"{pagina}: onbekende token {match.group(0)}")
    try:
        if soort == "week" and naam:
            return str(regels.MIJLPAAL[naam].week)
        if soort == "termijn" and naam:
            return regels.MIJLPAAL[naam].termijn_tekst
        if soort == "getal" and naam:
            return toon_getal(naam, regels.getal(naam))
    except KeyError:
        raise BouwFout(f"{pagina}: onbekende regel {match.group(0)}") from None
    if (soort, naam) == ("tabel", "mijlpalen"):
        return mijlpalen_tabel()
    if (soort, naam) == ("tabel", "wia_bedragen"):
        return wia_bedragen_tabel()
    if (soort, naam) == ("tabel", "aow_leeftijden"):
        return aow_leeftijden_tabel()
    if (soort, naam) == ("tabel", "gecontroleerd"):
        return gecontroleerd_tabel(pagina)
    if (soort, naam) == ("figuur", "tijdlijn"):
        return figuur.pagina_figuur(figuur.nominale_punten())
    if soort == "gevolgen" and naam in gevolgen.HANDELINGEN:
        return gevolgen_lijst(naam, _inspringing(match))
    if soort == "regel" and naam in gevolgen.KERNREGELS:
        return kernregel(naam, pagina)
    if soort == "begrippenlijst" and naam is None:
        return begrippenlijst_html()
    raise BouwFout(f"{pagina}: onbekende token {match.group(0)}")


def _inspringing(match: re.Match) -> str:
    """The whitespace before a token that stands alone on its line, so a block it renders stays in its container."""
    begin = match.string.rfind("\n", 0, match.start()) + 1
    voor = match.string[begin:match.start()]
    return voor if not voor.strip() else ""


def _controleer_bronnen(markdown: str, pagina: str) -> None:
    deel = markdown.split("\n## Bronnen", 1)
    if len(deel) < 2:
        raise BouwFout(f"{pagina}: de pagina mist een kopje '## Bronnen'")
    bronnen = re.split(r"\n## ", deel[1], maxsplit=1)[0]
    if not any(domein in bronnen for domein in OFFICIELE_BRONNEN):
        raise BouwFout(f"{pagina}: 'Bronnen' noemt geen officiële bron ({', '.join(OFFICIELE_BRONNEN)})")


def bereid_pagina(tekst: str, pagina: str) -> str:
    """A page file as the generator should read it: front matter kept, tokens rendered, sources and
    review checked, and the "laatst gecontroleerd" line appended."""
    meta, markdown = front_matter(tekst)
    kop = tekst[:len(tekst) - len(markdown)]
    if "laatst_gecontroleerd" in meta:
        raise BouwFout(f"{pagina}: 'laatst_gecontroleerd' staat in register/, niet in de front matter")
    gecontroleerd = laatst_gecontroleerd(pagina)
    _controleer_bronnen(markdown, pagina)
    markdown = vragenlijst.voeg_toe(markdown, pagina)
    markdown = TOKEN.sub(lambda m: _vervang(m, pagina), markdown)
    return (
        f"{kop}{markdown}\n\n"
        f'<p class="laatst-gecontroleerd">Laatst gecontroleerd: '
        f'<time datetime="{gecontroleerd.isoformat()}">{nl_datum(gecontroleerd)}</time></p>\n'
    )
