"""The coach's overview (`run("overzicht", …)`): every row says what the client's own calculator says on the
same day, in order of urgency, and the one calendar holds every coming deadline of every client once.

Dates: Voorbeeld A of the fact sheet (first sick day Monday 6 January 2025; probleemanalyse 16-2-2025, plan van
aanpak 2-3-2025, ziekmelding 27-10-2025, WIA-aanvraag uiterlijk 18-10-2026, end 3-1-2027), see
test_tijdlijn_voorbeelden.py and test_dossiercheck_voorbeelden.py.
"""

from datetime import date, timedelta

import pytest

from calculators import overzicht
from calculators.api import run
from calculators.regels import getal

VANDAAG = "2026-03-01"


def client(label, rekenhulp="tijdlijn", **params):
    return {"label": label, "rekenhulp": rekenhulp, "params": params}


def lijst(*clienten, vandaag=VANDAAG):
    result = run("overzicht", {"vandaag": vandaag, "clienten": list(clienten)})
    assert result["ok"], result
    return result


def rijen(result):
    return {r["label"]: r for r in result["clienten"]}


def fouten(params):
    result = run("overzicht", params)
    assert result["ok"] is False and "clienten" not in result, result
    return {f["veld"]: f["melding"] for f in result["fouten"]}


def ziek_sinds(dagen, vandaag=VANDAAG):
    """A first sick day `dagen` days before `vandaag`, written as people write it."""
    dag = date.fromisoformat(vandaag) - timedelta(days=dagen)
    return f"{dag.day}-{dag.month}-{dag.year}"


def events(ics):
    """The unfolded VEVENT blocks of a calendar, by UID."""
    blokken = ics.replace("\r\n ", "").split("BEGIN:VEVENT\r\n")[1:]
    return {b.split("UID:", 1)[1].split("\r\n", 1)[0]: b for b in blokken}


def veld(blok, naam):
    """The value of the line `naam:` of an unfolded block."""
    return next(r[len(naam) + 1:] for r in blok.split("\r\n") if r.startswith(f"{naam}:"))


# Every urgency level once, on 1 March 2026. Vervroegde IVA may be asked from counted day 21 and the probleemanalyse
# falls on day 41, so a client sick for 15 days has 6 days left, one sick for 30 days has 11 left.
ALLE_NIVEAUS = [
    client("later", eerste_ziektedag="6-1-2025"),                      # next: 26 April 2026 (56 days)
    client("fout", eerste_ziektedag="31-2-2025"),
    client("kort", eerste_ziektedag=ziek_sinds(15)),                   # vervroegde IVA from day 21: 6 days
    client("wia-te-laat", eerste_ziektedag="8-1-2024"),                # WIA application overdue since 19-10-2025
    client("binnenkort", eerste_ziektedag=ziek_sinds(30)),             # probleemanalyse on day 41: 11 days
    client("dossier-te-laat", "dossiercheck", eerste_ziektedag="6-1-2025"),  # nothing done at all
    client("beter", "dossiercheck", ziekteperiodes="6-1-2025/1-6-2025"),  # better for months: nothing ahead
]


def test_de_volgorde_volgt_de_urgentie():
    result = lijst(*ALLE_NIVEAUS)
    assert [(r["label"], r["urgentie"], r["urgentie_tekst"]) for r in result["clienten"]] == [
        ("dossier-te-laat", 0, "Te laat"),        # the probleemanalyse (16-2-2025) is 378 days overdue
        ("wia-te-laat", 0, "Te laat"),            # the WIA application (19-10-2025) 133 days
        ("fout", 1, "Gegevens kloppen niet"),
        ("kort", 2, "Binnen 7 dagen"),
        ("binnenkort", 3, "Binnen 30 dagen"),
        ("later", 4, "Later"),
        ("beter", 5, "Geen termijn meer"),
    ]
    assert [overzicht.URGENTIES[r["urgentie"]][0] for r in result["clienten"]] == [
        "te_laat", "te_laat", "fout", "kort", "binnenkort", "later", "geen"]
    assert result["peildatum"] == VANDAAG and result["regels_datum"] == "2026-11-22"


