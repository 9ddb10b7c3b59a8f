"""Indonesian news text -> structured record. Pure functions; never imports Pelican.

``extract_record(parsed)`` assembles a ``Record`` from small readers, one per field:

- ``dates``: publication stamps and event dates (``Sabtu (03/2/2024)``, bare weekdays);
- ``dateline``: ``PALANGKA RAYA -`` and kin, with any date written beside the place;
- ``units``: Polda/Polres/Polresta/Polsek/Satbrimob, normalised via the gazetteer;
- ``places``: kabupaten/kota by name, alias, seat or police unit, with listed counts;
- ``province``: weighed from Polda, province names, units, places and the dateline;
- ``officials``: ranked officers, rank normalised, degrees dropped, post attached;
- ``personnel`` and ``numbers``: deployment totals, breakdowns, hedges, TPS counts;
- ``elections``: pemilu-2024 / pilkada-2024 and the securing operation's full name;
- ``activities``: activity ids of ``arsip_core.model.ACTIVITIES``.
"""

from arsip_extract.record import extract_record

__all__ = ["extract_record"]
