"""`python -m bouw [--generator mkdocs|zensical] [--site-dir site]`: the whole build with either generator.

MkDocs runs the steps itself through `hooks/mkdocs.py`. Zensical reads the same `mkdocs.yml` but
ignores `hooks:`, so here the steps run around it: render the sources, let Zensical build from a copy
of the settings that points at them, finish the site. Both outputs get the same guarantees.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from . import BouwFout, na, voor

ROOT = Path(__file__).resolve().parent.parent


#: Zensical's project: the folder of its settings file. It builds only inside it and keeps its own cache
#: in `.cache/` there (cleaning it with --clean), so it gets a folder of its own next to the rendered
#: sources, with links to the theme overrides and the snippets; the result is moved to the site folder.
ZENSICAL = voor.BRON.parent
ZENSICAL_UIT = ZENSICAL / "zensical-site"


def zensical_instellingen() -> Path:
    """mkdocs.yml for Zensical: the rendered sources, absolute paths, no hooks (it would skip them
    silently anyway; leaving them out says so)."""
    instellingen = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.SafeLoader)
    instellingen.pop("hooks", None)
    instellingen["docs_dir"] = voor.bereid_voor(ROOT / "docs").relative_to(ZENSICAL).as_posix()
    instellingen["site_dir"] = ZENSICAL_UIT.relative_to(ZENSICAL).as_posix()
    for map_ in (instellingen["theme"]["custom_dir"], "includes"):
        if not (ZENSICAL / map_).exists():
            (ZENSICAL / map_).symlink_to(ROOT / map_, target_is_directory=True)
    pad = ZENSICAL / "zensical.yml"
    pad.write_text(yaml.safe_dump(instellingen, allow_unicode=True, sort_keys=False), "utf-8")
    return pad


def bouw(generator: str, site: Path) -> None:
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    if generator == "mkdocs":
        opdracht = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(site)]
    else:
        opdracht = [sys.executable, "-m", "zensical", "build", "--clean", "-f", str(zensical_instellingen())]
    proces = subprocess.run(opdracht, cwd=ROOT if generator == "mkdocs" else ZENSICAL, env=omgeving)
    if proces.returncode != 0:
        raise BouwFout(f"{generator} build faalde (exit {proces.returncode})")
    if generator != "mkdocs":
        shutil.rmtree(site, ignore_errors=True)
        shutil.move(ZENSICAL_UIT, site)
        na.werk_af(site)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bouw", description=__doc__.splitlines()[0])
    parser.add_argument("--generator", choices=("mkdocs", "zensical"), default="mkdocs")
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    args = parser.parse_args()
    try:
        bouw(args.generator, args.site_dir.resolve())
    except BouwFout as fout:
        print(f"bouw: {fout}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
