#!/usr/bin/env python3
"""Generates a corpus of short news articles by recombining the sentences of examples/**/*.txt.

    Benchmarks/corpus/generate.py OUT_FOLDER [N]

Writes N (default 20000) files OUT_FOLDER/<k>/<n>.txt (100 per folder), each a headline and
8-20 sentences drawn (seeded, reproducible) from the example articles. Nothing is committed:
the corpus is made at run time, e.g. into /tmp.
"""
import pathlib
import random
import re
import sys

root = pathlib.Path(__file__).resolve().parents[2]
out = pathlib.Path(sys.argv[1])
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000

sentences = []
for path in sorted(root.glob("examples/**/*.txt")):
    text = path.read_text(encoding="utf-8")
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph):
            if len(sentence.split()) >= 5 and sentence[-1:] in ".!?\"”":
                sentences.append(sentence)
if not sentences:
    sys.exit("no sentences found under examples/")

rng = random.Random(7)
words = 0
for n in range(count):
    picked = rng.sample(sentences, min(len(sentences), rng.randint(8, 20)))
    headline = " ".join(picked[0].split()[:8]).rstrip(".,;:")
    paragraphs = [" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)]
    body = headline + "\n\n" + "\n\n".join(paragraphs) + "\n"
    words += len(body.split())
    folder = out / f"{n // 100:04d}"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{n:05d}.txt").write_text(body, encoding="utf-8")
print(f"{count} files, {words} words, from {len(sentences)} sentences, in {out}")