def test_de_grenzen_komen_uit_de_regeldata():
    kort, binnenkort = getal("overzicht_kort_dagen"), getal("overzicht_binnenkort_dagen")
    # vervroegde IVA may be asked from counted day 21: sick for 21 - n days leaves n days
    niveau = {n: rijen(lijst(client("x", eerste_ziektedag=ziek_sinds(21 - n))))["x"] for n in (0, kort, kort + 1)}
    assert [niveau[n]["volgende"]["dagen"] for n in niveau] == [0, kort, kort + 1]
    assert [niveau[n]["urgentie_tekst"] for n in niveau] == [f"Binnen {kort} dagen", f"Binnen {kort} dagen",
                                                             f"Binnen {binnenkort} dagen"]
    # the ziekmelding bij UWV on counted day 294, the plan van aanpak before it on day 55
    grens = rijen(lijst(client("x", eerste_ziektedag=ziek_sinds(294 - binnenkort))))["x"]
    voorbij = rijen(lijst(client("x", eerste_ziektedag=ziek_sinds(294 - binnenkort - 1))))["x"]
    assert grens["volgende"]["id"] == "ziekmelding_uwv" and grens["volgende"]["dagen"] == binnenkort
    assert grens["urgentie_tekst"] == f"Binnen {binnenkort} dagen"
    assert voorbij["volgende"]["dagen"] == binnenkort + 1 and voorbij["urgentie_tekst"] == "Later"


def test_gelijke_urgentie_houdt_de_volgorde_van_het_label():
    result = lijst(*(client(label, eerste_ziektedag="6-1-2025") for label in ("C", "a", "B", "A", "b-2", "B-10")))
    assert [r["label"] for r in result["clienten"]] == ["A", "a", "B", "B-10", "b-2", "C"]


def test_een_foute_client_breekt_de_andere_niet():
    goed = [client("AB-1", eerste_ziektedag="6-1-2025"), client("CD-2", "dossiercheck", eerste_ziektedag="6-1-2025")]
    slecht = [client("fout-1", eerste_ziektedag="morgen"), client("fout-2", "dossiercheck", probleemanalyse="x"),
              {"label": "fout-3", "rekenhulp": "tijdlijn", "params": "eerste_ziektedag=6-1-2025"},
              {"label": "fout-4", "rekenhulp": "tijdlijn"}]
    alleen_goed, met_slecht = rijen(lijst(*goed)), rijen(lijst(goed[0], *slecht, goed[1]))
    for label in ("AB-1", "CD-2"):
        assert met_slecht[label] == alleen_goed[label]
    for c in slecht:
        rij = met_slecht[c["label"]]
        eigen = run("tijdlijn" if c["rekenhulp"] == "tijdlijn" else "dossiercheck",
                    {**c["params"], "vandaag": VANDAAG} if isinstance(c.get("params"), dict) else c.get("params"))
        assert rij["ok"] is False and rij["fouten"] == eigen["fouten"] and rij["fouten"]
        assert (rij["huidige_week"], rij["volgende"], rij["achterstallig"], rij["dossier"]) == (None, None, [], None)
        assert rij["urgentie_tekst"] == "Gegevens kloppen niet"
    assert all("fouten" not in alleen_goed[label] for label in alleen_goed)


LINK_TIJDLIJN = {"eerste_ziektedag": "6-1-2025", "verlenging_weken": "13", "loonsanctie_weken": "4",
                 "verlof": "1-3-2025/30-4-2025/ja", "wia_brief": "ontvangen", "wia_brief_ontvangen": "1-9-2026"}
