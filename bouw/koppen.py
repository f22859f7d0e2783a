"""The headers a host sends with the site, as data: the one source of the nginx and Caddy
configurations in `deploy/`, of the `_headers` file (Netlify, Cloudflare Pages) and of the local
test server (`scripts/statische_server.py`).

* `TYPEN`: the Content-Type of every kind of file the built site holds (a build step fails on a kind
  it does not know, so a new kind cannot go out with a host's guess);
* `VERSIEBESTAND`: the files whose name changes with their content, sent `IMMUTABLE`; every other
  file `NIET_BEWAREN` (no-cache: a visitor gets new rules as soon as they are published);
* `BEVEILIGING`: the security headers of every response, with the page's own Content-Security-Policy
  (`bouw/csp.py`, read from the built page) plus `frame-ancestors 'none'`, which a `<meta>` cannot carry;
* `HSTS`: noted, commented out, for a deployment on HTTPS only.

`schrijf_headers(site)` is a build step: it writes `site/_headers`, and `deploy/nginx.conf`,
`deploy/Caddyfile` and `deploy/_headers` beside the site (not committed: they carry each build's policy
hashes and hashed file names); `python -m bouw.koppen site` does the same for a site built earlier.
`tests/browser/servers/` serves the site through nginx and Caddy with exactly those files.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TYPEN = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".json": "application/json",
    ".map": "application/json",
    ".webmanifest": "application/manifest+json",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    ".wasm": "application/wasm",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".ics": "text/calendar",
    ".gz": "application/gzip",
    ".br": "application/octet-stream",
}
#: Files a host must not hand out: the build's own notes for hosts.
VERBORGEN = ("/_headers",)

VERSIEBESTAND = re.compile(r"^/assets/(pyodide/[^/]+|py/[0-9a-f]{16})/|\.[0-9a-f]{16}\.(mjs|css|svg)$"
                           r"|^/assets/(stylesheets|javascripts)/.*\.[0-9a-f]{8}\.min\.(css|js)$")
IMMUTABLE = "public, max-age=31536000, immutable"
NIET_BEWAREN = "no-cache"

#: Powerful features the site does not use, denied to it and to anything it might embed. Web Share
#: (the share button) and the clipboard (copy the link) stay allowed; every name here is one
#: Chromium knows (an unknown name is an error in its console).
GEWEIGERD = ("accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen",
             "geolocation", "gyroscope", "hid", "idle-detection", "magnetometer", "microphone", "midi",
             "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial",
             "usb", "xr-spatial-tracking")
HSTS = "max-age=31536000"

CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">')


def csp_van(site: Path) -> str:
    """The policy of the built pages (`bouw/csp.py` gives every page the same one)."""
    treffer = CSP_META.search((site / "index.html").read_text("utf-8"))
    if not treffer:
        raise ValueError(f"geen Content-Security-Policy in {site / 'index.html'}")
    return treffer.group(1)


def beveiliging(csp: str) -> dict[str, str]:
    """The security headers of every response."""
    return {
        "Content-Security-Policy": f"{csp}; frame-ancestors 'none'",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "Permissions-Policy": ", ".join(f"{naam}=()" for naam in GEWEIGERD),
    }


def cache_control(pad: str) -> str:
    """The Cache-Control of a URL path (without its query)."""
    return IMMUTABLE if VERSIEBESTAND.search(pad) else NIET_BEWAREN


def onbekende_soorten(site: Path) -> set[str]:
    return {p.suffix for p in site.rglob("*") if p.is_file() and p.suffix and p.suffix not in TYPEN}


KOP = ("Spoorwijzer: {wat}. Made by the build (bouw/koppen.py) from this build's files and "
       "Content-Security-Policy; made again with every build, so do not edit by hand.")


def nginx(csp: str) -> str:
    """A server block for nginx (Debian: /etc/nginx/sites-available/), serving the site's `.br`/`.gz` copies."""
    def koppen(cache: str) -> str:
        regels = [f'        add_header {naam} "{waarde}" always;' for naam, waarde in beveiliging(csp).items()]
        regels.append(f'        add_header Cache-Control "{cache}" always;')
        regels.append(f'        # HTTPS only: add_header Strict-Transport-Security "{HSTS}" always;')
        return "\n".join(regels)
    typen: dict[str, list[str]] = {}
    for soort, type_ in TYPEN.items():
        if soort not in (".gz", ".br"):
            typen.setdefault(type_, []).append(soort[1:])
    typenblok = "\n".join(f"        {type_} {' '.join(soorten)};" for type_, soorten in typen.items())
    verborgen = "\n".join(f"    location = {pad} {{ return 404; }}" for pad in VERBORGEN)
    return f"""# {KOP.format(wat="nginx")}
# Debian: apt install nginx libnginx-mod-http-brotli-static (the module loads through
# /etc/nginx/modules-enabled/); put this file in /etc/nginx/sites-available/, link it into
# sites-enabled/, set `root` to the uploaded site/ folder, then `nginx -t && systemctl reload nginx`.
# nginx replaces every add_header of an outer block by those of a location, so each location lists them all.
server {{
    listen 80;
    listen [::]:80;
    server_name _;
    root /srv/spoorwijzer/site;
    index index.html;
    absolute_redirect off;
    server_tokens off;

    types {{
{typenblok}
    }}
    default_type application/octet-stream;

    # The build's .br and .gz copies, sent by the request's Accept-Encoding, with Vary: Accept-Encoding.
    brotli_static on;
    gzip_static on;
    gzip_vary on;

    error_page 404 /404.html;
{verborgen}

    location ~ "{VERSIEBESTAND.pattern}" {{
{koppen(IMMUTABLE)}
    }}

    location / {{
{koppen(NIET_BEWAREN)}
    }}
}}
"""


