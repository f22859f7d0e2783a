"""The link to a calculation as a QR code, so a client can open the live timeline from a printout.

segno is pure Python and is shipped with the site as its own wheel (requirements-browser.txt), so
the code is made in the visitor's browser like every other result and the link never leaves it.
Error correction M survives a crease or a smudge on paper; the SVG has a viewBox and no size, so
print CSS decides how large it is, and a white background keeps it readable in dark mode.
"""

from __future__ import annotations

#: A QR code (version 40, level M) holds at most 2,331 bytes; a coach's link is far shorter.
MAX_LINK = 2000


def svg(tekst: str) -> str:
    """The QR code of `tekst` as inline SVG markup (no XML declaration).

    segno is imported here, at the first QR code, not with the calculators: with the sixty modules it
    brings (xml.sax pulls in urllib, http and email) it took about 0.4 s of a cold start, for a
    printout a visitor may never make.
    """
    import segno

    code = segno.make(tekst, error="m", micro=False, boost_error=False)
    return code.svg_inline(scale=1, border=4, omitsize=True, dark="#000", light="#fff",
                           svgclass="sw-qr", lineclass=None, title="QR-code van de link naar deze berekening")
