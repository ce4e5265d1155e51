#!/usr/bin/env python3
"""gen.py - builds the batch31 redaction-gate test lines (writer31).

Run: python3 gen.py   (writes batch31_dev.tsv, batch31_test.tsv, batch31_ids.tsv, README.md)

Every line is written below as a Python string.  Must-vanish spans are marked
inline: S(x) marks a secret (credential), P(x) marks personal data.  The marks
are stripped when the TSV is written; the kind is derived from the marks
(any secret -> credential, else any PII -> pii, else negative).
Secret bodies come from random.Random(31) in the fixed order of this file;
non-secret look-alikes (SHAs, UUIDs, trace ids, digests) come from a second
generator random.Random(3100) so they never shift the secret stream.
Python 3 standard library only.
"""
import sys
sys.dont_write_bytecode = True
import base64
import json
import os
import random
import re
import string

import ids

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(31)     # secret bodies
fil = random.Random(3100)   # look-alike fillers

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
URL = AN + "-_"
PWSYM = "!#%*+-_.=~^"


def r(n, a=AN):
    return "".join(rng.choice(a) for _ in range(n))


def fl(n, a=HX):
    """look-alike filler; redrawn if it would contain a Luhn-valid 13-19 digit run"""
    while True:
        s = "".join(fil.choice(a) for _ in range(n))
        runs = re.findall(r"\d{13,19}", s)
        if not any(ids.luhn_ok(x) for x in runs):
            return s


# ------------------------------------------------------------------ secrets
TREES = ["Hornbeam", "Willow", "Rowan", "Alder", "Sycamore", "Juniper", "Larch",
         "Hazel", "Spruce", "Cedar", "Linden", "Maple", "Aspen", "Beech",
         "Elder", "Poplar", "Walnut", "Baobab", "Mopane", "Narra", "Acacia"]


def pw():
    """human-style password"""
    style = rng.randrange(3)
    a = rng.choice(TREES)
    if style == 0:
        return a + rng.choice("!#%*") + r(4, DG)
    if style == 1:
        return a.lower() + "-" + rng.choice(TREES) + "-" + r(3, DG) + rng.choice("!?#")
    return r(2, DG) + a + rng.choice(TREES).lower() + rng.choice("@#%&")


def pws(n=20):
    """generated strong password, URL/shell safe"""
    return r(n, AN + PWSYM)


def pwu(n=22):
    """generated password safe inside URLs"""
    return r(n, AN + "-_.~")


def otp():
    return r(6, DG)


def akia():
    return "AKIA" + r(16, UP + "234567")


def aws_secret():
    return r(40, AN + "+/")


def ghp():
    return "ghp_" + r(36)


def ghs():
    return "ghs_" + r(36)


def github_pat():
    return "github_pat_11" + r(20, UP + DG) + "_" + r(59)


def glpat():
    return "glpat-" + r(20, URL)


def xoxb():
    return "xoxb-" + r(11, DG) + "-" + r(13, DG) + "-" + r(24)


def slack_hook():
    t = "T0" + r(7, UP + DG)
    b = "B0" + r(8, UP + DG)
    tok = r(24)
    return "https://hooks.slack.com/services/%s/%s/" % (t, b), tok


def sk_live():
    return "sk_live_51" + r(14) + r(60)


def rk_live():
    return "rk_live_51" + r(14) + r(60)


def whsec():
    return "whsec_" + r(32)


def sendgrid():
    return "SG." + r(22, URL) + "." + r(43, URL)


def hexs(n):
    return r(n, HX)


def aiza():
    return "AIza" + r(35, URL)


def npm_tok():
    return "npm_" + r(36)


def cwk():
    return "cwk_live_" + r(32)


def cwd():
    return "cwd_" + r(40)


def jwt(sub, scope):
    head = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImN3LTIwMjUtMTEifQ"
    body = {"iss": "https://auth.canopywise.io", "sub": sub, "scope": scope,
            "iat": 1763000000 + rng.randrange(2000000), "jti": r(16, HX)}
    b = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    return head + "." + b + "." + r(86, URL)


def influx():
    return r(86, URL) + "=="


def telegram():
    return r(10, DG) + ":AA" + r(33, URL)


def openai_key():
    return "sk-proj-" + r(48, URL) + "T3BlbkFJ" + r(48, URL)


def sentry_tok():
    return "sntrys_eyJpYXQiOjE3NjM" + r(60, AN) + "_" + r(43, URL)


def doppler():
    return "dp.st.prd." + r(40)


def cf_token():
    return r(40, URL)


def mapbox_sk():
    return "sk.eyJ1IjoiY2Fub3B5d2lzZSIsImEiOiJ" + r(24) + "In0." + r(22, URL)


def wg_key():
    return r(43, B64) + "="


def rsa_body():
    return "MIIEpAIBAAKCAQEA" + r(64, B64)


def glsa():
    return "glsa_" + r(32) + "_" + r(8, HX)


def basic(user, password):
    return base64.b64encode(("%s:%s" % (user, password)).encode()).decode()


def b64(s):
    return base64.b64encode(s.encode()).decode()


# ------------------------------------------------------------------ look-alikes
def sha40():
    return fl(40)


def sha7():
    return fl(7)


def sha256():
    return fl(64)


def uuid():
    return "%s-%s-4%s-%s%s-%s" % (fl(8), fl(4), fl(3), fil.choice("89ab"), fl(3), fl(12))


def hex32():
    return fl(32)


def hex16():
    return fl(16)


def b64fp():
    return fl(43, AN + "+/")


def colon_fp(n=20):
    return ":".join(fl(2, "0123456789ABCDEF") for _ in range(n))


# ------------------------------------------------------------------ Ol Chiki
_OL_MULTI = [("ạ", "ᱟᱹ"), ("kh", "ᱠᱷ"), ("gh", "ᱜᱷ"), ("ch", "ᱪᱷ"), ("jh", "ᱡᱷ"),
             ("ṭh", "ᱴᱷ"), ("ḍh", "ᱰᱷ"), ("th", "ᱛᱷ"), ("dh", "ᱫᱷ"), ("ph", "ᱯᱷ"),
             ("bh", "ᱵᱷ"), ("k'", "ᱜ"), ("c'", "ᱡ"), ("t'", "ᱫ"), ("p'", "ᱵ")]
_OL_ONE = {"a": "ᱟ", "o": "ᱚ", "ô": "ᱳ", "i": "ᱤ", "u": "ᱩ", "e": "ᱮ", "k": "ᱠ", "g": "ᱜ",
           "ṅ": "ᱝ", "c": "ᱪ", "j": "ᱡ", "ñ": "ᱧ", "ń": "ᱧ", "ṭ": "ᱴ", "ḍ": "ᱰ", "ṇ": "ᱬ",
           "t": "ᱛ", "d": "ᱫ", "n": "ᱱ", "p": "ᱯ", "b": "ᱵ", "m": "ᱢ", "y": "ᱭ", "r": "ᱨ",
           "ṛ": "ᱲ", "l": "ᱞ", "w": "ᱣ", "v": "ᱣ", "s": "ᱥ", "h": "ᱦ", "~": "ᱸ", ".": "᱾"}


def ol(latin):
    """Santali romanisation -> Ol Chiki (writer's own transliteration)."""
    out, i = [], 0
    while i < len(latin):
        for src, dst in _OL_MULTI:
            if latin.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            ch = latin[i]
            out.append(_OL_ONE.get(ch, ch))
            i += 1
    return "".join(out)


# ------------------------------------------------------------------ line model
GROUPS = []


def G(n, artefact, language):
    GROUPS.append({"n": n, "art": artefact, "lang": language, "lines": []})


def L(text):
    GROUPS[-1]["lines"].append(text)


def S(x):
    return "\u27e6" + x + "\u27e7"


def P(x):
    return "\u27ea" + x + "\u27eb"


# Allow-lists used by validate.py for negatives
SERVER_PUBLIC_IPS = {"104.18.22.181", "17.57.155.23"}
VERSION_LOOKALIKES = set()
DOC_TEST_VALUES = {"4242424242424242", "4242 4242 4242 4242"}


def V(v):
    VERSION_LOOKALIKES.add(v)
    return v


# ================================================================== groups
# Company: Canopywise Ltd (Bristol) - urban-tree inventory, inspections, crew
# dispatch and wood-chipper telemetry for councils and tree surgeons.
# Public: canopywise.io (app., api., status., runbooks.), registry.canopywise.io
# Internal: *.canopywise.internal; clusters cw-prod-euw2, cw-prod-afs1,
# cw-prod-apse1, cw-stg-euw2.

# ---- g01 Slack thread (English)
G(1, "Slack thread #inc-dispatch", "English")
hook, tok = None, None
L(f"[09:02] cw-deploybot: :rocket: crew-dispatch v{V('4.18.2.107')} rolled out to cw-prod-euw2 (commit {sha7()}), 24/24 pods Ready")
L(f"[09:04] {P('Priya Raman')}: dispatch queue is backing up again, seeing DISPATCH-E0412 on ~30% of job assignments")
L("[09:05] pagerduty: Incident #48213 triggered: crew-dispatch p95 latency > 2s (service PXQ4T7Z, escalation policy Platform-24x7)")
L(f"[09:07] {P('Tomasz Wójcik')}: looking. {P('@priya.raman')} can you check whether redis-dispatch.cw-prod-euw2.svc:6379 is evicting?")
L(f"[09:11] {P('Tomasz Wójcik')}: fwiw I rotated the redis password last night, new one is {S(pws(24))} - it's in vault too but the configmap still had the old one")
L("[09:12] the vault path is secret/data/euw2/crew-dispatch/redis, use `vault kv get -field=password secret/euw2/crew-dispatch/redis` instead of pasting")
L(f"[09:14] trace {hex32()} shows 1.8s in RedisPool.acquire, span {hex16()}, pool_size=32 max_wait=2000ms")
L(f"[09:16] {P('Hannah Oyelaran')}: also the datadog key from the crew-dispatch values got pasted in #general yesterday: DD_API_KEY={S(hexs(32))} - someone pls revoke")
L(f"[09:18] quick fix from my laptop: redis-cli -h 10.42.7.19 -a '{S(pws(20))}' CONFIG SET maxmemory-policy allkeys-lru")
L(f"[09:21] {P('Priya Raman')}: customer on the phone is {P('Gareth Llewellyn')} from Bridgend council, his mobile is {P('07723 418906')}, wants an ETA")
L(f"[09:25] cw-deploybot: rollback of crew-dispatch to v{V('4.18.1.93')} started by svc-argocd (app crew-dispatch-prod, sync {sha7()})")
hook, tok = slack_hook()
L(f"[09:31] the webhook for #alerts-dispatch is {hook}{S(tok)} if you want to test the new template")
L("[09:40] pagerduty: Incident #48213 resolved. Duration 38m. Postmortem: INC-2291 in Confluence space OPS")
L(f"[09:42] {P('Tomasz Wójcik')}: thanks all, I'll write it up - ping {P('tomasz.wojcik@gmail.com')} if I'm off VPN")

