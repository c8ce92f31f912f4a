"""Delivering gentle nudges: a timer that asks the planner, and a chain of ways to show them."""
