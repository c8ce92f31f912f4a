"""Whole-session proofs: no plaintext left behind, no network, importers that fail cleanly."""
