#!/usr/bin/env python3
"""writer19: hand-written redaction-gate test lines for 'Tareverket AS' (a Norwegian kelp/seaweed
farming and processing company).  Deterministic: every random secret body comes from random.Random(19).
Writes batch19_dev.tsv (odd groups) and batch19_test.tsv (even groups)."""
import base64, json, os, random, string
from ids import (complete, complete2, make_iban, luhn_ok, no_fnr_ok, no_mod11_ok, NO_KONTO_W, NO_ORG_W,
                 es_dni_ok, fr_nir_ok, de_steuerid_ok, br_cpf_ok, kr_rrn_ok, il_id_ok, aadhaar_ok, th_id_ok,
                 ru_snils_ok, ua_rnokpp_ok, cn_id_ok, nl_bsn_ok, sa_nin_ok, ean13_ok)

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(19)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
URLS = AN + "-_"

def rs(n, alpha=AN):
    return "".join(R.choice(alpha) for _ in range(n))

def uuid4():
    h = rs(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"

def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()

def jwt(payload):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(bytes(R.randrange(256) for _ in range(32)))}"

def pem_body(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()

def card(typed, groups):
    full = complete(typed.replace(" ", ""), luhn_ok)
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g]); i += g
    return " ".join(out)

# ---------------------------------------------------------------- check-digit identifiers (digits typed by hand)
FNR_SINDRE = complete2("140391284", lambda s: no_fnr_ok(s))           # born 14.03.1991
KONTO_SINDRE = complete("1503271894", lambda s: no_mod11_ok(s, NO_KONTO_W))
KONTO_SINDRE_F = f"{KONTO_SINDRE[:4]}.{KONTO_SINDRE[4:6]}.{KONTO_SINDRE[6:]}"
KONTO_MARTE = complete("3208415562", lambda s: no_mod11_ok(s, NO_KONTO_W))
IBAN_NO_MARTE = make_iban("NO", KONTO_MARTE)
ORGNR = complete("92187405", lambda s: no_mod11_ok(s, NO_ORG_W))
ORGNR_F = f"{ORGNR[:3]} {ORGNR[3:6]} {ORGNR[6:]}"
STEUER_ID = complete("5917620473", de_steuerid_ok)
STEUER_ID_F = f"{STEUER_ID[:2]} {STEUER_ID[2:5]} {STEUER_ID[5:8]} {STEUER_ID[8:]}"
IBAN_DE = make_iban("DE", "200505501284736201")

def fr_rib(bank, guichet, compte):
    key = 97 - (89 * int(bank) + 15 * int(guichet) + 3 * int(compte)) % 97
    return f"{bank}{guichet}{compte}{key:02d}"
IBAN_FR = make_iban("FR", fr_rib("14505", "00019", "08271936405"))
NIR = "2880629239047"
NIR = NIR + f"{97 - int(NIR) % 97:02d}"
NIR_F = f"{NIR[0]} {NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"

def es_ccc(bank, branch, acct):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    def dc(ds):
        v = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return f"{bank}{branch}{dc('00' + bank + branch)}{dc(acct)}{acct}"
IBAN_ES = make_iban("ES", es_ccc("2080", "5214", "3040018273"))
DNI_LUCIA = complete("48291736", es_dni_ok, string.ascii_uppercase)
NIE_MAMADOU = complete("X3817264", es_dni_ok, string.ascii_uppercase)

RRN = complete("820314214805", kr_rrn_ok)
RRN_F = f"{RRN[:6]}-{RRN[6:]}"
IL_ID = complete("31847296", il_id_ok)
IBAN_IL = make_iban("IL", "0106240000058931172")
AADHAAR = complete("48217395620", aadhaar_ok)
AADHAAR_F = f"{AADHAAR[:4]} {AADHAAR[4:8]} {AADHAAR[8:]}"
TH_ID = complete("320990041782", th_id_ok)
TH_ID_F = f"{TH_ID[0]}-{TH_ID[1:5]}-{TH_ID[5:10]}-{TH_ID[10:12]}-{TH_ID[12]}"
SNILS = complete2("112483597", ru_snils_ok)
SNILS_F = f"{SNILS[:3]}-{SNILS[3:6]}-{SNILS[6:9]} {SNILS[9:]}"
RNOKPP = complete("334817265", ua_rnokpp_ok)
CN_ID = complete("37020219910416584", cn_id_ok, "0123456789X")
BSN = complete("18463920", nl_bsn_ok)
IBAN_NL = make_iban("NL", "INGB0007310946")
CPF = complete2("482917306", br_cpf_ok)
CPF_F = f"{CPF[:3]}.{CPF[3:6]}.{CPF[6:9]}-{CPF[9:]}"
SA_NIN = complete("108765432", sa_nin_ok)
IBAN_SA = make_iban("SA", "80000000608010167519")
IBAN_GB = make_iban("GB", "BARC20765841372906")

CARD_VISA_TRACE = card("453971028836411", [4, 4, 4, 4])
CARD_MC_BR = card("516293051147283", [4, 4, 4, 4])
CARD_VISA_LEGACY = card("492938106627504", [4, 4, 4, 4])
CARD_AMEX_UK = card("37144963539843", [4, 6, 5])
CARD_UNIONPAY = card("621226100238417", [4, 4, 4, 4])
CARD_RUPAY = card("608001245517392", [4, 4, 4, 4])

# hard negatives that carry check digits on purpose
IMEI = complete("30043406391235", luhn_ok)                # company modem, not personal
EAN = complete("709001234567", ean13_ok)                  # product barcode

# ---------------------------------------------------------------- secrets (bodies from random.Random(19))
XOXB = f"xoxb-{rs(11, DG)}-{rs(13, DG)}-{rs(24)}"
MQTT_PW = "Kelp-" + rs(14)
MQTT_PW2 = rs(20, AN + "!#%")
GW_CURL_PW = rs(16)
INGEST_TOKEN = "tlg_" + rs(40)
GLPAT = "glpat-" + rs(20, URLS)
NETRC_PW = rs(18)
PG_PW = rs(24)
PG_PW2 = rs(22)
MAPBOX_SK = "sk." + b64u(json.dumps({"u": "tareverket", "a": rs(25, LO + DG)}, separators=(",", ":")).encode()) + "." + rs(22, URLS)
AKIA1, AWS_SECRET1 = "AKIA" + rs(16, UP + "234567"), rs(40, AN + "/+")
SG_KEY = "SG." + rs(22, URLS) + "." + rs(43, URLS)
NPM = "npm_" + rs(36)
SLACK_HOOK = f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"
GHP = "ghp_" + rs(36)
OPSGENIE_KEY = uuid4()
DISCORD_HOOK = f"https://discord.com/api/webhooks/{rs(19, DG)}/{rs(68, URLS)}"
GLSA_AM = "glsa_" + rs(32) + "_" + rs(8, HEX)
KR_JWT = jwt({"sub": "dist-busan", "scope": "orders:write", "iat": 1731370000, "exp": 1733962000})
KR_TMP_PW = "Tv!" + rs(9)
K8S_DB_PW = rs(20)
K8S_DB_PW_B64 = base64.b64encode(K8S_DB_PW.encode()).decode()
SK_LIVE_K8S = "sk_live_51" + rs(30) + rs(60)
GHP_PULL = "ghp_" + rs(36)
DOCKERCFG = base64.b64encode(json.dumps({"auths": {"ghcr.io": {"auth": base64.b64encode(("tv-deploy:" + GHP_PULL).encode()).decode()}}}, separators=(",", ":")).encode()).decode()
TG_TOKEN_K8S = f"{rs(10, DG)}:AA{rs(33, URLS)}"
RUNBOOK_PW = rs(20)
BREAKGLASS_PW = rs(16)
HVS = "hvs." + rs(24)
TRACE_PG_PW = rs(18)
SK_LIVE_TRACE = "sk_live_51" + rs(40)
JWT_SECRET_TRACE = rs(32, HEX)
AKIA_TF, AWS_SECRET_TF = "AKIA" + rs(16, UP + "234567"), rs(40, AN + "/+")
DD_API_TF, DD_APP_TF = rs(32, HEX), rs(40, HEX)
ACCESS_TOKEN_QS = rs(43, URLS)
TV_SESSION = b64u(json.dumps({"uid": 4410}).encode()) + "." + rs(6, URLS) + "." + rs(27, URLS)
PORTAL_LOGIN_PW = rs(14)
AUDIT_PW = rs(20)
GITHUB_PAT = "github_pat_" + rs(22) + "_" + rs(59)
ANT_KEY = "sk-ant-api03-" + rs(93, URLS) + "AA"
TG_TOKEN_RU = f"{rs(10, DG)}:AA{rs(33, URLS)}"
BASIC_RU = base64.b64encode(b"grafana-reader:" + rs(14).encode()).decode()
WHSEC = "whsec_" + rs(32)
SK_LIVE_STRIPE = "sk_live_51" + rs(90)
GRAFANA_BASIC_PW = rs(24)
GLSA_CURL = "glsa_" + rs(32) + "_" + rs(8, HEX)
GLC = "glc_" + b64u(json.dumps({"o": "981144", "n": "tareverket-loki", "k": rs(24), "m": {"r": "prod-eu-north-0"}}, separators=(",", ":")).encode())
PD_ROUTING = rs(32, HEX)
AZ_CLIENT_SECRET = rs(3) + "8Q~" + rs(34, AN + "~._-")
SMTP_PW = rs(18)
POSTMARK = uuid4()
AZ_ACCOUNT_KEY = base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()
PLANNER_PG_PW = rs(22)
TIDE_KEY = rs(32, HEX)
REDIS_PW = rs(28)
OIDC_SECRET = rs(40, URLS)
OPENSSH_BODY = pem_body(258)
RSA_BODY = pem_body(600)
PLC_BRIDGE_PW = rs(16)
PRESIGN_AKIA = "AKIA" + rs(16, UP + "234567")
PRESIGN_SIG = rs(64, HEX)
MOBILE_JWT = jwt({"sub": "C-5534", "email_verified": True, "iat": 1731401000, "exp": 1731404600})
FIREBASE_KEY = "AIza" + rs(35, URLS)
FCM_KEY = "AAAA" + rs(7, URLS) + ":APA91b" + rs(134, URLS)
PGPASS_PW = rs(20)
POSTMORTEM_PW = "Kelp-" + rs(14)
SLM_KEY = "slm_live_" + rs(32)
SLM_SECRET = rs(48)
SFTP_PW = rs(16)
BECOME_PW = rs(18)
ANSIBLE_MQTT_PW = rs(20)
WINRM_PW = rs(16, AN + "!$%")
CRON_PW = rs(20, AN + "!#%")
ZAPIER_HOOK = f"https://hooks.zapier.com/hooks/catch/{rs(7, DG)}/{rs(7, LO + DG)}/"
RESET_TOKEN = rs(40, URLS)
WECOM_KEY = uuid4()
LTAI, ALI_SECRET = "LTAI5t" + rs(18), rs(30)
TIDE_KEY2 = rs(32, HEX)
DCKR = "dckr_pat_" + rs(27, URLS)
HF = "hf_" + rs(34)
DD_API_HOOK, DD_APP_HOOK = rs(32, HEX), rs(40, HEX)
GENIE = uuid4()
TEAMS_HOOK = f"https://tareverket.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/{rs(32, HEX)}/{uuid4()}"
AIRTABLE = "pat" + rs(14) + "." + rs(64, HEX)
RZP_ID, RZP_SECRET = "rzp_live_" + rs(14), rs(24)
RK_LIVE = "rk_live_51" + rs(90)
TMP_HIDE = None

