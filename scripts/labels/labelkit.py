"""Small kit for writing blind label files in the gold format and checking their anchors."""
import json, os, re, sys, unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))

def D(kind, text, due=None, every=None):
    return {"kind": kind, "due": due, "every": every, "text": text}

def T(path, anchor, lead, support, deadline, category, mode=None, amb=None):
    if mode is None:
        mode = "assigned" if lead else None
    t = {"path": path, "anchor": anchor, "lead": lead, "support": support,
         "mode": mode, "deadline": deadline, "category": category}
    if amb is not None:
        t["deadlineAmbiguous"] = amb
    return t

CATS = {"TuyenTruyen","BanHanhVanBan","ToChucPhongTrao","KhenThuong","KiemTraGiamSat","BaoCao","ToChucBoMay","ThamMuu","Khac"}

def _sets():
    """corpus/realdocs, realdocs2, realdocs3, … in the order of their numbers: a newer set never hides an older set's document."""
    names = [n for n in os.listdir(os.path.join(ROOT, 'corpus')) if re.fullmatch(r'realdocs\d*', n)]
    return sorted(names, key=lambda n: int(n[len('realdocs'):] or 1))

def src_path(src_name):
    """The source of a label script's document in the first corpus/realdocsN folder that holds it (realdocs2 when none does)."""
    for folder in _sets():
        p = os.path.join(ROOT, 'corpus', folder, src_name)
        if os.path.exists(p):
            return p
    return os.path.join(ROOT, 'corpus', 'realdocs2', src_name)

def desegment(line):
    """Undo NLP word segmentation as the ingest's WordSegmentationRepair does: "Báo_cáo tình_hình , Bộ" -> "Báo cáo tình hình, Bộ"."""
    import re
    line = re.sub(r'(?<=\w)_(?=\w)', ' ', line)
    line = re.sub(r'\s+([,.;:!?)\]])', r'\1', line)
    return re.sub(r'([(\[])\s+', r'\1', line)

def read_lines(src_name, segmented=False):
    lines = open(src_path(src_name), encoding='utf-8').read().split('\n')
    return [desegment(l) for l in lines] if segmented else lines

def check(src_name, data, shared=(), segmented=False):
    lines = read_lines(src_name, segmented)
    low = [l.lower() for l in lines]
    errors, seen, last_line = [], set(), -1
    for t in data["tasks"]:
        a = t["anchor"]; p = t["path"]
        n = len(a.split())
        if not (6 <= n <= 12): errors.append(f"{p}: {n} tokens")
        if '\u00a0' in a: errors.append(f"{p}: NBSP")
        if a != unicodedata.normalize('NFC', a): errors.append(f"{p}: not NFC")
        if a.lower() in seen: errors.append(f"{p}: duplicate anchor")
        seen.add(a.lower())
        hits = [i for i, l in enumerate(lines) if a in l]
        occ = [i for i, l in enumerate(low) if a.lower() in l]
        total = sum(l.count(a.lower()) for l in low)
        if not hits: errors.append(f"{p}: not verbatim on one line: {a!r}")
        elif total != 1 and p not in shared: errors.append(f"{p}: {total} case-insensitive occurrences on lines {[i+1 for i in occ]}")
        else:
            if total != 1: print(f"NOTE {p}: text repeated verbatim elsewhere, {total} occurrences on lines {[i+1 for i in occ]}")
            hits = [i for i in hits if i > last_line] or hits
            if hits[0] < last_line: errors.append(f"{p}: anchor on line {hits[0]+1} before previous task's line {last_line+1}")
            last_line = hits[0]
            t["_line"] = hits[0] + 1
        if t["category"] not in CATS: errors.append(f"{p}: bad category")
        if (t["mode"] is None) != (not t["lead"]): errors.append(f"{p}: mode/lead mismatch")
        dl = t["deadline"]
        if dl is not None and dl["kind"] not in ("date","period","recurring","ongoing"): errors.append(f"{p}: bad deadline kind")
    paths = [t["path"] for t in data["tasks"]]
    if len(set(paths)) != len(paths): errors.append("duplicate paths")
    return errors

def write(src_name, document, tasks, shared=(), segmented=False, prefix=''):
    """segmented=True: the source is word-segmented ("Báo_cáo … tháng , Bộ"); anchors are written and checked
    against its desegmented lines, the text the ingest produces (as label 21's anchors are). prefix marks the set in
    the label's file name ("r3-" for realdocs3)."""
    data = {"file": src_name, "document": document, "tasks": tasks}
    errors = check(src_name, data, shared, segmented)
    for t in tasks:
        print(f'{t.pop("_line", "?"):>5} {t["path"]:<16} {t["anchor"]}')
    if errors:
        print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
    out = os.path.join(ROOT, 'corpus', 'labels', prefix + os.path.splitext(src_name)[0] + '.json')
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2); f.write('\n')
    print(f"OK {len(tasks)} tasks -> {out}")

def auto_anchor(src_name, start, stop=None, n=9):
    """First window of n tokens (from the item's first lines) that occurs once in the file, case-insensitively."""
    import re
    lines = open(src_path(src_name), encoding='utf-8').read().split('\n')
    text = '\n'.join(lines).lower()
    stop = stop or start + 6
    for ln in range(start, stop):
        line = lines[ln - 1]
        if ln == start:
            line = re.sub(r'^\s*(?:[-+]|[a-zđ]\)|\d+(?:\.\d+)*\.)\s+', '', line)
        toks = line.split()
        if len(toks) < 6: continue
        for size in (n, n + 1, n + 2, n + 3, 8, 7, 6):
            for i in range(0, max(1, len(toks) - size + 1)):
                cand = ' '.join(toks[i:i + size])
                if len(cand.split()) < 6 or cand not in lines[ln - 1]: continue
                if text.count(cand.lower()) == 1 and '\u00a0' not in cand:
                    return cand
    raise ValueError(f"no unique anchor from line {start}")
