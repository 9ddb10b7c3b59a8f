"""Indonesian news text -> structured record. Pure functions; never imports Pelican."""

from arsip_extract.record import extract_record

__all__ = ["extract_record"]
