"""Letters to legislators: recipients from the congress-legislators data (``congress``,
``recipients``), the people who send and sign (``people``), which letters a spec makes
(``plan``), and the batch that writes them (``merge``: ``workers``, ``staging``, ``manifest``)."""