LINK_DOSSIER = {"eerste_ziektedag": "2025-01-06", "probleemanalyse": "2025-02-10", "plan_van_aanpak": "2025-02-20",
                "evaluaties": "2025-04-03,2025-05-15"}


@pytest.mark.parametrize("vandaag", ["2025-01-06", "2025-06-15", "2026-03-01", "2026-10-18", "2026-12-20",
                                     "2027-06-01"])
def test_een_client_uit_een_link_heeft_de_volgende_termijn_van_zijn_eigen_tijdlijn(vandaag):
    # the link's own peildatum is not the overview's: every row is computed on the coach's day
    rij = rijen(lijst(client("AB-1", **LINK_TIJDLIJN, peildatum="1-1-2025"), vandaag=vandaag))["AB-1"]
    eigen = run("tijdlijn", {**LINK_TIJDLIJN, "vandaag": vandaag})
    assert eigen["ok"] and rij["huidige_week"] == eigen["huidige_week"]
    if eigen["volgende"] is None:
        assert rij["volgende"] is None
    else:
        assert rij["volgende"] == {**{k: eigen["volgende"][k] for k in ("id", "titel", "datum", "termijn", "bron",
                                                                        "bron_label")},
                                   "dagen": (date.fromisoformat(eigen["volgende"]["datum"])
                                             - date.fromisoformat(vandaag)).days}
    # the dates may be spelt in any way the date reader knows
    iso = {**LINK_TIJDLIJN, "eerste_ziektedag": "2025-01-06", "verlof": "2025-03-01/2025-04-30/ja",
           "wia_brief_ontvangen": "1 sep 2026"}
    assert rijen(lijst(client("AB-1", **iso), vandaag=vandaag))["AB-1"] == rij


@pytest.mark.parametrize("vandaag", ["2025-06-15", "2026-03-01", "2026-10-18", "2027-02-01"])
def test_een_dossierclient_toont_de_belangrijkste_stap_van_zijn_eigen_check(vandaag):
    rij = rijen(lijst(client("CD-2", "dossiercheck", **LINK_DOSSIER), vandaag=vandaag))["CD-2"]
    eigen = run("dossiercheck", {**LINK_DOSSIER, "vandaag": vandaag})
    assert rij["huidige_week"] == eigen["stand"]["week"]
    assert rij["dossier"] == {"over": eigen["samenvatting"]["over"], "status": eigen["samenvatting"]["status"],
                              "tekst": eigen["kop"]}
    if eigen["agenda"]:
        eerste = eigen["agenda"][0]
        assert (rij["volgende"]["id"], rij["volgende"]["datum"]) == (eerste["id"], eerste["datum"])
    else:  # after the waiting period nothing is ahead
        assert vandaag > "2027-01-03" and rij["volgende"] is None
    assert [a["id"] for a in rij["achterstallig"]] == [
        i["over"] for i in eigen["te_doen"] if i["groep"] == "nu" and i["status"] != "nog_niet"]


def test_dossierstappen_dragen_de_termijn_van_hun_mijlpaal_of_hun_eigen_datum():
    # on 1 March 2025 the plan van aanpak is due two weeks after the probleemanalyse of 10 February: 24 February
    # would be past; with the probleemanalyse on 20 February it is due 6 March, not on its milestone's day
    rij = rijen(lijst(client("x", "dossiercheck", eerste_ziektedag="6-1-2025", probleemanalyse="20-2-2025"),
                      vandaag="2025-03-01"))["x"]
    assert rij["volgende"]["id"] == "plan_van_aanpak" and rij["volgende"]["datum"] == "2025-03-06"
    assert rij["volgende"]["termijn"] == "Uiterlijk op donderdag 6 maart 2025."
    gewoon = rijen(lijst(client("x", "dossiercheck", eerste_ziektedag="6-1-2025"), vandaag="2025-01-20"))["x"]
    tijdlijn = run("tijdlijn", {"eerste_ziektedag": "6-1-2025", "vandaag": "2025-01-20"})
    mijlpaal = next(m for m in tijdlijn["mijlpalen"] if m["id"] == "probleemanalyse")
    assert gewoon["volgende"]["id"] == "probleemanalyse"
    assert gewoon["volgende"]["termijn"] == mijlpaal["termijn"] == "uiterlijk aan het eind van week 6"
    assert (gewoon["volgende"]["bron"], gewoon["volgende"]["datum"]) == (mijlpaal["bron"], mijlpaal["datum"])


