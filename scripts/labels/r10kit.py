"""Helpers for the r10_NN.py scripts (realdocs10 labels, annotator annot12): r9kit's line finders, writing the
"r10-" files, and CA() for flattened table rows."""
import r7kit
from r7kit import A, R
from r9kit import L, A1

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r10-")

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
