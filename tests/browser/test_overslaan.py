"""The skip link used at once (issue #17): the first Tab stop is Material's "Ga naar inhoud"; Tab and
Enter right after the page opens, on a slow phone, put focus and view on the main content, and they
stay there when Material's bundle arrives (assets/js/thema.js loads it at that first key)."""

import pytest

pytestmark = pytest.mark.browser
# The tester's slow 4G (1.6 Mbit/s down, 150 ms round trip) on a phone with a 4× slower CPU.
TRAAG_4G = {"offline": False, "latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
OP_DE_INHOUD = """() => {
    const doel = document.getElementById(decodeURIComponent(new URL(document.querySelector(".md-skip").href).hash.slice(1)));
    const kop = document.querySelector(".md-header").getBoundingClientRect();
    const plek = doel.getBoundingClientRect();
    return {
        focus: document.activeElement === doel && !!doel.closest(".md-content"),
        actief: document.activeElement.outerHTML.slice(0, 80),
        in_beeld: plek.top >= kop.bottom - 1 && plek.bottom <= innerHeight,
        boven: Math.round(plek.top),
    };
}"""


@pytest.mark.parametrize("pad", ["poortwachter/", "rekenhulp/tijdlijn/"])
def test_tab_en_enter_meteen_na_openen_brengen_naar_de_inhoud(browser, basis_url, pad):
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    pagina = context.new_page()
    fouten = []
    pagina.on("pageerror", lambda e: fouten.append(str(e)))
    # Material's bundle is held back until the skip link has been used: the reader is faster than the line.
    vastgehouden = []
    pagina.route("**/assets/javascripts/bundle.*.min.js", lambda route: vastgehouden.append(route))
    try:
        cdp = context.new_cdp_session(pagina)
        cdp.send("Network.enable")
        cdp.send("Network.emulateNetworkConditions", TRAAG_4G)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
        pagina.goto(f"{basis_url}/{pad}", wait_until="domcontentloaded")
        pagina.keyboard.press("Tab")
        assert pagina.evaluate("document.activeElement.matches('.md-skip')")
        pagina.keyboard.press("Enter")
        pagina.wait_for_timeout(300)
        assert pagina.evaluate("window.document$") is None  # the bundle has not run yet
        direct = pagina.evaluate(OP_DE_INHOUD)
        assert direct["focus"] and direct["in_beeld"], direct

        assert vastgehouden, "thema.js vroeg de bundle niet op bij de eerste toets"
        vastgehouden[0].continue_()
        pagina.wait_for_function("() => window.document$ !== undefined", timeout=30_000)
        pagina.wait_for_timeout(1_500)  # Material mounts its components and restores the position
        na = pagina.evaluate(OP_DE_INHOUD)
        assert na["focus"] and na["in_beeld"], na
        assert abs(na["boven"] - direct["boven"]) <= 2, (direct, na)
        # The next Tab goes on inside the content, not back to the header.
        pagina.keyboard.press("Tab")
        assert pagina.evaluate("!!document.activeElement.closest('.md-content')"), \
            pagina.evaluate("document.activeElement.outerHTML.slice(0, 80)")
        assert not fouten, fouten
    finally:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": 1})
        context.close()
