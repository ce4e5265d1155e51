#!/usr/bin/env python3
"""writer27 generator: Fernwick Vertical Farms. Secret bodies come from random.Random(27)
in the fixed order the groups are built; look-alike (non-secret) hex comes from a separate rng."""
import base64, binascii, os, random, re, string, sys, zlib
import ids

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

R = random.Random(27)      # secret bodies
N = random.Random(2727)    # look-alikes (shas, uuids, traces) - never secrets
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
B64U = AN + "-_"

def rs(n, a=AN): return "".join(R.choice(a) for _ in range(n))
def ns(n, a=HX): return "".join(N.choice(a) for _ in range(n))

# ---------------- secret makers (R) ----------------
WORDS = ["basil", "kestrel", "lumen", "fennel", "harbor", "cobalt", "mango", "thistle", "orbit",
         "juniper", "radish", "pepper", "willow", "quartz", "tundra", "saffron", "lichen", "sorrel"]
def pw_h(): return R.choice(WORDS).capitalize() + R.choice("-._!") + R.choice(WORDS) + str(R.randint(10, 99)) + R.choice("!#%&*?")
def pw_r(n=16): return rs(n, AN + "!#%*-_+=")
def pw_u(n=18): return rs(n, AN + "-_.~")
def otp(): return "%06d" % R.randint(0, 999999)
def akid(): return "AKIA" + rs(16, UP + "234567")
def aws_sec(): return rs(40, AN + "/+")
def b62(n):
    s = ""
    while n:
        n, r = divmod(n, 62); s = (DG + UP + LO)[r] + s
    return s
def ghp():
    body = rs(30); return "ghp_" + body + b62(zlib.crc32(body.encode())).rjust(6, "0")
def gh_fine(): return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)
def glpat(): return "glpat-" + rs(20, AN + "-_")
def glrt(): return "glrt-" + rs(20, AN + "-_")
def xoxb(): return "xoxb-%d-%d-%s" % (R.randint(10**10, 10**11 - 1), R.randint(10**12, 10**13 - 1), rs(24))
def slack_hook():
    t = "T0" + rs(7, UP + DG); b = "B0" + rs(9, UP + DG); s = rs(24)
    return "https://hooks.slack.com/services/%s/%s/%s" % (t, b, s), s
def discord_hook():
    s = rs(68, B64U); return "https://discord.com/api/webhooks/%d/%s" % (R.randint(10**17, 10**18 - 1), s), s
def teams_hook():
    g1 = uuid_r(); g2 = uuid_r(); s = rs(32, HX); g3 = uuid_r()
    return "https://fernwick.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (g1, g2, s, g3), s
def uuid_r():
    h = rs(32, HX); return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])
def sk_live(): return "sk_live_51" + rs(14, DG + UP) + rs(80)
def rk_live(): return "rk_live_51" + rs(14, DG + UP) + rs(80)
def whsec(): return "whsec_" + rs(32)
def sg(): return "SG." + rs(22, B64U) + "." + rs(43, B64U)
def gkey(): return "AIza" + rs(35, B64U)
def npm(): return "npm_" + rs(36)
def pypi(): return "pypi-AgEIcHlwaS5vcmc" + rs(60, B64U)
def b64u(b): return base64.urlsafe_b64encode(b).decode().rstrip("=")
def jwt(scope):
    p = '{"sub":"%s","scope":"%s","iat":%d,"exp":%d}' % (uuid_r(), scope, 1733400000 + R.randint(0, 99999), 1733500000 + R.randint(0, 99999))
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64u(p.encode()) + "." + rs(43, B64U)
def hvs(): return "hvs.CAESI" + rs(86, B64U)
def hexs(n): return rs(n, HX)
def tg(): return "%d:AA%s" % (R.randint(10**9, 7 * 10**9), rs(33, B64U))
def openai(): return "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U)
def anthropic(): return "sk-ant-api03-" + rs(93, B64U) + "AA"
def az_key(): return base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()
def sas_sig(): return base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
def shpat(): return "shpat_" + rs(32, HX)
def dop(): return "dop_v1_" + rs(64, HX)
def glsa(): return "glsa_" + rs(32) + "_" + rs(8, HX)
def hf(): return "hf_" + rs(34, UP + LO)
def dckr(): return "dckr_pat_" + rs(27, B64U)
def lin(): return "lin_api_" + rs(40)
def okta(): return "00" + rs(40, B64U)
def cf_tok(): return rs(40, B64U)
def fwk(): return "fwk_live_" + rs(32)
def sntryu(): return "sntryu_" + rs(64, HX)
def fcm(): return "AAAA" + rs(7, B64U) + ":APA91b" + rs(134, B64U)
def mapbox(): return "sk.eyJ1IjoiZmVybndpY2siLCJhIjoi" + rs(22) + "In0." + rs(22, B64U)
def basic(u, p): return base64.b64encode(("%s:%s" % (u, p)).encode()).decode()
def k8s_b64(s): return base64.b64encode(s.encode()).decode()
def rsa_body(): return "MIIEpAIBAAKCAQEA" + rs(48, B64) + "\\n" + rs(64, B64) + "\\n" + rs(64, B64)
def ossh_body(): return "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB" + rs(43, B64) + "\\n" + rs(70, B64)
def sess(n=32): return rs(n, AN)

# ---------------- look-alikes (N) ----------------
def sha(): return ns(40)
def sha7(): return ns(7)
def dig(): return "sha256:" + ns(64)
def uuid():
    h = ns(32); return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], N.choice("89ab"), h[17:20], h[20:32])
def trace(): return ns(32)
def span(): return ns(16)
def fp(): return "SHA256:" + ns(43, AN + "+/")
def vault_hex(): return binascii.hexlify(ns(32).encode()).decode()
def sealed(): return "AgB" + ns(120, AN + "+/")
def ulid(): return "01J" + ns(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")

# ---------------- ids registry ----------------
IDS = []
CUR = [0]
def reg(scheme, label, value):
    assert ids.valid(scheme, value), (scheme, value)
    IDS.append((scheme, "g%02d.%s" % (CUR[0], label), value)); return value
def card(label, base, sep=" "):
    v = reg("card-luhn", label, ids.luhn_complete(base))
    if sep is None: return v
    if len(v) == 15: return sep.join([v[:4], v[4:10], v[10:]])
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))

def fill(t, v):
    for k, x in v.items():
        t = t.replace("\u00ab" + k + "\u00bb", x)
    assert not re.search("\u00ab[a-z0-9]+\u00bb", t), t
    return t

C, P, X = "credential", "pii", "negative"

# ======================================================================
def g01():
    v = dict(pw=pw_u(), sk=sk_live(), sg=sg(), jwt=pw_r(40), sha=sha())
    return "order-portal .env file", "English", v, [
        (X, "# order-portal .env -- rendered by deploy/envsync for fw-prod-euw1, do not commit (FW-2231)", []),
        (X, "APP_ENV=production", []),
        (X, "DATABASE_HOST=pg-orders.fw-prod-euw1.internal:5432", []),
        (C, "DATABASE_URL=postgres://orders_app:\u00abpw\u00bb@pg-orders.fw-prod-euw1.internal:5432/orders?sslmode=require", ["\u00abpw\u00bb"]),
        (C, "STRIPE_SECRET_KEY=\u00absk\u00bb", ["\u00absk\u00bb"]),
        (X, "STRIPE_PUBLISHABLE_KEY_TEST=pk_test_TYooMQauvdEDq54NiTphI7jx  # Stripe docs sample key", []),
        (C, "SENDGRID_API_KEY=\u00absg\u00bb", ["\u00absg\u00bb"]),
        (P, "ADMIN_CONTACT=priya.raman84@gmail.com  # on-call owner until March", ["priya.raman84@gmail.com"]),
        (P, "OPS_ESCALATION_PHONE=+44 7911 482613", ["+44 7911 482613"]),
        (X, "SENTRY_RELEASE=order-portal@4.12.0.318", []),
        (X, "BUILD_COMMIT=\u00absha\u00bb", []),
        (P, "# test customer seeded by Daniel Okafor for the Bristol pilot, DOB 1987-03-14", ["Daniel Okafor", "1987-03-14"]),
        (C, "JWT_SIGNING_SECRET=\u00abjwt\u00bb", ["\u00abjwt\u00bb"]),
        (X, "SESSION_COOKIE_DOMAIN=.fernwick.farm", []),
    ]

def g02():
    v = dict(pw=pw_h(), dd=hexs(40))
    v["hook"], v["hooks"] = slack_hook()
    v["c7"] = sha7(); v["dg"] = dig()
    return "Slack incident thread", "English", v, [
        (X, "#inc-2291-dosing -- channel created by incident-bot; severity SEV2, commander rotation: ops-ic", []),
        (P, "[09:12] tom.whitfield: pump bank 3 at the Leeds site is overdosing nitrate again, alarms since 08:50", ["tom.whitfield"]),
        (X, "[09:13] grafana-bot: FIRING fw_dosing_ec_deviation{site=\"lds1\",bank=\"3\"} = 1.84 mS/cm (threshold 0.5)", []),
        (P, "[09:15] grace.odonnell: I can't get into the PLC gateway web UI, what's the login?", ["grace.odonnell"]),
        (C, "[09:16] tom.whitfield: admin / \u00abpw\u00bb -- I'll rotate it after the incident", ["tom.whitfield", "\u00abpw\u00bb"]),
        (X, "[09:18] incident-bot: linked commit \u00abc7\u00bb (\"dosing: clamp EC setpoint\") to INC-2291", []),
        (C, "[09:21] grace.odonnell: muted the monitor through the API with DD_APP_KEY=\u00abdd\u00bb", ["grace.odonnell", "\u00abdd\u00bb"]),
        (X, "[09:24] statuspage-bot: Investigating -- elevated nutrient deviation at one site, no customer orders affected", []),
        (P, "[09:30] tom.whitfield: grower on shift is Sanjay Mehta, his mobile is 07958 331274 if you need eyes on the rack", ["tom.whitfield", "Sanjay Mehta", "07958 331274"]),
        (X, "[09:41] ops-ic: rollback to dosing-ctl 2.7.3.1 done, image \u00abdg\u00bb", []),
        (C, "[09:44] grace.odonnell: this is the webhook the site channel uses, rotate pls: \u00abhook\u00bb", ["grace.odonnell", "\u00abhooks\u00bb"]),
        (X, "[09:52] incident-bot: timeline exported to https://fernwick.atlassian.net/browse/INC-2291", []),
        (P, "[10:05] grace.odonnell: Sanjay confirmed the rack is stable, thanks @tom.whitfield", ["grace.odonnell", "Sanjay", "tom.whitfield"]),
    ]

def g03():
    v = dict(pw=pw_h(), otp=otp(), pw2=pw_r(12), u=uuid())
    v["iban"] = reg("iban-be", "iban", ids.iban_complete("BE", ids.be_bban("063", "4827159")))
    v["nrn"] = reg("be-nrn", "nrn", "%s.%s.%s-%s.%s" % tuple(
        (lambda n: (n[:2], n[2:4], n[4:6], n[6:9], n[9:]))(ids.be_nrn("850730", "033"))))
    return "support ticket", "Walloon", v, [
        (X, "Ticket FW-SUP-48213 \u00b7 Priyorit\u00e9: norm\u00e5le \u00b7 Can\u00e5: emile \u00b7 Ecipe: order-portal-be", []),
        (P, "Bondjo\u00fb, dji so Mareye Collard, patrone do restorant \u00ab\u00c5s Tre\u00fbs Boter\u00e8sses\u00bb e Lidje.", ["Mareye Collard"]),
        (P, "Mi adresse di factur\u00e5cion a candj\u00ee: rowe Hors-Ch\u00e2teau 41, 4000 Lidje.", ["rowe Hors-Ch\u00e2teau 41, 4000 Lidje"]),
        (C, "Dji n' s\u00e9 pus m' raconecter; dj' a metou come novea mot d' passe \u00ab \u00abpw\u00bb \u00bb mins i m' dit k' il est m\u00e5lv\u00e5.", ["\u00abpw\u00bb"]),
        (P, "Vos m' poloz houk\u00ee \u00e5 +32 478 21 63 09 inte 9 e 11 eures.", ["+32 478 21 63 09"]),
        (P, "Po l' prelevmint, mi conte c' est \u00abiban\u00bb, \u00e5 no d' Mareye Collard.", ["\u00abiban\u00bb", "Mareye Collard"]),
        (X, "Li comande #BE-2024-11873 n' a n\u00e9n st\u00ee livr\u00eaye; li c\u00f4de d' eraweure c' est ERR_PORTAL_409.", []),
        (C, "Vosse sistinme m' a evoy\u00ee on c\u00f4de SMS \u00abotp\u00bb mins i n' va n\u00e9n non pus.", ["\u00abotp\u00bb"]),
        (X, "Dji vs evoye ene waitro\u00fble avou l' ID di sessione \u00abu\u00bb.", []),
        (P, "Mi limero n\u00e5cion\u00e5, si vos n' avoz mez\u00e5jhe po l' facture: \u00abnrn\u00bb", ["\u00abnrn\u00bb"]),
        (X, "-- Responsse di support@fernwick.farm: Nos avans r\u00e7u vosse dimande, on tecnicyin vos respondr\u00e8 dvins les 24 eures.", []),
        (X, "Note intere: li conte est bloc\u00ee p\u00e5 rate-limit d' auth-gw (5 sayes), n\u00e9n ene fa\u00fbte di nosse cost\u00e9; voye: https://portal.fernwick.farm/be/reset", []),
        (C, "Note intere: dj' a fwait on novea mot d' passe timpor\u00e5ire po l\u00e8y: \u00abpw2\u00bb, a candj\u00ee al prumire raconecs\u00eeon.", ["\u00abpw2\u00bb"]),
    ]

