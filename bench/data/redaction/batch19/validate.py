#!/usr/bin/env python3
"""Validate batch19_dev.tsv / batch19_test.tsv (standard library only).
Checks: header, 4 fields, kinds, source format and split rule, must-vanish presence, negatives empty,
no duplicate lines, check digits of every identifier in a must-vanish list (cards: Luhn, IBAN: mod-97,
national ids by the keyword on the line), Luhn-valid digit runs in negatives only where allow-listed,
counts/ratios, script coverage, and that gen.py regenerates byte-identical files."""
import collections, os, re, subprocess, sys, tempfile, shutil
import ids

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource"
KINDS = {"credential", "pii", "negative"}
errors = []
def err(msg): errors.append(msg)

# (name, keyword on the line, regex for the must-vanish item, checker)
ID_RULES = [
    ("no_fnr", r"fødselsnummer", r"\d{11}", ids.no_fnr_ok),
    ("no_konto", r"Kontonummer", r"\d{4}\.\d{2}\.\d{5}", lambda s: ids.no_mod11_ok(s, ids.NO_KONTO_W)),
    ("de_steuerid", r"Steuer-ID", r"\d{2} \d{3} \d{3} \d{3}", ids.de_steuerid_ok),
    ("fr_nir", r"sécurité sociale", r"\d( \d+){6}", ids.fr_nir_ok),
    ("es_dni", r"\bDNI\b|\bNIE\b", r"[XYZ]?\d{7,8}[A-Z]", ids.es_dni_ok),
    ("kr_rrn", r"주민등록번호", r"\d{6}-\d{7}", ids.kr_rrn_ok),
    ("il_id", r"תעודת זהות", r"\d{9}", ids.il_id_ok),
    ("in_aadhaar", r"आधार", r"\d{4} \d{4} \d{4}", ids.aadhaar_ok),
    ("th_id", r"เลขประจำตัวประชาชน", r"\d-\d{4}-\d{5}-\d{2}-\d", ids.th_id_ok),
    ("ru_snils", r"СНИЛС", r"\d{3}-\d{3}-\d{3} \d{2}", ids.ru_snils_ok),
    ("ua_rnokpp", r"РНОКПП", r"\d{10}", ids.ua_rnokpp_ok),
    ("cn_id", r"身份证", r"\d{17}[\dX]", ids.cn_id_ok),
    ("nl_bsn", r"\bBSN\b|bsn=", r"\d{9}", ids.nl_bsn_ok),
    ("sa_nin", r"الهوية الوطنية", r"\d{10}", ids.sa_nin_ok),
    ("br_cpf", r"\bCPF\b", r"\d{3}\.\d{3}\.\d{3}-\d{2}", ids.br_cpf_ok),
]
IBAN_RE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}")
CARD_RE = re.compile(r"\d{4}(?:[ -]?\d{2,6}){2,4}")
# negatives that deliberately contain a Luhn-valid run (documented test card, company modem IMEI)
LUHN_NEGATIVE_ALLOW = {"4000000000000002"}
NEG_RUN_RE = re.compile(r"(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])")