# ---- g02 .env (English)
G(2, ".env file for billing-svc", "English")
L(f"# billing-svc prod env, generated by envsync {V('2.7.0.4')} on cw-prod-euw2; do NOT commit (see SEC-118)")
L("APP_ENV=production")
L("DATABASE_HOST=pg-billing-01.canopywise.internal")
L(f"DATABASE_URL=postgres://billing_rw:{S(pwu())}@pg-billing-01.canopywise.internal:5432/billing?sslmode=require")
L(f"STRIPE_SECRET_KEY={S(sk_live())}")
L(f"STRIPE_PUBLISHABLE_KEY=pk_live_51{fl(97, AN)}  # publishable, ships in the browser bundle")
L(f"STRIPE_WEBHOOK_SECRET={S(whsec())}")
L("STRIPE_SMOKE_CARD=4242424242424242  # Stripe documented test card, only used against the test-mode account")
L(f"SENDGRID_API_KEY={S(sendgrid())}")
L(f'BILLING_ESCALATION_CONTACT="{P("Mateo Ferreira")} <{P("mateo.ferreira@canopywise.io")}>"')
L(f"FINANCE_ONCALL_PHONE={P('+44 7911 204587')}  # {P('Mateo')}'s personal mobile, ask before calling")
L(f"REFUND_TEST_IBAN={P(ids.iban('GB', 'BARC20035347129364'))}  # {P('Grace Whitfield')}'s own account, used for the 1p refund test")
L("VAULT_ADDR=https://vault.canopywise.internal:8200")
L("FEATURE_FLAGS=refund_v2,iban_validation,sca_exemptions")

# ---- g03 Teams chat (Krio)
G(3, "Teams chat", "Krio")
L(f"[10:02] Canopywise Bot: Di dipl\u0254y f\u0254 tree-registry v{V('3.9.0.212')} d\u0254n go na cw-prod-afs1 (commit {sha7()}).")
L(f"[10:05] {P('Abdul Kamara')}: M\u0254nin \u0254l. Di app n\u0254 de l\u0254g in f\u0254 di tri-plantin tim na Kissy. Di \u025br\u0254 na AUTH-401-TKN.")
L(f"[10:06] A ch\u025bk di l\u0254g: trace id {hex32()} de sho se auth-gw de rit\u0254n 401 fr\u0254m 09:58.")
L(f"[10:08] {P('Fatmata Sesay')}: A bin chenj di admin pasw\u0254d yestade to {S(pw())}, b\u0254t a n\u0254 \u0254pdet am na di fil tablet d\u025bn.")
L("[10:09] N\u0254 rayt pasw\u0254d na ya. Yuz `vault kv get secret/afs1/field-app/admin` \u025bn put am tru di MDM.")
L(f"[10:11] {P('Abdul Kamara')}: Ok. Di tablet we l\u0254s, di wan we {P('Isatu Conteh')} bin de yuz, in n\u0254mba na {P('076 418273')}.")
L(f"[10:14] Di OTP we kam na mi f\u0254n na {S(otp())}, b\u0254t i d\u0254n \u025bkspaya naw.")
L("[10:15] Canopywise Bot: Tikit CW-SUP-7731 opin: 'Fil tablet d\u025bn n\u0254 de sync', prayoriti P2.")
L(f"[10:18] {P('Fatmata Sesay')}: F\u0254 t\u025bst, a yuz dis t\u0254kin: Authorization: Bearer {S(jwt('usr_fs_2210', 'field:write'))}")
L(f"[10:20] Di nyu tablet f\u0254 go na {P('Mohamed Bangura')}, {P('22 Wilkinson Road, Freetown')}. In imel na {P('mbangura77@yahoo.com')}.")
L("[10:24] Di sync d\u0254n w\u0254k bak. Di metrik field_app_sync_errors_total d\u0254n go d\u0254n to 0 na cw-prod-afs1.")
L(f"[10:26] Canopywise Bot: Tikit CW-SUP-7731 kl\u0254s. Fiks: rotate-field-creds job {V('2025.11.3.4')} r\u0254n.")
L(f"[10:30] Bif\u0254 a f\u0254g\u025bt: di Google Maps API ki f\u0254 di tablet na {S(aiza())}, abeg r\u025bstrikt am.")

# ---- g04 support ticket (Ilocano)
G(4, "support ticket", "Ilocano")
L(f"Ticket #CW-SUP-8120 | Priority: P3 | Produkto: field-app {V('5.2.0.184')} (Android) | Status: Baro")
L(f"Nagan ti nangipatulod: {P('Rogelio Agbayani')}, Arborist, City Environment and Natural Resources Office, Laoag")
L(f"Naimbag nga aldaw. Diak makastrek iti app manipud idi Lunes. Ti email ko: {P('rogelio.agbayani1982@gmail.com')}, ti numero ti teleponok: {P('0917 482 3391')}.")
L(f"Pinadasko met ti password a {S(pw())} ngem 'invalid credentials' latta ti rumrummuar.")
L(f"Ti error a makitak: AUTH-E1107 (request id {uuid()}).")
L(f"Inted ti kaduak ti API key tapno makapag-upload kami kadagiti litrato: {S(cwk())}. Umno kadi daytoy?")
L(f"No masapul ti address para iti sukat ti tablet: {P('Brgy. 7-A Lumbaan, Laoag City, Ilocos Norte 2900')}.")
L("--- Sungbat ti Support (support@canopywise.io) ---")
L("Agyamankami, naawatmi ti ticket. Pangngaasiyo ta dikay isurat ti password iti ticket; i-reset-mi babaen ti https://app.canopywise.io/reset.")
L(f"Na-revoke-mi ti key. Ti temporary password nga inted-mi ket {S(pws(14))} ket agpaso kalpasan ti 24 oras.")
L(f"Ti baro a bersion {V('5.2.1.185')} ket addaan ti fix para iti AUTH-E1107; kitaenyo ti changelog.")
L(f"No adda pay saludsodyo, kontaken ni {P('Marites Pascua')} (supervisor), {P('+63 918 530 2247')}.")
L("Naserraan ti ticket idi 2025-11-18 14:02 PHT babaen ti svc-helpdesk.")

# ---- g05 Helm values (English)
G(5, "Helm values-prod.yaml", "English")
L("# values-prod.yaml for chart chipper-telemetry 2.14.0 (cluster cw-prod-euw2)")
L(f"image: {{ repository: registry.canopywise.io/telemetry/chipper-ingest, tag: {V('2.14.0.31')}, digest: sha256:{sha256()} }}")
L("mqtt: { host: mqtt.canopywise.internal, port: 8883, existingSecret: chipper-mqtt-creds, secretKey: password }")
L(f"  influx: {{ url: http://influxdb.telemetry.svc:8086, org: canopywise, token: {S(influx())} }}")
L(f"  aws: {{ region: eu-west-2, accessKeyId: {S(akia())}, secretAccessKey: {S(aws_secret())} }}")
L("  awsExample: { accessKeyId: AKIAIOSFODNN7EXAMPLE, secretAccessKey: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY }  # AWS docs example, unit-test fixture only")
L(f"  # owner: {P('Hannah Oyelaran')} ({P('@hoyelaran')} on Slack), ask before bumping retention")
L(f"  pagerduty: {{ routingKey: {S(hexs(32))} }}")
L("  resources: { requests: { cpu: 250m, memory: 512Mi }, limits: { memory: 1Gi } }")
L(f'  alertContacts: ["{P("g.whitfield@outlook.com")}", "{P("+44 7700 183442")}"]  # {P("Grace")}\'s personal, temporary')
L(f"  grafana: {{ adminUser: admin, adminPassword: {S(pws(18))} }}")
L(f"  podAnnotations: {{ checksum/config: {sha256()} }}")
L(f"  fieldTestDevice: {{ serial: CHP-88-04127, assignedTo: {P('Dafydd Pritchard')}, homeBase: {P('14 Heol y Nant, Pontypridd CF37 4LT')} }}")
L("  serviceMonitor: { enabled: true, interval: 30s, metricRelabel: chipper_rpm_bucket }")

# ---- g06 psql session (English)
G(6, "psql session", "English")
L("billing=> \\conninfo")
L('You are connected to database "billing" as user "svc_billing_ro" on host "pg-billing-01.canopywise.internal" (address "10.42.3.17") at port "5432".')
L(f"billing=> ALTER ROLE billing_rw WITH PASSWORD '{S(pws(22))}';")
L("ALTER ROLE")
L(f"billing=> SELECT id, full_name, email, phone FROM contacts WHERE id = 'ct_{fl(12)}';")
L(f" ct_{fl(12)} | {P('Siobhán Ní Bhriain')} | {P('siobhan.nibhriain@eircom.net')} | {P('087 214 6639')}")
L("billing=> SELECT iban, holder FROM payout_accounts WHERE contractor_id = 88213;")
L(f" {P(ids.iban('IE', 'BOFI90001712348856'))} | {P('Ciarán Ó Dálaigh')}")
L("billing=> SELECT key_id, secret FROM api_keys WHERE council_id = 'cc_4471' AND revoked_at IS NULL;")
L(f" key_7Q2M | {S(cwk())}")
L(f"billing=> \\! PGPASSWORD='{S(pws(20))}' pg_dump -h pg-billing-01.canopywise.internal -U billing_rw billing > /tmp/billing.sql")
L(f" 2025-11-19 08:14:22+00 | login_ok | {P('81.153.42.207')} | {P('aoife.kennedy')}")
L(" 2025-11-19 08:14:25+00 | login_ok | 10.42.9.4 | svc-invoicing")

# ---- g07 call transcript (Waray)
G(7, "support call transcript", "Waray")
L("[00:00] Ahente: Maupay nga aga, Canopywise support ini, ticket CW-SUP-8455 ini nga tawag.")
L(f"[00:06] Kustomer: Maupay nga aga. Ako hi {P('Rodel Bacierto')}, taga City Environment Office han Tacloban.")
L("[00:14] Ahente: Ano an problema, sir? Nakikita ko an error nga INSP-E2031 ha inspect-api.")
L(f"[00:21] Kustomer: Diri nag-uupload an mga litrato han kahoy. An akon email {P('rodel.bacierto@yahoo.com')}, numero {P('0926 311 7784')}.")
L(f"[00:35] Kustomer: An akon password amo an {S(pw())}, basi may sayop ako nga gin-type.")
L("[00:41] Ahente: Sir, ayaw gad pagsiring han password ha tawag. Magpapadara ako hin reset link ha app.")
L(f"[00:58] Kustomer: Inabot na an code: {S(otp())}.")
L("[01:05] Ahente: Salamat. Gin-check ko an upload queue: inspect-upload-q ha cw-prod-apse1, 1,204 nga files an naghuhulat.")
L(f"[01:20] Kustomer: Kon kinahanglan niyo magpadara hin bag-o nga tablet, adto ha {P('Brgy. 54-A Sagkahan, Tacloban City 6500')}.")
L(f"[01:34] Kustomer: Ngan an API key nga gin-paste han akon kaupod ha Facebook group, {S(cwk())}, pwede niyo i-disable?")
L("[01:46] Ahente: Oo, gin-revoke ko na. An bag-o nga key makikita ha Settings > API, diri ko mababasa ha tawag.")
L(f"[02:02] Kustomer: Salamat. An akon superbisor hi {P('Marilou Caberte')}, pwede niyo tawagan ha {P('0917 205 6618')}.")
L("[02:15] Ahente: Sige, sir. Sarado na an tawag; an ticket CW-SUP-8455 naka-status na 'Waiting on customer'.")

