#!/usr/bin/env python3
"""Writes perturbed copies of labelled documents: the variations real converters (Word, pdftotext, pandoc, copy and
paste) produce that leave the scorer's anchors valid (it folds case, diacritics and punctuation, and collapses spaces).

Usage: perturb.py OUTDIR KIND[,KIND…] FILE…   writes OUTDIR/KIND~NAME for every FILE and KIND ("none" copies it).
       perturb.py --kinds                     lists the kinds.
Tables (lines starting with "|" and the cells written one per line between lone "|" lines) keep their lines: the line
perturbations (wrap, blank lines, page furniture, indents) leave them alone; the character ones apply everywhere.
"""
import os
import random
import re
import sys
import unicodedata

# A list marker at a line's start, as src/Ingest/Layout/ListMarker.cs reads them, with markdown emphasis before it.
MARKER = re.compile(r"^\s*(?:\*{1,2})?(?:[IVXL][IVXLivxl]{0,4}\.|\d{1,2}(?:\.\d{1,2}){0,3}\.|\d{1,2}(?:\.\d{1,2}){1,3}"
                    r"|\d{1,2}\)|\(\d{1,2}\)|[a-zđ]\)|\([a-zđ]\)|[A-HK-UW-Z]\.|[-+*•–‒])(?=\s|$)")
# What a continuation line must not start with, or the wrap would make a marker (or an article) of a word in the text.
MARKER_LIKE = re.compile(r"^(?:[\dIVXL(\-+*•–‒|#]|[A-Za-zđ][.)]|Điều\b|ĐIỀU\b|Chương\b|CHƯƠNG\b|Mục\b|MỤC\b|Phần\b|PHẦN\b)")

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def protected_lines(lines):
    """Indexes of table lines: lines starting with "|" or holding two, and everything between two such lines at most 15
    lines apart (cells written one per line between lone "|" lines)."""
    pipes = [i for i, l in enumerate(lines) if l.lstrip().startswith("|") or l.count("|") >= 2]
    keep = set(pipes)
    for a, b in zip(pipes, pipes[1:]):
        if b - a <= 15:
            keep.update(range(a, b + 1))
    # The line on either side too: the blank line that ends a table of cells is part of its writing.
    return keep | {i - 1 for i in keep} | {i + 1 for i in keep}


def wrap_line(line, width):
    """Greedy wrap at word boundaries; a marker-like word stays on the line before (which runs a little over)."""
    if len(line) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    out, cur = [], []
    for w in line.split():
        used = len(indent) + len(" ".join(cur)) if not out else len(" ".join(cur))
        if cur and used + 1 + len(w) > width and not MARKER_LIKE.match(w):
            out.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    out.append(" ".join(cur))
    return [indent + out[0]] + out[1:]


def unwrap(lines):
    """Joins the lines of each blank-separated paragraph into one (Word's "save as plain text"), for documents that
    separate paragraphs by blank lines; a line starting with a marker, or in capitals, or after a short line keeps its
    start."""
    if not blank_separated(lines):
        return lines
    prot = protected_lines(lines)
    # Only a line near the wrap width was wrapped: short lines (a letterhead's, a heading's) end their paragraph.
    lengths = sorted(len(l.strip()) for l in lines if len(l.strip()) >= 20)
    full = 0.6 * lengths[int(len(lengths) * 0.8)] if lengths else 0
    out = []
    for i, line in enumerate(lines):
        prev_ok = out and len(lines[i - 1].strip()) >= full and (i - 1) not in prot and i not in prot
        if prev_ok and line.strip() and not MARKER.match(line) and not is_capitals(line) and not is_capitals(out[-1]):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return out


def blank_separated(lines):
    """Whether blank lines separate the paragraphs: most lines that end a sentence or clause have a blank line after them
    (pandoc's and Word's text; not pdftotext's, whose blank lines fall anywhere)."""
    ends = [i for i, l in enumerate(lines[:-1]) if l.rstrip().endswith((".", ";", ":"))]
    return len(ends) >= 5 and sum(1 for i in ends if not lines[i + 1].strip()) >= 0.8 * len(ends)


def is_capitals(line):
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(not c.islower() for c in letters)


