"""Helpers for the r17_NN.py scripts (realdocs17 labels, annotator annot19): setkit's, writing the "r17-" files."""
from setkit import A, R, L, A1, CA, writer

write = writer("r17-")
