"""Helpers shared by the later sets' kits (r15kit … r19kit): r7kit's anchors and writer, r10kit's line finders; each kit
names its label prefix. labelkit.src_path finds the documents of every corpus/realdocsN folder."""
import r7kit
from r7kit import A, R
from r10kit import L, A1, CA

def writer(prefix):
    """write(src_name, document, tasks, shared=()) for the label files named prefix + the source's stem ("r18-…")."""
    def write(src_name, document, tasks, shared=()):
        r7kit.write(src_name, document, tasks, shared=shared, prefix=prefix)
    return write