def rewrap(lines, width, longer_than):
    prot = protected_lines(lines)
    out = []
    for i, line in enumerate(lines):
        # Lines set in columns by spaces (pdftotext -layout) are a layout, not a paragraph to wrap.
        if i in prot or len(line) <= longer_than or "   " in line.strip():
            out.append(line)
        else:
            out.extend(wrap_line(line, width))
    return out


def blank_drop(lines):
    prot = protected_lines(lines)
    return [l for i, l in enumerate(lines) if l.strip() or i in prot]


def blank_every(lines):
    """A blank line after every line (converters that end each printed line with a paragraph)."""
    prot = protected_lines(lines)
    out = []
    for i, l in enumerate(lines):
        out.append(l)
        if l.strip() and i not in prot:
            out.append("")
    return out


def blank_double(lines):
    prot = protected_lines(lines)
    out = []
    for i, l in enumerate(lines):
        out.append(l)
        if not l.strip() and i not in prot:
            out.append("")
    return out


def pages(lines, form_feed, every=45):
    """Page numbers between pages (at the top centre, as Vietnamese documents number them), every `every` lines."""
    prot = protected_lines(lines)
    out, page = [], 2
    for i, l in enumerate(lines):
        if i >= every and i % every == 0 and i not in prot and (i - 1) not in prot and i < len(lines) - 5:
            if form_feed:
                out.append("\f" + " " * 38 + str(page))
                out.append("")
            else:
                out.append(str(page))
            page += 1
        out.append(l)
    return out


BULLET = re.compile(r"^(\s*)([-+])(\s)")


def bullets(lines, mapping, after_break):
    """Line-start bullets written with another symbol. Only a dash before a capital: one a compound was wrapped at
    ("dạy - học" / "- thi …") is text, and a converter leaves it. With `after_break`, also only after a blank line, a
    line that ends a clause or a heading ("Thi đua" / "- Khen thưởng …" is a name wrapped at its dash); a swap of levels
    ("-" ↔ "+") goes without it, as a swap must change every bullet of a list."""
    out = []
    for i, l in enumerate(lines):
        if l.lstrip().startswith("|"):
            out.append(l)
            continue
        m = BULLET.match(l)
        rest = l[m.end():].lstrip() if m else ""
        before = lines[i - 1].rstrip() if i > 0 else ""
        opens = not before.strip() or before.endswith((".", ";", ":", "!", "?")) or is_capitals(before) or bool(MARKER.match(before) and len(before) < 60)
        if m and m.group(2) in mapping and rest[:1].isupper() and (opens or not after_break):
            l = m.group(1) + mapping[m.group(2)] + l[m.end(2):]
        out.append(l)
    return out


def marker_tab(lines):
    out = []
    for l in lines:
        m = MARKER.match(l)
        # pdftotext never writes tabs: lines set in columns by spaces keep their spaces.
        if m and not l.lstrip().startswith("|") and m.end() < len(l) and l[m.end()] == " " and "   " not in l.strip():
            l = l[: m.end()] + "\t" + l[m.end() + 1:]
        out.append(l)
    return out


def indent(lines):
    """Every line two spaces in (pdftotext's left margin); relative indents stay, as Markdown nests lists by them."""
    prot = protected_lines(lines)
    return [l if i in prot or not l.strip() else "  " + l for i, l in enumerate(lines)]


def trailing(lines, tab):
    ends = ["\t", " \t"] if tab else [" ", "  ", "   "]
    # pdftotext never writes tabs: lines set in columns by spaces keep their spaces.
    return [l + ends[i % len(ends)] if l.strip() and not (tab and "   " in l.strip()) else l for i, l in enumerate(lines)]


def nbsp(text):
    # About a third of the spaces as NBSP, the same ones on every run (Word's fixed spaces, text copied from a PDF).
    rnd = random.Random(11)
    return "".join("\u00a0" if c == " " and rnd.random() < 0.33 else c for c in text)


def no_emphasis(lines):
    # The same document converted to plain text instead of markdown: no "**bold**" or "*italic*" marks.
    # A "* " at a line's start is a list bullet, not emphasis: it stays.
    out = []
    for l in lines:
        bullet = re.match(r"^\s*\*\s+(?=\S)", l)
        keep = bullet.end() if bullet else 0
        out.append(l if l.lstrip().startswith("|") else l[:keep] + re.sub(r"\*{1,3}", "", l[keep:]))
    return out


