#!/usr/bin/env python3
"""Validate the NewsGraph lexicon data files.

Usage: python3 scripts/check_lexicon.py [LEXICON_DIR] [--verbose]

Loads every file in Sources/Extraction/Resources/lexicon/, checks the schema, checks that types
come from ONTOLOGY.md, reports surface forms shared by two different entities (legitimate only
when the entries concerned carry an explicit "ambiguous" note), and prints counts.
Exit status 0 when clean (warnings allowed), 1 on any error.
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "..", "Sources", "Extraction", "Resources", "lexicon")

TYPES = {"person", "state", "organization", "military_unit", "armed_group", "base", "city",
         "region", "alliance", "media"}
RELATIONS_FOR_ROLES = {"member_of", "leads", "spokesperson_for"}
ROLE_POSITIONS = {"title", "role", "both"}
HEAD_POSITIONS = {"first", "last"}

# file -> the one entity type its entries must have
ENTITY_FILES = {
    "states.json": "state",
    "polities.json": "state",
    "cities.json": "city",
    "regions.json": "region",
    "alliances.json": "alliance",
    "organizations.json": "organization",
    "parties.json": "organization",
    "military_units.json": "military_unit",
    "armed_groups.json": "armed_group",
    "media.json": "media",
    "bases.json": "base",
    "people.json": "person",
}
REQUIRED_FILES = [f for f in ENTITY_FILES if f not in ("bases.json", "people.json")] + [
    "given_names.txt", "roles.json", "name_heads.json"]

COMMON_FIELDS = {"name", "type", "aliases", "parent", "caseSensitiveAliases", "ambiguous", "note"}
EXTRA_FIELDS = {
    "state": {"demonyms", "capital", "seat"},
    "city": {"country"},
    "base": {"country", "city"},
    "region": {"country", "demonyms", "demonymNamesIt"},
    "alliance": {"members"},
    "person": {"heads"},
}

# The 193 UN member states, the 2 observers and Kosovo and Taiwan, by canonical name.
EXPECTED_STATES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|
Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Republic of the Congo|
Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czech Republic|North Korea|
Democratic Republic of the Congo|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|
Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|
Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|
Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|
Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|
Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|
Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|South Korea|Romania|
Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|
São Tomé and Príncipe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|
Slovenia|Solomon Islands|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|
Switzerland|Syria|Tajikistan|Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|Tanzania|United States|
Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|
Holy See|Palestine|Kosovo|Taiwan
"""
EXPECTED_STATES = [s.strip() for s in EXPECTED_STATES.replace("\n", "").split("|") if s.strip()]

# Lower-case aliases that are names, not common words (brand spellings, particles).
LOWERCASE_OK = {"dpa", "anti-balaka"}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def fold(s):
    """Normalize a surface form the way eval/score.py does, plus diacritic folding."""
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = s.lower().replace(".", "").replace("-", " ")
    s = re.sub(r"^the ", "", s)
    return re.sub(r"\s+", " ", s).strip()


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) and x.strip() == x and x for x in v)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{os.path.basename(path)}: cannot load: {e}")
        return None


