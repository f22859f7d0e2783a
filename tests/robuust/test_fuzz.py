"""10,000 generated inputs per calculator through calculators.api.run: never an exception, always a
result or Dutch messages tied to a field. CPython only (too slow to repeat inside Pyodide)."""

import json
import re
from datetime import date, timedelta

from hypothesis import HealthCheck, given, seed, settings, strategies as st

from calculators.api import REKENHULPEN, run

STAPDATUMS = ["probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie", "spoor2_gestart",
              "eindevaluatie", "actueel_oordeel", "reintegratieverslag", "wia_aanvraag"]
VELDEN = {
    "tijdlijn": ["eerste_ziektedag", "ziekteperiodes", "verlof", "verlenging_weken", "loonsanctie_weken",
                 "wia_aanvraag_datum", "wia_brief_ontvangen", "wia_brief", "geboortedatum", "peildatum", "vandaag"],
    "passend_werk": ["situatie", "eerste_ziektedag", "uitkering_vanaf", "peildatum", "vandaag", "geboortedatum"],
    "wia_indicatie": ["maatmanloon", "restverdiencapaciteit", "duurzaam"],
    "dossiercheck": ["eerste_ziektedag", "ziekteperiodes", "verlof", "verlenging_weken", "peildatum", "vandaag",
                     *STAPDATUMS, "evaluaties", "wia_brief_ontvangen", "wia_brief"],
    "wia_uitkering": ["ingangsdatum", "eerste_ziektedag", "ziekteperiodes", "verlof", "verlenging_weken",
                      "loonsanctie_weken", "wia_aanvraag_datum", "wia_brief_ontvangen", "peildatum", "dagloon",
                      "jaarloon", "arbeidsongeschiktheid", "duurzaam", "arbeidsverleden_tot_2016",
                      "arbeidsverleden_vanaf_2016", "geboortejaar", "geboortedatum", "referte_eis",
                      "restverdiencapaciteit", "inkomen"],
    "qr": ["tekst"],
    "bedrag": ["waarde"],
    "overzicht": ["clienten", "vandaag"],
}
VELD = re.compile(r"^[a-z0-9_]+(\[\d+\](\.[a-z_]+)?)?$")
NEDERLANDS = re.compile(r"\b(de|het|een|van|in|is|mag|moet|vul|kies|geen|niet)\b", re.IGNORECASE)

MAANDEN = ["januari", "februari", "mrt", "apr.", "MEI", "jun", "juli", "aug", "sept", "okt.", "november", "dec"]
datums = (st.dates().map(lambda d: d.isoformat()) | st.dates().map(lambda d: f"{d.day}-{d.month}-{d.year}")
          | st.dates().map(lambda d: f"{d.day} {MAANDEN[d.month - 1]} {d.year}")
          | st.dates().map(lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}")
          | st.dates().map(lambda d: f"{d.year}/{d.month}/{d.day}"))
waarden = st.one_of(
    datums, st.text(max_size=40), st.integers(-10**6, 10**6), st.floats(allow_nan=True), st.booleans(), st.none(),
    st.sampled_from(["ja", "nee", "onbekend", "geen", "ontvangen", "werkgever", "ww", "ziektewet", "0", "13", "52", "3000", "1200,50", "3.000", "€ 1.000,-", "3,000",
                     "1 000", "3,150.50", "309,91",
                     "<script>alert(1)</script>", "9" * 300, "2025-02-29", "2024-02-29", "31-4-2025"]),
)
periodes = st.lists(st.fixed_dictionaries({}, optional={"van": datums | waarden, "tot": datums | waarden,
                                                        "zelfde_oorzaak": waarden}), max_size=4)
samengevoegd = st.lists(st.tuples(datums, datums | st.just("")), max_size=4).map(
    lambda rijen: ",".join(f"{a}/{b}" for a, b in rijen))
datumlijst = st.lists(datums | waarden, max_size=8)
compacte_datums = st.lists(datums, max_size=8).map(",".join)


@st.composite
def echt_dossier(draw):
    """A real sickness with step dates around it, so the fuzz reaches results as well as messages."""
    eerste = draw(st.dates(date(2014, 1, 1), date(2030, 12, 31)))
    dagen = draw(st.integers(0, 1100))
    rond = st.integers(-2, dagen + 2).map(lambda d: (eerste + timedelta(days=d)).isoformat())  # a few out of range
    params = {"eerste_ziektedag": eerste.isoformat(), "peildatum": (eerste + timedelta(days=dagen)).isoformat()}
    for veld in STAPDATUMS:
        if draw(st.booleans()):
            params[veld] = draw(rond)
    params["evaluaties"] = draw(st.lists(rond, max_size=8) | st.lists(rond, max_size=8).map(",".join))
    return params


def invoer(naam):
    def soort(veld):
        if veld in ("ziekteperiodes", "verlof"):
            return st.one_of(waarden, periodes, samengevoegd)
        if veld == "evaluaties":
            return st.one_of(waarden, datumlijst, compacte_datums)
        return waarden

    veld_waarden = {veld: soort(veld) for veld in VELDEN[naam]}
    willekeurig = st.fixed_dictionaries({}, optional=veld_waarden) | st.dictionaries(st.text(max_size=10), waarden)
    if naam == "dossiercheck":
        return willekeurig | echt_dossier()
    if naam == "wia_uitkering":
        return willekeurig | echte_wia()
    if naam == "overzicht":
        return willekeurig | echt_overzicht()
    return willekeurig


