#!/usr/bin/python3
"""A minimal WebKitGTK browser for WebKitWebDriver, run by Debian's python3 (PyGObject, WebKit2 4.1).

Why not the stock MiniBrowser: it runs a private (ephemeral) profile, in which WebKit prints no
console messages, and its window cannot be narrower than 447 px. This one keeps a normal profile in
the folder given by `--profiel`, writes the pages' console errors, uncaught errors and CSP
violations to the file given by `--console` (the tests read it: any line fails them), and opens its
view at the phone size given by `--breedte`/`--hoogte`.
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

# WebKit prints console messages to stdout only for a view that no automation controls (tried: with
# WebKitWebDriver nothing arrives, in a pipe, a file or a pty). So a user script at document start
# reports what a page should never produce: console errors, uncaught errors and rejections, and
# Content-Security-Policy violations, through a script message handler, into the file.
BRUG = """(() => {
  const meld = (tekst) => { try { window.webkit.messageHandlers.spoorwijzer.postMessage(tekst); } catch (e) {} };
  const fout = console.error;
  console.error = function (...delen) { meld(`CONSOLE JS ERROR ${delen.map(String).join(" ")}`); return fout.apply(this, delen); };
  addEventListener("error", (e) => meld(`CONSOLE JS ERROR ${e.message}`));
  addEventListener("unhandledrejection", (e) => meld(`CONSOLE JS ERROR unhandled rejection: ${e.reason}`));
  document.addEventListener("securitypolicyviolation", (e) =>
    meld(`CONSOLE SECURITY ERROR Content-Security-Policy ${e.violatedDirective}: ${e.blockedURI}`));
})();"""
log = open(args.console, "a", buffering=1, encoding="utf-8")


def ontvang(_beheer, waarde):
    waarde = waarde.get_js_value() if hasattr(waarde, "get_js_value") else waarde
    log.write(waarde.to_string() + "\n")


data = WebKit2.WebsiteDataManager(base_data_directory=os.path.join(args.profiel, "data"),
                                  base_cache_directory=os.path.join(args.profiel, "cache"))
context = WebKit2.WebContext(website_data_manager=data)
context.set_automation_allowed(True)


def nieuw_venster(_sessie):
    beheer = WebKit2.UserContentManager()
    beheer.connect("script-message-received::spoorwijzer", ontvang)
    beheer.register_script_message_handler("spoorwijzer")
    beheer.add_script(WebKit2.UserScript.new(BRUG, WebKit2.UserContentInjectedFrames.ALL_FRAMES,
                                         WebKit2.UserScriptInjectionTime.START, None, None))
    view = WebKit2.WebView(web_context=context, user_content_manager=beheer, is_controlled_by_automation=True)
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
