"""Helpers for the r16_NN.py scripts (realdocs16 labels, annotator annot18): setkit's, writing the "r16-" files."""
from setkit import A, R, L, A1, CA, writer

write = writer("r16-")
