#!/usr/bin/env python3
"""Checks the blind report labels (bcb04 onwards) against their reports and the plans' label files.

Usage: python3 corpus/reports/blind/check_labels.py [NAME.labels.json ...]   (run from anywhere)
Without arguments it checks the sets written by the second and third blind annotators (SET below).
Exit code 1 when any check fails.
"""
import datetime
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SET = [
    "bcb04-skhcn-dongthap-kh552-theo-muc.labels.json",
    "bcb05-syte-hcm-kh174-nhom-so-nganh.labels.json",
    "bcb06-bqlkcn-hanoi-kh310-khong-theo-muc.labels.json",
    "bcb07-snnmt-thanhhoa-kh235-quan-trac.labels.json",
    "bcb08-ubnd-phuong-vocuong-kh141-nhom-xa-phuong.labels.json",
    # third blind set (bcb09–bcb12), same format
    "bcb09-sgddt-cantho-kh153-nhom-so-nganh.labels.json",
    "bcb10-sxd-dongthap-kh597-theo-muc.labels.json",
    "bcb11-skhcn-dongthap-kh617-khong-theo-muc.labels.json",
    "bcb12-syt-daklak-kh0130-xuong-dong.labels.json",
]
KEYS = ["report", "writtenForTesting", "labelledBlind", "planSource", "plan", "agency", "number", "issuedOn",
        "followsPlanNumbering", "passages", "silentTasks"]
PASSAGE_KEYS = {"anchor", "task", "claim", "completedOn"}
CLAIMS = {"done", "in_progress", "not_done", None}


def fold(text):
    return unicodedata.normalize("NFC", text).casefold()


def iso(value):
    return datetime.date.fromisoformat(value)


def plan_labels(plan_source, plan_number):
    """The label file whose document is the plan's source file and carries the plan's number."""
    source_name = Path(plan_source).name
    for folder in ("corpus/labels", "corpus/gold"):
        for path in sorted((REPO / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict) or "tasks" not in data:
                continue
            if data.get("file") == source_name or path.stem == Path(source_name).stem:
                if data["document"].get("number") != plan_number:
                    raise SystemExit(f"{path}: number {data['document'].get('number')} != {plan_number}")
                return path, data
    raise SystemExit(f"no label file for {plan_source}")


def check(labels_path):
    errors = []
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    if list(labels.keys())[: len(KEYS)] != KEYS or set(labels) - set(KEYS):
        errors.append(f"keys {list(labels)} differ from {KEYS}")
    report = (labels_path.parent / labels["report"]).read_text(encoding="utf-8")
    lines = report.splitlines()
    folded = fold(report)
    if "KIỂM THỬ" not in lines[0]:
        errors.append("first line does not say the report was written for testing")
    if not (labels["writtenForTesting"] is True and labels["labelledBlind"] is True):
        errors.append("writtenForTesting / labelledBlind must be true")
    if f"Số: {labels['number']}" not in report:
        errors.append(f"number {labels['number']} not in the header")
    issued = iso(labels["issuedOn"])
    if f"ngày {issued.day} tháng {issued.month} năm {issued.year}" not in report:
        errors.append(f"date {issued} not in the header")
    if not (REPO / labels["planSource"]).is_file():
        errors.append(f"plan source {labels['planSource']} missing")
    label_path, plan = plan_labels(labels["planSource"], labels["plan"])
    title_line = next((line for line in lines if "Kết quả thực hiện Kế hoạch" in line), "")
    if labels["plan"].split("/")[0] not in title_line:
        errors.append("plan number not in the title line")
    plan_date = iso(plan["document"]["issuedOn"])
    if not plan_date < issued:
        errors.append("report dated before the plan")
    tasks = {task["path"]: task for task in plan["tasks"]}

    mentioned = set()
    last_position = -1
    for index, passage in enumerate(labels["passages"]):
        where = f"passage {index} ({passage.get('anchor', '')[:40]}…)"
        if set(passage) - PASSAGE_KEYS - {"taskAlternatives"} or not PASSAGE_KEYS <= set(passage):
            errors.append(f"{where}: keys {sorted(passage)}")
            continue
        anchor = passage["anchor"]
        if "\n" in anchor or anchor != anchor.strip():
            errors.append(f"{where}: anchor spans lines or has outer spaces")
        words = len(anchor.split())
        if not 6 <= words <= 20:
            errors.append(f"{where}: anchor has {words} words")
        count = folded.count(fold(anchor))
        if count != 1:
            errors.append(f"{where}: anchor occurs {count} times")
        else:
            position = folded.index(fold(anchor))
            if position < last_position:
                errors.append(f"{where}: anchor out of document order")
            last_position = position
        for path in [passage["task"]] + passage.get("taskAlternatives", []):
            if path is not None and path not in tasks:
                errors.append(f"{where}: task {path} not in {label_path.name}")
            if path is not None:
                mentioned.add(path)
        if passage["claim"] not in CLAIMS:
            errors.append(f"{where}: claim {passage['claim']}")
        if passage["completedOn"] is not None:
            if passage["claim"] != "done":
                errors.append(f"{where}: completedOn on a claim that is not done")
            finished = iso(passage["completedOn"])
            if not plan_date < finished <= issued:
                errors.append(f"{where}: completedOn {finished} outside ({plan_date}, {issued}]")
            day, month = finished.day, finished.month
            stated = {f"{day}/{month}/{finished.year}", f"{day:02d}/{month:02d}/{finished.year}",
                      f"{day}/{month:02d}/{finished.year}", f"{day:02d}/{month}/{finished.year}",
                      f"ngày {day} tháng {month} năm {finished.year}"}
            if not any(form in report for form in stated):
                errors.append(f"{where}: completedOn {finished} is not written in the report")
        if passage["task"] is None and "taskAlternatives" in passage:
            errors.append(f"{where}: alternatives without a task")

    for path in labels["silentTasks"]:
        if path not in tasks:
            errors.append(f"silent task {path} not in {label_path.name}")
        elif not tasks[path]["lead"]:
            errors.append(f"silent task {path} has no lead in the plan")
        if path in mentioned:
            errors.append(f"silent task {path} is named by a passage")
    if len(set(labels["silentTasks"])) != len(labels["silentTasks"]):
        errors.append("silent tasks repeated")
    if not 12 <= len(labels["passages"]) <= 25:
        errors.append(f"{len(labels['passages'])} passages (12–25 expected)")
    claims = {}
    for passage in labels["passages"]:
        claims[passage["claim"]] = claims.get(passage["claim"], 0) + 1
    summary = ", ".join(f"{key}: {value}" for key, value in sorted(claims.items(), key=lambda kv: str(kv[0])))
    print(f"{labels_path.name}: {len(labels['passages'])} passages ({summary}), "
          f"{len(labels['silentTasks'])} silent, plan {labels['plan']} ({label_path.name})")
    return errors


def main(argv):
    names = argv[1:] or SET
    failed = False
    total = 0
    for name in names:
        path = Path(name) if Path(name).is_file() else HERE / name
        if not path.is_file():
            print(f"{name}: missing")
            failed = True
            continue
        errors = check(path)
        total += len(json.loads(path.read_text(encoding="utf-8"))["passages"])
        for error in errors:
            print(f"  ERROR {error}")
        failed |= bool(errors)
    print(f"{len(names)} reports, {total} passages: {'FAILED' if failed else 'ok'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
