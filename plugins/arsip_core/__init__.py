"""Shared library of the archive's plugins: records, settings and reference data.

Not a Pelican plugin itself: it has no ``register()``.
"""
