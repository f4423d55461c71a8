"""Write and check the labels of a progress report written for testing (corpus/reports/blind). Each passage's anchor
must occur verbatim on one line of the report, once (case-insensitive), and every task path must exist in the plan's
label file; silent tasks must be paths of the plan that no passage names."""
import json, os, sys, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
def P(anchor, task, claim, completedOn=None, alt=None):
    p = {"anchor": anchor, "task": task, "claim": claim, "completedOn": completedOn}
    if alt:
        p["taskAlternatives"] = alt
    return p
def write(name, plan_label, agency, shape, passages, silent, owner_groups):
    rpt = os.path.join(ROOT, 'corpus', 'reports', 'blind', name + '.txt')
    lines = open(rpt, encoding='utf-8').read().split('\n')
    low = [l.lower() for l in lines]
    plan = json.load(open(os.path.join(ROOT, 'corpus', 'labels', plan_label), encoding='utf-8'))
    paths = {t["path"] for t in plan["tasks"]}
    errors = []
    for p in passages:
        a = p["anchor"]
        if a != unicodedata.normalize('NFC', a): errors.append(f"not NFC: {a!r}")
        n = sum(l.count(a.lower()) for l in low)
        if not any(a in l for l in lines): errors.append(f"not verbatim on one line: {a!r}")
        elif n != 1: errors.append(f"{n} occurrences: {a!r}")
        if not (5 <= len(a.split()) <= 14): errors.append(f"{len(a.split())} tokens: {a!r}")
        for t in [p["task"]] + p.get("taskAlternatives", []):
            if t is not None and t not in paths: errors.append(f"unknown task {t}")
        if p["claim"] not in ("done", "in_progress", "not_done", None): errors.append(f"bad claim {p['claim']}")
    named = {p["task"] for p in passages} | {x for p in passages for x in p.get("taskAlternatives", [])}
    for s in silent:
        if s not in paths: errors.append(f"unknown silent task {s}")
        if s in named: errors.append(f"silent task {s} is named by a passage")
    if errors:
        print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
    data = {"report": name + ".txt", "labelledBlind": True,
            "plan": {"number": plan["document"]["number"], "issuer": plan["document"]["issuer"],
                     "label": "corpus/labels/" + plan_label},
            "agency": agency, "ownerGroups": owner_groups, "shape": shape,
            "passages": passages, "silentTasks": silent}
    out = os.path.join(ROOT, 'corpus', 'reports', 'blind', name + '.labels.json')
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=2); f.write('\n')
    print(f"OK {len(passages)} passages, {len(silent)} silent -> {out}")