def test_alleen_wat_nog_kan_is_achterstallig_in_de_tijdlijn():
    # 1 March 2026 is in week 60: the probleemanalyse (week 6) and the ziekmelding (week 43) have passed, but the
    # tijdlijn does not know whether they were done, so nothing is overdue
    assert rijen(lijst(client("x", eerste_ziektedag="6-1-2025")))["x"]["achterstallig"] == []
    # the last day to apply for WIA (18 October 2026) passed without an application date: apply now
    (laat,) = rijen(lijst(client("x", eerste_ziektedag="6-1-2025"), vandaag="2026-11-01"))["x"]["achterstallig"]
    assert (laat["id"], laat["datum"], laat["dagen_te_laat"]) == ("wia_aanvraag_alsnog", "2026-10-18", 14)
    assert laat["wat_nu"]["werknemer"].startswith("Vraag de WIA vandaag nog aan")
    assert "artikel=64&lid=3" in laat["bron"] and "64 lid 3" in laat["bron_label"]
    # without a letter from UWV the application still has to be made, in the tijdlijn's own words
    (geen,) = rijen(lijst(client("x", eerste_ziektedag="6-1-2025", wia_brief="geen"),
                          vandaag="2026-11-01"))["x"]["achterstallig"]
    assert geen["id"] == "wia_aanvraag_geen_brief" and "Schrijf erbij dat u geen brief" in geen["wat_nu"]["werknemer"]
    # an application made late asks nothing more: the tijdlijn counts the days and moves the dates
    gedaan = rijen(lijst(client("x", eerste_ziektedag="6-1-2025", wia_aanvraag_datum="25-10-2026"),
                         vandaag="2026-11-01"))["x"]
    assert gedaan["achterstallig"] == [] and gedaan["urgentie_tekst"] != "Te laat"
    # after a late letter the four weeks of WIA art. 64 lid 6 are the last day
    brief = rijen(lijst(client("x", eerste_ziektedag="6-1-2025", wia_brief="ontvangen", wia_brief_ontvangen="1-10-2026"),
                        vandaag="2026-11-20"))["x"]
    eigen = run("tijdlijn", {"eerste_ziektedag": "6-1-2025", "wia_brief": "ontvangen",
                             "wia_brief_ontvangen": "1-10-2026", "vandaag": "2026-11-20"})
    laatste = next(m for m in eigen["mijlpalen"] if m["id"] == "wia_aanvraag_na_late_brief")
    assert [(a["datum"], a["bron"]) for a in brief["achterstallig"]] == [(laatste["datum"], laatste["bron"])]


def test_alleen_wat_nog_kan_is_achterstallig_in_het_dossier():
    # a missing step while the employee is still sick: it can still be set
    ziek = rijen(lijst(client("x", "dossiercheck", eerste_ziektedag="6-1-2025"), vandaag="2025-04-01"))["x"]
    assert [(a["id"], a["datum"], a["dagen_te_laat"]) for a in ziek["achterstallig"]] == [
        ("plan_van_aanpak", "2025-03-02", 30), ("probleemanalyse", "2025-02-16", 44)]  # the check's own order
    assert ziek["achterstallig"][0]["wat_nu"]["werkgever"] and "artikel=4" in ziek["achterstallig"][0]["bron"]
    # a step done late was done: what is left is explaining it, no deadline
    laat = rijen(lijst(client("x", "dossiercheck", eerste_ziektedag="6-1-2025", probleemanalyse="20-2-2025",
                              plan_van_aanpak="1-3-2025"), vandaag="2025-04-01"))["x"]
    assert laat["achterstallig"] == [] and laat["dossier"]["status"] == "te_laat"
    # better again: what was missing can no longer be done
    beter = rijen(lijst(client("x", "dossiercheck", ziekteperiodes="6-1-2025/15-3-2025"), vandaag="2025-05-01"))["x"]
    assert beter["achterstallig"] == [] and beter["dossier"]["status"] == "ontbreekt"
    assert beter["urgentie_tekst"] == "Geen termijn meer"