# ---- g08 customer email (Hiligaynon)
G(8, "customer email", "Hiligaynon")
L("From: Iloilo City ENRO <enro.trees@iloilo-city.example.ph>")
L("To: support@canopywise.io | Subject: Re: [CW-SUP-8602] Indi makapag-sync ang field-app")
L(f"Date: Thu, 20 Nov 2025 09:41:07 +0800 | Message-ID: <{fl(24)}@mail.iloilo-city.example.ph>")
L(f"Maayong aga! Ako si {P('Ma. Cristina Jalandoni')}, ang bag-o nga GIS officer sang ENRO.")
L(f"Sang Lunes nag-update kami sa field-app {V('5.2.0.184')} kag kutob sadto indi na mag-sync; ang error SYNC-E0409.")
L(f"Gintilawan ko mag-login gamit ang admin account, password {S(pw())}, pero ginapangayo gihapon ang code.")
L(f"Ang code nga nag-abot sa akon: {S(otp())} (pero basi expired na).")
L(f"Kon may pamangkot kamo, tawgan lang ako sa {P('0918 774 2061')} ukon i-email sa {P('cristina.jalandoni@gmail.com')}.")
L(f'Gin-attach ko man ang config sang tablet: "sync_token": "{S(cwd())}", basi makabulig.')
L("Ang device ID: TAB-ILO-0042, serial R58N81KQ2XL; ang Android build: TP1A.220624.014.")
L(f"Ang bag-o nga tablet palihog ipadala sa {P('Blk 4 Lot 12, Villa Arevalo, Iloilo City 5000')}, atensyon kay {P('Ramon Ledesma')}.")
L("Salamat gid! -- Ginpadala halin sa Iloilo City ENRO, https://iloilo-city.example.ph/enro")
L("> Sang 2025-11-19, support@canopywise.io nagsulat: Palihog indi pag-ibutang ang password sa email.")

# ---- g09 Sentry event (English)
G(9, "Sentry event JSON", "English")
L(f'"event_id": "{hex32()}", "level": "error", "platform": "python", "release": "inspect-api@{V("7.3.1.92")}",')
L('"exception": {"values": [{"type": "IntegrityError", "value": "duplicate key value violates unique constraint \\"inspections_tree_id_ts_key\\""}]},')
L(f'"user": {{"id": "u_71822", "email": "{P("l.marchetti@libero.it")}", "ip_address": "{P("93.41.208.15")}", "username": "{P("lucia.marchetti")}"}},')
L(f'"request": {{"url": "https://api.canopywise.io/v2/inspections", "headers": {{"Authorization": "Bearer {S(jwt("usr_lm_71822", "inspect:write"))}"}}}},')
L(f'"request.cookies": {{"cw_session": "{S(r(48, URL))}", "cw_lang": "it-IT"}},')
L(f'"contexts": {{"trace": {{"trace_id": "{hex32()}", "span_id": "{hex16()}", "op": "http.server"}}}},')
L(f'"extra": {{"inspector_name": "{P("Lucia Marchetti")}", "inspector_phone": "{P("+39 347 812 4406")}"}},')
L(f'"extra.env": {{"DATABASE_URL": "postgresql://inspect:{S(pwu())}@pg-inspect-02.canopywise.internal:5432/inspect"}},')
L('"tags": {"cluster": "cw-prod-euw2", "pod": "inspect-api-7c9d5f6b8-x2kqp", "node": "ip-10-42-11-83.eu-west-2.compute.internal"},')
L(f'"breadcrumbs": [{{"category": "form", "message": "submitted tree report for {P("Via dei Mille 27, 40121 Bologna")}, owner {P("Giorgio Santangelo")}"}}],')
L(f'"extra.headers": {{"X-Api-Key": "{S(cwk())}", "X-Request-Id": "{uuid()}"}},')
L('"fingerprint": ["{{ default }}", "inspections_tree_id_ts_key"], "sdk": {"name": "sentry.python", "version": "2.18.0"}')
L(f'"extra.inspector": {{"dob": "{P("1987-03-14")}", "badge": "BO-INSP-0417"}},')

# ---- g10 HAR / curl trace (English)
G(10, "curl -v trace and HAR entries", "English")
L("$ curl -v 'https://api.canopywise.io/v2/trees?council=cc_2210&limit=50'")
L("* Connected to api.canopywise.io (104.18.22.181) port 443")
L(f"* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384; server certificate SHA-256 fingerprint {colon_fp(32)}")
L(f"> Authorization: Basic {S(basic('tiles-admin', pws(16)))}")
L(f"> Cookie: cw_session={S(r(48, URL))}; cw_lang=en-GB")
L(f"< HTTP/2 200 | x-request-id: {uuid()} | traceparent: 00-{hex32()}-{hex16()}-01")
L(f'< {{"id":"tr_58213","species":"Quercus robur","reported_by":"{P("Niamh Gallagher")}","reporter_phone":"{P("+353 86 402 7719")}"}}')
L(f'< {{"id":"tr_58214","address":"{P("3 Rathmines Park, Dublin 6, D06 X2K7")}","owner_email":"{P("niamh.gallagher84@gmail.com")}"}}')
hook, tok = slack_hook()
L(f'"request": {{"method": "POST", "url": "{hook}{S(tok)}", "httpVersion": "HTTP/2"}},')
L('"response": {"status": 429, "headers": [{"name": "retry-after", "value": "30"}, {"name": "x-ratelimit-bucket", "value": "trees:cc_2210"}]},')
L(f'"postData": {{"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=client_credentials&client_id=cw-tiles-render&client_secret={S(r(40, URL))}"}},')
L(f'"headers": [{{"name": "X-Forwarded-For", "value": "{P("86.44.119.203")}, 10.42.0.8"}}],')
L('"timings": {"dns": 2.1, "connect": 14.8, "ssl": 22.3, "wait": 188.4}, "serverIPAddress": "104.18.22.181"')

# ---- g11 web form (Kapampangan)
G(11, "web form submission", "Kapampangan")
L("Form: Pamag-request ning Tree Inspection (https://app.canopywise.io/forms/inspect-request), submission #F-20251121-0388")
L(f"Lagyu: {P('Dolores Manalang')}")
L(f"Address: {P('142 Consunji St., Sto. Niño, San Fernando, Pampanga 2000')}")
L(f"Numeru ning telepunu: {P('0927 418 6630')} | Email: {P('dolores.manalang@yahoo.com')}")
L(f"Aldo ning kebaitan: {P('14/02/1961')}")
L("Klase ning dutung: Acacia (Samanea saman), diameter 110 cm, malapit king kable ning kuryente")
L(f"Mensahi: Gawa ku ne ing account ku, ing password ku {S(pw())}, pero e ku makapag-upload litratu.")
L(f"Attachment: IMG_20251121_0842.jpg (sha256 {sha256()}), 3.4 MB")
L(f"Bayad (para king expedited inspection): card {P(ids.card('453212874409183'))} exp 08/27 CVV {S(r(3, DG))}")
L("Status: Miyabut na king queue inspect-requests-ph (cw-prod-apse1), SLA 5 aldo")
L(f"Internal note (svc-forms): mipasa king permit-sync kayabe ing header X-Api-Key: {S(cwk())}")
L(f"Submitted from 10.60.4.22 via lb-forms-apse1; user agent CanopywiseField/{V('5.2.0.184')} (Android 14)")
L(f"Note ning agent: Tinawagan ku ya i Mrs. {P('Manalang')}; ing one-time code a sinabi na {S(otp())}, verified.")
L("Salamat pu king pamanyulat. Ing reference yu: F-20251121-0388.")

# ---- g12 handover notes (Swati)
G(12, "shift handover notes", "Swati")
L("Emanothi ekushintja umsebenti: 2025-11-22 06:00 SAST, cluster cw-prod-afs1")
L("1. I-permit-sync iphindze yasebenta ngemuva kwe-restart; i-job permit-sync-cron-29401857 iphele ngaphandle kwemaphutha.")
L(f"2. Liphasiwedi le-admin le-Grafana ngilishintjile laba ngu-{S(pws(18))}; ngicela nilifake ku-Vault bese nisusa lomlayeto.")
L(f"3. Likhasimende {P('Sibusiso Dlamini')} (Mbombela Municipality) ucele kutsi simshayele ku-{P('076 418 2290')}.")
L(f"4. I-alert ChipperOfflineLong isachubeka ku-device CHP-ZA-0193; sitifiketi saphelelwa ngu-2025-11-21 (fingerprint SHA256:{b64fp()}).")
L(f"5. Ngisebentise i-token ye-GitHub kuze ngi-debug: {S(ghp())}; ngicela niyi-revoke.")
L(f"6. Inombolo yemazisi ka-{P('Nomcebo Mamba')} yekuhlola i-payout: {P(ids.sa_id('910417082408'))}.")
L("7. Ithikithi CW-OPS-3391 lisavulekile; silindzile i-vendor (load-shedding window 14:00-16:30).")
L(f"8. Likheli lekutfumela ithabhulethi: {P('17 Bester Street, Nelspruit, 1201')}, {P('Thandeka Nxumalo')}.")
L(f"9. I-kubeconfig ye-afs1 inayo i-token yemsebenti: token: {S(jwt('system:serviceaccount:ops:breakglass', 'k8s'))}")
L("10. I-PagerDuty schedule: kusebenta i-service account svc-oncall-afs1 kuze kube ngu-18:00.")
L("11. Ningabhali emaphasiwedi kulamanothi futsi; sebentisani `vault kv get secret/afs1/grafana`.")
L(f"12. {P('thandeka.nxumalo@webmail.co.za')} ukhala ngenkhokhelo; ngimtjele kutsi sitawuphendvula kusasa.")

# ---- g13 Ansible (English)
G(13, "Ansible playbook", "English")
L("- name: Configure chipper-telemetry edge gateways")
L("  hosts: edge_gateways:&cw_prod  # inventory/prod/hosts.ini, 41 hosts")
L(f'  vars: {{ mqtt_user: chipper-edge, mqtt_password: "{S(pws(20))}" }}')
L("  vars_files: [ vault/prod.yml ]  # ansible-vault encrypted, vault key in 1Password item ansible-vault-prod")
L('    ansible_become_password: "{{ vault_become_password }}"')
L(f'    authorized_key: {{ user: deploy, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{fl(43, AN + "+/")} deploy@canopywise" }}  # public key')
L(f'      copy: {{ dest: /etc/wireguard/wg0.conf, content: "[Interface]\\nPrivateKey = {S(wg_key())}\\nAddress = 10.88.0.14/24" }}')
L(f"    # TODO({P('dpritchard')}): {P('Dafydd')}'s home gateway is still on agent 4.2.0, it sits at {P('Flat 2, 9 Cathedral Road, Cardiff CF11 9HA')}")
L(f'      environment: {{ DOPPLER_TOKEN: "{S(doppler())}" }}')
L(f'    - get_url: {{ url: https://releases.canopywise.io/agent/{V("3.8.1.77")}/agent_linux_arm64.tar.gz, checksum: "sha256:{sha256()}" }}')
L(f'    - mail: {{ to: "{P("rhiannon.evans@btinternet.com")}", subject: "Gateway {{{{ inventory_hostname }}}} patched" }}')
L(f'# host_vars/gw-cardiff-07.yml: site_contact: "{P("Rhiannon Evans")}, {P("029 2034 8817")}"')
L("    - systemd: { name: chipper-agent, state: restarted }  # handler: restart chipper-agent")

