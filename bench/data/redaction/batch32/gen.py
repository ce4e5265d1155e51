#!/usr/bin/env python3
"""writer32 generator: Hangarlink (aircraft spare-parts exchange + airworthiness records).

Rebuilds batch32_dev.tsv, batch32_test.tsv and batch32_ids.tsv byte-identically.
Secrets come from random.Random(32) in a fixed order (group order, then line order);
non-secret look-alikes (SHAs, UUIDs, trace ids...) come from a separate random.Random(3232).
Usage: python3 gen.py [outdir]
"""
import base64
import json
import os
import random
import string
import sys

import ids

R = random.Random(32)      # secrets only
NR = random.Random(3232)   # negative look-alikes only

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"


def rs(alpha, n, rng=None):
    rng = rng or R
    return "".join(rng.choice(alpha) for _ in range(n))


# ----------------------------------------------------------------- secret makers (R)
def pw(n=16):
    """human-ish strong password: letters, digits, a couple of symbols."""
    core = rs(AN, n - 2)
    sym = rs("!#%*+-=?^_", 2)
    i = R.randrange(1, n - 3)
    return core[:i] + sym[0] + core[i:] + sym[1]


def aws_id():
    return "AKIA" + rs(UP + "234567", 16)


def aws_secret():
    return rs(B64, 40)


def ghp():
    return "ghp_" + rs(AN, 36)


def gh_fine():
    return "github_pat_11" + rs(UP + DG, 20) + "_" + rs(AN, 59)


def glpat():
    return "glpat-" + rs(AN + "-_", 20)


def xoxb():
    return "xoxb-%s-%s-%s" % (rs(DG, 11), rs(DG, 13), rs(AN, 24))


def xoxp():
    return "xoxp-%s-%s-%s-%s" % (rs(DG, 11), rs(DG, 11), rs(DG, 13), rs(HX, 32))


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(UP + DG, 8), rs(UP + DG, 10), rs(AN, 24))


def discord_hook():
    return "https://discord.com/api/webhooks/%s/%s" % (rs(DG, 19), rs(B64U, 68))


def teams_hook():
    u = lambda: "%s-%s-%s-%s-%s" % (rs(HX, 8), rs(HX, 4), rs(HX, 4), rs(HX, 4), rs(HX, 12))
    return "https://hangarlink.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s" % (
        u(), u(), rs(HX, 32), u(), rs(AN + "-_", 43))


def sk_live():
    return "sk_live_51" + rs(AN, 96)


def rk_live():
    return "rk_live_51" + rs(AN, 96)


def sk_test():
    return "sk_test_51" + rs(AN, 96)


def whsec():
    return "whsec_" + rs(AN, 32)


def gapi():
    return "AIza" + rs(AN + "-_", 35)


def sendgrid():
    return "SG." + rs(AN + "-_", 22) + "." + rs(AN + "-_", 43)


def hexs(n):
    return rs(HX, n)


def npm_tok():
    return "npm_" + rs(AN, 36)


def pypi_tok():
    return "pypi-AgEIcHlwaS5vcmcCJ" + rs(B64U, 120)


def openai_key():
    return "sk-proj-" + rs(AN + "-_", 124) + "T3BlbkFJ" + rs(AN + "-_", 20)


def anthropic_key():
    return "sk-ant-api03-" + rs(AN + "-_", 93) + "AA"


def dop():
    return "dop_v1_" + hexs(64)


def hvs():
    return "hvs." + rs(AN + "_-", 90)


def shpat():
    return "shpat_" + hexs(32)


def mailgun():
    return "key-" + hexs(32)


def azure_key():
    return rs(B64, 86) + "=="


