"""A mail merge's batch, over the pipeline: the letters a plan makes, written by workers
(``workers``) into a fresh folder swapped in whole (``staging``), with ``manifest.csv``
(``manifest``); ``merge`` runs it, whole or one share."""
