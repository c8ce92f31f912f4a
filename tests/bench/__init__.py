"""Smoke tests for the benchmark harness (no timing assertions)."""
