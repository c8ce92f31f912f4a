"""Readers for files exported by other programs (vCard, Daylio, ActivityWatch, Companion's own JSON)."""