def g04():
    v = dict(pw=pw_h(), gk=gkey(), gl=glpat(), tr=trace(), sp=span())
    v["cf"] = reg("it-cf", "codice_fiscale", ids.it_cf("ZLNTNN90E52L483"))
    v["iban"] = reg("iban-it", "iban", ids.iban_complete("IT", ids.it_bban("03069", "12344", "000004187623")))
    return "Teams chat", "Friulian", v, [
        (X, "[Teams \u00b7 Fernwick Udin \u00b7 can\u00e2l #clime-ctl] 08:02 Notifiche automatiche: deploy climate-ctl 3.4.1.12 in fw-prod-euw1 fin\u00eet cun suc\u00e8s", []),
        (P, "08:05 Pieri Candolini: Mandi a ducj, vu\u00ea o soi in serre dome fin a misd\u00ec.", ["Pieri Candolini"]),
        (C, "08:07 Pieri Candolini: O ai cambi\u00e2t la peraule cl\u00e2f dal database dal clime: cum\u00f2 e je \u00abpw\u00bb", ["Pieri Candolini", "\u00abpw\u00bb"]),
        (X, "08:09 climate-bot: sens\u00f4r rh-07 f\u00fbr di scjale (err\u00f4r E-HUM-212), traceparent 00-\u00abtr\u00bb-\u00absp\u00bb-01", []),
        (P, "08:12 Tunine Zuliani: Pieri, il gno gn\u00fbf telefonin al \u00e8 +39 347 218 5530, scrivimi li se Teams nol va.", ["Tunine Zuliani", "Pieri", "+39 347 218 5530"]),
        (C, "08:14 Tunine Zuliani: cheste e je la cl\u00e2f di Google Maps pe app des consegnis: \u00abgk\u00bb", ["Tunine Zuliani", "\u00abgk\u00bb"]),
        (X, "08:20 climate-bot: la peraule cl\u00e2f dal database e ven let\u00eede di vault kv get secret/udin/clime-db (version 14), nissun val\u00f4r most\u00e2t", []),
        (P, "08:25 Tunine Zuliani: pe buste paie: codi\u00e7 fisc\u00e2l \u00abcf\u00bb, IBAN \u00abiban\u00bb", ["Tunine Zuliani", "\u00abcf\u00bb", "\u00abiban\u00bb"]),
        (X, "08:31 climate-bot: sincronizazion HVAC lade ben, 14/14 zonis, p95 212 ms, host hvac-gw-01.udn.fernwick-internal.net:8443", []),
        (X, "08:40 climate-bot: gn\u00fbf ticket FW-CLM-3307 viert pe valvule V12, assegn\u00e2t a clime-oncall", []),
        (C, "08:44 Pieri Candolini: E il token di GitLab pal runner de serre: \u00abgl\u00bb, no stait a metilu in Git!", ["Pieri Candolini", "\u00abgl\u00bb"]),
        (X, "08:50 climate-bot: st\u00e2t vieli (masc\u00e2r\u00e2t): DB_PASSWORD=********, ultin cambi 2024-11-29", []),
        (P, "09:02 Tunine Zuliani: Graciis Pieri! Doman ti spieti a cjase mee, vie Tomadini 12, 33100 Udin.", ["Tunine Zuliani", "Pieri", "vie Tomadini 12, 33100 Udin"]),
    ]

def g05():
    v = dict(gh=ghp(), npm=npm(), ak=akid(), aks=aws_sec(), sha=sha(), dg=dig())
    v["hook"], v["hooks"] = slack_hook()
    T = "2024-12-03T14:02:"
    return "GitHub Actions CI log", "English", v, [
        (X, T + "11.4821930Z ##[group]Run actions/checkout@v4", []),
        (X, T + "12.0013344Z HEAD is now at \u00absha\u00bb ci: bump go to 1.22.5", []),
        (X, T + "12.5502113Z env: NPM_TOKEN: *** GHCR_PUSH_TOKEN: ***", []),
        (C, T + "19.1200000Z + docker login ghcr.io -u fw-ci-bot -p \u00abgh\u00bb", ["\u00abgh\u00bb"]),
        (C, T + "20.0044120Z + curl -s -H \"Authorization: Bearer \u00abnpm\u00bb\" https://registry.npmjs.org/-/whoami", ["\u00abnpm\u00bb"]),
        (X, T + "41.7781002Z #12 exporting manifest \u00abdg\u00bb done", []),
        (P, T + "42.0100000Z Author: Hannah Schultz <hannah.schultz.dev@gmail.com>", ["Hannah Schultz", "hannah.schultz.dev@gmail.com"]),
        (C, T + "43.3319870Z + export AWS_ACCESS_KEY_ID=\u00abak\u00bb AWS_SECRET_ACCESS_KEY=\u00abaks\u00bb", ["\u00abak\u00bb", "\u00abaks\u00bb"]),
        (X, T + "44.0000101Z localstack uses the AWS docs sample pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", []),
        (P, T + "47.9120034Z seed fixture loaded: grower 'Lucas Ferreira' dob=1991-08-22 phone=+351 912 447 306", ["Lucas Ferreira", "1991-08-22", "+351 912 447 306"]),
        (X, T + "51.2210010Z ok   github.com/fernwick/seedbank-ledger/internal/ledger  3.412s  coverage: 81.4% of statements", []),
        (P, T + "52.0031200Z Requested review from @hschultz-fw and @lferreira", ["hschultz-fw", "lferreira"]),
        (C, T + "55.8700000Z ##[warning]slack notify failed, POST \u00abhook\u00bb returned 410", ["\u00abhooks\u00bb"]),
        (X, T + "56.0100000Z ##[error]Process completed with exit code 1. (run 8841, attempt 2)", []),
    ]

def g06():
    v = dict(pw=pw_r(20), tw=hexs(32), pw2=pw_u(16))
    v["card"] = card("card", "453914880343646")
    return "psql session", "English", v, [
        (X, "fw_orders=> \\conninfo", []),
        (X, "You are connected to database \"fw_orders\" as user \"ro_analyst\" on host \"10.42.8.17\" at port \"5432\".", []),
        (X, "fw_orders=> SELECT id, contact_name, email, phone FROM customers WHERE id IN (88213, 88214);", []),
        (P, "  88213 | Amara Nwosu     | amara.nwosu@outlook.com    | +44 161 739 2284", ["Amara Nwosu", "amara.nwosu@outlook.com", "+44 161 739 2284"]),
        (P, "  88214 | Oskar Lindqvist | oskar.lindqvist@hotmail.se | +46 70 318 44 96", ["Oskar Lindqvist", "oskar.lindqvist@hotmail.se", "+46 70 318 44 96"]),
        (C, "fw_orders=> ALTER ROLE orders_app WITH PASSWORD '\u00abpw\u00bb';", ["\u00abpw\u00bb"]),
        (X, "ALTER ROLE", []),
        (X, "fw_orders=> SELECT key, value FROM integration_settings WHERE key LIKE 'twilio%';", []),
        (C, " twilio_auth_token | \u00abtw\u00bb", ["\u00abtw\u00bb"]),
        (P, "fw_orders=> UPDATE customers SET billing_address = '27 Kestrel Close, Harrogate HG2 7QP' WHERE id = 88213;", ["27 Kestrel Close, Harrogate HG2 7QP"]),
        (X, "UPDATE 1", []),
        (C, "fw_orders=> \\! PGPASSWORD='\u00abpw2\u00bb' pg_dump -h 10.42.8.17 -U orders_app fw_orders > /tmp/orders.sql", ["\u00abpw2\u00bb"]),
        (P, "  88213 | \u00abcard\u00bb | 09/27 | legacy_import", ["\u00abcard\u00bb"]),
        (X, "fw_orders=> SELECT count(*) FROM orders WHERE status = 'ERR_PAYMENT_DECLINED' AND created_at > now() - interval '1 day';", []),
    ]

def g07():
    v = dict(pw=pw_h(), gs=glsa(), ak=akid(), aks=aws_sec(), fp=fp())
    v["nino"] = reg("gb-nino", "nino", "JK 40 27 19 C")
    return "shift handover notes", "Manx", v, [
        (X, "Notaghyn coyrt-harrish -- Fernwick Doolish, 2024-12-05, shiaght-oie, fer-arrey: oncall-iom", []),
        (P, "Va Juan Kermode er y shiaght-oie; ta Breesha Quayle goaill eh noght.", ["Juan Kermode", "Breesha Quayle"]),
        (C, "Ta'n fockle-follit noa son y WiFi 'fw-grow-iom': \u00abpw\u00bb", ["\u00abpw\u00bb"]),
        (X, "Ta lumen-scheduler 5.0.2.7 er y chlustar fw-prod-euw1, as ta dy chooilley pod Ready (12/12).", []),
        (P, "My ta feme ort er Juan, fon eh er 07624 493817 (ny jean fon roish 8 sy voghree).", ["Juan", "07624 493817"]),
        (C, "Ta'n token son Grafana ayns shoh: \u00abgs\u00bb -- cur eh ayns Vault, gura mie ayd.", ["\u00abgs\u00bb"]),
        (X, "Ta'n fockle-follit ayns vault kv get secret/iom/grafana-sa, cha nel eh sy notey shoh.", []),
        (P, "Ta Breesha er ghleashaghey thie: 14 Ballaquayle Road, Doolish IM2 5DF.", ["Breesha", "14 Ballaquayle Road, Doolish IM2 5DF"]),
        (X, "Ticket FW-OPS-7781: ta'n soilshey LED ayns rack B4 failleil, error LUM-E0421, host key \u00abfp\u00bb", []),
        (P, "Earroo Aarghys Ashoonagh (NINO) Juan son y payroll: \u00abnino\u00bb", ["Juan", "\u00abnino\u00bb"]),
        (C, "Cooid-lhiggey AWS (ny jean share eh): \u00abak\u00bb / \u00abaks\u00bb", ["\u00abak\u00bb", "\u00abaks\u00bb"]),
        (X, "Cooinee: ta support@fernwick.farm as +44 1624 600100 (yn oik) er y churrey.", []),
        (X, "Cha nel red elley; yn nah choyrt-harrish: 2024-12-06 07:00 UTC, host iom-grow-ctl-02.fernwick-internal.net", []),
    ]

def g08():
    v = dict(pw=pw_r(14), hf=hf(), pw2=pw_u(20), sha=sha(), fp=fp())
    v["fnr"] = reg("no-fnr", "fodselsnummer", ids.no_fnr("140290457"))
    p = "fwadmin@gvd-edge-01:~$ "
    return "shell session", "Northern Sami", v, [
        (X, p + "# \u0110\u0111a bearjadat: lumen-agent o\u0111asmahttin", []),
        (X, p + "systemctl status lumen-agent  # barg\u00e1 go galg\u00e1", []),
        (X, "\u25cf lumen-agent.service - Fernwick lumen agent 2.9.0.4 -- Active: active (running); Main PID: 18422", []),
        (C, p + "mysql -u lumen -p'\u00abpw\u00bb' -h 10.60.2.11 lumen  # gaskaboddosa\u0161 beassans\u00e1tni, rievdat ihttin", ["\u00abpw\u00bb"]),
        (C, p + "export HF_TOKEN=\u00abhf\u00bb  # M\u00e1ret \u00c1nne attii d\u00e1n munnje", ["\u00abhf\u00bb", "M\u00e1ret \u00c1nne"]),
        (P, p + "# Niillasa telefovdna: +47 918 47 263, jus kamera ii doaimma", ["Niillasa", "+47 918 47 263"]),
        (X, "\u00absha\u00bb lumen: spectrum profile for polar night", []),
        (P, p + "cat /srv/hr/ahkki.txt  # M\u00e1ret \u00c1nne Sara, riegádan 1990-02-14, \u010cu\u0111etb\u00e1kti 7, 9520 Guovdageaidnu", ["M\u00e1ret \u00c1nne Sara", "1990-02-14", "\u010cu\u0111etb\u00e1kti 7, 9520 Guovdageaidnu"]),
        (C, p + "curl -u lumen-sync:\u00abpw2\u00bb https://registry.fernwick-internal.net/v2/_catalog", ["\u00abpw2\u00bb"]),
        (X, "The key fingerprint is \u00abfp\u00bb fwadmin@gvd-edge-01", []),
        (P, p + "# Niillas Somby barg\u00e1 ihttin, riegádannummir \u00abfnr\u00bb", ["Niillas Somby", "\u00abfnr\u00bb"]),
        (X, p + "kubectl -n lumen get secret lumen-db -o jsonpath='{.data.password}' | wc -c   # ii \u010d\u00e1jet beassans\u00e1ni", []),
        (P, "niillas.somby pts/0        84.211.37.105    Thu Dec  5 21:14 - 23:02  (01:48)", ["niillas.somby", "84.211.37.105"]),
    ]

