"""Helpers for the r15_NN.py scripts (realdocs15 labels, annotator annot17): setkit's, writing the "r15-" files."""
from setkit import A, R, L, A1, CA, writer

write = writer("r15-")