def check_entities(fname, data, expected_type):
    out = []
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("entries"), list):
        err(f"{fname}: top level must be {{\"version\": 1, \"entries\": [...]}}")
        return out
    if set(data) != {"version", "entries"}:
        err(f"{fname}: unexpected top-level keys {sorted(set(data) - {'version', 'entries'})}")
    for i, e in enumerate(data["entries"]):
        where = f"{fname}[{i}]"
        if not isinstance(e, dict):
            err(f"{where}: entry is not an object")
            continue
        name = e.get("name")
        if not isinstance(name, str) or not name or name.strip() != name:
            err(f"{where}: bad name {name!r}")
            continue
        where = f"{fname}:{name}"
        t = e.get("type")
        if t not in TYPES:
            err(f"{where}: type {t!r} not in ontology")
        elif t != expected_type:
            err(f"{where}: type {t!r} in a file of {expected_type}")
        allowed = COMMON_FIELDS | EXTRA_FIELDS.get(t, set())
        for k in e:
            if k not in allowed:
                err(f"{where}: field {k!r} not allowed for type {t}")
        aliases = e.get("aliases")
        if not is_str_list(aliases):
            err(f"{where}: aliases must be a list of non-empty trimmed strings")
            aliases = []
        if len(set(aliases)) != len(aliases):
            warn(f"{where}: repeated alias")
        cs = e.get("caseSensitiveAliases", [])
        if name in aliases and name not in (cs if isinstance(cs, list) else []):
            warn(f"{where}: alias repeats the name")
        if not is_str_list(cs):
            err(f"{where}: caseSensitiveAliases must be a list of strings")
            cs = []
        for c in cs:
            if c not in aliases:
                err(f"{where}: caseSensitiveAliases form {c!r} is not among the aliases")
        for a in aliases:
            if not any(ch.isupper() for ch in a) and not any(ch.isdigit() for ch in a) \
                    and a not in cs and a not in LOWERCASE_OK:
                err(f"{where}: all-lowercase alias {a!r} (common word?)")
            if a.lower().startswith("the ") and t not in ("media",):
                warn(f"{where}: alias {a!r} starts with 'the' (the extractor strips it)")
        for k in ("ambiguous", "note", "parent", "capital", "seat", "country", "city"):
            if k in e and (not isinstance(e[k], str) or not e[k].strip()):
                err(f"{where}: {k} must be a non-empty string")
        if t == "state":
            if not is_str_list(e.get("demonyms", None)):
                err(f"{where}: state needs a demonyms list")
            if not isinstance(e.get("capital"), str):
                err(f"{where}: state needs a capital")
        if "demonymNamesIt" in e and (e["demonymNamesIt"] is not True or not e.get("demonyms")):
            err(f"{where}: demonymNamesIt must be true, on an entry with demonyms")
        if "demonyms" in e and not is_str_list(e["demonyms"]):
            err(f"{where}: demonyms must be a list of strings")
        if "members" in e and not is_str_list(e["members"]):
            err(f"{where}: members must be a list of strings")
        out.append(e)
    return out


