"""Mood widgets: the quick logger, the entry dialog, charts, the year in pixels, journal and import."""
