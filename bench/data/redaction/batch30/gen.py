#!/usr/bin/env python3
"""writer30 generator: builds batch30_dev.tsv, batch30_test.tsv, batch30_ids.tsv, README.md.
Usage: python3 gen.py [outdir]   (stdlib only, deterministic)"""
import base64, json, os, random, string, sys
import ids

R = random.Random(30)      # every secret body, in a fixed order
NR = random.Random(3030)   # harmless look-alikes (SHAs, UUIDs, trace ids)

UP, LO, D = string.ascii_uppercase, string.ascii_lowercase, string.digits
AL = UP + LO + D
HEX = "0123456789abcdef"
B64 = AL + "+/"
URLSAFE = AL + "-_"

def rs(alpha, n, rng=None):
    rng = rng or R
    return "".join(rng.choice(alpha) for _ in range(n))

# ---------- secrets (R) ----------
def pw(n=16):
    s = rs(AL, n - 2) + rs("!#%*-_.@^+", 1) + rs(D, 1)
    return s
def pwu(n=18):           # URL-safe password
    return rs(AL, n - 1) + rs(D, 1)
def otp(n=6): return rs(D, n)
def aws_id(): return "AKIA" + rs(UP + "234567", 16)
def aws_sk(): return rs(AL + "/+", 40)
def ghp(): return "ghp_" + rs(AL, 36)
def ghpat(): return "github_pat_11" + rs(UP + D, 20) + "_" + rs(AL, 59)
def glpat(): return "glpat-" + rs(URLSAFE, 20)
def xoxb(): return f"xoxb-{rs(D, 12)}-{rs(D, 13)}-{rs(AL, 24)}"
def xoxp(): return f"xoxp-{rs(D, 12)}-{rs(D, 12)}-{rs(D, 13)}-{rs(HEX, 32)}"
def slack_hook(): return f"https://hooks.slack.com/services/T{rs(UP + D, 8)}/B{rs(UP + D, 10)}/{rs(AL, 24)}"
def sk_live(): return "sk_live_51" + rs(AL, 64)
def rk_live(): return "rk_live_51" + rs(AL, 64)
def whsec(): return "whsec_" + rs(AL, 32)
def sendgrid(): return "SG." + rs(URLSAFE, 22) + "." + rs(URLSAFE, 43)
def hex32(): return rs(HEX, 32)
def hex40(): return rs(HEX, 40)
def twilio_sk(): return "SK" + rs(HEX, 32)
def openai(): return "sk-proj-" + rs(URLSAFE, 40) + "T3BlbkFJ" + rs(URLSAFE, 40)
def anthropic(): return "sk-ant-api03-" + rs(URLSAFE, 93) + "AA"
def gapi(): return "AIza" + rs(URLSAFE, 35)
def npm(): return "npm_" + rs(AL, 36)
def pypi(): return "pypi-AgEIcHlwaS5vcmc" + rs(URLSAFE, 64)
def mailgun(): return "key-" + rs(HEX, 32)
def shpat(): return "shpat_" + rs(HEX, 32)
def hvs(): return "hvs.CAESI" + rs(URLSAFE, 47)
def hf(): return "hf_" + rs(AL, 34)
def telegram(): return f"{rs('123456789', 1)}{rs(D, 9)}:AA{rs(URLSAFE, 33)}"
def dop(): return "dop_v1_" + rs(HEX, 64)
def age_key(): return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
def tfc(): return rs(AL, 14) + ".atlasv1." + rs(AL, 67)
def azure_key(): return rs(B64, 86) + "=="
def discord_hook(): return f"https://discord.com/api/webhooks/{rs('123456789', 1)}{rs(D, 17)}/{rs(URLSAFE, 68)}"
def nrak(): return "NRAK-" + rs(UP + D, 27)
def pmak(): return "PMAK-" + rs(HEX, 24) + "-" + rs(HEX, 34)
def linear(): return "lin_api_" + rs(AL, 40)
def atatt(): return "ATATT3xFfGF0" + rs(URLSAFE, 100) + "=" + rs(HEX.upper(), 8)
def cf_token(): return rs(URLSAFE, 40)
def glsa(): return "glsa_" + rs(AL, 32) + "_" + rs(HEX, 8)
def dckr(): return "dckr_pat_" + rs(URLSAFE, 27)
def atbb(): return "ATBB" + rs(AL, 32)
def uuid_secret():
    h = rs(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
def bcrypt(): return "$2b$12$" + rs("./" + AL, 53)
def apr1(): return "$apr1$" + rs("./" + AL, 8) + "$" + rs("./" + AL, 22)
def pem(n=64): return rs(B64, n)
def sentry_tok(): return "sntrys_eyJpYXQiOjE3" + rs(AL, 70)
def mapbox_sk(): return "sk.eyJ1Ijoia2VzdHJlbG1hcmsiLCJhIjoi" + rs(AL, 25) + "In0." + rs(URLSAFE, 22)
def b64url(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def jwt(sub, extra=None):
    hdr = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = {"sub": sub, "iat": 1733500000 + int(rs(D, 5)), "jti": rs(HEX, 16)}
    if extra:
        body.update(extra)
    pl = b64url(json.dumps(body, separators=(",", ":")).encode())
    return f"{hdr}.{pl}.{rs(URLSAFE, 43)}"
def basic(user, pwd): return base64.b64encode(f"{user}:{pwd}".encode()).decode()
def b64(s): return base64.b64encode(s.encode()).decode()
def cookie(n=40): return rs(URLSAFE, n)

# ---------- harmless look-alikes (NR) ----------
def sha(n=40): return rs(HEX, n, NR)
def uuid():
    h = rs(HEX, 32, NR)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"
def trace(): return rs(HEX, 32, NR)
def span(): return rs(HEX, 16, NR)
def fp(): return ":".join(rs(HEX, 2, NR) for _ in range(16))

# ---------- registered ids ----------
REG = []
def reg(scheme, key, value):
    REG.append((scheme, key, value))
    return value

def C(text, *mv): return ("credential", text, list(mv))
def P(text, *mv): return ("pii", text, list(mv))
def N(text): return ("negative", text, [])

GROUPS = []
def group(artefact, lang):
    def deco(fn):
        GROUPS.append((artefact, lang, fn))
        return fn
    return deco

# ======================= groups =======================
# Company: Kestrelmark Horology (kestrelmark.com / api.kestrelmark.io / kmk.internal) - marketplace and
# escrow for restored mechanical watches plus a network of partner repair workshops.
# Clusters kmk-prod-euw1, kmk-prod-aps1, kmk-stg-euw1. Services: storefront, intake-svc, escrow-ledger,
# movement-catalog, courier-bridge, appraisal-api, notifier, auth-gw.

@group("Slack thread", "English")
def g01():
    p1 = pw(18); hook = slack_hook(); tok = xoxb(); gh = ghp()
    ib = reg("iban", "g01-refund", ids.iban("GB", "BARC20035341857296"))
    return [
        N(f"[09:02] deploy-bot: escrow-ledger 2.14.0.3 rolled out to kmk-prod-euw1, image sha256:{sha(64)}"),
        C(f"[09:05] Tomasz Wierzbicki: heads-up, I rotated the ledger db password to {p1} after the pastebin scare, update your ~/.pgpass", p1, "Tomasz Wierzbicki"),
        P("[09:07] Priya Raghunathan: customer on KM-48213 is Mrs Hollis Abernathy-Grey, she wants a callback on 07911 482306 before noon", "Priya Raghunathan", "Hollis Abernathy-Grey", "07911 482306"),
        N("[09:08] pagerbot: INC-2291 acknowledged, severity SEV2, runbook https://wiki.kmk.internal/runbooks/escrow-ledger#replica-lag"),
        C(f"[09:11] Priya Raghunathan: someone pasted the alerts hook in #general, it's {hook} - revoking now", hook, "Priya Raghunathan"),
        N(f"[09:12] github: [kestrelmark/escrow-ledger] 3 new commits to main: {sha()[:7]} fix(ledger): retry on serialization failure (SQLSTATE 40001)"),
        P(f"[09:14] Tomasz Wierzbicki: fwiw Hollis's card on file ends 4417, the refund goes to her IBAN {ib}", "Tomasz Wierzbicki", "Hollis's", ib),
        N("[09:15] statusbot: escrow_ledger_replica_lag_seconds p99=41.7 on pg-ledger-02.kmk.internal:5432 (threshold 30)"),
        C(f"[09:18] Deniz Aksoy: bot token for the refund notifier is {tok}, I'll move it into vault after the incident", tok, "Deniz Aksoy"),
        N("[09:19] deploy-bot: secret ref updated -> vault kv get -field=token kv/kmk-prod/notifier/slack (version 7)"),
        P("[09:22] Deniz Aksoy: ping @priya.raghunathan and @t.wierzbicki on the postmortem doc", "Deniz Aksoy", "@priya.raghunathan", "@t.wierzbicki"),
        C(f"[09:25] Tomasz Wierzbicki: CI still has my old PAT {gh} baked into the runner env, nuking it", gh, "Tomasz Wierzbicki"),
        N("[09:40] pagerbot: INC-2291 resolved after 38m; follow-ups OPS-7712 and OPS-7713 filed"),
        N(f"> trace {trace()} span {span()} shows the retry loop in escrow-ledger 2.14.0.3"),
    ]

@group(".env file", "English")
def g02():
    db = pwu(22); sk = sk_live(); sg = sendgrid(); rd = pwu(24)
    return [
        N("# storefront .env - mirrors 1Password item 'storefront-prod' (never commit) - owner: team-checkout"),
        N("NODE_ENV=production"),
        C(f"DATABASE_URL=postgres://storefront_app:{db}@pg-shop-01.kmk.internal:5432/storefront?sslmode=require", db),
        C(f"STRIPE_SECRET_KEY={sk}", sk),
        N("STRIPE_DOCS_EXAMPLE_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc   # Stripe's published docs key, only used by unit tests"),
        C(f"SENDGRID_API_KEY={sg}", sg),
        P('SUPPORT_ESCALATION_CONTACT="Marguerite Oyelaran-Bisset <m.oyelaran.bisset@gmail.com>, +44 7700 183562"', "Marguerite Oyelaran-Bisset", "m.oyelaran.bisset@gmail.com", "+44 7700 183562"),
        N("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE   # placeholder from the AWS docs, the real one comes from IRSA"),
        N("SESSION_SECRET=${SESSION_SECRET:?set via existingSecret storefront-session}"),
        C(f"REDIS_URL=rediss://default:{rd}@cache-shop.kmk.internal:6380/0", rd),
        P("# TODO(Fenwick Adebayo-Ross, fenwick.ar@outlook.com): move the seed admin out of here before go-live", "Fenwick Adebayo-Ross", "fenwick.ar@outlook.com"),
        P("SEED_ADMIN_DOB=1987-03-14   # Rosalind Mbeki-Carver, needed for the KYC mock", "1987-03-14", "Rosalind Mbeki-Carver"),
        N("OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability.svc.cluster.local:4317"),
        N("CHECKOUT_FEATURE_FLAGS=applepay,klarna-v2,escrow-hold-72h"),
    ]

@group("Helm values.yaml", "Fulani")
def g03():
    p1 = pw(20); p2 = pw(16); hook = slack_hook()
    return [
        N("# intake-svc values.yaml - ɗum ko teelte golle kmk-prod-euw1, hoto waylu ɗum so a haalaani e team-intake"),
        N(f'image: {{ repository: registry.kmk.internal/intake-svc, tag: "3.8.1.17", digest: "sha256:{sha(64)}" }}'),
        N("existingSecret: intake-svc-db   # sirru oo woni ko e Vault, wonaa ɗoo"),
        C(f'  password: "{p1}"   # Mi waylii ɗum hannde, Aamadu Soh yiɗi heɓde ɗum jaŋngo', p1, "Aamadu Soh"),
        C(f"  smtpPassword: {p2}   # sirru poste, hoto hollu ɗum neɗɗo", p2),
        P('  oncallContact: "Kadiatou Bah, +221 77 412 58 03"   # noddu mo so golle ngoo ŋakkii', "Kadiatou Bah", "+221 77 412 58 03"),
        P("  # Jom golle oo ko Mariama Diallo, galle makko: Villa 214, Cité Keur Gorgui, Dakar", "Mariama Diallo", "Villa 214, Cité Keur Gorgui, Dakar"),
        N("  ingress: { host: intake.api.kestrelmark.io, tlsSecretName: intake-tls, className: nginx }"),
        C(f"  slackWebhook: {hook}   # ngol ko laawol jeŋngol, hoto siiftu ɗum", hook),
        P("  adminEmail: hamadoun.barry.kmk@gmail.com   # ɗum ko email makko keeriiɗo, ɓuri moƴƴude yo en waylu", "hamadoun.barry.kmk@gmail.com"),
        N("  resources: { requests: { cpu: 250m, memory: 512Mi }, limits: { memory: 1Gi } }"),
        N(f'  podAnnotations: {{ checksum/config: "{sha(64)}" }}'),
        N("  serviceAccount: { name: svc-intake, annotations: { eks.amazonaws.com/role-arn: arn:aws:iam::481223907765:role/intake-irsa } }"),
        P("  # Holi ko jogii ɗum? Lamndo Oumou Sow (@oumou.sow) walla Ousmane Kane", "Oumou Sow", "@oumou.sow", "Ousmane Kane"),
    ]

@group("GitLab CI job log", "Inuktitut")
def g04():
    dk = dckr(); nt = npm(); gl = glpat(); pp = pypi()
    sin = reg("ca_sin", "g04-payroll", ids.ca_sin("61938427"))
    return [
        N("Running with gitlab-runner 17.5.2 (c1e1b8f2) on kmk-runner-yow-03 (#4471), executor docker"),
        N('$ echo "ᐱᓕᕆᐊᖅ ᐱᒋᐊᓕᖅᑐᖅ: appraisal-api 5.2.0.9 ᓴᓇᔭᐅᓂᐊᖅᑐᖅ"'),
        C(f"$ docker login -u kmk-ci -p {dk} registry.kmk.internal   # ᐃᑎᕐᓂᕐᒧᑦ ᓇᓗᓇᐃᖅᑯᑎ ᑕᑯᔭᐅᓂᐊᖅᑐᖅ!", dk),
        N("WARNING! Using --password via the CLI is insecure. Use --password-stdin."),
        C(f"$ export NPM_TOKEN={nt}   # ᐅᓪᓗᒥ ᓄᑖᙳᖅᑎᑕᐅᔪᖅ", nt),
        P("ᑎᑎᕋᖅᑎ: ᐃᓕᓴᐱ ᐋᓗᖅ (elisapee.alooq@gmail.com) ᐱᓕᕆᐊᖓ ᐊᑐᐃᓐᓇᕈᖅᑎᑦᑎᔪᖅ", "ᐃᓕᓴᐱ ᐋᓗᖅ", "elisapee.alooq@gmail.com"),
        P("Author: Elisapee Alooq <elisapee.alooq@gmail.com>  ᐅᖃᓘᑎᖓ (867) 979-4418", "Elisapee Alooq", "elisapee.alooq@gmail.com", "(867) 979-4418"),
        N(f"$ git rev-parse HEAD   # {sha()}"),
        C(f'$ curl -sf -H "PRIVATE-TOKEN: {gl}" https://gitlab.kmk.internal/api/v4/projects/412/releases   # ᐅᑎᖅᑎᑦᑎᓗᒍ ᖃᐅᒃᐸᑦ', gl),
        N("ᐊᔪᖅᓴᕐᓂᖅ: exit code 137 (OOMKilled), ᓇᓗᓇᐃᖅᑯᑎ E_APPRAISAL_504 - job 88120431 ᐱᒋᐊᖅᑕᐅᑦᑎᐊᖅᑐᖅ"),
        P("ᐅᖃᓘᑎ ᐃᖃᓗᖕᓂ: ᔪᐊᓇᓯ ᑭᓪᓕᑦ (867) 975-2260, ᐃᓂᖓ 1088 Niaqunngusiariaq, Iqaluit NU X0A 0H0", "ᔪᐊᓇᓯ ᑭᓪᓕᑦ", "(867) 975-2260", "1088 Niaqunngusiariaq, Iqaluit NU X0A 0H0"),
        N(f"Uploading artifacts... dist/appraisal-api.tar.gz: found 1 matching artifact, sha256 {sha(64)}"),
        P(f"ᐊᔪᖅᓴᕐᓂᖅ: payroll-export test-ᖓ ᐃᓚᖃᖅᑐᖅ SIN {sin} - ᐲᖅᓯᓗᒍ!", sin),
        C(f"$ twine upload -u __token__ -p {pp} dist/*   # ᐅᑯᐊ ᑕᑯᔭᐅᔭᕆᐊᖃᙱᑦᑐᑦ", pp),
    ]

@group("bash session on bastion", "English")
def g05():
    p1 = pw(16); ak = aws_id(); sk = aws_sk(); p2 = pwu(20); ag = age_key()
    dni = reg("es_dni", "g05-kyc", ids.es_dni("48291736"))
    return [
        N("ops@bastion-euw1:~$ kubectl config use-context kmk-prod-euw1"),
        N('Switched to context "kmk-prod-euw1".'),
        C(f"ops@bastion-euw1:~$ PGPASSWORD='{p1}' psql -h pg-ledger-01.kmk.internal -U ledger_admin -d escrow -c 'select count(*) from holds'", p1),
        C(f"ops@bastion-euw1:~$ export AWS_ACCESS_KEY_ID={ak} AWS_SECRET_ACCESS_KEY={sk}", ak, sk),
        N("ops@bastion-euw1:~$ aws sts get-caller-identity --query Arn   # arn:aws:sts::481223907765:assumed-role/kmk-breakglass/ops-session"),
        P('ops@bastion-euw1:~$ grep -i okonjo /var/log/intake/claims.log | tail -1   # 2024-12-07T08:14:22Z claim=CLM-55102 owner="Chidera Okonjo" phone="+1 (503) 719-4426"', "okonjo", "Chidera Okonjo", "+1 (503) 719-4426"),
        N(f"ops@bastion-euw1:~$ ssh-keygen -lf ~/.ssh/id_ed25519.pub   # 256 SHA256:{rs(AL + '+/', 43, NR)} ops@bastion (ED25519)"),
        C(f"ops@bastion-euw1:~$ curl -u svc-appraisal:{p2} https://appraisal.api.kestrelmark.io/v2/health", p2),
        P("ops@bastion-euw1:~$ last -i | head -1   # reyes.m  pts/3  88.214.17.93  Sat Dec  7 07:58   still logged in", "reyes.m", "88.214.17.93"),
        N("ops@bastion-euw1:~$ vault kv get -field=password kv/kmk-prod/ledger/admin   # wrapper printed ********"),
        P(f"ops@bastion-euw1:~$ cat /tmp/kyc-sample.txt   # Beatriz Salcedo Ugarte, DNI {dni}, nacida 22/05/1991", "Beatriz Salcedo Ugarte", dni, "22/05/1991"),
        N(f"ops@bastion-euw1:~$ openssl x509 -noout -fingerprint -sha256 -in intake-tls.crt   # SHA256 Fingerprint={fp().upper()}"),
        N("ops@bastion-euw1:~$ history -d 1043 && history -w   # dropped the line that had the key"),
        C(f"ops@bastion-euw1:~$ echo '{ag}' > ~/.config/sops/age/keys.txt", ag),
    ]

@group("psql session", "English")
def g06():
    p1 = pw(18); cs = pwu(40); p2 = pw(14); p3 = pw(16)
    ib = reg("iban", "g06-payout", ids.iban("AT", "1200052066543301"))
    bsn = reg("nl_bsn", "g06-kyc", ids.nl_bsn("27384615"))
    return [
        N('escrow=> \\conninfo   -- You are connected to database "escrow" as user "ledger_ro" on host "pg-ledger-02.kmk.internal" (address "10.42.7.19") at port "5432".'),
        N(f"escrow=> select id, status, amount_minor, currency from holds where id = '{uuid()}';"),
        P(f" {uuid()} | RELEASED | 1249000 | CHF | Gwendolyn Achterberg | gwen.achterberg@proton.me", "Gwendolyn Achterberg", "gwen.achterberg@proton.me"),
        C(f"escrow=> ALTER ROLE payout_worker WITH PASSWORD '{p1}';", p1),
        N("ALTER ROLE"),
        P(f"escrow=> select payee_name, iban from payouts where hold_id = 88231;  -- Lukas Brandstätter-Hölzl | {ib}", "Lukas Brandstätter-Hölzl", ib),
        C(f"escrow=> insert into api_clients(name, client_secret) values ('courier-bridge', '{cs}');", cs),
        N("INSERT 0 1"),
        P(f"escrow=> select dob, bsn from kyc_nl where user_id = 40917;  -- 1979-11-02 | {bsn}", "1979-11-02", bsn),
        N("escrow=> \\dt+ holds  -- public | holds | table | ledger_owner | permanent | heap | 2418 MB |"),
        C(f"escrow=> select umoptions from pg_user_mappings;  -- {{user=fdw_reader,password={p2}}}", p2),
        N("escrow=> select pg_size_pretty(pg_total_relation_size('payouts'));  -- 731 MB"),
        C(f"escrow=> -- do NOT rerun: \\password ledger_admin was set to {p3} in the shared tmux, rotate after", p3),
        P("escrow=> select card_bin, card_last4, billing_address from payment_methods where id = 771;  -- 453201 | 8841 | 27 Rue des Pâquis, 1201 Genève", "27 Rue des Pâquis, 1201 Genève"),
    ]

@group("support ticket", "Balochi")
def g07():
    p1 = pw(14); code = otp(); ck = cookie(44)
    ib = reg("iban", "g07-refund", ids.iban("PK", "MEZN0002150101776283"))
    return [
        N("تکٹ KM-60418 | حالت: open | اولویت: P2 | سروس: courier-bridge"),
        P("نام: شاہ بی بی رئیسانی | ٹیلیفون: 0300-8134527", "شاہ بی بی رئیسانی", "0300-8134527"),
        P("منی ادرس: لوگ 14، گلی 7، سیٹلائٹ ٹاؤن، کوئٹہ", "لوگ 14، گلی 7، سیٹلائٹ ٹاؤن، کوئٹہ"),
        P("منی شناختی کارڈ: 54400-3918274-6، اے منی کاغذانی تہا انت", "54400-3918274-6"),
        C(f"من وتی پاسورڈ بدل کُت، نوکیں پاسورڈ {p1} انت، بلے لاگ اِن نہ بیت", p1),
        N(f"ایرر: HTTP 403 code=AUTH_LOCKED_2FA request_id=req_{rs(HEX, 24, NR)}"),
        C(f"ایس ایم ایس ءَ کوڈ آتک: {code}، اے کوڈ ءَ کار بند", code),
        P(f"پیسہ ءِ پِر گردینگ اے IBAN ءَ بکن: {ib}", ib),
        N("ایجنٹ: مہربانی کن، اِدا پاسورڈ یا کوڈ مہ نبشت، ما ******** ءَ گندگ نہ لوٹیں"),
        N(f"لنک: https://help.kestrelmark.com/ur/articles/2fa-reset (رپورٹ ID {uuid()})"),
        C(f"ایجنٹ ءِ نوٹ: صارف ءِ سیشن کوکی km_sess={ck} لاگ ءَ دیستگ بوت، ریووک بیت", ck),
        N("حالت بدل بوت: open → pending-customer | SLA 24h | ٹیم: tier2-pk"),
        N(f"ورژن: app 4.12.0.2 (Android), device hash {sha(16)}"),
    ]

@group("Alertmanager webhook payload", "Avar")
def g08():
    p1 = pw(16); rk = hex32(); p2 = pw(18)
    bas = basic("alertmanager", p2)
    sn = reg("ru_snils", "g08-customer", ids.ru_snils("148302957"))
    return [
        N('{"receiver":"kmk-oncall","status":"firing","groupKey":"{}:{alertname=\\"LedgerReplicaLag\\"}","version":"4",'),
        N('"labels":{"alertname":"LedgerReplicaLag","cluster":"kmk-prod-euw1","instance":"pg-ledger-02.kmk.internal:9187","severity":"critical"},'),
        N('"annotations":{"summary":"Репликаялъул лаг 41 секундалдаса цебехун ана","description":"pg-ledger-02 лъикI хIалтIулеб гьечIо, runbook бихье"},'),
        C(f'"annotations":{{"note":"Магьаммадил пароль {p1} буго, гьеб хисизе ккола"}},', p1, "Магьаммадил"),
        C(f'"annotations":{{"pd":"PagerDuty routing_key {rk}, гьеб цIар гьачIалъ хъвазе бегьуларо"}},', rk),
        P('"annotations":{"owner":"ХIажимурад ГIалиев, +7 928 574-31-06"},', "ХIажимурад ГIалиев", "+7 928 574-31-06"),
        N(f'"startsAt":"2024-12-07T09:03:11.482Z","endsAt":"0001-01-01T00:00:00Z","fingerprint":"{sha(16)}",'),
        P('"annotations":{"escalation":"дуе щвечIони, Патимат Мусаевалъухъ ахIе (patimat.musaeva@mail.ru)"},', "Патимат Мусаевалъухъ", "patimat.musaeva@mail.ru"),
        N('"generatorURL":"http://prometheus.kmk.internal:9090/graph?g0.expr=pg_replication_lag_seconds%7Bcluster%3D%22kmk-prod-euw1%22%7D+%3E+30",'),
        C(f'"annotations":{{"debug":"Authorization: Basic {bas} - гьеб заголовок логалда бихьана"}},', bas),
        P(f'"annotations":{{"customer":"Зайнаб Гъазиевалъул СНИЛС {sn} логалда буго"}},', "Зайнаб Гъазиевалъул", sn),
        N('"externalURL":"https://alertmanager.kmk.internal","truncatedAlerts":0,"commonLabels":{"team":"ledger"}}'),
        N('"silenceURL":"https://alertmanager.kmk.internal/#/silences/new?filter=%7Balertname%3D%22LedgerReplicaLag%22%7D" - жакъа 18:00 щвезегIан'),
    ]

@group("Sentry event JSON", "English")
def g09():
    jw = jwt("u_40917", {"scope": "quotes:write"}); db = pwu(20); oa = openai(); ck = cookie(48)
    cd = reg("card", "g09-payout", ids.card("535310044277816", (4, 4, 4, 4)))
    return [
        N(f'{{"event_id":"{trace()}","level":"error","platform":"python","release":"appraisal-api@5.2.0.9","environment":"production",'),
        N('"exception":{"values":[{"type":"OperationalError","value":"could not connect to server: Connection refused (0x0000274D/10061)"}]},'),
        C(f'"request":{{"url":"https://appraisal.api.kestrelmark.io/v2/quotes","headers":{{"Authorization":"Bearer {jw}"}}}},', jw),
        P('"user":{"id":"u_40917","email":"ines.valderrama.c@gmail.com","ip_address":"81.139.44.207","username":"ivalderrama"},', "ines.valderrama.c@gmail.com", "81.139.44.207", "ivalderrama"),
        C(f'"extra":{{"settings.DATABASE_URL":"postgresql://appraisal:{db}@pg-appraisal.kmk.internal/appraisal"}},', db),
        N(f'"tags":{{"transaction":"POST /v2/quotes","server_name":"appraisal-api-7c9d5f-xk2lp","trace_id":"{trace()}"}},'),
        C(f'"vars":{{"self":"<QuoteClient>","api_key":"{oa}","model":"gpt-4o-mini"}},', oa),
        P("\"breadcrumbs\":[{\"category\":\"query\",\"message\":\"SELECT * FROM sellers WHERE full_name = 'Oluwaseun Adeyemi-Hart' AND dob = '1990-08-30'\"}],", "Oluwaseun Adeyemi-Hart", "1990-08-30"),
        N('"contexts":{"runtime":{"name":"CPython","version":"3.12.7"},"os":{"name":"Linux","kernel_version":"6.1.0-27-cloud-amd64"}},'),
        C(f'"cookies":{{"km_sess":"{ck}","cookie_consent":"analytics=0"}},', ck),
        P('"data":{"shipping_address":"Flat 3, 19 Grovehall Road, Leeds LS11 7ET","phone":"0113 275 8841"},', "Flat 3, 19 Grovehall Road, Leeds LS11 7ET", "0113 275 8841"),
        N('"sdk":{"name":"sentry.python.django","version":"2.19.2"},"fingerprint":["{{ default }}","escrow-timeout"],'),
        N('"project":"appraisal-api","issue":"APPRAISAL-API-3KQ","count":212,"first_seen":"2024-12-06T22:41:07Z"'),
        P(f'"message":"Payout failed for card {cd} (holder: Ines Valderrama Castro)"', cd, "Ines Valderrama Castro"),
    ]

@group("HAR / curl -v trace", "English")
def g10():
    jw = jwt("u_52210", {"role": "seller"}); ck = cookie(40); ga = gapi(); p1 = pwu(16); code = otp()
    return [
        N("$ curl -v 'https://api.kestrelmark.io/v3/listings?movement=ETA-2824-2' -H 'Accept: application/json'"),
        N("*   Trying 203.0.113.24:443..."),
        N("* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384, ALPN: server accepted h2"),
        C(f"> Authorization: Bearer {jw}", jw),
        C(f"> Cookie: km_sess={ck}; km_theme=dark", ck),
        N(f"< HTTP/2 200  x-request-id: {uuid()}  x-trace-id: {trace()}"),
        P('< {"listing_id":"L-209331","seller":{"display_name":"Henrike Vasquez-Ohlsen","email":"henrike.vo@web.de","phone":"+49 171 3928461"}}', "Henrike Vasquez-Ohlsen", "henrike.vo@web.de", "+49 171 3928461"),
        C(f'{{"name":"x-goog-api-key","value":"{ga}"}},', ga),
        P('{"name":"X-Forwarded-For","value":"92.40.181.16, 10.42.0.7"},', "92.40.181.16"),
        C(f'"postData":{{"mimeType":"application/x-www-form-urlencoded","text":"username=henrike.vo%40web.de&password={p1}&otp={code}"}},', p1, code, "henrike.vo%40web.de"),
        N('"timings":{"blocked":0.8,"dns":-1,"connect":-1,"ssl":-1,"send":0.2,"wait":184.3,"receive":3.1},'),
        P('"queryString":[{"name":"ship_to","value":"Kastanienallee 41, 10435 Berlin"},{"name":"dob","value":"1984-06-19"}],', "Kastanienallee 41, 10435 Berlin", "1984-06-19"),
        N('"response":{"status":429,"statusText":"Too Many Requests","headers":[{"name":"retry-after","value":"30"},{"name":"x-ratelimit-limit","value":"600"}]},'),
        N('"creator":{"name":"Firefox","version":"133.0.3"},"pages":[{"id":"page_4","title":"https://www.kestrelmark.com/sell/valuation"}]'),
    ]

@group("Terraform", "Abkhaz")
def g11():
    p1 = pw(20); cf = cf_token(); dd = hex32(); pk = pem(70)
    return [
        N('terraform { required_version = ">= 1.9.0"  backend "s3" { bucket = "kmk-tfstate-prod", key = "ledger/terraform.tfstate", region = "eu-west-1" } }'),
        N("# Ари амодуль ledger-rds аԥнаҵоит. Аԥсахра шәахәҭазар, PR аашәырт."),
        C(f'resource "aws_db_instance" "ledger" {{ username = "ledger_owner", password = "{p1}" }}   # иахьа иԥсахтәуп!', p1),
        N("  password = data.aws_secretsmanager_secret_version.ledger.secret_string   # ари иашоуп, ас ауп ишҟаҵатәу"),
        C(f'provider "cloudflare" {{ api_token = "{cf}" }}   # Аслан Ҷыҭанаа иҟаиҵеит, уажәы иаагоит', cf, "Аслан Ҷыҭанаа"),
        P("# Аусура зҽы иазызкыз: Амра Ҷанба, amra.chanba@gmail.com, +7 940 921-44-17", "Амра Ҷанба", "amra.chanba@gmail.com", "+7 940 921-44-17"),
        N('module "vpc" { source = "terraform-aws-modules/vpc/aws", version = "5.16.0", cidr = "10.60.0.0/16" }'),
        C(f'variable "datadog_api_key" {{ default = "{dd}" }}   # default абра иҟамлароуп', dd),
        P("# Аҭыԥ: Аҟәа, Аиааира амҩа 17, ауада 5 - Лиана Агрба лыҩны", "Аҟәа, Аиааира амҩа 17, ауада 5", "Лиана Агрба"),
        N('output "ledger_endpoint" { value = aws_db_instance.ledger.address }   # ledger-prod.c9x2kd8f1b3a.eu-west-1.rds.amazonaws.com'),
        N('  tags = { Owner = "team-ledger", CostCenter = "CC-4410", ManagedBy = "terraform" }'),
        P("# Иахьа ари ашәҟәы Даур Ашәба иԥхьеит (@daur.ashba)", "Даур Ашәба", "@daur.ashba"),
        C(f"# ssh аҵаӷәа: -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA{pk} -----END OPENSSH PRIVATE KEY----- мап, ари абра иҟамлароуп!", "b3BlbnNzaC1rZXktdjEAAAAA" + pk),
        N("# terraform plan: Plan: 2 to add, 1 to change, 0 to destroy. Иҭабуп!"),
    ]

@group("on-call handover notes", "Ingush")
def g12():
    mg = mailgun(); hv = hvs(); p1 = pw(18)
    inn = reg("ru_inn12", "g12-kyc", ids.ru_inn12("0602123456"))
    return [
        N("Смена дIаелар 2024-12-07, kmk-prod-aps1, дежурни болх: ledger, courier-bridge"),
        N("1) INC-2294 дIакъовлаяьй, OPS-7720 тикет хьаеллай"),
        C(f"2) courier-bridge Mailgun ключ хийцай, керда ключ: {mg}", mg),
        P("3) Мурад Евлоевга (+7 928 091-37-52) тахан кхаьчадаьдац, кхана телефон тоха", "Мурад Евлоевга", "+7 928 091-37-52"),
        C(f"4) Vault токен {hv} чатага дIабахай, кхана хийца еза", hv),
        N("5) vault kv get kv/kmk-prod-aps1/courier/mailgun - керда ключ цига латт"),
        P("6) Клиент Зарема Мальсагова, dob 1993-02-11, адрес: Магас, Зязиков проспект 12, кв. 44", "Зарема Мальсагова", "1993-02-11", "Магас, Зязиков проспект 12, кв. 44"),
        N("7) Grafana: courier_bridge_http_5xx_total 0.4% - дика да, гIалат ERR_COURIER_TIMEOUT 12 из"),
        C(f"8) redis-cli -a '{p1}' -h cache-aps1.kmk.internal - из пароль а хийца еза", p1),
        P(f"9) Ахьмад Картоевий ИНН {inn} - документаш тикета OPS-7723 чу ма язде", "Ахьмад Картоевий", inn),
        N(f"10) Деплой: movement-catalog 1.31.0.4, commit {sha()}, helm revision 87"),
        P("11) Кехат ahmed.kartoev@yandex.ru адреса дIадахийта", "ahmed.kartoev@yandex.ru"),
        N("12) Кхана: pg-ledger-aps1 failover тест 06:00 UTC, runbook RB-112. Баркал!"),
    ]

@group("Kubernetes Secret manifest", "English")
def g13():
    tw = hex32(); sm = pw(18); tg = telegram(); ec = pem(90)
    fnr = reg("no_fnr", "g13-dpo", ids.no_fnr("140982473"))
    return [
        N("apiVersion: v1"),
        N("kind: Secret"),
        N("metadata: { name: notifier-credentials, namespace: notifier, labels: { app.kubernetes.io/part-of: kestrelmark } }"),
        N("type: Opaque"),
        C(f"data: {{ TWILIO_AUTH_TOKEN: {b64(tw)} }}", b64(tw)),
        C(f"  SMTP_PASSWORD: {b64(sm)}", b64(sm)),
        C(f'stringData: {{ TELEGRAM_BOT_TOKEN: "{tg}" }}', tg),
        C(f'  tls.key: "-----BEGIN EC PRIVATE KEY-----MHcCAQEEI{ec}-----END EC PRIVATE KEY-----"', "MHcCAQEEI" + ec),
        P('  ONCALL_FALLBACK_PHONE: "+44 7823 551904"   # Imogen Thackeray\'s mobile', "+44 7823 551904", "Imogen Thackeray's"),
        N('  TWILIO_ACCOUNT_SID_REF: "vault:kv/kmk-prod/notifier#twilio_sid"'),
        P('  # annotation kestrelmark.io/owner: "aurelio.santangelo@kestrelmark.com"', "aurelio.santangelo@kestrelmark.com"),
        N("  # kubectl create secret generic notifier-credentials --from-env-file=notifier.env --dry-run=client -o yaml"),
        P(f"  # DPO contact for this data: Sunniva Haugland, fnr {fnr}", "Sunniva Haugland", fnr),
        N(f"  # sealed copy lives in sealed-secrets/notifier.yaml, cert fingerprint {fp()}"),
    ]

@group("docker-compose.yml", "English")
def g14():
    p1 = pw(16); mk = rs(URLSAFE, 32); gp = ghpat(); p2 = pwu(24)
    return [
        N("services:"),
        N(f'  movement-catalog: {{ image: "ghcr.io/kestrelmark/movement-catalog:1.31.0.4@sha256:{sha(64)}", ports: ["8080:8080"] }}'),
        C(f'    environment: [ "POSTGRES_PASSWORD={p1}" ]', p1),
        C(f"      - MEILI_MASTER_KEY={mk}", mk),
        N("      - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password"),
        C(f"      - GITHUB_TOKEN={gp}   # Joaquín's fine-grained token for the private go modules", gp, "Joaquín's"),
        P("    # maintainer: Joaquín Ortiz Berrocal <joaquin.ortizb@icloud.com>", "Joaquín Ortiz Berrocal", "joaquin.ortizb@icloud.com"),
        N("  minio: { image: quay.io/minio/minio:RELEASE.2024-11-07T00-52-20Z, command: server /data --console-address :9001 }"),
        C(f"      - MINIO_ROOT_PASSWORD={p2}", p2),
        N("      - MINIO_ROOT_USER=minioadmin   # local default user, overridden in prod"),
        P("    # seed data: users.csv has the row 'Ngozi Eze-Whitfield,1992-12-03,+234 803 517 2290'", "Ngozi Eze-Whitfield", "1992-12-03", "+234 803 517 2290"),
        N('    healthcheck: { test: ["CMD", "pg_isready", "-U", "catalog"], interval: 10s, retries: 5 }'),
        N("networks: { default: { name: kmk-dev, ipam: { config: [ { subnet: 172.28.0.0/16 } ] } } }"),
        P("    # extra_hosts: a.kowalczyk's laptop -> 192.168.1.34; her home IP 83.27.161.208 is allow-listed for the webhook tunnel", "a.kowalczyk's", "83.27.161.208"),
    ]

@group("customer email", "Adyghe")
def g15():
    p1 = pw(14); code = otp()
    cd = reg("card", "g15-customer", ids.card("427638014529337", (4, 4, 4, 4)))
    return [
        N("From: Kestrelmark Support <support@kestrelmark.com> | Subject: Re: [KM-61277] Сыхьатыр къысIэкIэхьагъэп"),
        P("From: Сусанэ Хъурмэ <susana.hurme@mail.ru>", "Сусанэ Хъурмэ", "susana.hurme@mail.ru"),
        P("Сэлам! СыцIэр Сусанэ Хъурм, сыхьатэу Seiko 6105-8110 къэсщэфыгъ, заказыр KM-61277", "Сусанэ Хъурм"),
        P("Сиадрес: Мыекъуапэ, Пионерскэ урам 233, фатер 18, 385000", "Мыекъуапэ, Пионерскэ урам 233, фатер 18, 385000"),
        C(f"Сипароль зэблэсхъугъ, джы {p1}, ау сыда Iоф зымышIэрэр сшIэрэп", p1),
        C(f"SMS-кIэ къысфагъэхьыгъэ кодыр {code}, ари IофшIагъэп", code),
        P("Сителефон: 8 (918) 422-65-30, неущ сыхьатыр 10-м къысфытеу", "8 (918) 422-65-30"),
        N(f"Хэукъоныгъэр: ERR_PAYMENT_3DS_TIMEOUT, transaction id {uuid()}"),
        C(f"Банкым ыIуагъ картэм инэмырэ ищыкIагъ: {cd}, CVC 538", cd, "538"),
        N("Support: Тхьэуегъэпсэу! Пароль, код, CVC тхылъымкIэ къытфэмытх. Ticket KM-61277, статус: pending"),
        N("Доставкэр: courier-bridge, tracking 1Z999AA10123456784 (UPS-м ищысэ номер)"),
        N("> Seiko 6105-8110, 1970 илъэс, уасэр 1 450 CHF, lot ref LOT-88-2041"),
        N("-- Kestrelmark Horology, Rue du Rhône 48, 1204 Genève, +41 22 555 01 80"),
    ]

@group("call transcript", "Venda")
def g16():
    p1 = pw(14); code = otp(); rk = rk_live()
    zid = reg("za_id", "g16-caller", ids.za_id("880314508208"))
    return [
        N(f"[00:00] Agent: Ndaa, ni khou amba na Kestrelmark, luṱingo ulu lu khou rekhodiwa. Call ID {uuid()}"),
        P("[00:06] Caller: Aa, dzina ḽanga ndi Mashudu Ramabulana, ndi khou founela nga ha order KM-62004", "Mashudu Ramabulana"),
        P(f"[00:19] Agent: Ndi humbela nomboro ya ID yaṋu. Caller: Ndi {zid}", zid),
        P("[00:34] Caller: Nomboro yanga ya luṱingo ndi 082 614 3390, kana ni rumele email kha mashudu.ramabulana@gmail.com", "082 614 3390", "mashudu.ramabulana@gmail.com"),
        C(f"[00:52] Caller: Ndo shandukisa phasiwede ṋamusi, ndi {p1}, fhedzi a i khou shuma", p1),
        N("[01:05] Agent: Ni songo mmbudza phasiwede yaṋu, ri ḓo ni rumela link ya u i shandukisa. Reference RST-99120"),
        C(f"[01:21] Caller: OTP ye nda i wana nga SMS ndi {code}", code),
        P("[01:40] Caller: Diresi yanga ndi 27 Mphephu Street, Thohoyandou, 0950", "27 Mphephu Street, Thohoyandou, 0950"),
        N("[02:02] Agent: Tshelede ya R 18 450,00 yo rumelwa nga 2024-12-05, transaction TXN-5561023"),
        C(f"[02:25] Agent (note): screen ya courier-bridge i khou sumbedza key {rk}, ndi ḓo i vhiga kha security", rk),
        N("[02:48] Agent: Ndo livhuwa, vhukhakhi ho vha hu ERR_LOGIN_LOCKED, zwino zwo lugiswa"),
        P("[02:55] Caller: Ndi ḓo ni founela matshelo nga nomboro ya mufumakadzi wanga Rudzani, 072 308 5517", "Rudzani", "072 308 5517"),
        N("[03:01] System: call ended, duration 00:03:01, queue ZA-SUPPORT, agent agt-7741"),
    ]

@group("nginx access/error log", "English")
def g17():
    mb = mapbox_sk(); p1 = pwu(18); xp = xoxp(); rt = cookie(43)
    return [
        P('86.153.42.217 - - [07/Dec/2024:10:14:03 +0000] "GET /sell/valuation HTTP/2.0" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"', "86.153.42.217"),
        N('10.42.3.15 - - [07/Dec/2024:10:14:04 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"'),
        C(f'86.153.42.217 - - [07/Dec/2024:10:14:09 +0000] "GET /tiles/v4/watchmakers.json?access_token={mb} HTTP/2.0" 200 8812 "-" "Mozilla/5.0"', mb, "86.153.42.217"),
        C(f'10.42.6.21 - - [07/Dec/2024:10:14:11 +0000] "GET /download/catalog-export.zip?user=deploy&password={p1} HTTP/1.1" 200 1048576 "-" "curl/8.5.0"', p1),
        N('10.42.3.15 - - [07/Dec/2024:10:14:15 +0000] "GET /metrics HTTP/1.1" 200 18342 "-" "Prometheus/2.54.1"'),
        P('2a02:c7c:5c1e:8d00:4d1:9f2a:e31b:7c04 - - [07/Dec/2024:10:14:22 +0000] "GET /account/orders HTTP/2.0" 200 3391 "-" "Mozilla/5.0 (Macintosh)"', "2a02:c7c:5c1e:8d00:4d1:9f2a:e31b:7c04"),
        P('10.42.0.7 - - [07/Dec/2024:10:14:30 +0000] "GET /track?email=wilhelmina.osei%40gmail.com&order=KM-62110 HTTP/2.0" 200 912 "-" "Mozilla/5.0"', "wilhelmina.osei%40gmail.com"),
        C(f'10.42.5.8 - svc-notifier [07/Dec/2024:10:14:31 +0000] "POST /api/chat.postMessage HTTP/1.1" 200 311 auth="Bearer {xp}"', xp),
        N('10.42.3.15 - - [07/Dec/2024:10:14:33 +0000] "GET /static/js/app.8f3c2a1b.js HTTP/2.0" 304 0 "https://www.kestrelmark.com/" "Mozilla/5.0"'),
        N('2024/12/07 10:14:40 [error] 2917#2917: *88123 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.3.15, server: api.kestrelmark.io, upstream: "http://10.42.7.31:8080/v3/listings"'),
        P('31.94.62.10 - k.adeyemi [07/Dec/2024:10:15:02 +0000] "GET /admin/payouts HTTP/2.0" 403 153 "-" "Mozilla/5.0 (X11; Linux x86_64)"', "31.94.62.10", "k.adeyemi"),
        N('203.0.113.77 - - [07/Dec/2024:10:15:09 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"'),
        C(f'86.153.42.217 - - [07/Dec/2024:10:15:20 +0000] "GET /account/reset?token={rt}&uid=40917 HTTP/2.0" 302 0 "-" "Mozilla/5.0"', rt, "86.153.42.217"),
        N('10.42.3.15 - - [07/Dec/2024:10:15:21 +0000] "GET /api/v3/listings?page=3&per_page=50&sort=-created HTTP/2.0" 200 48211 "-" "kmk-ios/4.12.0.2"'),
    ]

@group("journalctl / syslog", "English")
def g18():
    p1 = pw(16); p2 = pw(14)
    teams = f"https://kestrelmark.webhook.office.com/webhookb2/{uuid_secret()}@{uuid_secret()}/IncomingWebhook/{hex32()}/{uuid_secret()}/V2{rs(URLSAFE, 43)}"
    bb = atbb()
    ib = reg("iban", "g18-payout", ids.iban("DE", "500105175407324931"))
    return [
        N("Dec 07 10:21:44 ledger-worker-03 systemd[1]: Started escrow-ledger-payout.service - Kestrelmark payout worker."),
        N("Dec 07 10:21:45 ledger-worker-03 payout[4182]: connected to pg-ledger-01.kmk.internal:5432 (tls=verify-full)"),
        C(f"Dec 07 10:21:45 ledger-worker-03 payout[4182]: DEBUG config dump: smtp_host=smtp.eu.mailgun.org smtp_pass={p1}", p1),
        P(f'Dec 07 10:21:47 ledger-worker-03 payout[4182]: payout 88240 queued beneficiary="Anneliese Quarshie" iban={ib}', "Anneliese Quarshie", ib),
        N("Dec 07 10:22:01 ledger-worker-03 kernel: [812341.220114] TCP: request_sock_TCP: Possible SYN flooding on port 8443. Sending cookies."),
        C(f"Dec 07 10:22:03 ledger-worker-03 sudo[5120]: svc-deploy : TTY=pts/0 ; PWD=/opt/ledger ; USER=root ; COMMAND=/usr/bin/mysql -u root -p{p2}", p2),
        P(f"Dec 07 10:22:09 ledger-worker-03 sshd[5133]: Accepted publickey for mkaradimitriou from 94.66.12.183 port 50122 ssh2: ED25519 SHA256:{rs(AL + '+/', 43, NR)}", "mkaradimitriou", "94.66.12.183"),
        N("Dec 07 10:22:10 ledger-worker-03 sshd[5140]: pam_unix(sshd:session): session opened for user svc-deploy(uid=1002) by (uid=0)"),
        C(f"Dec 07 10:22:30 ledger-worker-03 payout[4182]: WARN webhook {teams} returned 410 Gone", teams),
        P('Dec 07 10:23:02 ledger-worker-03 payout[4182]: KYC mismatch user=40991 name="Eleftheria Mavropoulou" dob=1985-04-27', "Eleftheria Mavropoulou", "1985-04-27"),
        N("Dec 07 10:23:15 ledger-worker-03 CRON[5201]: (svc-backup) CMD (/opt/backup/pg_dump.sh --target s3://kmk-backups-euw1/ledger/ --kms alias/kmk-backup)"),
        C(f"Dec 07 10:23:40 ledger-worker-03 config-sync[5230]: ERROR push to https://x-token-auth:{bb}@bitbucket.org/kestrelmark/ledger-config.git failed (403)", bb),
        N("Dec 07 10:24:00 ledger-worker-03 payout[4182]: stripe: Invalid API Key provided: rk_live_********************7Qa2"),
        P("Dec 07 10:24:12 ledger-worker-03 postfix/smtp[5240]: 4F2A11C03D: to=<eleftheria.mavro@yahoo.gr>, relay=smtp.eu.mailgun.org[34.95.71.2]:587, status=sent (250 Great success)", "eleftheria.mavro@yahoo.gr"),
    ]

@group("web form submission", "Sango")
def g19():
    p1 = pw(14); code = otp(); sp = shpat()
    return [
        N("POST /sell/onboarding HTTP/2.0 | form_id=seller-onboarding-v7 | locale=sg-CF"),
        P("ïrï_tî_mo (Ïrï tî mo): Ange-Félicité Yakoma-Ngaïkoua", "Ange-Félicité Yakoma-Ngaïkoua"),
        P("lâ_tî_dûngo (Lâ tî dûngo tî mo): 14/09/1988", "14/09/1988"),
        P("adresse (Ndo sô mo lângö dä): Quartier Lakouanga, rue 1025, Bangui", "Quartier Lakouanga, rue 1025, Bangui"),
        P("téléphone (Numéro tî téléphone tî mo): +236 72 48 19 07", "+236 72 48 19 07"),
        C(f"mot_de_passe (Mot de passe tî mo): {p1}", p1),
        C(f"message: Bara ala! Mbi yeke wakua tî lôndö. Code sô ala tokua na mbi ayeke {code}. Singila mingi!", code),
        N("csrf: validated server-side | captcha=passed | honeypot=empty"),
        P("email (Adresse tî email): ange.yakoma@yahoo.fr", "ange.yakoma@yahoo.fr"),
        C(f"api_key (tî boutique tî mbi na Shopify): {sp}", sp),
        N(f"upload: passeport.jpg (sha256 {sha(64)}, 1.8 MB) -> s3://kmk-kyc-euw1/quarantine/"),
        N(f"server: 201 Created, seller_id S-77120, review_queue kyc-africa, request_id {uuid()}"),
        N('placeholder tî ndo tî message: "Sû ye sô mo ye ti hûnda ala ge" (maxlength 2000)'),
    ]

@group("Microsoft Teams thread", "Bemba")
def g20():
    p1 = pw(16); dd = hex32(); dh = discord_hook()
    return [
        N("[08:30] Kestrelmark Ops Bot: deploy courier-bridge 2.7.3.1 ku kmk-prod-aps1 yapwa (run #5521)"),
        C(f"[08:32] Chanda Mwamba: Mwabuka shani! Nalyalula password ya sftp lelo, nomba ni {p1}", p1, "Chanda Mwamba"),
        P("[08:34] Mutale Bwalya: Natotela. Kasitoma wesu Mwape Chileshe ali na foni 0977 431 286, alefwaya ukumufonela mailo", "Mutale Bwalya", "Mwape Chileshe", "0977 431 286"),
        N("[08:35] Kestrelmark Ops Bot: alert CourierBridgeQueueDepth resolved, courier_bridge_queue_depth=12"),
        C(f"[08:37] Chanda Mwamba: Ifi efyo nabika mu config: DD_API_KEY={dd}, mwilanda kuli bambi", dd, "Chanda Mwamba"),
        P("[08:39] Mutale Bwalya: Adilesi yakwe ni Plot 1147, Jambo Drive, Riverside, Kitwe", "Mutale Bwalya", "Plot 1147, Jambo Drive, Riverside, Kitwe"),
        N("[08:40] Kestrelmark Ops Bot: file shared: runbook-courier-bridge.pdf (sharepoint /sites/ops/runbooks)"),
        C(f"[08:42] Chanda Mwamba: Discord webhook ya ba courier ni {dh}", dh, "Chanda Mwamba"),
        P("[08:45] Mutale Bwalya: NRC yakwe ni 482913/61/1, tulefwaya ukukumana nankwe mailo", "Mutale Bwalya", "482913/61/1"),
        N("[08:47] Kestrelmark Ops Bot: OPS-7731 created - 'Rotate sftp + datadog keys (aps1)', group platform-aps"),
        N("[08:50] Kestrelmark Ops Bot: vault kv put kv/kmk-prod-aps1/courier/sftp password=@- (value read from stdin)"),
        N("> tracking ZM-KTW-0042187, ifipe 3, ETA 2024-12-09"),
        P("[08:55] Chanda Mwamba: Natotela mukwai @mutale.bwalya, email yandi ni chanda.mwamba77@gmail.com", "Chanda Mwamba", "@mutale.bwalya", "chanda.mwamba77@gmail.com"),
    ]

@group("CSV export", "English")
def g21():
    sk = sk_live(); p1 = pwu(20); p2 = pw(22)
    ib1 = reg("iban", "g21-theodora", ids.iban("SE", "30000000032614798310"))
    ib2 = reg("iban", "g21-svea-iban", ids.iban("SE", "60000000000918273645"))
    amex = reg("card", "g21-barnaby", ids.card("37146820951733", (4, 6, 5)))
    visa = reg("card", "g21-kwame", ids.card("441273605918274"))
    pnr = reg("se_pnr", "g21-svea", ids.se_pnr("19900412783"))
    return [
        N("# export: refunds_pending_2024-12-07.csv generated by svc-reporting at 2024-12-07T11:00:02Z, rows=9"),
        N("refund_id,order_id,customer_name,email,phone,amount,currency,iban_or_card,status"),
        P(f"RF-30112,KM-61002,Theodora Papadakis-Lind,theo.pl@gmail.com,+46 70 412 88 31,1250.00,EUR,{ib1},pending", "Theodora Papadakis-Lind", "theo.pl@gmail.com", "+46 70 412 88 31", ib1),
        P(f"RF-30113,KM-61017,Barnaby Oyelowo,b.oyelowo@btinternet.com,07958 220417,89.00,GBP,{amex},pending", "Barnaby Oyelowo", "b.oyelowo@btinternet.com", "07958 220417", amex),
        N("RF-30114,KM-61020,Stripe Test,test@example.com,,10.00,USD,4242424242424242,test-mode"),
        P(f"RF-30115,KM-61031,Svea Lindqvist,svea.lindqvist@telia.se,+46 73 918 20 44,420.00,SEK,{ib2},pending (personnummer {pnr})", "Svea Lindqvist", "svea.lindqvist@telia.se", "+46 73 918 20 44", ib2, pnr),
        N("RF-30116,KM-61033,[redacted],[redacted],[redacted],55.00,CHF,****-****-****-0019,pending"),
        C(f"# NOTE from export job: STRIPE_KEY={sk} was used to fetch card fingerprints", sk),
        C(f"# sftp upload: sftp://reports:{p1}@sftp.finance-partner.ch/inbound/refunds_2024-12-07.csv", p1),
        N(f"# sha256 of file: {sha(64)} ; crc32=9f3a11c2"),
        C(f"# PGP passphrase for the encrypted copy is {p2} (sent by Hannelore on Friday, rotate!)", p2, "Hannelore"),
        N("# column iban_or_card is masked in v2 exports; this v1 export is legacy - ticket FIN-882"),
        P(f"RF-30118,KM-61044,Kwame Asante-Boateng,kwame.ab@proton.me,+233 24 418 5527,300.00,GHS,{visa},pending", "Kwame Asante-Boateng", "kwame.ab@proton.me", "+233 24 418 5527", visa),
        N("RF-30119,KM-61045,Kestrelmark Ltd (internal),finance@kestrelmark.com,,0.00,GBP,GB82WEST12345698765432,void"),
    ]

@group("Jira CSV export", "English")
def g22():
    gl = glpat(); h = hf(); an = anthropic(); gs = glsa()
    return [
        N("Key,Summary,Status,Priority,Assignee,Reporter,Created,Labels"),
        P("OPS-7712,Escrow replica lag postmortem,In Progress,High,Tomasz Wierzbicki,Priya Raghunathan,2024-12-07 09:41,incident;ledger", "Tomasz Wierzbicki", "Priya Raghunathan"),
        N("OPS-7713,Move notifier Slack token to Vault,Open,High,platform-bot,pagerbot,2024-12-07 09:42,security;secrets"),
        C(f'OPS-7714,"CI leaked token",Done,Highest,platform-bot,gitlab-scanner,2024-12-07 09:50,"job 88120431 printed {gl} in clear text"', gl),
        P("OPS-7715 comment (Wilhelmina Osei, 2024-12-07 10:02): customer called from +44 7480 229316 about KM-62110", "Wilhelmina Osei", "+44 7480 229316"),
        C(f"OPS-7715 comment (svc-jira-automation): rotated the Hugging Face token, old value {h} revoked", h),
        N("OPS-7716,Upgrade ingress-nginx to 1.11.3 (CVE-2024-7646),Open,Medium,Unassigned,security-scanner,2024-12-06,cve"),
        P("OPS-7717,GDPR erasure request,Open,High,dpo-queue,Ines Valderrama Castro,2024-12-06 17:12,privacy", "Ines Valderrama Castro"),
        C(f'OPS-7718,"Listing text generator key","description: Anthropic key for appraisal-api batch is {an}",Open,High', an),
        N("OPS-7719,Flaky test test_payout_retry (seed 4412),Open,Low,ci-owners,github-actions[bot],2024-12-06,flaky"),
        P('OPS-7721,"Seller disputes appraisal","Rafael Montoya Quispe (DOB 1976-01-25), Calle Tacna 412, Miraflores, Lima",Open,Medium', "Rafael Montoya Quispe", "1976-01-25", "Calle Tacna 412, Miraflores, Lima"),
        N(f"OPS-7722,Bump movement-catalog to 1.31.0.4,Done,Low,renovate[bot],renovate[bot],2024-12-05,deps;commit={sha()}"),
        N("# filter: project = OPS AND created >= -1d ORDER BY priority DESC (exported 14 of 14 issues)"),
        C(f'OPS-7724 comment (Priya Raghunathan): "new Grafana SA token {gs}, only for the dashboard-sync job"', gs, "Priya Raghunathan"),
    ]

@group("postmortem", "Khasi")
def g23():
    p1 = pw(16); ak = aws_sk(); tg = telegram()
    ad = reg("in_aadhaar", "g23-customer", ids.in_aadhaar("58312749036"))
    return [
        N("Postmortem INC-2301: Ka jingjia ha courier-bridge ha ka 2024-12-08, 02:10-03:05 UTC (SEV2)"),
        N(f"Ka daw: ka config la pynkylla ha ka commit {sha()[:7]}, ym don jingkhmih (review) shuwa ba la deploy"),
        C(f"Ka jingbakla: la thoh ka password jong ka DB ha ka log: {p1} - ngi la pynkylla ia ka mynta", p1),
        P("U nongkhmih (on-call) u long u Banshanlang Kharkongor, phone +91 98630 41726", "Banshanlang Kharkongor", "+91 98630 41726"),
        C(f"La shem ruh ka AWS secret ha Slack: {ak} - la pynkylla ha 03:40 UTC", ak),
        P(f"Ka nongthied Ibanylla Lyngdoh, Aadhaar {ad}, ka la phone ban kylli shaphang ka order KM-62231", "Ibanylla Lyngdoh", ad),
        N("Metric: courier_bridge_dispatch_errors_total la kiew na 0 sha 1482; p95 latency 9.8s; error code COURIER_E429"),
        P("Ka jaka shong jong ka: Lumsohphoh, Laitumkhrah, Shillong 793003, Meghalaya", "Lumsohphoh, Laitumkhrah, Shillong 793003, Meghalaya"),
        C(f"Ha ka chat la shem ka Telegram bot token {tg} - ngi la revoke ia ka mynta", tg),
        N("Ki kam ban leh: OPS-7740 (rotate), OPS-7741 (secret scanning ha CI), OPS-7742 (runbook RB-131)"),
        P("Ka email jong u Banshanlang: banshan.kharkongor@gmail.com - wat thoh ia ka ha kane ka doc", "Banshanlang", "banshan.kharkongor@gmail.com"),
        N("Timeline: 02:10 alert CourierBridgeErrors firing; 02:14 ack by pagerbot; 02:40 rollback to 2.7.2.9; 03:05 resolved"),
        N("Khublei ia ki nongtrei baroh. Ka doc kane ka don ha https://wiki.kmk.internal/postmortems/INC-2301"),
    ]

@group("code diff", "Zhuang")
def g24():
    p1 = pw(18); lid = "LTAI5t" + rs(AL, 18); lsec = rs(AL, 30); gh = ghp()
    ric = reg("cn_ric", "g24-testuser", ids.cn_ric("45010319910627372"))
    return [
        N("diff --git a/services/courier-bridge/config.py b/services/courier-bridge/config.py"),
        N(f"index {sha()[:7]}..{sha()[:7]} 100644"),
        C(f'-    SFTP_PASSWORD = "{p1}"  # gou ngoenzneix gaij, mbouj ndaej cuengq youq neix', p1),
        N('+    SFTP_PASSWORD = os.environ["SFTP_PASSWORD"]  # aeu youq Vault: kv/kmk-prod/courier/sftp'),
        C(f'-    ALIYUN_ACCESS_KEY_ID, ALIYUN_ACCESS_KEY_SECRET = "{lid}", "{lsec}"', lid, lsec),
        P("+    # Bouxguenj: Vei Cunghmingz (weicm.gx@163.com), dienhva 138 7710 4526", "Vei Cunghmingz", "weicm.gx@163.com", "138 7710 4526"),
        P(f'-    TEST_USER_ID_CARD = "{ric}"  # neix dwg bouxvunz caen, mbouj dwg test!', ric),
        N('+    TEST_USER_ID_CARD = "11010519491231002X"  # GB 11643 ndawde laeh (example number)'),
        C(f"+    # haeujsim: gaxgonq Vangz Yen raiz token {gh} youq PR #812", gh, "Vangz Yen"),
        P("+    # Dieg youq: Nanzningz, Cinghsiu Gih, Minzcuz Dadau 88 hauh, 3 dungx 502", "Nanzningz, Cinghsiu Gih, Minzcuz Dadau 88 hauh, 3 dungx 502"),
        P("+    # Vangz Yen ngoenzseng 1994-07-19, mbouj ndaej raiz youq code", "Vangz Yen", "1994-07-19"),
        N(f"@@ -40,6 +42,7 @@ def load_settings():  # commit {sha()} (Co-authored-by: renovate[bot])"),
        N("+    DISPATCH_TIMEOUT_S = 9.5  # metric courier_bridge_dispatch_seconds, error code COURIER_E429"),
        N('+    API_KEY = "${{ secrets.COURIER_API_KEY }}"  # GitHub Actions ndawde, mbouj dwg key caen'),
    ]

@group("Python traceback", "English")
def g25():
    p1 = pw(16); p2 = pw(14); pm = pmak()
    bas = basic("payout", p2)
    mc = reg("card", "g25-holder", ids.card("222300048193746"))
    return [
        N("Traceback (most recent call last):"),
        N('  File "/app/escrow_ledger/payouts/worker.py", line 214, in process_payout'),
        C(f'    conn = psycopg.connect("host=pg-ledger-01.kmk.internal dbname=escrow user=payout_worker password={p1}")', p1),
        N('  File "/usr/local/lib/python3.12/site-packages/psycopg/connection.py", line 119, in connect'),
        N('psycopg.OperationalError: connection failed: FATAL:  password authentication failed for user "payout_worker"'),
        P("    payee = {'name': 'Anneliese Quarshie', 'email': 'a.quarshie@gmx.de', 'phone': '+49 152 28407713'}", "Anneliese Quarshie", "a.quarshie@gmx.de", "+49 152 28407713"),
        C(f"    headers = {{'Authorization': 'Basic {bas}', 'User-Agent': 'escrow-ledger/2.14.0.3'}}", bas),
        N(f"During handling of the above exception, another exception occurred (trace_id={trace()}):"),
        C(f'  File "/app/escrow_ledger/export.py", line 58, in push: requests.get(url, headers={{"X-Api-Key": "{pm}"}})', pm),
        P(f"    card = '{mc}', holder = 'Desmond Achterberg-Li'", mc, "Desmond Achterberg-Li"),
        N("escrow_ledger.errors.PayoutFailed: E_PAYOUT_DB_AUTH (payout_id=88240, attempt=3/5, worker=ledger-worker-03)"),
        P("    request.remote_addr = '5.148.97.35', request.user = 'aquarshie'", "5.148.97.35", "aquarshie"),
        N(f"sentry: event {trace()} sent to project escrow-ledger (release 2.14.0.3, environment production)"),
    ]

@group("JSON audit log", "English")
def g26():
    ak = "kmk_pk_live_" + rs(AL, 40); rt = rs(URLSAFE, 64); p1 = pw(16); nt = npm()
    return [
        N('{"ts":"2024-12-07T11:02:11Z","actor":"svc-deploy","action":"helm.upgrade","target":"escrow-ledger","revision":88,"result":"ok"}'),
        P('{"ts":"2024-12-07T11:03:40Z","actor":"valentina.roncalli@kestrelmark.com","action":"user.login","ip":"151.38.92.14","mfa":"webauthn","result":"ok"}', "valentina.roncalli@kestrelmark.com", "151.38.92.14"),
        C(f'{{"ts":"2024-12-07T11:04:02Z","actor":"valentina.roncalli@kestrelmark.com","action":"apikey.create","target":"partner:atelier-roncalli","secret":"{ak}","result":"ok"}}', ak, "valentina.roncalli@kestrelmark.com"),
        N('{"ts":"2024-12-07T11:04:09Z","actor":"system","action":"apikey.rotate","target":"partner:atelier-geneve","secret":"kmk_pk_live_****************************a91F","result":"ok"}'),
        C(f'{{"ts":"2024-12-07T11:05:30Z","actor":"svc-sso","action":"oauth.token.issue","client_id":"kmk-backoffice","refresh_token":"{rt}","result":"ok"}}', rt),
        P('{"ts":"2024-12-07T11:06:12Z","actor":"support:kofi.mensah","action":"customer.view","target":"customer:40917","values":{"full_name":"Ines Valderrama Castro","dob":"1991-03-08"}}', "kofi.mensah", "Ines Valderrama Castro", "1991-03-08"),
        N('{"ts":"2024-12-07T11:06:40Z","actor":"svc-vault-agent","action":"secret.read","path":"kv/kmk-prod/ledger/admin","version":12,"result":"ok"}'),
        C(f'{{"ts":"2024-12-07T11:07:01Z","actor":"break-glass","action":"user.password.reset","target":"user:ops-admin","new_password":"{p1}","note":"set by Tomasz, rotate"}}', p1, "Tomasz"),
        P('{"ts":"2024-12-07T11:08:15Z","actor":"support:kofi.mensah","action":"customer.update","target":"customer:41022","diff":{"address":{"old":"12 Rue Voltaire, 69003 Lyon","new":"4 Place Bellecour, 69002 Lyon"}}}', "kofi.mensah", "12 Rue Voltaire, 69003 Lyon", "4 Place Bellecour, 69002 Lyon"),
        N(f'{{"ts":"2024-12-07T11:09:00Z","actor":"github-actions[bot]","action":"image.push","target":"ghcr.io/kestrelmark/storefront","digest":"sha256:{sha(64)}"}}'),
        C(f'{{"ts":"2024-12-07T11:09:44Z","actor":"svc-ci","action":"secret.write","path":"kv/kmk-prod/ci/npm","value_preview":"{nt}","result":"ok"}}', nt),
        N(f'{{"ts":"2024-12-07T11:10:02Z","actor":"policy-engine","action":"deny","rule":"no-public-s3","target":"arn:aws:s3:::kmk-kyc-euw1","request_id":"{uuid()}"}}'),
        P('{"ts":"2024-12-07T11:11:30Z","actor":"support:kofi.mensah","action":"customer.export","target":"customer:41022","phone":"+33 6 12 48 90 37","email":"clemence.rigaud@orange.fr"}', "kofi.mensah", "+33 6 12 48 90 37", "clemence.rigaud@orange.fr"),
        N('{"ts":"2024-12-07T11:12:00Z","actor":"svc-audit","action":"retention.purge","target":"audit-2024-06","rows":1284411,"result":"ok"}'),
    ]

@group("runbook", "Marshallese")
def g27():
    p1 = pw(16); pd = "u+" + rs(URLSAFE, 18); dd = hex32(); da = hex40()
    return [
        N("RB-140: Kōjerbal ledger failover ilo kmk-prod-euw1 (runbook, ukōt eo 2024-12-07)"),
        N("Kōjjeļā: kwōn jab je password ilo runbook in. Kōjerbal: vault kv get -field=password kv/kmk-prod/ledger/replica"),
        C(f"Jikin 3: ñe vault ejjeļọk, kōjerbal password in: {p1} (ukōt ilju!)", p1),
        N("Jikin 4: kubectl -n ledger scale deploy/escrow-ledger --replicas=0 && patronictl failover --candidate pg-ledger-02"),
        C(f"Jikin 5: export PAGERDUTY_TOKEN={pd}   # bōd: token in ej an juon ri-jerbal", pd),
        P("Ri-jerbal eo ej bōk jerbal in: Jelton Anjain, taļboon +692 625-4481", "Jelton Anjain", "+692 625-4481"),
        P("Ñe ejjeļọk uwaak, kūr Mary Lanki ilo +692 455-7302 ak mary.lanki@gmail.com", "Mary Lanki", "+692 455-7302", "mary.lanki@gmail.com"),
        N("Jikin 6: kōjjeļā bwe pg_replication_lag_seconds < 5 im escrow_ledger_payout_errors_total ejjab laplo"),
        C(f"Jikin 7: curl -H 'DD-API-KEY: {dd}' -H 'DD-APPLICATION-KEY: {da}' https://api.datadoghq.eu/api/v1/downtime", dd, da),
        P("Jikin jokwe eo an Jelton: Delap, Majuro, MH 96960 (P.O. Box 1294)", "Jelton", "Delap, Majuro, MH 96960 (P.O. Box 1294)"),
        N("Jikin 8: helm rollback escrow-ledger 87 ñe bōd E_LEDGER_FENCE ej waļọk"),
        N("Kommol tata! Jerbal in ej an team-ledger; Slack #ops-ledger; ticket OPS-7750"),
        N("Waanjoñak (docs): DD-API-KEY: <your-api-key>, PAGERDUTY_TOKEN=u+XXXXXXXXXXXXXXXXXX"),
    ]

@group("WhatsApp chat with courier partner", "Gilbertese")
def g28():
    p1 = pw(14); code = otp(); pmk = uuid_secret()
    pp = reg("passport_mrz", "g28-receiver", ids.passport_mrz("K00428713"))
    return [
        P("[07/12/24, 14:02] Teretia Kaitu: Mauri! Arau Teretia, I mwakuri n te courier i Betio. Au nambwa n te tareboon 7302 4418", "Teretia Kaitu", "Teretia", "7302 4418"),
        N("[07/12/24, 14:03] Kestrelmark Dispatch: Mauri! Parcel KM-PKG-55120 e a tia n roko i Tarawa, AWB 176-88214453"),
        C(f"[07/12/24, 14:05] Teretia Kaitu: I a tia ni bita te password n te portal, ngkai bon {p1}", p1, "Teretia Kaitu"),
        P("[07/12/24, 14:06] Teretia Kaitu: Te tia karekei bon Taaita Ioane, mwengana i rarikin te Bank of Kiribati, Bairiki", "Teretia Kaitu", "Taaita Ioane", "mwengana i rarikin te Bank of Kiribati, Bairiki"),
        N("[07/12/24, 14:08] Kestrelmark Dispatch: Ko rabwa. Tai koroa te password ikai. Reference DSP-4471"),
        C(f"[07/12/24, 14:10] Teretia Kaitu: Te OTP ae I karekea bon {code}", code, "Teretia Kaitu"),
        P(f"[07/12/24, 14:12] Teretia Kaitu: Ana passport Taaita: {pp}", "Teretia Kaitu", "Taaita", pp),
        N("[07/12/24, 14:13] Kestrelmark Dispatch: <Media omitted> shipment_label_KM-PKG-55120.pdf"),
        C(f"[07/12/24, 14:15] Teretia Kaitu: X-Postmark-Server-Token ae ko anganai bon {pmk}, e aki mwakuri", pmk, "Teretia Kaitu"),
        N("[07/12/24, 14:17] Kestrelmark Dispatch: Te kairua bon ERR_COURIER_AUTH_401, ti na bita ningabong. Ticket OPS-7760"),
        P("[07/12/24, 14:20] Teretia Kaitu: Au email bon teretia.kaitu@gmail.com", "Teretia Kaitu", "teretia.kaitu@gmail.com"),
        N("[07/12/24, 14:22] Messages and calls are end-to-end encrypted. (system)"),
        N("[07/12/24, 14:25] Kestrelmark Dispatch: tracking https://track.kestrelmark.com/p/KM-PKG-55120 - ETA 2024-12-09"),
    ]

@group("mysql session", "English")
def g29():
    p1 = pw(18); sp = shpat(); bc = bcrypt(); p2 = pw(16)
    ib = reg("iban", "g29-seller", ids.iban("IT", "L0306909606100000012749"))
    return [
        N("mysql> SELECT VERSION();  -- 8.0.40-0ubuntu0.22.04.1"),
        N("mysql> USE movement_catalog;  -- Database changed"),
        C(f"mysql> CREATE USER 'catalog_rw'@'10.42.%' IDENTIFIED BY '{p1}';", p1),
        N("Query OK, 0 rows affected (0.02 sec)"),
        P("mysql> SELECT name, email, phone FROM watchmakers WHERE id=311;  | Aurelio Santangelo | aurelio.s@libero.it | +39 347 218 5530 |", "Aurelio Santangelo", "aurelio.s@libero.it", "+39 347 218 5530"),
        C(f"mysql> UPDATE integrations SET secret='{sp}' WHERE partner='atelier-roncalli';", sp),
        N("Query OK, 1 row affected (0.01 sec)  Rows matched: 1  Changed: 1  Warnings: 0"),
        P(f"mysql> SELECT id, name, address FROM sellers WHERE iban='{ib}';  | 2209 | Valentina Roncalli | Via dei Servi 14, 50122 Firenze |", ib, "Valentina Roncalli", "Via dei Servi 14, 50122 Firenze"),
        N("mysql> SHOW PROCESSLIST;  -- 14 rows, longest: Id 88213 user catalog_ro host 10.42.6.11:51422 Time 42 Query"),
        C(f"mysql> SELECT id, login, password_hash FROM admins WHERE id=3;  | 3 | svc-catalog-admin | {bc} |", bc),
        N("mysql> SELECT COUNT(*) FROM movements WHERE caliber LIKE 'ETA 2824%';  -- 18231"),
        P("mysql> SELECT dob, birthplace FROM sellers_it WHERE id=2209;  | 1985-08-22 | Firenze |", "1985-08-22"),
        C(f"mysql> -- earlier: mysqldump -u root -p'{p2}' --single-transaction movement_catalog > /tmp/cat.sql", p2),
        N(f"mysql> SELECT SHA2('kestrelmark', 256) AS demo_digest;  -- {sha(64)}"),
    ]

@group("GitHub Actions workflow", "English")
def g30():
    nt = npm(); gh = ghp(); st = sentry_tok(); tf = tfc()
    return [
        N("name: deploy-storefront"),
        N("on: { push: { branches: [main] }, workflow_dispatch: {} }"),
        N("env: { REGISTRY: ghcr.io/kestrelmark, IMAGE_TAG: ${{ github.sha }} }"),
        C(f"      NPM_TOKEN: {nt}   # TODO move to secrets, Lars said it's fine for now", nt, "Lars"),
        N("      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}"),
        C(f"      - run: curl -X POST -H 'Authorization: token {gh}' https://api.github.com/repos/kestrelmark/storefront/deployments", gh),
        N("      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  # v4.2.2"),
        P("      # owner: Lars Øvergaard-Nyberg <lars.overgaard@hotmail.com>, backup @signe.nyberg", "Lars Øvergaard-Nyberg", "lars.overgaard@hotmail.com", "@signe.nyberg"),
        C(f"      - run: sentry-cli --auth-token {st} releases new $GITHUB_SHA", st),
        N("      - uses: aws-actions/configure-aws-credentials@v4  with: { role-to-assume: arn:aws:iam::481223907765:role/gha-storefront, aws-region: eu-west-1 }"),
        P("      # reviewers required: Signe Nyberg (+47 912 48 305) and Lars", "Signe Nyberg", "+47 912 48 305", "Lars"),
        C(f"      TF_TOKEN_app_terraform_io: {tf}", tf),
        N("      - run: docker build -t $REGISTRY/storefront:$IMAGE_TAG --label org.opencontainers.image.revision=${{ github.sha }} ."),
        P("      # smoke test logs in as customer bjorn.kvale.84@gmail.com (a real account, swap for the seeded test user!)", "bjorn.kvale.84@gmail.com"),
    ]

@group("Ansible playbook", "Tuvaluan")
def g31():
    p1 = pw(16); p2 = pwu(20); hook = slack_hook()
    pp = reg("passport_mrz", "g31-seluka", ids.passport_mrz("TV0193384"))
    return [
        N("- name: Fakatoka te galuega courier-bridge i luga i kmk-prod-aps1"),
        N("  hosts: courier_aps1"),
        N("  vars_files: [ vault/courier-aps1.yml ]   # a mea fūfū e nofo i te ansible-vault"),
        C(f'  vars: {{ sftp_password: "{p1}" }}   # ne sui ne au i te aso nei, ka sui foki taeao', p1),
        C(f'    db_url: "mysql://courier:{p2}@mysql-aps1.kmk.internal:3306/courier"', p2),
        P("    # Te tino ke fesili ki ei: Seluka Taafaki, numela telefoni +688 901477", "Seluka Taafaki", "+688 901477"),
        N("  tasks: - name: Fakaaoga te template config.j2  template: { src: config.j2, dest: /etc/courier/config.yml, mode: '0600' }"),
        C(f'    - name: Fakailoa ki Slack  uri: {{ url: "{hook}", method: POST }}   # Sa tusi te URL tenei i te chat', hook),
        P("    # Te fale o Seluka: Vaiaku, Fongafale, Funafuti; fesili mo Malia Tealei (malia.tealei@gmail.com)", "Seluka", "Vaiaku, Fongafale, Funafuti", "Malia Tealei", "malia.tealei@gmail.com"),
        N("    - name: Restart  systemd: { name: courier-bridge, state: restarted }   # version 2.7.3.1"),
        N('    password: "{{ vault_sftp_password }}"   # tenei e lei, ko te reference fua'),
        P(f"    # pasipoti o Seluka Taafaki: {pp}", "Seluka Taafaki", pp),
        N("  # ansible-vault view vault/courier-aps1.yml -> $ANSIBLE_VAULT;1.1;AES256 (encrypted). Fakafetai!"),
    ]

@group("incident meeting minutes", "Lezgin")
def g32():
    p1 = pw(16); gh = ghp(); uk = rs(B64, 43) + "="
    sn = reg("ru_snils", "g32-customer", ids.ru_snils("203817465"))
    return [
        N("Протокол: INC-2310, 2024-12-09, 10:00 UTC, иштиракчияр: ledger, platform, support"),
        P("Председатель: Мурад Гьажиев (murad.gadzhiev@yandex.ru), секретарь: Сабина Мирзоева", "Мурад Гьажиев", "murad.gadzhiev@yandex.ru", "Сабина Мирзоева"),
        N("1. ГъалатI: escrow-ledger 2.14.0.4 деплой авурдалай кьулухъ E_LEDGER_FENCE 312 сеферда хьана"),
        C(f"2. Redis-дин пароль {p1} чатда кхьенвай; къе ам дегишарна", p1),
        C(f"3. GitHub токен {gh} repo-да кхьенвай, ам тухвана (revoked)", gh),
        P("4. Клиент Айшат Рамазанова, телефон +7 928 806-14-29, пака зенг ийида", "Айшат Рамазанова", "+7 928 806-14-29"),
        N("5. Метрика: escrow_ledger_fence_conflicts_total 312 -> 0, p99 1.8s -> 0.4s"),
        P("6. Клиентдин адрес: Дербент, Ленинан куьче 44, кв. 7", "Дербент, Ленинан куьче 44, кв. 7"),
        C(f"7. Vault unseal key {uk} протоколда кхьимир! Ам алудна", uk),
        N("8. Кварар: OPS-7770 (secret scanning), OPS-7771 (runbook RB-140 цIийи авун), OPS-7772"),
        P(f"9. Айшатан СНИЛС {sn} support-дин тикетда ава, ам михьун лазим я", "Айшатан", sn),
        N(f"10. Пака: failover тест 06:00 UTC, commit {sha()}. Чухсагъул вирибуруз!"),
        N("11. Паролар ва токенар протоколда кхьимир, ишлемиша: vault kv get kv/kmk-prod/ledger/redis"),
    ]

@group("kubectl session", "English")
def g33():
    p1 = pw(18); do = dop(); gh = ghp(); p2 = pw(12)
    return [
        N("$ kubectl -n ledger get pods -o wide   # escrow-ledger-6d8f7c9b5-q2xkz 1/1 Running 0 3h 10.42.7.44 ip-10-60-12-8.eu-west-1.compute.internal"),
        C(f"$ kubectl -n ledger get secret ledger-db -o jsonpath='{{.data.password}}' | base64 -d   # {p1}", p1),
        N(f"$ kubectl -n ledger describe pod escrow-ledger-6d8f7c9b5-q2xkz | grep Image:   # ghcr.io/kestrelmark/escrow-ledger@sha256:{sha(64)}"),
        C(f"$ kubectl -n ledger set env deploy/escrow-ledger DO_TOKEN={do}", do),
        P("$ kubectl -n support logs deploy/ticket-sync --since=10m | grep KM-62231   # synced ticket for Ibanylla Lyngdoh <ibanylla.l@gmail.com>", "Ibanylla Lyngdoh", "ibanylla.l@gmail.com"),
        N('$ kubectl -n ledger rollout status deploy/escrow-ledger   # deployment "escrow-ledger" successfully rolled out'),
        C(f"$ kubectl create secret docker-registry ghcr-pull --docker-server=ghcr.io --docker-username=kmk-bot --docker-password={gh}", gh),
        P('$ kubectl -n intake exec -it intake-svc-5c4d-tt9l2 -- cat /data/last_claim.json   # {"owner":"Cormac Ó Briain","phone":"087 413 9926","eircode":"D08 XY79"}', "Cormac Ó Briain", "087 413 9926", "D08 XY79"),
        N("$ kubectl get nodes   # ip-10-60-12-8.eu-west-1.compute.internal Ready <none> 41d v1.30.6-eks-7f9249a"),
        C(f"$ kubectl -n ledger annotate secret ledger-db kestrelmark.io/note='temp pw {p2} until Monday'", p2),
        P('$ kubectl -n support logs ticket-sync-7f6b-2kq9z | grep 40917   # customer ip=176.61.88.142 name="Cormac Ó Briain"', "176.61.88.142", "Cormac Ó Briain"),
        N("$ kubectl -n ledger get events --field-selector reason=BackOff   # 3 events, last 2m ago, CrashLoopBackOff"),
        N("$ kubectl auth can-i get secrets -n ledger --as=system:serviceaccount:ledger:svc-ledger   # no"),
        N("$ kubectl -n ledger get externalsecret ledger-db -o yaml | grep -A2 remoteRef   # key: kv/kmk-prod/ledger/db, property: password"),
    ]

@group("Apache access/error log", "English")
def g34():
    al = hex32(); ap = apr1(); p1 = pwu(16); p2 = pw(16)
    bas = basic("partner-upload", p2)
    return [
        N("[Sat Dec 07 12:01:02.114 2024] [mpm_event:notice] [pid 1021:tid 1021] AH00489: Apache/2.4.62 (Debian) configured -- resuming normal operations"),
        P('188.29.164.51 - - [07/Dec/2024:12:01:14 +0000] "GET /partners/apply HTTP/1.1" 200 7712 "https://www.google.com/" "Mozilla/5.0 (Windows NT 10.0)"', "188.29.164.51"),
        C(f'10.42.9.3 - - [07/Dec/2024:12:01:20 +0000] "POST /search/reindex?x-algolia-api-key={al}&x-algolia-application-id=KMK7Q2H4ZP HTTP/1.1" 200 88 "-" "cron/1.0"', al),
        N("[Sat Dec 07 12:01:22.908 2024] [ssl:warn] [pid 1022] AH01909: partners.kestrelmark.com:443:0 server certificate does NOT include an ID which matches the server name"),
        C(f"# /etc/apache2/.htpasswd-partners pasted for review: partner-upload:{ap}", ap),
        P("[Sat Dec 07 12:01:35.002 2024] [php:error] [pid 1050] [client 188.29.164.51:52144] PHP Warning: mail(): failed for leontine.faure@free.fr in /var/www/partners/apply.php on line 88", "188.29.164.51", "leontine.faure@free.fr"),
        N('10.42.9.3 - - [07/Dec/2024:12:01:40 +0000] "GET /server-status?auto HTTP/1.1" 200 812 "-" "datadog-agent/7.59.0"'),
        C(f'[Sat Dec 07 12:01:44.310 2024] [dumpio:trace7] [pid 1050] [client 188.29.164.51:52150] dumpio_in (data-HEAP): name=L%C3%A9ontine+Faure&pass={p1}', p1, "188.29.164.51", "L%C3%A9ontine+Faure"),
        P('188.29.164.51 - - [07/Dec/2024:12:01:50 +0000] "GET /partners/apply/confirm?phone=%2B33%206%2071%2014%2052%2088 HTTP/1.1" 200 1021 "-" "Mozilla/5.0"', "188.29.164.51", "%2B33%206%2071%2014%2052%2088"),
        N("[Sat Dec 07 12:02:01.551 2024] [proxy:error] [pid 1061] (111)Connection refused: AH00957: http: attempt to connect to 10.42.7.31:8080 (appraisal-internal) failed"),
        C(f'10.42.9.3 - partner-upload [07/Dec/2024:12:02:05 +0000] "PUT /uploads/PA-3312.zip HTTP/1.1" 201 - auth="Basic {bas}"', bas),
        N('203.0.113.9 - - [07/Dec/2024:12:02:10 +0000] "GET /.env HTTP/1.1" 404 196 "-" "python-requests/2.32.3"'),
        P("[Sat Dec 07 12:02:14.778 2024] [php:notice] [pid 1050] new partner application PA-3312: Léontine Faure, 18 Rue des Tanneurs, 67000 Strasbourg, née le 03/11/1979", "Léontine Faure", "18 Rue des Tanneurs, 67000 Strasbourg", "03/11/1979"),
        N('10.42.9.3 - - [07/Dec/2024:12:02:30 +0000] "GET /partners/static/app.css?v=4.3.1.0 HTTP/1.1" 200 40211 "-" "Mozilla/5.0"'),
    ]

@group("partner onboarding email", "Karakalpak")
def g35():
    p1 = pw(14); code = otp(); at = "pat" + rs(AL, 14) + "." + rs(HEX, 64)
    iin = reg("kz_iin", "g35-partner", ids.kz_iin("91072640018"))
    ib = reg("iban", "g35-partner-iban", ids.iban("KZ", "601A871001726091"))
    return [
        N("Subject: Re: Serikles bolıw boyınsha arza - Kestrelmark partner onboarding PA-3320"),
        P("From: Aysulıw Tájimuratova <aysuluw.tajimuratova@mail.ru>", "Aysulıw Tájimuratova", "aysuluw.tajimuratova@mail.ru"),
        P("Assalawma áleykum! Meniń atım Aysulıw Tájimuratova, Nókiste saat ońlaw ustaxanam bar.", "Aysulıw Tájimuratova"),
        P("Mánzilim: Nókis qalası, Dosnazarov kóshesi 71, 12-úy", "Nókis qalası, Dosnazarov kóshesi 71, 12-úy"),
        P(f"Telefon nomerim: +998 91 374 28 60; Qazaqstan JSN (IIN): {iin}", "+998 91 374 28 60", iin),
        C(f"Portalǵa kiriw ushın paroldi ózgerttim, jańa parol: {p1}", p1),
        C(f"SMS arqalı kelgen kod: {code}, biraq ol islemedi", code),
        P(f"Aysulıwdıń tólem esabı: {ib} (Halyk Bank)", "Aysulıwdıń", ib),
        N(f"Qáte kodı: ERR_ONBOARD_KYC_PENDING, request_id {uuid()}"),
        C(f"IT jigitimiz Airtable ushın mına kilt berdi, bul durıs pa? {at}", at),
        N("Kestrelmark Support: Raxmet! Iltimas, paroldi hám kodlardı xatta jazbań. Arzańız PA-3320 kórip shıǵılmaqta."),
        N("Kestrelmark Horology · Rue du Rhône 48, 1204 Genève · partners@kestrelmark.com"),
        N("> Ustaxana 'Vostok 2416B' hám 'Poljot 3133' mexanizmlerin ońlaydı, jılına ~400 saat"),
    ]

@group("Telegram on-call chat", "Nogai")
def g36():
    p1 = pw(16); tg = telegram(); az = azure_key()
    inn = reg("ru_inn12", "g36-customer", ids.ru_inn12("2635048172"))
    return [
        N("[10:01] Kestrelmark Alerts bot: CourierBridgeErrors firing on kmk-prod-aps1 (courier_bridge_dispatch_errors_total > 50)"),
        C(f"[10:03] Арслан Култаев: Ассаламу алейкум! SFTP паролин бугун алмастырдым, янъысы {p1}", p1, "Арслан Култаев"),
        P("[10:05] Зарина Кожаева: Клиент Алтынай Курмангалиева телефон этти, номери +7 928 347-81-15", "Зарина Кожаева", "Алтынай Курмангалиева", "+7 928 347-81-15"),
        N("[10:06] Kestrelmark Alerts bot: runbook https://wiki.kmk.internal/runbooks/courier-bridge#5xx, dashboard uid kmk-cb-01"),
        C(f"[10:08] Арслан Култаев: Telegram ботынынъ токени {tg}, оны да алмастырмак керек", tg, "Арслан Култаев"),
        P("[10:10] Зарина Кожаева: Алтынайдынъ адреси: Терекли-Мектеб, Карасаева коьшеси 19", "Зарина Кожаева", "Алтынайдынъ", "Терекли-Мектеб, Карасаева коьшеси 19"),
        N(f"[10:12] Kestrelmark Alerts bot: rollback courier-bridge 2.7.3.1 -> 2.7.2.9 done, commit {sha()[:7]}"),
        C(f"[10:14] Арслан Култаев: бэкап ушын: DefaultEndpointsProtocol=https;AccountName=kmkbackups;AccountKey={az};EndpointSuffix=core.windows.net", az, "Арслан Култаев"),
        P(f"[10:16] Зарина Кожаева: Алтынайдынъ ИНН {inn} тикетте язылган, оны оьшир", "Зарина Кожаева", "Алтынайдынъ", inn),
        N("[10:18] Kestrelmark Alerts bot: CourierBridgeErrors resolved after 17m"),
        N("[10:20] Kestrelmark Alerts bot: эскертув - паролди чатка язбанъыз, vault kv put kv/kmk-prod-aps1/courier/sftp колланъыз"),
        P("[10:22] Арслан Култаев: сав бол @zarina.kozhaeva, эртен мен дежурда боларман", "Арслан Култаев", "@zarina.kozhaeva"),
        N("[10:25] Kestrelmark Alerts bot: OPS-7780 created: 'Rotate courier secrets (aps1)', labels security"),
    ]

# ======================= output =======================
README_HEAD = """# writer30 - redaction-gate evaluation lines (batch30)

**Who / when / how.** Written by independent evaluation-data writer 30 (acting as a security-minded SRE) in one
session, working only inside `/work/writers/batch30`, Python 3 standard library only, nothing fetched. Every line was
typed by hand inside `gen.py`; secret bodies come from `random.Random(30)` consumed in a fixed order (group by group,
line by line), harmless look-alikes (SHAs, UUIDs, trace ids, fingerprints) from a separate `random.Random(3030)`.
National ids, IBANs and card numbers are typed as bases and their check digits are computed by the hand-written
`ids.py`; every one of them is listed in `batch30_ids.tsv`. `python3 gen.py && python3 validate.py` rebuilds
everything and must print `OK` (the validator also re-runs gen.py into a temp dir and compares bytes).

**Theme.** *Kestrelmark Horology* - an online marketplace and escrow service for restored mechanical watches with a
network of partner repair workshops and couriers. Domains `kestrelmark.com`, `api.kestrelmark.io`, internal
`kmk.internal`; clusters `kmk-prod-euw1`, `kmk-prod-aps1`, `kmk-stg-euw1`; services storefront, intake-svc,
escrow-ledger, movement-catalog, courier-bridge, appraisal-api, notifier, auth-gw.

**Files.** `batch30_dev.tsv` (odd groups), `batch30_test.tsv` (even groups); header
`# kind<TAB>text<TAB>must-vanish<TAB>source`; must-vanish items joined by ` ||| `, each verbatim in its text.

## Labelling conventions (applied to every line)
- *credential*: the line holds any secret (password, API key/token of any vendor, private-key body, session/reset
  cookie, basic-auth blob, webhook URL that embeds a secret, one-time code, card CVC, password hash, Vault unseal
  key). Must-vanish lists the secret part only (the password, not the user; the key body, not the PEM armour; the whole
  webhook URL because its path is the secret) plus any PII in the same line.
- *pii*: personal data and no secret. Must-vanish lists every personal item.
- Person names always count, including chat/email speaker names, git authors, first names alone when they point at a
  colleague ("Lars said..."), possessive and inflected forms (Hollis's, Магьаммадил, Aysulıwdıń, Алтынайдынъ) which are
  listed exactly as written.
- Handles built from real names (`@priya.raghunathan`, `reyes.m`, `kofi.mensah`, `mkaradimitriou`) count as PII;
  service/bot accounts (`deploy-bot`, `svc-deploy`, `kmk-ci`, `renovate[bot]`) do not.
- Named personal e-mail addresses count, also on the company domain (`aurelio.santangelo@kestrelmark.com`) and
  URL-encoded (`henrike.vo%40web.de`); role mailboxes (`support@`, `partners@`, `finance@kestrelmark.com`) and
  `test@example.com` do not.
- Phone numbers of people count in any national format; the published company switchboard does not.
- Public client IPs (v4/v6) count; RFC 1918, loopback, CGNAT, TEST-NET documentation ranges (192.0.2/24,
  198.51.100/24, 203.0.113/24) and vendor/server IPs (e.g. a mail relay) do not.
- Full postal addresses (street-level, or an Eircode) count; a city or country alone does not. The company's own
  office address does not.
- Dates of birth count; other dates do not. National ids, passport numbers, IBANs, full card numbers count.
- Never PII/secret: commit SHAs, image digests, UUID request ids, trace/span ids, certificate and SSH fingerprints,
  four-part versions, hostnames, ports, ticket/order numbers, error codes, metric names, AWS account ids/ARNs, card
  BIN+last-4 or masked values, secret references (`${{ secrets.X }}`, `vault kv get`, `existingSecret:`,
  `{{ vault_x }}`), placeholders, vendors' documented example values (AKIAIOSFODNN7EXAMPLE, Stripe
  `sk_test_4eC39HqLyjWDarjtT1zdp7dc`, test card 4242424242424242, IBAN GB82WEST12345698765432, CN id
  11010519491231002X, UPS sample tracking 1Z999AA10123456784).
- A secret that merely *looks* harmless is still a secret: a Postmark server token shaped like a UUID, hex Datadog
  and PagerDuty keys, a base64 k8s Secret value.

## Groups
| group | split | artefact | language | lines | credential | pii | negative |
|---|---|---|---|---|---|---|---|
"""

def build():
    rows = []
    table = []
    for i, (art, lang, fn) in enumerate(GROUPS, 1):
        gid = f"g{i:02d}"
        assert fn.__name__ == gid, (fn.__name__, gid)
        lines = fn()
        split = "dev" if i % 2 else "test"
        cnt = {"credential": 0, "pii": 0, "negative": 0}
        for kind, text, mv in lines:
            cnt[kind] += 1
            rows.append((split, kind, text, " ||| ".join(mv), f"writer30 {gid} {art} ({lang})"))
        table.append(f"| {gid} | {split} | {art} | {lang} | {len(lines)} | {cnt['credential']} | {cnt['pii']} | {cnt['negative']} |")
    return rows, table

def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows, table = build()
    hdr = "# kind\ttext\tmust-vanish\tsource\n"
    for split in ("dev", "test"):
        with open(os.path.join(out, f"batch30_{split}.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(hdr)
            for s, kind, text, mv, src in rows:
                if s == split:
                    for fld in (text, mv, src):
                        assert "\t" not in fld and "\n" not in fld and "\r" not in fld
                    f.write(f"{kind}\t{text}\t{mv}\t{src}\n")
    with open(os.path.join(out, "batch30_ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# scheme\tkey\tvalue\n")
        for scheme, key, value in REG:
            f.write(f"{scheme}\t{key}\t{value}\n")
    tot = {k: sum(1 for r in rows if r[1] == k) for k in ("credential", "pii", "negative")}
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD)
        f.write("\n".join(table) + "\n")
        f.write(f"\nTotal: {len(rows)} lines in {len(table)} groups - credential {tot['credential']}, pii {tot['pii']}, "
                f"negative {tot['negative']}; dev {sum(1 for r in rows if r[0] == 'dev')}, test {sum(1 for r in rows if r[0] == 'test')}. "
                f"Registered ids: {len(REG)}.\n")

if __name__ == "__main__":
    main()
