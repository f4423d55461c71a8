"""Helpers for the r13_NN.py scripts (realdocs13 labels, annotator annot15): r11kit's helpers (r10kit's line finders
and anchors), writing the "r13-" files."""
import r7kit
from r7kit import A, R
from r10kit import L, A1, CA

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r13-")