# ---- g14 docker-compose (English)
G(14, "docker-compose.yml", "English")
L('version: "3.9"  # local stack for tiles-render, see docs/dev/compose.md')
L('  postgis: { image: postgis/postgis:16-3.4, ports: ["5433:5432"], environment: { POSTGRES_PASSWORD: changeme } }  # local-only default')
L(f'  tiles-render: {{ image: registry.canopywise.io/maps/tiles-render:{V("6.1.0.42")}, environment: {{ MAPBOX_SECRET_TOKEN: "{S(mapbox_sk())}" }} }}')
L(f"      - AWS_ACCESS_KEY_ID={S(akia())}")
L(f"      - AWS_SECRET_ACCESS_KEY={S(aws_secret())}")
L("      - S3_BUCKET=cw-tiles-prod-euw2")
L("      - DATABASE_URL=postgres://tiles:${TILES_DB_PASSWORD}@postgis:5432/tiles")
L(f'# ~/.docker/config.json used by the build: {{"auths":{{"registry.canopywise.io":{{"auth":"{S(basic("ci-pusher", pws(20)))}"}}}}}}')
L(f"  # maintainer: {P('Kwame Asante-Boateng')} <{P('kwame.ab@proton.me')}>")
L(f"      - SEED_ADMIN_EMAIL={P('yusuf.demir1990@gmail.com')}  # {P('Yusuf')}'s personal address, change before merge")
L(f"      - SEED_ADMIN_PHONE={P('+90 532 418 77 20')}")
L('    healthcheck: { test: ["CMD", "curl", "-f", "http://localhost:8080/healthz"], interval: 10s, retries: 5 }')
L(f'  redis: {{ image: redis:7.2.4-alpine@sha256:{sha256()}, command: ["redis-server", "--requirepass", "${{REDIS_PASSWORD:?set in .env}}"] }}')
L("      - OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4317")

# ---- g15 postmortem (Sepedi)
G(15, "incident postmortem", "Sepedi")
L("# Tlhahlobo ka morago ga tiragalo INC-2317: crew-dispatch e emile metsotso ye 47 (cw-prod-afs1)")
L("Kakaretšo: ka 2025-11-23 09:12 SAST crew-dispatch e thomile go bušetša 503; p99 e fihlile go 9.4s.")
L(f"Sebaki: phasewete ya DB (pg-dispatch-03) e fetotšwe ke Terraform PR #1842 (commit {sha40()}) eupša Secret ga se ya mpshafatšwa.")
L(f"Molato o mogolo: phasewete ye mpsha ya DB, {S(pws(22))}, e ngwadilwe ka seatla ka go ConfigMap crew-dispatch-env.")
L(f"Molaodi wa tiragalo: {P('Lerato Mokgadi')}; mothuši: {P('Tshepo Maphutha')}.")
L("Nako: 09:12 alert CrewDispatch5xxHigh e tšhumile, 09:15 PagerDuty e biditše svc-oncall-afs1, 09:59 rollback.")
L(f"Bohlatse: log ya pod e bontšhitše `DSN=postgres://dispatch:{S(pwu())}@10.50.2.31:5432/dispatch` (phasewete ya kgale).")
L(f"Moreki yo a amegilego: {P('Mmakgosi Sebola')} (Polokwane Municipality) o leditše go {P('082 514 3378')}.")
L(f"Gape: webhook ya Teams ya sehlopha e be e bonagala ka go screenshot: https://canopywise.webhook.office.com/webhookb2/{uuid()}@{uuid()}/IncomingWebhook/{S(hexs(32))}/{uuid()}")
L(f"Mošomi wa konteraka {P('Kgabo Mashabela')}, nomoro ya boitsebišo {P(ids.sa_id('880605511208'))}, o filwe phihlelelo ya nakwana.")
L("Dithuto: (1) Secret e tla tšwa go existingSecret: dispatch-db ka ExternalSecrets; (2) alert ge Secret e sa swane le DB.")
L("Mešomo: CW-OPS-3402 (rotate), CW-OPS-3403 (ExternalSecrets), CW-OPS-3404 (runbook); mong: sehlopha sa platform.")
L('Metriki: dispatch_http_requests_total{code="503"} e fihlile 18,420 ka metsotso ye 47.')

# ---- g16 runbook (Oshiwambo / Oshindonga)
G(16, "runbook RB-0217", "Oshiwambo (Oshindonga)")
L(f"# Runbook RB-0217: chipper-telemetry ngele inayi longa (cw-prod-afs1), versioni {V('3.2.0.7')}")
L("Omulandu 1: Tala ngele oopod otadhi longo: `kubectl -n telemetry get pods -l app=chipper-ingest -o wide`")
L("Omulandu 2: Ino nyola oshiholekwa muRunbook. Kutha ko: `vault kv get -field=token secret/afs1/influx`")
L(f"Omulandu 3 (sha nyolwa nale): `influx auth list --token {S(influx())}`")
L(f"Ngele Vault inayi longa, longitha break-glass: `psql \"postgresql://breakglass:{S(pwu())}@10.50.4.12:5432/telemetry\"`")
L(f"Omuhepeki gwoshikondo: {P('Ndapewa Shikongo')}, ongodi: {P('081 442 7391')}")
L(f"Ngele ina yamukula, ninga ongodi ku{P('Tangeni Amutenya')}, nenge {P('tangeni.amutenya@iway.na')}")
L("Omulandu 4: Tala oshipimo chipper_ingest_lag_seconds moGrafana (dashboard uid d7Kq2pT9z); ngele shi vulithe 300 s, ningeni restart.")
hook, tok = slack_hook()
L(f"Omulandu 5: Tuma etseyitho kuSlack: `curl -X POST {hook}{S(tok)} -d @msg.json`")
L("Omulandu 6: `kubectl -n telemetry rollout restart deploy/chipper-ingest`, tegelela 'successfully rolled out'.")
L(f"Oshilongitho CHP-NA-0044 oshi li megumbo lya {P('Selma Nghifikepunye')}, {P('Erf 1182, Ongwediva')}.")
L("Omulandu 7: Patulula ticket muJira (CW-OPS) noku gwedha label runbook-RB-0217.")
L(f"Oshinyolwa oshikulu (shi dhima po!): AWS_SECRET_ACCESS_KEY={S(aws_secret())}")

# ---- g17 nginx access log (English)
G(17, "nginx access/error log", "English")
L(f'{P("81.2.69.160")} - - [24/Nov/2025:08:14:02 +0000] "GET /v2/trees?council=cc_2210 HTTP/2.0" 200 5123 "-" "CanopywiseField/{V("5.2.0.184")} (Android 14)" rt=0.041')
L('10.42.0.8 - - [24/Nov/2025:08:14:03 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.001')
L(f'{P("213.205.198.44")} - - [24/Nov/2025:08:14:07 +0000] "GET /v2/export.csv?api_key={S(cwk())} HTTP/1.1" 200 88412 "-" "python-requests/2.32.3"')
L(f'{P("5.68.120.33")} - - [24/Nov/2025:08:14:09 +0000] "GET /reset/confirm?token={S(r(43, URL))}&email={P("o.bankole%40hotmail.com")} HTTP/2.0" 302 0 "-" "Mozilla/5.0"')
L('10.42.7.31 - svc-tiles [24/Nov/2025:08:14:11 +0000] "GET /tiles/14/8123/5447.pbf HTTP/1.1" 200 18233 "-" "tiles-render/6.1.0" rt=0.012')
L(f'{P("2a02:c7c:5d1e:4f00:8d2:91ff:fe3a:7b12")} - - [24/Nov/2025:08:14:15 +0000] "GET /v2/me HTTP/2.0" 200 612 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"')
L('2025/11/24 08:14:19 [warn] 31#31: *88213 upstream server temporarily disabled while connecting to upstream, upstream: "http://10.42.5.12:8080/v2/inspections"')
L(f'{P("94.174.11.92")} - - [24/Nov/2025:08:14:20 +0000] "GET /oauth/callback?code={S(r(32, URL))}&state=Zx81kQ HTTP/2.0" 302 0 "-" "Mozilla/5.0"')
L('127.0.0.1 - - [24/Nov/2025:08:14:22 +0000] "GET /nginx_status HTTP/1.1" 200 97 "-" "Prometheus/2.54.1"')
L(f'{P("81.2.69.161")} - {P("kasia.nowak")} [24/Nov/2025:08:14:30 +0000] "GET /v2/invoices?contact={P("kasia.nowak%40wp.pl")} HTTP/2.0" 200 2209 "-" "Mozilla/5.0"')
L(f'10.42.9.4 - - [24/Nov/2025:08:14:31 +0000] "POST /internal/events HTTP/1.1" 202 0 "-" "svc-invoicing/2.3.0" req_id={uuid()}')
L(f'{P("86.142.30.7")} - - [24/Nov/2025:08:14:40 +0000] "POST /hooks/stripe HTTP/1.1" 400 31 "-" "curl/8.5.0" auth="Bearer {S(sk_live())}"')
L("2025/11/24 08:15:02 [error] 31#31: *88240 client intended to send too large body: 10485761 bytes, client: 10.42.0.8, server: api.canopywise.io")

# ---- g18 syslog (English)
G(18, "syslog excerpt", "English")
L("Nov 25 03:12:01 gw-cardiff-07 CRON[21877]: (root) CMD (/usr/local/bin/chipper-agent --flush)")
L(f"Nov 25 03:12:44 bastion-euw2 sshd[4412]: Accepted publickey for {P('mferreira')} from {P('176.24.88.190')} port 51422 ssh2: ED25519 SHA256:{b64fp()}")
L("Nov 25 03:12:45 bastion-euw2 sshd[4412]: pam_unix(sshd:session): session opened for user svc-backup(uid=1104) by (uid=0)")
L(f"Nov 25 03:13:02 bastion-euw2 sshd[4420]: Failed password for invalid user {P('grace.whitfield')} from {P('82.132.240.17')} port 60211 ssh2")
L(f"Nov 25 03:13:09 bastion-euw2 sshd[4420]: Invalid user {S(pw())} from {P('82.132.240.17')} port 60214")
L("Nov 25 03:14:00 pg-billing-01 postgres[1822]: [3-1] LOG:  checkpoint complete: wrote 4121 buffers (2.5%); sync files=88")
L(f"Nov 25 03:14:31 app-euw2-04 billing-svc[9931]: DEBUG outbound POST https://api.stripe.com/v1/refunds headers={{'Authorization': 'Bearer {S(rk_live())}'}}")
L("Nov 25 03:15:10 app-euw2-04 kernel: [812344.117] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.")
L(f"Nov 25 03:15:44 app-euw2-04 sudo[10022]: svc-deploy : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/mysql -u root -p{S(pws(16))} -e FLUSH PRIVILEGES")
L(f"Nov 25 03:16:02 mail-euw2 postfix/smtp[7781]: 4Y7kQm2nZ1z9tR: to=<{P('hannah.oyelaran@icloud.com')}>, relay=mx01.mail.icloud.com[17.57.155.23]:25, status=sent")
L(f"Nov 25 03:16:40 app-euw2-04 systemd[1]: Started billing-svc.service - Canopywise billing {V('2.3.0.118')}.")
L("Nov 25 03:17:05 vault-01 vault[802]: core: successfully rotated keyring: term=14")
L(f"Nov 25 03:17:55 app-euw2-04 billing-svc[9931]: WARN invoice INV-2025-11-04412 for {P('Aoife Kennedy')} bounced, phone on file {P('+353 87 915 2260')}")

