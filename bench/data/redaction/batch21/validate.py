#!/usr/bin/env python3
"""Validate batch21_dev.tsv / batch21_test.tsv (stdlib only). Prints OK or the problems."""
import hashlib
import os
import re
import subprocess
import sys

import ids

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"batch21_dev.tsv": 1, "batch21_test.tsv": 0}  # group parity
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
SRC_RE = re.compile(r"^writer21 g(\d\d) (.+) \(([^()]+)\)$")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
DIGITRUN_RE = re.compile(r"(?<![\d])\d(?:[ -]?\d){12,18}(?![\d])")
PURE_RUN_RE = re.compile(r"\d{13,19}")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def luhn_runs(text):
    """Luhn-valid digit runs of 13-19 digits (contiguous, or 4-grouped with spaces/hyphens)."""
    found = set()
    for m in PURE_RUN_RE.finditer(text):
        if ids.luhn_ok(m.group()):
            found.add(m.group())
    for m in DIGITRUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and ids.luhn_ok(d):
            found.add(d)
    return found


def main():
    sys.path.insert(0, HERE)
    import gen
    dev, test = gen.build()
    built = {"batch21_dev.tsv": dev, "batch21_test.tsv": test}
    exceptions = set(gen.LUHN_EXCEPTIONS)
    all_items = []
    counts = {}
    texts = set()
    for name, parity in FILES.items():
        path = os.path.join(HERE, name)
        raw = open(path, "rb").read()
        if raw.decode("utf-8") != built[name]:
            err(f"{name}: differs from in-process build()")
        lines = raw.decode("utf-8").split("\n")
        if lines[-1] != "":
            err(f"{name}: missing final newline")
        lines = lines[:-1]
        if lines[0] != HEADER:
            err(f"{name}: bad header {lines[0]!r}")
        for ln, line in enumerate(lines[1:], start=2):
            where = f"{name}:{ln}"
            if "\r" in line:
                err(f"{where}: carriage return")
            f = line.split("\t")
            if len(f) != 4:
                err(f"{where}: {len(f)} fields")
                continue
            kind, text, mv, src = f
            if kind not in KINDS:
                err(f"{where}: kind {kind!r}")
            m = SRC_RE.match(src)
            if not m:
                err(f"{where}: bad source {src!r}")
            elif int(m.group(1)) % 2 != parity:
                err(f"{where}: group g{m.group(1)} in wrong split")
            if not text.strip():
                err(f"{where}: empty text")
            if text in texts:
                warnings.append(f"{where}: duplicate text")
            texts.add(text)
            items = mv.split(" ||| ") if mv else []
            split = "dev" if parity else "test"
            counts[(split, kind)] = counts.get((split, kind), 0) + 1
            if kind == "negative":
                if items:
                    err(f"{where}: negative with must-vanish items")
                bad = luhn_runs(text) - exceptions
                if bad:
                    err(f"{where}: Luhn-valid digit run(s) in negative: {sorted(bad)}")
                for ib in IBAN_RE.findall(text):
                    if ids.iban_ok(ib):
                        err(f"{where}: valid IBAN in negative: {ib}")
                for e in EMAIL_RE.findall(text):
                    warnings.append(f"{where}: email-like string in negative (check it is not personal): {e}")
            else:
                if not items:
                    err(f"{where}: {kind} line without must-vanish items")
                for it in items:
                    if not it.strip() or it != it.strip():
                        err(f"{where}: empty or padded item {it!r}")
                    if it not in text:
                        err(f"{where}: item not in text: {it!r}")
                for ib in IBAN_RE.findall(text):
                    if ids.iban_ok(ib) and not any(ib in it for it in items):
                        err(f"{where}: valid IBAN not listed: {ib}")
                for run in luhn_runs(text):
                    if not any(run in re.sub(r"\D", "", it) for it in items):
                        warnings.append(f"{where}: Luhn-valid run not listed (check): {run}")
                all_items.extend(items)
    # check digits of every registered identifier, and that each is listed somewhere
    norm_items = {re.sub(r"[\s-]", "", it) for it in all_items}
    for kind, value in gen.REG:
        check = ids.VALIDATORS[kind]
        if not check(value):
            err(f"check digit invalid: {kind} {value}")
        if re.sub(r"[\s-]", "", value) not in norm_items:
            err(f"registered {kind} {value} not found among must-vanish items")
    # IBANs listed as items must be valid
    for it in all_items:
        if IBAN_RE.fullmatch(it) and not ids.iban_ok(it):
            err(f"listed IBAN fails mod-97: {it}")
    # rebuild from a fresh interpreter: byte-identical twice
    before = {n: hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in FILES}
    for _ in range(2):
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py")], check=True, cwd=HERE)
        after = {n: hashlib.sha256(open(os.path.join(HERE, n), "rb").read()).hexdigest() for n in FILES}
        if after != before:
            err("rebuild is not byte-identical")
    for w in warnings:
        print("WARN", w)
    print("split  credential  pii  negative  total")
    for split in ("dev", "test"):
        c = [counts.get((split, k), 0) for k in ("credential", "pii", "negative")]
        print(f"{split:5}  {c[0]:10}  {c[1]:3}  {c[2]:8}  {sum(c):5}")
    tot = [sum(counts.get((s, k), 0) for s in ("dev", "test")) for k in ("credential", "pii", "negative")]
    print(f"{'all':5}  {tot[0]:10}  {tot[1]:3}  {tot[2]:8}  {sum(tot):5}  (negative {100 * tot[2] / sum(tot):.1f}%)")
    print(f"registered check-digit identifiers: {len(gen.REG)}")
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