def check_file(path, split):
    counts = collections.Counter()
    groups = set()
    id_checks = collections.Counter()
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if not raw.endswith("\n"):
        err(f"{path}: no trailing newline")
    rows = raw.split("\n")[:-1]
    if rows[0] != HEADER:
        err(f"{path}: bad header {rows[0]!r}")
    seen = set()
    for ln, row in enumerate(rows[1:], start=2):
        where = f"{os.path.basename(path)}:{ln}"
        f = row.split("\t")
        if len(f) != 4:
            err(f"{where}: {len(f)} fields"); continue
        kind, text, mv, src = f
        if kind not in KINDS:
            err(f"{where}: bad kind {kind!r}")
        m = re.fullmatch(r"writer19 g(\d\d) [a-z0-9][a-z0-9-]*", src)
        if not m:
            err(f"{where}: bad source {src!r}"); continue
        g = int(m.group(1))
        groups.add(g)
        if not 1 <= g <= 44:
            err(f"{where}: group out of range")
        if (g % 2 == 1) != (split == "dev"):
            err(f"{where}: g{g:02d} in wrong split {split}")
        if not text.strip() or text != text.rstrip():
            err(f"{where}: empty text or trailing whitespace")  # leading indentation is kept on purpose
        if text in seen:
            err(f"{where}: duplicate text")
        seen.add(text)
        items = [x for x in mv.split(" || ")] if mv else []
        if kind == "negative":
            if items:
                err(f"{where}: negative with must-vanish")
            for run in NEG_RUN_RE.findall(text):
                d = ids.digits(run)
                if ids.luhn_ok(d) and d not in LUHN_NEGATIVE_ALLOW and not (len(d) == 15 and "IMEI" in text):
                    err(f"{where}: negative contains Luhn-valid run {run!r}")
        else:
            if not items:
                err(f"{where}: {kind} without must-vanish")
            for it in items:
                if not it or it != it.strip():
                    err(f"{where}: empty/padded must-vanish item {it!r}")
                elif it not in text:
                    err(f"{where}: must-vanish {it!r} not in text")
        if kind == "pii":
            for it in items:
                done = False
                for name, kw, rx, fn in ID_RULES:
                    if re.search(kw, text) and re.fullmatch(rx, it):
                        id_checks[name] += 1
                        done = True
                        if not fn(it):
                            err(f"{where}: {name} check digit fails for {it!r}")
                if done:
                    continue
                if IBAN_RE.fullmatch(it) and len(it.replace(" ", "")) >= 15:
                    id_checks["iban"] += 1
                    if not ids.iban_ok(it):
                        err(f"{where}: IBAN mod-97 fails for {it!r}")
                elif CARD_RE.fullmatch(it) and 13 <= len(ids.digits(it)) <= 19 and it[0] in "3456":
                    id_checks["card"] += 1
                    if not ids.luhn_ok(it):
                        err(f"{where}: card Luhn fails for {it!r}")
        counts[kind] += 1
    return counts, groups, id_checks

def main():
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py")], check=True, cwd=HERE, stdout=subprocess.DEVNULL)
    total = collections.Counter()
    all_groups = set()
    all_checks = collections.Counter()
    texts = []
    for split in ("dev", "test"):
        path = os.path.join(HERE, f"batch19_{split}.tsv")
        c, g, k = check_file(path, split)
        print(f"{split}: {sum(c.values())} lines  " + "  ".join(f"{x}={c[x]}" for x in sorted(KINDS)) + f"  groups={len(g)}")
        total += c; all_groups |= g; all_checks += k
        texts += [r.split("\t")[1] for r in open(path, encoding="utf-8").read().split("\n")[1:-1]]
    n = sum(total.values())
    print(f"total: {n}  " + "  ".join(f"{x}={total[x]} ({total[x] / n:.0%})" for x in sorted(KINDS)))
    if all_groups != set(range(1, 45)):
        err(f"groups missing: {sorted(set(range(1, 45)) - all_groups)}")
    if not 440 <= n <= 520:
        err(f"total {n} not about 480")
    if not 0.35 <= total["negative"] / n <= 0.45:
        err("negative share not about 40%")
    if abs(total["credential"] - total["pii"]) > 0.15 * n:
        err("credential and pii not roughly even")
    print("check digits verified: " + ", ".join(f"{k}={v}" for k, v in sorted(all_checks.items())))
    for name in [r[0] for r in ID_RULES] + ["iban", "card"]:
        if all_checks[name] == 0:
            err(f"no {name} identifier was checked")
    scripts = {"Hangul": r"[\uac00-\ud7a3]", "Arabic": r"[\u0600-\u06ff]", "Hebrew": r"[\u0590-\u05ff]",
               "Cyrillic": r"[\u0400-\u04ff]", "Thai": r"[\u0e00-\u0e7f]", "Devanagari": r"[\u0900-\u097f]",
               "Han": r"[\u4e00-\u9fff]"}
    sc = {k: sum(1 for t in texts if re.search(v, t)) for k, v in scripts.items()}
    print("lines per non-Latin script: " + ", ".join(f"{k}={v}" for k, v in sc.items()))
    if sum(1 for v in sc.values() if v >= 8) < 2:
        err("fewer than two non-Latin scripts with real coverage")
    # determinism: a second run must give identical bytes
    tmp = tempfile.mkdtemp()
    try:
        for fn in ("gen.py", "ids.py"):
            shutil.copy(os.path.join(HERE, fn), tmp)
        subprocess.run([sys.executable, "gen.py"], check=True, cwd=tmp, stdout=subprocess.DEVNULL)
        for split in ("dev", "test"):
            a = open(os.path.join(HERE, f"batch19_{split}.tsv"), "rb").read()
            b = open(os.path.join(tmp, f"batch19_{split}.tsv"), "rb").read()
            if a != b:
                err(f"gen.py not deterministic for {split}")
    finally:
        shutil.rmtree(tmp)
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        print(f"FAILED with {len(errors)} errors")
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
