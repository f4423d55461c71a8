"""Anchor helper for the r3_NN.py scripts (realdocs3 labels). Like r2kit.strict_anchor, but it also reads word-segmented
sources through labelkit's desegmentation, so the window it returns is checked against the lines the checker uses."""
import re
from labelkit import read_lines
from r2kit import fold

ITEM_MARK = r'^\s*(?:[-+*]\s+|[a-zđ]\s?\)\s+|\d+(?:\.\d+)*\.\s+)'

def anchor(src_name, start, segmented=False, n=9):
    """First window of n (or n+1 … n+3, 8, 7, 6) tokens on line `start` (1-based), item marker dropped, whose
    case-folded text occurs once among the lines and once in the joined, punctuation-folded text."""
    lines = read_lines(src_name, segmented)
    raw = '\n'.join(lines).lower()
    joined = fold(' '.join(lines))
    line = re.sub(ITEM_MARK, '', lines[start - 1])
    toks = line.split()
    for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):
        for i in range(0, max(1, len(toks) - size + 1)):
            cand = ' '.join(toks[i:i + size])
            if len(cand.split()) < 6 or cand not in lines[start - 1] or '*' in cand or '\u00a0' in cand:
                continue
            if raw.count(cand.lower()) == 1 and len(re.findall(r'(?<!\w)' + re.escape(fold(cand)) + r'(?!\w)', joined)) == 1:
                return cand
    raise ValueError(f"{src_name}: no unique anchor on line {start}")
