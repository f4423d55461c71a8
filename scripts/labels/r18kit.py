"""Helpers for the r18_NN.py scripts (realdocs18 labels, annotator annot20): setkit's, writing the "r18-" files."""
from setkit import A, R, L, A1, CA, writer

write = writer("r18-")
