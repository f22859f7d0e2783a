"""Real web servers for the built site: nginx (with Debian's brotli module) and Caddy, each with
the configuration the build wrote into `deploy/` (or another build's), started as an ordinary process
on a free port (or a given one, for a restart) with all its files (pid, logs, temporary folders) in a
temporary folder, and stopped after. Only the address and the site's folder are put into the
configuration; everything else is what a host would run.
"""

from __future__ import annotations

import getpass
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so")


def _laad(naam: str, pad: Path):
    spec = importlib.util.spec_from_file_location(naam, pad)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


browser_conftest = _laad("browser_conftest", ROOT / "tests" / "browser" / "conftest.py")
Wachter = browser_conftest.Wachter


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class EchteServer:
    naam: str
    basis: str
    toegangslog: Path
    proces: subprocess.Popen
    site: Path
    map_: Path
    poort: int
    deploy: Path  # the build's deploy/ folder whose configuration it runs

    def opnieuw(self, deploy: Path | None = None) -> EchteServer:
        """Stop this server (if it still runs) and start the same one on the same port, with the
        configuration of `deploy` (another build's deploy/ folder) or the one it had: a host's restart
        after a deploy. The browser's origin, and with it its service worker and caches, stay."""
        self.stop()
        return STARTERS[self.naam](self.site, self.map_, poort=self.poort, deploy=deploy or self.deploy)

    def stop(self) -> None:
        if self.proces.poll() is None:
            self.proces.terminate()
            try:
                self.proces.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proces.kill()
                self.proces.wait()

    def log(self) -> str:
        return self.toegangslog.read_text("utf-8") if self.toegangslog.exists() else ""


def _wacht_op(poort: int, proces: subprocess.Popen, uitvoer: Path) -> None:
    einde = time.monotonic() + 20
    while time.monotonic() < einde:
        if proces.poll() is not None:
            raise RuntimeError(f"server stopte meteen:\n{uitvoer.read_text(errors='replace')[-3000:]}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", poort)) == 0:
                return
        time.sleep(0.05)
    proces.kill()
    raise RuntimeError(f"server luistert niet op {poort}:\n{uitvoer.read_text(errors='replace')[-3000:]}")


def start_nginx(site: Path, map_: Path, poort: int | None = None, deploy: Path | None = None) -> EchteServer:
    """`nginx -c <conf> -p <map> -g 'daemon off;'` with deploy/nginx.conf as its one server block; on a
    free port unless `poort` is given, with the configuration of `deploy` (default: beside the site)."""
    if not shutil.which("nginx") or not BROTLI_MODULE.exists():
        pytest.fail("nginx of libnginx-mod-http-brotli-static ontbreekt: draai scripts/setup")
    poort, deploy = poort or vrije_poort(), deploy or site.parent / "deploy"
    blok = (deploy / "nginx.conf").read_text("utf-8")
    blok, n = re.subn(r"^\s*listen 80;\n\s*listen \[::\]:80;\n", f"    listen 127.0.0.1:{poort};\n", blok, flags=re.M)
    assert n == 1, "deploy/nginx.conf: de regels `listen 80;` en `listen [::]:80;` niet gevonden"
    blok, n = re.subn(r"^(\s*root) .*;$", rf"\1 {site};", blok, flags=re.M)
    assert n == 1, "deploy/nginx.conf: de regel `root …;` niet gevonden"
    (map_ / "spoorwijzer.conf").write_text(blok, "utf-8")
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (map_ / sub).mkdir(exist_ok=True)
    gebruiker = f"user {getpass.getuser()};\n" if os.geteuid() == 0 else ""
    (map_ / "nginx.conf").write_text(f"""{gebruiker}worker_processes 1;
pid {map_}/nginx.pid;
error_log {map_}/error.log;
load_module {BROTLI_MODULE};
events {{ worker_connections 512; }}
http {{
    access_log {map_}/access.log;
    client_body_temp_path {map_}/body;
    proxy_temp_path {map_}/proxy;
    fastcgi_temp_path {map_}/fastcgi;
    uwsgi_temp_path {map_}/uwsgi;
    scgi_temp_path {map_}/scgi;
    sendfile on;
    include {map_}/spoorwijzer.conf;
}}
""", "utf-8")
    uitvoer = map_ / "uitvoer.txt"
    with open(uitvoer, "wb") as f:
        proces = subprocess.Popen(["nginx", "-e", str(map_ / "error.log"), "-c", str(map_ / "nginx.conf"),
                                   "-p", str(map_), "-g", "daemon off;"], stdout=f, stderr=subprocess.STDOUT)
    _wacht_op(poort, proces, map_ / "error.log" if (map_ / "error.log").exists() else uitvoer)
    return EchteServer("nginx", f"http://127.0.0.1:{poort}", map_ / "access.log", proces, site, map_, poort, deploy)


def start_caddy(site: Path, map_: Path, poort: int | None = None, deploy: Path | None = None) -> EchteServer:
    """`caddy run` with deploy/Caddyfile, its admin endpoint and automatic HTTPS off; port and
    configuration as for start_nginx."""
    if not shutil.which("caddy"):
        pytest.fail("caddy ontbreekt: draai scripts/setup")
    poort, deploy = poort or vrije_poort(), deploy or site.parent / "deploy"
    tekst = (deploy / "Caddyfile").read_text("utf-8")
    tekst, n = re.subn(r"^:80 \{$", f"http://127.0.0.1:{poort} {{\n\tlog {{\n\t\toutput file {map_}/access.log\n\t}}",
                       tekst, flags=re.M)
    assert n == 1, "deploy/Caddyfile: het adres `:80 {` niet gevonden"
    tekst = tekst.replace("root * /srv/spoorwijzer/site", f"root * {site}")
    globaal = f"{{\n\tadmin off\n\tauto_https off\n\tstorage file_system {map_}/data\n}}\n\n"
    (map_ / "Caddyfile").write_text(globaal + tekst, "utf-8")
    omgeving = {**os.environ, "HOME": str(map_), "XDG_DATA_HOME": str(map_ / "data"),
                "XDG_CONFIG_HOME": str(map_ / "config")}
    uitvoer = map_ / "uitvoer.txt"
    with open(uitvoer, "wb") as f:
        proces = subprocess.Popen(["caddy", "run", "--config", str(map_ / "Caddyfile"), "--adapter", "caddyfile"],
                                  stdout=f, stderr=subprocess.STDOUT, env=omgeving)
    _wacht_op(poort, proces, uitvoer)
    return EchteServer("caddy", f"http://127.0.0.1:{poort}", map_ / "access.log", proces, site, map_, poort, deploy)


STARTERS = {"nginx": start_nginx, "caddy": start_caddy}
