"""The mail merge: the letters of a plan, built in parallel, into a fresh folder swapped in whole.

The spec, its modules, authorities and lists are read once; the letters stream through worker
processes (each sets itself up once) and their manifest rows are written as they finish, in
number order, so memory stays flat from 20 letters to 30,000. See :mod:`staging` for the
folders and :mod:`manifest` for the record.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import signal
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import Report, UsageError, display_path
from briefgen.batch import manifest
from briefgen.letters.plan import plan as make_plan
from briefgen.batch.staging import Staging, link_or_copy


@dataclass
class Batch:
    """What a batch wrote: ``letters`` in its share, ``built`` now and ``kept`` from before."""

    folder: Path
    letters: int = 0
    built: int = 0
    kept: int = 0
    files: int = 0                  # counted, not listed: the manifest lists them
    pages: int = 0
    footnotes: int = 0
    warned: int = 0                 # letters whose manifest row has warnings
    signatories: int | None = None
    combined: Path | None = None
    manifest: Path | None = None

    def result(self, brief: Path, diagnostics: tuple):
        from briefgen.results import BuildResult, LetterBatch

        return BuildResult(brief, (), self.letters, self.pages, self.footnotes, diagnostics, self.manifest, self.folder,
                           LetterBatch(self.files, self.built, self.kept, self.warned, self.signatories, self.combined))


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


class Letters:
    """Builds the letters of one batch: set up once per process, then called once per letter, as the
    command that started the batch (its folder and environment: SOURCE_DATE_EPOCH …)."""

    def __init__(self, spec_path: str, spec, signatories, formats: tuple, folder: str, combined: bool,
                 pdf_standard: str | None, invocation):
        self.spec_path, self.spec, self.signatories = Path(spec_path), spec, signatories
        self.formats, self.folder, self.combined, self.pdf_standard = formats, Path(folder), combined, pdf_standard
        self.invocation = invocation

    def __call__(self, job, write: bool = True) -> dict:
        from briefgen.invocation import running

        with running(self.invocation):
            return self.build(job, write)

    def build(self, job, write: bool) -> dict:
        from briefgen.pipeline import prepare, write as write_files

        report = Report()
        letter = job.envelope(self.signatories)
        built = prepare(self.spec_path, report, letter=letter, spec=self.spec)
        report.raise_if_errors()
        outputs = write_files(built, self.formats, self.folder, self.pdf_standard, stem=job.stem) if write else None
        source = None
        if self.combined:
            from briefgen.writers.typst import render_body

            source = render_body(built.document)
        return {"files": [f.name for f in outputs.files] if outputs else [], "pages": outputs.pages if outputs else 0,
                "footnotes": built.footnotes, "salutation": letter.salutation(self.spec), "typst": source,
                "diagnostics": report.warnings + list(outputs.warnings if outputs else ())}


def batch_digest(spec, project, sources, formats, pdf_standard, combined) -> str:
    """Every input a letter of this batch is made from: the spec, everything under briefs/ that is
    not another spec, authorities/, styles/, the lists and the congress data, the options, the
    version. A letter is current when its digest (this and its own parties) is unchanged."""
    from briefgen import __version__

    h = hashlib.sha256(repr((__version__, sorted(formats), pdf_standard, combined)).encode())
    others = {p.resolve() for p in project.brief_files()} - {spec.path.resolve()}
    files = [spec.path.resolve()] + [Path(s).resolve() for s in sources]
    for folder in (project.briefs, project.authorities, project.styles):
        if folder.is_dir():
            files += sorted(p.resolve() for p in folder.rglob("*") if p.is_file() and p.resolve() not in others
                            and p.resolve().is_relative_to(project.root))   # a link out is never read
    if spec.reference:
        files.append((project.root / spec.reference).resolve())
    for path in files:
        h.update(str(path.relative_to(project.root) if path.is_relative_to(project.root) else path.name).encode()
                 + b"\0")
        if path.is_file():
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def letter_digest(batch: str, job) -> str:
    return hashlib.sha256(f"{batch}\0{job.number}\0{job.stem}\0{job.recipients!r}\0{job.sender!r}".encode()
                          ).hexdigest()[:20]


class Interrupted(KeyboardInterrupt):
    """SIGTERM during a batch: stop as Ctrl-C does (workers stopped, the previous batch kept)."""


def _on_sigterm(signum, frame):
    raise Interrupted()


def run(spec_path: Path, spec, formats, out_dir: Path, report: Report, legislators: str | None = None,
        shard: str | None = None, combined: bool = False, jobs: int | None = None, resume: bool = False,
        pdf_standard: str | None = None, progress=None) -> Batch:
    """Build the batch (or share ``shard``); ``progress`` (a console's) is started with the number of
    letters and stepped per letter; warnings go to ``report``. Returns what was written."""
    from briefgen.pipeline import prepare
    from briefgen.project import Project

    k, n = parse_shard(shard)
    spec_path, formats = Path(spec_path), tuple(formats)
    project = Project.find(spec_path)
    plan = make_plan(spec, project.root, report, legislators)
    lo, hi = (k - 1) * plan.total // n, k * plan.total // n
    first = next(plan.jobs(lo, hi), None)
    # The whole letter is checked once, before anything is written and before any worker starts.
    check = Report()
    prepare(spec_path, check, letter=(first.envelope(plan.signatories) if first else plan.first()), spec=spec,
            legislators=legislators)
    check.raise_if_errors()
    report.extend(check.warnings)
    digest = batch_digest(spec, project, plan.sources, formats, pdf_standard, combined)
    name = spec.stem if n == 1 else f"{spec.stem}-{k}-of-{n}"
    batch = Batch(Path(out_dir) / name, signatories=len(plan.signatories) if plan.signatories else None)
    if progress:
        progress.start(hi - lo, "letters")
    previous = signal.getsignal(signal.SIGTERM)
    main_thread = _in_main_thread()
    if main_thread:
        signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        with Staging(Path(out_dir), name, resume, spec.stem, formats) as stage:
            _write(batch, plan.jobs(lo, hi), stage, digest, report, progress,
                   _pool(jobs, hi - lo, _letters_args(spec_path, spec, plan, formats, stage, combined, pdf_standard)),
                   manifest.columns("constituents" in spec.extra, plan.signatories is not None), plan.signatories,
                   combined, spec.title)
            manifest.write_info(stage.fresh / manifest.INFO, {
                "brief": spec.stem, "spec": display_path(spec_path), "total": plan.total, "share": [k, n],
                "first": lo + 1, "last": hi, "letters": hi - lo, "formats": list(formats), "digest": digest,
                "signatories": batch.signatories})
            stage.commit()
    finally:
        if progress:
            progress.finish()
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
    batch.manifest = batch.folder / manifest.NAME
    if batch.combined:
        batch.combined = batch.folder / batch.combined.name
    return batch


def _letters_args(spec_path, spec, plan, formats, stage, combined, pdf_standard) -> tuple:
    """What a :class:`Letters` builder is made from, in this process or a worker."""
    from briefgen.invocation import Invocation, current, umask

    here = current()
    return (str(spec_path), spec, plan.signatories, formats, str(stage.fresh), combined, pdf_standard,
            Invocation(here.cwd, dict(here.env), strict=here.strict, umask=umask()))


def _write(batch: Batch, jobs, stage: Staging, digest: str, report: Report, progress, pool, names, signatories,
           combined: bool, title: str) -> None:
    """Every letter into the fresh folder, kept (with --resume) or built, its manifest row written as it
    comes, in number order; then the combined PDF and the manifest's final name."""
    kept = [manifest.Kept(f, f / (".progress.csv" if (f / ".progress.csv").is_file() else manifest.NAME))
            for f in stage.sources()]

    def work():
        for job in jobs:
            d = letter_digest(digest, job)
            found = ((s.folder, s.find(job.number, d)) for s in kept)
            source, old = next(((f, r) for f, r in found if r is not None), (None, None))
            if old is None:
                yield (job, d, None), (job,)
                continue
            for f in old["files"].split(";"):
                link_or_copy(source / f, stage.fresh / f)
            # a kept letter needs building again only for its part of the combined PDF
            yield (job, d, old), ((job, False) if combined else None)

    seen: set = set()
    parts = stage.fresh / ".combined.typ"
    with manifest.Writer(stage.fresh / ".progress.csv", names) as record, pool, \
            (open(parts, "w", encoding="utf-8") if combined else contextlib.nullcontext()) as bodies:
        for (key, _), result in pool.map(work()):
            job, d, old = key
            if old is not None:
                batch.kept += 1
                done = {"files": old["files"].split(";"), "salutation": old["salutation"],
                        "pages": int(old.get("pages") or 0), "footnotes": int(old.get("footnotes") or 0)}
            else:
                batch.built += 1
                done = result
                for diag in result["diagnostics"]:  # the same warning for every letter is reported once
                    if (diag.code, diag.message, diag.location) not in seen:
                        seen.add((diag.code, diag.message, diag.location))
                        report.items.append(diag)
            if bodies is not None and result is not None:
                bodies.write(result["typst"] + "\0")
            record.add(manifest.row(job, done, d, signatories))
            batch.letters += 1
            batch.files += len(done["files"])
            batch.pages += done["pages"]
            batch.footnotes += done["footnotes"]
            batch.warned += bool(job.warnings)
            if progress:
                progress.step()
    if combined:
        batch.combined = _combine(stage.fresh, title)
    os.replace(stage.fresh / ".progress.csv", stage.fresh / manifest.NAME)


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _pool(jobs: int | None, count: int, args: tuple):
    """Worker processes; in this process only a small batch with --jobs 1 (a long one needs the
    workers' recycling to keep its memory flat)."""
    from briefgen.batch.workers import RECYCLE, Workers, in_process

    jobs = jobs or os.cpu_count() or 1
    if count > 1 and (jobs > 1 or count > RECYCLE):
        return Workers(min(jobs, count), Letters, args)
    return in_process(Letters, args)


def _combine(folder: Path, title: str) -> Path:
    """One PDF of every letter, each restarting its page and note numbers, for printing."""
    from briefgen import atomic
    from briefgen.writers.pdf import compile_source
    from briefgen.writers.typst import combine

    parts = (folder / ".combined.typ").read_text(encoding="utf-8").split("\0")[:-1]
    target = folder / "all-letters.pdf"
    from briefgen.pipeline import source_date_epoch

    atomic.write_bytes(target, compile_source(combine(parts, title), {"epoch": source_date_epoch()}))
    (folder / ".combined.typ").unlink()
    return target
