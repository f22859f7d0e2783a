"""The last seconds of a first start (issue #26): once every byte is in, Python still takes seconds to
start. The bar must not stand still then: both status regions (at the top of the form and beside the
button) say "Bijna klaar: de rekenhulp start…" with an indicator that moves by itself, or, for a reader
who asked for less motion, one that stands still while its words change. The status region beside the
button says the new phase once, not at every tick.

A recorder installed before the page loads writes down, at every change of the page, what each region
shows; the test reads that record once the answer is there."""

import pytest

from browserhulp import Wachter

pytestmark = pytest.mark.browser
KOP = "[data-resultaat] [data-kop]"
BIJNA_KLAAR = "Bijna klaar: de rekenhulp start"

# What each region shows, at every change of the page: the form's state, the region's visible text,
# whether an element in it that the reader can see runs a CSS animation, and the spoken status.
RECORDER = """
window.__regio = [];
window.__gezegd = [];
const zichtbaar = (el) => el.checkVisibility ? el.checkVisibility() : !!el.offsetParent;
const leg = () => {
  const form = document.querySelector("form[data-calculator]");
  if (!form) return;
  for (const [waar, regio] of [["boven", form.querySelector("[data-laden]")], ["knop", form.querySelector("[data-wacht]")]]) {
    if (!regio) continue;
    const elementen = [regio, ...regio.querySelectorAll("*")].filter(zichtbaar);
    const regel = {
      waar, t: Math.round(performance.now()), staat: form.dataset.state, zichtbaar: zichtbaar(regio),
      tekst: regio.innerText.trim(),
      animatie: elementen.some((el) => getComputedStyle(el).animationName !== "none"
        && el.getAnimations().some((a) => a.playState === "running")),
    };
    const vorige = __regio.filter((r) => r.waar === waar).at(-1);
    if (!vorige || ["staat", "zichtbaar", "tekst", "animatie"].some((k) => vorige[k] !== regel[k])) __regio.push(regel);
  }
  const melding = form.querySelector("[role=status][data-wacht-melding]");
  if (melding && (__gezegd.at(-1) ?? "") !== melding.textContent) __gezegd.push(melding.textContent);
};
new MutationObserver(leg).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
"""


@pytest.mark.parametrize("beweging", ["no-preference", "reduce"])
def test_na_de_laatste_byte_beweegt_de_rekenhulp_tot_python_klaar_is(browser, trage_server, beweging):
    server, basis = trage_server
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844}, reduced_motion=beweging)
    context.add_init_script(RECORDER)
    pagina = context.new_page()
    wachter = Wachter(basis)
    wachter.koppel(pagina)
    try:
        pagina.goto(f"{basis}/rekenhulp/tijdlijn/", wait_until="domcontentloaded")
        pagina.wait_for_selector("form[data-calculator][data-gekoppeld]", timeout=30_000)
        pagina.fill('[data-veld="ziekteperiodes[0].van"]', "10-3-2025")
        pagina.click("button[type=submit]")  # while the bytes still come in (the link is slow)
        pagina.wait_for_selector(KOP, timeout=180_000)
        regio = pagina.evaluate("window.__regio")
        gezegd = pagina.evaluate("window.__gezegd")
        wachter.controleer(pagina)
    finally:
        context.close()

    for waar in ("boven", "knop"):
        eigen = [r for r in regio if r["waar"] == waar and r["staat"] == "loading" and r["zichtbaar"]]
        start = [r for r in eigen if BIJNA_KLAAR in r["tekst"]]
        assert start, f"{waar}: nooit '{BIJNA_KLAAR}…' na de laatste byte: {[r['tekst'] for r in eigen]}"
        # The bytes were counted first; the new phase comes after the last of them.
        bytes_ = [i for i, r in enumerate(eigen) if "Rekenhulp laden:" in r["tekst"] and " MB" in r["tekst"]]
        if waar == "boven":
            assert bytes_, f"{waar}: geen voortgang in MB: {[r['tekst'] for r in eigen]}"
        if bytes_:
            assert bytes_[-1] < eigen.index(start[0])
        if beweging == "reduce":
            assert not [r for r in start if r["animatie"]], f"{waar}: beweegt ondanks 'minder beweging'"
            # Standing still, the words say that time goes on.
            assert len({r["tekst"] for r in start}) >= 2, f"{waar}: de woorden blijven gelijk: {start}"
        else:
            assert all(r["animatie"] for r in start), f"{waar}: niets beweegt terwijl Python start: {start}"

    # The status region beside the button speaks the phase change once, not every tick of the counter.
    gesproken = [tekst for tekst in gezegd if tekst]
    assert gesproken[0].startswith("Even geduld"), gezegd
    assert [tekst for tekst in gesproken if BIJNA_KLAAR in tekst] == [gesproken[1]], gezegd
    assert len(gesproken) == 2, gezegd
    assert gezegd[-1] == "", gezegd  # cleared once the answer is there