# ---- extra secrets (second pass, still from the same random.Random(19) stream)
PD_REST = rs(20, URLS)
WG_KEY = base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode()
DD_AGENT = rs(32, HEX)
WHSEC2 = "whsec_" + rs(32)
REDIS_PW2 = rs(24)
GHP2 = "ghp_" + rs(36)
CODECOV = uuid4()
PD_SERVICE_KEY = rs(32, HEX)
KAKAO = rs(32, HEX)
MQTT_K8S_PW = rs(18)
MQTT_K8S_B64 = base64.b64encode(MQTT_K8S_PW.encode()).decode()
SENTRY_TOK = "sntrys_" + b64u(json.dumps({"iat": 1731400000.5, "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "tareverket"}, separators=(",", ":")).encode()) + "_" + rs(43, AN + "+/")
RUNBOOK_PW2 = rs(20)
SHIPPO = "shippo_live_" + rs(40, HEX)
SQUARE = "EAAA" + rs(60, URLS)
TF_DB_PW = rs(24)
NPM2 = "npm_" + rs(36)
EC_BODY = pem_body(121)
TVK_API = "tvk_live_" + rs(32)
AKIA3, SEC3 = "AKIA" + rs(16, UP + "234567"), rs(40, AN + "/+")
EZAK = "EZAK" + rs(32, HEX)
TRIPLETEX = b64u(json.dumps({"tokenId": 88213, "token": uuid4()}, separators=(",", ":")).encode())
SK_LIVE3 = "sk_live_51" + rs(90)
TWILIO_SID, TWILIO_TOKEN = "AC" + rs(32, HEX), rs(32, HEX)
SLACK_HOOK2 = f"https://hooks.slack.com/services/T{rs(8, UP + DG)}/B{rs(10, UP + DG)}/{rs(24)}"
FIKEN = rs(48, AN)
SMTP_PW2 = rs(16)
GHP3 = "ghp_" + rs(36)
SEC4 = rs(40, AN + "/+")
TELEPORT_TOKEN = rs(32, HEX)
CH_PW = rs(20)
SESSION2 = b64u(json.dumps({"uid": 5534}).encode()) + "." + rs(6, URLS) + "." + rs(27, URLS)
FDW_PW = rs(18)
PSK = rs(64, HEX)
SLM_WHK = "slm_whk_" + rs(32)
GRAFANA_ADMIN_PW = rs(20)
TG3 = f"{rs(10, DG)}:AA{rs(33, URLS)}"
OG_BASIC = base64.b64encode(("datadog:" + rs(20)).encode()).decode()
TIDE_KEY3 = rs(32, HEX)
VAULT_PASS = rs(32, AN + "-_")

G = []
def group(n, artefact, lines):
    G.append((n, artefact, lines))
def C(text, *mv): return ("credential", text, list(mv))
def P(text, *mv): return ("pii", text, list(mv))
def N(text): return ("negative", text, [])

# ================================================================= g01 slack thread (EN)
group(1, "slack-thread-drift-ops", [
    N("[09:12] @hakon: buoy-gw-07 on the Frøya site stopped publishing to tarelog at 08:40 UTC, broker log shows CONNACK rc=5"),
    N("[09:13] @marte: rc=5 is 'not authorized' - did the rotation run last night? check with vault kv get -field=password secret/buoy-gw/mqtt, don't paste it"),
    C(f"[09:15] @hakon: the gateway still has the old one in /etc/buoy-gw/env: MQTT_PASS={MQTT_PW}", MQTT_PW),
    N("[09:16] @marte: pls no creds in here, use the #drift-secrets flow. The rotation job ran at 02:00 per cronjob/rotate-mqtt"),
    C(f"[09:18] @alertbot: chat.postMessage with legacy token {XOXB} failed: invalid_auth", XOXB),
    P("[09:20] @hakon: I'll call the diver on duty, Sindre Haugland, his mobile is +47 918 44 207", "Sindre Haugland", "+47 918 44 207"),
    N("[09:22] @marte: ack. buoy-gw-07 firmware is 3.14.2-rc1, build sha 9f2c4e1a, same as the rest of the fleet"),
    P("[09:31] @sindre: on the boat now, if I lose signal text me at 918 44 207 or mail sindre.haugland@gmail.com", "918 44 207", "sindre.haugland@gmail.com"),
    C(f"[09:40] @hakon: pushed new creds: mosquitto_passwd -b /etc/mosquitto/passwd buoygw07 '{MQTT_PW2}'", MQTT_PW2),
    P("[09:44] @sindre: for the overtime claim, my home address is Havnevegen 9, 7260 Sistranda", "Havnevegen 9, 7260 Sistranda"),
    C(f"[09:45] @marte: closing INC-2291. @hakon your ack script still has the PagerDuty REST key inline: Authorization: Token token={PD_REST}", PD_REST),
])

# ================================================================= g02 shell session on gateway
group(2, "shell-session-buoy-gw", [
    C(f"ops@buoy-gw-07:~$ wg set wg0 private-key <(echo {WG_KEY}) peer Hq3bC0PuN4v1x7yA2sZ9kLmE5tR8wQ6jU1iO0pD4fGh=", WG_KEY),
    C(f"ops@buoy-gw-07:~$ echo 'api_key: {DD_AGENT}' | sudo tee -a /etc/datadog-agent/datadog.yaml", DD_AGENT),
    C(f"ops@buoy-gw-07:~$ export TARELOG_INGEST_TOKEN={INGEST_TOKEN}", INGEST_TOKEN),
    C(f"ops@buoy-gw-07:~$ curl -s -u buoygw07:{GW_CURL_PW} https://mqtt.tareverket.no:8883/health", GW_CURL_PW),
    N("ops@buoy-gw-07:~$ curl -s -H \"Authorization: Bearer $TARELOG_INGEST_TOKEN\" https://ingest.tareverket.no/v2/ping"),
    N('{"status":"ok","node":"ingest-2","build":"2024.11.3+g7c1d9e0","uptime_s":913442}'),
    C(f"ops@buoy-gw-07:~$ git clone https://oauth2:{GLPAT}@gitlab.tareverket.no/drift/buoy-fw.git", GLPAT),
    N("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  buoy-fw-3.14.2.bin"),
    N("ops@buoy-gw-07:~$ ip -br addr show wwan0  ->  wwan0  UP  10.88.7.23/30 fe80::8e1f:64ff:fe3a:9c21/64"),
    C(f"ops@buoy-gw-07:~$ cat ~/.netrc  ->  machine gitlab.tareverket.no login deploy-buoy password {NETRC_PW}", NETRC_PW),
    P("ops@buoy-gw-07:~$ last -n 1  ->  ingrid   pts/0   84.212.146.77   Tue Nov 12 07:58 - 08:14  (00:16)", "84.212.146.77"),
])

# ================================================================= g03 .env file
group(3, "dotenv-tarelog", [
    N("# tarelog/.env - loaded by docker compose; never commit this file (it is in .gitignore)"),
    C(f"STRIPE_WEBHOOK_SECRET={WHSEC2}", WHSEC2),
    C(f"POSTGRES_PASSWORD={PG_PW}", PG_PW),
    C(f"DATABASE_URL=postgresql://tarelog_rw:{PG_PW2}@pg-main.tareverket.internal:5432/tarelog?sslmode=require", PG_PW2),
    C(f"REDIS_URL=redis://:{REDIS_PW2}@redis.tareverket.internal:6379/0", REDIS_PW2),
    C(f"MAPBOX_SECRET_TOKEN={MAPBOX_SK}", MAPBOX_SK),
    C(f"AWS_ACCESS_KEY_ID={AKIA1} AWS_SECRET_ACCESS_KEY={AWS_SECRET1}", AKIA1, AWS_SECRET1),
    N("AWS_REGION=eu-north-1"),
    N("S3_BUCKET=tareverket-tarelog-raw-eu-north-1"),
    N("INGEST_HMAC_SECRET=${INGEST_HMAC_SECRET:?must be set by the deploy pipeline}"),
    C(f"SENDGRID_API_KEY={SG_KEY}", SG_KEY),
    P("ALERT_SMS_TO=+47 934 61 208  # Håkon's private mobile, temporary until the on-call phone is back", "+47 934 61 208"),
])

# ================================================================= g04 CI log
group(4, "github-actions-log", [
    N("Run actions/checkout@v4"),
    N("  env:    REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}    SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}"),
    C(f"+ echo {GHP2} | docker login ghcr.io -u tv-deploy --password-stdin", GHP2),
    C(f"##[debug] + npm config set //registry.npmjs.org/:_authToken {NPM}", NPM),
    N("##[warning]Node.js 16 actions are deprecated. Please update the following actions to use Node.js 20: actions/cache@v2"),
    C(f"+ curl -sS -X POST -H 'Content-Type: application/json' -d '{{\"text\":\"ordre-api 1.42.0 deployed\"}}' {SLACK_HOOK}", SLACK_HOOK),
    C(f"Run codecov/codecov-action@v4  with: token: {CODECOV}  files: ./coverage.xml", CODECOV),
    N("Successfully built 8c31d0e9a6f2  Successfully tagged ghcr.io/tareverket/ordre-api:1.42.0"),
    C(f"##[debug]Evaluating: format('token {{0}}', '{GHP}')", GHP),
    P("    Co-authored-by: Jonas Keller <jonas.keller@posteo.de>", "Jonas Keller", "jonas.keller@posteo.de"),
    P("Author: Lena Brattli <lena.brattli@tareverket.no>  committed 3 minutes ago  (7c1d9e0)", "Lena Brattli", "lena.brattli@tareverket.no"),
    N("##[debug]REGISTRY_PASSWORD=*** (masked by runner)"),
])

# ================================================================= g05 alertmanager payloads
group(5, "alertmanager-webhook-payload", [
    N('{"status":"firing","labels":{"alertname":"BuoyGatewayDown","site":"froya-nord","instance":"buoy-gw-07:9100","severity":"page"}}'),
    N('{"annotations":{"summary":"buoy-gw-07 missing for 10m","runbook_url":"https://wiki.tareverket.no/runbooks/buoy-gw#down"},"fingerprint":"a3f09c1e7b2d4e58"}'),
    N('"generatorURL":"http://prometheus-0:9090/graph?g0.expr=up%7Bjob%3D%22buoy-gw%22%7D+%3D%3D+0&g0.tab=1"'),
    C(f'{{"receiver":"opsgenie-drift","url":"https://api.opsgenie.com/v2/alerts?apiKey={OPSGENIE_KEY}"}}', OPSGENIE_KEY),
    C(f'"pagerduty_configs":[{{"service_key":"{PD_SERVICE_KEY}","severity":"critical"}}]', PD_SERVICE_KEY),
    C(f'webhook_configs: [{{url: "{DISCORD_HOOK}", send_resolved: true}}]', DISCORD_HOOK),
    P('{"annotations":{"acked_by":"Sindre Haugland","ack_source_ip":"46.15.77.201"}}', "Sindre Haugland", "46.15.77.201"),
    P('{"annotations":{"description":"Escalated to on-call Marte Eide (+47 412 09 386) after 5m without ack"}}', "Marte Eide", "+47 412 09 386"),
    C(f'"http_config":{{"authorization":{{"type":"Bearer","credentials":"{GLSA_AM}"}}}}', GLSA_AM),
    N('"silenceID":"6f1b2c3d-8e9a-4b7c-a1d2-0e3f4a5b6c7d","createdBy":"alertmanager-bot","comment":"maintenance window TAREOPS-420"'),
    P('{"annotations":{"customer_contact":"j.albrecht1968@web.de","order":"ORD-2024-118734"}}', "j.albrecht1968@web.de"),
])

# ================================================================= g06 German customer email
group(6, "customer-email-de", [
    N("Betreff: Reklamation Lieferung vom 08.11.2024, Bestellnr. ORD-2024-118734"),
    N("Sehr geehrtes Team von Tareverket,"),
    N("leider war die Ladung Zuckertang (Saccharina latissima, Charge LOT-NO-2411-07) bei Ankunft nicht ausreichend gekühlt."),
    P("Mein Name ist Jürgen Albrecht; diesmal ging die Lieferung an meine Privatadresse Wohlers Allee 17, 22767 Hamburg.", "Jürgen Albrecht", "Wohlers Allee 17, 22767 Hamburg"),
    P(f"Bitte erstatten Sie den Betrag auf mein Konto: IBAN {IBAN_DE} (Kontoinhaber: Jürgen Albrecht).", IBAN_DE, "Jürgen Albrecht"),
    P("Sie erreichen mich mobil unter 0171 4829337 oder per E-Mail an j.albrecht1968@web.de.", "0171 4829337", "j.albrecht1968@web.de"),
    P(f"Meine Steuer-ID für die Gutschrift lautet {STEUER_ID_F}.", STEUER_ID_F),
    N("Die Lieferscheinnummer ist LS-0045521, die Kühlkette laut Datenlogger 4,2 °C bis 9,8 °C."),
    C("P.S. Mein Kundenportal-Passwort habe ich wie gewünscht geändert, es lautet jetzt Seegras!Hamburg68", "Seegras!Hamburg68"),
    P("Geboren bin ich am 03.05.1968 in Lübeck, falls Sie das für die Gutschrift brauchen.", "03.05.1968"),
    P("Jürgen Albrecht, Inhaber Restaurant Seegras", "Jürgen Albrecht"),
])

# ================================================================= g07 Korean ticket
group(7, "support-ticket-ko", [
    N("[티켓 #KR-3312] 부산 수입업체 주문 관련 문의 - 상태: 열림, 우선순위: 보통"),
    P("담당자: 김서연 과장 (해양식품무역), 휴대폰 010-4827-1935", "김서연", "010-4827-1935"),
    N("주문번호 ORD-2024-119002, 건조 다시마 2톤, 인코텀즈 CIF"),
    P(f"통관용 개인 정보: 주민등록번호 {RRN_F}", RRN_F),
    P("세금계산서 수신 이메일: seoyeon.kim82@naver.com", "seoyeon.kim82@naver.com"),
    N("ordre-api 로그에서 HTTP 409 (중복 주문) 오류가 3회 발생했습니다. trace_id=4bf92f3577b34da6a3ce929d0e0e4736"),
    C(f"고객이 포털 API 토큰을 메일 본문에 그대로 붙여넣었습니다: Authorization: Bearer {KR_JWT}", KR_JWT),
    C(f"고객 ERP 연동용 카카오 REST API 키가 티켓에 첨부됨: {KAKAO}", KAKAO),
    P("배송지: 부산광역시 해운대구 우동 1408, 마린시티아파트 203동 1102호", "부산광역시 해운대구 우동 1408, 마린시티아파트 203동 1102호"),
    N("참고: 다시마 요오드 함량 검사 결과는 lab-lims에서 확인 (샘플 ID S-24-3381)"),
    C(f"임시 비밀번호 발급: {KR_TMP_PW} (첫 로그인 시 변경 필요)", KR_TMP_PW),
])

# ================================================================= g08 k8s manifest
group(8, "k8s-manifest-ordre-api", [
    N("apiVersion: v1  kind: Secret  metadata: {name: ordre-api-db, namespace: ordre, labels: {app: ordre-api}}"),
    C(f"data: {{DB_USER: b3JkcmVfYXBw, DB_PASSWORD: {K8S_DB_PW_B64}}}", K8S_DB_PW_B64),
    C(f"stringData: {{STRIPE_SECRET_KEY: {SK_LIVE_K8S}}}", SK_LIVE_K8S),
    C(f"data: {{MQTT_USER: YnVveWd3, MQTT_PASSWORD: {MQTT_K8S_B64}}}", MQTT_K8S_B64),
    N("      envFrom: [{secretRef: {name: ordre-api-db}}, {configMapRef: {name: ordre-api-config}}]"),
    N("      image: ghcr.io/tareverket/ordre-api@sha256:1f9c3e27ab40d6c85e7b2f14a9d03c6e58b71a2f0c4d9e63b8a15f7c2e0d4b96"),
    P('  annotations: {owner: "Ingrid Solberg", owner-phone: "+47 452 18 903"}', "Ingrid Solberg", "+47 452 18 903"),
    C(f"kind: Secret  type: kubernetes.io/dockerconfigjson  data: {{.dockerconfigjson: {DOCKERCFG}}}", DOCKERCFG),
    C(f"        - name: SENTRY_AUTH_TOKEN  value: \"{SENTRY_TOK}\"", SENTRY_TOK),
    N("  annotations: {checksum/config: 5d41402abc4b2a76b9719d911017c592, argocd.argoproj.io/sync-wave: \"2\"}"),
    C(f"        - name: TELEGRAM_BOT_TOKEN  value: \"{TG_TOKEN_K8S}\"", TG_TOKEN_K8S),
])

# ================================================================= g09 runbook
group(9, "runbook-rotate-db", [
    N("## Runbook: rotate Postgres credentials for tarelog (owner: team-drift, last reviewed 2024-10-20)"),
    N("1. Generate a new password: vault write -f database/rotate-role/tarelog_rw"),
    N("2. Read it only into the job's env: export PGPASSWORD=$(vault kv get -field=password secret/tarelog/db)"),
    P("Out-of-hours fallback: Ingrid Solberg's private mobile +47 452 18 903", "Ingrid Solberg", "+47 452 18 903"),
    N("4. Never paste the value in Slack or tickets; if you did, treat it as leaked and rotate again."),
    C(f"Example of what NOT to do (leaked 2024-10-03, since rotated): PGPASSWORD='{RUNBOOK_PW}' psql -h pg-main -U tarelog_rw", RUNBOOK_PW),
    C(f"5. Verify (worked example a reviewer pasted): psql \"postgresql://tarelog_rw:{RUNBOOK_PW2}@pg-main.tareverket.internal/tarelog\" -c 'select 1'", RUNBOOK_PW2),
    N("Placeholders used on this page: <NEW_PASSWORD>, ${DB_PASSWORD}, changeme, hunter2 - never real values."),
    C(f"Temporary root token from the last unseal drill (revoke after use): VAULT_TOKEN={HVS}", HVS),
    P("Vault unseal key holder: Ingrid Solberg, ingrid.solberg@tareverket.no", "Ingrid Solberg", "ingrid.solberg@tareverket.no"),
    C(f"Old break-glass login, disable after the migration: postgres / {BREAKGLASS_PW}", BREAKGLASS_PW),
])

# ================================================================= g10 python stack trace
group(10, "python-traceback-ordre-api", [
    N("Traceback (most recent call last):"),
    N('  File "/app/ordre_api/db.py", line 88, in connect'),
    N("    return create_engine(settings.DATABASE_URL, pool_pre_ping=True)"),
    N('sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-ordre.tareverket.internal" (10.40.2.11), port 5432 failed: FATAL:  password authentication failed for user "ordre_app"'),
    C(f"(Background on this error at: https://sqlalche.me/e/20/e3q8) [url=postgresql+psycopg2://ordre_app:{TRACE_PG_PW}@pg-ordre.tareverket.internal:5432/ordre]", TRACE_PG_PW),
    C(f"    shipping = ShippoClient(api_key='{SHIPPO}', timeout=10)", SHIPPO),
    C(f"    settings = Settings(stripe_key='{SK_LIVE_TRACE}', jwt_secret='{JWT_SECRET_TRACE}', env='prod')", SK_LIVE_TRACE, JWT_SECRET_TRACE),
    P("    order = Order(id=119002, customer_email='maelle.legoff@orange.fr', customer_name='Maëlle Le Goff')", "maelle.legoff@orange.fr", "Maëlle Le Goff"),
    P("    customer = Customer(phone='+33 6 72 18 44 90', birth_date='1988-06-14', locale='fr_FR')", "+33 6 72 18 44 90", "1988-06-14"),
    N("ERROR ordre_api.main: shutting down worker pid=4127 exit_code=3"),
    P(f"    payment = PaymentCard(number='{CARD_VISA_TRACE}', exp='08/27', holder='M LE GOFF')", CARD_VISA_TRACE),
])

# ================================================================= g11 French ticket
group(11, "supplier-ticket-fr", [
    N("Objet : Contrat d'approvisionnement 2025 - coopérative goémonière de Roscoff"),
    N("Bonjour, suite à notre appel de mardi, voici les éléments pour l'ouverture du compte fournisseur."),
    P("Contact principal : Maëlle Le Goff, 12 rue des Goémoniers, 29680 Roscoff (adresse personnelle)", "Maëlle Le Goff", "12 rue des Goémoniers, 29680 Roscoff"),
    P(f"Numéro de sécurité sociale (pour la déclaration de récoltante) : {NIR_F}", NIR_F),
    P(f"IBAN pour les virements : {IBAN_FR}", IBAN_FR),
    P("Portable : 06 72 18 44 90 - courriel perso : maelle.legoff@orange.fr", "06 72 18 44 90", "maelle.legoff@orange.fr"),
    N("Volume prévu : 40 tonnes de wakamé frais par saison, livraison par camion frigorifique à 2-4 °C."),
    N("Le SIRET de la coopérative figure sur le Kbis joint (document Kbis_2024.pdf)."),
    C("Pour l'accès au portail, j'ai créé l'utilisateur coop-roscoff avec le mot de passe Goemon2024!Ros", "Goemon2024!Ros"),
    C(f"Jeton d'accès de notre caisse Square, à brancher côté Tareverket : {SQUARE}", SQUARE),
    N("Cordialement, le service achats - achats@tareverket.no"),
])

# ================================================================= g12 Spanish crew roster
group(12, "crew-roster-es", [
    N("Cuadrante semana 46 - buque de apoyo «Ría de Arousa», turnos de cosecha de algas"),
    P(f"Patrona: Lucía Ferrer Molina, DNI {DNI_LUCIA}, móvil +34 612 48 93 07", "Lucía Ferrer Molina", DNI_LUCIA, "+34 612 48 93 07"),
    P(f"Marinero: Mamadou Diallo, NIE {NIE_MAMADOU}", "Mamadou Diallo", NIE_MAMADOU),
    C("Wi-Fi del barco: SSID RiaArousa-Crew, clave WPA2 Mejillon-Vigo-2024", "Mejillon-Vigo-2024"),
    P("Domicilio para nóminas de Lucía: Rúa do Progreso 27, 3º B, 36202 Vigo", "Rúa do Progreso 27, 3º B, 36202 Vigo"),
    N("Equipo: 2 grúas de 1,5 t, 14 líneas de cultivo de 200 m (L-01 a L-14)"),
    C("Usuario de la app crew-roster: lferrer / contraseña: Arousa#2024lf", "Arousa#2024lf"),
    N("Identificador de la embarcación: MMSI 224118370, indicativo EA4721"),
    P(f"Cuenta para la nómina: {IBAN_ES} (titular Mamadou Diallo)", IBAN_ES, "Mamadou Diallo"),
    P("Contacto de emergencia de Lucía: Andrés Ferrer Molina, +34 986 42 17 03", "Andrés Ferrer Molina", "+34 986 42 17 03"),
    C(f"Token de Airtable para la tablet del barco: {AIRTABLE}", AIRTABLE),
])

# ================================================================= g13 terraform plan
group(13, "terraform-plan", [
    N("Terraform will perform the following actions:"),
    P('  # aws_iam_user.lena: tags = {"Owner" = "Lena Brattli", "Email" = "lena.brattli@tareverket.no"}', "Lena Brattli", "lena.brattli@tareverket.no"),
    C(f'  # aws_db_instance.ordre: + password = "{TF_DB_PW}"  (hardcoded in main.tf, not marked sensitive)', TF_DB_PW),
    C(f'  # tls_private_key.bastion: private_key_pem = "-----BEGIN EC PRIVATE KEY-----\\n{EC_BODY}\\n-----END EC PRIVATE KEY-----\\n"', EC_BODY),
    C(f'  # aws_iam_access_key.ci (imported)  id = "{AKIA_TF}"', AKIA_TF),
    C(f'      ~ secret = "{AWS_SECRET_TF}" -> (known after apply)', AWS_SECRET_TF),
    N("      + password = (sensitive value)"),
    N('  # module.vpc.aws_subnet.private[0]: cidr_block = "10.40.0.0/20", availability_zone = "eu-north-1a"'),
    C(f'provider "datadog" {{ api_key = "{DD_API_TF}"  app_key = "{DD_APP_TF}" }}', DD_API_TF, DD_APP_TF),
    N("Plan: 14 to add, 2 to change, 0 to destroy."),
    C(f'  # github_actions_secret.npm_token: + plaintext_value = "{NPM2}"', NPM2),
    N('  # aws_kms_key.tarelog: key_id = "mrk-1f2e3d4c5b6a47988a9b0c1d2e3f4a5b", arn = "arn:aws:kms:eu-north-1:418273645091:key/mrk-1f2e3d4c5b6a47988a9b0c1d2e3f4a5b"'),
])

# ================================================================= g14 nginx access log
group(14, "nginx-access-log-portal", [
    P('84.212.146.77 - - [12/Nov/2024:07:58:03 +0100] "GET /portal/orders HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1)"', "84.212.146.77"),
    N('10.40.3.8 - - [12/Nov/2024:07:58:04 +0100] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"'),
    P('2a02:2121:2c4:9f10:5d2e:1b7a:c3e4:8f01 - - [12/Nov/2024:07:58:05 +0100] "POST /portal/login HTTP/2.0" 302 0', "2a02:2121:2c4:9f10:5d2e:1b7a:c3e4:8f01"),
    C(f'10.40.3.9 - - [12/Nov/2024:07:58:06 +0100] "GET /api/v2/orders?page=2&access_token={ACCESS_TOKEN_QS} HTTP/2.0" 200 9918', ACCESS_TOKEN_QS),
    P('10.40.3.9 - - [12/Nov/2024:07:58:07 +0100] "GET /portal/reset?email=camila.dribeiro%40uol.com.br HTTP/2.0" 200 812', "camila.dribeiro%40uol.com.br"),
    N('10.40.3.9 - - [12/Nov/2024:07:58:08 +0100] "GET /static/app.3f9c2a1b.js HTTP/2.0" 200 183221 "https://portal.tareverket.no/"'),
    C(f"2024/11/12 07:58:08 [debug] 31#31: *8812 http upstream header: \"Set-Cookie: tv_session={TV_SESSION}; Path=/; HttpOnly; Secure\"", TV_SESSION),
    C(f'2024/11/12 07:58:09 [debug] 31#31: *8813 http header: "X-Api-Key: {TVK_API}"', TVK_API),
    N('66.249.66.1 - - [12/Nov/2024:07:58:10 +0100] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1 (+http://www.google.com/bot.html)"'),
    C(f'2024/11/12 07:58:11 [info] request body: {{"username":"dist-busan","password":"{PORTAL_LOGIN_PW}"}}', PORTAL_LOGIN_PW),
    N('2024/11/12 07:58:12 [error] limiting requests, excess: 10.520 by zone "portal_login", client: 10.40.3.9'),
])

# ================================================================= g15 Arabic distributor message
group(15, "distributor-message-ar", [
    N("مرحباً فريق تاريفيركت، بخصوص الطلب رقم ORD-2024-119450 لشحنة الطحالب المجففة إلى جدة."),
    P("اسمي نورة الحربي، مديرة المشتريات، ورقم جوالي +966 55 812 4473", "نورة الحربي", "+966 55 812 4473"),
    P(f"يرجى تحويل المبلغ المسترد إلى الآيبان {IBAN_SA} باسم نورة الحربي", IBAN_SA, "نورة الحربي"),
    N("تم استلام 1200 كرتونة، لكن 35 منها تالفة بسبب الرطوبة، ورقم بوليصة الشحن MAEU-224781930."),
    P("عنوان السكن للتسليم: حي الروضة، شارع الأمير سلطان، فيلا 14، جدة 23435", "حي الروضة، شارع الأمير سلطان، فيلا 14، جدة 23435"),
    N("نرجو إرسال شهادة التحليل (COA) الخاصة بالدفعة LOT-KR-2410-02."),
    C("كلمة المرور للبوابة التي أرسلتموها لا تعمل: Jd@h2024!noura", "Jd@h2024!noura"),
    N("ملاحظة من الدعم: حالة الطلب في ordre-api هي PAYMENT_PENDING منذ 2024-11-10T14:22:00Z."),
    P(f"رقم الهوية الوطنية للتخليص الجمركي: {SA_NIN}", SA_NIN),
    C("بيانات الدخول لنظام التتبع لدينا: المستخدم tv-import وكلمة المرور Jed!Trk-8842", "Jed!Trk-8842"),
    P("البريد الشخصي: noura.alharbi.92@gmail.com", "noura.alharbi.92@gmail.com"),
])

# ================================================================= g16 AI assistant audit log
group(16, "assistant-audit-log-jsonl", [
    N('{"ts":"2024-11-12T09:02:11Z","actor":"ops-assistant","tool":"kubectl","args":"get pods -n tarelog -o wide","exit":0}'),
    C(f'{{"tool":"shell","args":"cat ~/.aws/credentials","stdout":"[default] aws_access_key_id = {AKIA3} aws_secret_access_key = {SEC3}"}}', AKIA3, SEC3),
    C(f'{{"ts":"2024-11-12T09:03:05Z","tool":"shell","args":"kubectl get secret tarelog-db -o jsonpath={{.data.password}} | base64 -d","stdout":"{AUDIT_PW}"}}', AUDIT_PW),
    N('{"ts":"2024-11-12T09:03:09Z","tool":"vault","args":"kv get -field=password secret/tarelog/db","stdout":"[withheld by policy]"}'),
    C(f'{{"tool":"http","request":{{"method":"GET","url":"https://api.github.com/repos/tareverket/buoy-fw/actions/runs","headers":{{"Authorization":"token {GITHUB_PAT}"}}}}}}', GITHUB_PAT),
    P('{"tool":"sql","query":"select name, phone from crew where id=77","result":[["Håkon Vik","+47 934 61 208"]]}', "Håkon Vik", "+47 934 61 208"),
    N('{"summary":"Ingest lag caused by broker auth failures after rotation; 1 gateway affected; no data loss (buffered 38 min)."}'),
    N('{"tool":"git","args":"log --oneline -3","stdout":"7c1d9e0 fix(mqtt): reconnect backoff\\na41f2b3 chore: bump paho-mqtt 2.1.0\\n0e9d8c7 ci: cache pip"}'),
    C(f'{{"tool":"shell","args":"printenv ANTHROPIC_API_KEY","stdout":"{ANT_KEY}"}}', ANT_KEY),
    N('{"policy":"redact","field":"stdout","reason":"matched secret_ref pattern","rule_id":"R-114","action":"mask"}'),
    P('{"user_prompt":"why did the refund for Camila Duarte Ribeiro fail twice?","session":"as-7f3a"}', "Camila Duarte Ribeiro"),
])

# ================================================================= g17 Hebrew support chat
group(17, "support-chat-he", [
    N("שלום, אני פונה לגבי הזמנה מספר ORD-2024-118990 של אצות נורי לתל אביב."),
    P("שמי יעל מזרחי, מספר הטלפון שלי 054-7312986", "יעל מזרחי", "054-7312986"),
    P(f"מספר תעודת זהות לצורך החשבונית: {IL_ID}", IL_ID),
    N("המשלוח תקוע במכס כבר ארבעה ימים, מספר מעקב TRK-88213-IL."),
    P("כתובת למשלוח: רחוב שינקין 48, דירה 6, תל אביב-יפו", "רחוב שינקין 48, דירה 6, תל אביב-יפו"),
    C("ניסיתי להתחבר לפורטל עם הסיסמה Yael!Nori2024 ולא הצלחתי", "Yael!Nori2024"),
    N("נציג: תודה, פתחתי קריאה בשירות ordre-api, הסטטוס כרגע CUSTOMS_HOLD."),
    P(f"מספר IBAN להחזר: {IBAN_IL}", IBAN_IL),
    N("נציג: זמן טיפול משוער 48 שעות, מספר קריאה SUP-5521."),
    P("אפשר גם במייל: yael.mizrahi@walla.co.il", "yael.mizrahi@walla.co.il"),
    C(f"נציג: בטעות הודבק בקריאה מפתח ה-API של חברת השילוח: {EZAK}", EZAK),
])

# ================================================================= g18 Russian on-call notes
group(18, "oncall-notes-ru", [
    N("Дежурство 12.11: инцидент INC-2291, buoy-gw-07 не отправлял данные 38 минут."),
    N("Причина: после ротации пароля MQTT шлюз продолжал использовать старые учётные данные."),
    C(f"Бот для алертов в Telegram: токен {TG_TOKEN_RU}, чат -1001873920441", TG_TOKEN_RU),
    P("Контакт подрядчика: Анна Сергеевна Волкова, тел. +7 916 482-17-39", "Анна Сергеевна Волкова", "+7 916 482-17-39"),
    P(f"СНИЛС для договора ГПХ: {SNILS_F}", SNILS_F),
    N("Метрика tarelog_ingest_lag_seconds вернулась к норме в 09:44 UTC."),
    C(f"В логе nginx засветился заголовок Authorization: Basic {BASIC_RU}", BASIC_RU),
    P("Паспорт РФ подрядчика: 45 19 738214, выдан 12.03.2019", "45 19 738214"),
    P("Личная почта подрядчика: anna.volkova84@yandex.ru", "anna.volkova84@yandex.ru"),
    N("Версия прошивки 3.14.2-rc1, контрольная сумма SHA-256 совпадает с эталонной."),
    C("Временный пароль к Grafana: admin / Zx7!tare_q9Lm", "Zx7!tare_q9Lm"),
])

# ================================================================= g19 Thai lab onboarding
group(19, "lab-onboarding-th", [
    N("แบบฟอร์มรับพนักงานใหม่ - ห้องปฏิบัติการ lab-lims สาขาชลบุรี"),
    P("ชื่อ-นามสกุล: นางสาวสุภาพร แก้วมณี", "สุภาพร แก้วมณี"),
    P(f"เลขประจำตัวประชาชน: {TH_ID_F}", TH_ID_F),
    P("โทรศัพท์มือถือ: 081-734-2956", "081-734-2956"),
    N("ตำแหน่ง: นักวิทยาศาสตร์ห้องปฏิบัติการ ตรวจวัดปริมาณไอโอดีนและโลหะหนักในสาหร่าย"),
    C("บัญชีผู้ใช้ lab-lims: supaporn.k / รหัสผ่านชั่วคราว: Lims@2567th", "Lims@2567th"),
    N("อุปกรณ์: ICP-MS Agilent 7900 หมายเลขเครื่อง SG-7900-1182"),
    P("ที่อยู่: 88/12 หมู่ 3 ตำบลบางพระ อำเภอศรีราชา จังหวัดชลบุรี 20110", "88/12 หมู่ 3 ตำบลบางพระ อำเภอศรีราชา จังหวัดชลบุรี 20110"),
    C("รหัส Wi-Fi ห้องแล็บ: SSID LabChonburi รหัสผ่าน Kelp@Lab2024", "Kelp@Lab2024"),
    P("อีเมลส่วนตัว: supaporn.kaew@hotmail.com", "supaporn.kaew@hotmail.com"),
    N("หมายเหตุ: ต้องผ่านการอบรมความปลอดภัยสารเคมี (หลักสูตร CHEM-101) ก่อนใช้งานเครื่องมือ"),
])

# ================================================================= g20 Hindi distributor KYC
group(20, "distributor-kyc-hi", [
    N("वितरक KYC फ़ॉर्म - मुंबई, ऑर्डर ORD-2024-119611 (सूखा समुद्री शैवाल, 500 किलो)"),
    P("नाम: प्रिया रघुनाथन", "प्रिया रघुनाथन"),
    P(f"आधार संख्या: {AADHAAR_F}", AADHAAR_F),
    P("पैन: BQXPR4821K", "BQXPR4821K"),
    P("मोबाइल: +91 98204 71356", "+91 98204 71356"),
    P("UPI आईडी: priya.raghunathan@okhdfcbank", "priya.raghunathan@okhdfcbank"),
    N("कंपनी GSTIN: 27AABCT4821M1Z5 (बिलिंग इकाई: सागर फूड्स प्रा. लि.)"),
    C(f"Razorpay key_id {RZP_ID} और key_secret {RZP_SECRET} गलती से ईमेल में भेजे गए", RZP_ID, RZP_SECRET),
    N("भुगतान स्थिति: CAPTURED, राशि ₹ 1,84,500.00, UTR संख्या SBIN324118770031"),
    P(f"पता: फ्लैट 702, सागर दर्शन सोसाइटी, बांद्रा पश्चिम, मुंबई 400050; RuPay कार्ड {CARD_RUPAY}", "फ्लैट 702, सागर दर्शन सोसाइटी, बांद्रा पश्चिम, मुंबई 400050", CARD_RUPAY),
    N("कृपया डिलीवरी से पहले कोल्ड-चेन लॉगर की रिपोर्ट साझा करें।"),
])

# ================================================================= g21 PT-BR payment dispute
group(21, "payment-dispute-pt-br", [
    N("Assunto: Contestação de cobrança - pedido ORD-2024-119702 (alga kombu desidratada)"),
    P("Olá, meu nome é Camila Duarte Ribeiro e fui cobrada duas vezes no cartão.", "Camila Duarte Ribeiro"),
    P(f"Cartão usado: {CARD_MC_BR} (validade 04/28)", CARD_MC_BR),
    P(f"CPF: {CPF_F}", CPF_F),
    P("Chave PIX para estorno: +55 11 98734-2210", "+55 11 98734-2210"),
    N("O gateway registrou dois eventos charge.succeeded com 41 segundos de diferença (idempotency key ausente)."),
    N("IDs das cobranças: ch_3QJ8kLtv2Xb91pQa0e7Rz4Mn e ch_3QJ8l2tv2Xb91pQa1f0Tq8Ws"),
    P("Endereço: Rua Harmonia 512, apto 83, Vila Madalena, São Paulo - SP, 05435-000", "Rua Harmonia 512, apto 83, Vila Madalena, São Paulo - SP, 05435-000"),
    C(f"Equipe: a chave usada no script de estorno era {RK_LIVE}, rotacionar hoje.", RK_LIVE),
    N("Estorno de R$ 2.318,40 aprovado; prazo de até 7 dias úteis."),
    P("E-mail: camila.dribeiro@uol.com.br", "camila.dribeiro@uol.com.br"),
])

# ================================================================= g22 Norwegian payroll
group(22, "payroll-notes-no", [
    N("Lønnskjøring november - mannskap Frøya og Hitra, godkjent av økonomi 25.11."),
    P(f"Ansatt: Sindre Haugland, fødselsnummer {FNR_SINDRE}", "Sindre Haugland", FNR_SINDRE),
    P(f"Kontonummer for utbetaling: {KONTO_SINDRE_F}", KONTO_SINDRE_F),
    N("Timelønn 312,50 kr, tillegg for nattskift 25 %, 148 timer."),
    P("Ansatt: Marte Eide, adresse Sjøgata 14B, 7260 Sistranda", "Marte Eide", "Sjøgata 14B, 7260 Sistranda"),
    N(f"Org.nr. Tareverket AS: {ORGNR_F} MVA"),
    C("Innlogging lønnssystem (midlertidig): bruker lonn-admin, passord Tare!Lonn-2024", "Tare!Lonn-2024"),
    P(f"IBAN for Marte (bank i utlandet krever IBAN): {IBAN_NO_MARTE}", IBAN_NO_MARTE),
    N("Skattetrekk hentes fra Skatteetaten via a-meldingen, tabelltrekk 7100."),
    P("Pårørende for Sindre: Kari Haugland, tlf 926 51 340", "Kari Haugland", "926 51 340"),
    C(f"Tripletex employeeToken for integrasjonen (må flyttes til vault): {TRIPLETEX}", TRIPLETEX),
])

# ================================================================= g23 stripe webhook debugging
group(23, "stripe-cli-session", [
    N("$ stripe listen --forward-to localhost:8081/webhooks/stripe"),
    C(f"> Ready! You are using Stripe API Version [2024-06-20]. Your webhook signing secret is {WHSEC} (^C to quit)", WHSEC),
    N("2024-11-12 10:14:02   --> charge.succeeded [evt_3QJ8kLtv2Xb91pQa0Q1wE9bF]"),
    P("ordre-api | customer.created: phone=+44 7700 913 482, address.line1=7 Clifton Terrace", "+44 7700 913 482", "7 Clifton Terrace"),
    N("ordre-api | stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload"),
    C(f"ordre-api | DEBUG stripe client init api_key={SK_LIVE_STRIPE}", SK_LIVE_STRIPE),
    N('ordre-api | payment_method_details.card: {"brand":"visa","last4":"4242","exp_month":4,"exp_year":2028,"funding":"credit"}'),
    P(f"ordre-api | WARN legacy import row 88 contains raw PAN {CARD_VISA_LEGACY}", CARD_VISA_LEGACY),
    C(f"$ export STRIPE_API_KEY={SK_LIVE3} && stripe trigger payment_intent.succeeded", SK_LIVE3),
    N("Stripe-Signature: t=1731406442,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd"),
    P('ordre-api | billing_details: {"name":"Oliver Pennington","email":"oliver.pennington@btinternet.com"}', "Oliver Pennington", "oliver.pennington@btinternet.com"),
])

# ================================================================= g24 Grafana / Prometheus query summaries
group(24, "grafana-query-summaries", [
    N('Query: histogram_quantile(0.99, sum by (le, route) (rate(http_request_duration_seconds_bucket{service="ordre-api"}[5m])))'),
    N("Result: p99 for route=/v2/orders peaked at 2.41 s at 10:14 UTC; all other routes stayed under 300 ms."),
    N('Query: increase(dryer_ctl_alarm_total{alarm="TEMP_HIGH",line="D2"}[24h])  =>  7'),
    N("Panel 'Ingest lag by site' (dashboard uid tv-ingest-01) shows froya-nord at 2280 s for 38 min."),
    C(f"Datasource provisioning for prometheus-remote: basicAuthUser: 981144, secureJsonData.basicAuthPassword: {GRAFANA_BASIC_PW}", GRAFANA_BASIC_PW),
    C(f"curl -H 'Authorization: Bearer {GLSA_CURL}' https://grafana.tareverket.no/api/dashboards/uid/tv-ingest-01", GLSA_CURL),
    N("Label cardinality: tarelog_ingest_messages_total has 1,842 series (site x gateway x topic)."),
    C(f"Contact point 'sms-oncall': Twilio account {TWILIO_SID}, auth token {TWILIO_TOKEN}", TWILIO_TOKEN),
    N("Annotation: deploy ordre-api 1.42.0 (commit 7c1d9e0a41f2b3c4d5e6f708192a3b4c5d6e7f80)"),
    P("Panel 'Last responder' shows Sindre Haugland (sindre.haugland@gmail.com) for froya-nord", "Sindre Haugland", "sindre.haugland@gmail.com"),
    C(f"Loki datasource: X-Scope-OrgID=tareverket, basic auth 981144:{GLC}", GLC),
])

# ================================================================= g25 PagerDuty timeline
group(25, "pagerduty-incident-timeline", [
    N("Incident #4471 [P2] DryerTempHigh on dryer-ctl line D2 - triggered 02:13 CET"),
    P("02:14 Assigned to Håkon Vik via escalation policy 'Drift primary'", "Håkon Vik"),
    P("02:19 Håkon Vik acknowledged (phone call to +47 934 61 208)", "Håkon Vik", "+47 934 61 208"),
    N("02:25 Note: burner valve V-204 stuck at 68 %, manual override from the HMI"),
    C("02:31 Note: HMI login used for the override was operator / Dryer#D2-0311", "Dryer#D2-0311"),
    N("02:48 Resolved: temperature back below the 65 °C setpoint; batch B-24-1187 quarantined for QA."),
    C(f"Integration used by dryer-ctl (Events API v2): routing_key={PD_ROUTING}", PD_ROUTING),
    P("03:05 FYI notification sent to plant manager Ingrid Solberg", "Ingrid Solberg"),
    P("03:12 Note: Håkon reached the vendor engineer Tomasz Wiśniewski on his private number +48 601 224 387", "Tomasz Wiśniewski", "+48 601 224 387"),
    C(f"03:10 Note: status update posted to Slack via {SLACK_HOOK2}", SLACK_HOOK2),
    N("Service: dryer-ctl (PD service id PXK4T9Q), escalation policy PBR3M1Z, urgency high"),
])

# ================================================================= g26 Dutch customer
group(26, "customer-email-nl", [
    N("Onderwerp: Vraag over abonnement zeewierbox (klantnummer KL-200871)"),
    P("Beste Tareverket, ik ben Sanne de Wit en ik ontvang sinds maart jullie maandelijkse box.", "Sanne de Wit"),
    P(f"Mijn BSN staat per ongeluk op de factuur vermeld: {BSN}, kunnen jullie dat verwijderen?", BSN),
    P(f"Rekeningnummer voor terugbetaling: {IBAN_NL}", IBAN_NL),
    P("Adres: Oudegracht 214-bis, 3511 NV Utrecht", "Oudegracht 214-bis, 3511 NV Utrecht"),
    N("De box van november (batch BX-2411) kwam twee dagen te laat aan."),
    P("Telefoon: 06-41837290", "06-41837290"),
    N("Antwoord klantenservice: excuses, we hebben de factuur opnieuw gegenereerd (factuur F-2024-08812)."),
    C(f"Interne notitie: SSO-fout in klantportaal, Entra ID client_secret stond in de logs: {AZ_CLIENT_SECRET}", AZ_CLIENT_SECRET),
    N("Interne notitie: zie runbook faktura-svc#pdf-regeneration, geen actie nodig voor de btw-aangifte."),
    P("E-mail: sanne.dewit@ziggo.nl", "sanne.dewit@ziggo.nl"),
])

# ================================================================= g27 git diff
group(27, "git-diff-faktura-config", [
    N("diff --git a/deploy/faktura-svc/config.yaml b/deploy/faktura-svc/config.yaml"),
    N("index 3f2a91c..b7e04d2 100644"),
    P('-  accountant_contact: "Kari Haugland <kari.haugland@online.no>"', "Kari Haugland", "kari.haugland@online.no"),
    C(f'-  password: "{SMTP_PW}"', SMTP_PW),
    N('+  password: "${SMTP_PASSWORD}"'),
    C(f'-  postmark_server_token: "{POSTMARK}"', POSTMARK),
    N('+  postmark_token_ref: "vault:secret/data/faktura-svc#postmark_token"'),
    P('-  test_recipient: "oliver.pennington@btinternet.com"', "oliver.pennington@btinternet.com"),
    N('+  test_recipient: "invoices-test@tareverket.no"'),
    C(f'-  fiken_api_token: "{FIKEN}"', FIKEN),
    C(f"-  azure_storage: DefaultEndpointsProtocol=https;AccountName=tvfaktura;AccountKey={AZ_ACCOUNT_KEY};EndpointSuffix=core.windows.net", AZ_ACCOUNT_KEY),
    N("+  azure_storage: ${AZURE_STORAGE_CONNECTION_STRING}"),
])

# ================================================================= g28 helm values
group(28, "helm-values-harvest-planner", [
    C(f'smtp: {{host: smtp.office365.com, port: 587, user: planner@tareverket.no, password: "{SMTP_PW2}"}}', SMTP_PW2),
    N("image: {repository: ghcr.io/tareverket/harvest-planner, tag: 2.7.1, pullPolicy: IfNotPresent}"),
    C(f'postgresql: {{auth: {{username: planner, password: "{PLANNER_PG_PW}", database: planner}}}}', PLANNER_PG_PW),
    N("existingSecret: harvest-planner-env  # keys: DB_PASSWORD, TIDE_API_TOKEN"),
    C(f'tideApi: {{baseUrl: https://api.tidetables.example/v1, key: "{TIDE_KEY}"}}', TIDE_KEY),
    N("ingress: {enabled: true, hosts: [planner.tareverket.no], tls: [{secretName: planner-tls, hosts: [planner.tareverket.no]}]}"),
    N("resources: {requests: {cpu: 250m, memory: 384Mi}, limits: {memory: 768Mi}}"),
    C(f'redis: {{architecture: standalone, auth: {{enabled: true, password: "{REDIS_PW}"}}}}', REDIS_PW),
    N('podAnnotations: {vault.hashicorp.com/agent-inject: "true", vault.hashicorp.com/agent-inject-secret-db: "database/creds/planner"}'),
    C(f'imageCredentials: {{registry: ghcr.io, username: tv-deploy, password: "{GHP3}"}}', GHP3),
    C(f'oidc: {{issuer: https://sso.tareverket.no/realms/ops, clientId: harvest-planner, clientSecret: "{OIDC_SECRET}"}}', OIDC_SECRET),
])

# ================================================================= g29 keys pasted in chat
group(29, "slack-thread-access", [
    N("[14:02] @lena: can someone add my key to the bastion? fingerprint SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"),
    N("[14:03] @hakon: send the PUBLIC key only, the .pub file"),
    N("[14:04] @lena: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK0wmN/Cr3JXqmLw7u+vzrw8aQnF7rNwK3D2iQ7xT4Lp lena@tv-laptop-113"),
    C(f"[14:05] @lena: oops, wrong file: -----BEGIN OPENSSH PRIVATE KEY----- {OPENSSH_BODY} -----END OPENSSH PRIVATE KEY-----", OPENSSH_BODY),
    N("[14:05] @hakon: that is the private key. Deleting it; regenerate with ssh-keygen -t ed25519 -C lena@tv-laptop-113"),
    C(f"[14:08] @lena: and the AWS profile visible in my screenshot: aws_secret_access_key = {SEC4}", SEC4),
    C(f"[14:20] @marte: the TLS key for planner.tareverket.no was attached to the ticket: -----BEGIN RSA PRIVATE KEY----- {RSA_BODY} -----END RSA PRIVATE KEY-----", RSA_BODY),
    N("[14:21] @marte: cert serial 04:9f:2c:1a:7e:55:0b:33, notAfter 2025-02-11, issuer Let's Encrypt R11"),
    P("[14:24] @lena: I'm working from home this week, send the YubiKey to Nedre Bakklandet 33, 7014 Trondheim", "Nedre Bakklandet 33, 7014 Trondheim"),
    C("[14:30] @lena: the passphrase for the new key is fjord-kelp-42-lantern, just in case", "fjord-kelp-42-lantern"),
    N("[14:31] @hakon: no. Passphrases go into the 1Password vault 'Drift', never into chat."),
])

# ================================================================= g30 dryer PLC notes
group(30, "plc-troubleshooting-notes", [
    N("dryer-ctl: Siemens S7-1500 on line D2, OPC UA endpoint opc.tcp://10.60.2.20:4840"),
    N("Modbus holding registers 40001-40016 dump: 0x0041 0x00C8 0x1F40 0x0000 0xFFFF 0x03E8 0x0A5A 0x7FFF"),
    N("Setpoint drying temperature 65.0 °C, airflow 18,500 m³/h, moisture target 12 %"),
    C("OPC UA user 'dryerctl' with password 'S7plc!D2-line' (copied from the old commissioning sheet)", "S7plc!D2-line"),
    P("Shift operator on D2 that night: Olena Kovalenko (+380 67 314 28 95)", "Olena Kovalenko", "+380 67 314 28 95"),
    C("HMI VNC password on the panel: 3f9xR2pq", "3f9xR2pq"),
    N("PLC MAC 28:63:36:9a:4b:1e, order number 6ES7 515-2AM02-0AB0, serial S C-K4T28811"),
    P("Commissioning engineer from the vendor: Tomasz Wiśniewski, +48 601 224 387", "Tomasz Wiśniewski", "+48 601 224 387"),
    C(f"Teleport join token for the new OT jump host (valid 24 h): {TELEPORT_TOKEN}", TELEPORT_TOKEN),
    N("SHA-256 of PLC project file D2_v41.ap17: 2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"),
    C(f"MQTT bridge to tarelog uses a client cert; fallback in bridge.conf: remote_password {PLC_BRIDGE_PW}", PLC_BRIDGE_PW),
])

# ================================================================= g31 Jira GDPR ticket
group(31, "jira-gdpr-erasure", [
    N("TAREOPS-445: GDPR erasure request - customer portal, received 2024-11-11 via privacy@tareverket.no"),
    P("Requester: Oliver Pennington, 7 Clifton Terrace, Brighton BN1 3HA, United Kingdom", "Oliver Pennington", "7 Clifton Terrace, Brighton BN1 3HA"),
    P("Requester email on file: oliver.pennington@btinternet.com; phone +44 7700 913 482", "oliver.pennington@btinternet.com", "+44 7700 913 482"),
    N("Scope: ordre-api customers table, faktura-svc invoices (kept 5 years per bokføringsloven), newsletter audience"),
    N("Steps: 1) soft-delete customer_id=88213 2) purge from the analytics warehouse 3) confirm in writing within 30 days"),
    P("Also delete the secondary contact Emily Pennington (emily.p.brighton@outlook.com)", "Emily Pennington", "emily.p.brighton@outlook.com"),
    N("Legal basis for keeping invoices: Art. 17(3)(b) GDPR."),
    C(f"Export link (pre-signed, 7 days): https://tareverket-exports.s3.eu-north-1.amazonaws.com/gdpr/88213.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={PRESIGN_AKIA}%2F20241112%2Feu-north-1%2Fs3%2Faws4_request&X-Amz-Expires=604800&X-Amz-Signature={PRESIGN_SIG}", PRESIGN_AKIA, PRESIGN_SIG),
    N("Status: In Progress, assignee team-privacy, due 2024-12-11"),
    C(f"Warehouse purge ran with: clickhouse-client --host ch-1 --user privacy_svc --password '{CH_PW}' --query \"ALTER TABLE events DELETE WHERE customer_id=88213\"", CH_PW),
    P("Comment by Lena Brattli: identity verified via last four card digits and postcode", "Lena Brattli"),
])

# ================================================================= g32 mobile crash report
group(32, "mobile-crash-report", [
    N("Fatal Exception: java.lang.IllegalStateException: Fragment OrderDetailFragment not attached to a context."),
    N("  at no.tareverket.app.orders.OrderDetailFragment.onResume(OrderDetailFragment.kt:142)"),
    N("App version 4.8.0 (build 40800), Android 14, Pixel 7, installation id 3d5e9f2a-7c41-4b8e-9a06-1f2e3d4c5b6a"),
    P("user.email = sanne.dewit@ziggo.nl, user.name = Sanne de Wit", "sanne.dewit@ziggo.nl", "Sanne de Wit"),
    C(f"breadcrumb http: GET https://api.tareverket.no/v2/orders Authorization=Bearer {MOBILE_JWT}", MOBILE_JWT),
    N("breadcrumb navigation: /orders -> /orders/119702 -> /orders/119702/invoice"),
    P("breadcrumb ui.input: field=phone value=+31 6 41837290", "+31 6 41837290"),
    C(f"request.headers: Cookie: tv_session={SESSION2}; tv_lang=nl", SESSION2),
    C(f"context.firebase: api_key={FIREBASE_KEY}, fcm_server_key={FCM_KEY}", FIREBASE_KEY, FCM_KEY),
    N("Crash-free users (7 d): 99.41 %; this issue affects 37 users on 4.8.0"),
    P("device.geo: 52.0907, 5.1214 (Utrecht), client ip 86.83.41.177", "52.0907, 5.1214", "86.83.41.177"),
])

# ================================================================= g33 SQL query summaries
group(33, "assistant-sql-summaries", [
    N("Assistant ran: SELECT status, count(*) FROM orders WHERE created_at > now() - interval '7 days' GROUP BY status;"),
    N("Result: DELIVERED 812, IN_TRANSIT 143, CUSTOMS_HOLD 9, PAYMENT_PENDING 4, REFUNDED 3"),
    P("Assistant ran: SELECT * FROM customers WHERE email = 'j.albrecht1968@web.de';", "j.albrecht1968@web.de"),
    P("Row: id=4410, name='Jürgen Albrecht', phone='+49 171 4829337', city='Hamburg'", "Jürgen Albrecht", "+49 171 4829337"),
    C(f"Assistant ran: CREATE USER MAPPING FOR reporting SERVER fdw_faktura OPTIONS (user 'faktura_ro', password '{FDW_PW}');", FDW_PW),
    C("Assistant ran: ALTER ROLE reporting WITH PASSWORD 'Rp0rt!ng-2024-Nov';", "Rp0rt!ng-2024-Nov"),
    P(f"Row: id=5534, name='Sanne de Wit', bsn='{BSN}'", "Sanne de Wit", BSN),
    P(f"Row: id=5021, name='Yael Mizrahi', refund_iban='{IBAN_IL}'", "Yael Mizrahi", IBAN_IL),
    N("Summary: 9 orders in CUSTOMS_HOLD, the oldest 4 days (ORD-2024-118990, Tel Aviv)."),
    C(f"Connection used: host=pg-ordre user=assistant_ro password={PGPASS_PW} (read from ~/.pgpass)", PGPASS_PW),
    N("Recommendation: add a partial index on orders(status) WHERE status <> 'DELIVERED'."),
])

# ================================================================= g34 postmortem
group(34, "postmortem-inc-2291", [
    N("# Postmortem: INC-2291 buoy-gw-07 ingest gap (2024-11-12)"),
    N("Impact: 38 minutes of missing telemetry from froya-nord; buffered on the device and backfilled at 09:51 UTC."),
    N("Root cause: the nightly rotate-mqtt job updated the broker password file, but gateways read secrets only at boot."),
    N("Detection: BuoyGatewayDown fired after 10 m and IngestLagHigh after 15 m. Time to acknowledge: 4 m."),
    C(f"Appendix C, gateway bootstrap PSK visible in a timeline screenshot: BOOTSTRAP_PSK={PSK}", PSK),
    N("What went poorly: a password was pasted in #drift-ops; it was rotated and the message deleted."),
    N("Action items: TAREOPS-418 client certs (owner team-drift), TAREOPS-419 alert on CONNACK rc=5 (owner team-observability)."),
    P("Call log: Arnfinn Strøm phoned at 09:05 from +47 995 12 730 asking about the lights on buoy 7", "Arnfinn Strøm", "+47 995 12 730"),
    C(f"Appendix B, raw env dump (should have been scrubbed): MQTT_HOST=mqtt.tareverket.no MQTT_USER=buoygw07 MQTT_PASS={POSTMORTEM_PW}", POSTMORTEM_PW),
    P("Customer note drafted for the Frøya site landowner, Arnfinn Strøm (arnfinn.strom@live.no)", "Arnfinn Strøm", "arnfinn.strom@live.no"),
    P("Incident commander: Marte Eide; scribe: Lena Brattli", "Marte Eide", "Lena Brattli"),
])

# ================================================================= g35 vendor email
group(35, "vendor-email-satellite", [
    N("Subject: API access for the SkyLink Marine fleet portal - account TV-55821"),
    N("Dear Tareverket team, your fleet of 14 satellite modems has been migrated to the new portal."),
    C(f"Your API key: {SLM_KEY}", SLM_KEY),
    C(f"Your API secret (shown only once): {SLM_SECRET}", SLM_SECRET),
    N("Rate limit: 600 requests/min; documentation at https://docs.skylink-marine.example/api/v3"),
    N(f"Modem IMEI {IMEI} (buoy-gw-07) missed 2 satellite passes on 2024-11-12 between 08:30 and 09:10 UTC."),
    P("Your account manager is Rebecca Holloway, direct line +44 20 3807 5512", "Rebecca Holloway", "+44 20 3807 5512"),
    C(f"Your webhook signing secret for pass notifications: {SLM_WHK}", SLM_WHK),
    C(f"SFTP for CDR files: sftp://tareverket:{SFTP_PW}@cdr.skylink-marine.example:22/outbound", SFTP_PW),
    N("Please do not reply to this address (noreply@skylink-marine.example)."),
    P("Kind regards, Rebecca Holloway | mobile +44 7911 284 063", "Rebecca Holloway", "+44 7911 284 063"),
])

# ================================================================= g36 CSV export
group(36, "csv-export-orders-customers", [
    N("order_id,created_at,customer_id,product_sku,qty_kg,status,total_eur"),
    N("ORD-2024-119450,2024-11-08T10:02:11Z,C-5530,KELP-DRY-500,1200,DELIVERED,18432.00"),
    N("customer_id,full_name,email,phone,street,postcode,city,country"),
    P("C-5531,Camila Duarte Ribeiro,camila.dribeiro@uol.com.br,+55 11 98734-2210,Rua Harmonia 512,05435-000,São Paulo,BR", "Camila Duarte Ribeiro", "camila.dribeiro@uol.com.br", "+55 11 98734-2210", "Rua Harmonia 512"),
    P("C-5532,Oliver Pennington,oliver.pennington@btinternet.com,+44 7700 913 482,7 Clifton Terrace,BN1 3HA,Brighton,GB", "Oliver Pennington", "oliver.pennington@btinternet.com", "+44 7700 913 482", "7 Clifton Terrace"),
    N("C-5533,Hanseatische Algen GmbH,einkauf@hanseatische-algen.example,,Am Sandtorkai 5,20457,Hamburg,DE"),
    P("C-5534,Sanne de Wit,sanne.dewit@ziggo.nl,06-41837290,Oudegracht 214-bis,3511 NV,Utrecht,NL", "Sanne de Wit", "sanne.dewit@ziggo.nl", "06-41837290", "Oudegracht 214-bis"),
    N("# exported by ops-assistant 2024-11-12T11:00:00Z, rows=4, sha256=9a0364b9e99bb480dd25e1f0284c8555d1f1c2b8f3e4a5d6c7b8a9f0e1d2c3b4"),
    N(f"KELP-DRY-500,Dried sugar kelp 500 g,HS 1212.21.00,EAN {EAN}"),
    P("C-5535,김서연,seoyeon.kim82@naver.com,010-4827-1935,우동 1408,48094,Busan,KR", "김서연", "seoyeon.kim82@naver.com", "010-4827-1935", "우동 1408"),
    P("C-5536,Arnfinn Strøm,arnfinn.strom@live.no,+47 995 12 730,Kvenvær 41,7259,Snillfjord,NO", "Arnfinn Strøm", "arnfinn.strom@live.no", "+47 995 12 730", "Kvenvær 41"),
])

# ================================================================= g37 ansible
group(37, "ansible-inventory-playbook", [
    N("- name: Deploy buoy-gw config"),
    N("  hosts: buoy_gateways"),
    C(f'  vars: {{grafana_admin_password: "{GRAFANA_ADMIN_PW}"}}', GRAFANA_ADMIN_PW),
    C(f"[buoy_gateways:vars] ansible_user=ops ansible_become_password={BECOME_PW}", BECOME_PW),
    C(f"$ cat .vault_pass  ->  {VAULT_PASS}", VAULT_PASS),
    N('    mqtt_password: "{{ vault_mqtt_password }}"'),
    C(f'    mqtt_password_fallback: "{ANSIBLE_MQTT_PW}"  # TODO move to ansible-vault', ANSIBLE_MQTT_PW),
    N("buoy-gw-07 ansible_host=10.88.7.23 site=froya-nord fw_version=3.14.2-rc1"),
    C(f"dryer-hmi-01 ansible_host=10.60.2.31 ansible_user=Administrator ansible_password={WINRM_PW} ansible_connection=winrm", WINRM_PW),
    N("PLAY RECAP ********* buoy-gw-07 : ok=12 changed=3 unreachable=0 failed=0 skipped=1 rescued=0 ignored=0"),
    P("# maintained by Håkon Vik <hakon.vik@tareverket.no>", "Håkon Vik", "hakon.vik@tareverket.no"),
])

# ================================================================= g38 systemd journal
group(38, "journalctl-ops-hosts", [
    N("Nov 12 02:00:01 ops-cron-1 CRON[22871]: (root) CMD (/usr/local/bin/rotate-mqtt --all --dry-run=false)"),
    N("Nov 12 02:00:04 ops-cron-1 rotate-mqtt[22872]: rotated 14 gateway credentials, wrote /etc/mosquitto/passwd (mode 0600)"),
    C(f"Nov 12 02:00:04 ops-cron-1 rotate-mqtt[22872]: DEBUG new password for buoygw07 = {CRON_PW}", CRON_PW),
    C(f"Nov 12 02:00:05 ops-cron-1 rotate-mqtt[22872]: notify GET https://api.telegram.org/bot{TG3}/sendMessage?chat_id=-1001873920441", TG3),
    C(f"Nov 12 03:15:22 faktura-1 faktura-svc[991]: notify POST {ZAPIER_HOOK} status=200", ZAPIER_HOOK),
    P("Nov 12 03:15:23 faktura-1 faktura-svc[991]: invoice F-2024-08812 emailed to sanne.dewit@ziggo.nl (Sanne de Wit)", "sanne.dewit@ziggo.nl", "Sanne de Wit"),
    N("Nov 12 04:00:00 backup-1 pgbackrest[3321]: backup 20241112-040000F completed, 412.3GB, manifest sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709"),
    P("Nov 12 07:58:03 portal-1 auth[1120]: login ok user=yael.mizrahi@walla.co.il from 79.177.23.140", "yael.mizrahi@walla.co.il", "79.177.23.140"),
    C(f"Nov 12 08:10:44 portal-1 auth[1120]: password reset link https://portal.tareverket.no/reset?token={RESET_TOKEN} issued", RESET_TOKEN),
    N("Nov 12 08:10:45 portal-1 kernel: [812334.118] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies."),
    N("Nov 12 09:00:00 ops-cron-1 certbot[5512]: Certificate not yet due for renewal (planner.tareverket.no, 89 days)"),
])

# ================================================================= g39 Ukrainian crew form
group(39, "crew-form-uk", [
    N("Анкета нового члена екіпажу - судно підтримки «Tareholm», база Гітра"),
    P("ПІБ: Коваленко Олена Петрівна", "Коваленко Олена Петрівна"),
    P(f"РНОКПП (ІПН): {RNOKPP}", RNOKPP),
    P("Телефон: +380 67 314 28 95", "+380 67 314 28 95"),
    N("Посада: оператор лінії сушіння, зміна Б, з 02.12.2024"),
    P("Закордонний паспорт: FT482913, дійсний до 2031 року", "FT482913"),
    N("Інструктаж з безпеки пройдено: HMS-2024-11, сертифікат STCW Basic Safety дійсний до 2028 року."),
    C("Тимчасовий пароль до crew-roster: Olena#Hitra25", "Olena#Hitra25"),
    P("Адреса в Норвегії: Fillan sentrum 6, leil. 12, 7240 Hitra", "Fillan sentrum 6, leil. 12, 7240 Hitra"),
    N("Примітка: медогляд заплановано в Fillan legekontor, 05.12 о 10:00."),
    P("Електронна пошта: olena.kovalenko91@ukr.net", "olena.kovalenko91@ukr.net"),
])

# ================================================================= g40 Chinese buyer ticket
group(40, "buyer-ticket-zh", [
    N("工单 CN-7781：青岛客户询问干海带批次 LOT-NO-2410-11 的重金属检测报告"),
    P("联系人：王雅琴，手机 138 1746 2093", "王雅琴", "138 1746 2093"),
    P(f"身份证号（用于进口备案）：{CN_ID}", CN_ID),
    N("检测结果：碘含量 2,310 mg/kg，镉 0.21 mg/kg，均低于标准限值。"),
    P("收货地址：山东省青岛市市南区香港中路 76 号 3 单元 1502 室", "山东省青岛市市南区香港中路 76 号 3 单元 1502 室"),
    C(f"客户把企业微信机器人地址发给我们了：https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={WECOM_KEY}", WECOM_KEY),
    N("订单状态：ordre-api 显示 IN_TRANSIT，预计 12 月 3 日到达。"),
    P(f"付款卡号（银联）：{CARD_UNIONPAY}", CARD_UNIONPAY),
    N("发票抬头：青岛海润食品有限公司，统一社会信用代码见附件。"),
    P("个人邮箱：wangyaqin_qd@163.com", "wangyaqin_qd@163.com"),
    C(f"阿里云 AccessKey ID: {LTAI} / AccessKey Secret: {ALI_SECRET}", LTAI, ALI_SECRET),
])

# ================================================================= g41 German/Norwegian team chat
group(41, "team-chat-de-no", [
    N("[10:02] @jonas: Moin! Deployment von harvest-planner 2.7.1 läuft, Canary bei 10 %."),
    C("[10:03] @marte: Flott. Grafana-admin-passordet står forresten fortsatt i wikien: Tare-Graf!2024", "Tare-Graf!2024"),
    C(f"[10:05] @jonas: Für den Test der Gezeiten-API hier kurz der Key: {TIDE_KEY2}", TIDE_KEY2),
    N("[10:06] @marte: Ikke lim inn nøkler her, bruk en delingslenke fra 1Password."),
    C(f"[10:09] @jonas: Sorry. Der Docker-Hub-Token war auch im Screenshot: {DCKR}", DCKR),
    N("[10:12] @marte: Canary ser bra ut: feilrate 0,02 %, p99 310 ms."),
    P("[10:15] @jonas: Meine neue Handynummer für die Rufbereitschaft: +49 152 28417736", "+49 152 28417736"),
    P("[10:16] @marte: Oppdatert. HR har fortsatt privatadressen din som Bahrenfelder Straße 112, 22765 Hamburg, stemmer det?", "Bahrenfelder Straße 112, 22765 Hamburg"),
    P("[10:20] @marte: Jonas Keller fra Hamburg-kontoret tar over vakten fra fredag.", "Jonas Keller"),
    C(f"[10:22] @jonas: HF-Token für das Algen-Klassifikationsmodell: {HF}", HF),
    N("[10:30] @jonas: Rollout 100 %, danke! Ticket TAREOPS-433 geschlossen."),
])

# ================================================================= g42 Datadog / Opsgenie webhooks
group(42, "datadog-opsgenie-webhooks", [
    N('{"alert_type":"error","title":"[Triggered] ordre-api 5xx rate > 2%","event_id":"7412958362158220119"}'),
    N('{"tags":["service:ordre-api","env:prod","team:commerce"],"priority":"P2","org":{"id":"4411","name":"Tareverket"}}'),
    C(f'{{"headers":{{"DD-API-KEY":"{DD_API_HOOK}","DD-APPLICATION-KEY":"{DD_APP_HOOK}"}}}}', DD_API_HOOK, DD_APP_HOOK),
    N('{"monitor_id":148822931,"query":"sum(last_5m):sum:trace.http.request.errors{service:ordre-api}.as_count() > 50"}'),
    N('{"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","sampled":true}'),
    C(f'{{"headers":{{"Authorization":"GenieKey {GENIE}"}}}}', GENIE),
    P('{"responders":[{"type":"user","username":"ingrid.solberg@tareverket.no"}]}', "ingrid.solberg@tareverket.no"),
    C(f'{{"webhook":{{"name":"opsgenie-bridge","custom_headers":{{"Authorization":"Basic {OG_BASIC}"}}}}}}', OG_BASIC),
    N('{"aggregation_key":"3c6e0b8a9c15224a8228b9a98ca1531d","host":"ordre-api-7d9f8c6b5-x2kqp"}'),
    C(f'{{"notify":"teams","url":"{TEAMS_HOOK}"}}', TEAMS_HOOK),
    P('{"acknowledged_by":{"name":"Marte Eide","phone":"+47 412 09 386"}}', "Marte Eide", "+47 412 09 386"),
])

# ================================================================= g43 assistant troubleshooting notes (hard negatives)
group(43, "assistant-notes-harvest-planner", [
    N("Note 1: harvest-planner pods crashloop with KeyError: 'TIDE_API_KEY' because the secret key was renamed to TIDE_API_TOKEN."),
    N("Note 2: fix is secretKeyRef {name: harvest-planner-env, key: TIDE_API_TOKEN}; no secret values were read while debugging."),
    N("Note 3: the README placeholder is TIDE_API_TOKEN=your-token-here and CI passes ${{ secrets.TIDE_API_TOKEN }}."),
    N("Note 4: image digest sha256:9b2f0c7d41e6a83f5c0d2e7b19a4f6c8d3e2b1a0f9e8d7c6b5a4f3e2d1c0b9a8, tag 2.7.1"),
    N("Note 5: the test fixture uses the AWS documentation sample AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    C(f"Note 6: but a real token was committed in tests/conftest.py line 12: TIDE_API_TOKEN={TIDE_KEY3}", TIDE_KEY3),
    N("Note 7: request id 01JCQ7Z8X4M2N6P9R3T5V7W9YB (ULID), correlation id 5f0c3a9e-2b1d-4e7f-8a6c-9d0e1f2a3b4c"),
    N("Note 8: auth-policy ConfigMap: password_min_length=14, token_ttl_seconds=3600, max_login_attempts=5"),
    N("Note 9: staging checkout tests use Stripe's documented decline card 4000 0000 0000 0002."),
    N("Note 10: the code LOT 4417 2290 3318 5521 on the bag label is a production lot, not a payment card."),
    N("Note 11: commit 3b18e512dba79e4c8300dd08aeb37f8e728b8dad renamed the key; author is the planner team bot."),
    P("Note 12: the planner's listed owner is Lena Brattli, personal phone 481 27 905", "Lena Brattli", "481 27 905"),
])

# ================================================================= g44 UK phone transcript
group(44, "call-transcript-uk", [
    N("Call transcript - support line, 2024-11-12 15:02 GMT, agent A-117, recording ref CR-558201"),
    N("Agent: Thanks for calling Tareverket, can I take your order number?"),
    N("Caller: Yes, it's ORD-2024-119822, the seaweed snack subscription."),
    P("Caller: The account is under Oliver Pennington, date of birth 14 March 1979.", "Oliver Pennington", "14 March 1979"),
    P("Caller: My National Insurance number is NH 48 21 93 C, if you need it for the refund form.", "NH 48 21 93 C"),
    P(f"Caller: Please refund to my card {CARD_AMEX_UK}, expiry 09/26.", CARD_AMEX_UK),
    N("Agent: We don't need your NI number, and please don't read out card numbers; I'll text you a secure link."),
    P(f"Caller: Or use my IBAN {IBAN_GB}.", IBAN_GB),
    P("Caller: And the delivery address is 7 Clifton Terrace, Brighton BN1 3HA.", "7 Clifton Terrace, Brighton BN1 3HA"),
    C("Agent note: caller read out his portal password 'Brighton1979!' - account locked and reset forced.", "Brighton1979!"),
    C("Agent note: caller also gave the answer to his portal security question (memorable word: Pennyfarthing); flagged for reset.", "Pennyfarthing"),
])

HEADER = "# kind\ttext\tmust-vanish\tsource"

def main():
    assert [g[0] for g in G] == list(range(1, 45)), "groups must be g01..g44 in order"
    out = {"dev": [HEADER], "test": [HEADER]}
    for n, artefact, lines in G:
        split = "dev" if n % 2 == 1 else "test"
        for kind, text, mv in lines:
            for f in (text, *mv):
                assert "\t" not in f and "\n" not in f, (n, f)
            out[split].append(f"{kind}\t{text}\t{' || '.join(mv)}\twriter19 g{n:02d} {artefact}")
    for split, rows in out.items():
        with open(os.path.join(HERE, f"batch19_{split}.tsv"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(rows) + "\n")
        print(f"batch19_{split}.tsv: {len(rows) - 1} lines")

if __name__ == "__main__":
    main()
