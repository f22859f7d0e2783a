"""The index of a page of questions (`docs/vragen.md`), made from the page's own headings at build time.

A page that writes `{{ vragenlijst }}` gets, in its place, a list of its groups (each `##` heading, linked, with
the number of its questions) and, right under every group heading, the list of that group's questions (its
`###` headings, linked), followed by a link back to the list of groups. So every question is at most two
activations from the top of the page, and the index cannot drift from the headings: a question added, renamed
or moved is in the index at the next build.

Every `##` and `###` heading of such a page must carry an explicit id (`{ #id }`): coaches send links to
`/vragen/#<id>`, so an id must not change when a heading is reworded. A heading without one stops the build.
The links are Markdown, so the generator checks every anchor too (`validation: anchors` in strict mode).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import BouwFout

TOKEN = "{{ vragenlijst }}"
#: The id of the list of groups at the top; the back links go there.
LIJST_ID = "onderwerpen"
LIJST_KOP = "Vragen per onderwerp"
TERUG = "Naar alle onderwerpen"

KOP = re.compile(r"^(?P<niveau>#{2,3})[ \t]+(?P<tekst>.+?)(?:[ \t]*\{[ \t]*#(?P<id>[A-Za-z0-9_-]+)[ \t]*\})?[ \t]*$")
OMHEINING = re.compile(r"^[ \t]*(```|~~~)")


@dataclass
class Groep:
    tekst: str
    id: str
    regel: int  # index of the heading's line
    vragen: list[tuple[str, str]] = field(default_factory=list)  # (text, id) per question


def groepen(regels: list[str], pagina: str) -> list[Groep]:
    """The page's `##` headings with their `###` headings, in order; code blocks are skipped."""
    uit: list[Groep] = []
    in_code = False
    for nummer, regel in enumerate(regels):
        if OMHEINING.match(regel):
            in_code = not in_code
        if in_code or not (kop := KOP.match(regel)):
            continue
        tekst, anker = kop["tekst"].strip(), kop["id"]
        if not anker:
            raise BouwFout(f"{pagina}: kopje '{tekst}' heeft geen vaste id ({{ #… }}); de vragenlijst linkt ernaar")
        if kop["niveau"] == "##":
            uit.append(Groep(tekst, anker, nummer))
        elif not uit:
            raise BouwFout(f"{pagina}: vraag '{tekst}' staat voor het eerste onderwerp (##)")
        else:
            uit[-1].vragen.append((tekst, anker))
    return uit


def _link(tekst: str, anker: str) -> str:
    tekst = tekst.replace("[", r"\[").replace("]", r"\]")
    return f"[{tekst}](#{anker})"


def _aantal(n: int) -> str:
    return f"{n} vraag" if n == 1 else f"{n} vragen"


def lijst_van_groepen(alle: list[Groep]) -> str:
    rijen = [f"- {_link(f'{g.tekst} ({_aantal(len(g.vragen))})' if g.vragen else g.tekst, g.id)}" for g in alle]
    return (f'<nav class="sw-vragenlijst" aria-labelledby="{LIJST_ID}" markdown>\n\n'
            f'<p id="{LIJST_ID}" class="sw-vragenlijst__kop">{LIJST_KOP}</p>\n\n'
            + "\n".join(rijen) + "\n\n</nav>")


def vragen_van_groep(groep: Groep) -> str:
    rijen = [f"- {_link(tekst, anker)}" for tekst, anker in groep.vragen]
    return (f'<div class="sw-groepsvragen" markdown>\n\n' + "\n".join(rijen)
            + f'\n\n<p class="sw-naar-lijst"><a href="#{LIJST_ID}">{TERUG}</a></p>\n\n</div>')


def voeg_toe(markdown: str, pagina: str) -> str:
    """`markdown` with its `{{ vragenlijst }}` replaced by the list of groups and every group heading followed by
    its questions. A page without the token is returned as it is; a page with it twice stops the build."""
    aantal = markdown.count(TOKEN)
    if aantal == 0:
        return markdown
    if aantal > 1:
        raise BouwFout(f"{pagina}: {TOKEN} staat er {aantal} keer")
    regels = markdown.split("\n")
    alle = groepen(regels, pagina)
    if not any(g.vragen for g in alle):
        raise BouwFout(f"{pagina}: {TOKEN} zonder vragen (### onder een ##)")
    for groep in reversed(alle):  # from the bottom up, so earlier line numbers stay right
        if groep.vragen:
            regels[groep.regel + 1:groep.regel + 1] = ["", vragen_van_groep(groep), ""]
    return "\n".join(regels).replace(TOKEN, lijst_van_groepen(alle))
