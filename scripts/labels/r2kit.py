"""Anchor helper for the r2_NN.py scripts (realdocs2 labels). labelkit.auto_anchor only checks that a window is unique
among the source's lines; a window can still recur in the text once soft line breaks are joined (two items that repeat
each other with different line wraps). strict_anchor prefers a window that is also unique in the joined, case- and
punctuation-folded text; where none exists (repeated text) it falls back to auto_anchor and says so."""
import re, unicodedata
from labelkit import auto_anchor, read_lines

def fold(s):
    s = unicodedata.normalize('NFC', s).lower()
    s = re.sub(r'[^\w\s]|_', ' ', s)
    return ' '.join(s.split())

def joined_count(src_name, anchor):
    text = fold(' '.join(read_lines(src_name)))
    return len(re.findall(r'(?<!\w)' + re.escape(fold(anchor)) + r'(?!\w)', text))

def strict_anchor(src_name, start, stop=None, n=9):
    lines = read_lines(src_name)
    raw = '\n'.join(lines).lower()
    if stop is None:  # the item's paragraph: up to the next blank line (never into the next item)
        stop = start + 1
        while stop <= len(lines) and lines[stop - 1].strip():
            stop += 1
    for ln in range(start, stop):
        line = lines[ln - 1]
        if ln == start:
            line = re.sub(r'^\s*(?:[-+]|[a-zđ]\)|\d+(?:\.\d+)*\.)\s+', '', line)
        toks = line.split()
        for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):
            for i in range(0, max(1, len(toks) - size + 1)):
                cand = ' '.join(toks[i:i + size])
                if len(cand.split()) < 6 or cand not in lines[ln - 1] or '*' in cand or '\u00a0' in cand:
                    continue
                if raw.count(cand.lower()) == 1 and joined_count(src_name, cand) == 1:
                    return cand
    a = auto_anchor(src_name, start, stop, n)
    print(f"NOTE line {start}: no window unique in the joined text; auto_anchor gives {a!r} ({joined_count(src_name, a)} joined occurrences)")
    return a
