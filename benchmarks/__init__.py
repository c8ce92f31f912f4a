"""`make bench`: start-up, latency, chart paint, memory and import figures on a heavy user's profile.

Benchmarks are not tests: they measure and print; nothing here asserts on time.
"""
