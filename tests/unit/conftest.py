"""Hypothesis without per-example deadlines: these tests also run inside Pyodide and beside the
browser tests on a two-core machine, where timing says nothing about correctness."""

from hypothesis import settings

settings.register_profile("spoorwijzer", deadline=None)
settings.load_profile("spoorwijzer")