def test_een_lopend_gat_tussen_gesprekken_is_achterstallig():
    rij = rijen(lijst(client("x", "dossiercheck", eerste_ziektedag="6-1-2025", probleemanalyse="10-2-2025",
                             plan_van_aanpak="20-2-2025"), vandaag="2025-05-01"))["x"]
    (gat,) = rij["achterstallig"]
    # the plan of 20 February asked for a conversation by 3 April (six weeks)
    assert (gat["id"], gat["datum"], gat["dagen_te_laat"]) == ("evaluatie_gaten", "2025-04-03", 28)
    assert "uwv.nl" in gat["bron"] and rij["urgentie_tekst"] == "Te laat"


def test_de_agenda_heeft_elke_komende_termijn_van_elke_client_een_keer():
    clienten = [client("AB-1", **LINK_TIJDLIJN), client("CD 2/é", "dossiercheck", **LINK_DOSSIER),
                client("EF-3", eerste_ziektedag=ziek_sinds(100)), client("fout", eerste_ziektedag="morgen"),
                client("klaar", eerste_ziektedag="8-1-2022")]
    result = lijst(*clienten)
    gevonden = events(result["ics"])
    verwacht = {}
    for c in clienten[:3]:
        eigen = run(c["rekenhulp"], {**c["params"], "vandaag": VANDAAG})
        soort = "" if c["rekenhulp"] == "tijdlijn" else "dossier-"
        komend = [m for m in (eigen["agenda"] if "agenda" in eigen else eigen["mijlpalen"]) if m["datum"] >= VANDAAG]
        eigen_events = events(eigen["ics"])
        assert komend and len(eigen_events) == len(komend)
        for m in komend:
            uid = f"{eigen['wachttijd_start']}-{soort}{m['id']}@spoorwijzer.nl"
            verwacht[f"overzicht-{overzicht.uid_deel(c['label'])}-{uid}"] = (c["label"], m, eigen_events[uid])
    assert set(gevonden) == set(verwacht)
    assert result["ics"].count("BEGIN:VEVENT") == len(verwacht)  # each once: the UIDs are unique
    for uid, (label, m, eigen_blok) in verwacht.items():
        blok = gevonden[uid]
        assert veld(blok, "SUMMARY") == f"{label}: {m['titel']}".replace(",", "\\,").replace(";", "\\;")
        assert veld(blok, "DTSTART;VALUE=DATE") == m["datum"].replace("-", "")
        # the same description and reminders as the client's own calendar
        assert veld(blok, "DESCRIPTION") == veld(eigen_blok, "DESCRIPTION")
        triggers = [r for r in blok.split("\r\n") if r.startswith("TRIGGER:")]
        assert triggers == [r for r in eigen_blok.split("\r\n") if r.startswith("TRIGGER:")] and triggers
        assert blok.count(f"DESCRIPTION:{veld(blok, 'SUMMARY')}") == len(triggers)
    tekst = result["ics"]
    assert tekst.startswith("BEGIN:VCALENDAR\r\n") and tekst.endswith("END:VCALENDAR\r\n")
    assert all(len(r.encode()) <= 75 for r in tekst.split("\r\n"))
    assert "X-WR-CALNAME:Spoorwijzer: overzicht van uw cliënten" in tekst


