"""Properties of the timeline that must hold for every first sick day (hypothesis)."""

from datetime import date, timedelta

from hypothesis import given, strategies as st

from calculators import regels
from calculators.api import run

DAG = timedelta(days=1)
eerste_dagen = st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31))


def datums(params):
    result = run("tijdlijn", {"peildatum": "2036-12-31", **params})
    assert result["ok"], result
    return {m["id"]: date.fromisoformat(m["datum"]) for m in result["mijlpalen"]}


@given(eerste_dagen, st.sampled_from([0, 13, 26, 52]), st.integers(0, 52))
def test_mijlpalen_in_volgorde(eerste, verlenging, sanctie):
    d = datums({"eerste_ziektedag": eerste.isoformat(), "verlenging_weken": verlenging, "loonsanctie_weken": sanctie})
    volgorde = [m.id for m in sorted(regels.MIJLPALEN, key=lambda m: m.nominale_dag)]
    assert [d[i] for i in volgorde] == sorted(d[i] for i in volgorde)
    assert d["wia_ingang"] == d["einde_wachttijd"] + DAG
    assert d["probleemanalyse"] >= eerste


@given(eerste_dagen)
def test_wachttijd_is_precies_104_weken_ook_in_schrikkeljaren(eerste):
    d = datums({"eerste_ziektedag": eerste.isoformat()})
    assert d["einde_wachttijd"] == eerste + 727 * DAG
    assert d["wia_ingang"].weekday() == eerste.weekday()
    for m in regels.MIJLPALEN:
        if m.dag is not None:
            assert d[m.id] == eerste + m.dag * DAG


@given(eerste_dagen, st.integers(0, 700), st.integers(1, regels.getal("samentellen_onder_dagen") - 1))
def test_onderbreking_korter_dan_vier_weken_schuift_latere_mijlpalen_precies_op(eerste, ziek_dagen, gat):
    zonder = datums({"eerste_ziektedag": eerste.isoformat()})
    laatste_ziektedag = eerste + ziek_dagen * DAG
    met = datums({"ziekteperiodes": [
        {"van": eerste.isoformat(), "tot": laatste_ziektedag.isoformat()},
        {"van": (laatste_ziektedag + (gat + 1) * DAG).isoformat()},
    ]})
    for mid, datum in zonder.items():
        if mid in ("reintegratieverslag", "wia_aanvraag_uiterlijk") or datum > laatste_ziektedag:
            assert met[mid] == datum + gat * DAG, mid
        else:
            assert met[mid] == datum, mid


@given(eerste_dagen, st.integers(0, 700), st.integers(regels.getal("samentellen_onder_dagen"), 400))
def test_onderbreking_van_vier_weken_of_meer_start_een_nieuwe_wachttijd(eerste, ziek_dagen, gat):
    tweede = eerste + (ziek_dagen + gat + 1) * DAG
    result = run("tijdlijn", {"peildatum": "2036-12-31", "ziekteperiodes": [
        {"van": eerste.isoformat(), "tot": (eerste + ziek_dagen * DAG).isoformat()}, {"van": tweede.isoformat()}]})
    assert result["wachttijd_start"] == tweede.isoformat()


@given(eerste_dagen, st.integers(0, 260), st.integers(0, 52))
def test_verlenging_en_sanctie_schuiven_het_einde_zeven_dagen_per_week(eerste, verlenging, sanctie):
    verlenging = 0 if verlenging < 13 else verlenging
    basis = datums({"eerste_ziektedag": eerste.isoformat()})
    d = datums({"eerste_ziektedag": eerste.isoformat(), "verlenging_weken": verlenging, "loonsanctie_weken": sanctie})
    assert d["einde_wachttijd"] == basis["einde_wachttijd"] + 7 * (verlenging + sanctie) * DAG
    assert d["wia_aanvraag_uiterlijk"] == basis["wia_aanvraag_uiterlijk"] + 7 * verlenging * DAG
    assert d["reintegratieverslag"] == basis["reintegratieverslag"] + 7 * verlenging * DAG


@given(eerste_dagen, st.integers(1, 400), st.integers(1, 200))
def test_verlof_met_dezelfde_oorzaak_schuift_latere_mijlpalen_met_de_verlofduur(eerste, start, lengte):
    zonder = datums({"eerste_ziektedag": eerste.isoformat()})
    van, tot = eerste + start * DAG, eerste + (start + lengte - 1) * DAG
    met = datums({"eerste_ziektedag": eerste.isoformat(),
                  "verlof": [{"van": van.isoformat(), "tot": tot.isoformat(), "zelfde_oorzaak": True}]})
    for mid, datum in zonder.items():
        verwacht = datum + lengte * DAG if (datum >= van or mid in ("reintegratieverslag", "wia_aanvraag_uiterlijk")) else datum
        assert met[mid] == verwacht, mid


@given(eerste_dagen, st.integers(0, 120))
def test_te_laat_aanvragen_schuift_einde_met_precies_de_vertraging(eerste, te_laat):
    basis = datums({"eerste_ziektedag": eerste.isoformat()})
    aanvraag = basis["wia_aanvraag_uiterlijk"] + te_laat * DAG
    d = datums({"eerste_ziektedag": eerste.isoformat(), "wia_aanvraag_datum": aanvraag.isoformat()})
    assert d["einde_wachttijd"] == basis["einde_wachttijd"] + te_laat * DAG
