"""Helpers for the r19_NN.py scripts (realdocs19 labels, annotator annot21): r11kit's helpers (r10kit's line finders
and anchors), writing the "r19-" files. labelkit.src_path is not edited (another set was being added at the same
time); this kit wraps it so that it also finds the documents in corpus/realdocs19, before the older kits are imported."""
import os, sys
import labelkit

_orig_src_path = labelkit.src_path

def src_path(src_name):
    p = os.path.join(labelkit.ROOT, 'corpus', 'realdocs19', src_name)
    return p if os.path.exists(p) else _orig_src_path(src_name)

labelkit.src_path = src_path

import r7kit
from r7kit import A, R
from r10kit import L, A1, CA
for _m in list(sys.modules.values()):
    if getattr(_m, 'src_path', None) is _orig_src_path:
        _m.src_path = src_path

def write(src_name, document, tasks, shared=()):
    r7kit.write(src_name, document, tasks, shared=shared, prefix="r19-")
