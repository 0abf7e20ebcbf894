"""Readers turn user text into the document model; they never format citations."""
