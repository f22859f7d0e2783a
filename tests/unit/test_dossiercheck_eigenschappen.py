"""Properties of the dossiercheck that must hold for every input (hypothesis).

Order of the statuses, used by "a date that moves later never improves a status": a step that was
done is op_tijd < te_laat (a later date can only cross the deadline from before to after it); a step
not done is nog_niet < ontbreekt (a later peildatum can only leave a deadline behind). Done and not
done are never compared: moving a date never turns one into the other.
"""

from datetime import date, timedelta

from hypothesis import assume, given, strategies as st

from calculators.api import run
from calculators import termijnenwet
from calculators.dossier_regels import GROEPEN, KOSTEN, KOSTEN_VAN, STAPPEN

DAG = timedelta(days=1)
RANG = {"op_tijd": 0, "te_laat": 1, "nog_niet": 0, "ontbreekt": 1}
IDS = [s.id for s in STAPPEN]
# the tijdlijn milestone each step shares its deadline with
MIJLPAAL = {s.id: s.termijn_van for s in STAPPEN}

eerste_dagen = st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31))


def test_elke_stap_zegt_wat_hij_kan_kosten():
    assert set(KOSTEN_VAN) == {s.id for s in STAPPEN} | {"evaluatie_gaten"}
    assert set(KOSTEN_VAN.values()) <= set(KOSTEN)
    # only the late WIA application costs more with every day (BW 7:629 lid 11 sub a): it goes first of what is overdue
    assert [k.id for k in KOSTEN.values() if k.loopt_op] == ["wia_te_laat"]
    assert all(k.bronnen and "{" not in k.ingevuld() for k in KOSTEN.values())


def check(params):
    result = run("dossiercheck", params)
    assert result["ok"], result
    return result


def stappen(result):
    return {s["id"]: s for s in result["stappen"]}


@st.composite
def dossiers(draw):
    """A first sick day, a peildatum up to three years later and any steps done between the two."""
    eerste = draw(eerste_dagen)
    peil = eerste + draw(st.integers(0, 1100)) * DAG
    gedaan = {}
    for i in IDS:
        if draw(st.booleans()):
            gedaan[i] = (eerste + draw(st.integers(0, (peil - eerste).days)) * DAG).isoformat()
    return {"eerste_ziektedag": eerste.isoformat(), "peildatum": peil.isoformat(), **gedaan}


@given(dossiers())
def test_status_volgt_uit_de_data(params):
    peil = date.fromisoformat(params["peildatum"])
    for i, s in stappen(check(params)).items():
        uiterlijk = date.fromisoformat(s["uiterlijk"])
        assert s["gedaan"] == params.get(i)
        if s["gedaan"] is not None:
            assert s["status"] == ("op_tijd" if date.fromisoformat(s["gedaan"]) <= uiterlijk else "te_laat"), i
        else:
            assert s["status"] == ("ontbreekt" if uiterlijk < peil else "nog_niet"), i


@st.composite
def verschuivingen(draw):
    """A dossier, one step in it that was done, and a later date for that step, still on or before the peildatum."""
    params = draw(dossiers())
    stap = draw(st.sampled_from(IDS))
    eerste, peil = date.fromisoformat(params["eerste_ziektedag"]), date.fromisoformat(params["peildatum"])
    assume(peil > eerste)
    vroeg = eerste + draw(st.integers(0, (peil - eerste).days - 1)) * DAG
    dagen = draw(st.integers(1, (peil - vroeg).days))
    return {**params, stap: vroeg.isoformat()}, stap, dagen


@given(verschuivingen())
def test_een_latere_stapdatum_maakt_de_status_nooit_beter(geval):
    params, stap, dagen = geval
    later = date.fromisoformat(params[stap]) + dagen * DAG
    voor, na = stappen(check(params)), stappen(check({**params, stap: later.isoformat()}))
    assert RANG[na[stap]["status"]] >= RANG[voor[stap]["status"]]
    for i in IDS:
        if i == "plan_van_aanpak" and stap == "probleemanalyse":
            # the plan is due two weeks after the probleemanalyse: its deadline moves along, day for day
            assert date.fromisoformat(na[i]["uiterlijk"]) == date.fromisoformat(voor[i]["uiterlijk"]) + dagen * DAG
        elif i == "spoor2_gestart" and stap == "eerstejaarsevaluatie":
            # UWV's practice: spoor 2 six weeks after an earlier eerstejaarsevaluatie, never later than usual
            verschil = (date.fromisoformat(na[i]["uiterlijk"]) - date.fromisoformat(voor[i]["uiterlijk"])).days
            assert 0 <= verschil <= dagen, i
            # the status's own words (UWV's practice, not a legal term) follow the status
            volgt = ("uiterlijk", "status", "status_tekst", "gedaan_noot")
            assert {k: v for k, v in na[i].items() if k not in volgt} == \
                {k: v for k, v in voor[i].items() if k not in volgt}
        elif i != stap:
            assert na[i] == voor[i], i


@given(dossiers(), st.integers(1, 800))
def test_een_latere_peildatum_maakt_geen_status_beter(params, dagen):
    later = (date.fromisoformat(params["peildatum"]) + dagen * DAG).isoformat()
    voor, na = stappen(check(params)), stappen(check({**params, "peildatum": later}))
    for i in IDS:
        assert (voor[i]["gedaan"] is None) == (na[i]["gedaan"] is None)
        assert RANG[na[i]["status"]] >= RANG[voor[i]["status"]], i
        assert na[i]["uiterlijk"] == voor[i]["uiterlijk"]


