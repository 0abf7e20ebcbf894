"""The mail merge: one letter per recipient, in parallel over the CPU cores.

Modules, authorities and facts are parsed once per worker process (a forkserver starts
the workers clean, so no thread of the parent, Typst's included, is copied half-way);
each file is written atomically and the manifest last, so an interrupted batch leaves no
half-written file and no manifest that lies.
"""
from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefgen.errors import BriefgenError, Report, UsageError
from briefgen.letters.recipients import Recipient, recipients_for


@dataclass
class Batch:
    folder: Path
    rows: list = field(default_factory=list)
    files: list = field(default_factory=list)
    combined: Path | None = None
    manifest: Path | None = None

    def result(self, brief: Path):
        from briefgen.results import BuildResult

        return BuildResult(brief, tuple(self.files), len(self.rows), 0, 0, (), self.manifest, self.folder)


def is_mail_merge(spec) -> bool:
    """A letter whose spec names ``recipients:`` is a mail merge: one letter per recipient."""
    return spec.kind == "letter" and "recipients" in spec.extra


def is_mail_merge_file(path: Path) -> bool:
    """:func:`is_mail_merge` for a spec file; a spec that does not load is not (the build reports it)."""
    from briefgen.spec import load_spec

    try:
        return is_mail_merge(load_spec(path))
    except BriefgenError:
        return False
    except OSError:
        return False


def parse_shard(text: str | None) -> tuple[int, int]:
    if not text:
        return 1, 1
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise UsageError(f"--shard must be K/N, not '{text}'", code="shard") from None
    if not 1 <= k <= n:
        raise UsageError(f"--shard {text}: K must be between 1 and N", code="shard")
    return k, n


def _letter(spec_path: str, number: int, recipient: Recipient, formats: tuple, folder: str, combined: bool) -> dict:
    """Build one letter (runs in a worker process); with ``combined``, also return its Typst body."""
    from briefgen.pipeline import prepare, write

    report = Report()
    built = prepare(Path(spec_path), report, recipient=recipient)
    report.raise_if_errors()
    files = write(built, formats, Path(folder), stem=f"{number:03d}-{recipient.slug}").files
    source = ""
    if combined:
        from briefgen.writers.typst import render_body

        source = render_body(built.document)
    return {"number": number, "recipient": recipient.name, "bioguide": recipient.bioguide,
            "files": [str(f) for f in files], "salutation": recipient.salutation,
            "warnings": "; ".join(recipient.warnings), "typst": source}


def run(spec_path: Path, formats, out_dir: Path, legislators: str | None = None, shard: str | None = None,
        combined: bool = False, jobs: int | None = None, progress=None) -> Batch:
    """Build the letters; ``progress`` (a console's) is started with the total and stepped per letter."""
    from briefgen.pipeline import prepare
    from briefgen.project import Project
    from briefgen.spec import load_spec
    from briefgen import atomic

    spec = load_spec(spec_path)
    project = Project.find(spec_path)
    everyone = recipients_for(spec, project.root, legislators)
    k, n = parse_shard(shard)
    lo, hi = (k - 1) * len(everyone) // n, k * len(everyone) // n
    chosen = list(enumerate(everyone, 1))[lo:hi]
    if progress:
        progress.start(len(chosen), "letters")
    folder = Path(out_dir) / spec.stem
    # Check the whole brief once, before any file is written and before the workers start.
    report = Report()
    prepare(spec_path, report, recipient=chosen[0][1] if chosen else everyone[0])
    report.raise_if_errors()
    batch = Batch(folder)
    jobs = jobs or os.cpu_count() or 1
    args = [(str(spec_path), i, r, tuple(formats), str(folder), combined) for i, r in chosen]
    if jobs > 1 and len(args) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("forkserver")) as pool:
            futures = [pool.submit(_letter, *a) for a in args]
            try:
                for fut in as_completed(futures):
                    batch.rows.append(fut.result())
                    if progress:
                        progress.step()
            except BaseException:
                for f in futures:
                    f.cancel()
                raise
    else:
        for a in args:
            batch.rows.append(_letter(*a))
            if progress:
                progress.step()
    if progress:
        progress.finish()
    batch.rows.sort(key=lambda r: r["number"])
    batch.files = [Path(f) for r in batch.rows for f in r["files"]]
    if combined and batch.rows:
        from briefgen.writers.pdf import compile_source
        from briefgen.writers.typst import combine

        suffix = "" if n == 1 else f"-{k}-of-{n}"
        batch.combined = folder / f"all-letters{suffix}.pdf"
        atomic.write_bytes(batch.combined, compile_source(combine([r["typst"] for r in batch.rows], spec.title)))
    name = "manifest.csv" if n == 1 else f"manifest-{k}-of-{n}.csv"
    batch.manifest = folder / name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["number", "recipient", "bioguide", "files", "salutation", "warnings"])
    for r in batch.rows:
        w.writerow([r["number"], r["recipient"], r["bioguide"], ";".join(Path(f).name for f in r["files"]),
                    r["salutation"], r["warnings"]])
    atomic.write_text(batch.manifest, buf.getvalue())  # last: a manifest means the batch finished
    return batch
