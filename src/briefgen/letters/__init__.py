"""Letters to legislators: recipients from the congress-legislators data (``congress``,
``recipients``), the people who send and sign (``people``), one letter's parties (``envelope``)
and which letters a spec makes (``plan``). The batch that writes them is :mod:`briefgen.batch`."""