def caddy(csp: str) -> str:
    """A Caddyfile (Caddy 2, Debian `caddy`) that serves the site's `.br`/`.gz` copies."""
    koppen = "\n".join(f'\t\t{naam} "{waarde}"' for naam, waarde in beveiliging(csp).items())
    typen = "\n".join(f'\t@type{soort.replace(".", "_")} path *{soort}\n\theader @type{soort.replace(".", "_")} '
                      f'Content-Type "{type_}"' for soort, type_ in TYPEN.items() if soort not in (".gz", ".br"))
    verborgen = " ".join(VERBORGEN)
    return f"""# {KOP.format(wat="Caddy")}
# Debian: apt install caddy; replace /etc/caddy/Caddyfile by this file, set the site's address (a
# domain name gives HTTPS by itself) and `root`, then `systemctl reload caddy`.
:80 {{
\troot * /srv/spoorwijzer/site
\theader {{
{koppen}
\t\t# Also on a plain answer, as on the .br/.gz ones: a cache must keep them apart (? = unless set).
\t\t?Vary "Accept-Encoding"
\t\t# HTTPS only: Strict-Transport-Security "{HSTS}"
\t}}
\t@immutable path_regexp immutable "{VERSIEBESTAND.pattern}"
\theader @immutable Cache-Control "{IMMUTABLE}"
\t@anders not path_regexp anders "{VERSIEBESTAND.pattern}"
\theader @anders Cache-Control "{NIET_BEWAREN}"
{typen}
\trespond {verborgen} 404
\tfile_server {{
\t\t# The build's .br and .gz copies, sent by the request's Accept-Encoding, with Vary: Accept-Encoding.
\t\tprecompressed br gzip
\t}}

\t# The site's own 404 page, with the same headers (error routes do not run the ones above).
\thandle_errors {{
\t\troot * /srv/spoorwijzer/site
\t\theader {{
{koppen.replace(chr(10) + chr(9) + chr(9), chr(10) + chr(9) * 3).replace(chr(9) * 2, chr(9) * 3, 1)}
\t\t\tCache-Control "{NIET_BEWAREN}"
\t\t}}
\t\trewrite * /404.html
\t\tfile_server {{
\t\t\tprecompressed br gzip
\t\t}}
\t}}
}}
"""


def headers_bestand(csp: str, site: Path) -> str:
    """`_headers` (Netlify, Cloudflare Pages): both apply every rule whose path matches and join the
    values of a header set twice, so Cache-Control goes only on the versioned files (listed from the
    built site); every other file keeps the host's default, `public, max-age=0, must-revalidate`,
    which like no-cache asks the host each time."""
    regels = [f"# {KOP.format(wat='_headers for Netlify and Cloudflare Pages')}", "/*"]
    regels += [f"  {naam}: {waarde}" for naam, waarde in beveiliging(csp).items()]
    regels.append(f"  # HTTPS only (both hosts serve HTTPS): Strict-Transport-Security: {HSTS}")
    paden: set[str] = set()
    for bestand in sorted(site.rglob("*")):
        if not bestand.is_file():
            continue
        pad = "/" + bestand.relative_to(site).as_posix()
        map_ = re.match(r"^/assets/(pyodide/[^/]+|py/[0-9a-f]{16})/", pad)
        if map_:
            paden.add(map_.group(0) + "*")
        elif VERSIEBESTAND.search(pad):
            paden.add(pad)
    for pad in sorted(paden):
        regels += ["", pad, f"  Cache-Control: {IMMUTABLE}"]
    return "\n".join(regels) + "\n"


def schrijf_headers(site: Path) -> None:
    """Build step: `site/_headers`, and the servers' configurations in `deploy/` beside the site. They carry
    this build's policy hashes and hashed file names, so they are made with every build and never committed."""
    from . import BouwFout
    onbekend = onbekende_soorten(site)
    if onbekend:
        raise BouwFout(f"bestandssoorten zonder Content-Type in bouw/koppen.py (TYPEN): {sorted(onbekend)}")
    bestanden = configuraties(site)
    (site / "_headers").write_text(bestanden["_headers"], "utf-8")
    deploy = site.parent / "deploy"
    deploy.mkdir(exist_ok=True)
    for naam, tekst in bestanden.items():
        (deploy / naam).write_text(tekst, "utf-8")


def configuraties(site: Path) -> dict[str, str]:
    """The files of `deploy/`, as this module makes them of the built `site`."""
    csp = csp_van(site)
    return {"nginx.conf": nginx(csp), "Caddyfile": caddy(csp), "_headers": headers_bestand(csp, site)}


def main() -> None:
    """`python -m bouw.koppen [site]`: the same files again from a site built earlier."""
    schrijf_headers(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site"))


if __name__ == "__main__":
    main()