@st.composite
def ziektedagen(draw):
    """One long sickness, or two periods with a recovery of under four weeks, and maybe an extension."""
    eerste = draw(eerste_dagen)
    params = {"peildatum": (eerste + 1200 * DAG).isoformat(), "verlenging_weken": draw(st.sampled_from([0, 13, 40]))}
    if draw(st.booleans()):
        params["eerste_ziektedag"] = eerste.isoformat()
    else:
        tot = eerste + draw(st.integers(0, 700)) * DAG
        weer = tot + draw(st.integers(2, 28)) * DAG  # 1 to 27 days better
        params["ziekteperiodes"] = f"{eerste.isoformat()}/{tot.isoformat()},{weer.isoformat()}/"
    return params


@given(ziektedagen())
def test_zelfde_termijnen_als_de_tijdlijn(params):
    dossier = check(params)
    tijdlijn = run("tijdlijn", params)
    datums = {m["id"]: date.fromisoformat(m["datum"]) for m in tijdlijn["mijlpalen"]}
    assert dossier["wachttijd_start"] == tijdlijn["wachttijd_start"]
    for i, s in stappen(dossier).items():
        verwacht = datums[MIJLPAAL[i]]
        if i == "ziekmelding_uwv":  # UWV takes it on the next working day (see dossier.ziekmelding_werkdag)
            verwacht = termijnenwet.einde_termijn(verwacht)
        assert date.fromisoformat(s["uiterlijk"]) == verwacht, i


@given(eerste_dagen, st.lists(st.integers(0, 700), max_size=20), st.integers(0, 700), st.integers(0, 700))
def test_gaten_zijn_langer_dan_zes_weken_en_een_extra_gesprek_maakt_ze_nooit_groter(eerste, dagen, plan, extra):
    peil = eerste + 720 * DAG
    basis = {"eerste_ziektedag": eerste.isoformat(), "peildatum": peil.isoformat(),
             "plan_van_aanpak": (eerste + plan * DAG).isoformat()}
    gesprekken = [(eerste + d * DAG).isoformat() for d in dagen]
    voor = check({**basis, "evaluaties": gesprekken})["evaluatie_gaten"]
    na = check({**basis, "evaluaties": [*gesprekken, (eerste + extra * DAG).isoformat()]})["evaluatie_gaten"]
    punten = {basis["plan_van_aanpak"], *gesprekken, peil.isoformat()}
    for gat in voor:
        assert gat["dagen"] > 42
        assert gat["van"] in punten and gat["tot"] in punten
        assert (date.fromisoformat(gat["tot"]) - date.fromisoformat(gat["van"])).days == gat["dagen"]

    def dekking(gaten):
        return {date.fromisoformat(g["van"]) + k * DAG for g in gaten for k in range(1, g["dagen"])}

    assert dekking(na) <= dekking(voor)


@given(dossiers())
def test_samenvatting_gaat_over_het_belangrijkste(params):
    result = check(params)
    statussen = {s["id"]: s["status"] for s in result["stappen"]}
    samenvatting = result["samenvatting"]
    assert set(samenvatting["wat_nu"]) == {"werknemer", "werkgever"}
    assert samenvatting["bronnen"] and result["niet_meegerekend"]
    problemen = result["problemen"]
    # every missing or late step and every gap is listed, once
    assert sorted(p["over"] for p in problemen if p["over"] != "evaluatie_gaten") == sorted(
        i for i, s in statussen.items() if s in ("ontbreekt", "te_laat"))
    assert sum(p["over"] == "evaluatie_gaten" for p in problemen) == len(result["evaluatie_gaten"])
    # what can be done today first, then what came late, then what is past; of what is due today, the step whose
    # cost grows every day first; the headline is about the first
    delen = [list(GROEPEN).index(p["groep"]) for p in problemen]
    assert delen == sorted(delen)
    assert all(p["groep"] == "herstellen" for p in problemen if p["status"] == "te_laat")
    oplopend = [KOSTEN[p["kosten"]].loopt_op for p in problemen if p["groep"] == "nu"]
    assert oplopend == sorted(oplopend, reverse=True)
    # the to-do list holds every problem in the same order, and at most the next step ahead besides
    te_doen = [(i["over"], i["status"]) for i in result["te_doen"] if i["status"] != "nog_niet"]
    assert te_doen == [(p["over"], p["status"]) for p in problemen]
    assert all(i["groep"] == "nu" and i["datum"] >= result["peildatum"] for i in result["te_doen"]
               if i["status"] == "nog_niet")
    assert all(p["kosten"] == KOSTEN_VAN[p["over"]] for p in problemen)
    if problemen:
        assert (samenvatting["over"], samenvatting["status"]) == (problemen[0]["over"], problemen[0]["status"])
        assert result["kop"].startswith(problemen[0]["kop"])
    else:
        assert samenvatting["status"] in ("nog_niet", "op_tijd")
    assert "{" not in result["kop"] + samenvatting["tekst"] + "".join(samenvatting["wat_nu"].values())
