"""Argument modules, facts and legal element frameworks."""