def g09():
    v = dict(dg=dig(), pw=pw_u(22), dd=hexs(32), mg="key-" + hexs(32), fcm=fcm(), ck=ns(64))
    return "Helm values.yaml", "English", v, [
        (X, "image: { repository: ghcr.io/fernwick/harvest-planner, tag: \"6.3.0.41\", digest: \"\u00abdg\u00bb\" }", []),
        (X, "replicaCount: 3  # fw-prod-use2, HPA overrides this", []),
        (X, "postgresql: { auth: { existingSecret: harvest-planner-db, secretKeys: { userPasswordKey: password } } }", []),
        (C, "  password: \"\u00abpw\u00bb\"  # TODO move to existingSecret before Friday", ["\u00abpw\u00bb"]),
        (C, "datadog: { apiKey: \u00abdd\u00bb, site: datadoghq.eu }", ["\u00abdd\u00bb"]),
        (X, "datadog: { apiKeyExistingSecret: datadog-secret, appKeyExistingSecret: datadog-secret }", []),
        (C, "mail: { provider: mailgun, domain: mg.fernwick.farm, apiKey: \u00abmg\u00bb }", ["\u00abmg\u00bb"]),
        (P, "  oncallContact: \"Rachel Adeyemi <rachel.adeyemi@yahoo.com>\"", ["Rachel Adeyemi", "rachel.adeyemi@yahoo.com"]),
        (X, "ingress: { host: harvest.fernwick.farm, tls: [ { secretName: harvest-tls, hosts: [harvest.fernwick.farm] } ] }", []),
        (P, "  # demo grower copied from prod: Ben Kowalczyk, 4417 Larkspur Ave, Columbus OH 43214", ["Ben Kowalczyk", "4417 Larkspur Ave, Columbus OH 43214"]),
        (C, "push: { firebase: { serverKey: \"\u00abfcm\u00bb\" } }", ["\u00abfcm\u00bb"]),
        (P, "  pilotUsers: [\"@ben.kowalczyk\", \"@rachel.adeyemi\"]", ["ben.kowalczyk", "rachel.adeyemi"]),
        (X, "resources: { limits: { cpu: 1500m, memory: 2Gi }, requests: { cpu: 250m, memory: 512Mi } }", []),
        (X, "podAnnotations: { checksum/config: \u00abck\u00bb }", []),
    ]

def g10():
    v = dict(b=None)
    v["hook"], v["hooks"] = discord_hook()
    v["b"] = basic("pumpadmin", pw_h()); v["rk"] = hexs(32); v["otp"] = otp()
    v["fp16"] = ns(16); v["tr"] = trace()
    return "Alertmanager webhook payload", "English", v, [
        (X, "{\"version\":\"4\",\"groupKey\":\"{}/{severity=\\\"page\\\"}:{alertname=\\\"DosingPumpStall\\\"}\",\"status\":\"firing\",\"receiver\":\"pagerduty-farmops\",", []),
        (X, "\"commonLabels\":{\"alertname\":\"DosingPumpStall\",\"cluster\":\"fw-prod-use2\",\"instance\":\"10.70.4.22:9100\",\"severity\":\"page\"},", []),
        (C, "\"receiver_config\":{\"webhook_url\":\"\u00abhook\u00bb\"},", ["\u00abhooks\u00bb"]),
        (X, "\"externalURL\":\"http://alertmanager.monitoring.svc:9093\",\"truncatedAlerts\":0,", []),
        (X, "\"commonAnnotations\":{\"summary\":\"Pump 7 stalled for 5m\",\"runbook_url\":\"https://runbooks.fernwick-internal.net/dosing/pump-stall\"},", []),
        (C, "\"annotations\":{\"debug\":\"curl -H 'Authorization: Basic \u00abb\u00bb' http://10.70.4.22:8080/pump/7/reset\"},", ["\u00abb\u00bb"]),
        (P, "\"annotations\":{\"escalate_to\":\"Miguel Santos\",\"escalation_phone\":\"+1 614-382-7718\"},", ["Miguel Santos", "+1 614-382-7718"]),
        (X, "\"fingerprint\":\"\u00abfp16\u00bb\",\"startsAt\":\"2024-12-04T03:12:44.118Z\",\"endsAt\":\"0001-01-01T00:00:00Z\",", []),
        (C, "\"labels\":{\"pagerduty_routing_key\":\"\u00abrk\u00bb\"},", ["\u00abrk\u00bb"]),
        (P, "\"labels\":{\"acked_by\":\"kayla.brennan@icloud.com\"},", ["kayla.brennan@icloud.com"]),
        (P, "\"annotations\":{\"description\":\"Grower Kayla Brennan (home 88 Orchard St, Dayton OH 45402) acked via SMS\"},", ["Kayla Brennan", "88 Orchard St, Dayton OH 45402"]),
        (X, "\"labels\":{\"pump_serial\":\"DP7-2023-004417\",\"firmware\":\"3.1.0.9\",\"trace_id\":\"\u00abtr\u00bb\"},", []),
        (C, "\"annotations\":{\"ack_link\":\"https://farmops.fernwick.farm/ack?otp=\u00abotp\u00bb&alert=DosingPumpStall\"}}", ["\u00abotp\u00bb"]),
    ]

def g11():
    v = dict(u=uuid(), pw=pw_h(), otp=otp())
    v["hook"], v["hooks"] = teams_hook()
    v["iban"] = reg("iban", "iban_tl", ids.iban_complete("TL", "0080017826394051273"))
    return "web form submission", "Tetum", v, [
        (X, "Formul\u00e1riu rejistu kliente -- order-portal.fernwick.farm/tl/rejistu \u00b7 submission \u00abu\u00bb", []),
        (P, "Naran kompletu: Maria do C\u00e9u Soares", ["Maria do C\u00e9u Soares"]),
        (P, "Data moris: 12/04/1993", ["12/04/1993"]),
        (P, "Enderesu: Rua de Caicoli, Aldeia Bemori, Dili", ["Rua de Caicoli, Aldeia Bemori, Dili"]),
        (P, "Telemovel: +670 7723 4518 \u00b7 Konta banku (IBAN): \u00abiban\u00bb", ["+670 7723 4518", "\u00abiban\u00bb"]),
        (C, "Liafuan-segredu ne'eb\u00e9 ha'u hili: \u00abpw\u00bb (favor ida labele f\u00f3 sai)", ["\u00abpw\u00bb"]),
        (C, "Mensajen: Ha'u-nia kolega Ab\u00edlio Belo f\u00f3 ha'u k\u00f3digu verifikasaun \u00abotp\u00bb maib\u00e9 la la'o", ["Ab\u00edlio Belo", "\u00abotp\u00bb"]),
        (X, "Kampu subar: csrf_token=<subar>, recaptcha=ok, user_agent=Mozilla/5.0 (Linux; Android 14)", []),
        (X, "Estadu: PENDENTE \u00b7 regra antifraude AF-112 \u00b7 servid\u00f3r web-tl-02:8080", []),
        (X, "Produtu: Alfase hidrop\u00f3nika 2 kg \u00b7 kuantidade 40 \u00b7 presu USD 3.50/kg", []),
        (C, "Log sistema: notifikasaun haruka ba \u00abhook\u00bb", ["\u00abhooks\u00bb"]),
        (X, "IP kliente: 10.12.0.44 (proxy interna), rate-limit 3/5, ticket SUP-TL-0917", []),
    ]

def g12():
    v = dict(pw=pw_h(), otp=otp(), pw2=pw_r(12), u=uuid())
    v["card"] = card("card", "476173921508432")
    return "call transcript", "Bislama", v, [
        (X, "Kol #CALL-VU-20241206-0412 \u00b7 Kiu: sapot-vanuatu \u00b7 Rekoding: on (voip-pbx-2.fernwick-internal.net)", []),
        (P, "Ejen: Halo, mi Jimmy Tari long Fernwick sapot, wanem nao mi save helpem yu?", ["Jimmy Tari"]),
        (P, "Kastoma: Halo, nem blong mi Leias Kalsakau, mi kuk long Nambatu Haus Restoran.", ["Leias Kalsakau"]),
        (X, "Ejen: Oke, mi lukluk oda FW-VU-99120 naoia... hemi stap long status ERR_DELIVERY_DELAYED.", []),
        (C, "Kastoma: Mi no save login, mi bin putum pasword ia: \u00abpw\u00bb", ["\u00abpw\u00bb"]),
        (P, "Kastoma: Namba fon blong mi hemi +678 775 4312, imel hemi leias.k@gmail.com.", ["+678 775 4312", "leias.k@gmail.com"]),
        (C, "Ejen: Sistem i sendem wan kod long fon blong yu, yu save ridim? -- Kastoma: Yes, hemi \u00abotp\u00bb.", ["\u00abotp\u00bb"]),
        (P, "Kastoma: Kad blong mi, namba hemi \u00abcard\u00bb, ekspaeri 08/26.", ["\u00abcard\u00bb"]),
        (X, "Ejen: Plis yu no talem namba blong kad long fon; mi sendem sef link long imel blong yu: https://pay.fernwick.farm/vu", []),
        (X, "[Sistem: PCI pause i stat 00:04:31 -- rekoding i stop]", []),
        (C, "Ejen: Mi resetem pasword, niu wan hemi \u00abpw2\u00bb, yu mas jenisim taem yu login.", ["\u00abpw2\u00bb"]),
        (X, "Ejen: Tangkyu tumas, tiket nomba SUP-VU-3381 i stap open, imel sapot@fernwick.farm.", []),
        (X, "[Sistem: kol i finis 00:09:58, CSAT 5/5, transkrip ID \u00abu\u00bb]", []),
    ]

def g13():
    v = dict(ev=ns(32), pw=pw_u(18), sess=sess(40), jwt=jwt("ledger:write"), u=uuid(), tr=trace(), sp=span(),
             ac="AC" + ns(32), tw=hexs(32))
    v["iban"] = reg("iban", "iban_gb", ids.iban_complete("GB", "BARC20951763084192"))
    return "Sentry event", "English", v, [
        (X, "event_id: \"\u00abev\u00bb\"  level: error  platform: python  release: \"seedbank-ledger@2.14.0.3\"", []),
        (X, "exception: psycopg.OperationalError: connection to server at \"10.42.8.21\", port 5432 failed: FATAL: password authentication failed for user \"ledger_rw\"", []),
        (C, "extra.dsn_used: \"postgresql://ledger_rw:\u00abpw\u00bb@10.42.8.21:5432/ledger\"", ["\u00abpw\u00bb"]),
        (P, "user: {\"id\": \"u_48213\", \"email\": \"wei.zhang.home@gmail.com\", \"ip_address\": \"86.14.203.77\", \"username\": \"wzhang\"}", ["wei.zhang.home@gmail.com", "86.14.203.77", "wzhang"]),
        (C, "request.headers.Cookie: \"fw_session=\u00absess\u00bb; fw_locale=en-GB\"", ["\u00absess\u00bb"]),
        (C, "request.headers.Authorization: \"Bearer \u00abjwt\u00bb\"", ["\u00abjwt\u00bb"]),
        (X, "request.url: \"https://api.fernwick.farm/v2/seed-lots/\u00abu\u00bb/transfer\"", []),
        (P, "request.data: {\"recipient_name\": \"Wei Zhang\", \"recipient_iban\": \"\u00abiban\u00bb\"}", ["Wei Zhang", "\u00abiban\u00bb"]),
        (X, "contexts.trace: {\"trace_id\": \"\u00abtr\u00bb\", \"span_id\": \"\u00absp\u00bb\", \"op\": \"http.server\"}", []),
        (X, "tags: {\"server_name\": \"ledger-7d9f8c6b5-x2kqp\", \"environment\": \"production\", \"k8s.cluster\": \"fw-prod-euw1\"}", []),
        (P, "breadcrumbs[3]: \"sent receipt SMS to +44 7842 119306 (Wei)\"", ["+44 7842 119306", "Wei"]),
        (C, "breadcrumbs[4]: \"POST https://api.twilio.com/2010-04-01/Accounts/\u00abac\u00bb/Messages.json auth=\u00abac\u00bb:\u00abtw\u00bb\"", ["\u00abtw\u00bb"]),
        (X, "sdk: sentry.python 2.19.0; fingerprint: [\"{{ default }}\", \"OperationalError\"]", []),
    ]

def g14():
    v = dict(fk=fwk(), sess=sess(32), an=anthropic(), pw=pw_r(16), u=uuid(), tr=trace(), sp=span())
    v["cfp"] = ":".join(ns(2, "0123456789ABCDEF") for _ in range(8))
    v["card"] = card("card", "522718446390271")
    return "curl/HAR trace", "English", v, [
        (X, "$ curl -v 'https://api.fernwick.farm/v2/orders?customer=CUST-20931' \\", []),
        (C, "  -H 'Authorization: Bearer \u00abfk\u00bb'", ["\u00abfk\u00bb"]),
        (X, "* Connected to api.fernwick.farm port 443 (#0); ALPN: server accepted h2", []),
        (X, "* Server certificate: subject: CN=api.fernwick.farm; SHA-256 fingerprint \u00abcfp\u00bb...; issuer: R11", []),
        (C, "> Cookie: fw_session=\u00absess\u00bb; fw_consent=analytics:0", ["\u00absess\u00bb"]),
        (X, "< HTTP/2 200  x-request-id: \u00abu\u00bb  traceparent: 00-\u00abtr\u00bb-\u00absp\u00bb-01", []),
        (P, "< {\"customer\":\"CUST-20931\",\"contact\":{\"name\":\"Fatima Al-Sayed\",\"email\":\"fatima.alsayed@protonmail.com\",\"phone\":\"+971 50 418 2276\"},", ["Fatima Al-Sayed", "fatima.alsayed@protonmail.com", "+971 50 418 2276"]),
        (P, "< \"billing\":{\"address\":\"Villa 14, Street 27b, Al Barsha 2, Dubai\"},", ["Villa 14, Street 27b, Al Barsha 2, Dubai"]),
        (P, "< \"payment\":{\"card\":\"\u00abcard\u00bb\",\"exp\":\"11/27\"},", ["\u00abcard\u00bb"]),
        (X, "< \"payment_masked\":{\"card\":\"**** **** **** 4417\",\"brand\":\"visa\",\"exp\":\"**/**\"}}", []),
        (C, "{\"request\":{\"method\":\"POST\",\"url\":\"https://api.anthropic.com/v1/messages\",\"headers\":[{\"name\":\"x-api-key\",\"value\":\"\u00aban\u00bb\"}]}}", ["\u00aban\u00bb"]),
        (X, "{\"request\":{\"method\":\"POST\",\"url\":\"https://api.anthropic.com/v1/messages\",\"headers\":[{\"name\":\"x-api-key\",\"value\":\"<redacted by HAR export>\"}]}}", []),
        (C, "$ curl -u 'partner-sync:\u00abpw\u00bb' -T orders.csv https://sftp-gw.fernwick.farm/upload/", ["\u00abpw\u00bb"]),
        (P, "{\"request\":{\"url\":\"https://api.fernwick.farm/v2/me\",\"headers\":[{\"name\":\"X-Forwarded-For\",\"value\":\"94.204.18.233\"}]}}", ["94.204.18.233"]),
    ]

