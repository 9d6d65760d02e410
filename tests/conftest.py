"""Shared test setup: this folder is on sys.path, so tests import its support modules by name."""
