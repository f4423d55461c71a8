"""Anchor helper for the r4_NN.py scripts (realdocs4 labels): r3kit.anchor, except that an item written as an inline
owner ("4. Sở Tư pháp: Phối hợp với …") takes its window from the words after the owner's colon, so that the anchor
stays inside the task text whether or not an extractor keeps the owner in it."""
import re
from labelkit import read_lines
from r2kit import fold
from r3kit import anchor as r3_anchor

def anchor(src_name, start, after=None, n=9):
    """r3kit.anchor on line `start`; with `after`, only windows that begin after the first occurrence of `after`."""
    if after is None:
        return r3_anchor(src_name, start, n=n)
    lines = read_lines(src_name)
    raw = '\n'.join(lines).lower()
    joined = fold(' '.join(lines))
    line = lines[start - 1]
    rest = line[line.index(after) + len(after):]
    toks = rest.split()
    for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):
        for i in range(0, max(1, len(toks) - size + 1)):
            cand = ' '.join(toks[i:i + size])
            if len(cand.split()) < 6 or cand not in line or '*' in cand or '\u00a0' in cand:
                continue
            if raw.count(cand.lower()) == 1 and len(re.findall(r'(?<!\w)' + re.escape(fold(cand)) + r'(?!\w)', joined)) == 1:
                return cand
    raise ValueError(f"{src_name}: no unique anchor after {after!r} on line {start}")
