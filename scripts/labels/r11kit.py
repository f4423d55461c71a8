"""Helpers for the r11_NN.py scripts (realdocs11 labels, annotator annot13): r10kit's helpers, writing the "r11-"
files."""
import r7kit
from r7kit import A, R
from r10kit import L, A1, CA

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r11-")
