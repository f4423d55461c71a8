"""Helpers for the r20_NN.py scripts (realdocs20 labels, annotator annot22): setkit's, writing the "r20-" files
(labelkit.src_path finds corpus/realdocs20 by itself)."""
from setkit import A, R, L, A1, CA, writer

write = writer("r20-")
