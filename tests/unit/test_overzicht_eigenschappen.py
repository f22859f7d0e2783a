"""Properties of the coach's overview that must hold for every list of clients (hypothesis).

The order is a total order that does not depend on the order the clients were given in; a row depends on its own
client alone; moving every date of every client and the coach's day by the same number of weeks moves every date in
the rows by that many days and changes nothing else; and the calendar holds each coming deadline once, under a UID
of its own.
"""

import re
from datetime import date, timedelta

from hypothesis import assume, given, strategies as st

from calculators import overzicht, termijnenwet
from calculators.api import run
from calculators.regels import vul_in

STAPPEN = ("probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie", "spoor2_gestart",
           "eindevaluatie", "actueel_oordeel", "reintegratieverslag", "wia_aanvraag")
#: A first sick day the calculators refuse: a client whose row says "Gegevens kloppen niet".
FOUT = "31-2-2025"
#: Counted day of the ziekmelding bij UWV (ZW art. 38 lid 1); UWV takes it on the next working day (dossier.py).
ZIEKMELDING_DAG = 294

labels = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=8).filter(str.strip)


@st.composite
def client_params(draw, vandaag: date):
    """A tijdlijn or dossiercheck client, its dates as offsets from its first sick day (so a shift moves them all),
    now and then with a date the calculator refuses."""
    rekenhulp = draw(st.sampled_from(overzicht.REKENHULPEN))
    eerste = vandaag - timedelta(days=draw(st.integers(0, 900)))
    ziek = (vandaag - eerste).days
    dag = lambda n: (eerste + timedelta(days=n)).isoformat()  # noqa: E731
    params = {"eerste_ziektedag": eerste.isoformat()}
    if rekenhulp == "tijdlijn":
        if draw(st.booleans()):
            params["verlenging_weken"] = str(draw(st.integers(0, 52)))
        if draw(st.booleans()):
            params["loonsanctie_weken"] = str(draw(st.integers(0, 52)))
        if draw(st.booleans()):
            params["wia_aanvraag_datum"] = dag(draw(st.integers(560, 760)))
    else:
        for stap in STAPPEN:
            if draw(st.booleans()):
                params[stap] = dag(draw(st.integers(0, ziek)))
        params["evaluaties"] = ",".join(dag(n) for n in draw(st.lists(st.integers(0, ziek), max_size=5)))
    if draw(st.integers(0, 9)) == 0:
        params = {"eerste_ziektedag": FOUT}
    return rekenhulp, params


@st.composite
def overzichten(draw, min_size=0):
    vandaag = draw(st.dates(date(2017, 1, 1), date(2030, 12, 31)))
    namen = draw(st.lists(labels, min_size=min_size, max_size=4, unique=True))
    clienten = []
    for label in namen:
        rekenhulp, params = draw(client_params(vandaag))
        clienten.append({"label": label, "rekenhulp": rekenhulp, "params": params})
    return vandaag, clienten


def overzicht_van(vandaag: date, clienten: list[dict]) -> dict:
    result = run("overzicht", {"vandaag": vandaag.isoformat(), "clienten": clienten})
    assert result["ok"], result
    return result


@given(overzichten())
def test_de_volgorde_is_een_totale_orde_en_hangt_niet_af_van_de_invoer(geval):
    vandaag, clienten = geval
    result = overzicht_van(vandaag, clienten)
    sleutels = [overzicht.sleutel(r) for r in result["clienten"]]
    assert sleutels == sorted(sleutels) and len(set(sleutels)) == len(sleutels)  # strictly increasing: no ties
    assert [r["urgentie"] for r in result["clienten"]] == sorted(r["urgentie"] for r in result["clienten"])
    assert overzicht_van(vandaag, clienten[::-1])["clienten"] == result["clienten"]
    for r in result["clienten"]:
        assert r["urgentie_tekst"] == vul_in(overzicht.URGENTIES[r["urgentie"]][1])
        assert (r["urgentie"] == 0) == bool(r["achterstallig"])
        assert all(a["dagen_te_laat"] > 0 for a in r["achterstallig"])
        assert r["volgende"] is None or r["volgende"]["dagen"] >= 0