def straight_quotes(text):
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def tone_swap(text):
    """Moves the tone of open "oa", "oe", "uy" syllables to the other vowel: hòa ↔ hoà, khỏe ↔ khoẻ, thủy ↔ thuỷ."""
    def swap(m):
        word = m.group(0)
        d = unicodedata.normalize("NFD", word)
        tone = [c for c in d if c in TONES]
        if len(tone) != 1:
            return word
        bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
        low = bare.lower()
        # qu + y ("quý") and gi + vowel keep the tone where it is: the u / i belongs to the consonant.
        for pair in ("oa", "oe", "uy"):
            at = low.find(pair)
            if at < 0 or at + 2 != len(low) or (pair == "uy" and at > 0 and low[at - 1] == "q"):
                continue
            # Where the tone stands now: on the first or the second vowel of the pair.
            pos, k = None, -1
            for c in d:
                if c in TONES:
                    pos = k
                elif unicodedata.combining(c) == 0:
                    k += 1
            target = at + 1 if pos == at else at if pos == at + 1 else None
            if target is None:
                return word
            letters = list(bare)
            letters[target] = unicodedata.normalize("NFC", letters[target] + tone[0])
            return "".join(letters)
        return word
    return re.sub(r"[^\W\d_]+", swap, text)


def apply(kind, text):
    crlf = "\r\n" in text
    lines = text.replace("\r\n", "\n").split("\n")
    if kind == "none":
        return text
    if kind == "unwrap":
        lines = unwrap(lines)
    elif kind in ("wrap76", "wrap60"):
        # Paragraphs set apart by blank lines are re-wrapped whole; elsewhere only the lines of a paragraph each.
        width = int(kind[4:])
        lines = rewrap(unwrap(lines), width, width) if blank_separated(lines) else rewrap(lines, width, 130)
    elif kind == "blank-drop":
        lines = blank_drop(lines)
    elif kind == "blank-every":
        lines = blank_every(lines)
    elif kind == "blank-double":
        lines = blank_double(lines)
    elif kind == "page-num":
        lines = pages(lines, form_feed=False)
    elif kind == "page-ff":
        lines = pages(lines, form_feed=True)
    elif kind == "bullet-dot":
        lines = bullets(lines, {"-": "•"}, after_break=True)
    elif kind == "bullet-endash":
        lines = bullets(lines, {"-": "–"}, after_break=True)
    elif kind == "bullet-swap":
        lines = bullets(lines, {"-": "+", "+": "-"}, after_break=False)
    elif kind == "marker-tab":
        lines = marker_tab(lines)
    elif kind == "indent":
        lines = indent(lines)
    elif kind in ("trailing", "trailing-tab"):
        lines = trailing(lines, kind == "trailing-tab")
    elif kind == "no-emphasis":
        lines = no_emphasis(lines)
    elif kind in ("crlf", "nfd", "nbsp", "tone-swap", "quotes"):
        pass
    else:
        raise SystemExit(f"unknown kind {kind}")
    text = "\n".join(lines)
    if kind == "crlf" or crlf:
        text = text.replace("\n", "\r\n")
    if kind == "nfd":
        text = unicodedata.normalize("NFD", text)
    if kind == "nbsp":
        text = nbsp(text)
    if kind == "tone-swap":
        text = tone_swap(text)
    if kind == "quotes":
        text = straight_quotes(text)
    return text


KINDS = ["none", "unwrap", "wrap76", "wrap60", "blank-drop", "blank-every", "blank-double", "page-num", "page-ff",
         "bullet-dot", "bullet-endash", "bullet-swap", "marker-tab", "indent", "trailing", "trailing-tab", "no-emphasis", "crlf", "nfd",
         "nbsp", "tone-swap", "quotes"]


def main(argv):
    if argv[1:] == ["--kinds"]:
        print(" ".join(KINDS))
        return
    out, kinds, files = argv[1], argv[2].split(","), argv[3:]
    os.makedirs(out, exist_ok=True)
    for f in files:
        with open(f, encoding="utf-8", newline="") as fh:
            text = fh.read()
        for kind in kinds:
            with open(os.path.join(out, f"{kind}~{os.path.basename(f)}"), "w", encoding="utf-8", newline="") as fh:
                fh.write(apply(kind, text))


if __name__ == "__main__":
    main(sys.argv)