@st.composite
def echt_overzicht(draw):
    """A coach's list: clients of both calculators, most with a real sickness on the list's day (the peildatum of
    `echt_dossier` becomes `vandaag`), some with generated params, now and then an entry that is no client, so the
    fuzz reaches rows and the calendar as well as the list's own messages."""
    labels = draw(st.lists(st.text(min_size=1, max_size=12), max_size=4, unique=True))
    vandaag = draw(st.dates(date(2014, 1, 1), date(2034, 12, 31))).isoformat()
    clienten = []
    for label in labels:
        rekenhulp = draw(st.sampled_from(["tijdlijn", "dossiercheck"]) if draw(st.integers(0, 9)) else waarden)
        if draw(st.integers(0, 3)):
            params = draw(echt_dossier())
            vandaag = params["peildatum"] if draw(st.booleans()) else vandaag
        else:
            params = draw(invoer("tijdlijn") | waarden)
        clienten.append({"label": label, "rekenhulp": rekenhulp, "params": params} if draw(st.integers(0, 9))
                        else draw(waarden))
    return {"clienten": clienten, "vandaag": vandaag if draw(st.integers(0, 9)) else draw(waarden)}


@st.composite
def echte_wia(draw):
    """Plausible WIA inputs, so the generated cases also reach every phase, not only the messages."""
    getal = st.decimals(min_value=0, max_value=9000, places=2).map(lambda d: str(d).replace(".", ","))
    params = {"arbeidsongeschiktheid": draw(st.decimals(min_value=0, max_value=100, places=2).map(str)),
              "duurzaam": draw(st.sampled_from(["ja", "nee", True, False])),
              "referte_eis": draw(st.sampled_from(["ja", "nee", True, False])),
              "arbeidsverleden_tot_2016": draw(st.integers(0, 45)), "arbeidsverleden_vanaf_2016": draw(st.integers(0, 12))}
    if draw(st.booleans()):
        params["ingangsdatum"] = draw(st.dates(date(2006, 1, 1), date(2032, 12, 31))).isoformat()
    else:
        params["eerste_ziektedag"] = draw(st.dates(date(2014, 1, 1), date(2026, 12, 31))).isoformat()
        params["peildatum"] = "2026-12-02"
    params["dagloon" if draw(st.booleans()) else "jaarloon"] = draw(getal)
    for veld in ("restverdiencapaciteit", "inkomen", "geboortejaar"):
        if draw(st.booleans()):
            params[veld] = draw(getal) if veld != "geboortejaar" else draw(st.integers(1940, 2010))
    return params


def controleer(naam, params):
    result = run(naam, params)
    json.dumps(result)  # the boundary is JSON: every value must serialise
    if result["ok"]:
        return result
    assert result["fouten"], result
    for fout in result["fouten"]:
        assert VELD.match(fout["veld"]) and fout["veld"].split("[")[0] in VELDEN[naam], fout
        assert NEDERLANDS.search(fout["melding"]) and "Traceback" not in fout["melding"], fout


instellingen = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


@instellingen
@given(invoer("tijdlijn"))
def test_tijdlijn_verdraagt_alles(params):
    controleer("tijdlijn", params)


@instellingen
@given(invoer("passend_werk"))
def test_passend_werk_verdraagt_alles(params):
    controleer("passend_werk", params)


@instellingen
@given(invoer("wia_indicatie"))
def test_wia_indicatie_verdraagt_alles(params):
    controleer("wia_indicatie", params)


@instellingen
@given(invoer("dossiercheck"))
def test_dossiercheck_verdraagt_alles(params):
    result = controleer("dossiercheck", params)
    if result:
        assert {s["status"] for s in result["stappen"]} <= {"op_tijd", "te_laat", "ontbreekt", "nog_niet"}
        assert result["kop"] and result["samenvatting"]["wat_nu"]["werknemer"] and "BEGIN:VCALENDAR" in result["ics"]


@seed(20261202)  # the same 10,000 inputs on every run
@instellingen
@given(invoer("wia_uitkering"))
def test_wia_uitkering_verdraagt_alles(params):
    result = controleer("wia_uitkering", params)
    if result:
        assert result["kop"] and result["uitkering"] in {"geen", "wga", "iva"}
        for fase in result["fasen"]:
            assert fase["id"] in {"lgu_75", "lgu_70", "loonaanvulling", "vervolg", "iva"}
            assert fase["tot"] is None or fase["tot"] >= fase["van"]


@settings(max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(invoer("qr") | st.fixed_dictionaries({"tekst": st.text(min_size=1, max_size=2100)}))
def test_qr_verdraagt_alles(params):
    controleer("qr", params)


@settings(max_examples=2_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(invoer("bedrag"))
def test_bedrag_verdraagt_alles(params):
    result = controleer("bedrag", params)
    if result:
        assert result["tekst"].startswith("€ ")


@settings(max_examples=1_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(invoer("overzicht"))
def test_overzicht_verdraagt_alles(params):
    result = controleer("overzicht", params)
    if result:
        assert "BEGIN:VCALENDAR" in result["ics"]
        for rij in result["clienten"]:
            assert rij["urgentie_tekst"] and (rij["ok"] or rij["fouten"])
            for fout in rij.get("fouten", []):
                assert NEDERLANDS.search(fout["melding"]) and "Traceback" not in fout["melding"], fout


def test_elke_rekenhulp_wordt_gefuzzd():
    assert set(VELDEN) == set(REKENHULPEN)
