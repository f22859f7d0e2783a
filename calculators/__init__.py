"""Spoorwijzer calculators: the rules of long-term sick leave as data, and pure functions over them."""