# ---- g19 WhatsApp crew chat (Mooré)
G(19, "WhatsApp field-crew chat export", "Mooré")
L(f"24/11/2025, 07:58 - Canopywise Bot: crew-dispatch v{V('4.19.0.112')} kẽe cw-prod-afs1 (commit {sha7()}).")
L(f"24/11/2025, 08:01 - {P('Boukary Ouédraogo')}: Ne y yibeoogo! Tablett TAB-OUA-0017 pa kẽed app wã ye, a wilgda SYNC-E0409.")
L(f"24/11/2025, 08:03 - {P('Boukary Ouédraogo')}: M sẽn maan paase wã la {S(pw())}, la a pa tõe ye.")
L(f"24/11/2025, 08:05 - Canopywise Bot: Ticket CW-SUP-8811 pakame. Trace {hex32()}.")
L(f"24/11/2025, 08:07 - {P('Awa Zongo')}: M na n bool-f. F nimero yaa {P('+226 70 41 82 29')}?")
L(f"24/11/2025, 08:09 - {P('Awa Zongo')}: Code ning sẽn wa: {S(otp())}. Ra wilg ned ye!")
L("24/11/2025, 08:12 - Canopywise Bot: field_app_sync_errors_total cw-prod-afs1 pʋgẽ = 0.")
L(f"24/11/2025, 08:15 - {P('Boukary Ouédraogo')}: Tʋm-y tablett paalgã {P('Secteur 15, Rue 15.42, porte 118, Ouagadougou')}.")
L(f"24/11/2025, 08:18 - {P('Awa Zongo')}: Token ning f sẽn na n tall: Authorization: Bearer {S(cwd())}")
L(f"24/11/2025, 08:20 - Canopywise Bot: Ticket CW-SUP-8811 yaoolame. Versio {V('5.2.1.185')} tara fix.")
L(f"24/11/2025, 08:25 - {P('Awa Zongo')}: Barka! M email yaa {P('awa.zongo@yahoo.fr')}.")
L("24/11/2025, 08:30 - Canopywise Bot: Ra gʋls-y paase chat pʋgẽ ye; tʋm-y ne https://app.canopywise.io/reset.")
L("24/11/2025, 08:33 - Canopywise Bot: Tiiga TR-BF-55102 (Khaya senegalensis) inspection sɛbr yaoolame.")

# ---- g20 Jira export (Komi)
G(20, "Jira issue export", "Komi")
L("CW-OPS-3410 | Тип: Задача | Статус: In Progress | Приоритет: High | Компонент: permit-sync")
L("Шыӧд: permit-sync оз вермы ыстыны документъяс Сыктывкар карса администрацияӧ, код PERMIT-E0502")
L(f"Исполнитель: {P('Ольга Канева')} | Автор: {P('Иван Попов')}")
L(f"Лог: 2025-11-25T10:14:07Z ERROR permit-sync trace_id={hex32()} upstream=https://permits.syktyvkar-adm.example.ru returned 502")
L(f"Комментарий ({P('Иван Попов')}): тестӧвӧй стенд вылын пароль {S(pw())}, прод вылын мӧд.")
L(f"Комментарий: администрацияысь API-ключ: {S(hexs(40))} (ыстісны {P('Ольгалы')} электроннӧй поштаӧд).")
L(f"Администрацияын контакт: {P('Николай Игушев')}, тел. {P('8 (8212) 24-61-09')}, {P('n.igushev@mail.ru')}")
L(f"Связь: CW-OPS-3391, CW-OPS-3404; Fix Version: permit-sync {V('1.12.0.5')}")
L(f"Комментарий ({P('Ольга Канева')}): ключсӧ вежи, выльсӧ пукті Vault-ӧ, но CI-ын на вӧлі GITLAB_TOKEN={S(glpat())}")
L(f"Вложение: скан_паспорт.pdf, {P('Канева Ольга Петровна')}, СНИЛС {P(ids.snils('138402617'))}, ИНН {P(ids.inn12('1101462830'))}")
L(f"Вложение: permit-sync-heap.pprof (sha256 {sha256()}), 12 MB")
L("Worklog: 3h 20m; Sprint: OPS-2025-47; Labels: komi, permits, integration")
L(f"Комментарий (svc-jira-automation): статус вежсис In Review вылӧ, MR !812 (commit {sha7()}).")

# ---- g21 Terraform (English)
G(21, "Terraform", "English")
L('resource "aws_db_instance" "dispatch" {')
L('  identifier = "pg-dispatch-03"  engine_version = "16.4"  instance_class = "db.r6g.large"')
L(f'  password   = "{S(pws(24))}"  # TODO move to secrets manager before merge')
L('  master_password = random_password.billing.result  # billing uses the generated secret')
L(f'provider "cloudflare" {{ api_token = "{S(cf_token())}" }}')
L('provider "aws" { region = "eu-west-2"  assume_role { role_arn = "arn:aws:iam::481733920154:role/terraform-deployer" } }')
L(f'variable "datadog_app_key" {{ default = "{S(hexs(40))}" }}')
L(f'  tags = {{ Owner = "{P("priya.raman@canopywise.io")}", CostCentre = "CC-410", Team = "platform" }}')
L(f'resource "aws_iam_user" "{P("mferreira")}" {{ name = "{P("mateo.ferreira")}" }}')
L('module "vpc" { source = "terraform-aws-modules/vpc/aws"  version = "5.13.0"  cidr = "10.42.0.0/16" }')
L(f"# break-glass contact: {P('Grace Whitfield')} {P('07412 556093')} (personal mobile, agreed 2025-10-02)")
L('output "dispatch_endpoint" { value = aws_db_instance.dispatch.endpoint  sensitive = false }')
L('terraform { backend "s3" { bucket = "cw-tfstate-euw2", key = "prod/dispatch.tfstate", dynamodb_table = "cw-tf-locks" } }')
L(f'# from `terraform state pull`: "private_key_pem": "-----BEGIN RSA PRIVATE KEY-----\\n{S(rsa_body())}\\n..."')

# ---- g22 GitHub Actions log (English)
G(22, "GitHub Actions CI log", "English")
L("2025-11-26T09:01:12.4412Z ##[group]Run actions/checkout@v4.2.2")
L(f"2025-11-26T09:01:13.0021Z HEAD is now at {sha40()} Merge pull request #1907 from canopywise/renovate/node-22.x")
L("2025-11-26T09:01:20.9930Z env: NPM_TOKEN: ***  REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}")
L(f"2025-11-26T09:01:44.2201Z npm notice Publishing to https://registry.npmjs.org/ with //registry.npmjs.org/:_authToken={S(npm_tok())}")
L(f"2025-11-26T09:02:03.5512Z + docker login registry.canopywise.io -u ci-pusher -p {S(pws(20))}")
L("2025-11-26T09:02:04.0010Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.")
L(f"2025-11-26T09:02:30.7718Z Author: {P('Olumide Bankole')} <{P('olumide.bankole@hotmail.com')}>")
L(f"2025-11-26T09:03:11.2044Z DEBUG: gh api -H 'Authorization: token {S(ghs())}' /repos/canopywise/crew-dispatch/deployments")
L(f"2025-11-26T09:03:40.1190Z Successfully built sha256:{sha256()}; pushed registry.canopywise.io/dispatch/crew-dispatch:{V('4.19.0.112')}")
L(f"2025-11-26T09:04:02.3301Z test_invoice_pdf: fixture contact {P('Aisling Byrne')}, {P('12 Clonskeagh Road, Dublin 14, D14 H2N3')}")
L(f"2025-11-26T09:04:05.8812Z FAIL test_payout: expected IBAN {P(ids.iban('NL', 'RABO0312849937'))} for {P('Joost van der Berg')}")
L("2025-11-26T09:04:05.9001Z   at tests/test_payout.py:88, AssertionError (run 11931847412, attempt 2)")
L("2025-11-26T09:04:30.0000Z ##[error]Process completed with exit code 1. Job 31822990517 on runner cw-runner-euw2-07")

# ---- g23 shell session (Mari)
G(23, "shell session", "Mari (Meadow)")
L("$ kubectl config use-context cw-prod-euw2   # кызыт prod кластер дене пашам ыштем")
L('Switched to context "cw-prod-euw2".')
L("$ kubectl -n billing get secret billing-db -o jsonpath='{.data.password}' | wc -c   # пароль кужытым гына ончем")
L(f"$ export PGPASSWORD='{S(pws(20))}'   # тидым вара history гыч кораҥдаш кӱлеш")
L(f"$ mysql -h 10.42.3.40 -u reports -p'{S(pws(16))}' reports -e 'SELECT COUNT(*) FROM invoices'")
L("| COUNT(*) | 41822 |")
L(f"$ grep -i '{P('таныгина')}' /var/log/billing/refunds.log   # {P('Марина Таныгинан')} оксажым кузе пӧртеныт, ончем")
L(f"2025-11-26 11:02:41 refund ok contact={P('Таныгина Марина Ивановна')} phone={P('+7 927 884-12-07')} city=Йошкар-Ола")
L(f"2025-11-26 11:02:41 refund ok inn={P(ids.inn12('1215038472'))} address={P('ул. Пушкина, д. 21, кв. 5, Йошкар-Ола, 424000')}")
L(f"$ curl -s -H 'X-Api-Key: {S(cwk())}' https://api.canopywise.io/v2/refunds/RF-88120 | jq .status   # prod ключ")
L('"completed"')
L("$ vault kv get -field=password secret/euw2/billing/db   # пароль тыште, кидыште огыл")
L("$ history -d 1042 && history -w   # пароль дене командым кораҥдышым")

# ---- g24 customer email (Erzya)
G(24, "customer email", "Erzya")
L("Кинь-гак: Саранскоень ошонь администрация <eco@adm-saransk.example.ru> | Кинень: support@canopywise.io")
L("Тема: [CW-SUP-8930] permit-sync: PERMIT-E0502 ошибкась (2025-11-27)")
L(f"Шумбрат! Монь лемем {P('Инна Кирдяшкина')}, мон экологиянь отделсэ важодян.")
L(f"Колмо чи permit-sync а кучи документтнэнь; логсо: trace_id={hex32()}, code=PERMIT-E0502.")
L(f"Миненек максызь тест учётной запись: login eco_admin, пароль {S(pw())}.")
L(f"Вана API-ключесь, конань кучизе {P('Виктор Рябов')}: {S(hexs(40))}.")
L(f"Монь телефонозо: {P('+7 937 512-44-18')}, личной почтам: {P('kirdyashkina.inna@yandex.ru')}.")
L(f"Сервер: permits.adm-saransk.example.ru (10.15.2.8 ушодксонь сетьсэ), TLS сертификатонь SHA-1 {colon_fp(20)}.")
L(f"Кагазонть кучодо: {P('ул. Большевистская, 31, кв. 14, Саранск, 430005')}, {P('Кирдяшкинанень')}.")
L(f"P.S. SMS-код: {S(otp())}, сась кавксть, а содан мезекс.")
L("Сюкпря! Ошонь администрациянь экологиянь отдел, тел. 8 (8342) 47-00-00")
L("> 2025-11-26, support@canopywise.io сёрмадсь: Вешетяно, иляс кучо паролть сёрмасо.")
L(f"Вложение: permit-log-2025-11-27.zip (sha256 {sha256()})")