def test_de_agenda_leest_terug_in_icalendar():
    icalendar = pytest.importorskip("icalendar")
    result = lijst(client("AB-1", **LINK_TIJDLIJN), client("CD-2", "dossiercheck", **LINK_DOSSIER))
    events_ = list(icalendar.Calendar.from_ical(result["ics"]).walk("VEVENT"))
    assert events_ and all(str(e["SUMMARY"]).split(": ", 1)[0] in ("AB-1", "CD-2") for e in events_)
    assert all(e.walk("VALARM") for e in events_)


def test_uids_zijn_stabiel_en_per_label_uniek():
    def uids(label, vandaag):
        return set(events(lijst(client(label, eerste_ziektedag="6-1-2025"), vandaag=vandaag)["ics"]))
    # the same milestone on another day and after a loonsanctie keeps its UID, so a calendar updates it
    assert uids("AB-1", "2026-03-01") >= uids("AB-1", "2026-10-01")
    assert "overzicht-AB-1-2025-01-06-einde_wachttijd@spoorwijzer.nl" in uids("AB-1", "2026-10-01")
    # labels that look alike give different UIDs, and no label breaks the line
    assert overzicht.uid_deel("a b") == "a%20b" != overzicht.uid_deel("a%20b") == "a%2520b"
    assert overzicht.uid_deel("é:\n") == "%C3%A9%3A%0A"


def test_een_client_zonder_iets_komends_staat_niet_in_de_agenda():
    result = lijst(client("klaar", eerste_ziektedag="8-1-2022"))
    assert "BEGIN:VEVENT" not in result["ics"] and rijen(result)["klaar"]["volgende"] is None


@pytest.mark.parametrize("params, veld, stukje", [
    ({}, "clienten", "als een lijst"),
    ({"clienten": "AB-1"}, "clienten", "als een lijst"),
    ({"clienten": [client(f"c{i}") for i in range(overzicht.MAX_CLIENTEN + 1)]}, "clienten", "ten hoogste 500"),
    ({"clienten": [client("AB-1"), 7]}, "clienten[1]", "Cliënt 2 is geen cliënt"),
    ({"clienten": [{"rekenhulp": "tijdlijn", "params": {}}]}, "clienten[0].label", "heeft geen label"),
    ({"clienten": [client("  ")]}, "clienten[0].label", "heeft geen label"),
    ({"clienten": [client(12)]}, "clienten[0].label", "heeft geen label"),
    ({"clienten": [client("x" * (overzicht.MAX_LABEL + 1))]}, "clienten[0].label", "langer dan 60 tekens"),
    ({"clienten": [client("AB-1"), client("AB-1")]}, "clienten[1].label", "staat vaker in de lijst"),
    ({"clienten": [client("AB-1", "wia_uitkering")]}, "clienten[0].rekenhulp", "Mijn tijdlijn of van de dossiercheck"),
    ({"clienten": [{"label": "AB-1", "params": {}}]}, "clienten[0].rekenhulp", "Mijn tijdlijn"),
])
def test_foute_lijst_geeft_een_nederlandse_melding(params, veld, stukje):
    meldingen = fouten({"vandaag": VANDAAG, **params})
    assert stukje in meldingen[veld], meldingen


def test_elke_fout_in_de_lijst_tegelijk():
    meldingen = fouten({"clienten": [{"params": {}}, client("AB-1", "qr"), client("CD-2")]})
    assert set(meldingen) == {"clienten[0].label", "clienten[1].rekenhulp"}


def test_vijfhonderd_clienten_mag():
    result = lijst(*(client(f"c{i:03}") for i in range(overzicht.MAX_CLIENTEN)))
    assert len(result["clienten"]) == overzicht.MAX_CLIENTEN and not any(r["ok"] for r in result["clienten"])


def test_een_lege_lijst_is_een_leeg_overzicht():
    result = lijst()
    assert result["clienten"] == [] and "BEGIN:VEVENT" not in result["ics"]
