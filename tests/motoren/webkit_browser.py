#!/usr/bin/python3
"""A minimal WebKitGTK browser for WebKitWebDriver, run by Debian's python3 (PyGObject, WebKit2 4.1).

Why not the stock MiniBrowser: it runs a private (ephemeral) profile, in which WebKit prints no
console messages, and its window cannot be narrower than 447 px. This
one keeps a normal profile in the folder given by `--profiel`, writes every console message of
pages and workers to the file given by `--console` (the tests read it: a console error or a CSP
warning fails them), and opens its view at the phone size given by `--breedte`/`--hoogte`.
WebKitWebDriver starts it with `--automation` plus the arguments of `webkitgtk:browserOptions`.
"""

import argparse
import os

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

parser = argparse.ArgumentParser()
parser.add_argument("--automation", action="store_true")
parser.add_argument("--profiel", required=True)
parser.add_argument("--console", required=True)
parser.add_argument("--breedte", type=int, default=390)
parser.add_argument("--hoogte", type=int, default=844)
args, _ = parser.parse_known_args()

# WebKit writes console messages to the standard output of its web processes, which inherit ours.
log = os.open(args.console, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
os.dup2(log, 1)

data = WebKit2.WebsiteDataManager(base_data_directory=os.path.join(args.profiel, "data"),
                                  base_cache_directory=os.path.join(args.profiel, "cache"))
context = WebKit2.WebContext(website_data_manager=data)
context.set_automation_allowed(True)


def nieuw_venster(_sessie):
    instellingen = WebKit2.Settings(enable_write_console_messages_to_stdout=True)
    view = WebKit2.WebView(web_context=context, settings=instellingen, is_controlled_by_automation=True)
    venster = Gtk.Window()
    venster.set_default_size(args.breedte, args.hoogte)
    venster.add(view)
    venster.show_all()
    return view


def automatisering(_context, sessie):
    info = WebKit2.ApplicationInfo()
    info.set_name("spoorwijzer-test")
    info.set_version(1, 0, 0)
    sessie.set_application_info(info)
    sessie.connect("create-web-view", nieuw_venster)


context.connect("automation-started", automatisering)
Gtk.main()