# ---- g25 mysql session (English)
G(25, "mysql session", "English")
L("mysql> SELECT @@hostname, @@version;  -- mysql-reports-02 | 8.0.39")
L(f"mysql> CREATE USER 'looker'@'10.42.%' IDENTIFIED BY '{S(pws(20))}';")
L("Query OK, 0 rows affected (0.02 sec)")
L("mysql> SELECT id, council, plan, mrr_gbp FROM subscriptions ORDER BY mrr_gbp DESC LIMIT 3;")
L("| 4471 | cc_4471 | enterprise | 18400.00 |")
L(f"| 88213 | {P('Ciarán Ó Dálaigh')} | {P('ciaran.odalaigh@gmail.com')} | {P('+353 85 117 3094')} |")
L(f"| 88214 | {P('Benedikt Hauser')} | {P(ids.iban('DE', '500105175407324931'))} | DOB {P('1979-08-23')} |")
L(f"mysql> UPDATE integrations SET secret = '{S(hexs(32))}' WHERE provider = 'twilio' AND account_sid = 'AC{fl(32)}';")
_c = ids.card("522908117734402")
L(f"| 7731 | card_last4={_c[-4:]} | pan={P(_c)} | holder={P('Benedikt Hauser')} |")
L("mysql> SHOW GRANTS FOR 'svc_reports'@'10.42.%';")
L(f"mysql> -- note: root creds for reports-02 are root / {S(pws(18))} until the vault migration (OPS-3402)")
L("| GRANT SELECT ON `reports`.* TO `svc_reports`@`10.42.%` |")
L(f"| 91022 | {P('Zofia Kowalczyk')} | PESEL {P(ids.pesel('8503120784'))} | {P('ul. Długa 14/3, 80-827 Gdańsk')} |")

# ---- g26 code diff (English)
G(26, "code diff", "English")
L("diff --git a/services/notify-gw/config.py b/services/notify-gw/config.py")
L(f"index {sha7()}..{sha7()} 100644")
L("@@ -12,9 +12,11 @@ class Settings(BaseSettings):")
L(f'-    TWILIO_AUTH_TOKEN = "{S(hexs(32))}"')
L('+    TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]  # from existingSecret notify-gw-twilio')
L(f'-    TELEGRAM_BOT_TOKEN = "{S(telegram())}"')
L(f'+    OPENAI_API_KEY = "{S(openai_key())}"  # temp, remove before merge')
L(f'-    ADMIN_NOTIFY = ["{P("+44 7823 610452")}", "{P("olumide.bankole@hotmail.com")}"]')
L('+    ADMIN_NOTIFY = ["ops@canopywise.io", "+44 117 496 0321"]  # role mailbox + switchboard')
L(f"+# Co-authored-by: {P('Aisling Byrne')} <{P('aisling.byrne@canopywise.io')}>")
L(f'-    SENTRY_AUTH_TOKEN = "{S(sentry_tok())}"')
L('+    TEST_STRIPE_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  # Stripe docs example key')
L(f"     # reviewed by {P('@kwame-ab')} and {P('@hoyelaran')}")
L('+    SMS_TEMPLATE_ID = "otp_v3"; OTP_TTL_SECONDS = 300; RETRY_BACKOFF = (1, 2, 4, 8)')

# ---- g27 Telegram chat (Kumyk)
G(27, "Telegram group chat", "Kumyk")
L(f"[27.11.2025 10:02] Canopywise Bot: crew-dispatch v{V('4.19.0.112')} cw-prod-euw2-де ишлей (commit {sha7()}).")
L(f"[27.11.2025 10:04] {P('Ахмед Мусаев')}: Салам! Буйнакскидеги бригаданы планшети ишлемей, SYNC-E0409 чыгъа.")
L(f"[27.11.2025 10:06] {P('Ахмед Мусаев')}: Тюнегюн паролну алышдырдым: {S(pw())}, планшетде эски пароль къалгъан.")
L("[27.11.2025 10:07] Canopywise Bot: Паролланы чатда язмагъыз. `vault kv get secret/euw2/field-app` къолланыгъыз.")
L(f"[27.11.2025 10:09] {P('Зарема Алиева')}: {P('Ахмедге')} бугюн янгы планшет йиберебиз. Адрес: {P('г. Буйнакск, ул. Ленина, 54, кв. 9')}")
L(f"[27.11.2025 10:11] {P('Зарема Алиева')}: Ботну токени: {S(telegram())}, тез алышдырыгъыз.")
L(f"[27.11.2025 10:13] Canopywise Bot: Тикет CW-SUP-9014 ачылды, trace_id={hex32()}.")
L(f"[27.11.2025 10:15] {P('Ахмед Мусаев')}: Мени телефон номерим {P('+7 928 541-07-33')}, {P('Алиевагъа')} да билдирдим.")
L(f"[27.11.2025 10:18] {P('Зарема Алиева')}: SMS код гелди: {S(otp())}.")
L("[27.11.2025 10:20] Canopywise Bot: field_app_sync_errors_total=0 (cw-prod-euw2), тикет CW-SUP-9014 къапалды.")
L(f"[27.11.2025 10:22] {P('Зарема Алиева')}: Мени СНИЛС-им {P(ids.snils('157233948'))}, HR формагъа тюшмеген, къарагъыз.")
L("[27.11.2025 10:25] Canopywise Bot: 5.2.1 версия Google Play-де бар; changelog: https://canopywise.io/changelog#5-2-1")
L("[27.11.2025 10:26] Canopywise Bot: Эсгертив: бу чатда паролланы ва кодланы язмагъыз.")

# ---- g28 support ticket (Kabardian)
G(28, "support ticket", "Kabardian")
L(f"Тикет #CW-SUP-9120 | Приоритет: P2 | Продукт: inspect-api {V('7.3.1.92')} | Статус: Open")
L(f"Уи махуэ фӀыуэ! Си цӀэр {P('Хьэкъун Мадинэ')}щ, Налшык къалэ администрацэм сыщолажьэ.")
L(f"Inspect-api-м сурэтхэр иратыркъым, хэукъуэныгъэр: INSP-E2031, request_id {uuid()}.")
L(f"Си паролыр {S(pw())}, ауэ ари лажьэркъым.")
L(f"Си телефоныр: {P('+7 928 713-20-56')}, си почтэр: {P('madina.khakunova@mail.ru')}.")
L(f"Ди IT-м API-ключ къыдитащ: {S(cwk())}.")
L("--- Жэуап: support@canopywise.io ---")
L("Упсэу, тикетыр къытӀэрыхьащ. Паролыр тикетым итхэ хъунукъым; https://app.canopywise.io/reset къэвгъэсэбэп.")
L(f"Агент: ключыр дгъэувыӀащ. Уи пароль зэманкӀэщ: {S(pws(14))} (сыхьэт 24).")
L(f"Планшетыр дутӀыпщынущ: {P('Налшык, Кешоков уэрам, 44, фэтэр 17')}, {P('Шогенов Асланым')} и цӀэкӀэ.")
L(f"Версиэ {V('7.3.2.91')}-м INSP-E2031 зэрагъэзэхуэжащ; changelog: https://canopywise.io/changelog")
L(f"Си унафэщӀыр: {P('Тхьэгъэзит Залымхъан')}, {P('8 (8662) 42-17-93')}.")
L("Тикетыр зэхуащӀащ 2025-11-28 16:40 MSK, svc-helpdesk.")

# ---- g29 Python traceback (English)
G(29, "Python traceback", "English")
L("Traceback (most recent call last):")
L('  File "/srv/app/billing/payouts.py", line 214, in run_batch')
L(f'    conn = psycopg.connect("host=pg-billing-01.canopywise.internal user=billing_rw password={S(pws(20))} dbname=billing")')
L('  File "/usr/local/lib/python3.12/site-packages/stripe/_api_requestor.py", line 197, in request')
L("stripe._error.AuthenticationError: Invalid API Key provided: rk_live_*********************Qm7T")
L(f"Local variables: api_key = '{S(rk_live())}', idempotency_key = '{uuid()}'")
L(f"Local variables: payee = {{'name': '{P('Lena Schröder')}', 'iban': '{P(ids.iban('DE', '100700240938271650', grouped=False))}', 'dob': '{P('23.08.1979')}'}}")
L(f"Local variables: notify_to = '{P('lena.schroeder@web.de')}', phone = '{P('+49 151 2844 0917')}'")
L(f'  File "/srv/app/billing/payouts.py", line 188, in _post  # payout batch PB-2025-11-29-03, trace {hex32()}')
L(f"Local variables: address = '{P('Lindenstraße 42, 10969 Berlin')}', steuer_id = '{P(ids.steuer_id('4715032816'))}'")
L(f"Local variables: headers = {{'Authorization': 'Basic {S(basic('payouts', pws(18)))}', 'User-Agent': 'billing-svc/2.3.0'}}")
L("ERROR 2025-11-29T06:00:14Z billing.payouts batch=PB-2025-11-29-03 failed attempt=3 next_retry=2025-11-29T06:15:00Z")
L(f"sentry: event {hex32()} sent (release billing-svc@{V('2.3.0.118')})")

# ---- g30 k8s Secret (English)
G(30, "Kubernetes Secret manifest", "English")
L("apiVersion: v1")
L("kind: Secret")
L('metadata: { name: notify-gw-creds, namespace: notify, annotations: { reloader.stakater.com/match: "true" } }')
L("type: Opaque")
L(f"data: {{ TWILIO_AUTH_TOKEN: {S(b64(hexs(32)))} }}")
L(f"  SENDGRID_API_KEY: {S(b64(sendgrid()))}")
L(f'stringData: {{ SLACK_BOT_TOKEN: "{S(xoxb())}", SLACK_SIGNING_SECRET: "{S(hexs(32))}" }}')
L(f'  ESCALATION_PHONE: "{P("+44 7958 301264")}"  # {P("Olumide")}\'s mobile')
L(f"  # created by {P('kwame.asante-boateng')} via kubectl apply --server-side (2025-11-29)")
L("  # SMTP_PASSWORD comes from ExternalSecret notify-gw-smtp (vault path secret/euw2/notify/smtp)")
L("  TWILIO_ACCOUNT_SID_REF: existingSecret:notify-gw-twilio/accountSid")
_dcj = json.dumps({"auths": {"registry.canopywise.io": {"auth": basic("notify-pull", pws(20))}}}, separators=(",", ":"))
L(f"  .dockerconfigjson: {S(b64(_dcj))}")
L(f'  ONCALL_ROTA: "{P("Hannah Oyelaran")},{P("Mateo Ferreira")},{P("Priya Raman")}"')
L(f'  TLS_CERT_SHA1: "{colon_fp(20)}"')