def forms_of(e):
    forms = [("name", e["name"])] + [("alias", a) for a in e.get("aliases", [])]
    forms += [("demonym", d) for d in e.get("demonyms", [])]
    return forms


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    d = os.path.abspath(args[0] if args else DEFAULT_DIR)
    present = sorted(os.listdir(d))
    for f in REQUIRED_FILES:
        if f not in present:
            err(f"missing file {f}")
    known = set(ENTITY_FILES) | set(REQUIRED_FILES) | {"given_names.README", "README.md"}
    for f in present:
        if f not in known:
            warn(f"unknown file {f} (not checked)")

    counts = {}
    entities = []  # (file, entry)
    for f, t in ENTITY_FILES.items():
        p = os.path.join(d, f)
        if not os.path.exists(p):
            continue
        data = load_json(p)
        if data is None:
            continue
        es = check_entities(f, data, t)
        counts[f] = len(es)
        entities += [(f, e) for e in es]

    # canonical names: unique per type, and index for references
    by_name = defaultdict(list)
    for f, e in entities:
        by_name[e["name"]].append((f, e))
    for n, lst in by_name.items():
        types = [e["type"] for _, e in lst]
        if len(types) != len(set(types)):
            err(f"canonical name {n!r} defined twice with type {types}")
        elif len(lst) > 1 and not all("ambiguous" in e for _, e in lst):
            warn(f"canonical name {n!r} used by types {types} without an ambiguous note on each")

    folded_names = defaultdict(list)
    for f, e in entities:
        folded_names[fold(e["name"])].append((f, e))
    for k, lst in folded_names.items():
        if len({(e["type"], e["name"]) for _, e in lst}) > 1 and not all("ambiguous" in e for _, e in lst):
            err(f"canonical names fold to the same key {k!r}: " + ", ".join(f"{e['name']} ({e['type']})" for _, e in lst))

    def types_of(n):
        return {e["type"] for _, e in by_name.get(n, [])}

    # (polities.json holds self-governing polities that are not UN members or observers.)
    states = [e for f, e in entities if e["type"] == "state" and f == "states.json"]
    state_names = {e["name"] for e in states}
    city_names_all = {e["name"] for f, e in entities if e["type"] == "city"}

    # state completeness
    exp = set(EXPECTED_STATES)
    if len(EXPECTED_STATES) != 197 or len(exp) != 197:
        err("internal: expected state list is not 197 names")
    for n in sorted(exp - state_names):
        err(f"states.json: missing state {n!r}")
    for n in sorted(state_names - exp):
        err(f"states.json: unexpected state {n!r} (not UN member/observer/Kosovo/Taiwan)")
    if len(states) != 197:
        err(f"states.json: {len(states)} entries, expected 193 + 2 + 2 = 197")

    # references
    for f, e in entities:
        w = f"{f}:{e['name']}"
        if "parent" in e and not (types_of(e["parent"]) & {"state", "organization", "alliance", "military_unit", "armed_group"}):
            err(f"{w}: parent {e['parent']!r} is not a canonical state/organization/alliance/unit/group")
        if "country" in e and e["country"] not in state_names:
            err(f"{w}: country {e['country']!r} is not a canonical state")
        for m in e.get("members", []):
            if m not in state_names:
                err(f"{w}: member {m!r} is not a canonical state")
        if "seat" in e and (e["seat"] not in city_names_all or e["seat"] == e.get("capital")):
            err(f"{w}: seat {e['seat']!r} must be a city of cities.json other than the capital")
        if "city" in e and not (types_of(e["city"]) & {"city"}) and e["city"] not in {s["capital"] for s in states}:
            err(f"{w}: city {e['city']!r} is not a city in the lexicon")

    # capitals derived as cities by the code; cities.json may repeat them (to add aliases)
    city_names = {e["name"] for f, e in entities if e["type"] == "city"}
    derived = []
    for s in states:
        cap = s.get("capital")
        if cap and cap not in city_names:
            derived.append({"name": cap, "type": "city", "aliases": [], "country": s["name"], "_derived": True})
        for f, e in entities:
            if e["type"] == "city" and e["name"] == cap and e.get("country") not in (None, s["name"]):
                err(f"cities.json:{cap}: country {e.get('country')!r} but it is the capital of {s['name']}")

    # surface forms shared by different entities
    index = defaultdict(list)
    all_entities = [(f, e) for f, e in entities] + [("(capital of " + c["country"] + ")", c) for c in derived]
    for f, e in all_entities:
        seen = set()
        for kind, form in forms_of(e):
            k = fold(form)
            if not k:
                err(f"{f}:{e['name']}: empty form {form!r}")
                continue
            if k in seen:
                continue
            seen.add(k)
            index[k].append((f, e, kind, form))
    shared_ok, shared_bad = [], []
    for k, lst in sorted(index.items()):
        ids = {(x[1]["type"], x[1]["name"]) for x in lst}
        if len(ids) < 2:
            continue
        real = [x for x in lst if not x[1].get("_derived")]
        line = f"{k!r}: " + "; ".join(f"{x[1]['name']} ({x[1]['type']}, {x[2]} {x[3]!r})" for x in lst)
        if all("ambiguous" in x[1] for x in real):
            shared_ok.append(line)
        else:
            lacking = [x[1]["name"] for x in real if "ambiguous" not in x[1]]
            shared_bad.append(line + f"  <- no ambiguous note on: {', '.join(lacking)}")
    for line in shared_bad:
        err("shared form without ambiguous note: " + line)

    # given names
    p = os.path.join(d, "given_names.txt")
    names = []
    if os.path.exists(p):
        with open(p, encoding="utf-8") as fh:
            raw = fh.read().split("\n")
        if raw and raw[-1] == "":
            raw = raw[:-1]
        seen = {}
        for i, line in enumerate(raw, 1):
            if not line or line != line.strip() or " " in line.strip() and False:
                err(f"given_names.txt:{i}: blank or untrimmed line {line!r}")
                continue
            if line.startswith("#"):
                continue
            if not line[0].isupper():
                err(f"given_names.txt:{i}: {line!r} does not start with a capital")
            if any(c.isalpha() and "LATIN" not in unicodedata.name(c, "") for c in line):
                err(f"given_names.txt:{i}: {line!r} has a non-Latin letter")
            if not all(c.isalpha() or c in "-'’" for c in line):
                err(f"given_names.txt:{i}: {line!r} has a character other than letters, hyphen, apostrophe")
            if line in seen:
                warn(f"given_names.txt:{i}: duplicate {line!r} (first at line {seen[line]})")
            else:
                seen[line] = i
            names.append(line)
        counts["given_names.txt"] = len(set(names))
        if len(set(names)) < 2500:
            err(f"given_names.txt: {len(set(names))} distinct names, need at least 2500")
        risky = {"Will", "May", "June", "April", "August", "Grace", "Hope", "Faith", "Joy", "Rose",
                 "Bill", "Sue", "Art", "Rich", "Guy", "Major", "General", "President", "King",
                 "Prince", "Don", "Chase", "Hunter", "Summer", "Winter", "Sunday", "Monday", "Friday",
                 "Independence", "Liberty", "Justice", "Sky", "Star", "March", "Christian", "Marine"}
        for n in sorted(risky & set(names)):
            warn(f"given_names.txt: risky common word {n!r}")
        lex = {fold(x[3]): x[1]["name"] for lst in index.values() for x in lst}
        overlap = sorted(n for n in set(names) if fold(n) in lex)
        if overlap:
            warn(f"given_names.txt: {len(overlap)} names are also lexicon forms (context must decide): "
                 + ", ".join(f"{n}→{lex[fold(n)]}" for n in overlap))

    # roles
    p = os.path.join(d, "roles.json")
    if os.path.exists(p):
        data = load_json(p)
        if isinstance(data, dict) and data.get("version") == 1 and isinstance(data.get("entries"), list):
            phrases = set()
            for i, r in enumerate(data["entries"]):
                w = f"roles.json[{i}]"
                if not isinstance(r, dict):
                    err(f"{w}: not an object")
                    continue
                extra = set(r) - {"phrase", "relation", "position", "abbreviations", "note"}
                if extra:
                    err(f"{w}: unknown fields {sorted(extra)}")
                ph = r.get("phrase")
                if not isinstance(ph, str) or not ph or ph != ph.strip() or ph != ph.lower():
                    err(f"{w}: phrase must be a trimmed lower-case string: {ph!r}")
                    continue
                if ph in phrases:
                    err(f"roles.json: duplicate phrase {ph!r}")
                phrases.add(ph)
                if r.get("relation") not in RELATIONS_FOR_ROLES:
                    err(f"roles.json:{ph}: relation {r.get('relation')!r}")
                if r.get("position") not in ROLE_POSITIONS:
                    err(f"roles.json:{ph}: position {r.get('position')!r}")
                if "abbreviations" in r and not is_str_list(r["abbreviations"]):
                    err(f"roles.json:{ph}: abbreviations must be a list of strings")
            counts["roles.json"] = len(data["entries"])
        else:
            err("roles.json: top level must be {\"version\": 1, \"entries\": [...]}")

    # name heads
    p = os.path.join(d, "name_heads.json")
    if os.path.exists(p):
        data = load_json(p)
        if isinstance(data, dict) and data.get("version") == 1 and isinstance(data.get("entries"), list):
            heads = set()
            for i, h in enumerate(data["entries"]):
                w = f"name_heads.json[{i}]"
                if not isinstance(h, dict):
                    err(f"{w}: not an object")
                    continue
                extra = set(h) - {"head", "type", "position", "note"}
                if extra:
                    err(f"{w}: unknown fields {sorted(extra)}")
                hd = h.get("head")
                if not isinstance(hd, str) or not hd or hd != hd.strip():
                    err(f"{w}: bad head {hd!r}")
                    continue
                key = (hd, h.get("position"))
                if key in heads:
                    err(f"name_heads.json: duplicate head {key}")
                heads.add(key)
                if h.get("type") not in TYPES:
                    err(f"name_heads.json:{hd}: type {h.get('type')!r} not in ontology")
                if h.get("position") not in HEAD_POSITIONS:
                    err(f"name_heads.json:{hd}: position {h.get('position')!r}")
            counts["name_heads.json"] = len(data["entries"])
        else:
            err("name_heads.json: top level must be {\"version\": 1, \"entries\": [...]}")

    # report
    print("== counts ==")
    total = 0
    for f in list(ENTITY_FILES) + ["given_names.txt", "roles.json", "name_heads.json"]:
        if f in counts:
            print(f"  {f:24s} {counts[f]:6d}")
            if f in ENTITY_FILES:
                total += counts[f]
    print(f"  {'entities total':24s} {total:6d}")
    forms = sum(len(forms_of(e)) for _, e in entities)
    print(f"  {'entity surface forms':24s} {forms:6d}")
    print(f"  {'capitals derived':24s} {len(derived):6d}")
    print(f"== shared forms with ambiguous notes: {len(shared_ok)} ==")
    for line in shared_ok if verbose else shared_ok[:0]:
        print("  " + line)
    if not verbose and shared_ok:
        print("  (use --verbose to list them)")
    print(f"== warnings: {len(warnings)} ==")
    for w in warnings:
        print("  " + w)
    print(f"== errors: {len(errors)} ==")
    for e in errors:
        print("  " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