def g15():
    v = dict(pw=pw_h(), otp=otp(), fk=fwk(), u=uuid(), mid=ns(24, AN))
    a = ids.verhoeff_complete("58243917062")
    v["aad"] = reg("in-aadhaar", "aadhaar", "%s %s %s" % (a[:4], a[4:8], a[8:]))
    return "customer email", "Maithili", v, [
        (X, "\u0935\u093f\u0937\u092f: \u0911\u0930\u094d\u0921\u0930 FW-IN-55012 \u0915 \u0921\u093f\u0932\u0940\u0935\u0930\u0940 \u092e\u0947 \u0926\u0947\u0930\u0940 -- \u091f\u093f\u0915\u091f SUP-IN-2290", []),
        (P, "\u0928\u092e\u0938\u094d\u0915\u093e\u0930, \u0939\u092e \u0938\u0941\u0928\u0940\u0924\u093e \u091d\u093e \u091b\u0940, \u0926\u0930\u092d\u0902\u0917\u093e \u092e\u0947 '\u092e\u093f\u0925\u093f\u0932\u093e \u092d\u094b\u091c\u0928\u093e\u0932\u092f' \u091a\u0932\u092c\u0948\u0924 \u091b\u0940\u0964", ["\u0938\u0941\u0928\u0940\u0924\u093e \u091d\u093e"]),
        (X, "\u0939\u092e\u0930 \u0911\u0930\u094d\u0921\u0930 FW-IN-55012 \u0924\u0940\u0928 \u0926\u093f\u0928 \u0938\u0901 'ERR_COLD_CHAIN_HOLD' \u0938\u094d\u0925\u093f\u0924\u093f \u092e\u0947 \u0905\u091f\u0915\u0932 \u0905\u091b\u093f\u0964", []),
        (P, "\u0939\u092e\u0930 \u092a\u0924\u093e: \u092e\u0915\u093e\u0928 14, \u092e\u093f\u0930\u094d\u091c\u093e\u092a\u0941\u0930 \u091a\u094c\u0915, \u0926\u0930\u092d\u0902\u0917\u093e, \u092c\u093f\u0939\u093e\u0930 846004", ["\u092e\u0915\u093e\u0928 14, \u092e\u093f\u0930\u094d\u091c\u093e\u092a\u0941\u0930 \u091a\u094c\u0915, \u0926\u0930\u092d\u0902\u0917\u093e, \u092c\u093f\u0939\u093e\u0930 846004"]),
        (P, "\u092e\u094b\u092c\u093e\u0907\u0932: +91 94312 58670, \u0908\u092e\u0947\u0932: sunita.jha.dbg@gmail.com", ["+91 94312 58670", "sunita.jha.dbg@gmail.com"]),
        (C, "\u0939\u092e \u092a\u094b\u0930\u094d\u091f\u0932 \u0915 \u092a\u093e\u0938\u0935\u0930\u094d\u0921 \u092c\u0926\u0932\u093f \u0926\u0947\u0932\u0939\u0941\u0901, \u0928\u0935 \u092a\u093e\u0938\u0935\u0930\u094d\u0921 \u0905\u091b\u093f \u00abpw\u00bb -- \u092e\u0941\u0926\u093e \u0932\u0949\u0917\u093f\u0928 \u0928\u0939\u093f \u092d' \u0930\u0939\u0932 \u0905\u091b\u093f\u0964", ["\u00abpw\u00bb"]),
        (P, "KYC \u0932\u0947\u0932 \u0939\u092e\u0930 \u0906\u0927\u093e\u0930: \u00abaad\u00bb", ["\u00abaad\u00bb"]),
        (C, "\u0905\u0939\u093e\u0901\u0915 \u0910\u092a OTP \u00abotp\u00bb \u092a\u0920\u094c\u0932\u0915, \u0913\u0939\u094b \u0915\u093e\u091c \u0928\u0939\u093f \u0915\u0947\u0932\u0915\u0964", ["\u00abotp\u00bb"]),
        (X, "\u0938\u094d\u0915\u094d\u0930\u0940\u0928\u0936\u0949\u091f \u092e\u0947 \u0924\u094d\u0930\u0941\u091f\u093f: request-id \u00abu\u00bb, \u0938\u0930\u094d\u0935\u0930 web-in-03", []),
        (P, "\u0939\u092e\u0930 \u092a\u0924\u093f \u0930\u092e\u0947\u0936 \u092e\u093f\u0936\u094d\u0930 \u0915 UPI ramesh.mishra77@okaxis \u0938\u0901 \u092d\u0941\u0917\u0924\u093e\u0928 \u092d\u0947\u0932 \u091b\u0932\u0964", ["\u0930\u092e\u0947\u0936 \u092e\u093f\u0936\u094d\u0930", "ramesh.mishra77@okaxis"]),
        (C, "\u0939\u092e\u0930 POS \u0938\u093f\u0938\u094d\u091f\u092e \u092e\u0947 \u0905\u0939\u093e\u0901\u0915 API key \u00abfk\u00bb \u0932\u093e\u0917\u0932 \u0905\u091b\u093f, \u0915\u0940 \u0908 \u0920\u0940\u0915 \u0905\u091b\u093f?", ["\u00abfk\u00bb"]),
        (X, "-- support-in@fernwick.farm \u0938\u0901 \u0938\u094d\u0935\u091a\u093e\u0932\u093f\u0924 \u0909\u0924\u094d\u0924\u0930: \u0905\u0939\u093e\u0901\u0915 \u091f\u093f\u0915\u091f SUP-IN-2290 \u0926\u0930\u094d\u091c \u092d' \u0917\u0947\u0932\u0964", []),
        (X, "\u0927\u0928\u094d\u092f\u0935\u093e\u0926\u0964 (Message-ID: <CAF3x\u00abmid\u00bb@mail.gmail.com>)", []),
        (X, "Authentication-Results: mx1.fernwick.farm; dkim=pass header.d=gmail.com; spf=pass; X-Spam-Score: 0.4", []),
    ]

def g16():
    v = dict(hv=hvs(), pw=pw_r(18), rk=rk_live(), sha=sha())
    n = ids.fr_nir("1870499352118")
    v["nir"] = reg("fr-nir", "nir", "%s %s %s %s %s %s %s" % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]))
    v["iban"] = reg("iban-fr", "iban", ids.iban_complete("FR", ids.fr_bban("20041", "01005", "04817263519")))
    return "postmortem", "Kabyle", v, [
        (X, "Tasle\u1e0dt deffir tedyant (postmortem) INC-2318 -- seedbank-ledger ye\u1e25bes 47 n tesdatin, 2024-11-28", []),
        (X, "Sebba: aselkin n TLS yemmut deg fw-prod-euw1; ledger-api yerra 502 (ERR_UPSTREAM_TLS).", []),
        (P, "Amsenqed n tedyant: Mu\u1e25end Ait Ali; ame\u1e0dfar: Tassadit Hamdi.", ["Mu\u1e25end Ait Ali", "Tassadit Hamdi"]),
        (C, "09:14 -- Mu\u1e25end yekcem s tsarut n Vault n tallalt: \u00abhv\u00bb, ad tettwabeddel.", ["Mu\u1e25end", "\u00abhv\u00bb"]),
        (C, "09:20 -- Awal uffir n pgbouncer yettwaru deg Slack: \u00abpw\u00bb; yettwabeddel \u0263ef 09:41.", ["\u00abpw\u00bb"]),
        (X, "09:33 -- Asenfar n ledger-api 2.14.0.4 (commit \u00absha\u00bb) yerra-d tazmert.", []),
        (P, "09:50 -- Tassadit tessawel i umsa\u0263 deg 06 41 27 83 90 akken ad as-d-temmeslay \u0263ef tedyant.", ["Tassadit", "06 41 27 83 90"]),
        (P, "Amsa\u0263 yettwa\u1e25ezzen: Lounes Amrouche, tansa: 12 rue des Mara\u00eechers, 75020 Paris", ["Lounes Amrouche", "12 rue des Mara\u00eechers, 75020 Paris"]),
        (P, "Deg ufaylu n lexla\u1e63 i d-iffe\u0263en: NIR \u00abnir\u00bb, IBAN \u00abiban\u00bb", ["\u00abnir\u00bb", "\u00abiban\u00bb"]),
        (C, "Tasarut n Stripe \u00abrk\u00bb tban deg ul\u0263u n Sentry; tettwakkes.", ["\u00abrk\u00bb"]),
        (X, "Tamawt: ulac tasarut deg u\u1e0dris-a; tisura ttwa\u1e25erzent s vault kv get secret/ledger/*.", []),
        (X, "Tigawin: FW-2301 (asnifel n TLS s cert-manager), FW-2302 (al\u0263u ssl_expiry_days < 14).", []),
        (X, "Ametrik: fw_ledger_http_5xx_total yuli \u0263er 1.2k/min; SLO 99.9% ye\u1e25res 38%.", []),
    ]

def g17():
    v = dict(pw=pw_u(24), cf=cf_tok(), dd=hexs(32), dda=hexs(40), npm=npm())
    return "Terraform", "English", v, [
        (X, "resource \"aws_db_instance\" \"orders\" { identifier = \"fw-orders-prod\", engine_version = \"15.6\", instance_class = \"db.r6g.large\" }", []),
        (C, "  password = \"\u00abpw\u00bb\"  # FIXME use random_password", ["\u00abpw\u00bb"]),
        (X, "  password = var.db_password  # staging module, value from TF_VAR_db_password", []),
        (X, "  manage_master_user_password = true  # RDS keeps it in Secrets Manager", []),
        (C, "provider \"cloudflare\" { api_token = \"\u00abcf\u00bb\" }", ["\u00abcf\u00bb"]),
        (X, "data \"aws_secretsmanager_secret_version\" \"ledger\" { secret_id = \"prod/ledger/db\" }", []),
        (C, "provider \"datadog\" { api_key = \"\u00abdd\u00bb\", app_key = \"\u00abdda\u00bb\" }", ["\u00abdd\u00bb", "\u00abdda\u00bb"]),
        (P, "  tags = { Owner = \"olivia.grant@fernwick.farm\", CostCenter = \"FARM-OPS\" }", ["olivia.grant@fernwick.farm"]),
        (P, "# imported by hand by Olivia Grant from her laptop; home IP 73.158.42.190 allowlisted below", ["Olivia Grant", "73.158.42.190"]),
        (P, "  cidr_blocks = [\"73.158.42.190/32\"]  # olivia home", ["73.158.42.190", "olivia"]),
        (X, "  cidr_blocks = [\"10.42.0.0/16\", \"172.20.0.0/14\"]", []),
        (X, "# state: s3://fw-tfstate-prod/orders/terraform.tfstate (lock table fw-tf-locks), serial 418", []),
        (C, "resource \"github_actions_secret\" \"npm\" { repository = \"order-portal\", secret_name = \"NPM_TOKEN\", plaintext_value = \"\u00abnpm\u00bb\" }", ["\u00abnpm\u00bb"]),
        (P, "variable \"billing_contact_phone\" { default = \"+1 503-714-2268\" }  # Olivia's cell", ["+1 503-714-2268", "Olivia"]),
    ]

def g18():
    v = dict(cs=k8s_b64(rs(32)), dbp=k8s_b64(pw_h()), xb=xoxb(), u=uuid(), se=sealed(), jwt=jwt("system:serviceaccount:payroll-bridge:sync"))
    v["ssn"] = reg("us-ssn", "ssn", "529-38-4172")
    v["iban"] = reg("iban", "iban_de", ids.iban_complete("DE", "100700240928374615"))
    return "Kubernetes Secret / kubectl", "English", v, [
        (X, "$ kubectl -n payroll-bridge get secret payroll-creds -o yaml", []),
        (X, "apiVersion: v1 / kind: Secret / type: Opaque", []),
        (C, "  ADP_CLIENT_SECRET: \u00abcs\u00bb", ["\u00abcs\u00bb"]),
        (C, "  DB_PASSWORD: \u00abdbp\u00bb", ["\u00abdbp\u00bb"]),
        (X, "metadata: { name: payroll-creds, namespace: payroll-bridge, uid: \u00abu\u00bb, resourceVersion: \"88412093\" }", []),
        (C, "stringData: { SLACK_BOT_TOKEN: \u00abxb\u00bb }", ["\u00abxb\u00bb"]),
        (X, "$ kubectl create secret generic payroll-creds --from-env-file=./payroll.env --dry-run=client -o yaml | kubeseal -o yaml > sealed.yaml", []),
        (X, "  encryptedData: { DB_PASSWORD: \u00abse\u00bb }", []),
        (P, "  EMPLOYEE_TEST_RECORD: '{\"name\":\"Jorge Villanueva\",\"ssn\":\"\u00abssn\u00bb\",\"dob\":\"1984-06-02\"}'", ["Jorge Villanueva", "\u00abssn\u00bb", "1984-06-02"]),
        (P, "  annotations: { owner: jorge.villanueva, backup-contact: \"+1 415-867-2290\" }", ["jorge.villanueva", "+1 415-867-2290"]),
        (X, "$ kubectl -n payroll-bridge rollout restart deploy/payroll-bridge  => deployment.apps/payroll-bridge restarted (revision 57)", []),
        (P, "payroll-bridge-6c9d7 sync: sent paystub to ana.lucia.reyes@gmail.com, payout account \u00abiban\u00bb", ["ana.lucia.reyes@gmail.com", "\u00abiban\u00bb"]),
        (C, "users: [ { name: payroll-sync, user: { token: \u00abjwt\u00bb } } ]", ["\u00abjwt\u00bb"]),
    ]

