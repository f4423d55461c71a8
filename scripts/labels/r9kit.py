"""Helpers for the r9_NN.py scripts (realdocs9 labels, annotator annot11): r7kit's anchors and checks, writing the
"r9-" files."""
import r7kit
from r7kit import A, R

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r9-")

def L(src_name, sub, start=1):
    """1-based number of the first line at or after `start` that contains `sub` (so scripts name items by their words)."""
    from labelkit import read_lines
    for i, l in enumerate(read_lines(src_name)[start - 1:], start):
        if sub in l:
            return i
    raise ValueError(f"{sub!r} not found from line {start}")
