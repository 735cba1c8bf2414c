"""Mibu (密簿): the secrecy clerk's encrypted register."""

__version__ = "0.1.0"