# ---- g31 call transcript (Niuean)
G(31, "support call transcript", "Niuean")
L("[00:00] Tagata lagomatai: Fakaalofa lahi atu, ko Canopywise support e, tiketi CW-SUP-9233.")
L(f"[00:05] Tagata fakaaoga: Fakaalofa lahi atu. Ko e higoa haaku ko {P('Lofa Ikimau')}, mai he Department of Environment i Alofi.")
L("[00:12] Tagata lagomatai: Ko e heigoa e lekua? Kitia e au e hehē INSP-E2031 he inspect-api, cw-prod-apse1.")
L(f"[00:20] Tagata fakaaoga: Nākai maeke ke hu au. Ko e kupu fufū haaku ko {S(pw())}.")
L("[00:27] Tagata lagomatai: Fakamolemole, ua talahau e kupu fufū he telefoni. To fakafano e au e link ke liu fakatoka.")
L(f"[00:38] Tagata fakaaoga: Ko e numela telefoni haaku ko {P('+683 4127')}, mo e imeli {P('lofa.ikimau@gmail.com')}.")
L(f"[00:51] Tagata fakaaoga: Hoko mai e code: {S(otp())}.")
L("[00:58] Tagata lagomatai: Fakaaue. Ko e upload queue inspect-upload-q he cw-prod-apse1 kua 312 e tau faila ne fakatali.")
L(f"[01:10] Tagata fakaaoga: Ko e tuaga tohi haaku: {P('PO Box 118, Tuapa, Niue')}.")
L(f"[01:22] Tagata fakaaoga: Ko e API key ne tohi he papa he ofisa: {S(cwk())}. Maeke ia koe ke tapuni?")
L("[01:35] Tagata lagomatai: E, kua tapuni e au. Kitia e key fou i Settings > API.")
L(f"[01:47] Tagata fakaaoga: Ko e pule haaku ko {P('Sione Fereti')}, numela {P('+683 5219')}.")
L("[01:58] Tagata lagomatai: Fakaaue lahi. Tiketi CW-SUP-9233: 'Waiting on customer'.")

# ---- g32 SMS thread (Mandinka)
G(32, "SMS support thread", "Mandinka")
L(f"29/11 08:00 CANOPYWISE: crew-dispatch v{V('4.19.0.112')} bi ka dookuwo cw-prod-afs1 kaŋ.")
L(f"29/11 08:03 {P('+220 770 4182')}: I ni sooma. N too mu {P('Ebrima Darboe')} le ti, Brikama tree team. Tablet buka dookuwo, SYNC-E0409.")
L(f"29/11 08:05 {P('+220 770 4182')}: N ye password faleeyaa, a le mu {S(pw())}.")
L("29/11 08:06 CANOPYWISE: Kana password safee SMS kono. Reset: https://app.canopywise.io/reset")
L(f"29/11 08:09 CANOPYWISE: Canopywise code: {S(otp())}. A kana dii moo la.")
L(f"29/11 08:12 {P('+220 990 2267')}: {P('Fatou Sanneh')} le mu. Tablet kutoo kiliŋ {P('Ebrima')} ye: {P('Sukuta, Kombo North, near the Sukuta health centre')}.")
L(f"29/11 08:14 CANOPYWISE: Ticket CW-SUP-9301 ka yelaa. Ref {fl(12)}.")
L(f"29/11 08:20 {P('+220 990 2267')}: API key min be whiteboard kaŋ: {S(cwk())}.")
L(f"29/11 08:22 {P('+220 990 2267')}: N na email mu {P('fatou.sanneh@gmail.com')} ti.")
L(f"29/11 08:25 CANOPYWISE: Key koridoo kuntuta le. Kutoo: Settings > API. Version {V('5.2.1.185')}.")
L("29/11 08:30 CANOPYWISE: field_app_sync_errors_total = 0 (cw-prod-afs1). Abaraka.")
L(f"29/11 08:33 {P('+220 770 4182')}: Abaraka baake! {P('Binta Ceesay')} fanaŋ ka i kontoo.")
L("29/11 08:35 CANOPYWISE: Ticket CW-SUP-9301 ka tu. Tree TR-GM-20417 inspection ka dafaa.")

# ---- g33 CSV export (English)
G(33, "CSV contact export", "English")
L("contact_id,council_id,full_name,email,phone,address,dob,iban,notes")
L(f"ct_0001,cc_2210,{P('Eoin Brennan')},{P('eoin.brennan@eircom.net')},,\"{P('7 Seapoint Avenue, Blackrock, Co. Dublin, A94 N2X4')}\",{P('1990-06-11')},,")
L(f"ct_0002,cc_4471,{P('Marloes de Vries')},,{P('06 1842 7730')},,,{P(ids.iban('NL', 'INGB0006284139', grouped=False))},BSN {P(ids.bsn('23781045'))}")
L("ct_0003,cc_4471,Parks Department (role),parks@utrecht.example.nl,030 286 0000,,,,shared mailbox")
L(f"ct_0004,cc_5102,{P('Ingrid Solberg')},{P('ingrid.solberg@online.no')},{P('+47 412 88 530')},,,{P(ids.iban('NO', ids.no_bban('1503882741'), grouped=False))},fnr {P(ids.fnr('120588497'))}")
L(f"ct_0005,cc_5102,svc-import,,,,,,\"api_key={S(cwk())} (pasted from onboarding, rotate)\"")
L(f"ct_0006,cc_6003,{P('Pedro Salgado')},{P('pedro.salgado@gmail.com')},,,,,\"portal password: {S(pw())}\"")
L("ct_0007,cc_6003,svc-gis-sync,gis-sync@canopywise.io,,,,,bot account; token in vault secret/euw2/gis-sync")
L(f"ct_0008,cc_7010,{P('Aino Virtanen')},,,,,,\"SSO recovery codes: {S(r(5, LO + DG) + '-' + r(5, LO + DG))} {S(r(5, LO + DG) + '-' + r(5, LO + DG))}\"")
L("ct_0009,cc_7010,Tree Team (role),puut@espoo.example.fi,+358 9 816 00000,,,,switchboard")
L(f"# exported 2025-11-30T07:00:02Z by svc-exporter, rows=12, sha256={sha256()}")
L("ct_0010,cc_2210,REDACTED,r***@***.ie,+353 ** *** ****,,,IE** **** **** **** **** **,masked per DSR-0417")
L(f"ct_0011,cc_8120,{P('Lucía Ortega Ruiz')},,,,{P('1984-12-02')},{P(ids.iban('ES', ids.es_bban('2100', '1642', '0200173958')))},DNI {P(ids.dni('47382915'))}")
L(f"ct_0012,cc_5102,{P('Kari Nordmann-Haugen')},{P('kari.haugen@gmail.com')},{P('+47 934 20 118')},\"{P('Storgata 14B, 0184 Oslo')}\",,,")

# ---- g34 Alertmanager webhook (English)
G(34, "Alertmanager webhook payload", "English")
L('{"receiver":"pagerduty-platform","status":"firing","groupKey":"{}/{severity=\\"page\\"}:{alertname=\\"ChipperOfflineLong\\"}","version":"4",')
L('"labels":{"alertname":"ChipperOfflineLong","cluster":"cw-prod-afs1","device":"CHP-ZA-0193","severity":"page"},')
L(f'"annotations":{{"summary":"Chipper CHP-ZA-0193 offline > 6h","runbook_url":"https://runbooks.canopywise.io/RB-0217"}},"fingerprint":"{hex16()}",')
L(f'"annotations":{{"description":"Device assigned to {P("Sipho Khumalo")} ({P("072 611 4093")}) last seen from {P("41.13.88.202")}"}},')
hook, tok = slack_hook()
L(f'"externalURL":"http://alertmanager.monitoring.svc:9093","receiver_config":{{"slack_api_url":"{hook}{S(tok)}"}},')
L('"startsAt":"2025-11-30T04:12:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.monitoring.svc:9090/graph?g0.expr=chipper_last_seen_seconds+%3E+21600",')
L(f'"receiver_config":{{"pagerduty_configs":[{{"routing_key":"{S(hexs(32))}"}}]}},')
L(f'"labels":{{"alertname":"LoginAnomaly","user":"{P("sipho.khumalo")}","src_ip":"{P("105.224.17.93")}","country":"ZA"}},')
L(f'"annotations":{{"debug":"probe used https://blackbox:{S(pwu(18))}@probe.canopywise.io/metrics"}},')
L(f'"labels":{{"alertname":"CertExpiringSoon","instance":"api.canopywise.io:443","serial":"{colon_fp(16)}","days_left":"13"}},')
L(f'"annotations":{{"description":"Refund RF-88431 stuck for customer {P("Thabo Molefe")}, email {P("thabo.molefe@gmail.com")}"}},')
L('"truncatedAlerts":0,"commonLabels":{"cluster":"cw-prod-afs1","team":"platform"},"commonAnnotations":{}}')
L('"labels":{"alertname":"Watchdog","prometheus":"monitoring/k8s","severity":"none"},"status":"firing",')
L(f'"http_config":{{"authorization":{{"type":"Bearer","credentials":"{S(glsa())}"}}}},')

# ---- g35 web chat (Fon)
G(35, "website live-chat log", "Fon")
L("[09:00] Canopywise bot: A fɔ́n ganji à? Chat ɔ ɖò kanxoxo: CW-CHAT-44120.")
L(f"[09:01] {P('Sèna Agossou')}: Un fɔ́n ganji. Nyikɔ ce wɛ nyí {P('Sèna Agossou')}, un ɖò Mairie d'Abomey-Calavi.")
L(f"[09:02] Canopywise bot: Nǔ e jɛ: field-app {V('5.2.0.184')}, hwɛ SYNC-E0409, trace {hex32()}.")
L(f"[09:04] {P('Sèna Agossou')}: Un sixu byɔ app ɔ mɛ ǎ. Pasword ce wɛ nyí {S(pw())}.")
L("[09:05] Agent: Mi ma wlan pasword ɖò chat mɛ ó. Mi zán https://app.canopywise.io/reset.")
L(f"[09:07] {P('Sèna Agossou')}: Telefɔnu ce: {P('+229 01 97 42 18 63')}, email: {P('sena.agossou@yahoo.fr')}.")
L(f"[09:09] {P('Sèna Agossou')}: Code ɔ wá: {S(otp())}.")
L("[09:10] Agent: Akpé. Un kpɔ́n queue sync-q ɖò cw-prod-afs1: backlog ɖò 0 égbé.")
L(f"[09:12] {P('Sèna Agossou')}: Mi sɛ́ tablet yɔyɔ́ ɔ dó {P('Lot 1204, quartier Zogbadjè, Abomey-Calavi')}, nú {P('Kokou Dossou-Yovo')}.")
L(f"[09:14] {P('Sèna Agossou')}: API key e mɛ̌si ɔ ná mǐ ɔ: {S(cwk())}.")
L("[09:16] Agent: Un sú key ɔ. Key yɔyɔ́ ɔ ɖò Settings > API; ticket CW-SUP-9355.")
L(f"[09:18] {P('Sèna Agossou')}: Akpé nú we! Káti e un zán bo sú akwɛ́ ɔ: {P(ids.card('404127700531288'))}.")
L("[09:20] Canopywise bot: Chat CW-CHAT-44120 sú. Akpé!")

