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

def cell_anchor(src_name, start, cell=1, n=9):
    """For a markdown table row "| 1. | Nhiệm vụ … | Chủ trì | …": a window of n (… 6) tokens inside cell `cell`
    (0-based, the Nhiệm vụ cell by default) that is unique on the lines and in the joined, folded text."""
    import re
    from labelkit import read_lines
    from r2kit import fold
    lines = read_lines(src_name)
    raw = '\n'.join(lines).lower()
    joined = fold(' '.join(lines))
    cells = [c.strip() for c in lines[start - 1].strip().strip('|').split(' | ')]
    toks = cells[cell].split()
    for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):
        for i in range(0, max(1, len(toks) - size + 1)):
            cand = ' '.join(toks[i:i + size])
            if len(cand.split()) < 6 or cand not in lines[start - 1] or '*' in cand:
                continue
            if raw.count(cand.lower()) == 1 and len(re.findall(r'(?<!\w)' + re.escape(fold(cand)) + r'(?!\w)', joined)) == 1:
                return cand
    for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):       # fallback: unique on the lines only (text repeated elsewhere)
        for i in range(max(0, len(toks) - size), -1, -1):
            cand = ' '.join(toks[i:i + size])
            if len(cand.split()) >= 6 and cand in lines[start - 1] and '*' not in cand and raw.count(cand.lower()) == 1:
                print(f"NOTE line {start}: anchor unique on the lines only (repeated in the joined text): {cand!r}")
                return cand
    cand = ' '.join(toks[:n])                           # last resort: the cell's first words (pass its path in shared)
    print(f"NOTE line {start}: the whole cell recurs elsewhere; anchor {cand!r} occurs {raw.count(cand.lower())} times")
    return cand

def anchor_or_first(src_name, start, n=9):
    """r4kit.anchor, or, where every window of the line recurs elsewhere (an item repeated word for word), the line's
    first n words after its item marker (pass the task's path in `shared`)."""
    import re
    from labelkit import read_lines
    from r3kit import ITEM_MARK
    try:
        return anchor(src_name, start)
    except ValueError:
        line = read_lines(src_name)[start - 1]
        cand = ' '.join(re.sub(ITEM_MARK, '', line).split()[:n])
        print(f"NOTE line {start}: whole item recurs elsewhere; anchor {cand!r}")
        return cand