def g19():
    v = dict(pw=pw_h(), otp=otp(), sh=shpat(), u=uuid())
    v["curp"] = reg("mx-curp", "curp", ids.mx_curp("TERX960318MDFPMC0"))
    v["clabe"] = reg("mx-clabe", "clabe", ids.mx_clabe("01218001527394861"))
    return "support ticket", "Nahuatl", v, [
        (X, "Tiquet SUP-MX-7710 \u00b7 tequitl: order-portal-mx \u00b7 ERR_CLABE_MISMATCH \u00b7 estado: abierto", []),
        (P, "Niltze, notoca Xochitl Tepoz Ram\u00edrez, nitlanamaca quilitl ipan Milpa Alta.", ["Xochitl Tepoz Ram\u00edrez"]),
        (P, "Nochan: Calle Hidalgo 12, Barrio San Mateo, Milpa Alta, CDMX 12000", ["Calle Hidalgo 12, Barrio San Mateo, Milpa Alta, CDMX 12000"]),
        (P, "Notelefono: 55 3412 8876, nocorreo: xochitl.tepoz@hotmail.com", ["55 3412 8876", "xochitl.tepoz@hotmail.com"]),
        (P, "Nocurp: \u00abcurp\u00bb", ["\u00abcurp\u00bb"]),
        (P, "Nocuenta CLABE ic tlaxtlahuilli: \u00abclabe\u00bb", ["\u00abclabe\u00bb"]),
        (C, "Noichtacatlahtol (contrase\u00f1a) ocatca \u00abpw\u00bb, axcan amo cualli.", ["\u00abpw\u00bb"]),
        (C, "Onechmacac c\u00f3digo \u00abotp\u00bb ipan SMS, amo otequit.", ["\u00abotp\u00bb"]),
        (X, "Tlanahuatilli: Shopify webhook topic orders/create, API version 2024-10, store fernwick-mx.myshopify.com", []),
        (C, "Nopiltzin oquitlalih \u00absh\u00bb ipan noaplicaci\u00f3n, \u00bfcualli?", ["\u00absh\u00bb"]),
        (X, "Request ID: \u00abu\u00bb \u00b7 servidor web-mx-02 \u00b7 HTTP 409", []),
        (X, "Respuesta autom\u00e1tica: Tlazohcamati, soporte-mx@fernwick.farm mitznanquiliz ipan 24 horas.", []),
        (X, "Notas internas: sandbox quitequitilih tarjeta de prueba 4242 4242 4242 4242, amo melahuac tlaxtlahuilli.", []),
    ]

def g20():
    v = dict(pw=pw_r(16), ok=ossh_body(), gs=glsa(), c7=sha7())
    v["card"] = card("card", "454360128874513")
    return "runbook", "Aymara", v, [
        (X, "Runbook: lumen-ctl jamasa aru turka\u00f1a (rotaci\u00f3n) -- El Alto uta, fw-prod-sae1", []),
        (X, "1. Nayraqata: vault kv get -field=password secret/elalto/lumen-ctl -- jamasa aru janiw aka qillqatan qillqat\u00e4kiti.", []),
        (X, "2. Aka kamachimpi: ./rotate.sh --target lumen-ctl-01.elalto.fernwick-internal.net:8443 --dry-run", []),
        (C, "3. Nayra jamasa aru (lura\u00f1ataki): \u00abpw\u00bb -- turkat\u00e4xi, jan apnaqamti.", ["\u00abpw\u00bb"]),
        (C, "4. SSH llave: -----BEGIN OPENSSH PRIVATE KEY-----\\n\u00abok\u00bb\\n-----END OPENSSH PRIVATE KEY-----", ["\u00abok\u00bb"]),
        (P, "5. Jan walt'awi utjchi, Wara Mamani Quispe ukar jawsam: +591 71584236", ["Wara Mamani Quispe", "+591 71584236"]),
        (P, "Wara Mamaniru correo apayam: wara.mamani.q@gmail.com", ["Wara Mamaniru", "wara.mamani.q@gmail.com"]),
        (P, "Mallku Condorin utapa: Av. Juan Pablo II 2244, Zona 16 de Julio, El Alto", ["Mallku Condorin", "Av. Juan Pablo II 2244, Zona 16 de Julio, El Alto"]),
        (C, "6. Grafana API: \u00abgs\u00bb (Mallku Condori turkani, jan aka qillqatan jaytamti)", ["\u00abgs\u00bb", "Mallku Condori"]),
        (X, "7. U\u00f1akipa\u00f1a: curl -s https://lumen-ctl-01.elalto.fernwick-internal.net/healthz -> {\"status\":\"ok\",\"version\":\"4.2.0.15\"}", []),
        (X, "8. Metrica: fw_lumen_ctl_auth_failures_total 0 ukat jan jilxattaspati; alerta LumenAuthFail.", []),
        (P, "Tarjeta (Mallku, irpiri): \u00abcard\u00bb", ["Mallku", "\u00abcard\u00bb"]),
        (X, "9. Tukuya: ticket FW-OPS-8120 jist'anta\u00f1a, commit \u00abc7\u00bb runbook-ar u\u00f1t'aya\u00f1a.", []),
    ]

