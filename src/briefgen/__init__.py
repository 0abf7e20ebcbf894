"""briefgen: assemble legal briefs from argument modules and an authorities database."""

__version__ = "0.1.0"