@given(overzichten(), st.data())
def test_een_client_erbij_verandert_de_andere_rijen_niet(geval, data):
    vandaag, clienten = geval
    label = data.draw(labels.filter(lambda l: all(c["label"] != l for c in clienten)))
    rekenhulp, params = data.draw(client_params(vandaag))
    erbij = {"label": label, "rekenhulp": rekenhulp, "params": params}
    voor = overzicht_van(vandaag, clienten)
    na = overzicht_van(vandaag, [*clienten[:1], erbij, *clienten[1:]])
    assert [r for r in na["clienten"] if r["label"] != label] == voor["clienten"]
    # and the calendar gains only the new client's events
    assert set(voor["ics"].replace("\r\n ", "").split("\r\n")) - {"END:VCALENDAR"} <= set(
        na["ics"].replace("\r\n ", "").split("\r\n"))


def _verschoven(waarde, dagen: int):
    """Every ISO date in a row moved by `dagen`."""
    if isinstance(waarde, dict):
        return {k: _verschoven(v, dagen) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_verschoven(v, dagen) for v in waarde]
    if isinstance(waarde, str) and len(waarde) == 10 and waarde[4] == waarde[7] == "-":
        return (date.fromisoformat(waarde) + timedelta(days=dagen)).isoformat()
    return waarde


#: A date as the texts write it ("6 maart 2025"); a shift by whole weeks keeps the weekday before it.
NL_DATUM = re.compile(r"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
                      r"december) \d{4}\b")


def _zonder_data(waarde):
    """The rows with every date inside a text left out (the dossiercheck's headline and a moved step's termijn
    name them); the ISO dates are compared as they are."""
    if isinstance(waarde, dict):
        return {k: _zonder_data(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_zonder_data(v) for v in waarde]
    return NL_DATUM.sub("<datum>", waarde) if isinstance(waarde, str) else waarde


def _schuif_params(params: dict, dagen: int) -> dict:
    def schuif(tekst: str) -> str:
        return ",".join(_verschoven(deel, dagen) for deel in tekst.split(",")) if tekst else tekst
    return {k: schuif(v) if k != "verlenging_weken" and k != "loonsanctie_weken" else v for k, v in params.items()}


@given(overzichten(min_size=1), st.integers(-60, 60))
def test_alle_data_een_aantal_weken_later_schuift_elke_datum_in_de_rijen_even_ver(geval, weken):
    """Weeks, not days: the calculators move a few dates past a weekend (the ziekmelding bij UWV to a working day,
    dossier.ziekmelding_werkdag), so only whole weeks keep every weekday; a feestdag that one side meets and the
    other does not is left out (`assume`). Dates inside texts are left out of the comparison (`_zonder_data`)."""
    vandaag, clienten = geval
    dagen = 7 * weken
    for c in clienten:
        if c["params"]["eerste_ziektedag"] != FOUT:
            eerste = date.fromisoformat(c["params"]["eerste_ziektedag"])
            melding = eerste + timedelta(days=ZIEKMELDING_DAG)
            assume(termijnenwet.is_werkdag(melding) and termijnenwet.is_werkdag(melding + timedelta(days=dagen)))
            assume(min(eerste, eerste + timedelta(days=dagen)) >= date(2014, 1, 1))
    later = [{**c, "params": _schuif_params(c["params"], dagen)} for c in clienten]
    nu = overzicht_van(vandaag, clienten)
    dan = overzicht_van(vandaag + timedelta(days=dagen), later)
    assert dan["peildatum"] == _verschoven(nu["peildatum"], dagen)
    assert _zonder_data(dan["clienten"]) == _zonder_data(_verschoven(nu["clienten"], dagen))


@given(overzichten())
def test_de_agenda_heeft_elke_komende_termijn_een_keer_met_een_eigen_uid(geval):
    vandaag, clienten = geval
    result = overzicht_van(vandaag, clienten)
    uids = [r[4:] for r in result["ics"].replace("\r\n ", "").split("\r\n") if r.startswith("UID:")]
    verwacht = []
    for c in clienten:
        eigen = run(c["rekenhulp"], {**c["params"], "vandaag": vandaag.isoformat()})
        if eigen["ok"]:
            komend = overzicht.komend(c["rekenhulp"], eigen, vandaag)
            assert all(m["datum"] >= vandaag.isoformat() for m in komend)
            soort = "" if c["rekenhulp"] == "tijdlijn" else "dossier-"
            verwacht += [f"overzicht-{overzicht.uid_deel(c['label'])}-{eigen['wachttijd_start']}-{soort}{m['id']}"
                         "@spoorwijzer.nl" for m in komend]
    assert sorted(uids) == sorted(verwacht) and len(set(uids)) == len(uids) == result["ics"].count("BEGIN:VEVENT")
