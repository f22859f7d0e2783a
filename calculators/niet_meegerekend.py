"""What a calculator does not compute, as data: every result lists it under "Niet meegerekend".

A plausible answer that silently leaves out a rule is the worst failure a calculator can have: the
reader has no reason to doubt it. So each calculator names, next to its answer, every construct of
the law that could change that answer and that it does not ask for or compute — what it is, what it
would change, and the article — from the same module that holds its rules, so the list and the code
cannot drift apart. The binding (`rekenhulp.js`) renders the list the same way for every calculator.
"""

from __future__ import annotations

from dataclasses import dataclass

from .bronnen import Bron


@dataclass(frozen=True)
class NietMeegerekend:
    """One thing left out: `wat` names it for a reader, `waarom` says what it would change and why it
    is not computed, `bron` is the article (or official page) that governs it."""

    wat: str
    waarom: str
    bron: Bron

    def als_json(self) -> dict:
        return {"wat": self.wat, "waarom": self.waarom, "bron": self.bron.url, "bron_label": self.bron.label}


def als_json(punten: tuple[NietMeegerekend, ...] | list[NietMeegerekend]) -> list[dict]:
    return [punt.als_json() for punt in punten]
