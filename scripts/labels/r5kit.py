"""Helpers for the r5_NN.py scripts (realdocs5 labels, annotator annot7): r4kit.anchor (windows unique on the lines and
in the joined, punctuation-folded text), plus a check that every anchor really occurs in the document text, and a
JSON round-trip check of the written label file."""
import json, os
from labelkit import ROOT, src_path, write as lk_write
from r4kit import anchor

def write(src_name, document, tasks, shared=()):
    text = open(src_path(src_name), encoding='utf-8').read()
    missing = [t["path"] for t in tasks if t["anchor"] not in text]
    assert not missing, f"anchors not in the document: {missing}"
    lk_write(src_name, document, tasks, shared=shared, prefix="r5-")
    out = os.path.join(ROOT, 'corpus', 'labels', 'r5-' + os.path.splitext(src_name)[0] + '.json')
    data = json.load(open(out, encoding='utf-8'))
    assert len(data["tasks"]) == len(tasks)
    print(f"parsed back {out}: {len(data['tasks'])} tasks")
