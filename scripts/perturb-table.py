#!/usr/bin/env python3
"""Prints the perturbation table from OUTDIR/score-KIND.txt (dtrack score tables): per kind the pooled task F1, lead,
support, deadline and metadata figures beside the unperturbed copy's, and the documents that fell most.
Usage: perturb-table.py OUTDIR none KIND…"""
import sys

COLUMNS = ["gold", "pred", "taskP", "taskR", "taskF1", "lead", "supp", "mode", "dline", "categ",
           "kind", "number", "date", "issuer", "signer", "cited"]
META = ["kind", "number", "date", "issuer", "signer"]


def read(path):
    rows = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < len(COLUMNS) + 1:
                continue
            try:
                values = [float(x) for x in parts[-len(COLUMNS):]]
            except ValueError:
                continue
            name = " ".join(parts[: -len(COLUMNS)])
            row = dict(zip(COLUMNS, values))
            row["meta"] = sum(row[m] for m in META) / len(META)
            rows[name] = row
    return rows


def main(out, kinds):
    scores = {k: read(f"{out}/score-{k}.txt") for k in kinds}
    base = scores["none"]
    shown = ["taskF1", "lead", "supp", "dline", "meta"]
    print(f"{'perturbation':14} " + " ".join(f"{c:>15}" for c in shown) + "  docs worse (F1 / lead)")
    b = base["ALL"]
    print(f"{'none':14} " + " ".join(f"{b[c]:15.3f}" for c in shown))
    worst = {}
    for k in kinds:
        if k == "none" or "ALL" not in scores[k]:
            continue
        a = scores[k]["ALL"]
        cells = " ".join(f"{a[c]:7.3f} ({a[c] - b[c]:+.3f})" for c in shown)
        docs = [d for d in base if d != "ALL" and d in scores[k]]
        f1 = [d for d in docs if scores[k][d]["taskF1"] < base[d]["taskF1"] - 1e-9]
        lead = [d for d in docs if scores[k][d]["lead"] < base[d]["lead"] - 1e-9]
        print(f"{k:14} {cells}  {len(f1):3} / {len(lead):3}")
        fall = sorted(docs, key=lambda d: (scores[k][d]["taskF1"] - base[d]["taskF1"]) + 0.5 * (scores[k][d]["lead"] - base[d]["lead"]))
        worst[k] = [(d, base[d], scores[k][d]) for d in fall[:3]
                    if scores[k][d]["taskF1"] < base[d]["taskF1"] - 1e-9 or scores[k][d]["lead"] < base[d]["lead"] - 1e-9]
    print()
    print("largest falls (task F1, lead: unperturbed → perturbed)")
    for k, rows in worst.items():
        for d, was, now in rows:
            print(f"  {k:14} {d:26} F1 {was['taskF1']:.3f} → {now['taskF1']:.3f}  lead {was['lead']:.3f} → {now['lead']:.3f}"
                  f"  (gold {int(was['gold'])}, pred {int(was['pred'])} → {int(now['pred'])})")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
