"""Troth keeps the promises of a privacy statement in code."""

__version__ = "0.1.0"
