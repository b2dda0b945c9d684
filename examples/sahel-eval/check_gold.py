#!/usr/bin/env python3
"""Checks a sahel-eval folder's gold files: they parse, their types and relations are those of
ONTOLOGY.md, relation ends are entity names, evidence and aliases occur verbatim in the article.

Usage: python3 examples/sahel-eval/check_gold.py examples/sahel-eval/dev3"""
import json, re, sys, glob, os
if len(sys.argv) != 2:
    sys.exit(__doc__)
HERE = sys.argv[1]
ONTOLOGY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "ONTOLOGY.md")
if not os.path.exists(ONTOLOGY):
    sys.exit(f"{ONTOLOGY}: not found (the shared folder sits beside the project)")
onto = open(ONTOLOGY, encoding="utf-8").read()
ent_sec = onto.split("## Entity types")[1].split("## Relation types")[0]
rel_sec = onto.split("## Relation types")[1]
TYPES = set(re.findall(r"^\| `([a-z_]+)` \|", ent_sec, re.M))
RELS = set(re.findall(r"^\| `([a-z_]+)`", rel_sec, re.M))
SYM = {"allied_with", "cooperates_with", "meets", "fights", "signs_agreement_with"}
errors = 0
def err(f, msg):
    global errors; errors += 1; print(f"{f}: {msg}")
for g in sorted(glob.glob(os.path.join(HERE, "gold", "*.gold.json"))):
    f = os.path.basename(g)
    try:
        d = json.load(open(g, encoding="utf-8"))
    except Exception as e:
        err(f, f"does not parse: {e}"); continue
    if set(d) != {"id", "file", "entities", "relations"}:
        err(f, f"keys {sorted(d)}")
    art = os.path.join(HERE, d["file"])
    if not os.path.exists(art):
        err(f, f"missing article {d['file']}"); continue
    text = open(art, encoding="utf-8").read()
    names = {}
    for e in d["entities"]:
        if set(e) != {"name", "type", "aliases"}: err(f, f"entity keys {e}")
        if e["type"] not in TYPES: err(f, f"bad type {e['type']} for {e['name']}")
        if e["name"] in names: err(f, f"duplicate entity {e['name']}")
        names[e["name"]] = e["type"]
        for a in e["aliases"]:
            if a not in text: err(f, f"alias not in text: {a!r} ({e['name']})")
    seen = set()
    for r in d["relations"]:
        if set(r) != {"source", "relation", "target", "evidence"}: err(f, f"relation keys {r}")
        if r["relation"] not in RELS: err(f, f"bad relation {r['relation']}")
        for end in ("source", "target"):
            if r[end] not in names: err(f, f"{end} not an entity: {r[end]!r}")
        if r["evidence"] not in text: err(f, f"evidence not verbatim: {r['evidence']!r}")
        if r["source"] == r["target"]: err(f, f"self loop {r}")
        k = (r["source"], r["relation"], r["target"])
        if r["relation"] in SYM: k = (min(k[0], k[2]), k[1], max(k[0], k[2]))
        if k in seen: err(f, f"duplicate relation {k}")
        seen.add(k)
    print(f"{f}: {d['file']} entities={len(d['entities'])} relations={len(d['relations'])}")
print("types:", sorted(TYPES)); print("relations:", len(RELS))
print("OK" if not errors else f"{errors} problem(s)")
sys.exit(1 if errors else 0)
