"""Helpers for the r14_NN.py scripts (realdocs14 labels, annotator annot16): r13kit's helpers (r10kit's line finders,
anchors and CA() for flattened table rows), writing the "r14-" files."""
import r7kit
from r7kit import A, R
from r10kit import L, A1, CA

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r14-")
