"""Build step: a Content-Security-Policy in every page, without 'unsafe-inline' for scripts.

The theme has a few small inline scripts (palette, local storage scope). Their SHA-256 hashes are
computed from the built pages and allowed by hash. Because Material's instant navigation keeps the
first page's policy while it swaps in later pages, every page gets the union of all hashes.
'wasm-unsafe-eval' is the one exception the policy makes, for Pyodide's WebAssembly. Fetch directives
that would only repeat `default-src 'self'` are left out: WebKit warns on every page about one it
does not know (`manifest-src`), and the CSP falls back to default-src for it anyway. The policy is
a <meta> tag so that any static host serves it unchanged; it goes first in <head>, before any script.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", re.S)


def _hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def beleid(hashes: list[str]) -> str:
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' 'wasm-unsafe-eval' {' '.join(hashes)}".strip(),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ])


def zet_beleid(site: Path) -> None:
    paginas = list(site.rglob("*.html"))
    teksten = {pad: pad.read_text("utf-8") for pad in paginas}
    hashes = sorted({_hash(script) for tekst in teksten.values() for script in INLINE_SCRIPT.findall(tekst)})
    meta = f'<meta http-equiv="Content-Security-Policy" content="{beleid(hashes)}">'
    for pad, tekst in teksten.items():
        if "<head>" in tekst:
            pad.write_text(tekst.replace("<head>", f"<head>\n{meta}", 1), "utf-8")
