"""Helpers for the r18_NN.py scripts (realdocs18 labels, annotator annot20): r11kit's helpers (r10kit's line finders
and anchors), writing the "r18-" files. labelkit.src_path is not edited (another set was being added at the same
time); this kit wraps it so that it also finds the documents in corpus/realdocs18, before the older kits are imported."""
import os, sys
import labelkit

_orig_src_path = labelkit.src_path

def src_path(src_name):
    p = os.path.join(labelkit.ROOT, 'corpus', 'realdocs18', src_name)
    return p if os.path.exists(p) else _orig_src_path(src_name)

labelkit.src_path = src_path

import r7kit
from r7kit import A, R
from r10kit import L, A1, CA
for _m in list(sys.modules.values()):
    if getattr(_m, 'src_path', None) is _orig_src_path:
        _m.src_path = src_path

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r18-")
