"""Fixtures: the built site served by nginx and Caddy (see echte_servers.py). The browser fixtures are
tests/browser's own (this folder lies under it): one Playwright for the whole session, as a second one
inside the first one's event loop refuses to start."""

from __future__ import annotations

import pytest

from echte_servers import STARTERS, EchteServer


@pytest.fixture(scope="session", params=sorted(STARTERS))
def echte_server(request, site_map, tmp_path_factory):
    """nginx and Caddy in turn, each serving the built site for the whole session."""
    server = STARTERS[request.param](site_map, tmp_path_factory.mktemp(request.param))
    yield server
    server.stop()


@pytest.fixture
def eigen_echte_server(site_map, tmp_path):
    """Start a real server of one's own (a test that stops it or reads its whole log): `start("nginx")`."""
    gestart: list[EchteServer] = []

    def start(naam: str) -> EchteServer:
        map_ = tmp_path / naam
        map_.mkdir()
        gestart.append(STARTERS[naam](site_map, map_))
        return gestart[-1]
    yield start
    for server in gestart:
        server.stop()