def g21():
    v = dict(k=rs(32), tok=rs(43, B64U), pw=pw_u(14), js=ns(8), rid=ns(32))
    d = "[06/Dec/2024:09:14:%s +0000]"
    return "nginx access log", "English", v, [
        (P, "81.245.17.203 - - " + d % "22" + " \"GET /v2/orders HTTP/2.0\" 200 5120 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)\"", ["81.245.17.203"]),
        (C, "92.17.140.66 - - " + d % "25" + " \"GET /api/export?format=csv&api_key=\u00abk\u00bb HTTP/1.1\" 200 88123 \"-\" \"python-requests/2.32.3\"", ["92.17.140.66", "\u00abk\u00bb"]),
        (C, "176.58.92.14 - - " + d % "31" + " \"GET /account/reset?token=\u00abtok\u00bb HTTP/2.0\" 302 0 \"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6)\"", ["176.58.92.14", "\u00abtok\u00bb"]),
        (C, "151.29.44.190 - - " + d % "40" + " \"POST /login?user=fw_admin&password=\u00abpw\u00bb HTTP/1.1\" 302 0 \"-\" \"curl/8.5.0\"", ["151.29.44.190", "\u00abpw\u00bb"]),
        (X, "10.42.3.9 - - " + d % "41" + " \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"", []),
        (X, "127.0.0.1 - - " + d % "42" + " \"GET /nginx_status HTTP/1.1\" 200 97 \"-\" \"nginx-prometheus-exporter/1.3.0\"", []),
        (P, "109.150.61.72 - jbarker " + d % "45" + " \"GET /admin/ HTTP/1.1\" 401 179 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"", ["109.150.61.72", "jbarker"]),
        (P, "83.24.118.5 - - " + d % "47" + " \"GET /unsubscribe?email=maria.kowalska%40wp.pl HTTP/2.0\" 200 1433 \"-\" \"Mozilla/5.0 (Android 14)\"", ["83.24.118.5", "maria.kowalska%40wp.pl"]),
        (X, "10.42.3.17 - - " + d % "49" + " \"GET /static/app.\u00abjs\u00bb.js HTTP/2.0\" 304 0 \"https://shop.fernwick.farm/\" \"Mozilla/5.0\"", []),
        (X, "2024/12/06 09:14:50 [error] 31#31: *88412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.3.9, upstream: \"http://10.42.8.40:8080/v2/orders\"", []),
        (X, "10.42.3.11 - - " + d % "52" + " \"GET /metrics HTTP/1.1\" 200 20411 \"-\" \"Prometheus/2.53.1\" rid=\u00abrid\u00bb", []),
        (X, "10.42.3.12 - - " + d % "55" + " \"GET /v2/docs?example_key=YOUR_API_KEY HTTP/1.1\" 200 3102 \"-\" \"Mozilla/5.0\"", []),
        (P, "89.64.22.131 - - " + d % "58" + " \"GET /track?phone=%2B48601224518 HTTP/2.0\" 204 0 \"-\" \"Mozilla/5.0\"", ["89.64.22.131", "%2B48601224518"]),
    ]

def g22():
    v = dict(u=uuid(), pw=pw_h(), pw2=pw_h(), pat=gh_fine(), fp=dig(), tr=trace(), li=lin(), ul=ulid(), ok=okta())
    v["iban"] = reg("iban", "iban_nl", ids.iban_complete("NL", "RABO0318462957"))
    t = "{\"ts\":\"2024-12-05T1"
    return "JSON audit log", "English", v, [
        (X, t + "1:02:14Z\",\"actor\":\"svc-harvest-sync\",\"action\":\"secret.read\",\"resource\":\"vault:secret/harvest/db\",\"result\":\"allowed\",\"request_id\":\"\u00abu\u00bb\"}", []),
        (P, t + "1:04:40Z\",\"actor\":\"liam.oconnor@fernwick.farm\",\"action\":\"user.login\",\"src_ip\":\"92.40.187.11\",\"mfa\":\"totp\"}", ["liam.oconnor@fernwick.farm", "92.40.187.11"]),
        (C, t + "1:05:02Z\",\"actor\":\"liam.oconnor@fernwick.farm\",\"action\":\"user.password_change\",\"old\":\"\u00abpw\u00bb\",\"new\":\"\u00abpw2\u00bb\"}", ["liam.oconnor@fernwick.farm", "\u00abpw\u00bb", "\u00abpw2\u00bb"]),
        (C, t + "1:09:31Z\",\"actor\":\"ci-bot\",\"action\":\"token.create\",\"token\":\"\u00abpat\u00bb\"}", ["\u00abpat\u00bb"]),
        (X, t + "1:09:32Z\",\"actor\":\"ci-bot\",\"action\":\"token.create\",\"token_prefix\":\"github_pat_11****\",\"fingerprint\":\"\u00abfp\u00bb\"}", []),
        (P, t + "2:15:08Z\",\"actor\":\"support-console\",\"action\":\"customer.update\",\"target\":\"CUST-40117\",\"changes\":{\"dob\":\"1979-11-30\",\"name\":\"Sofia Marchetti\"}}", ["1979-11-30", "Sofia Marchetti"]),
        (P, t + "2:16:44Z\",\"actor\":\"support-console\",\"action\":\"payout.update\",\"target\":\"CUST-40117\",\"changes\":{\"iban\":\"\u00abiban\u00bb\"}}", ["\u00abiban\u00bb"]),
        (X, t + "3:00:00Z\",\"actor\":\"terraform-cloud\",\"action\":\"role.grant\",\"target\":\"group:farm-ops\",\"role\":\"viewer\",\"trace_id\":\"\u00abtr\u00bb\"}", []),
        (C, t + "3:20:17Z\",\"actor\":\"svc-integrations\",\"action\":\"integration.create\",\"config\":{\"type\":\"linear\",\"api_key\":\"\u00abli\u00bb\"}}", ["\u00abli\u00bb"]),
        (X, t + "4:00:00Z\",\"actor\":\"secrets-rotator\",\"action\":\"secret.rotate\",\"resource\":\"aws:secretsmanager:prod/orders/db\",\"stage\":\"AWSCURRENT\",\"result\":\"ok\"}", []),
        (X, t + "4:12:55Z\",\"actor\":\"svc-integrations\",\"action\":\"apikey.create\",\"key_id\":\"ak_\u00abul\u00bb\",\"scopes\":[\"orders:read\"],\"shown_once\":true}", []),
        (P, t + "5:41:09Z\",\"actor\":\"noor.haddad\",\"action\":\"support.impersonate\",\"target_phone\":\"+33 6 12 48 90 37\"}", ["noor.haddad", "+33 6 12 48 90 37"]),
        (C, t + "6:02:33Z\",\"actor\":\"svc-idp\",\"action\":\"sso.configure\",\"config\":{\"okta_api_token\":\"\u00abok\u00bb\"}}", ["\u00abok\u00bb"]),
    ]

def g23():
    v = dict(pw=pw_h(), tg=tg(), ak=akid(), aks=aws_sec(), sha=sha(), tr=trace())
    v["snils"] = reg("ru-snils", "snils", ids.ru_snils("147382905"))
    v["inn"] = reg("ru-inn12", "inn", ids.ru_inn12("2014037815"))
    h = "Issue key,Summary,Status,Priority,Reporter,Assignee,Created,Description"
    return "Jira CSV export", "Chechen", v, [
        (X, h, []),
        (P, "FW-GRZ-412,\"\u0422\u0435\u043f\u043b\u0438\u0446\u0430 3: \u0434\u0430\u0442\u0447\u0438\u043a \u0431\u043e\u043b\u0445 \u0431\u0435\u0448 \u0432\u0430\u0446\",Open,High,\u0417\u0435\u043b\u0438\u043c\u0445\u0430\u043d \u041c\u0443\u0441\u0430\u0435\u0432,climate-oncall,2024-12-02,\"\u0421\u0435\u043d\u0441\u043e\u0440 rh-11 \u0445\u0430\u0430\u043c \u0431\u0430\u0446\"", ["\u0417\u0435\u043b\u0438\u043c\u0445\u0430\u043d \u041c\u0443\u0441\u0430\u0435\u0432"]),
        (C, "FW-GRZ-413,\"\u0420\u043e\u0443\u0442\u0435\u0440\",Open,Medium,grz-ops,climate-oncall,2024-12-02,\"\u0420\u043e\u0443\u0442\u0435\u0440\u0430\u043d \u043a\u0435\u0440\u043b\u0430 \u043f\u0430\u0440\u043e\u043b\u044c: \u00abpw\u00bb, \u043a\u0445\u0430\u043d\u0430 \u0445\u0438\u0439\u0446\u0430\"", ["\u00abpw\u00bb"]),
        (P, "FW-GRZ-414,\"\u0414\u0435\u0436\u0443\u0440\u0441\u0442\u0432\u043e\",Open,Low,grz-ops,grz-ops,2024-12-03,\"\u041c\u0430\u0434\u0438\u043d\u0438\u043d \u0442\u0435\u043b\u0435\u0444\u043e\u043d: +7 928 734-51-20\"", ["\u041c\u0430\u0434\u0438\u043d\u0438\u043d", "+7 928 734-51-20"]),
        (P, "FW-GRZ-415,\"HR\",Open,Low,grz-ops,hr-bridge,2024-12-03,\"\u0417\u0435\u043b\u0438\u043c\u0445\u0430\u043d\u0430\u043d \u0421\u041d\u0418\u041b\u0421: \u00absnils\u00bb\"", ["\u0417\u0435\u043b\u0438\u043c\u0445\u0430\u043d\u0430\u043d", "\u00absnils\u00bb"]),
        (C, "FW-GRZ-416,\"Telegram \u0431\u043e\u0442\",In Progress,High,grz-ops,grz-ops,2024-12-03,\"\u0411\u043e\u0442\u0430\u043d \u0442\u043e\u043a\u0435\u043d: \u00abtg\u00bb\"", ["\u00abtg\u00bb"]),
        (X, "FW-GRZ-417,\"climate-ctl 3.4.1.12 \u0445\u0438\u0439\u0446\u0430\u0440\",Done,Medium,release-bot,grz-ops,2024-12-04,\"commit \u00absha\u00bb\"", []),
        (P, "FW-GRZ-418,\"HR\",Open,Low,grz-ops,hr-bridge,2024-12-04,\"\u041c\u0430\u0434\u0438\u043d\u0430 \u0418\u0441\u0430\u0435\u0432\u0430\u043d \u0418\u041d\u041d: \u00abinn\u00bb\"", ["\u041c\u0430\u0434\u0438\u043d\u0430 \u0418\u0441\u0430\u0435\u0432\u0430\u043d", "\u00abinn\u00bb"]),
        (X, "FW-GRZ-419,\"\u041f\u0430\u0440\u043e\u043b\u044c Vault-\u0435\u0445\u044c\",Done,Low,grz-ops,grz-ops,2024-12-04,\"vault kv get secret/grz/router -- \u043a\u0445\u0443\u0437\u0430 \u044f\u0437\u0434\u0430\u043d \u043c\u0435\u0433\u0430\u0440 \u0434\u0430\u0446\"", []),
        (X, "FW-GRZ-420,\"\u0410\u043b\u0435\u0440\u0442 FwClimateSensorStale\",Closed,Medium,alertmanager,climate-oncall,2024-12-05,\"trace_id \u00abtr\u00bb\"", []),
        (C, "FW-GRZ-421,\"AWS\",Open,Highest,grz-ops,sec-team,2024-12-05,\"AWS \u0434\u043e\u0433\u0430: \u00abak\u00bb / \u00abaks\u00bb\"", ["\u00abak\u00bb", "\u00abaks\u00bb"]),
        (X, "FW-GRZ-422,\"\u041f\u0430\u0440\u043e\u043b\u044c \u0434\u04c0\u0430\u0442\u0443\u044c\u0439\u0441\u0438\u043d\u0430: ********\",Won't Do,Low,grz-ops,grz-ops,2024-12-05,\"\u041c\u0430\u0441\u043a\u0430 \u044e\u043a\u043a\u044a\u0435\u0440\u0430 \u0439\u0443\"", []),
        (P, "FW-GRZ-423,\"\u0414\u043e\u0441\u0442\u0430\u0432\u043a\u0430\",Open,Low,grz-ops,grz-ops,2024-12-06,\"\u0417\u0435\u043b\u0438\u043c\u0445\u0430\u043d\u0430\u043d \u0446\u04c0\u0430: \u0433. \u0413\u0440\u043e\u0437\u043d\u044b\u0439, \u0443\u043b. \u0416\u0443\u043a\u043e\u0432\u0441\u043a\u043e\u0433\u043e 41, \u043a\u0432. 17\"", ["\u0417\u0435\u043b\u0438\u043c\u0445\u0430\u043d\u0430\u043d", "\u0433. \u0413\u0440\u043e\u0437\u043d\u044b\u0439, \u0443\u043b. \u0416\u0443\u043a\u043e\u0432\u0441\u043a\u043e\u0433\u043e 41, \u043a\u0432. 17"]),
        (X, "FW-GRZ-424,\"SLA 4h\",Open,Medium,grz-ops,climate-oncall,2024-12-06,\"\u043c\u0435\u0442\u0440\u0438\u043a\u0430 fw_grz_greenhouse_temp_c, host grz-clim-01.fernwick-internal.net\"", []),
    ]

def g24():
    v = dict(pw=pw_h(), sg=sg(), jk="11" + hexs(32), dg=dig())
    v["snils"] = reg("ru-snils", "snils", ids.ru_snils("163520748"))
    return "Slack thread", "Ossetian", v, [
        (X, "#vkz-farm-ops · deploy-bot: harvest-planner 6.3.0.41 → fw-prod-euw1 ✅", []),
        (P, "[10:02] alan.gagloev: Салам! Ныр æз теплицæ 2-мæ цæуын.", ["alan.gagloev"]),
        (C, "[10:05] alan.gagloev: БД-йы ног пароль: «pw», æз æй баивтон", ["alan.gagloev", "«pw»"]),
        (P, "[10:07] zarina.tsaegaraeva: Бузныг, Алан. Мæ ног телефон: +7 918 825-33-71", ["zarina.tsaegaraeva", "Алан", "+7 918 825-33-71"]),
        (X, "[10:09] grafana-bot: FIRING fw_vkz_co2_ppm > 1500 (greenhouse=2), runbook https://runbooks.fernwick-internal.net/co2", []),
        (C, "[10:12] zarina.tsaegaraeva: SendGrid-ы дæгъæл: «sg»", ["zarina.tsaegaraeva", "«sg»"]),
        (X, "[10:14] vault-bot: secret/vkz/sendgrid rotated, version 7 (value not shown)", []),
        (P, "[10:20] alan.gagloev: Заринæйы хæдзар: г. Владикавказ, ул. Ватутина 22, кв. 5 — уым ис посылкæ", ["alan.gagloev", "Заринæйы", "г. Владикавказ, ул. Ватутина 22, кв. 5"]),
        (X, "[10:25] jira-bot: FW-VKZ-231 created: CO2 valve V3 sticking (priority High)", []),
        (C, "[10:31] alan.gagloev: Jenkins-ы токен: «jk»", ["alan.gagloev", "«jk»"]),
        (X, "[10:33] ci-bot: build #4412 passed, image «dg»", []),
        (P, "[10:40] zarina.tsaegaraeva: Аланы СНИЛС бухгалтерийæн: «snils»", ["zarina.tsaegaraeva", "Аланы", "«snils»"]),
        (X, "[10:45] pagerduty-bot: incident PD-Q3F9A2 resolved by vkz-oncall", []),
    ]

def g25():
    v = dict(dg=dig(), pw=pw_u(20), pw2=pw_u(16), az=az_key(), dk=dckr())
    return "docker-compose.yml", "English", v, [
        (X, "# docker-compose for sensor-ingest local + edge testing (compose spec 3.9)", []),
        (X, "    image: ghcr.io/fernwick/sensor-ingest@«dg»", []),
        (C, "      - POSTGRES_PASSWORD=«pw»", ["«pw»"]),
        (X, "      - POSTGRES_PASSWORD_FILE=/run/secrets/pg_password", []),
        (C, "      - MQTT_URL=mqtts://ingest:«pw2»@mqtt.fernwick-internal.net:8883", ["«pw2»"]),
        (C, "      - AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=fwsensorarchive;AccountKey=«az»;EndpointSuffix=core.windows.net", ["«az»"]),
        (X, "      - AZURITE_ACCOUNT_KEY=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==  # Azurite well-known dev key", []),
        (X, "    ports: [\"127.0.0.1:5432:5432\", \"8883:8883\", \"9464:9464\"]", []),
        (P, "    # maintainer: Ethan Brooks <ethan.brooks91@gmail.com>", ["Ethan Brooks", "ethan.brooks91@gmail.com"]),
        (P, "    labels: [\"owner=ebrooks\", \"oncall_phone=+1 312-447-9086\"]", ["ebrooks", "+1 312-447-9086"]),
        (C, "      - DOCKERHUB_TOKEN=«dk»", ["«dk»"]),
        (X, "    healthcheck: { test: [\"CMD\", \"pg_isready\", \"-U\", \"ingest\"], interval: 10s, retries: 5 }", []),
        (P, "      - TEST_DEVICE_OWNER=Chloe Nguyen, 1550 W Fullerton Ave Apt 3, Chicago IL 60614", ["Chloe Nguyen", "1550 W Fullerton Ave Apt 3, Chicago IL 60614"]),
        (X, "secrets: { pg_password: { external: true } }", []),
    ]

def g26():
    v = dict(vh=vault_hex(), pw=pw_h(), pw2=pw_r(20), rt=glrt(), pk=ns(43, AN + "+/"), pw3=pw_h())
    return "Ansible playbook and run", "English", v, [
        (X, "- name: Configure seedbank edge nodes  hosts: edge_farms  become: true", []),
        (X, "  vars_files: [group_vars/all/vault.yml]  # ansible-vault encrypted", []),
        (X, "$ANSIBLE_VAULT;1.1;AES256 «vh»", []),
        (C, "    ansible_become_password: \"«pw»\"  # plaintext in host_vars/edge-07.yml, oops", ["«pw»"]),
        (C, "    mysql_root_password: \"«pw2»\"", ["«pw2»"]),
        (X, "    ansible_become_password: \"{{ vault_become_password }}\"", []),
        (C, "  - name: Register runner  shell: gitlab-runner register --non-interactive --token «rt» --url https://gitlab.fernwick-internal.net", ["«rt»"]),
        (P, "  - name: Create user  user: name=akumar comment=\"Arjun Kumar\" groups=farm-admins shell=/bin/bash", ["akumar", "Arjun Kumar"]),
        (P, "    authorized_key: user=akumar key=\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«pk» arjun.kumar@arjuns-macbook\"", ["akumar", "arjun.kumar@arjuns-macbook"]),
        (P, "    emergency_contact: \"Meera Kumar, +91 98451 22037\"", ["Meera Kumar", "+91 98451 22037"]),
        (X, "PLAY RECAP  edge-07 : ok=14 changed=3 unreachable=0 failed=0 skipped=2 rescued=0 ignored=0", []),
        (C, "TASK [debug wifi] ok: [edge-07] => { \"wifi_psk\": \"«pw3»\" }", ["«pw3»"]),
        (X, "TASK [lumen-agent : template] changed: [edge-07] => (item=/etc/lumen/agent.toml) checksum=«vh»", []),
    ]

def g27():
    v = dict(u=uuid(), pw=pw_r(12), pw2=pw_h(), gl=glpat(), dg=dig())
    v["snils"] = reg("ru-snils", "snils", ids.ru_snils("158904327"))
    v["inn"] = reg("ru-inn12", "inn", ids.ru_inn12("1831052736"))
    return "CSV staff export", "Udmurt", v, [
        (X, "# Экспорт: payroll-bridge · Ижкар фермаысь ужасьёс · 2024-12-06 · export-id «u»", []),
        (X, "id;ним;вордӥськем нунал;телефон;СНИЛС;ИНН;пусйӧс", []),
        (P, "1041;Италмас Шутова;1992-05-17;+7 912 845-20-63;«snils»;;", ["Италмас Шутова", "1992-05-17", "+7 912 845-20-63", "«snils»"]),
        (P, "1042;Ондрей Корепанов;1988-10-03;+7 950 163-47-82;;«inn»;", ["Ондрей Корепанов", "1988-10-03", "+7 950 163-47-82", "«inn»"]),
        (C, "1043;svc-udm-sensor;;;;;\"вакытэз понэм пароль: «pw»\"", ["«pw»"]),
        (P, "1044;Зарни Бегешева;1995-01-29;;;;\"Италмаслы юрттэ\"", ["Зарни Бегешева", "1995-01-29", "Италмаслы"]),
        (X, "1045;svc-udm-backup;;;;;\"сервис учётка, пароль Vault-ын: secret/udm/backup\"", []),
        (C, "1046;Ондрей Корепанов;;;;;\"теплицаысь Wi-Fi пароль: «pw2»\"", ["Ондрей Корепанов", "«pw2»"]),
        (P, "1047;Светлана Пантелеева;1979-08-11;+7 3412 55-18-42;;;\"Ижкар, Пушкин ур., 154, 23 патэр\"", ["Светлана Пантелеева", "1979-08-11", "+7 3412 55-18-42", "Ижкар, Пушкин ур., 154, 23 патэр"]),
        (X, "# огъяз: 7 чур, 2 сервис учётка, checksum «dg»", []),
        (C, "1048;svc-udm-ci;;;;;\"GitLab токен: «gl»\"", ["«gl»"]),
        (X, "# тодэ ваньы: пароль ********, ИНН ************ (маскаен)", []),
        (X, "# кылдытӥз: payroll-bridge 1.9.3.2, query FW-HR-EXPORT-22", []),
    ]

def g28():
    v = dict(sha=sha(), pw=pw_h(), tg=tg(), dop=dop(), tr=trace())
    v["inn"] = reg("ru-inn12", "inn", ids.ru_inn12("1435098267"))
    return "Telegram incident chat", "Sakha", v, [
        (X, "[Telegram · Fernwick Дьокуускай · #farm-ops] 07:58 farm-bot: таһырдьа −47 °C, теплица иһэ +21.4 °C, fw_ykt_heater_duty 0.93", []),
        (P, "08:01 Айаал Саввинов: Дорооболоруй! Бүгүн мин дьуһуурунайбын.", ["Айаал Саввинов"]),
        (C, "08:03 Айаал Саввинов: Контроллер саҥа пароля: «pw»", ["Айаал Саввинов", "«pw»"]),
        (P, "08:05 Сардаана Иванова: Махтал! Айаалга сарсын эрийиэм, мин нүөмэрим: +7 914 226-18-45", ["Сардаана Иванова", "Айаалга", "+7 914 226-18-45"]),
        (X, "08:07 farm-bot: heater-ctl 1.6.2.9 deploy, commit «sha», status OK", []),
        (C, "08:10 Сардаана Иванова: Бот токена: «tg»", ["Сардаана Иванова", "«tg»"]),
        (X, "08:12 farm-bot: ⚠ токен маскаламмыт: 71********:AA****** (FW-YKT-88)", []),
        (P, "08:15 Айаал Саввинов: Сардаанаҕа посылка: г. Якутск, ул. Кирова 18, кв. 42", ["Айаал Саввинов", "Сардаанаҕа", "г. Якутск, ул. Кирова 18, кв. 42"]),
        (P, "08:20 Сардаана Иванова: Мин ИНН-им: «inn» (бухгалтерияҕа)", ["Сардаана Иванова", "«inn»"]),
        (X, "08:22 farm-bot: vault kv get secret/ykt/heater-ctl — version 9, суолтата көстүбэт", []),
        (C, "08:30 Айаал Саввинов: DigitalOcean токена: «dop»", ["Айаал Саввинов", "«dop»"]),
        (X, "08:35 farm-bot: alert FwYktHeaterDutyHigh resolved, trace «tr»", []),
        (X, "08:40 farm-bot: хост ykt-heat-01.fernwick-internal.net:9100 (10.80.1.21) UP", []),
    ]

def g29():
    v = dict(pw=pw_r(18), oa=openai(), wh=whsec())
    v["iban"] = reg("iban", "iban_gb", ids.iban_complete("GB", "HBUK40127631894205"))
    v["card"] = card("card", "37442901837556", sep=None)
    return "Python traceback", "English", v, [
        (X, "Traceback (most recent call last):", []),
        (X, "  File \"/app/payroll_bridge/sync.py\", line 214, in push_paystubs", []),
        (C, "    resp = client.post(url, auth=(\"payroll-sync\", \"«pw»\"))", ["«pw»"]),
        (X, "  File \"/usr/local/lib/python3.12/site-packages/httpx/_client.py\", line 1574, in send", []),
        (P, "    employee = {'name': 'Aisha Bello', 'email': 'aisha.bello@gmail.com', 'iban': '«iban»'}", ["Aisha Bello", "aisha.bello@gmail.com", "«iban»"]),
        (C, "    headers = {'X-Api-Key': '«oa»', 'Content-Type': 'application/json'}", ["«oa»"]),
        (X, "httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://api.payroll-vendor.example/v3/paystubs'", []),
        (P, "During handling of the above exception: employee_dob='1990-07-09', employee_phone='07700 918442'", ["1990-07-09", "07700 918442"]),
        (X, "  sentry_trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7 (W3C spec sample ids used in tests)", []),
        (C, "    os.environ['STRIPE_WEBHOOK_SECRET'] = '«wh»'", ["«wh»"]),
        (P, "    refund_card = '«card»'  # Aisha's Amex", ["«card»", "Aisha"]),
        (X, "RuntimeError: paystub batch 2024-11 aborted after 3 retries (job_id=ps-7f3c9e21)", []),
        (X, "  locals: url='https://api.payroll-vendor.example/v3/paystubs', token='<redacted>', retries=3", []),
    ]

def g30():
    v = dict(a=sha7(), b=sha7(), xb=xoxb(), aks=aws_sec(), rsa=rsa_body(), st=sntryu())
    v["iban"] = reg("iban", "iban_de", ids.iban_complete("DE", "500105175407324931"))
    return "git diff", "English", v, [
        (X, "diff --git a/config/settings.py b/config/settings.py", []),
        (X, "index «a»..«b» 100644", []),
        (C, "-SLACK_BOT_TOKEN = \"«xb»\"", ["«xb»"]),
        (X, "+SLACK_BOT_TOKEN = os.environ[\"SLACK_BOT_TOKEN\"]", []),
        (C, "-AWS_SECRET = \"«aks»\"", ["«aks»"]),
        (X, "+AWS_SECRET = get_secret(\"arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/ledger-AbCdEf\")", []),
        (C, "+# temp for local testing, remove!  PRIVATE_KEY = \"-----BEGIN RSA PRIVATE KEY-----\\n«rsa»\\n-----END RSA PRIVATE KEY-----\"", ["«rsa»"]),
        (P, "+    # reported by customer Emily Carter (emily.carter88@gmail.com), see FW-3391", ["Emily Carter", "emily.carter88@gmail.com"]),
        (P, "+TEST_USER = {\"name\": \"Jacob Müller\", \"dob\": \"1985-12-01\", \"iban\": \"«iban»\"}", ["Jacob Müller", "1985-12-01", "«iban»"]),
        (X, "+TEST_CARD = \"4242424242424242\"  # Stripe documented test card", []),
        (X, "@@ -88,7 +88,9 @@ def load_settings():", []),
        (P, "+ALLOWED_ADMIN_IPS = [\"10.42.0.0/16\", \"88.152.9.214\"]  # Jacob's home", ["88.152.9.214", "Jacob"]),
        (X, "Signed-off-by: release-bot <release-bot@fernwick.farm>", []),
        (C, "-SENTRY_AUTH_TOKEN = \"«st»\"", ["«st»"]),
    ]

def g31():
    v = dict(pw=pw_h(), mg="key-" + hexs(32), otp=otp(), u=uuid(), dg=dig(), mid=ns(10, UP + DG))
    c = ids.dk_cpr_mod11("230994218")
    v["cpr"] = reg("gl-cpr", "cpr", c[:6] + "-" + c[6:])
    v["iban"] = reg("iban", "iban_gl", ids.iban_complete("GL", "64710004829163"))
    return "customer email", "Kalaallisut", v, [
        (X, "Qulequtaa: Ikiorneqarusuppunga -- inniminniineq GL-40712 / SUP-GL-1187", []),
        (P, "Aluu, uanga Aviaja Lynge-mik ateqarpunga, Nuummi neriniartarfimmi sulivunga.", ["Aviaja Lynge"]),
        (P, "Najugaqarpunga: Aqqusinersuaq 18, 1. sal, 3900 Nuuk", ["Aqqusinersuaq 18, 1. sal, 3900 Nuuk"]),
        (P, "Oqarasuaatikka: +299 52 47 81", ["+299 52 47 81"]),
        (C, "Isissutissaq nutaaq: «pw» -- taamaattoq iserfigisinnaanngilara.", ["«pw»"]),
        (P, "CPR-normu: «cpr»", ["«cpr»"]),
        (P, "Akiliinissamut: IBAN «iban»", ["«iban»"]),
        (C, "Nukap, ikinngutima, API-mut kode uannut nassiuppaa: «mg»", ["Nukap", "«mg»"]),
        (X, "Kukkuneq: ERR_PORTAL_AUTH_423, request-id «u», server web-gl-01", []),
        (X, "Ilanngussaq: skaermbillede.png («dg»)", []),
        (X, "Akissut nammineersoq: support@fernwick.farm -- ticket SUP-GL-1187 tigusaavoq.", []),
        (C, "SMS-ikkut kode «otp» tigusara atorsinnaanngilaq.", ["«otp»"]),
        (X, "Inuulluaqqusillunga -- (Outlook for iOS, Message-ID <GV0P278MB«mid»@GV0P278MB.CHEP278.PROD.OUTLOOK.COM>)", []),
        (X, "Received: from mail-gl.tele.gl (10.20.4.7) by mx1.fernwick.farm; dkim=pass", []),
    ]

def g32():
    v = dict(pw=pw_r(14), ak=akid(), aks=aws_sec(), sha=sha(), tr=trace())
    v["hook"], v["hooks"] = slack_hook()
    v["rid"] = reg("cn-rid", "resident_id", ids.cn_rid("54010219910815032"))
    return "shift handover notes", "Tibetan", v, [
        (X, "ལས་རེས་སྤྲོད་ལེན། Fernwick ལྷ་ས། 2024-12-06 · cluster fw-prod-ape1 · ticket FW-LXA-204", []),
        (P, "དེ་རིང་ལས་རེས་པ། བསྟན་འཛིན་རྡོ་རྗེ། སང་ཉིན། ཚེ་རིང་སྒྲོལ་མ།", ["བསྟན་འཛིན་རྡོ་རྗེ", "ཚེ་རིང་སྒྲོལ་མ"]),
        (C, "ཚོད་འཛིན་ཆས་ཀྱི་གསང་ཚིག་གསར་པ། «pw» (སང་ཉིན་བརྗེ་དགོས།)", ["«pw»"]),
        (P, "བསྟན་འཛིན་གྱི་ཁ་པར། +86 139 8901 2345", ["བསྟན་འཛིན", "+86 139 8901 2345"]),
        (X, "lumen-ctl 4.2.0.15 ལ་རིམ་འཕར། commit «sha» · pods 6/6 Ready", []),
        (P, "ཚེ་རིང་སྒྲོལ་མའི་ཁྱིམ། ལྷ་ས་གྲོང་ཁྱེར། པེ་ཅིན་ཤར་ལམ། ཨང་ 27", ["ཚེ་རིང་སྒྲོལ་མའི", "ལྷ་ས་གྲོང་ཁྱེར། པེ་ཅིན་ཤར་ལམ། ཨང་ 27"]),
        (P, "ཚེ་རིང་སྒྲོལ་མའི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས། «rid»", ["ཚེ་རིང་སྒྲོལ་མའི", "«rid»"]),
        (C, "AWS ལྡེ་མིག «ak» / «aks»", ["«ak»", "«aks»"]),
        (X, "གསང་ཚིག་ vault kv get secret/lxa/lumen-ctl ནང་ཡོད། འདི་རུ་མ་འབྲི།", []),
        (X, "ཉེན་བརྡ། fw_lxa_o2_ratio < 0.19 (FwLxaLowOxygen) ཆུ་ཚོད་ 03:10 ནས་ 03:40 བར། trace «tr»", []),
        (C, "Slack webhook (བརྗེ་དགོས།): «hook»", ["«hooks»"]),
        (X, "རོགས་རམ། noc@fernwick.farm · +86 891 630 0100 (ཀུང་སིའི་ཁ་པར།)", []),
        (X, "ཐུགས་རྗེ་ཆེ། · host lxa-grow-ctl-01.fernwick-internal.net:8443", []),
    ]

def g33():
    v = dict(fp=fp(), pw=pw_r(16), pw2=pw_u(18), sig=sas_sig(), hv=hvs())
    d = "Dec 06 09:%s edge-07 "
    return "journald/syslog", "English", v, [
        (X, d % "14:22" + "systemd[1]: Started sensor-ingest.service - Fernwick sensor ingest 1.12.0.7.", []),
        (P, d % "14:25" + "sshd[18422]: Accepted publickey for dpatel from 109.144.22.87 port 51234 ssh2: ED25519 «fp»", ["dpatel", "109.144.22.87"]),
        (X, d % "14:25" + "sshd[18422]: pam_unix(sshd:session): session opened for user fwadmin(uid=1001) by (uid=0)", []),
        (C, d % "15:02" + "sudo[18511]: fwadmin : TTY=pts/0 ; PWD=/home/fwadmin ; USER=root ; COMMAND=/usr/bin/mysql -uroot -p«pw»", ["«pw»"]),
        (X, d % "15:40" + "kernel: [812344.112093] nvme nvme0: I/O 417 QID 3 timeout, aborting", []),
        (C, d % "16:11" + "sensor-ingest[2231]: level=debug msg=\"mqtt connect\" url=mqtts://ingest:«pw2»@mqtt.fernwick-internal.net:8883", ["«pw2»"]),
        (P, d % "16:30" + "sshd[18530]: Failed password for invalid user admin from 185.220.101.47 port 44122 ssh2", ["185.220.101.47"]),
        (C, d % "17:03" + "sensor-ingest[2231]: level=info msg=\"uploading\" sas=\"sv=2022-11-02&ss=b&srt=o&sp=rwl&se=2025-01-01T00:00:00Z&sig=«sig»\"", ["«sig»"]),
        (X, d % "18:44" + "CRON[18602]: (root) CMD (/usr/local/bin/rotate-logs --keep 14)", []),
        (P, d % "20:10" + "postfix/smtp[18640]: 3F2A11C0042: to=<samuel.osei@yahoo.co.uk>, relay=mx-eu.mail.am0.yahoodns.net:25, status=sent (250 ok)", ["samuel.osei@yahoo.co.uk"]),
        (X, d % "21:00" + "systemd[1]: sensor-ingest.service: Main process exited, code=exited, status=1/FAILURE", []),
        (C, d % "22:13" + "sensor-ingest[2240]: panic: vault login failed for token \"«hv»\": permission denied", ["«hv»"]),
        (P, d % "23:55" + "sssd[881]: user dpatel (Deepak Patel) added to group farm-admins", ["dpatel", "Deepak Patel"]),
    ]

def g34():
    v = dict(pw=pw_r(18), mb=mapbox(), pw2=pw_h(), py=pypi())
    v["iban"] = reg("iban-fr", "iban", ids.iban_complete("FR", ids.fr_bban("30003", "02178", "00050729384")))
    return "mysql session", "English", v, [
        (X, "mysql> SHOW DATABASES;", []),
        (X, "| lumen_prod | lumen_stage | information_schema | performance_schema |", []),
        (C, "mysql> CREATE USER 'lumen_ro'@'10.%' IDENTIFIED BY '«pw»';", ["«pw»"]),
        (X, "Query OK, 0 rows affected (0.02 sec)", []),
        (X, "mysql> SELECT id, provider, secret FROM integrations;", []),
        (C, "|  3 | mapbox   | «mb» |", ["«mb»"]),
        (C, "|  5 | pypi     | «py» |", ["«py»"]),
        (P, "| 412 | Olumide Adebayo | olumide.adebayo@gmail.com | 1993-02-21 |", ["Olumide Adebayo", "olumide.adebayo@gmail.com", "1993-02-21"]),
        (P, "| 413 | Chen Jing | +86 186 2145 9076 | 上海市浦东新区张杨路1500弄12号 |", ["Chen Jing", "+86 186 2145 9076", "上海市浦东新区张杨路1500弄12号"]),
        (X, "mysql> SELECT id, provider, key_sha256 FROM api_keys WHERE provider='hubspot';", []),
        (X, "|  4 | hubspot  | 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 |", []),
        (C, "mysql> UPDATE smtp_settings SET password='«pw2»' WHERE id=1;", ["«pw2»"]),
        (P, "mysql> SELECT * FROM payouts WHERE iban='«iban»';", ["«iban»"]),
        (X, "ERROR 1045 (28000): Access denied for user 'report'@'10.42.3.9' (using password: YES)", []),
    ]

def g35():
    v = dict(pw=pw_h(), otp=otp(), u=uuid(), pw2=pw_r(12))
    v["card"] = card("card", "539923157640382")
    return "WhatsApp support chat", "Ewe", v, [
        (X, "[WhatsApp Business · Fernwick Ghana] 08:10 Fernwick Bot: Woezɔ! Wowɔ tiket SUP-GH-6021.", []),
        (P, "08:12 Kafui Agbenyo: Ŋdi, nye ŋkɔe nye Kafui Agbenyo, mele Ho.", ["Kafui Agbenyo"]),
        (P, "08:13 Kafui Agbenyo: Nye telefon nɔmba enye 024 418 7752, email kafui.agbenyo@gmail.com", ["Kafui Agbenyo", "024 418 7752", "kafui.agbenyo@gmail.com"]),
        (C, "08:15 Kafui Agbenyo: Meɖɔ nya ɣaɣla yeye: «pw», gake nyemete ŋu le ge ɖe eme o.", ["Kafui Agbenyo", "«pw»"]),
        (X, "08:16 Fernwick Bot: Megaŋlɔ wò nya ɣaɣla ɖe afisia o! (******)", []),
        (C, "08:17 Kafui Agbenyo: SMS kode si va: «otp»", ["Kafui Agbenyo", "«otp»"]),
        (P, "08:20 Kafui Agbenyo: Nye adrɛs: HV-0026-1548, Bankoe, Ho", ["Kafui Agbenyo", "HV-0026-1548, Bankoe, Ho"]),
        (X, "08:22 Fernwick Bot: Order FW-GH-31207 le 'ERR_MOMO_TIMEOUT' me; request-id «u»", []),
        (P, "08:25 Kafui Agbenyo: Nye kard: «card»", ["Kafui Agbenyo", "«card»"]),
        (X, "08:26 Fernwick Bot: Míexɔa kard nɔmba to WhatsApp dzi o. Link: https://pay.fernwick.farm/gh (test kard 4111 1111 1111 1111 ko)", []),
        (C, "08:30 agent-gh-07: Meɖo nya ɣaɣla yeye ɖe wò email me: «pw2», trɔe ne ège ɖe eme.", ["«pw2»"]),
        (X, "08:31 Fernwick Bot: Akpe! Agent ID: agent-gh-07 · CSAT link https://fernwick.farm/csat", []),
        (X, "08:32 system: chat closed by agent-gh-07, duration 00:22:14, queue gh-support", []),
    ]

def g36():
    v = dict(pw=pw_h(), otp=otp(), pw2=pw_r(12), u=uuid())
    v["card"] = card("card", "446271930586214")
    return "call transcript", "Bambara", v, [
        (X, "Wele #CALL-ML-20241206-0088 · kiw: dɛmɛ-mali · rekɔrdi: on (voip-pbx-3.fernwick-internal.net)", []),
        (P, "Baarakɛla: I ni sɔgɔma, Fernwick dɛmɛ, n tɔgɔ ye Seydou Keïta ye.", ["Seydou Keïta"]),
        (P, "Kiliyan: I ni sɔgɔma, n tɔgɔ ye Awa Traoré ye, n bɛ Hamdallaye ACI 2000, Bamakɔ.", ["Awa Traoré", "Hamdallaye ACI 2000, Bamakɔ"]),
        (C, "Kiliyan: N ye n ka gundo daɲɛ yɛlɛma, a ye «pw», nka a tɛ baara kɛ.", ["«pw»"]),
        (P, "Kiliyan: N ka telefɔni ye 76 45 12 98, walima +223 66 21 07 43.", ["76 45 12 98", "+223 66 21 07 43"]),
        (X, "Baarakɛla: N bɛ komandi FW-ML-7731 lajɛ... a bɛ 'ERR_ORANGE_MONEY_PENDING' la.", []),
        (C, "Kiliyan: Kode min nana SMS la, o ye «otp».", ["«otp»"]),
        (P, "Kiliyan: N ka karti nimɔrɔ ye «card».", ["«card»"]),
        (X, "Baarakɛla: Aw kana karti nimɔrɔ fɔ telefɔni na; n bɛ lien ci aw ma: https://pay.fernwick.farm/ml", []),
        (X, "[Sisitɛmu: PCI pause 00:03:12 – rekɔrdi jɔra]", []),
        (C, "Baarakɛla: N ye gundo daɲɛ kura dilan: «pw2», a yɛlɛma ni i donna.", ["«pw2»"]),
        (X, "Baarakɛla: Tikɛti SUP-ML-2204 dayɛlɛlen don; aw bɛ se ka sɛbɛn ci dɛmɛ-ml@fernwick.farm ma.", []),
        (X, "[Sisitɛmu: wele banna 00:11:40 · transkripsiyɔn ID «u» · server voip-pbx-3]", []),
    ]

GROUPS = [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11, g12, g13, g14, g15, g16, g17, g18,
          g19, g20, g21, g22, g23, g24, g25, g26, g27, g28, g29, g30, g31, g32, g33, g34, g35, g36]

HEADER = "# kind\ttext\tmust-vanish\tsource\n"

def build():
    rows, table = [], []
    for i, fn in enumerate(GROUPS, 1):
        CUR[0] = i
        art, lang, v, lines = fn()
        v = {k: x for k, x in v.items() if x is not None}
        src = "writer27 g%02d %s (%s)" % (i, art, lang)
        cnt = {C: 0, P: 0, X: 0}
        for kind, t, items in lines:
            text = fill(t, v)
            its = [fill(x, v) for x in items]
            assert "\t" not in text and "\n" not in text, text
            rows.append((i, kind, text, " ||| ".join(its), src))
            cnt[kind] += 1
        table.append((i, "dev" if i % 2 else "test", art, lang, cnt[C], cnt[P], cnt[X], len(lines)))
    return rows, table

README_HEAD = """# batch27 -- writer 27, redaction-gate evaluation lines

**Who / when / how.** Written by writer 27 (an independent evaluation-data writer acting as a
security-minded SRE), December 2024 session, in one sitting of about 45 minutes. Every line is
hand-written into `gen.py`; secret bodies are drawn from `random.Random(27)` in the fixed order the
groups are built (g01..g36), look-alike hex (SHAs, digests, UUIDs, trace ids) from a separate
`random.Random(2727)`. Ids, IBANs and cards are typed as bases in `gen.py` and completed with check
digits by the hand-written `ids.py`; every one is listed in `batch27_ids.tsv`.
`python3 gen.py && python3 validate.py` rebuilds everything byte-identically and prints `OK`.
All people, companies, numbers and secrets are invented. Check digits computed: Luhn (cards),
IBAN mod 97 for all IBANs plus the national BBAN checks for BE, IT (CIN), NO and FR (RIB key);
TL/GL/GB/DE/NL IBANs carry only the ISO mod-97 pair. NINO and US SSN have no check digit (format
only). Non-English text was written by a non-native writer: plain sentences, best effort, with the
technical tokens left as they appear in real artefacts.

**Theme.** Fernwick Vertical Farms: indoor vertical farms (LED racks, hydroponic dosing, climate
control) in Europe, the Arctic, Asia, Africa, the Americas and the Pacific, selling greens to
restaurants. Services: order-portal, harvest-planner, seedbank-ledger, climate-ctl, dosing-ctl,
lumen-scheduler / lumen-ctl, sensor-ingest, payroll-bridge. Domains: fernwick.farm (public),
fernwick-internal.net (internal), fernwick.atlassian.net. Clusters: fw-prod-euw1, fw-prod-use2,
fw-prod-sae1, fw-prod-ape1.

**Files.** `batch27_dev.tsv` (odd groups), `batch27_test.tsv` (even groups), columns
`kind, text, must-vanish (joined by ' ||| '), source`. Kinds: `credential` (contains a secret; lists
the secret(s) plus any PII in the same line), `pii` (personal data, no secret), `negative` (nothing
must vanish).

## Labelling conventions
- Passwords: only the password is listed, never the user name (`orders_app`, `admin`, `fw_admin`).
- Tokens/keys: the whole token including its vendor prefix (`ghp_...`, `xoxb-...`, `sk_live_...`).
  AWS: both the access key id and the secret key are listed.
- Webhook URLs: only the secret path part (Slack's last segment, Discord's token, the hex secret in a
  Teams/Office webhook); the vendor host and workspace/channel ids stay.
- Basic auth: the base64 blob. k8s Secret `data:` values: the base64 value (it decodes to a secret).
  Private keys: the base64 body between the BEGIN/END markers (markers stay).
- Cookies: the session value only (`fw_session=...`); preference cookies stay.
- One-time codes (SMS/OTP, verification codes) and password-reset tokens count as credentials.
- Masked values (`********`, `github_pat_11****`, `**** 4417`), placeholders (`YOUR_API_KEY`,
  `<redacted>`), secret references (`vault kv get ...`, `existingSecret:`, `{{ vault_... }}`,
  `var.db_password`, `*_FILE=/run/secrets/...`, Secrets Manager ARNs), encrypted blobs (SealedSecret
  `encryptedData`, `$ANSIBLE_VAULT` hex) and hashes/fingerprints are negatives.
- Vendor-documented examples are negatives: AWS `AKIAIOSFODNN7EXAMPLE`/`wJalrXUtnFEMI/...EXAMPLEKEY`,
  Stripe `pk_test_TYooMQauvdEDq54NiTphI7jx`, Azurite dev key, W3C trace-context sample ids, AWS
  account `123456789012`, test cards 4242 4242 4242 4242 and 4111 1111 1111 1111.
- Person names (staff and customers), including inflected forms exactly as written (Sami `Niillasa`,
  Chechen `Зелимханан`, Ossetian `Аланы`, Sakha `Айаалга`, Udmurt `Италмаслы`, Aymara `Wara Mamaniru`,
  Kalaallisut `Nukap`, Tibetan genitive `ཚེ་རིང་སྒྲོལ་མའི`), first names alone when they refer to a
  person, and handles/usernames built from real names (`tom.whitfield`, `dpatel`, `@lferreira`) vanish.
- Named-person work emails (`olivia.grant@fernwick.farm`) are PII; role mailboxes
  (`support@`, `noc@`, `soporte-mx@`), bot/service accounts (`svc-*`, `ci-bot`, `fw-ci-bot`,
  `agent-gh-07`, `release-bot`) are not.
- Company switchboard numbers are not PII; personal phones (any format) are.
- IP addresses: public client/user IPs are PII (including an attacker's source IP); RFC 1918,
  loopback and cluster-internal addresses stay. Postal addresses: home/billing addresses of people
  vanish (listed as one span); site/host names stay.
- National ids (NRN, codice fiscale, fødselsnummer, NINO, SNILS, INN, CURP, CLABE, Aadhaar, NIR,
  resident id, CPR, SSN), IBANs, full card numbers, dates of birth, UPI ids are PII.
- Ticket numbers, order ids, commit SHAs, digests, UUIDs, trace ids, versions, hostnames, ports,
  error codes and metric names are negatives.

## Groups
| group | split | artefact | language | credential | pii | negative | lines |
|---|---|---|---|---|---|---|---|
"""

def main():
    rows, table = build()
    os.makedirs(OUT, exist_ok=True)
    for split, par in (("dev", 1), ("test", 0)):
        with open(os.path.join(OUT, "batch27_%s.tsv" % split), "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER)
            for g, kind, text, mv, src in rows:
                if g % 2 == par:
                    f.write("%s\t%s\t%s\t%s\n" % (kind, text, mv, src))
    with open(os.path.join(OUT, "batch27_ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# scheme\tkey\tvalue\n")
        for s, k, val in IDS:
            f.write("%s\t%s\t%s\n" % (s, k, val))
    tot = [0, 0, 0, 0]
    body = ""
    for g, sp, art, lang, c, p, x, n in table:
        body += "| g%02d | %s | %s | %s | %d | %d | %d | %d |\n" % (g, sp, art, lang, c, p, x, n)
        tot = [tot[0] + c, tot[1] + p, tot[2] + x, tot[3] + n]
    body += "| total | | | | %d | %d | %d | %d |\n" % tuple(tot)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + body)

if __name__ == "__main__":
    main()
