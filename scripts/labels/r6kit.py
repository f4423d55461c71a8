"""Helpers for the r6_NN.py scripts (realdocs6 labels, annotator annot8): r5kit's anchors and checks, written with the
"r6-" prefix (every anchor must occur in the document text, and the written JSON must parse back)."""
import json, os
from labelkit import ROOT, src_path, write as lk_write
from r4kit import anchor
from r5kit import anchor_or_first, cell_anchor

def write(src_name, document, tasks, shared=()):
    text = open(src_path(src_name), encoding='utf-8').read()
    missing = [t["path"] for t in tasks if t["anchor"] not in text]
    assert not missing, f"anchors not in the document: {missing}"
    lk_write(src_name, document, tasks, shared=shared, prefix="r6-")
    out = os.path.join(ROOT, 'corpus', 'labels', 'r6-' + os.path.splitext(src_name)[0] + '.json')
    data = json.load(open(out, encoding='utf-8'))
    assert len(data["tasks"]) == len(tasks)
    print(f"parsed back {out}: {len(data['tasks'])} tasks")
