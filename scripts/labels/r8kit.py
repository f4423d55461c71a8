"""Helpers for the r8_NN.py scripts (realdocs8 labels, annotator annot10): r7kit's anchors and checks, writing the
"r8-" files."""
import r7kit
from r7kit import A, R

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r8-")
