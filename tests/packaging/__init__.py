"""Tests of the packaging files: ids, metadata, icons, installer scripts and the frozen app."""
