"""Helpers for the r11_NN.py scripts (realdocs11 labels, annotator annot13): r7kit's anchors and checks, writing the
"r11-" files."""
import r7kit
from r7kit import A, R

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r11-")

def L(src_name, sub, start=1):
    """1-based number of the first line at or after `start` that contains `sub` (so scripts name items by their words)."""
    from labelkit import read_lines
    for i, l in enumerate(read_lines(src_name)[start - 1:], start):
        if sub in l:
            return i
    raise ValueError(f"{sub!r} not found from line {start}")

def A1(src_name, ln, shared, used=(), after=None):
    """The anchor from line `ln` itself: r4kit's unique window, else (the line's words also stand elsewhere, e.g. a
    phase bullet repeated as an appendix row) its first 6-12 words after the item marker, with the task's path to be
    added to `shared` by the caller (returns (anchor, True))."""
    import re
    from labelkit import read_lines
    from r4kit import anchor
    try:
        return anchor(src_name, ln, after), False
    except ValueError:
        line = re.sub(r'^\s*(?:\|\s*\d+\s*\|\s*|[-+*]\s+|[a-zđ]\)\s+|\d+(?:\.\d+)*\.\s+)', '', read_lines(src_name)[ln - 1])
        words = line.split()
        toks = words[:12]
        i = 0
        while ' '.join(toks).lower() in used and i + 6 < len(words):  # another task already has this window
            i += 1
            toks = words[i:i + 12]
        if len(toks) < 6:  # a short bullet: keep its marker (the device of labels 11 and r2_18); else unanchorable
            toks = read_lines(src_name)[ln - 1].split()[:12]
        if len(toks) < 6:
            raise LookupError(f"line {ln}: fewer than 6 tokens even with the marker")
        return ' '.join(toks), True

def CA(src_name, ln, cell, n=9):
    """Anchor for a table row flattened to "a | b | c" (realdocs10 02, 03): a window of n (n+1 … n+3, 8, 7, 6) tokens
    inside the task cell `cell` of line `ln` whose lower-cased text occurs once among the lines; a cell too short or
    too common for that takes a window starting in the cell and running on into the next cells ("… | Thủ tướng")."""
    from labelkit import read_lines
    lines = read_lines(src_name)
    low = [l.lower() for l in lines]
    line = lines[ln - 1]
    assert cell in line, (ln, cell)
    def unique(c):
        return sum(l.count(c.lower()) for l in low) == 1
    toks = cell.split()
    for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):
        for i in range(0, max(1, len(toks) - size + 1)):
            c = ' '.join(toks[i:i + size])
            if len(c.split()) >= 6 and c in line and unique(c):
                return c
    rest = line[line.index(cell):].split()
    for size in (6, 7, 8, 9, 10, 11, 12):
        for i in range(0, len(toks)):
            c = ' '.join(rest[i:i + size])
            if len(c.split()) >= 6 and c in line and unique(c):
                return c
    raise ValueError(f"line {ln}: no anchor in or after cell {cell!r}")