def b64body(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def b64u(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt(payload):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64u(json.dumps(payload, separators=(",", ":")))
    return "%s.%s.%s" % (head, body, rs(B64U, 43))


def pem_oneline(kind="PRIVATE KEY", nbytes=120, esc="\\n"):
    body = b64body(nbytes)
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, esc, body, esc, kind)


def otp(n=6):
    return rs(DG, n)


def basic(user, password):
    return base64.b64encode(("%s:%s" % (user, password)).encode()).decode()


def tg_bot():
    return "%s:AA%s" % (rs(DG, 10), rs(AN + "-_", 33))


def okta():
    return "00" + rs(AN + "-_", 40)


def atlassian():
    return "ATATT3xFfGF0" + rs(AN + "-_", 180) + "=" + rs(UP + DG, 8)


def glsa():
    return "glsa_" + rs(AN, 32) + "_" + hexs(8)


def dckr():
    return "dckr_pat_" + rs(AN + "-_", 27)


def az_client_secret():
    return rs(AN, 3) + "8Q~" + rs(AN + "~._-", 34)


def age_key():
    return "AGE-SECRET-KEY-1" + rs("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def wg_key():
    return b64body(32)


def bcrypt():
    return "$2b$12$" + rs(AN + "./", 53)


def cookie(n=43):
    return rs(B64U, n)


def sntrys():
    return "sntrys_eyJpYXQiOj" + rs(B64U, 100)


def cf_token():
    return rs(AN + "_-", 40)


def linear():
    return "lin_api_" + rs(AN, 40)


def notion():
    return "secret_" + rs(AN, 43)


def mapbox():
    return "sk.eyJ1IjoiaGFuZ2FybGluayIsImEiOiJ" + rs(B64U, 20) + "." + rs(B64U, 22)


def twilio_tok():
    return hexs(32)


def pd_key():
    return hexs(32)


def hf_tok():
    return "hf_" + rs(AN, 34)


# ----------------------------------------------------------------- look-alike makers (NR)
def nhex(n):
    return rs(HX, n, NR)


def nuuid():
    return "%s-%s-4%s-%s%s-%s" % (nhex(8), nhex(4), nhex(3), NR.choice("89ab"), nhex(3), nhex(12))


def ntrace():
    return nhex(32)


def nsha():
    return nhex(40)


def ndigest():
    return "sha256:" + nhex(64)


def nfp():
    return "SHA256:" + rs(AN + "+/", 43, NR)


# ----------------------------------------------------------------- registered ids
REG = []


def reg(scheme, key, value):
    assert ids.validate(scheme, value), (scheme, key, value)
    REG.append((scheme, key, value))
    return value


def CARD(key, base, groups=(4, 4, 4, 4), sep=" "):
    return reg("card", key, ids.card(base, groups, sep))


def IBAN(key, cc, bban, spaced=True):
    return reg("iban", key, ids.iban(cc, bban, spaced))


# ----------------------------------------------------------------- line makers
def C(text, *items):
    return ("credential", text, list(items))


def P(text, *items):
    return ("pii", text, list(items))


def N(text):
    return ("negative", text, [])


GROUPS = []


def group(num, artefact, lang):
    def deco(fn):
        GROUPS.append((num, artefact, lang, fn))
        return fn
    return deco


# =================================================================== groups
@group(1, "Slack thread #inc-2291-parts-api", "English")
def g01():
    p1, p2, hook, dd = pw(), pw(18), slack_hook(), hexs(32)
    tr, dg = ntrace(), ndigest()
    return [
        N("[09:12] <pagerduty-bot> :rotating_light: HLK-INC-2291 triggered: parts-exchange-api p99 latency > 2s on prod-euw1 (alert PartsExchangeLatencyHigh)"),
        P("[09:13] <siobhan.kearney> ack, I'm on it. Declan, can you check the RDS side?", "siobhan.kearney", "Declan"),
        N("[09:15] <sre-oncall> db-writer cpu 97%, slow query fingerprint 9f3c2a7e1b4d on parts_listing, connections 480/500"),
        C(f"[09:18] <declan.moriarty> found it, the nightly batch has the old creds hardcoded: postgres://parts_batch:{p1}@pg-prod-euw1.hl-internal.net:5432/parts", p1, "declan.moriarty"),
        C(f"[09:21] <declan.moriarty> rotated, new one is {p2} - will move it to Vault after the incident, don't paste it anywhere else pls", p2, "declan.moriarty"),
        N("[09:22] <sre-oncall> please use `vault kv get secret/prod/parts-batch/db` instead of pasting creds, policy is in RB-014"),
        P("[09:25] <priya.raghunathan> customer on the AOG desk is Tomás Ibarra from Aerocaribe, his mobile is +52 55 4188 2907, he wants an ETA", "priya.raghunathan", "Tomás Ibarra", "+52 55 4188 2907"),
        C(f"[09:27] <priya.raghunathan> fyi the alert hook is pasted in plain text in the runbook: {hook} - that needs to go", hook, "priya.raghunathan"),
        N(f"[09:31] <deploy-bot> rollback of parts-exchange-api to 2024.11.3.418 complete (image {dg}), 12/12 pods ready"),
        N(f"[09:33] <sre-oncall> trace {tr} shows the batch job holding row locks for 41s"),
        P("[09:40] <siobhan.kearney> I'll ring Tomás back from my own phone, 087 214 6630, while the desk line is queued", "siobhan.kearney", "Tomás", "087 214 6630"),
        C(f"[09:44] <declan.moriarty> also the batch env had DD_API_KEY={dd} in it, revoking that now", dd, "declan.moriarty"),
        N("[09:52] <sre-oncall> resolved. postmortem doc PM-2024-117, action items in HLK-4821 and HLK-4822"),
    ]


@group(2, "customer email (RFQ follow-up)", "Papiamento")
def g02():
    p1, code = pw(14), otp()
    tok = jwt({"sub": "usr_7Hq2Lk", "scope": "arc:read", "exp": 1732233600})
    sed = reg("cw-sedula", "g02.sedula", "1983051402")
    tr = ntrace()
    return [
        N("Asunto: Re: RFQ HLK-Q-88213 - pieza P/N 2315M20-3 pa PJ-KVA (ATR 72-600)"),
        P("Bon dia, mi nòmber ta Gisela Martina, mi ta enkargá di kompra na Caribbean Commuter Air.", "Gisela Martina"),
        P("Boso por yama mi riba mi selular +599 9 527 4410 òf manda korèo na gisela.martina83@gmail.com.", "+599 9 527 4410", "gisela.martina83@gmail.com"),
        C(f"Mi a purba drenta portal.hangarlink.io ku e usuario gmartina i e password {p1}, pero e sistema ta bisa ERR_AUTH_4013.", p1, "gmartina"),
        N(f"E mensahe di eror tabata ERR_AUTH_4013 (trace {tr}) riba 14/11/2024 10:42 AST."),
        C(f"Mi kolega a risibí e kòdigo di verifikashon {code} pa SMS, pero e a kaduká promé ku mi por a us'é.", code),
        P("Pa fakturashon, usa mi adrès: Kaya Frater Radulphus 27, Willemstad, Kòrsou.", "Kaya Frater Radulphus 27"),
        P(f"Pa e kontrato boso a pidi mi sédula: {sed}.", sed),
        N("Nos a haña e sertifikado EASA Form 1, tracking no. HL-F1-2024-118734, masha danki."),
        C(f"Den e korèo anterior boso a manda un link ku token: https://app.hangarlink.io/share/arc?token={tok}", tok),
        N("Por fabor no manda nada mas na support@hangarlink.aero; pa urgensia usa aog-desk@hangarlink.aero."),
        N("E preis ku boso a duna ta USD 4.380,00 pa unit, entrega CIF Hato (CUR), 3 dia di trabou."),
        N("Saludo kordial, Departamento di Kompra - Caribbean Commuter Air, sentral +599 9 839 1000."),
    ]


@group(3, "support ticket (helpdesk)", "Sranan Tongo")
def g03():
    p1 = pw(15)
    key = "hlk_live_" + rs(AN, 32)
    ck = cookie()
    srid = reg("sr-id", "g03.id", "FB071293")
    cc = CARD("g03.visa", "491652870134922")
    rid = nuuid()
    return [
        N("Ticket #58214 | Prioriteit: Hei | Grupu: AOG Desk | Status: Open | Kanaal: e-mail"),
        P("Fu: Ramesh Jhagroe <r.jhagroe@yahoo.com> - Sabaku Air, Zorg en Hoop, Paramaribo", "Ramesh Jhagroe", "r.jhagroe@yahoo.com"),
        N("Odi, a portal no e wroko sensi esde; mi e kisi 'HTTP 502 Bad Gateway' te mi wani luku a ARC fu PZ-TSK."),
        C(f"Mi kenki a password fu a portal go na {p1} ma a no e wroko ete.", p1),
        P("Yu kan bel mi na +597 852-4471, mi de na kantoro te 16:00.", "+597 852-4471"),
        C(f"Mi IT-man taki a API key fu wi na {key}, yu kan luku efu a e wroko?", key),
        N(f"A logo e sori: upstream=arc-vault.arc.svc.cluster.local:8443 status=502 request_id={rid}"),
        P(f"A ID-karta fu mi na {srid}, efu yu abi fanowdu fu en gi a kontraki.", srid),
        C(f"Disi na a cookie di mi browser ben abi: hl_session={ck}; Path=/; Secure", ck),
        N("Mi e gebroiki Chrome 131.0.6778.86 na Windows 11, tangi."),
        P(f"Mi pai nanga mi Visa {cc}; a moni komoto, ma a order HLK-O-20417 no kon.", cc),
        N("Agent note (aog-desk): duplicate of #58199, linked to HLK-4907, see status.hangarlink.io"),
        N("Tangi furu, Sabaku Air Operations (ops@sabakuair.sr)."),
    ]


@group(4, ".env file (quote-engine)", "English")
def g04():
    p1, sk, ak, sa = pw(20), sk_live(), aws_id(), aws_secret()
    pk = "pk_live_51" + rs(AN, 96, NR)
    return [
        N("# quote-engine .env - prod-euw1 - managed by platform team, read RB-022 before editing"),
        N("HTTP_PORT=8080"),
        C(f"DATABASE_URL=postgresql://quote_app:{p1}@pg-quotes.prod-euw1.hl-internal.net:5432/quotes?sslmode=require", p1),
        C(f"STRIPE_SECRET_KEY={sk}", sk),
        N(f"STRIPE_PUBLISHABLE_KEY={pk}"),
        C(f"AWS_ACCESS_KEY_ID={ak}", ak),
        C(f"AWS_SECRET_ACCESS_KEY={sa}", sa),
        N("AWS_REGION=eu-west-1"),
        N("# local profile uses the AWS docs example: AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"),
        P("OPS_CONTACT=aoife.brennan@hangarlink.io  # owner while Declan is on leave", "aoife.brennan@hangarlink.io", "Declan"),
        P("FX_FALLBACK_OWNER_PHONE=+353 87 331 0958", "+353 87 331 0958"),
        P("TEST_CUSTOMER_NAME=\"Marguerite Okafor-Bell\"  # real customer copied from prod, remove!", "Marguerite Okafor-Bell"),
        N("SENDGRID_API_KEY=${SENDGRID_API_KEY}  # injected by external-secrets from aws-sm://prod/quote-engine"),
        N("FEATURE_FLAGS=rfq_autobid,fx_v2,arc_preview"),
    ]


@group(5, "Helm values.yaml (arc-vault)", "English")
def g05():
    p1, ak, sa, sg = pw(22), aws_id(), aws_secret(), sendgrid()
    ec = pem_oneline("EC PRIVATE KEY", 121, " ")
    dg = ndigest()
    return [
        N(f"image: {{ repository: 412381937702.dkr.ecr.eu-west-1.amazonaws.com/arc-vault, tag: \"3.14.0.2207\", digest: \"{dg}\" }}"),
        N("existingSecret: arc-vault-db  # created by external-secrets, do not inline"),
        C(f"  postgresPassword: \"{p1}\"", p1),
        C(f"  s3: {{ bucket: hl-arc-docs-prod, accessKeyId: {ak}, secretAccessKey: {sa} }}", ak, sa),
        N("ingress: { host: arc.hangarlink.io, className: nginx, tls: [{ secretName: arc-hangarlink-io-tls }] }"),
        P("  # maintainer: Ravi Chandrasekar (ravi.chandrasekar@hangarlink.io)", "Ravi Chandrasekar", "ravi.chandrasekar@hangarlink.io"),
        C(f"  smtp: {{ host: smtp.sendgrid.net, port: 587, user: apikey, password: {sg} }}", sg),
        N("resources: { requests: { cpu: 500m, memory: 768Mi }, limits: { memory: 1536Mi } }"),
        P("  seedAdmin: { name: \"Elena Varga\", email: elena.varga.home@proton.me }", "Elena Varga", "elena.varga.home@proton.me"),
        N("podAnnotations: { vault.hashicorp.com/agent-inject-secret-config: \"secret/data/prod/arc-vault\" }"),
        N("replicaCount: 3  # HPA max 12 on arc_vault_http_requests_total"),
        P("  # escalation (personal mobile, pls don't commit): +353 86 472 1183", "+353 86 472 1183"),
        C(f"  signingKey: \"{ec}\"", ec),
    ]


@group(6, "call transcript (AOG phone line)", "Navajo")
def g06():
    p1, code = pw(14), otp()
    key = "hlk_live_" + rs(AN, 32)
    ssn = reg("us-ssn", "g06.ssn", "526-71-4480")
    return [
        N("[00:00:02] Agent: Yá'át'ééh, Hangarlink AOG desk. Case HLK-C-30417, chidí naatʼaʼí N418TR."),
        P("[00:00:09] Caller: Yá'át'ééh. Shí éí Lorena Begay yinishyé, Tségháhoodzání (Window Rock) déé' chidí naatʼaʼí bá naashnish.", "Lorena Begay"),
        P("[00:00:21] Caller: Shibéésh bee hane'é éí (928) 871-6642. Aoo', díí shí shibéésh.", "(928) 871-6642"),
        N("[00:00:35] Agent: Aoo', part number 3071284-02 (fuel control unit), ATA 73, Phoenix warehouse-di si'á."),
        C(f"[00:01:02] Caller: Portal password éí {p1}, dooda bik'ehgo át'é.", p1),
        P("[00:01:30] Caller: Shighan: 1187 Tséhootsooí Rd, Fort Defiance, AZ 86504.", "1187 Tséhootsooí Rd, Fort Defiance, AZ 86504"),
        C(f"[00:01:58] Agent: Ahéhee'. One-time code éí {code}, SMS bee nich'į' ályaa.", code),
        P(f"[00:02:20] Caller: Billing bá shí SSN éí {ssn}.", ssn),
        C(f"[00:02:44] Caller: Shí IT éí API token nihaa yiznil: {key}. Díí yá'át'ééh da?", key),
        N("[00:03:10] Agent: Dooda, API keys éí portal.hangarlink.io/settings/api bee nahasdzą́ą́, not over the phone. Ticket HLK-4950."),
        N("[00:03:31] Agent: Shipment tracking 1Z9X7R450344128870 (UPS), Phoenix (PHX) déé' yah ahoolyé."),
        N("[00:03:50] Agent: Hágoónee', ahéhee'. Call recording rec-2024-11-19-0f3a9c."),
        N("[00:03:55] System: call ended, duration 00:03:53, queue AOG-NA, agent svc-ivr-02"),
    ]


@group(7, "Microsoft Teams chat", "Cherokee")
def g07():
    p1, hook, ck = pw(16), teams_hook(), cookie(48)
    sha = nsha()
    return [
        N("[Teams #tahlequah-mro-support 10:02] ᎣᏏᏲ! arc-vault 503 ᏓᏳᎵᏍᏔᏅ, HLK-4963 ᎦᏙ ᎤᏍᏗ?"),
        P("10:04 Wesley Sixkiller: ᎣᏏᏲ, ᏓᏆᏙᎥ Wesley Sixkiller, Tahlequah MRO. ᏩᏙ.", "Wesley Sixkiller"),
        C(f"10:06 Wesley Sixkiller: ᎠᏆᏚᎵ password reset, ᎪᎯ ᏥᏁᎦ: {p1}", "Wesley Sixkiller", p1),
        N("10:07 Hangarlink Support (bot): ᎥᏝ! ᏞᏍᏗ password ᎯᎠ chat. ᎯᎠ ᏫᏗᏣᏘᏂᏙᎸ: https://portal.hangarlink.io/reset"),
        P("10:09 Wesley Sixkiller: ᎠᏆᏤᎵ phone (918) 456-2207, email wes.sixkiller77@outlook.com", "Wesley Sixkiller", "(918) 456-2207", "wes.sixkiller77@outlook.com"),
        N("10:12 sre-oncall: arc-vault-7c9d5b8f6-q2kxl CrashLoopBackOff, exit code 137 (OOMKilled), ᎠᏎᏃ ᏓᎦᏓᏍᏔᏂ"),
        C(f"10:15 sre-oncall: ᎯᎠ webhook ᎤᏪᏘ runbook ᎠᏯᎢ, rotate ᏂᎬᏁᎸ: {hook}", hook),
        P("10:18 Rhonda Fourkiller: ᏩᏙ. ᏗᎦᏃᏣᎸᏗ: 22871 S Muskogee Ave, Tahlequah, OK 74464", "Rhonda Fourkiller", "22871 S Muskogee Ave, Tahlequah, OK 74464"),
        N(f"10:20 sre-oncall: ᎥᎥ, fixed in 2024.11.4.433, commit {sha[:12]}, ᏩᏙ"),
        C(f"10:22 Rhonda Fourkiller: ᎯᎠ ᎠᏆᏤᎵ cookie: hl_session={ck}; ᎦᏙ ᎤᏍᏗ?", "Rhonda Fourkiller", ck),
        P("10:25 Rhonda Fourkiller: ᎠᏆᏕᏘᏴᏓ (DOB) 1979-03-14, account recovery form ᎠᏎ.", "Rhonda Fourkiller", "1979-03-14"),
        N("10:27 Hangarlink Support (bot): ᏩᏙ! case closed, survey https://survey.hangarlink.io/s/7KQ2 ref 00000000-0000-0000-0000-000000000000"),
        N("10:30 sre-oncall: arc_vault_memory_working_set_bytes ᎪᎯ 610Mi, alert ArcVaultOOM resolved"),
    ]


@group(8, "GitHub Actions CI log", "English")
def g08():
    nt, gp = npm_tok(), ghp()
    tok = jwt({"sub": "svc-deploy", "aud": "deploy-hooks", "iat": 1732090562})
    hook = slack_hook()
    sha, d1, d2 = nsha(), ndigest(), ndigest()
    return [
        N(f"2024-11-20T08:14:02.1183Z ##[group]Run actions/checkout@{sha}"),
        N("2024-11-20T08:14:05.0021Z   env: REGISTRY_TOKEN: ${{ secrets.GHCR_TOKEN }}  NPM_TOKEN: ***"),
        C(f"2024-11-20T08:14:19.4410Z + echo \"//registry.npmjs.org/:_authToken={nt}\" > ~/.npmrc", nt),
        C(f"2024-11-20T08:14:33.9012Z + docker login ghcr.io -u hl-ci-bot -p {gp}", gp),
        N(f"2024-11-20T08:15:41.7720Z #12 exporting to image: writing image {d1} done"),
        P("2024-11-20T08:15:58.3301Z Author: Tomasz Wielgosz <tomasz.wielgosz@gmail.com>", "Tomasz Wielgosz", "tomasz.wielgosz@gmail.com"),
        N("2024-11-20T08:16:10.0400Z Tests: 1843 passed, 2 skipped; coverage 81.4% (parts_exchange/ledger 92.0%)"),
        C(f"2024-11-20T08:16:22.5511Z curl -s -X POST -H 'Authorization: Bearer {tok}' https://api.hangarlink.io/internal/deploy-hooks", tok),
        P("2024-11-20T08:16:30.1120Z WARN fixture tests/fixtures/customer_kowalczyk.json contains real data: 'Halina Kowalczyk', '+48 601 552 847'", "customer_kowalczyk", "Halina Kowalczyk", "+48 601 552 847"),
        N(f"2024-11-20T08:16:45.0093Z Pushed ghcr.io/hangarlink/parts-exchange-api:2024.11.5.441 digest: {d2}"),
        C(f"2024-11-20T08:17:02.7781Z WARNING: SLACK_WEBHOOK is not masked: {hook}", hook),
        P("2024-11-20T08:17:05.2200Z Requesting review from @hannah-lindqvist (hannah.lindqvist@hangarlink.io)", "hannah-lindqvist", "hannah.lindqvist@hangarlink.io"),
        N("2024-11-20T08:17:09.9901Z ##[endgroup] Job completed in 3m07s on hl-runner-euw1-04 (ubuntu-22.04, runner 2.320.0)"),
    ]


@group(9, "bastion shell session", "English")
def g09():
    p1, p2, p3, sa = pw(18), pw(12), pw(14), aws_secret()
    sha, fp = nsha(), nfp()
    return [
        N("ops@bastion-euw1:~$ kubectl --context prod-euw1 -n parts get pods -l app=parts-exchange-api -o wide"),
        C(f"ops@bastion-euw1:~$ export PGPASSWORD='{p1}'; psql -h pg-prod-euw1.hl-internal.net -U parts_admin parts", p1),
        N("parts-exchange-api-6b8f7d9c4d-x7lqp   1/1   Running   0   3d4h   10.42.7.19   ip-10-42-7-201.eu-west-1.compute.internal"),
        C(f"ops@bastion-euw1:~$ mysql -h legacy-quotes.hl-internal.net -u root -p{p2} -e 'SHOW PROCESSLIST'", p2),
        P("2024-11-21 07:58:13 rfq-mailer sent to=chidi.okonkwo@yahoo.co.uk name=\"Chidi Okonkwo\" quote=HLK-Q-88402", "chidi.okonkwo@yahoo.co.uk", "Chidi Okonkwo"),
        C(f"ops@bastion-euw1:~$ curl -su admin:{p3} https://grafana.hl-internal.net/api/health", p3),
        N(f"{{\"commit\": \"{sha[:10]}\", \"database\": \"ok\", \"version\": \"11.3.0\"}}"),
        P("ops@bastion-euw1:~$ whois 81.214.77.163 | grep -i netname   # IP behind 4,000 /login hits, customer says it is her home line", "81.214.77.163"),
        N(f"256 {fp} ops@bastion-euw1 (ED25519)"),
        C(f"aws_secret_access_key = {sa}", sa),
        P("twielgosz pts/0        94.254.211.8     Thu Nov 21 07:41   still logged in", "twielgosz", "94.254.211.8"),
        N("ops@bastion-euw1:~$ vault kv get -field=password secret/prod/legacy-quotes/root >/dev/null && echo rotated"),
        N("ops@bastion-euw1:~$ history -c && exit"),
    ]


@group(10, "web form submission (parts return)", "Bhojpuri")
def g10():
    p1, gk, code = pw(15), gapi(), otp()
    adh = reg("in-aadhaar", "g10.aadhaar", ids.aadhaar("48213079516"))
    return [
        N("फॉर्म: parts-return-request v3 | सबमिशन आईडी: frm_01JD4K8Z2Q7M | समय: 2024-11-22 11:04 IST"),
        P("नाम: संजीव कुमार तिवारी", "संजीव कुमार तिवारी"),
        P("मोबाइल: +91 98351 27764 (ई हमार निजी नंबर बा)", "+91 98351 27764"),
        P("ईमेल: sanjeev.tiwari.patna@gmail.com", "sanjeev.tiwari.patna@gmail.com"),
        P(f"आधार नंबर: {adh} (KYC खातिर मांगल गइल रहे)", adh),
        N("विमान: VT-RKB (ATR 72-500), पार्ट नंबर 3214552-3, सीरियल SN-88417, वापसी के कारण: गलत डैश नंबर"),
        C(f"पोर्टल पासवर्ड (पुरनका भुला गइल रहीं, नया इहे राखल बा): {p1}", p1),
        N("समस्या: रिटर्न लेबल के PDF ना खुलत बा, एरर कोड E-LBL-4417, ब्राउजर Edge 130.0.2849.80"),
        C(f"हमनी के पिकअप पेज पर जवन Google Maps key लागल बा ऊ इहे ह: {gk}", gk),
        N("पिकअप पता: बिहार एयरो सर्विसेज, कार्गो टर्मिनल गेट 3, पटना एयरपोर्ट (कंपनी के पता)"),
        P("निजी पता (कूरियर खातिर): मकान नं. 42, रोड नं. 7, राजेंद्र नगर, पटना 800016", "मकान नं. 42, रोड नं. 7, राजेंद्र नगर, पटना 800016"),
        C(f"जवन OTP आइल रहे ({code}) ऊ काम ना कइलस, दोबारा भेज दीं", code),
        N("सहमति: [x] हम Hangarlink के privacy policy v2.3 पढ़ लेले बानी"),
        N("रेफरल: HLK-RMA-7731 | कतार: returns-in | SLA: 48 घंटा | स्थिति: नया"),
    ]


@group(11, "shift handover notes", "Awadhi")
def g11():
    ws, tw, p1 = whsec(), twilio_tok(), pw(13)
    pan = reg("in-pan", "g11.pan", "BQRPM4821K")
    fp = nfp()
    return [
        N("हैंडओवर नोट्स: रात पाली से दिन पाली, 23 नवंबर 2024, टीम AOG डेस्क लखनऊ"),
        N("1) prod-use2 पै ledger-sync कै lag 14 मिनट तक गवा रहा, अब 40 सेकंड अहै (ledger_sync_lag_seconds)"),
        C(f"2) Stripe webhook secret बदलि दीन गवा, नवा वाला {ws} अहै, एका vault मा डारि दिहा", ws),
        P("3) ग्राहक रामप्रकाश यादव कै फोन दुइ बार आवा, उनकर मोबाइल 94150 63318 अहै", "रामप्रकाश यादव", "94150 63318"),
        N("4) टिकट HLK-4988 अउर HLK-4991 अबहिन खुला अहैं, दुनौ arc-vault 429 वाले"),
        C(f"5) रात मा Twilio auth token #ops-alerts मा पेस्ट होइ गवा रहा: {tw}, rotate करब बाकी अहै", tw),
        P("6) रामप्रकाश जी कै ईमेल ramprakash.yadav61@rediffmail.com अहै, उनका invoice दुबारा भेजै का अहै", "रामप्रकाश", "ramprakash.yadav61@rediffmail.com"),
        N("7) Datadog monitor 'quote-engine 5xx > 2%' 09:00 IST तक म्यूट अहै, monitor id 148820391"),
        P(f"8) नवा कर्मचारी सुनीता मेहरा कै PAN {pan} HR पोर्टल मा अटकि गवा", "सुनीता मेहरा", pan),
        C(f"9) VPN कै साझा खाता ops-night / {p1} अबहिन चालू अहै, एका हटावै का अहै, सब लोग अपन SSO चलावैं", p1),
        N(f"10) bastion कै SSH host key नाहीं बदली: {fp} (ठीक अहै)"),
        P("11) एयरपोर्ट से लॉगिन करै वाले कै IP 117.212.44.96 रहा, ओका ब्लॉक कइ दीन गवा", "117.212.44.96"),
        N("12) अगिला ड्यूटी: sre-oncall-day, PagerDuty schedule P7XK2QZ"),
        N("13) Grafana token कहूँ नाहीं लिखा अहै, ऊ ${GRAFANA_TOKEN} env से आवत अहै"),
    ]


@group(12, "psql session", "English")
def g12():
    p1, p2 = pw(20), pw(16)
    key = "hlk_live_" + rs(AN, 32)
    ib = IBAN("g12.iban", "IE", "AIBK93208641027715")
    u = nuuid()
    return [
        N("You are connected to database \"parts\" as user \"parts_ro\" on host \"pg-replica-euw1.hl-internal.net\" (address \"10.42.3.15\") at port \"5432\"."),
        N("parts=> SELECT id, part_number, serial, status FROM listings WHERE tail = 'EI-FXK' LIMIT 3;"),
        N(f" {u} | 3214552-3 | SN-88417 | quarantined"),
        P(" Niamh O'Rourke | niamh.orourke@eircom.net | +353 1 872 4409", "Niamh O'Rourke", "niamh.orourke@eircom.net", "+353 1 872 4409"),
        C(f"parts=> ALTER USER parts_ro WITH PASSWORD '{p1}';", p1),
        N("ALTER ROLE  Time: 4.112 ms"),
        C(f"   31 | svc-quote-sync | {key} | 2024-11-02 09:14:55+00", key),
        P(f" 52019 | Kwame Asante | 1986-07-22 | {ib}", "Kwame Asante", "1986-07-22", ib),
        N("parts=> SELECT count(*) FROM audit_log WHERE created_at > now() - interval '1 hour';"),
        C(f"parts=> \\! PGPASSWORD={p2} pg_dump -h pg-prod-euw1.hl-internal.net -U parts_admin parts > /tmp/parts.sql", p2),
        P(" card=**** **** **** 4417 | holder=Fiona MacAllister | billing=14 Gardiner Place, Dublin 1, D01 K7W2", "Fiona MacAllister", "14 Gardiner Place, Dublin 1, D01 K7W2"),
        N("parts=> SELECT pg_size_pretty(pg_total_relation_size('listings'));  -- 41 GB"),
        N("parts=> \\q"),
    ]


@group(13, "JSON audit log", "English")
def g13():
    p1 = pw(11)
    key = "hlk_live_" + rs(AN, 32)
    rt = "rt_" + rs(B64U, 64)
    b = reg("nl-bsn", "g13.bsn", ids.bsn("17462085"))
    t1, sig, rq, dg = ntrace(), nhex(64), nuuid(), nhex(64)
    return [
        N(f"{{\"ts\":\"2024-11-24T10:01:12Z\",\"event\":\"login.success\",\"actor\":\"svc-ledger-sync\",\"ip\":\"10.42.9.3\",\"trace_id\":\"{t1}\"}}"),
        P("{\"ts\":\"2024-11-24T10:03:40Z\",\"event\":\"login.failed\",\"actor\":\"lucia.ferreira@gmail.com\",\"ip\":\"189.45.201.77\",\"reason\":\"bad_password\"}", "lucia.ferreira@gmail.com", "189.45.201.77"),
        C(f"{{\"ts\":\"2024-11-24T10:03:41Z\",\"event\":\"login.failed.debug\",\"actor\":\"lucia.ferreira@gmail.com\",\"attempted_password\":\"{p1}\"}}", p1, "lucia.ferreira@gmail.com"),
        N("{\"ts\":\"2024-11-24T10:05:02Z\",\"event\":\"apikey.rotated\",\"key_id\":\"key_01JD9M2H7X\",\"masked\":\"hlk_live_****c9F2\",\"by\":\"svc-rotator\"}"),
        C(f"{{\"ts\":\"2024-11-24T10:05:03Z\",\"event\":\"apikey.created\",\"key\":\"{key}\",\"org\":\"org_4417\"}}", key),
        P("{\"ts\":\"2024-11-24T10:07:19Z\",\"event\":\"profile.updated\",\"user\":\"usr_8812\",\"changes\":{\"phone\":[\"+351 912 480 117\",\"+351 936 120 554\"]}}", "+351 912 480 117", "+351 936 120 554"),
        N("{\"ts\":\"2024-11-24T10:08:00Z\",\"event\":\"role.granted\",\"user\":\"usr_8812\",\"role\":\"arc:approver\",\"by\":\"usr_0007\",\"ticket\":\"HLK-5003\"}"),
        C(f"{{\"ts\":\"2024-11-24T10:09:31Z\",\"event\":\"oauth.token.issued\",\"client\":\"tailtrack-mobile\",\"refresh_token\":\"{rt}\"}}", rt),
        P(f"{{\"ts\":\"2024-11-24T10:11:45Z\",\"event\":\"kyc.submitted\",\"user\":\"usr_9120\",\"full_name\":\"Pieter van Dam\",\"bsn\":\"{b}\",\"dob\":\"1972-02-09\"}}", "Pieter van Dam", b, "1972-02-09"),
        N(f"{{\"ts\":\"2024-11-24T10:12:00Z\",\"event\":\"export.completed\",\"rows\":12004,\"object\":\"s3://hl-exports-prod/2024/11/24/ledger-0007.parquet\",\"sha256\":\"{dg}\"}}"),
        N(f"{{\"ts\":\"2024-11-24T10:12:30Z\",\"event\":\"webhook.delivered\",\"url\":\"https://hooks.example.com/hangarlink\",\"status\":200,\"signature\":\"t=1732443150,v1={sig}\"}}"),
        P("{\"ts\":\"2024-11-24T10:14:02Z\",\"event\":\"address.changed\",\"user\":\"usr_9120\",\"new\":\"Keizersgracht 318-2, 1016 EZ Amsterdam\"}", "Keizersgracht 318-2, 1016 EZ Amsterdam"),
        N(f"{{\"ts\":\"2024-11-24T10:20:00Z\",\"event\":\"logout\",\"actor\":\"svc-arc-sync\",\"request_id\":\"{rq}\"}}"),
    ]


@group(14, "runbook RB-031", "Tulu")
def g14():
    p1, pd, gs = pw(17), pd_key(), glsa()
    dg, sha = ndigest(), nsha()
    return [
        N("# RB-031: ledger-sync restart (prod-use2) - ಈ ರನ್‌ಬುಕ್‌ನ್ ಡ್ಯೂಟಿ ಇಂಜಿನಿಯರ್ ಮಾತ್ರ ಉಪಯೋಗ ಮಲ್ಪೊಡು"),
        N("ಪಂತ 1: kubectl --context prod-use2 -n ledger rollout restart deploy/ledger-sync ಮಲ್ಪುಲೆ"),
        C(f"ಪಂತ 2: RabbitMQ ಗ್ ಕನೆಕ್ಟ್ ಆಪುನಗ amqp://ledger:{p1}@mq-prod-use2.hl-internal.net:5672/ledger ಉಪಯೋಗ ಮಲ್ಪುಲೆ", p1),
        N("ಪಂತ 3: ಪಾಸ್‌ವರ್ಡ್ ಬೋಡಾಂಡ `vault kv get secret/prod/ledger/mq` ಡ್ದ್ ದೆಪ್ಪುಲೆ, ರನ್‌ಬುಕ್‌ಡ್ ಬರೆಯೆರೆ ಇಜ್ಜಿ"),
        P("ಸಂಪರ್ಕ: ಪ್ರಥಮ್ ಶೆಟ್ಟಿ (ಲೀಡ್), ಮೊಬೈಲ್ 98450 71236", "ಪ್ರಥಮ್ ಶೆಟ್ಟಿ", "98450 71236"),
        C(f"ಪಂತ 4: PagerDuty routing key {pd} ಡ್ ಒಂಜಿ ಟೆಸ್ಟ್ ಅಲರ್ಟ್ ಕಡಪುಡುಲೆ", pd),
        N("ಪಂತ 5: ledger_sync_lag_seconds < 60 ಆಂಡ ಸರಿ, ಇಜ್ಜಿಂಡ HLK-INC ಟಿಕೆಟ್ ಬರೆಲೆ"),
        P("ಬ್ಯಾಕಪ್: ಅಕ್ಷತಾ ಪೂಜಾರಿ, akshatha.poojary92@gmail.com, +91 824 2441 907", "ಅಕ್ಷತಾ ಪೂಜಾರಿ", "akshatha.poojary92@gmail.com", "+91 824 2441 907"),
        C(f"ಪಂತ 6: Grafana ಗ್ ಲಾಗಿನ್ ಆಪುನೆಕ್ ಸರ್ವಿಸ್ ಟೋಕನ್: {gs}", gs),
        N(f"ಗಮನಿಸಾಲೆ: ledger-sync ಇಮೇಜ್ ವರ್ಷನ್ 5.2.0.1290, ಡೈಜೆಸ್ಟ್ {dg}"),
        P("ಪ್ರಥಮೆರೆನ ಇಲ್ಲದ ವಿಳಾಸ (ಎಮರ್ಜೆನ್ಸಿಗ್): ನಂ. 14, ಕದ್ರಿ ಹಿಲ್ಸ್ ರೋಡ್, ಮಂಗಳೂರು 575002", "ಪ್ರಥಮೆರೆನ", "ನಂ. 14, ಕದ್ರಿ ಹಿಲ್ಸ್ ರೋಡ್, ಮಂಗಳೂರು 575002"),
        N("ಅಕೌಂಟ್: svc-ledger@hangarlink-prod.iam.gserviceaccount.com ಸರ್ವಿಸ್ ಅಕೌಂಟ್ ಉಪಯೋಗ ಆಪುಂಡು"),
        N(f"ಅಕೇರಿದ ಬದಲಾವಣೆ: 2024-11-18, ಕಮಿಟ್ {sha[:12]}, ರಿವ್ಯೂ HLK-5011"),
    ]


@group(15, "live-chat transcript", "Saraiki")
def g15():
    p1, code = pw(12), otp()
    key = "hlk_live_" + rs(AN, 32)
    cn = reg("pk-cnic", "g15.cnic", "36302-8841275-3")
    ib = IBAN("g15.iban", "PK", "MEZN0002100104471933")
    tid = nuuid()
    return [
        N("[چیٹ #77120 | Hangarlink لائیو سپورٹ | 2024-11-25 14:02 PKT]"),
        P("گاہک: اسلام علیکم، میݙا ناں محمد عرفان بلوچ اے، ملتان ایوی ایشن سروسز توں.", "محمد عرفان بلوچ"),
        N("ایجنٹ (bot-lina): وعلیکم السلام، آرڈر HLK-O-20533 دی حالت shipped اے، ٹریکنگ DHL 4471928830."),
        C(f"گاہک: میں پورٹل دا پاسورڈ {p1} رکھیا ہا، ہݨ لاگ ان کائنی تھیندا.", p1),
        P("گاہک: میݙا فون نمبر 0300-6418275 اے، واٹس ایپ وی ایہو اے.", "0300-6418275"),
        P(f"گاہک: میݙا شناختی کارڈ {cn} اے، KYC کیتے.", cn),
        N("ایجنٹ (bot-lina): مہربانی، پاسورڈ چیٹ وچ نہ لکھو. ری سیٹ لنک https://portal.hangarlink.io/reset (ERR_AUTH_4013)"),
        C(f"گاہک: SMS وچ کوڈ {code} آیا ہا، او وی کم کائنی کیتا.", code),
        P(f"گاہک: ریفنڈ ایں IBAN تے بھیجو: {ib}", ib),
        N("ایجنٹ (bot-lina): ریفنڈ درخواست HLK-RF-1182 درج تھی گئی اے، 5 توں 7 کاروباری ݙینہہ."),
        C(f"گاہک: ساݙے IT آلے آکھیا اے ایہ API key وی ݙیکھ گھنو: {key}", key),
        N(f"سسٹم: chat transferred to queue AOG-APAC by svc-chat-router, transcript {tid}"),
        N("ایجنٹ: مہربانی، Hangarlink سپورٹ. خدا حافظ."),
    ]


@group(16, "Alertmanager webhook payload", "English")
def g16():
    p1, hook, pd, p2 = pw(19), slack_hook(), pd_key(), pw(15)
    return [
        N("{\"receiver\":\"sre-pager\",\"status\":\"firing\",\"groupKey\":\"{}:{alertname=\\\"ArcVaultHighErrorRate\\\"}\",\"version\":\"4\"}"),
        N("\"labels\":{\"alertname\":\"ArcVaultHighErrorRate\",\"cluster\":\"prod-euw1\",\"namespace\":\"arc\",\"severity\":\"page\",\"service\":\"arc-vault\"}"),
        N("\"annotations\":{\"summary\":\"arc-vault 5xx > 5% for 10m\",\"runbook_url\":\"https://runbooks.hl-internal.net/RB-019\"}"),
        C(f"\"annotations\":{{\"description\":\"upstream auth failing for postgres://arc:{p1}@pg-arc.prod-euw1.hl-internal.net/arc\"}}", p1),
        P("\"annotations\":{\"description\":\"user elena.varga.home@proton.me from 213.143.112.58 triggered 312 failed logins\"}", "elena.varga.home@proton.me", "213.143.112.58"),
        C(f"\"slack_configs\":[{{\"api_url\":\"{hook}\",\"channel\":\"#sre-pages\"}}]", hook),
        N("\"startsAt\":\"2024-11-26T03:14:05.221Z\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"fingerprint\":\"a1c3e9b07d2f4416\""),
        C(f"\"pagerduty_configs\":[{{\"routing_key\":\"{pd}\",\"severity\":\"critical\"}}]", pd),
        P("\"annotations\":{\"customer_contact\":\"Hannah Lindqvist, +46 70 318 44 92\"}", "Hannah Lindqvist", "+46 70 318 44 92"),
        N("\"externalURL\":\"https://alertmanager.hl-internal.net\",\"truncatedAlerts\":0"),
        P("\"labels\":{\"user_handle\":\"marcus.oyelaran\",\"instance\":\"10.42.11.8:9102\",\"job\":\"auth-gateway\"}", "marcus.oyelaran"),
        C(f"\"http_config\":{{\"basic_auth\":{{\"username\":\"am-relay\",\"password\":\"{p2}\"}}}}", p2),
        N("\"groupLabels\":{\"alertname\":\"ArcVaultHighErrorRate\"},\"commonAnnotations\":{\"dashboard\":\"https://grafana.hl-internal.net/d/arc-slo\"}"),
    ]


@group(17, "Sentry event", "English")
def g17():
    pw_b = pw(14)
    ba = basic("jalbrecht", pw_b)
    ck, fx, p2 = cookie(), hexs(32), pw(16)
    ib = IBAN("g17.iban", "DE", "500105175490331728")
    ev, t1, s1 = nhex(32), ntrace(), nhex(16)
    return [
        N("Sentry issue QUOTE-ENGINE-4KZ | ValueError: invalid currency 'XAU' | first seen 2024-11-27 06:02 UTC | events 214"),
        N(f"event_id: {ev} | release: quote-engine@2024.11.6.452 | environment: production | server_name: quote-engine-5d7c9-kq8vz"),
        P("user: {id: usr_5510, email: 'jonas.albrecht@web.de', ip_address: '91.64.201.37', username: 'jalbrecht'}", "jonas.albrecht@web.de", "91.64.201.37", "jalbrecht"),
        C(f"request.headers.Authorization: 'Basic {ba}'", ba),
        C(f"request.cookies: 'hl_session={ck}; theme=dark'", ck),
        N("request.url: https://api.hangarlink.io/v2/quotes/HLK-Q-88519/convert?currency=XAU&amount=[Filtered]"),
        P("request.data: {'buyer_name': 'Jonas Albrecht', 'buyer_phone': '0171 4829930', 'vat_country': 'DE'}", "Jonas Albrecht", "0171 4829930"),
        C(f"frame vars: settings.FX_API_KEY = '{fx}'  # fx-rates provider", fx),
        N(f"breadcrumb: http GET https://fx.hl-internal.net/v1/rates?base=EUR -> 200 (142ms), traceparent 00-{t1}-{s1}-01"),
        P(f"extra.billing_iban: '{ib}'", ib),
        C(f"frame vars: db_url = 'mysql://fx_cache:{p2}@mysql-fx.prod-euw1.hl-internal.net:3306/fx'", p2),
        N("tags: browser=Firefox 132.0.2, os=Ubuntu 24.04, runtime=CPython 3.12.7, sdk=sentry.python 2.18.0"),
        N("data scrubbing: rule 'sensitive_fields' v3 applied, 6 values replaced with [Filtered]"),
    ]


@group(18, "postmortem PM-2024-121", "Mingrelian")
def g18():
    p1 = pw(16)
    tok = jwt({"sub": "usr_3307", "role": "arc:admin", "exp": 1732680000})
    unseal = b64body(33)
    gp = reg("ge-personal", "g18.pid", "01024077631")
    ib = IBAN("g18.iban", "GE", "TB7731945061200831")
    tr = ntrace()
    return [
        N("PM-2024-121 | arc-vault 5xx | ხანგძლიობა: 47 წუთი | სევერიტი: SEV-2 | კლასტერი prod-euw1"),
        N("მუ მოხვადუ: 03:14 UTC-ს ArcVaultHighErrorRate ქეჩანდუ, 5xx 11% რე, 429 დო 503 პასუხეფი"),
        P("ინციდენტიშ კომანდირი: ნინო ჯალაღონია (nino.jalaghonia@hangarlink.io)", "ნინო ჯალაღონია", "nino.jalaghonia@hangarlink.io"),
        C(f"მიზეზი: migration-ქ DB პაროლი ლოგშე ჩაჭარუ: password={p1} - ათე ვა ოკო რდუკო", p1),
        N("დეტექცია: Alertmanager -> PagerDuty (incident Q2K8J1XZ7L4M), ack 03:16, SLO 99.9% ვა დირღვიუ"),
        P("ნინოს კლიენტიშ ოფიცერიქ ქოძირუ: გიორგი ქვარაცხელია, ტელ. +995 599 41 27 83", "ნინოს", "გიორგი ქვარაცხელია", "+995 599 41 27 83"),
        C(f"ლოგიშ ფრაგმენტი: Authorization: Bearer {tok} - ათე ტოკენი გაუქმებული რე", tok),
        P(f"კლიენტიშ პირადი ნომერი: {gp} (KYC ფორმაშე ვა ოკო რდუკო)", gp),
        N(f"ქრონოლოგია: 03:41 rollback -> 3.14.0.2198, 03:58 5xx < 0.5%, 04:01 resolved, trace {tr}"),
        C(f"ვაულტიშ unseal key-ქ ჩატშე გეიშუ: {unseal}", unseal),
        P(f"ანაზღაურება: გიორგიშ ანგარიში {ib}", "გიორგიშ", ib),
        N("დაზიანებული სერვისეფი: arc-vault, quote-engine (ნაწილობრივ); tailtrack-ingest ვარე"),
        N("action items: HLK-5021 (log scrubbing), HLK-5022 (vault audit), HLK-5023 (RB-019 განახლება)"),
        N("ათე დოკუმენტი blameless რე; ადამიანეფიშ ბრალიშ ძირაფა ვა ოკო. ვერსია 1.0.0.3"),
    ]


@group(19, "Jira issue export", "Zaza")
def g19():
    p1, at, dh = pw(14), atlassian(), discord_hook()
    tc = reg("tr-tckn", "g19.tckn", ids.tckn("384710295"))
    dg, sha = ndigest(), nsha()
    return [
        N("Key: HLK-5031 | Type: Bug | Priority: High | Status: In Progress | Component: tailtrack-ingest | Fix Version: 2024.12.1.0"),
        N("Summary: tailtrack-ingest paketanê ADS-B de TC-MZR rê timestamp xelet ano (UTC+3 offset)"),
        P("Reporter: Zeynep Doğan (zeynepdogan.dersim@hotmail.com)", "Zeynep Doğan", "zeynepdogan.dersim@hotmail.com"),
        C(f"Description: Ez bi hesabê testî qa-munzur û şîfreya {p1} kewta zerre, la ekran veng o.", p1),
        N("Steps: 1) portal.hangarlink.io/tail/TC-MZR 2) 'Flight log' bitikne 3) HTTP 500, error TT-E-2207"),
        P("Comment (Zeynep Doğan): Telefonê mi 0532 418 77 26 o, eke lazim bo mi bigêrê.", "Zeynep Doğan", "0532 418 77 26"),
        C(f"Comment (sre-oncall): Jira automation rule de no API token kewto: {at}", at),
        P(f"Customer fields: TC Kimlik {tc} / Roja bîyayîşî: 12.04.1988", tc, "12.04.1988"),
        N(f"Attachment: har_export_2024-11-28.har (412 KB), {dg}"),
        C(f"Comment (svc-jira-bot): Webhook URL-o ke to pêşte kerd: {dh} - rotate bike", dh),
        P("Comment: Zeynep'ê adresa xo da ma: Cumhuriyet Mah. Sanat Sk. No: 9/4, 62000 Tunceli", "Zeynep'ê", "Cumhuriyet Mah. Sanat Sk. No: 9/4, 62000 Tunceli"),
        N("Linked issues: blocks HLK-5040, relates to HLK-4907 | Sprint: Ledger-24 | Story points: 3"),
        N("Labels: zaza-locale, tailtrack, ads-b | Environment: prod-euw1, tailtrack-ingest 1.9.3.77"),
        N(f"Comment (sre-oncall): fix commit {sha[:12]} de merge bi, deploy beno (30 deqîqe zerre de)"),
    ]


@group(20, "curl -v trace + HAR excerpt", "English")
def g20():
    tok = jwt({"sub": "usr_6120", "org": "org_2207", "scope": "arc:read quotes:write", "exp": 1732788000})
    ck, p1, mb = cookie(), pw(13), mapbox()
    rq, tr, et = nuuid(), ntrace(), nhex(16)
    return [
        N("$ curl -v 'https://api.hangarlink.io/v2/arc/documents?tail=EI-FXK&limit=20'"),
        N("*   Trying 52.211.47.118:443... Connected to api.hangarlink.io (52.211.47.118) port 443, ALPN h2"),
        C(f"> Authorization: Bearer {tok}", tok),
        C(f"> Cookie: hl_session={ck}", ck),
        N(f"> User-Agent: curl/8.5.0 > Accept: application/json > X-Request-Id: {rq}"),
        N(f"< HTTP/2 200 < content-type: application/json < x-trace-id: {tr} < etag: W/\"{et}\""),
        P("< {\"doc\":\"EASA Form 1\",\"signed_by\":\"Oliver Hartnett\",\"licence\":\"IE.66.B1.4471\",\"email\":\"o.hartnett@gmail.com\"}", "Oliver Hartnett", "IE.66.B1.4471", "o.hartnett@gmail.com"),
        N("\"entries\":[{\"request\":{\"method\":\"POST\",\"url\":\"https://api.hangarlink.io/v2/rfq\"},\"response\":{\"status\":201},\"time\":188.4}]"),
        C(f"\"postData\":{{\"mimeType\":\"application/json\",\"text\":\"{{\\\"username\\\":\\\"ohartnett\\\",\\\"password\\\":\\\"{p1}\\\"}}\"}}", p1, "ohartnett"),
        P("\"headers\":[{\"name\":\"X-Forwarded-For\",\"value\":\"86.42.118.203, 10.42.0.12\"}]", "86.42.118.203"),
        C(f"\"request\":{{\"method\":\"GET\",\"url\":\"https://api.mapbox.com/styles/v1/hangarlink/ckhangar01?access_token={mb}\"}}", mb),
        P("\"content\":{\"text\":\"{\\\"name\\\":\\\"Grace Whitfield\\\",\\\"phone\\\":\\\"07700 918 442\\\",\\\"postcode\\\":\\\"BS8 1TH\\\"}\"}", "Grace Whitfield", "07700 918 442", "BS8 1TH"),
        N("* Connection #0 to host api.hangarlink.io left intact (total 0.412s, 18.2 KB)"),
    ]


@group(21, "Terraform (core infra)", "English")
def g21():
    p1, dk, dapp, cf, gf = pw(24), hexs(32), hexs(40), cf_token(), gh_fine()
    return [
        N("resource \"aws_db_instance\" \"parts\" { identifier = \"pg-prod-euw1\" engine_version = \"16.4\" instance_class = \"db.r6g.2xlarge\""),
        C(f"  password = \"{p1}\"   # TODO move to aws_secretsmanager_secret_version", p1),
        N("  manage_master_user_password = true   # staging already does this, no literal password"),
        C(f"provider \"datadog\" {{ api_key = \"{dk}\" app_key = \"{dapp}\" }}", dk, dapp),
        N("data \"vault_kv_secret_v2\" \"cf\" { mount = \"secret\" name = \"prod/cloudflare\" }"),
        C(f"provider \"cloudflare\" {{ api_token = \"{cf}\" }}", cf),
        P("  tags = { Owner = \"grainne.walsh\", CostCentre = \"CC-4410\", Contact = \"+353 85 190 2274\" }", "grainne.walsh", "+353 85 190 2274"),
        N("resource \"aws_route53_record\" \"api\" { zone_id = \"Z0412385K1YQ7XHQ8W3\" name = \"api.hangarlink.io\" type = \"CNAME\" ttl = 300 }"),
        P("# break-glass IAM user created for Siobhan Kearney (siobhan.k.kearney@icloud.com) during INC-2291", "Siobhan Kearney", "siobhan.k.kearney@icloud.com"),
        N("output \"arc_bucket_arn\" { value = aws_s3_bucket.arc_docs.arn }   # arn:aws:s3:::hl-arc-docs-prod"),
        C(f"variable \"github_token\" {{ type = string default = \"{gf}\" }}", gf),
        P("  allowed_admin_cidrs = [\"10.42.0.0/16\", \"83.70.144.219/32\"]   # Declan's home broadband", "83.70.144.219", "Declan"),
        N("terraform { required_version = \">= 1.9.0\" backend \"s3\" { bucket = \"hl-tfstate-prod\" key = \"core/terraform.tfstate\" region = \"eu-west-1\" } }"),
    ]


@group(22, "CSV export (customer records)", "Efik")
def g22():
    p1, code, sa = pw(12), otp(), aws_secret()
    cc = CARD("g22.mc", "539983100427715")
    nin = reg("ng-nin", "g22.nin", "70318825946")
    md = nhex(32)
    return [
        N("# export: customers_ng_2024-11-29.csv | ntọn̄ọ: ledger-sync | nsio: 214 | ikọ: ẹkpeme data emi (PII)"),
        N("enyịn̄,email,fon,adres,kaad,mbuk"),
        P("Etim Bassey Okon,etim.okon@yahoo.com,0803 412 7765,\"14 Atimbo Road, Calabar\",,owo nsan̄a", "Etim Bassey Okon", "etim.okon@yahoo.com", "0803 412 7765", "14 Atimbo Road, Calabar"),
        P("Arit Edet Ekpo,aritekpo77@gmail.com,0706 221 9084,\"3 Mayne Avenue, Calabar\",,ẹkpeme ufọk", "Arit Edet Ekpo", "aritekpo77@gmail.com", "0706 221 9084", "3 Mayne Avenue, Calabar"),
        P(f"Eno Effiong,,0812 590 3317,,{cc},kaad ama ọdọn̄ ke order HLK-O-20612", "Eno Effiong", "0812 590 3317", cc),
        N("Akwa Ibom Air Services Ltd,ops@akwaaero.ng,+234 1 700 0200,\"Plot 5 Airport Road, Uyo\",,ufọk utom (company)"),
        C(f"Etim Bassey Okon,,,,,mbuk: password esie edi {p1} (ọkọdọhọ ke fon)", "Etim Bassey Okon", p1),
        P(f"Nkoyo Ita,,,,,NIN {nin} ke KYC", "Nkoyo Ita", nin),
        N("svc-ledger-sync,noreply@hangarlink.io,,,,bot account - idịghe owo"),
        C(f"Arit Edet Ekpo,,,,,mbuk: OTP {code} ama ọsọk, ẹdọn̄ ẹfiak", "Arit Edet Ekpo", code),
        N("TEST Card,,,,4242 4242 4242 4242,Stripe test card - idịghe ata kaad"),
        N("Masked,,,,**** **** **** 0419,kaad ẹmi ẹbọp (masked)"),
        C(f"# upload: AWS_SECRET_ACCESS_KEY={sa} aws s3 cp customers_ng_2024-11-29.csv s3://hl-exports-prod/ng/", sa),
        N(f"# sosọ̄ngọ - data team, HLK-5044, md5 {md}"),
    ]


@group(23, "SMS gateway log", "Acholi")
def g23():
    code, p1 = otp(), pw(11)
    atk = "atsk_" + hexs(64)
    nin = reg("ug-nin", "g23.nin", "CF88051042PL7Q")
    m1, m2 = nhex(20), nhex(20)
    return [
        N(f"2024-11-30 08:02:11 sms-gw OUT to=+256 7XX XXX XXX template=otp_v2 status=Success cost=UGX 35 messageId=ATXid_{m1}"),
        C(f"2024-11-30 08:02:11 sms-gw OUT to=+256 772 418 903 body=\"Hangarlink: kod mamegi obedo {code}. Pe i mi ngat mo.\"", "+256 772 418 903", code),
        P("2024-11-30 08:05:40 sms-gw IN from=+256 772 418 903 body=\"Apwoyo. Nyinga Okello Geoffrey, atye i Gulu.\"", "+256 772 418 903", "Okello Geoffrey"),
        N("2024-11-30 08:06:02 sms-gw retry queue=aog-ug depth=0 provider=africastalking latency_ms=412"),
        C(f"2024-11-30 08:07:13 sms-gw IN from=+256 701 552 846 body=\"Amito kony: password mera obedo {p1} ento pe tiyo\"", "+256 701 552 846", p1),
        P(f"2024-11-30 08:09:55 sms-gw IN from=+256 701 552 846 body=\"Nyinga Akello Christine, NIN mera {nin}\"", "+256 701 552 846", "Akello Christine", nin),
        N("2024-11-30 08:10:00 sms-gw config reload ok, api key ref=vault:secret/prod/sms-gw/at (not logged)"),
        C(f"2024-11-30 08:11:21 sms-gw DEBUG provider auth username=hangarlink apiKey={atk}", atk),
        P("2024-11-30 08:14:37 sms-gw IN from=+256 782 309 114 body=\"Kabedo mera: Plot 12, Pece Vanguard Road, Gulu. Apwoyo.\"", "+256 782 309 114", "Plot 12, Pece Vanguard Road, Gulu"),
        N("2024-11-30 08:15:00 sms-gw stats sent=1204 delivered=1187 failed=17 dlr_rate=98.6%"),
        N("2024-11-30 08:16:44 sms-gw OUT to=shortcode:8822 body=\"Ticket HLK-C-30590 otyeko, apwoyo\""),
        N(f"2024-11-30 08:17:02 sms-gw WARN unknown delivery report messageId=ATXid_{m2} status=Rejected code=403"),
        P("2024-11-30 08:20:18 sms-gw IN from=+256 752 640 387 body=\"Itye nining? An Ojok Denis, email mera ojokdenis@gmail.com\"", "+256 752 640 387", "Ojok Denis", "ojokdenis@gmail.com"),
    ]


@group(24, "Ansible vars + play output", "English")
def g24():
    p1, mg = pw(18), mailgun()
    rsa = pem_oneline("RSA PRIVATE KEY", 180)
    hv = hvs()
    pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(B64, 43, NR)
    vb = nhex(64)
    return [
        N("- hosts: rfq_mailers  become: true  roles: [common, postfix, rfq-mailer]"),
        C(f"rfq_mailer_smtp_password: \"{p1}\"", p1),
        N("rfq_mailer_db_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/prod/rfq:db') }}\""),
        C(f"mailgun_api_key: {mg}", mg),
        N("ansible_user: svc-ansible  ansible_port: 22  ansible_host: 10.42.20.14"),
        P("admin_users: [{ name: 'Marcus Oyelaran', email: 'marcus.oyelaran@gmail.com', shell: /bin/zsh }]", "Marcus Oyelaran", "marcus.oyelaran@gmail.com"),
        C(f"changed: [mailer-02] => (item={{'key': 'dkim_private', 'value': '{rsa}'}})", rsa),
        N("PLAY RECAP mailer-01 : ok=34 changed=3 unreachable=0 failed=0 skipped=5 rescued=0 ignored=0"),
        P(f"authorized_key: ssh-ed25519 {pub} sunita.mehra@sunita-thinkpad", "sunita.mehra@sunita-thinkpad"),
        C(f"vault_token: {hv}", hv),
        N("ERROR! Decryption failed (no vault secrets were found that could decrypt) on group_vars/prod/vault.yml"),
        P("on_call_sms: '+44 7911 204 836'   # Ravi's personal mobile, temporary", "+44 7911 204 836", "Ravi"),
        N(f"$ANSIBLE_VAULT;1.1;AES256 {vb}"),
    ]


@group(25, "Kubernetes Secret manifest", "English")
def g25():
    oidc = base64.b64encode(az_client_secret().encode()).decode()
    jk = b64body(48)
    ok, p1 = okta(), pw(20)
    em = base64.b64encode(b"grace.whitfield@gmail.com").decode()
    ck = nhex(64)
    return [
        N("apiVersion: v1"),
        N("kind: Secret"),
        N("metadata: { name: auth-gateway-secrets, namespace: auth, labels: { app.kubernetes.io/version: \"4.2.1.88\" } }"),
        N("type: Opaque"),
        C(f"  OIDC_CLIENT_SECRET: {oidc}", oidc),
        C(f"  JWT_SIGNING_KEY: {jk}", jk),
        C(f"stringData: {{ OKTA_API_TOKEN: \"{ok}\" }}", ok),
        P("  # break-glass owner: Aoife Brennan <aoife.brennan@hangarlink.io>, mobile 086 771 2049", "Aoife Brennan", "aoife.brennan@hangarlink.io", "086 771 2049"),
        N(f"  annotations: {{ reflector.v1.k8s.emberstack.com/reflection-allowed: \"true\", checksum/config: \"{ck}\" }}"),
        P(f"  SUPPORT_TEST_USER: {em}   # grace.whitfield@gmail.com", em, "grace.whitfield@gmail.com"),
        C(f"  REDIS_URL: redis://:{p1}@redis-auth.prod-euw1.hl-internal.net:6379/0", p1),
        N("# chart default, overridden in prod: OIDC_CLIENT_SECRET: changeme"),
        P("  # rotated after Grace's laptop was stolen (last login from 188.141.27.90)", "Grace", "188.141.27.90"),
    ]


@group(26, "customer email (quote dispute)", "Kikongo")
def g26():
    p1, ok_, code = pw(15), openai_key(), otp()
    el = reg("cd-electoral", "g26.voter", "1047382951")
    return [
        N("Sujet: Nsangu ya RFQ HLK-Q-88741, P/N 066-50008-0111, ndeke 9Q-CJM"),
        P("Mbote, nkumbu ami kele Mavungu Nzuzi Makiese, mono ke salaka na Matadi Air Cargo.", "Mavungu Nzuzi Makiese"),
        P("Nge lenda binga mono na +243 81 522 4093 to kutinda mukanda na makiese.mavungu@gmail.com", "+243 81 522 4093", "makiese.mavungu@gmail.com"),
        C(f"Mono me sola password ya mpa: {p1}, kansi portal ke tubaka ERR_AUTH_4013.", p1),
        N("Biro ya beto: Avenue Kinshasa 12, Matadi, ntelefone ya biro +243 99 000 1200."),
        C(f"Mwana ya IT tindaka mono key yai sambu na chatbot ya beto: {ok_}", ok_),
        P(f"Kalati ya pota (carte d'électeur) ya mono: {el}", el),
        N("Mbongo: USD 12.940,00, facture HLK-INV-2024-03318, kufuta na kati ya 30 kilumbu."),
        P("Nzo ya mono (sambu na kutinda mikanda): Avenue Lumumba 47, Quartier Ville Haute, Matadi", "Avenue Lumumba 47, Quartier Ville Haute, Matadi"),
        C(f"Mono me zwaka code {code} na SMS kansi yo me fwa.", code),
        N("Matondo mingi. (mukanda yai me tindama na Outlook 16.0.18129.20158)"),
        N("> Le 28/11/2024, support@hangarlink.aero a écrit : Ticket #58390 me kangama."),
        N("PS: sertifika EASA Form 1, tracking HL-F1-2024-119002, kele mbote."),
    ]


@group(27, "Slack thread #cd-kasai-ops", "Tshiluba")
def g27():
    p1, gl, dh = pw(14), glpat(), discord_hook()
    tr, sha = ntrace(), nsha()
    return [
        N("[#cd-kasai-ops] 08:40 <sre-oncall> Moyo bonso! tailtrack-ingest udi ne lag wa 6 min ku prod-euw1 (HLK-5052)"),
        P("08:42 <kabongo.tshibangu> Moyo, dîna dyanyi Kabongo Tshibangu, ndi ku Mbuji-Mayi Air Services.", "kabongo.tshibangu", "Kabongo Tshibangu"),
        C(f"08:44 <kabongo.tshibangu> password wa portal udi {p1}, nkwatshishayi", "kabongo.tshibangu", p1),
        N("08:45 <hl-support-bot> Kakuyi kufunda password mu Slack! Tudi tuyishintulula (policy SEC-07)."),
        P("08:47 <kabongo.tshibangu> telefone wanyi: +243 85 310 6627, nzubu wanyi: Avenue Kasa-Vubu 33, Mbuji-Mayi", "kabongo.tshibangu", "+243 85 310 6627", "Avenue Kasa-Vubu 33, Mbuji-Mayi"),
        C(f"08:50 <kabongo.tshibangu> ne token wa GitLab wa CI wetu: {gl}", "kabongo.tshibangu", gl),
        N("08:52 <sre-oncall> ADS-B wa 9Q-CKB ne 9Q-CJM udi bimpe, lag 40s, tailtrack-ingest 1.9.3.81"),
        P("08:55 <mbuyi.kalala> Twasakidila Kabongo! Ndi Mbuyi Kalala, email wanyi mbuyikalala@gmail.com", "mbuyi.kalala", "Kabongo", "Mbuyi Kalala", "mbuyikalala@gmail.com"),
        N(f"08:57 <sre-oncall> trace {tr} mu Tempo, span ingest.decode 3.2s"),
        C(f"09:01 <mbuyi.kalala> tuvua tutuma alert ku webhook eu: {dh}", "mbuyi.kalala", dh),
        N("09:03 <sre-oncall> Bimpe, tudi tuyishintulula. Vault path: secret/prod/tailtrack/discord"),
        N(f"09:10 <hl-support-bot> HLK-5052 resolved by svc-rollout, version 1.9.3.82 (commit {sha[:12]})"),
        N("09:11 <sre-oncall> Twasakidila bonso :pray:"),
    ]


@group(28, "docker-compose.yml (local stack)", "English")
def g28():
    p1, p2, ms, hf = pw(16), pw(14), sk_test(), hf_tok()
    return [
        N("services:"),
        N("  parts-api: { image: ghcr.io/hangarlink/parts-exchange-api:2024.11.5.441, ports: [\"8080:8080\"], depends_on: [db, mq] }"),
        C(f"  db: {{ image: postgres:16.4, environment: {{ POSTGRES_USER: parts, POSTGRES_PASSWORD: {p1} }} }}", p1),
        N("  db-ci: { image: postgres:16.4, environment: { POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env} } }"),
        C(f"  mq: {{ image: rabbitmq:3.13-management, environment: {{ RABBITMQ_DEFAULT_USER: ledger, RABBITMQ_DEFAULT_PASS: \"{p2}\" }} }}", p2),
        C(f"      STRIPE_API_KEY: {ms}   # Aoife's sandbox account", ms, "Aoife"),
        N("      STRIPE_TEST_CARD: 4000 0000 0000 3220   # Stripe docs 3DS test card"),
        C(f"      HF_TOKEN: {hf}   # pulls the part-description classifier", hf),
        P("    # volumes: - /Users/tomaszwielgosz/dev/hangarlink/seed:/seed:ro", "tomaszwielgosz"),
        P("      SEED_ADMIN_EMAIL: priya.raghunathan84@gmail.com", "priya.raghunathan84@gmail.com"),
        N("  mailhog: { image: mailhog/mailhog:v1.0.1, ports: [\"1025:1025\", \"8025:8025\"] }"),
        P("      SEED_CUSTOMER: \"Declan Moriarty, 27 Sráid an Mhuilinn, Inis, Co. an Chláir, V95 X2T8\"", "Declan Moriarty", "27 Sráid an Mhuilinn, Inis, Co. an Chláir, V95 X2T8"),
        N("networks: { default: { name: hl-local, ipam: { config: [{ subnet: 172.28.0.0/16 }] } } }"),
    ]


@group(29, "nginx access log", "English")
def g29():
    tok, code = "hlk_live_" + rs(AN, 32), rs(B64U, 43)
    ba = basic("partner-avtrade", pw(12))
    rid = nhex(32)
    return [
        N(f"10.42.0.12 - - [01/Dec/2024:06:10:02 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.30\" rt=0.001 req_id={rid}"),
        P("79.97.214.66 - - [01/Dec/2024:06:11:45 +0000] \"GET /v2/listings?pn=3214552-3 HTTP/2.0\" 200 18231 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)\"", "79.97.214.66"),
        C(f"79.97.214.66 - - [01/Dec/2024:06:12:03 +0000] \"GET /v2/export.csv?api_key={tok} HTTP/2.0\" 200 412233 \"-\" \"python-requests/2.32.3\"", "79.97.214.66", tok),
        N("198.51.100.23 - - [01/Dec/2024:06:12:30 +0000] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 (compatible; scanner)\""),
        C(f"41.190.12.87 - - [01/Dec/2024:06:13:12 +0000] \"GET /oauth/callback?code={code}&state=af31c2 HTTP/2.0\" 302 0 \"-\" \"Mozilla/5.0 (Linux; Android 14)\"", "41.190.12.87", code),
        P("102.89.34.156 - kalala.mbuyi [01/Dec/2024:06:14:55 +0000] \"POST /v2/rfq HTTP/2.0\" 201 611 \"https://portal.hangarlink.io/rfq/new\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"", "102.89.34.156", "kalala.mbuyi"),
        N("10.42.7.19 - svc-quote-sync [01/Dec/2024:06:15:00 +0000] \"POST /internal/fx/refresh HTTP/1.1\" 204 0 \"-\" \"quote-engine/2024.11.6.452\""),
        C(f"185.44.19.201 - - [01/Dec/2024:06:15:31 +0000] \"GET /partner/feed HTTP/1.1\" 200 9921 \"-\" \"curl/8.5.0\" auth=\"Basic {ba}\"", "185.44.19.201", ba),
        P("176.61.88.20 - - [01/Dec/2024:06:16:02 +0000] \"GET /unsubscribe?email=niamh.orourke%40eircom.net HTTP/2.0\" 200 512 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1)\"", "176.61.88.20", "niamh.orourke%40eircom.net"),
        N("2024/12/01 06:16:40 [warn] 31#31: *88121 upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/17/0000000174"),
        N("2024/12/01 06:17:05 [error] 31#31: *88140 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \"http://10.42.7.22:8080/v2/arc\""),
        P("89.101.55.213 - - [01/Dec/2024:06:18:11 +0000] \"GET /v2/users/me?name=Fiona%20MacAllister HTTP/2.0\" 200 901 \"-\" \"HangarlinkMobile/3.8.0.1142 (iOS)\"", "89.101.55.213", "Fiona%20MacAllister"),
        N("203.0.113.50 - - [01/Dec/2024:06:19:00 +0000] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" \"Googlebot/2.1 (+http://www.google.com/bot.html)\""),
    ]


@group(30, "call transcript (billing line)", "Afar")
def g30():
    p1, code = pw(13), otp()
    cc = CARD("g30.visa", "453201776432918")
    dj = reg("dj-cni", "g30.cni", "201847735")
    return [
        N("[00:00:01] IVR: Hangarlink billing, Qafar af dooris 3 ruub. Case HLK-C-30688."),
        P("[00:00:14] Caller: Nagaa, yi migaq Hasan Cali Daawud kinni, Djibouti Air Logistics fanah.", "Hasan Cali Daawud"),
        P("[00:00:29] Caller: Yi telefoon lakkoofa +253 77 41 86 20, WhatsApp iyyam.", "+253 77 41 86 20"),
        N("[00:00:40] Agent: Meqe, facture HLK-INV-2024-03401, USD 8.215,00, P/N 2117648-15 (starter generator)."),
        C(f"[00:01:05] Caller: Portal password {p1} kinni, kaa maleh.", p1),
        P(f"[00:01:32] Caller: Yi kaarti Visa {cc}, expiry 08/27.", cc),
        N("[00:01:40] Agent: Dooda, kaarti lakkoofa telefoonih maleh! Secure link: pay.hangarlink.io/i/HLK-INV-2024-03401"),
        C(f"[00:02:10] Agent: SMS code {code} yoh tan, oson ah.", code),
        P(f"[00:02:35] Caller: CNI lakkoofa {dj}, Rue de Marseille 18, Djibouti ville.", dj, "Rue de Marseille 18, Djibouti ville"),
        C("[00:03:01] Caller: Yi IT baxa CVV 714 kee PIN 2291 yoh yeceeh, kaa tabbacisa.", "714", "2291"),
        N("[00:03:20] Agent: Payment gateway error PG-5102 (3-D Secure timeout), ticket HLK-5066."),
        N("[00:03:45] Agent: Gaddaaga, nagay. Recording rec-2024-12-02-7be41d, queue BILL-EMEA."),
        N("[00:03:50] System: call ended, agent svc-ivr-04, duration 00:03:49"),
    ]


@group(31, "web feedback form", "Garifuna")
def g31():
    p1, gp, code = pw(14), ghp(), otp()
    dni = reg("hn-dni", "g31.dni", "0101-1985-04471")
    cc = CARD("g31.amex", "37828014470651", (4, 6, 5))
    return [
        N("Form: feedback-portal v2 | id fb_01JDXK4P9R | lengwa: Garifuna | 2024-12-03 09:12 CST"),
        P("Niri: Wilmer Álvarez Castillo", "Wilmer Álvarez Castillo"),
        P("Imeil: wilmer.alvarez.lc@gmail.com | Telefon: +504 9823-4417", "wilmer.alvarez.lc@gmail.com", "+504 9823-4417"),
        N("Ligaburi: Buiti binafi! Nuguya mécanico lidan La Ceiba, ATR 42 HR-AYB, P/N 3214552-3."),
        C(f"Ligaburi: Ariñawagua portal, password lun nuguya {p1}, ma hamuga.", p1),
        P(f"DNI: {dni}", dni),
        P("Dirección: Barrio La Isla, calle 4, casa 21, La Ceiba, Atlántida", "Barrio La Isla, calle 4, casa 21, La Ceiba, Atlántida"),
        C(f"Ligaburi: Lubuidun IT: GitHub token {gp} lidan script lun inventario.", gp),
        N("Error: HTTP 413 Payload Too Large, request id 6f3d0c1e-8a2b-4c7e-9f10-2b5a7d4e8c31"),
        C(f"Ligaburi: Code SMS {code} ma ladügün, seremein.", code),
        P(f"Pago: Amex {cc} (nuguya hamá)", cc),
        N("Browser: Chrome 131.0.6778.86, Android 14, app HangarlinkMobile 3.8.0.1142"),
        N("Consent: [x] privacy v2.3 | routing: feedback-latam | ticket HLK-C-30702"),
        N("Seremein, Hangarlink Support (support@hangarlink.aero)"),
    ]


@group(32, "syslog / journald excerpt", "English")
def g32():
    p1, p2 = pw(12), pw(16)
    wg = wg_key()
    ak = age_key()
    fp, u = nfp(), nuuid()
    return [
        N("Dec  4 02:11:03 bastion-euw1 sshd[41822]: Accepted publickey for ops from 10.42.0.5 port 51122 ssh2: ED25519 " + fp),
        P("Dec  4 02:11:40 bastion-euw1 sshd[41830]: Failed password for invalid user grainne from 37.228.211.94 port 60114 ssh2", "grainne", "37.228.211.94"),
        C(f"Dec  4 02:12:02 bastion-euw1 sudo[41851]:      ops : TTY=pts/1 ; PWD=/home/ops ; USER=root ; COMMAND=/usr/bin/htpasswd -b /etc/nginx/.htpasswd partner {p1}", p1),
        N("Dec  4 02:12:30 mailer-01 postfix/smtp[2281]: 4F1A21C0042: to=<aog-desk@hangarlink.aero>, relay=smtp.sendgrid.net[159.183.224.105]:587, status=sent (250 Ok)"),
        P("Dec  4 02:12:31 mailer-01 postfix/smtp[2282]: 4F1A21C0051: to=<kwame.asante.dub@gmail.com>, status=bounced (552 mailbox full)", "kwame.asante.dub@gmail.com"),
        C(f"Dec  4 02:13:44 vpn-gw-1 wg-quick[913]: [#] wg set wg0 private-key /dev/stdin <<< '{wg}'", wg),
        N("Dec  4 02:14:00 vpn-gw-1 kernel: [1288341.412002] wireguard: wg0: Handshake for peer 7 (10.99.0.7:51820) did not complete after 5 seconds"),
        C(f"Dec  4 02:15:12 backup-01 restic[5522]: using age identity {ak} for repo s3:hl-backups-prod", ak),
        N(f"Dec  4 02:15:40 backup-01 restic[5522]: snapshot 3f9c21ab saved, 1204 files, 4.112 GiB, session {u}"),
        P("Dec  4 02:16:05 auth-gateway-0 auth[1]: level=warn msg=\"login from new country\" user=hannah.lindqvist@hangarlink.io ip=94.234.66.17 geo=SE", "hannah.lindqvist@hangarlink.io", "94.234.66.17"),
        C(f"Dec  4 02:16:30 legacy-quotes-1 mysqld[771]: [Warning] Access denied for user 'root'@'localhost' (using password: YES) attempted='{p2}'", p2),
        N("Dec  4 02:17:00 bastion-euw1 systemd[1]: Started logrotate.service - Rotate log files; node_exporter collector textfile ok"),
        N("Dec  4 02:17:10 bastion-euw1 CRON[42110]: (svc-backup) CMD (/usr/local/bin/restic-check --read-data-subset=2%)"),
    ]


@group(33, "git diff (code review)", "English")
def g33():
    ak, sa, sl, tg = aws_id(), aws_secret(), xoxb(), tg_bot()
    s1, s2 = nsha(), nsha()
    return [
        N(f"diff --git a/services/rfq-mailer/config.py b/services/rfq-mailer/config.py  index {s1[:7]}..{s2[:7]} 100644"),
        N("@@ -12,9 +12,9 @@ class Settings(BaseSettings):"),
        C(f"-    aws_access_key_id: str = \"{ak}\"", ak),
        C(f"-    aws_secret_access_key: str = \"{sa}\"", sa),
        N("+    aws_access_key_id: str = Field(default_factory=lambda: os.environ[\"AWS_ACCESS_KEY_ID\"])"),
        C(f"-    slack_bot_token = \"{sl}\"", sl),
        N("+    slack_bot_token = get_secret(\"prod/rfq-mailer/slack\")  # AWS Secrets Manager"),
        P("-    # TODO(priya): remove test recipient Halina Kowalczyk <halina.kowalczyk@wp.pl>", "priya", "Halina Kowalczyk", "halina.kowalczyk@wp.pl"),
        C(f"-    TELEGRAM_BOT_TOKEN = \"{tg}\"  # ops alerts to Declan's phone", tg, "Declan"),
        P("-    FALLBACK_SMS = \"+48 601 552 847\"", "+48 601 552 847"),
        N("+    FALLBACK_SMS = os.getenv(\"FALLBACK_SMS\", \"\")  # role number, see RB-022"),
        P("Co-authored-by: Tomasz Wielgosz <tomasz.wielgosz@gmail.com>", "Tomasz Wielgosz", "tomasz.wielgosz@gmail.com"),
        N("Reviewed-by: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>  Refs: HLK-5071"),
        N(f"commit {s2}  Merge: {s1[:7]}  Signed-off-by: svc-release <release@hangarlink.io>"),
    ]


@group(34, "mysql session (legacy quotes)", "Lezgian")
def g34():
    p1, p2 = pw(15), pw(13)
    sn = reg("ru-snils", "g34.snils", ids.snils("148203577"))
    ib = IBAN("g34.iban", "AZ", "NABZ01350100000000044711")
    h = bcrypt()
    return [
        N("mysql> -- Салам! Ихь legacy-quotes база, HLK-5080 патал ахтармиш ийизва"),
        N("mysql> SELECT COUNT(*) FROM quotes WHERE status='expired';  -- 18442 rows, 0.04 sec"),
        C(f"mysql> SET PASSWORD FOR 'quotes_app'@'%' = '{p1}';  -- цӀийи пароль, vault-да ттун герек я", p1),
        P("| 7712 | Рамазанов Эльдар Мурадович | eldar.ramazanov@mail.ru | +7 928 514-27-60 |", "Рамазанов Эльдар Мурадович", "eldar.ramazanov@mail.ru", "+7 928 514-27-60"),
        N("| 7713 | ООО \"Дагавиа Сервис\" | info@dagavia.ru | +7 8722 55-00-10 | -- компания, ксар туш"),
        P(f"| 7712 | СНИЛС {sn} | 1984-10-03 |", sn, "1984-10-03"),
        C(f"| 7712 | password_hash | {h} |", h),
        N("mysql> SHOW VARIABLES LIKE 'version';  -- 8.0.39-0ubuntu0.22.04.1"),
        P(f"| 7712 | payout_iban | {ib} | -- Эльдаран счет", ib, "Эльдаран"),
        C(f"mysql> -- Зи тӀвар ops-night я, shell: mysql -u admin -p'{p2}' legacy_quotes", p2),
        P("| 7714 | Гьуьсейнова Сабина | Дербент, ул. Ленина 41, кв. 7 | -- адрес", "Гьуьсейнова Сабина", "Дербент, ул. Ленина 41, кв. 7"),
        N("mysql> SELECT SHA2('ping', 256);  -- 0x8c1a... хеш я, секрет туш"),
        N("mysql> exit  -- Чухсагъул, Bye"),
    ]


@group(35, "on-call handover (pager)", "Herero")
def g35():
    p1, sn, dp = pw(16), sntrys(), dop()
    nid = reg("na-id", "g35.id", "85071400317")
    return [
        N("Handover: sre-oncall-emea -> sre-oncall-apac | 2024-12-05 18:00 CAT | Wa uhara, okuhepa!"),
        N("1) arc-vault okuna HLK-INC-2302 (SEV-3), 5xx 1.4%, ArcVaultHighErrorRate ya mana (resolved)"),
        C(f"2) Sentry auth token ya yandjwa mo #ops-apac: {sn} - ondjira ya rotate ko rutjindi", sn),
        P("3) Omuhona wo Windhoek Charter, Uaapi Kandjii, wa tjanga: +264 81 447 2093", "Uaapi Kandjii", "+264 81 447 2093"),
        N("4) Pager schedule PD P7XK2QZ ya shangwa; escalation policy EP-EMEA-02 kaa tjindjwa"),
        C(f"5) DigitalOcean token ku status page: {dp} (ka ri ya rotate)", dp),
        P("6) Uaapi ma vanga e-mail: uaapi.kandjii@iway.na, ondjuwo ye: 14 Nelson Mandela Ave, Klein Windhoek", "Uaapi", "uaapi.kandjii@iway.na", "14 Nelson Mandela Ave, Klein Windhoek"),
        N("7) tailtrack-ingest 1.9.3.82 ya rara nawa, lag 38s; metric tailtrack_ingest_lag_seconds"),
        P(f"8) KYC: Namibian ID {nid} (Uaapi) ya ningirwa mo ticket HLK-C-30731 - ondjira ya redact", nid),
        C(f"9) Ruhepo: shared admin ku legacy console = {p1}, ka ri ya tjindjwa", p1),
        N("10) Oviungura: HLK-5090 (vault audit), HLK-5091 (RB-019), PM-2024-121 ya tjangwa"),
        P("11) Omuhona warwe Kaera Tjiueza (kaera.tjiueza@gmail.com) ma vanga refund", "Kaera Tjiueza", "kaera.tjiueza@gmail.com"),
        N("12) Okuhepa! Next handover 2024-12-06 06:00 CAT, bridge https://meet.hl-internal.net/oncall"),
    ]


@group(36, "Python traceback", "English")
def g36():
    p1, ant, pp = pw(18), anthropic_key(), pypi_tok()
    gsa = pem_oneline("PRIVATE KEY", 160)
    return [
        N("Traceback (most recent call last):"),
        N("  File \"/app/quote_engine/workers/fx_refresh.py\", line 88, in run"),
        C(f"    conn = psycopg.connect(\"host=pg-quotes.prod-euw1.hl-internal.net user=quote_app password={p1} dbname=quotes\")", p1),
        N("  File \"/usr/local/lib/python3.12/site-packages/psycopg/connection.py\", line 119, in connect"),
        N("psycopg.OperationalError: connection failed: FATAL:  too many connections for role \"quote_app\" (SQLSTATE 53300)"),
        C(f"    client = Anthropic(api_key=\"{ant}\")", ant),
        P("    customer = {'name': 'Ravi Chandrasekar', 'dob': '1990-05-17', 'phone': '+91 99001 42876'}", "Ravi Chandrasekar", "1990-05-17", "+91 99001 42876"),
        C(f"    creds = service_account.Credentials.from_service_account_info({{'type': 'service_account', 'private_key': '{gsa}'}})", gsa),
        P("    send_quote(to='oliver.hartnett.aero@gmail.com', cc='grace.whitfield@gmail.com')", "oliver.hartnett.aero@gmail.com", "grace.whitfield@gmail.com"),
        N("  File \"/app/quote_engine/publish.py\", line 31, in upload  # twine upload --repository hl-internal dist/*"),
        C(f"    os.environ[\"TWINE_PASSWORD\"] = \"{pp}\"", pp),
        P("    remote_addr = '46.7.193.120'  # customer Lucia Ferreira on mobile", "46.7.193.120", "Lucia Ferreira"),
        N("requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://fx.hl-internal.net/v1/rates?base=EUR"),
        N("ERROR quote_engine.workers: job fx_refresh failed attempt=3/5 trace_id=5e1c77b0a9d24f3e8c1b6a2d9f047e13 worker=quote-engine-5d7c9-kq8vz"),
    ]


# =================================================================== writer
HEADER = "# kind\ttext\tmust-vanish\tsource\n"


def main(outdir):
    dev, test = [HEADER], [HEADER]
    for num, artefact, lang, fn in GROUPS:
        src = "writer32 g%02d %s (%s)" % (num, artefact, lang)
        for kind, text, items in fn():
            assert "\t" not in text and "\n" not in text, (num, text)
            row = "%s\t%s\t%s\t%s\n" % (kind, text, " ||| ".join(items), src)
            (dev if num % 2 else test).append(row)
    with open(os.path.join(outdir, "batch32_dev.tsv"), "w", encoding="utf-8", newline="") as f:
        f.writelines(dev)
    with open(os.path.join(outdir, "batch32_test.tsv"), "w", encoding="utf-8", newline="") as f:
        f.writelines(test)
    with open(os.path.join(outdir, "batch32_ids.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("# scheme\tkey\tvalue\n")
        for s, k, v in REG:
            f.write("%s\t%s\t%s\n" % (s, k, v))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
