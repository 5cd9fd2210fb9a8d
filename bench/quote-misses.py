#!/usr/bin/env python3
"""The PolNeAR or BASIL quotes a report gets wrong, with the scorers' own reading (shared/scoring/score_quotes_polnear.py,
score_quotes.py: a BASIL gold line has a "speaker" label and no "source"; its key is the label's surname).

usage: quote-misses.py QUOTES.jsonl REPORT.json DOCS.jsonl
Prints one block per scored quote whose speaker is not right: the document, the gold source and its key,
what the report says (speaker and how it was found, or "not found"), and the sentence around the quote;
then the misses counted by how the speaker was found (quoted words in it left out).
Run by bench/quotes.ts --misses.
"""
import json, os, re, sys
from collections import Counter
SCORING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "scoring")
sys.path.insert(0, SCORING)
sys.path.insert(0, os.path.join(SCORING, "lib"))
from norm import norm
from score_quotes_polnear import speaker_key, clean
from score_quotes import is_person

def gold_key(g):
    """The name a right speaker holds, or None when the scorer leaves the line out."""
    if "source" in g:
        return speaker_key(g["source"])
    return g["speaker"].split("_")[-1].lower() if is_person(g["speaker"]) else None

def main():
    gold_path, rep_path, docs_path = sys.argv[1:4]
    docs = {}
    for line in open(docs_path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            docs[d["id"]] = d["text"]
    quotes = {}
    for st in json.load(open(rep_path, encoding="utf-8")).get("stories", []):
        for q in st.get("quotes", []) or []:
            quotes.setdefault(q.get("document"), []).append(q)
    classes = Counter()
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        txt = clean(g["text"])
        key = gold_key(g)
        if not key or len(txt.split()) < 4:
            continue
        qs = [q for q in quotes.get(g["document"], [])
              if txt in clean(q.get("text") or "") or (len(clean(q.get("text") or "")) > 20 and clean(q.get("text") or "") in txt)]
        if any(q.get("speaker") and key in norm(q["speaker"]) for q in qs):
            continue
        got = "; ".join(f'{q.get("speaker")} [{q.get("attribution")}]' for q in qs) or "not found"
        how = re.sub(r'"[^"]*"', '"_"', qs[0].get("attribution") or "") if qs else "not found"
        if qs and not qs[0].get("speaker"):
            how = "no speaker"
        classes[how] += 1
        text = docs.get(g["document"], "")
        if "start" in g:
            lo, hi = min(g["start"], g["source_start"]), max(g["end"], g["source_end"])
        else:
            lo = max(text.find(g["text"]), 0)
            hi = lo + len(g["text"])
        ctx = text[max(0, lo - 200):hi + 120].replace("\n", " | ")
        print(f'== {g["document"]}  gold: {g.get("source", g.get("speaker"))!r} (key {key})  got: {got}')
        print(f'   quote: {g["text"][:120]!r}')
        print(f'   ctx: {ctx}')
    print("\nmisses by how the speaker was found:")
    for how, n in classes.most_common():
        print(f"{n:5d}  {how}")

if __name__ == "__main__":
    main()
