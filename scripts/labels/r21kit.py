"""Helpers for the r21_NN.py scripts (realdocs21 labels, annotator annot23): setkit's, writing the "r21-" files."""
from setkit import A, R, L, A1, CA, writer

write = writer("r21-")
