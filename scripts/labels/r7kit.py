"""Helpers for the r7_NN.py scripts (realdocs7 labels, annotator annot9): r6kit's anchors and checks, written with the
"r7-" prefix (every anchor must occur in the document text, and the written JSON must parse back). A(ln) takes the
anchor from the item's first line, else from its next lines (still inside the item)."""
import json, os
from labelkit import ROOT, src_path, write as lk_write
from r4kit import anchor

def A(src, ln, after=None):
    for k in range(4):
        try:
            return anchor(src, ln + k, after if k == 0 else None)
        except ValueError:
            pass
    raise ValueError(f"no anchor for the item on line {ln}")

def R(kind, number, on, issuer, rel="mentions"):
    return {"kind": kind, "number": number, "issuedOn": on, "issuer": issuer, "relation": rel}

def write(src_name, document, tasks, shared=(), prefix="r7-"):
    text = open(src_path(src_name), encoding='utf-8').read()
    missing = [t["path"] for t in tasks if t["anchor"] not in text]
    assert not missing, f"anchors not in the document: {missing}"
    lk_write(src_name, document, tasks, shared=shared, prefix=prefix)
    out = os.path.join(ROOT, 'corpus', 'labels', prefix + os.path.splitext(src_name)[0] + '.json')
    data = json.load(open(out, encoding='utf-8'))
    assert len(data["tasks"]) == len(tasks)
    print(f"parsed back {out}: {len(data['tasks'])} tasks")
