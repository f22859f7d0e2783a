"""The only MkDocs hook: runs the site's own build steps (`bouw/`) around MkDocs.

`on_config` renders `docs/` into `.bouw/docs` and points MkDocs there, so both `mkdocs build` and
every rebuild of `mkdocs serve` (which watches `docs/`, see mkdocs.yml) read freshly rendered pages;
`on_post_build` finishes the built site. A step's `BouwFout` becomes MkDocs' own error, so the build
stops with the step's message.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bouw import BouwFout, na, voor  # noqa: E402


def on_config(config):
    try:
        config["docs_dir"] = str(voor.bereid_voor(Path(config["docs_dir"])))
    except BouwFout as fout:
        raise PluginError(str(fout)) from fout
    return config


def on_post_build(config):
    try:
        na.werk_af(Path(config["site_dir"]))
    except BouwFout as fout:
        raise PluginError(str(fout)) from fout
