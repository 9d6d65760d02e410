"""The test suite, one folder per behaviour (README.md); a package, so its modules import each other by full name."""