# ---- g36 Slack thread (Santali, Ol Chiki)
G(36, "Slack thread #field-apse1", "Santali (Ol Chiki)")
_malati, _birsa, _sunita = ol("malati murmu"), ol("birsa ṭuḍu"), ol("sunita soren")
_o1, _o2, _o3 = ol("kạmi bạnuk' calak' kana"), ol("iñak' phon nambar"), ol("hec' akana")
_o4, _o5, _o6 = ol("jhic'ena"), ol("ak'"), ol("re bạnuk'.")
L(f"[10:00] cw-deploybot: tree-registry v{V('3.9.1.215')} cw-prod-apse1 re {ol('lagao ena')} (commit {sha7()}).")
L(f"[10:02] {P(_malati)}: {ol('johar! tehe~')} field-app {_o1}, SYNC-E0409.")
L(f"[10:04] {P(_malati)}: {ol('hola')} admin {ol('pasward bodol akana')}: {S(pw())}")
L(f"[10:05] cw-deploybot: {ol('pasward alom olea.')} `vault kv get secret/apse1/field-app` {ol('ńelme.')}")
L(f"[10:07] {P(_birsa)}: {_o2} {P('+91 94311 52806')}")
L(f"[10:09] {P(_birsa)}: OTP code {_o3}: {S(otp())}")
L(f"[10:10] cw-deploybot: ticket CW-SUP-9402 {_o4}, trace {hex32()}.")
L(f"[10:12] {P(_malati)}: {P(_sunita)} {_o5} Aadhaar {P(ids.aadhaar('47309126585'))} HR form {_o6}")
L(f"[10:14] {P(_birsa)}: GitHub token {ol('noa kana')}: {S(github_pat())}, {ol('ạḍi jaruṛ bodolme.')}")
L("[10:16] cw-deploybot: field_app_sync_errors_total = 0 (cw-prod-apse1).")
L(f"[10:18] {P(_malati)}: {ol('na~wa~')} tablet {ol('kolme')}: {P('Dudhani Road, Ward 7, Dumka, Jharkhand 814101')}")
L(f"[10:20] cw-deploybot: ticket CW-SUP-9402 {ol('band ena. sarhao!')}")
L(f"[10:22] {P(_birsa)}: email {P('birsa.tudu91@gmail.com')} {ol('re kulme.')}")


# ================================================================== output
MARK = re.compile("\u27e6(.*?)\u27e7|\u27ea(.*?)\u27eb")
HEADER = "# kind\ttext\tmust-vanish\tsource\n"


def render(text):
    secrets, pii = [], []
    for m in MARK.finditer(text):
        if m.group(1) is not None:
            secrets.append(m.group(1))
        else:
            pii.append(m.group(2))
    clean = MARK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    kind = "credential" if secrets else ("pii" if pii else "negative")
    items = []
    for x in secrets + pii:
        if x not in items:
            items.append(x)
    return kind, clean, items


def rows():
    out = []
    for g in GROUPS:
        src = "writer31 g%02d %s (%s)" % (g["n"], g["art"], g["lang"])
        for t in g["lines"]:
            kind, clean, items = render(t)
            out.append((g["n"], kind, clean, " ||| ".join(items), src))
    return out


README_HEAD = """# batch31: redaction-gate test lines (writer31)

Who / when / how: written by writer31 (an AI writer session acting as a
security-minded SRE) on 2026-12-07, inside /work/writers/batch31 only, from the
brief alone, with the Python 3 standard library and no network access.
Every line is typed by hand in `gen.py`; `python3 gen.py` rebuilds all outputs
byte-identically and `python3 validate.py` checks them and prints `OK`.

* Secret bodies (passwords, tokens, keys, OTPs, cookies) are drawn from
  `random.Random(31)` in the fixed order of `gen.py`; non-secret look-alikes
  (commit SHAs, digests, UUIDs, trace ids, fingerprints) come from a separate
  `random.Random(3100)` so they never shift the secret stream.
* National ids, IBANs and cards are typed as bases; `ids.py` (hand-written)
  computes the check digits (Luhn, ISO 13616 mod 97, Dutch 11-proof, SA ID
  Luhn, SNILS, INN, Verhoeff/Aadhaar, DNI letter, PESEL, Norwegian fnr and
  account mod 11, Spanish CCC, German Steuer-ID ISO 7064 MOD 11,10).
  `batch31_ids.tsv` lists scheme, key (= the base as typed; for IBANs the
  BBAN, including any national check digits) and value.
* In `gen.py` must-vanish spans are marked inline (secret / personal data);
  the kind is derived from the marks, so labels and text cannot drift apart.

Theme: **Canopywise Ltd**, a Bristol company running a SaaS for councils and
tree surgeons: tree inventory (`tree-registry`), inspections (`inspect-api`),
crew dispatch (`crew-dispatch`), wood-chipper telemetry (`chipper-telemetry`),
council permits (`permit-sync`), billing/payouts (`billing-svc`), map tiles
(`tiles-render`), notifications (`notify-gw`) and an Android `field-app`.
Domains canopywise.io (app./api./status./runbooks./releases.),
registry.canopywise.io, internal `*.canopywise.internal`; clusters
`cw-prod-euw2` (London), `cw-prod-afs1` (Cape Town), `cw-prod-apse1`
(Singapore), `cw-stg-euw2`. Customers and crews are in the UK, Ireland, EU,
Southern/West Africa, the Philippines, Russia's republics, Niue and India.
`cwk_live_` (customer API key) and `cwd_` (device sync token) are
Canopywise's own secret formats.

## Labelling conventions

Kinds: `credential` = the line holds at least one secret (its PII is listed
too); `pii` = personal data but no secret; `negative` = nothing must vanish.
Must-vanish lists only the sensitive substrings: secrets first, then personal
data, each once, in order of first appearance.

Must vanish (secrets):
* passwords anywhere (URLs, flags such as `-p...`/`-a`, configs, SQL, prose in
  any language, a password typed into the username field of sshd), but only
  the password, never the user name or host;
* API keys and tokens of every vendor (AWS key id AND secret, GitHub, GitLab,
  Slack, Stripe secret/restricted/webhook secrets, SendGrid, Twilio auth
  token, Google API key, npm, Datadog, PagerDuty routing key, Cloudflare,
  Doppler, Telegram bot, OpenAI, Sentry auth token, Grafana service-account,
  Mapbox secret `sk.` token, InfluxDB, Canopywise `cwk_live_`/`cwd_`), JWT
  bearer tokens, session cookies, OAuth codes and client secrets,
  password-reset tokens, SSO recovery codes;
* `Authorization: Basic` blobs and docker `auth` values (the base64 as shown);
  base64 values in a Kubernetes Secret `data:` block (as shown);
* private keys (PEM body, WireGuard PrivateKey);
* webhook URLs: only the secret path segment (Slack token after `/B.../`,
  the Teams `IncomingWebhook/<hex>` segment); team/bot ids stay;
* one-time codes (SMS/OTP) and card CVVs.

Must vanish (PII): names of real people (employees, customers, contractors),
including inflected forms as written (Komi `Ольгалы`, Erzya `Кирдяшкинанень`,
Kumyk `Ахмедге`/`Алиевагъа`, Mari `Таныгинан`, Kabardian `Шогенов Асланым`,
English possessives keep the bare name), single given names or surnames when
they refer to such a person; handles and user names built from real names
(`@priya.raman`, `mferreira`, `kasia.nowak`); personal e-mail addresses
(including work addresses of the form first.last@canopywise.io, URL-encoded
ones as written); personal phone numbers in any national format; postal
addresses of people; national ids, IBANs, full payment card numbers, dates of
birth; public client IP addresses (IPv4 and IPv6) of users.

Stays (negatives and the non-listed parts of positive lines): role and
shared mailboxes (support@, ops@, noreply@, council department mailboxes),
company or office switchboard numbers, service and bot accounts (svc-*,
cw-deploybot, ci-pusher, github-actions), RFC 1918 / loopback addresses,
public IPs of servers (our CDN edge 104.18.22.181, a mail relay), hostnames,
ports, cluster names, commit SHAs, image digests, UUIDs, trace/span ids,
certificate/SSH fingerprints and serials, four-part versions (some look like
IPv4 addresses), ticket/incident/job numbers, error codes, metric names,
AWS account ids, secret *references* (`${{ secrets.X }}`, `${VAR}`,
`vault kv get ...`, `existingSecret:`, ExternalSecret names, `{{ vault_* }}`),
placeholders (`changeme` in a local-only compose file, `***`), masked values
(`rk_live_****Qm7T`, `r***@***.ie`), public keys (SSH `ssh-ed25519 ...`,
Stripe publishable `pk_live_`), vendors' documented example values (AWS
`AKIAIOSFODNN7EXAMPLE`/`wJalr...EXAMPLEKEY`, Stripe `sk_test_4eC39...`, test
card 4242 4242 4242 4242), town or council names on their own, species names.
Twilio Account SIDs (`AC...`) are treated as identifiers, not secrets.

Note on languages: the 18 non-English groups (Krio, Ilocano, Waray,
Hiligaynon, Kapampangan, Swati, Sepedi, Oshiwambo/Oshindonga, Mooré, Komi,
Mari, Erzya, Kumyk, Kabardian, Niuean, Mandinka, Fon, Santali in Ol Chiki)
were written by the writer without native-speaker review; the prose is
simple and may contain errors, while technical tokens are kept as real
artefacts keep them. The Santali group is typed in a romanisation and
converted to Ol Chiki by `ol()` in `gen.py`.

## Groups

| group | split | artefact | language | credential | pii | negative | lines |
|---|---|---|---|---|---|---|---|
"""


def build():
    all_rows = rows()
    dev = [HEADER]
    test = [HEADER]
    for n, kind, text, mv, src in all_rows:
        line = "%s\t%s\t%s\t%s\n" % (kind, text, mv, src)
        (dev if n % 2 == 1 else test).append(line)
    idl = ["# scheme\tkey\tvalue\n"] + ["%s\t%s\t%s\n" % t for t in ids.REGISTRY]
    table = []
    tot = {"credential": 0, "pii": 0, "negative": 0}
    for g in GROUPS:
        c = {"credential": 0, "pii": 0, "negative": 0}
        for t in g["lines"]:
            c[render(t)[0]] += 1
        for k in c:
            tot[k] += c[k]
        table.append("| g%02d | %s | %s | %s | %d | %d | %d | %d |\n" % (
            g["n"], "dev" if g["n"] % 2 else "test", g["art"], g["lang"],
            c["credential"], c["pii"], c["negative"], len(g["lines"])))
    table.append("| total | | | | %d | %d | %d | %d |\n" % (
        tot["credential"], tot["pii"], tot["negative"], sum(tot.values())))
    readme = README_HEAD + "".join(table)
    return {
        "batch31_dev.tsv": "".join(dev),
        "batch31_test.tsv": "".join(test),
        "batch31_ids.tsv": "".join(idl),
        "README.md": readme,
    }


if __name__ == "__main__":
    for name, content in build().items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
