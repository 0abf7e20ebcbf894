"""The authorities database: native YAML records, CSL-JSON and BibTeX, one model."""
