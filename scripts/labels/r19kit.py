"""Helpers for the r19_NN.py scripts (realdocs19 labels, annotator annot21): setkit's, writing the "r19-" files."""
from setkit import A, R, L, A1, CA, writer

write = writer("r19-")
