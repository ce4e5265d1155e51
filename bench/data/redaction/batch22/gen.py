#!/usr/bin/env python3
"""Writer 22: hand-written redaction-gate test lines for "Hexwing Pollination Co-op".

Usage: python3 gen.py [OUTDIR]   (default: the directory of this file)

Every line below is typed by hand. Inside a line:
  ⟦text⟧   literal text that must vanish (PII or secret), written inline
  ⟪KEY⟫    value V[KEY] substituted AND recorded as must-vanish
  ⟨KEY⟩    value V[KEY] substituted, NOT must-vanish (look-alikes in negatives)
Secret bodies come from random.Random(22); look-alike hashes from hashlib over typed strings;
registered ids get their check digits from ids.py.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys

import ids

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# ------------------------------------------------------------------ secret bodies
R = random.Random(22)
UP, LO, DG = string.ascii_uppercase, string.ascii_lowercase, string.digits
AN = UP + LO + DG
HEX = "0123456789abcdef"
URLSAFE = AN + "-_"


def r(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def pw(n=14, sym="!#%*+-_."):
    while True:
        s = r(AN + sym, n)
        if (any(c in UP for c in s) and any(c in LO for c in s) and any(c in DG for c in s)
                and (not sym or any(c in sym for c in s))):
            return s


def b64url(raw):
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def jwt(payload):
    head = b64url('{"alg":"HS256","typ":"JWT"}')
    return head + "." + b64url(payload) + "." + r(URLSAFE, 43)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid():
    h = r(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def pem_body(prefix, nchars):
    body = prefix + r(AN + "+/", nchars - len(prefix))
    return "\\n".join(body[i:i + 64] for i in range(0, len(body), 64))


V = {}
V["KAFKA_PW"] = pw(18)
V["CONF_KEY"] = r(UP + DG, 16)
V["CONF_SECRET"] = r(AN + "+/", 64)
V["LT_PG_PW"] = pw(20, "-_.~")
V["STRIPE_LIVE"] = "sk_live_51" + r(AN, 97)
V["WHSEC"] = "whsec_" + r(AN, 32)
V["LT_SMTP_PW"] = pw(16)
V["JWT1"] = jwt('{"sub":"isaf-uploader","iss":"vmi.lt","iat":%d,"scope":"isaf:write"}' % R.randint(1730000000, 1733000000))
V["PK_BODY1"] = pem_body("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 512)
V["NECTAR_KEY1"] = "nct_live_" + r(AN, 32)
V["SLACK_HOOK"] = "T" + r(UP + DG, 8) + "/B" + r(UP + DG, 10) + "/" + r(AN, 24)
V["TMP_PW1"] = pw(12, "#%+")
V["OKTA_CS"] = r(URLSAFE, 40)
V["LV_TMP_PW"] = pw(12, "!#%")
V["SHARE_TOK"] = r(URLSAFE, 32)
V["PG_PW2"] = pw(22, "-_.~")
V["ES_PW"] = pw(16, "-_.~")
V["AWS_SECRET1"] = r(AN + "/+", 40)
V["AWS_AKID1"] = "AKIA" + r(UP + "234567", 16)
V["MYSQL_PW"] = pw(14, "#%*")
V["SK_DB_PW"] = pw(18, "!%*-_.")
V["SK_SMTP_PW"] = pw(14, "!#%")
V["GITLAB_PAT"] = "glpat-" + r(URLSAFE, 20)
V["GH_WEBHOOK_SECRET"] = r(HEX, 40)
V["NPM_TOKEN"] = "npm_" + r(AN, 36)
V["GHP1"] = "ghp_" + r(AN, 36)
V["SENTRY_TOK"] = "sntryu_" + r(HEX, 64)
V["DOCKER_PAT"] = "dckr_pat_" + r(URLSAFE, 27)
V["CODECOV"] = ruuid()
V["SI_PORTAL_PW"] = pw(13, "!#*")
V["OTP_SI"] = r(DG, 6)
V["IL_ROUTER_PW"] = pw(15, "!#%*")
V["TWILIO_TOKEN"] = r(HEX, 32)
V["BREAKGLASS_PW"] = pw(24, "!#%*+-_.")
V["TS_KEY"] = "tskey-auth-" + r(AN, 11) + "CNTRL-" + r(AN, 33)
V["AM_PW"] = pw(18, "-_.~")
V["PD_INTEG"] = r(HEX, 32)
V["AM_BEARER"] = r(AN, 40)
V["AM_SMTP_PW"] = pw(16, "!#%*")
V["KR_GW_PW"] = pw(12, "!#%*")
V["SLACK_BOT"] = "xoxb-" + r(DG, 12) + "-" + r(DG, 13) + "-" + r(AN, 24)
V["PD_ROUTING"] = r(HEX, 32)
V["DD_API"] = r(HEX, 32)
V["TH_PORTAL_PW"] = pw(12, "!#%*")
V["RECAPTCHA_SECRET"] = "6L" + r(URLSAFE, 38)
V["REDIS_PW"] = pw(28, "-_.")
V["BB_SESSION"] = "s%3A" + r(URLSAFE, 32) + "." + r(AN, 43)
V["GRAFANA_SA"] = "glsa_" + r(AN, 32) + "_" + r(HEX, 8)
V["PAYSTACK_SK"] = "sk_live_" + r(HEX, 40)
V["SENDGRID"] = "SG." + r(URLSAFE, 22) + "." + r(URLSAFE, 43)
V["JWT_HS_KEY"] = base64.b64encode(rbytes(48)).decode()
V["ZA_PG_PW"] = pw(20, "-_.~")
V["BILLING_PW"] = pw(18, "!#%*+-_.")
V["NECTAR_JWT"] = jwt('{"sub":"svc-nectar","aud":"pollen-billing","iat":%d,"exp":%d}' % (1732262000 + R.randint(0, 600), 1732265600 + R.randint(0, 600)))
V["BILLING_KEY"] = "nct_live_" + r(AN, 32)
V["IN_PW"] = pw(11, "@#")
V["MQTT_PW"] = pw(20, "-_.")
V["RZP_SECRET"] = r(AN, 24)
V["ATLASSIAN"] = "ATATT3xFfGF0" + r(URLSAFE, 170) + "=" + r(UP + DG, 8)
V["NECTAR_KEY2"] = "nct_live_" + r(AN, 32)
V["RESET_TOK"] = r(URLSAFE, 43)
V["BASIC1"] = base64.b64encode(("farmsync:" + pw(16, "-_.!")).encode()).decode()
V["KZ_ROLE_PW"] = pw(16, "!#%*-_")
V["KZ_PG_PW"] = pw(18, "-_.")
V["BB_SESSION2"] = r(URLSAFE, 43)
V["BB_SESSION3"] = "s%3A" + r(URLSAFE, 32) + "." + r(AN, 43)
V["CSRF"] = r(AN, 32)
V["MAPBOX_SK"] = "sk." + b64url('{"u":"hexwing","a":"%s"}' % r(LO + DG, 25)) + "." + r(URLSAFE, 22)
V["RS_MQTT_PW"] = pw(16, "-_.")
V["AWS_AKID2"] = "AKIA" + r(UP + "234567", 16)
V["S3_SIG"] = r(HEX, 64)
V["WIFI_PSK"] = pw(20, "!#%*+-_.")
V["NECTAR_JWT2"] = jwt('{"sub":"partner-agrolink","scope":"hives:read","iat":%d}' % R.randint(1732000000, 1732300000))
V["NECTAR_KEY3"] = "nct_live_" + r(AN, 32)
V["BB_SESSION4"] = "s%3A" + r(URLSAFE, 32) + "." + r(AN, 43)
V["OAUTH_CS"] = r(AN + "-_.~", 40)
V["BB_REFRESH"] = r(URLSAFE, 64)
V["PH_SSH_PW"] = pw(14, "!#%*")
V["PH_XENDIT"] = "xnd_production_" + r(AN, 60)
V["AWS_AKID3"] = "AKIA" + r(UP + "234567", 16)
V["AWS_SECRET3"] = r(AN + "/+", 40)
V["TF_DB_PW"] = pw(24, "!#%*+-_.")
V["CF_TOKEN"] = r(URLSAFE, 40)
V["DD_API2"] = r(HEX, 32)
V["DD_APP"] = r(HEX, 40)
V["GH_FINE_PAT"] = "github_pat_11" + r(UP + DG, 20) + "_" + r(AN, 59)
V["VAULT_TOK2"] = "hvs.CAESI" + r(URLSAFE, 86)
V["MY_ANS_PW"] = pw(14, "!#%*")
V["MY_BECOME_PW"] = pw(14, "!#%*")
V["TG_BOT"] = str(R.randint(5000000000, 7999999999)) + ":AA" + r(URLSAFE, 33)
V["SLACK_SIGNING"] = r(HEX, 32)
V["OPENAI"] = "sk-proj-" + r(URLSAFE, 74) + "T3BlbkFJ" + r(URLSAFE, 74)
V["B64_DBPW"] = base64.b64encode(pw(20, "-_.!").encode()).decode()
V["TLS_KEY_B64"] = base64.b64encode(("-----BEGIN EC PRIVATE KEY-----\n" + r(AN + "+/", 64) + "\n" + r(AN + "+/", 56) + "==\n-----END EC PRIVATE KEY-----\n").encode()).decode()
V["ANTHROPIC"] = "sk-ant-api03-" + r(URLSAFE, 93) + "AA"
V["PD_API"] = r(AN + "-_+", 20)
V["GB_PORTAL_PW"] = pw(12, "!#%")
V["OTP_GB"] = r(DG, 6)
V["IL_MODEM_PW"] = pw(12, "!#%*")
V["WG_PRIV"] = base64.b64encode(rbytes(32)).decode()
V["ENROLL_HMAC"] = r(HEX, 64)
V["AL_REG_PW"] = pw(16, "!#%*-_")
V["HEROKU"] = ruuid()
V["DO_TOKEN"] = "dop_v1_" + r(HEX, 64)
V["AL_SMTP_PW"] = pw(16, "-_.~")
V["MINIO_PW"] = pw(24, "-_.")
V["AZ_KEY"] = base64.b64encode(rbytes(64)).decode()
V["GMAPS"] = "AIza" + r(URLSAFE, 35)
V["HF"] = "hf_" + r(AN, 34)
V["SUPA_JWT"] = jwt('{"iss":"supabase","ref":"%s","role":"service_role","iat":%d}' % (r(LO, 20), R.randint(1700000000, 1730000000)))
V["MAILGUN"] = "key-" + r(HEX, 32)
V["MT_WIFI_PW"] = pw(14, "!#%*")
V["OTP_MT"] = r(DG, 6)
V["VAULT_TOK"] = "hvs.CAESI" + r(URLSAFE, 86)
V["VAULT_SMTP_OUT"] = pw(20, "!#%*+-_.")
V["K8S_DB_OUT"] = pw(24, "-_.")
V["AGE_KEY"] = "AGE-SECRET-KEY-1" + r("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
V["GHO"] = "gho_" + r(AN, 36)
V["ES_PORTAL_PW"] = pw(13, "!#%*")
V["HCAPTCHA"] = "0x" + r(HEX, 40)
V["NECTAR_KEY4"] = "nct_live_" + r(AN, 32)
V["ED25519_PRIV"] = "MC4CAQAwBQYDK2VwBCIEI" + r(AN + "+/", 27)
V["AZ_SMS_PW"] = pw(16, "!#%*-_")
V["TG_BOT2"] = str(R.randint(5000000000, 7999999999)) + ":AA" + r(URLSAFE, 33)
V["BASIC2"] = base64.b64encode(("hexwing-az:" + pw(14, "-_.!")).encode()).decode()
V["GHP2"] = "ghp_" + r(AN, 36)
V["GHCR_PAT"] = "ghp_" + r(AN, 36)
V["SLACK_HOOK2"] = "T" + r(UP + DG, 8) + "/B" + r(UP + DG, 10) + "/" + r(AN, 24)
V["NPM_TOKEN2"] = "npm_" + r(AN, 36)
V["SSH_PRIV"] = pem_body("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD", 400)
V["PYPI"] = "pypi-AgEIcHlwaS5vcmc" + r(URLSAFE, 150)
V["PD_API2"] = r(AN + "-_+", 20)
V["ALGOLIA"] = r(HEX, 32)

# ------------------------------------------------------------------ look-alikes (negatives)
def sha1(s):
    return hashlib.sha1(s.encode()).hexdigest()


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


def fake_uuid(s):
    h = md5(s)
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


V["D1"] = sha256("hive-ingest 4.18.2 image layer manifest")
V["D2"] = sha256("hive-ingest 4.18.3 build 2024-11-21")
V["D3"] = sha256("broodboard local dev image 5.3.1")
V["SHA1_A"] = sha1("queen-registry chart bump 0.19.3")
V["SHA1_B7"] = sha1("fix(ingest): backoff on 429 from hive gateway")[:7]
V["SHA1_C"] = sha1("customers export 2024-11-22")
V["SHA1_D7"] = sha1("legacy-portal initial import")[:7]
V["SHA1_E"] = sha1("chore(ci): move registry creds to OIDC")
V["SHA1_7a"] = sha1("payouts config before")[:7]
V["SHA1_7b"] = sha1("payouts config after")[:7]
V["UUID1"] = fake_uuid("hive.assign HX-HIVE-008812")
V["UUID2"] = fake_uuid("x-request-id curl HX-HIVE-008812")
V["UUID3"] = fake_uuid("tfstate lineage hx-prod")
V["HEX32a"] = md5("trace hive-ingest retries kafka-2")
V["HEX32b"] = md5("sentry event broodboard weightKg")
V["HEX32c"] = md5("sentry trace pageload /hives")
V["HEX16a"] = md5("sentry span pageload")[:16]
V["HEX12"] = md5("th rent form request")[:12]
V["FP16"] = md5("alertmanager fingerprint HiveIngestLag")[:16]
V["SHA256_A"] = sha256("audit-2024-11-20.jsonl.gz")
V["SHA256_B"] = sha256("gw-2.4.1.bin firmware")
V["SSHFP"] = base64.b64encode(hashlib.sha256(b"milica ed25519 public key").digest()).decode().rstrip("=")
V["WG_PUB"] = base64.b64encode(hashlib.sha256(b"gw-il-hefer-02 wireguard public").digest()).decode()
V["RZP_ID"] = "rzp_live_" + md5("razorpay key id hexwing india")[:14].upper()

# ------------------------------------------------------------------ registered ids (check digits via ids.py)
REG = []


def reg(kind, key, value):
    assert ids.VALIDATORS[kind](value), (kind, key, value)
    V[key] = value
    REG.append((kind, key, value))


reg("card", "CARD_LT", ids.make_card("477914023815227"))
reg("card", "CARD_GB", ids.make_card("535457218846109"))
reg("card", "CARD_ZA", ids.make_card("421433702658841", sep=""))
reg("card", "CARD_IL", ids.make_card("37829310647205", groups=(4, 6, 5)))
reg("iban", "IBAN_LT", ids.make_iban("LT", "7300010148826531"))
reg("iban", "IBAN_LV", ids.make_iban("LV", "HABA0551038841927", spaced=False))
reg("iban", "IBAN_SK", ids.make_iban("SK", "0900" + "000000" + "5128047361"))
reg("iban", "IBAN_SK2", ids.make_iban("SK", "1100" + "000000" + "2938461057", spaced=False))
reg("iban", "IBAN_IL", ids.make_iban("IL", "012" + "614" + "0000000391847"))
reg("iban", "IBAN_GB", ids.make_iban("GB", "HBUK" + "402217" + "71842305"))
reg("iban", "IBAN_KZ", ids.make_iban("KZ", "722" + "0000013827461", spaced=False))
reg("iban", "IBAN_RS", ids.make_iban("RS", ids.rs_account("160", "0000003482717")))
reg("iban", "IBAN_MT", ids.make_iban("MT", "VALL" + "22013" + "000000040028461753"))
reg("iban", "IBAN_ES", ids.make_iban("ES", "2095" + "0611" + ids.es_ccc_dc("2095", "0611", "9104728315") + "9104728315"))
reg("iban", "IBAN_AZ", ids.make_iban("AZ", "IBAZ" + "38090019441275830001"))
reg("iban", "IBAN_AL", ids.make_iban("AL", "20211109" + "0000000247183950"))
reg("lt_asmens_kodas", "LT_AK1", ids.make_lt_ak("4790514132"))
reg("lv_personas_kods", "LV_PK1", ids.make_lv_pk("2308861273"))
reg("sk_rodne_cislo", "SK_RC1", ids.make_sk_rc("825309147"))
reg("si_emso", "SI_EMSO1", ids.make_emso("270299050513"))
reg("si_davcna", "SI_TAX1", ids.make_si_tax("4718293"))
reg("il_teudat_zehut", "IL_TZ1", ids.make_il_tz("31842756"))
reg("il_teudat_zehut", "IL_TZ2", ids.make_il_tz("20573418"))
reg("kr_rrn", "KR_RRN1", ids.make_kr_rrn("781102241730"))
reg("kr_brn", "KR_BRN1", ids.make_kr_brn("314815722"))
reg("th_national_id", "TH_NID1", ids.make_th_nid("122010045781"))
reg("za_id", "ZA_ID1", ids.make_za_id("810719041208"))
reg("za_id", "ZA_ID2", ids.make_za_id("750226528708"))
reg("in_aadhaar", "AADHAAR1", ids.make_aadhaar("52873160492"))
reg("kz_iin", "KZ_IIN1", ids.make_kz_iin("83041130157"))
reg("kz_iin", "KZ_IIN2", ids.make_kz_iin("91092540283"))
reg("rs_jmbg", "RS_JMBG1", ids.make_emso("140698779524"))
reg("rs_pib", "RS_PIB1", ids.make_rs_pib("10843927"))
reg("gb_nhs", "NHS1", ids.make_nhs("485216773"))
reg("es_dni", "ES_DNI1", ids.make_es_dni("72481936"))

# ------------------------------------------------------------------ groups
GROUPS = []


def grp(artefact, language, block):
    GROUPS.append((artefact, language, block))


grp("Slack incident thread", "English", r'''
N| [09:12] incident-bot: INC-2291 opened by PagerDuty — hive-ingest consumer lag > 120000 on hivesense.telemetry.v3 (cluster hx-eu-1)
P| [09:13] ⟦hannah.okafor⟧: ack, looking. lag graph: https://grafana.hexwing.internal/d/ingest-lag?orgId=1&from=now-1h
N| [09:15] incident-bot: runbook → https://wiki.hexwing.internal/sre/runbooks/hive-ingest-lag (step 3: check partition skew)
P| [09:16] ⟦hannah.okafor⟧: @⟦tomas.vaitkus⟧ can you check whether the 09:00 deploy of hive-ingest 4.18.2 reached all pods?
P| [09:18] ⟦tomas.vaitkus⟧: yes, ghcr.io/hexwing/hive-ingest@sha256:⟨D1⟩ on all 12 pods
C| [09:21] ⟦tomas.vaitkus⟧: for the record the consumer's SASL login is ingest-consumer / ⟪KAFKA_PW⟫ — I'll rotate it after
N| [09:22] sre-bot: reminder: never paste credentials in channels; use `vault kv get secret/kafka/ingest-consumer`
C| [09:24] ⟦hannah.okafor⟧: too late 🙃 also the Confluent Cloud key from the old ticket was ⟪CONF_KEY⟫:⟪CONF_SECRET⟫
N| [09:31] incident-bot: status changed to MITIGATED — lag down to 3.4k, p99 ingest latency 840ms
N| [09:33] sre-bot: trace ⟨HEX32a⟩ shows retries from broker kafka-2.hexwing.internal:9093 (error NOT_LEADER_OR_FOLLOWER)
P| [09:40] ⟦hannah.okafor⟧: customer ⟦Annelie du Plessis⟧ (blueberry farm near Ceres) called support, her hive dashboard was blank for 25 min
P| [09:41] ⟦tomas.vaitkus⟧: I'll reply to her at ⟦annelie@duplessisbessies.co.za⟧ once the RCA is done
N| [09:45] incident-bot: INC-2291 resolved after 33m; postmortem due 2024-11-29, owner: sre-eu
C| [09:47] ⟦hannah.okafor⟧: and the PagerDuty REST key from the runbook draft is ⟪PD_API2⟫, please kill it too
''')

grp(".env file", "Lithuanian", r'''
N| # pollen-billing .env — gamybinė aplinka (prod), atnaujinta 2024-11-18, rankomis neredaguoti
N| HTTP_PORT=8080  # vidinis portas, ingress nukreipia iš 443
C| DATABASE_URL=postgres://billing_app:⟪LT_PG_PW⟫@pg-billing-01.hexwing.internal:5432/billing?sslmode=require
C| STRIPE_SECRET_KEY=⟪STRIPE_LIVE⟫  # tikras raktas, ne testinis!
N| STRIPE_PUBLISHABLE_KEY_TEST=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx  # pavyzdys iš dokumentacijos
C| STRIPE_WEBHOOK_SECRET=⟪WHSEC⟫
C| SMTP_PASSWORD=⟪LT_SMTP_PW⟫  # laikina paskyra, iki gruodžio pakeisti į servisinę
N| SMTP_USER=billing-noreply@hexwing.coop
P| INVOICE_ESCALATION_CONTACT=⟦gintare.paulauskaite@hexwing.coop⟧  # buhalterė, tel. ⟦+370 612 48 305⟧
C| ISAF_UPLOAD_TOKEN=⟪JWT1⟫
P| # bandomajam mokėjimui naudota kortelė ⟪CARD_LT⟫, savininkas ⟦Mindaugas Kairys⟧ — IŠTRINTI
N| # slaptažodžiai laikomi Vault: vault kv get -field=password secret/billing/smtp
P| REFUND_TEST_IBAN=⟪IBAN_LT⟫  # ūkininkės ⟦Rūtos Žilinskienės⟧ (a. k. ⟪LT_AK1⟫) sąskaita, naudota bandymui
C| GCP_SA_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\n⟪PK_BODY1⟫\n-----END PRIVATE KEY-----\n"
N| FEATURE_FLAGS=invoice_pdf_v2,eur_rounding_bankers
''')

grp("JSON audit log", "English", r'''
P| {"ts":"2024-11-20T08:14:03.221Z","actor":"⟦priyanka.menon@hexwing.coop⟧","action":"user.login","src_ip":"⟦81.7.144.23⟧","mfa":"totp","result":"success"}
N| {"ts":"2024-11-20T08:14:09.004Z","actor":"svc-broodboard","action":"session.refresh","src_ip":"10.42.3.17","result":"success"}
C| {"ts":"2024-11-20T08:15:41.870Z","actor":"⟦priyanka.menon@hexwing.coop⟧","action":"apikey.create","key_id":"ak_7f3c","secret":"⟪NECTAR_KEY1⟫"}
P| {"ts":"2024-11-20T08:17:12.019Z","action":"customer.update","target":"cust_4471","changes":{"contact_name":["Farm office","⟦Riaan Botha⟧"],"phone":[null,"⟦+27 82 419 7730⟧"]}}
N| {"ts":"2024-11-20T08:18:55.502Z","action":"hive.assign","hive_id":"HX-HIVE-008812","orchard_id":"orc-2231","request_id":"⟨UUID1⟩"}
C| {"ts":"2024-11-20T08:21:07.336Z","action":"integration.update","integration":"slack","field":"webhook_url","new":"https://hooks.slack.com/services/⟪SLACK_HOOK⟫"}
N| {"ts":"2024-11-20T08:21:30.114Z","action":"integration.update","integration":"pagerduty","field":"routing_key","new":"[REDACTED]","redacted_by":"audit-filter v2.3.1"}
P| {"ts":"2024-11-20T08:25:48.640Z","action":"user.invite","actor":"⟦hannah.okafor@hexwing.coop⟧","invitee":"⟦t.nkosi@umgenihoney.co.za⟧","role":"viewer"}
C| {"ts":"2024-11-20T08:27:02.991Z","action":"user.password_reset","target":"⟦riaan.botha⟧","temp_password":"⟪TMP_PW1⟫","delivered_via":"sms"}
N| {"ts":"2024-11-20T08:30:00.000Z","action":"report.export","format":"csv","rows":18234,"duration_ms":4211,"size_bytes":2873310}
P| {"ts":"2024-11-20T08:33:19.271Z","action":"payout.update","customer":"cust_5120","bank_account":"⟦62841937055⟧","branch_code":"250655","holder":"⟦Thandiwe Nkosi⟧"}
P| {"ts":"2024-11-20T08:35:44.802Z","action":"payment_method.add","customer":"cust_4471","debug_pan":"⟪CARD_ZA⟫","exp":"⟦09/27⟧"}
C| {"ts":"2024-11-20T08:40:12.118Z","action":"sso.config","provider":"okta","client_id":"0oa8x2k4r7LmNpQ3z5d7","client_secret":"⟪OKTA_CS⟫"}
N| {"ts":"2024-11-20T09:02:11.870Z","action":"audit.rotate","file":"audit-2024-11-20.jsonl.gz","sha256":"⟨SHA256_A⟩"}
''')

grp("customer email", "Latvian", r'''
N| Temats: Re: Stropu piegāde Bauskas ābeļdārzam — pasūtījums HX-ORD-55102
P| No: ⟦Elīna Bērziņa⟧ <⟦elina.berzina@zemgalesdarzi.lv⟧>
N| Kam: support@hexwing.coop; Kopija: sales-baltics@hexwing.coop
P| Labdien! Lūdzu, piegādājiet 40 stropus uz adresi ⟦“Ābeļkalni”, Codes pagasts, Bauskas novads, LV-3901⟧ līdz 25. aprīlim.
P| Mans personas kods rēķinam: ⟪LV_PK1⟫, tālrunis ⟦+371 2914 7386⟧.
P| Apmaksu veiksim no konta ⟪IBAN_LV⟫ (kontu pārvalda ⟦Kārlis Ozoliņš⟧, saimniecības vadītājs).
N| Atbilde no Hexwing atbalsta: pasūtījums apstiprināts, statuss CONFIRMED, piegādes logs 2025-04-22..2025-04-24.
C| Piekļuve BroodBoard portālam: lietotājs zemgales-darzi, pagaidu parole ⟪LV_TMP_PW⟫ — lūdzu nomainiet pēc pirmās pieteikšanās.
N| Stropu sensori HiveSense v3.2.0.417 sūta datus ik pēc 300 s; akumulatora slieksnis 3.4 V.
C| P.S. kolēģis ielika šo saiti Teams čatā: https://broodboard.hexwing.coop/share?token=⟪SHARE_TOK⟫ — vai tā ir droša?
N| Atbilde: saite vairs nav derīga kopš 2025-03-01, kļūdas kods SHARE_EXPIRED (HTTP 410).
P| Ar cieņu, ⟦Ilze Kalniņa⟧, grāmatvede, mob. ⟦2950 6112⟧, dzimšanas datums līgumam ⟦1979. gada 3. novembris⟧
N| Šis e-pasts var saturēt konfidenciālu informāciju; ja saņēmāt to kļūdas pēc, lūdzu, informējiet sūtītāju.
''')

grp("bastion shell session", "English", r'''
N| ops@bastion-eu-1:~$ kubectl --context hx-eu-1 -n nectar get pods -l app=nectar-api
N| nectar-api-7d9f8c6b5-2xkqp   1/1   Running   0   3d4h
C| ops@bastion-eu-1:~$ export PGPASSWORD='⟪PG_PW2⟫'
N| ops@bastion-eu-1:~$ psql -h pg-hives-01.hexwing.internal -U hives_ro -d hives -c "select count(*) from hive_readings where ts > now() - interval '1 hour'"
C| ops@bastion-eu-1:~$ curl -s -u admin:⟪ES_PW⟫ "https://es-logs.hexwing.internal:9200/_cat/indices?v" | head
C| ops@bastion-eu-1:~$ aws configure set aws_secret_access_key ⟪AWS_SECRET1⟫ --profile hx-backup
C| ops@bastion-eu-1:~$ export AWS_ACCESS_KEY_ID=⟪AWS_AKID1⟫
N| ops@bastion-eu-1:~$ aws s3 ls s3://hx-hive-archive/2024/11/ --profile hx-backup | wc -l
P| 2024-11-20T08:41:07Z broodboard login ok user=⟦zuzana.hruskova@vcelarstvo-hruska.sk⟧ ip=⟦178.41.206.89⟧ ua="Mozilla/5.0"
C| ops@bastion-eu-1:~$ mysql -h 10.20.4.11 -u legacy_reports -p⟪MYSQL_PW⟫ reports
N| ops@bastion-eu-1:~$ history -d 1021 && history -d 1022   # remove pasted secrets
P| ops@bastion-eu-1:~$ ssh ⟦gallagher.owen⟧@jump.hexwing.internal -i ~/.ssh/id_ed25519
N| ops@bastion-eu-1:~$ openssl x509 -in /etc/ssl/hexwing/nectar.crt -noout -enddate   # notAfter=Mar  3 23:59:59 2025 GMT
''')

grp("Helm values file", "Slovak", r'''
N| # values-prod.yaml pre queen-registry — komentáre po slovensky, kľúče podľa chartu
N| image: registry.hexwing.internal/queen-registry:2.7.14
N| existingSecret: queen-registry-db   # heslo sa berie zo Secretu, nie z values
C|   password: ⟪SK_DB_PW⟫   # TODO: dočasne natvrdo, presunúť do Vaultu
C|   smtpPassword: "⟪SK_SMTP_PW⟫"
N| resources: {limits: {cpu: 500m, memory: 768Mi}, requests: {cpu: 200m, memory: 512Mi}}
P| # kontakt pre chov matiek (Slovensko): ⟦Zuzana Hrušková⟧, ⟦+421 905 317 442⟧, ⟦zuzana.hruskova@vcelarstvo-hruska.sk⟧
P| # dodacia adresa pre matky: ⟦Dolná 14, 976 13 Slovenská Ľupča⟧
C|   apiToken: ⟪GITLAB_PAT⟫   # GitLab token na sťahovanie chartov
N| ingress: {host: queens.hexwing.coop, tls: true, clusterIssuer: letsencrypt-prod}
P| # fakturačné údaje chovateľky: rodné číslo ⟪SK_RC1⟫, IBAN ⟪IBAN_SK⟫
P| # schválil ⟦Marek Baláž⟧ (⟦marek.balaz@hexwing.coop⟧), 12. 11. 2024
C|   webhookSecret: ⟪GH_WEBHOOK_SECRET⟫   # GitHub webhook pre ArgoCD
N| # verzia chartu 0.19.3, appVersion 2.7.14; posledná zmena commit ⟨SHA1_A⟩
''')

grp("GitHub Actions CI log", "English", r'''
N| 2024-11-21T10:02:12.0019874Z HEAD is now at ⟨SHA1_B7⟩ fix(ingest): backoff on 429 from hive gateway
N| 2024-11-21T10:02:15.7712001Z env: REGISTRY_TOKEN: ***  NPM_TOKEN: ***
N| 2024-11-21T10:02:16.1200032Z Run echo "${{ secrets.DOCKERHUB_TOKEN }}" | docker login -u hexwingci --password-stdin
C| 2024-11-21T10:02:19.0081200Z + npm config set //registry.npmjs.org/:_authToken=⟪NPM_TOKEN⟫
C| 2024-11-21T10:02:20.5510007Z + curl -H 'Authorization: token ⟪GHP1⟫' https://api.github.com/repos/hexwing/hive-ingest/releases
N| 2024-11-21T10:03:44.9021003Z Successfully built sha256:⟨D2⟩
N| 2024-11-21T10:03:51.3320115Z pushed registry.hexwing.internal/hive-ingest:4.18.3 digest: sha256:⟨D2⟩ size: 2417
C| 2024-11-21T10:04:02.1184470Z + export SENTRY_AUTH_TOKEN=⟪SENTRY_TOK⟫
P| 2024-11-21T10:04:05.7702211Z Triggered by ⟦owen-gallagher⟧ (⟦owen.gallagher@hexwing.coop⟧) via workflow_dispatch
P| 2024-11-21T10:05:30.0040012Z release-notifier: sending summary to ⟦hannah.okafor@hexwing.coop⟧ and SMS ⟦+44 7700 900 213⟧
C| 2024-11-21T10:05:31.6621130Z + docker login -u hexwingci -p ⟪DOCKER_PAT⟫ docker.io
N| 2024-11-21T10:05:32.1100043Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.
C| 2024-11-21T10:05:40.8810009Z + gh secret set CODECOV_TOKEN --body ⟪CODECOV⟫ --repo hexwing/hive-ingest
N| 2024-11-21T10:05:41.2200451Z Tests: 1284 passed, 3 skipped, 0 failed (312.44s)
''')

grp("support call transcript", "Slovene", r'''
N| [00:00:03] Operater: Hexwing podpora, dober dan, kako vam lahko pomagam?
P| [00:00:07] Klicateljica: Dober dan, tukaj ⟦Nina Potočnik⟧ iz čebelarstva na Gorenjskem, imam težavo s tehtnico na panju.
N| [00:00:15] Operater: Razumem. Mi lahko poveste ID panja? Piše na nalepki, oblika HX-HIVE in šest številk.
N| [00:00:21] Klicateljica: HX-HIVE-031877, senzor kaže 0 kg že od včeraj ob 14.20.
P| [00:00:40] Operater: Za preverjanje identitete potrebujem EMŠO ali davčno številko. — Klicateljica: EMŠO je ⟪SI_EMSO1⟫.
P| [00:01:02] Klicateljica: Naslov je ⟦Zgornja Besnica 47, 4000 Kranj⟧, telefon ⟦041 582 903⟧.
N| [00:01:30] Operater: Vidim, da je firmware 3.1.9, zadnji heartbeat 2024-11-19T14:18:52Z, napaka LOADCELL_OPEN.
C| [00:01:55] Klicateljica: Geslo za portal je ⟪SI_PORTAL_PW⟫, če ga potrebujete.
N| [00:02:01] Operater: Gesla nikoli ne potrebujemo, prosim, zamenjajte ga v nastavitvah profila.
C| [00:02:30] Operater: Poslal sem vam SMS s kodo. — Klicateljica: Koda je ⟪OTP_SI⟫.
P| [00:03:10] Klicateljica: Račun pošljite na ⟦nina.potocnik@siol.net⟧, davčna številka ⟪SI_TAX1⟫.
N| [00:03:40] Operater: Odprl sem zahtevek SUP-88213, tehnik pride v 48 urah.
P| [00:04:05] Klicateljica: Če me ne dobite, pokličite moža ⟦Mateja Kranjca⟧ na ⟦+386 31 664 210⟧.
''')

grp("shift handover notes", "Hebrew", r'''
N| העברת משמרת SRE — 2024-12-02, משמרת לילה → בוקר
N| 1. hive-ingest יציב, lag מתחת ל-500 הודעות, אין התראות פתוחות ב-Alertmanager.
P| 2. הלקוחה ⟦נועה בן דוד⟧ (מטעי אבוקדו בעמק חפר) התקשרה מ-⟦052-718-4493⟧ — 12 כוורות לא מדווחות.
N| 3. פתחתי טיקט OPS-4127, חשד לבעיית כיסוי סלולרי באתר orc-il-0098.
C| 4. הסיסמה של חשבון ה-root בראוטר באתר: ⟪IL_ROUTER_PW⟫ — לא לשכוח להחליף מחר!
P| 5. ⟦איתן שפירא⟧ מהנהלת החשבונות ביקש לעדכן ת.ז. בכרטיס הלקוחה: ⟪IL_TZ1⟫.
C| 6. Twilio Auth Token ששימש לשליחת SMS לחקלאים: ⟪TWILIO_TOKEN⟫ — לסובב ב-console.
N| 7. deploy של swarm-alerts 1.12.0 נדחה למחר 10:00, ממתין לאישור CAB-332.
P| 8. כתובת למשלוח כוורות חלופיות: ⟦רחוב הדקל 14, כפר ויתקין 4020000⟧
C| 9. מפתח Tailscale לראוטר החדש באתר: ⟪TS_KEY⟫ (חד-פעמי, פג תוקף בעוד 24 שעות)
N| 10. dashboard: https://grafana.hexwing.internal/d/il-season — אין צורך בסיסמה, SSO דרך Okta.
C| 11. אם Okta נופל, חשבון break-glass: breakglass-il / ⟪BREAKGLASS_PW⟫ (עותק בכספת הפיזית)
P| 12. החזר ללקוחה לחשבון ⟪IBAN_IL⟫ ע"ש ⟦נועה בן דוד⟧ — ממתין לאישור.
P| 13. הלקוחה ביקשה לחייב את הכרטיס ⟪CARD_IL⟫, תוקף ⟦11/26⟧, במקום העברה בנקאית.
N| 14. שאלות — בערוץ #sre-il, לא בהודעות פרטיות.
''')

grp("Alertmanager webhook payload", "English", r'''
N| {"receiver":"sre-pager","status":"firing","groupKey":"{}:{alertname=\"HiveIngestLag\"}",
N| "labels":{"alertname":"HiveIngestLag","cluster":"hx-eu-1","namespace":"ingest","severity":"critical"},
N| "annotations":{"summary":"Consumer lag 131204 > 100000 for 10m","runbook_url":"https://wiki.hexwing.internal/sre/runbooks/hive-ingest-lag"},
N| "startsAt":"2024-11-20T09:11:40.112Z","generatorURL":"http://prometheus-0.hexwing.internal:9090/graph?g0.expr=kafka_consumergroup_lag",
C| "externalURL":"https://admin:⟪AM_PW⟫@alertmanager.hexwing.internal",
P| "annotations":{"description":"Hive HX-HIVE-044102 offline; owner ⟦Johan van der Merwe⟧ ⟦+27 83 552 0917⟧"},
C| "webhook_configs":[{"url":"https://events.pagerduty.com/integration/⟪PD_INTEG⟫/enqueue"}],
N| "fingerprint":"⟨FP16⟩","status":"resolved","endsAt":"2024-11-20T09:44:02.005Z",
C| "http_config":{"authorization":{"type":"Bearer","credentials":"⟪AM_BEARER⟫"}},
P| "labels":{"alertname":"GeoFenceBreach","hive":"HX-HIVE-031877","truck_gps":"⟦46.2519, 14.3556⟧","driver":"⟦Matej Kranjc⟧"},
N| "labels":{"alertname":"CertificateExpiringSoon","host":"nectar.hexwing.coop","days_left":"13","instance":"10.42.7.3:9115"},
P| "annotations":{"summary":"Repeated failed logins for ⟦z.hruskova⟧ from ⟦178.41.206.89⟧"},
C| "email_configs":[{"to":"sre@hexwing.coop","smarthost":"smtp.hexwing.internal:587","auth_username":"alertmanager","auth_password":"⟪AM_SMTP_PW⟫"}],
''')

grp("PagerDuty incident notes", "Korean", r'''
N| {"event":"incident.triggered","incident":{"id":"Q2KX8T1WQZ","title":"[hx-ap-1] 논산 딸기 하우스 온도 센서 응답 없음","urgency":"high"}}
N| PagerDuty 노트: 하우스 GH-NS-014 게이트웨이 재부팅 후에도 MQTT 연결 실패 (code 0x87).
P| 노트 작성자 ⟦박지훈⟧: 농장주 ⟦김서연⟧ 님 연락처 ⟦010-4827-3391⟧, 주소 ⟦충청남도 논산시 광석면 왕전리 212-3⟧
C| 노트: 게이트웨이 관리자 계정 admin / ⟪KR_GW_PW⟫ (현장 스티커에 적혀 있음, 교체 필요)
N| 노트: 펌웨어 hivesense-gw 2.4.0.1182, 마지막 heartbeat 2024-12-03T02:17:44+09:00.
P| 청구 정보: 사업자등록번호 ⟪KR_BRN1⟫, 대표자 ⟦김서연⟧, 주민등록번호 ⟪KR_RRN1⟫ (계약서 사본에서 확인)
C| Slack 연동 봇 토큰이 노트에 붙여넣어짐: ⟪SLACK_BOT⟫ — 즉시 폐기 바람
N| 에스컬레이션 정책 EP-APAC-SRE, 2단계: 15분 후 팀 리드에게 전달.
C| {"routing_key":"⟪PD_ROUTING⟫","event_action":"trigger","payload":{"source":"gh-ns-014","severity":"critical"}}
P| 현장 방문 기사 ⟦이민호⟧ (⟦+82 10 5531 0624⟧), 차량 번호 ⟦128가 4417⟧
N| 해결: 통신사 LTE 모뎀 APN 설정 오류, 재설정 후 정상화. MTTR 47분.
N| {"event":"incident.resolved","incident":{"id":"Q2KX8T1WQZ","resolved_by":"automation","duration_s":2820}}
C| 후속 조치: Datadog API 키 ⟪DD_API⟫ 가 게이트웨이 설정 파일에 평문으로 저장됨 → Vault로 이동.
''')

grp("customer CSV export", "English", r'''
N| customer_id,farm_name,contact_name,email,phone,country,hives_contracted,season
P| cust_4471,Botha Citrus (Pty) Ltd,⟦Riaan Botha⟧,⟦riaan@bothacitrus.co.za⟧,⟦+27 82 419 7730⟧,ZA,120,2024-S2
P| cust_5120,Umgeni Honey Farm,⟦Thandiwe Nkosi⟧,⟦t.nkosi@umgenihoney.co.za⟧,⟦082 660 1347⟧,ZA,45,2024-S2
N| cust_5121,Karoo Seed Coop,,orders@karooseed.co.za,,ZA,300,2024-S2
P| cust_6003,Pen-y-Bryn Orchard,⟦Gethin Rhys Evans⟧,⟦gethin.evans@btinternet.com⟧,⟦07700 900 482⟧,GB,60,2025-S1
P| cust_7002,Mahalaxmi Orchards,⟦Rohit Deshpande⟧,⟦rohit.deshpande84@gmail.com⟧,⟦+91 98220 41736⟧,IN,80,2025-S1
N| cust_7003,Demo Orchard (sales sandbox),,demo@hexwing.coop,,LT,0,TEST
P| cust_8110,Raub Durian Estate,⟦Muhammad Hafiz bin Razak⟧,⟦hafiz.razak@yahoo.com.my⟧,⟦+60 12-408 7725⟧,MY,35,2025-S1
P| cust_8204,Guimaras Mango Growers,⟦Ana Marie Bautista⟧,⟦anamarie.bautista@gmail.com⟧,⟦0917 552 1908⟧,PH,25,2025-S1
N| # exported 2024-11-22T07:30:00Z by report-svc v3.4.0, rows=10, filter=season>=2024-S2
P| cust_9001,Almaty Apple Garden LLP,⟦Nurlan Akhmetov⟧,⟦n.akhmetov@almatyapple.kz⟧,⟦+7 701 338 2264⟧,KZ,150,2025-S1
N| cust_9002,Placeholder Farm,<contact-name>,<email>,<phone>,XX,0,TEMPLATE
P| cust_9150,Marsaxlokk Bees,⟦Karl Borg⟧,⟦karl.borg@maltanet.net⟧,⟦+356 7921 4408⟧,MT,12,2025-S1
P| cust_9151,Göyçay Nar Bağı,⟦Leyla Məmmədova⟧,⟦leyla.mammadova@mail.az⟧,⟦+994 50 318 42 76⟧,AZ,40,2025-S1
N| checksum,sha1:⟨SHA1_C⟩,,,,,,
''')

grp("web rental form", "Thai", r'''
N| แบบฟอร์มขอเช่ารังผึ้ง — ส่งเมื่อ 2024-12-04 13:42:17 +07:00, form_id=rent-th-v2
P| ชื่อ-นามสกุล: ⟦นภัสสร วงศ์สวัสดิ์⟧
P| เลขประจำตัวประชาชน: ⟪TH_NID1⟫, วันเกิด: ⟦14 มีนาคม 2531⟧
P| ที่อยู่: ⟦99/12 หมู่ 4 ตำบลพลับพลา อำเภอเมืองจันทบุรี จังหวัดจันทบุรี 22000⟧
P| โทรศัพท์: ⟦081-294-5562⟧ / LINE ID: ⟦napatsorn.w⟧
P| อีเมล: ⟦napatsorn.wongsawat@hotmail.com⟧
N| ชนิดพืช: ลำไย (longan), พื้นที่ 35 ไร่, จำนวนรังที่ต้องการ: 24, ระยะเวลา: 6 สัปดาห์
P| บัญชีธนาคารสำหรับคืนเงินมัดจำ: กสิกรไทย ⟦073-8-41529-6⟧ ชื่อบัญชี ⟦นภัสสร วงศ์สวัสดิ์⟧
C| รหัสผ่านที่ตั้งไว้สำหรับพอร์ทัล: ⟪TH_PORTAL_PW⟫
N| หมายเหตุจากระบบ: captcha_score=0.91, ip_country=TH, user_agent=Mozilla/5.0 (Linux; Android 14)
P| ทะเบียนรถที่จะมารับรัง: ⟦2ฒก 8714 จันทบุรี⟧
N| สถานะ: PENDING_REVIEW — ทีมขาย APAC จะติดต่อกลับภายใน 2 วันทำการ
C| debug: recaptcha_secret=⟪RECAPTCHA_SECRET⟫ (ไม่ควรแสดงในหน้านี้!)
N| อ้างอิงคำขอ: req_⟨HEX12⟩, เวลาประมวลผล 184 ms
''')

grp("postmortem", "English", r'''
N| # Postmortem PM-2024-017 — BroodBoard login outage (2024-10-14)
N| Impact: 38% of logins failed with HTTP 502 for 52 minutes; ~1,900 customers affected across EU and APAC.
N| Root cause: Redis session store redis-sessions-0.hexwing.internal hit maxmemory (4 GiB) after the TTL change in broodboard 5.3.0.
P| Detection: customer ⟦Gethin Rhys Evans⟧ emailed support at 10:04 BST; our alert fired 11 minutes later.
C| Contributing factor: the Redis AUTH password (⟪REDIS_PW⟫) was hard-coded in a ConfigMap, so rotation required a redeploy.
N| Timeline: 10:15 UTC RedisMemoryHigh fired; 10:22 IC assigned; 10:41 maxmemory-policy set to allkeys-lru.
P| Incident commander: ⟦Priyanka Menon⟧; comms: ⟦Owen Gallagher⟧; scribe: ⟦Hannah Okafor⟧.
C| During debugging a session cookie was pasted in #inc-broodboard: bb_session=⟪BB_SESSION⟫
N| AI-1: move Redis credentials to existingSecret: redis-sessions-auth (owner: sre-eu, due 2024-10-31).
C| AI-3: revoke the Grafana service account token ⟪GRAFANA_SA⟫ that was shared in the working doc.
P| Status page updates were written by ⟦Eleri Pritchard⟧ (⟦eleri.pritchard@hexwing.coop⟧) every 15 minutes.
P| Customer credit: 10% for the accounts of ⟦Riaan Botha⟧ and ⟦Elīna Bērziņa⟧ per SLA clause 7.2.
P| The RCA summary was sent to ⟦Gethin Rhys Evans⟧ at ⟦gethin.evans@btinternet.com⟧ on request.
''')

grp("code diff", "Afrikaans", r'''
N| diff --git a/services/payouts/config.py b/services/payouts/config.py
N| index ⟨SHA1_7a⟩..⟨SHA1_7b⟩ 100644
C| -    PAYSTACK_SECRET = "⟪PAYSTACK_SK⟫"  # TODO: haal uit die kode uit
N| +    PAYSTACK_SECRET = os.environ["PAYSTACK_SECRET"]  # kom nou uit Vault via die sidecar
P| -    # toetsrekening van ⟦Annelie du Plessis⟧: ⟦1048 227 519⟧ (Capitec), ID-nommer ⟪ZA_ID1⟫
N| +    # toetsrekeninge: gebruik slegs die sandbox-rekeninge in docs/payouts.md
C| -    SENDGRID_API_KEY = "⟪SENDGRID⟫"
N| +    SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "")
P| -    ALERT_SMS_NUMBER = "⟦+27 72 905 3318⟧"  # ⟦Johan⟧ se selfoon
N| +    ALERT_SMS_NUMBER = settings.oncall_number  # roteer saam met die PagerDuty-skedule
P| -    # kontak vir betalings: ⟦Riaan Botha⟧, ID-nommer ⟪ZA_ID2⟫, woon ⟦Kerkstraat 18, Citrusdal, 7340⟧
C| -    JWT_SIGNING_KEY = "⟪JWT_HS_KEY⟫"  # ou sleutel, reeds geroteer maar steeds in die geskiedenis
C| -    DB_DSN = "postgresql://payouts:⟪ZA_PG_PW⟫@10.60.1.14:5432/payouts"
N| +    DB_DSN = os.environ["DB_DSN"]  # sien existingSecret: payouts-db in die Helm-chart
''')

grp("Python traceback", "English", r'''
N| Traceback (most recent call last):
N|   File "/app/nectar/api/orders.py", line 214, in create_order
P|     resp = self.billing.charge(customer_id, amount_cents=48000, currency="EUR", billing_address='⟦Fferm Pen-y-Bryn, Llanrhystud, SY23 5AB⟧')
N|   File "/app/nectar/clients/billing.py", line 88, in charge
C|     r = requests.post(url, auth=("nectar", "⟪BILLING_PW⟫"), json=payload, timeout=5)
N| requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='pollen-billing.hexwing.internal', port=443): Read timed out. (read timeout=5)
P|     payload = {'customer': 'cust_6003', 'name': '⟦Gethin Rhys Evans⟧', 'email': '⟦gethin.evans@btinternet.com⟧'}
P|     card = {'number': '⟪CARD_GB⟫', 'exp': '⟦08/27⟧', 'cvc': '⟦431⟧'}
C|     headers = {'Authorization': 'Bearer ⟪NECTAR_JWT⟫'}
N| nectar.errors.UpstreamError: billing unavailable (code=BILL-503, attempt=3/3, elapsed=15.02s)
P|   Sentry user context: id=u_88213 ip_address=⟦86.14.221.57⟧ username=⟦gethin.evans⟧
C|     env = {'BILLING_API_KEY': '⟪BILLING_KEY⟫', 'DEBUG': 'true', 'REGION': 'eu-central-1'}
''')

grp("support ticket", "Hindi", r'''
N| टिकट SUP-90417 | प्राथमिकता: P2 | स्थिति: Open | घटक: hive-telemetry
P| ग्राहक: ⟦रोहित देशपांडे⟧, रत्नागिरी, महाराष्ट्र — आम का बाग़, 80 छत्ते
N| समस्या: पिछले 3 दिनों से 14 छत्तों का वज़न डेटा BroodBoard पर नहीं दिख रहा, error code HS-E042.
P| संपर्क: ⟦+91 98220 41736⟧, वैकल्पिक ⟦02352 224 618⟧
P| KYC के लिए भेजा गया आधार नंबर: ⟪AADHAAR1⟫ और PAN: ⟦AKRPD4417K⟧
P| पता: ⟦गट नं. 112, मु. पो. पावस, ता. जि. रत्नागिरी 415616⟧
N| L1 नोट: gateway firmware 2.3.7.904 पुराना है; OTA अपडेट शेड्यूल किया गया (job ota-2211).
C| L1 नोट: ग्राहक ने फ़ोन पर अपना पासवर्ड बताया: ⟪IN_PW⟫ — कृपया रीसेट लिंक भेजें।
C| L2 नोट: gateway के config में MQTT पासवर्ड मिला: mqtt_password=⟪MQTT_PW⟫
N| L2 नोट: MQTT broker mqtt-ap.hexwing.internal:8883 पर TLS 1.2 सही है, cert 2025-06-30 तक valid है।
P| रिफंड के लिए खाता: SBI खाता संख्या ⟦30418825517⟧, IFSC SBIN0011802, खाताधारक ⟦रोहित देशपांडे⟧
C| L2 नोट: Razorpay key_id ⟨RZP_ID⟩ का secret ⟪RZP_SECRET⟫ गलती से टिकट में चिपकाया गया — तुरंत rotate करें
C| L2 नोट: Jira automation वाला Atlassian API token भी यहाँ दिख रहा है: ⟪ATLASSIAN⟫
N| समाधान: OTA के बाद डेटा फिर से आ रहा है; 48 घंटे निगरानी के बाद टिकट बंद होगा।
N| SLA: first response 1h 12m (लक्ष्य 4h), resolution लक्ष्य 3 कार्य दिवस।
''')

grp("nginx access log", "English", r'''
P| ⟦91.187.33.204⟧ - - [22/Nov/2024:08:01:17 +0000] "GET /api/v3/hives?orchard=orc-2231 HTTP/2.0" 200 18422 "-" "BroodBoard-iOS/5.3.1"
N| 10.42.3.17 - - [22/Nov/2024:08:01:18 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
C| ⟦91.187.33.204⟧ - - [22/Nov/2024:08:01:20 +0000] "GET /api/v3/export?format=csv&api_key=⟪NECTAR_KEY2⟫ HTTP/2.0" 200 2873310 "-" "curl/8.4.0"
P| ⟦213.226.141.7⟧ - ⟦elina.berzina⟧ [22/Nov/2024:08:02:03 +0000] "POST /login HTTP/2.0" 302 0 "https://broodboard.hexwing.coop/" "Mozilla/5.0"
C| ⟦46.102.7.219⟧ - - [22/Nov/2024:08:02:40 +0000] "GET /reset?token=⟪RESET_TOK⟫&email=⟦zuzana.hruskova%40vcelarstvo-hruska.sk⟧ HTTP/2.0" 200 5120 "-" "Mozilla/5.0"
P| ⟦102.65.18.233⟧ - ⟦thandiwe.nkosi⟧ [22/Nov/2024:08:03:00 +0000] "GET /api/v3/invoices/INV-2024-1187.pdf HTTP/2.0" 200 88120 "-" "Mozilla/5.0 (Linux; Android 13)"
N| 2024/11/22 08:03:12 [warn] 31#31: *88412 upstream server temporarily disabled while reading response header from upstream, upstream: "http://10.42.7.3:8080/api/v3/hives"
P| ⟦2a02:8108:1cc0:3e00:5d1a:9f2e:41b7:a0c3⟧ - - [22/Nov/2024:08:03:44 +0000] "GET /api/v3/me HTTP/2.0" 200 731 "-" "BroodBoard-Android/5.3.0"
C| ⟦185.23.92.114⟧ - - [22/Nov/2024:08:04:01 +0000] "POST /api/v3/sync HTTP/1.1" 401 64 "-" "FarmSync/2.2" auth="Basic ⟪BASIC1⟫"
N| 10.42.3.17 - - [22/Nov/2024:08:04:30 +0000] "GET /api/v3/hives/HX-HIVE-008812/readings?since=2024-11-22T07:00:00Z HTTP/1.1" 200 90211 "-" "hive-ingest/4.18.3"
N| 2024/11/22 08:05:00 [error] 31#31: *88530 limiting requests, excess: 20.400 by zone "api_per_ip", client: 10.42.9.81
P| ⟦81.7.144.23⟧ - ⟦priyanka.menon⟧ [22/Nov/2024:08:05:12 +0000] "GET /admin/audit HTTP/2.0" 200 33410 "-" "Mozilla/5.0 (Macintosh)"
N| 127.0.0.1 - - [22/Nov/2024:08:05:30 +0000] "GET /nginx_status HTTP/1.1" 200 97 "-" "check_http/v2.3.3"
''')

grp("psql session", "Kazakh", r'''
N| -- Алматы алма бақтары бойынша клиенттерді тексеру, 2024-12-05, SRE кезекшісі
N| You are connected to database "hives" as user "hives_ro" on host "pg-hives-02.hexwing.internal" (address "10.50.2.12") at port "5432".
N| hives=> SELECT orchard_id, region, hives_active FROM orchards WHERE country = 'KZ' ORDER BY hives_active DESC LIMIT 3;
N|  orc-kz-0012 | Алматы облысы | 150
N| hives=> SELECT full_name, iin, phone, email FROM customers WHERE region = 'Алматы облысы';
P|  ⟦Нұрлан Ахметов⟧ | ⟪KZ_IIN1⟫ | ⟦+7 701 338 2264⟧ | ⟦n.akhmetov@almatyapple.kz⟧
P|  ⟦Айгерім Сейтқалиева⟧ | ⟪KZ_IIN2⟫ | ⟦8 (727) 293-41-08⟧ | ⟦aigerim.s@mail.kz⟧
C| hives=> ALTER ROLE report_kz WITH PASSWORD '⟪KZ_ROLE_PW⟫';  -- жаңа есептер рөлі
P| hives=> UPDATE customers SET iban = '⟪IBAN_KZ⟫' WHERE customer_id = 'cust_9001';  -- ⟦Нұрланның⟧ өтініші бойынша
C| hives=> \! PGPASSWORD=⟪KZ_PG_PW⟫ pg_dump -h pg-hives-02.hexwing.internal -U backup_kz hives > /tmp/kz.sql  -- қате: құпиясөз тарихта қалды
P| hives=> -- TODO: ⟦Айгерім Сейтқалиева⟧ жеке куәлігінің нөмірін (⟦048215379⟧) CRM-мен салыстыру
N| hives=> -- ескерту: customers кестесінде жеке деректер бар, экспортты тек шифрланған S3 bucket-ке сақтаңыз
''')

grp("Sentry event", "English", r'''
N| "event_id": "⟨HEX32b⟩",
N| "release": "broodboard-web@5.3.1+build.7715", "environment": "production", "platform": "javascript",
N| "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'weightKg')"}]},
P| "user": {"id": "u_40211", "email": "⟦zuzana.hruskova@vcelarstvo-hruska.sk⟧", "ip_address": "⟦178.41.206.89⟧", "username": "⟦z.hruskova⟧"},
C| "request": {"url": "https://broodboard.hexwing.coop/hives?session=⟪BB_SESSION2⟫", "method": "GET"},
C| "request.headers": {"Cookie": "bb_session=⟪BB_SESSION3⟫; bb_csrf=⟪CSRF⟫", "User-Agent": "Mozilla/5.0"},
N| "tags": {"browser": "Chrome 131.0.6778.86", "os": "Windows 10", "hive_model": "HiveSense v3", "url.path": "/hives"},
P| "breadcrumbs": [{"category": "ui.input", "message": "input[name=phone] value=⟦+421 905 317 442⟧"}],
C| "extra": {"config": {"mapboxToken": "⟪MAPBOX_SK⟫"}},
N| "contexts": {"trace": {"trace_id": "⟨HEX32c⟩", "span_id": "⟨HEX16a⟩", "op": "pageload"}},
C| "extra.env": {"ALGOLIA_APP_ID": "HXW3PLN7QZ", "ALGOLIA_ADMIN_KEY": "⟪ALGOLIA⟫"},
P| "extra.form_state": {"billing_name": "⟦Zuzana Hrušková⟧", "iban": "⟪IBAN_SK2⟫", "birth_date": "⟦1982-03-09⟧"},
N| "fingerprint": ["{{ default }}", "weightKg-undefined"], "level": "error", "timestamp": 1732263612.418
''')

grp("gateway syslog", "Serbian", r'''
N| Dec  5 06:12:01 gw-rs-arilje-03 hivesense-gw[812]: povezivanje na mqtt-eu.hexwing.internal:8883 uspešno (TLS1.3)
N| Dec  5 06:12:05 gw-rs-arilje-03 hivesense-gw[812]: poslato 128 očitavanja, red čekanja 0, baterija 87%
C| Dec  5 06:14:33 gw-rs-arilje-03 hivesense-gw[812]: DEBUG mqtt connect user=gw-rs-arilje-03 pass=⟪RS_MQTT_PW⟫
N| Dec  5 06:15:00 gw-rs-arilje-03 CRON[1290]: (root) CMD (/usr/local/bin/hx-rotate-logs --keep 7)
P| Dec  5 06:20:41 gw-rs-arilje-03 sshd[1402]: Accepted publickey for ⟦milica.jovanovic⟧ from ⟦109.245.36.18⟧ port 51544 ssh2: ED25519 SHA256:⟨SSHFP⟩
N| Dec  5 06:21:02 gw-rs-arilje-03 sudo[1415]:  hxadmin : TTY=pts/0 ; PWD=/home/hxadmin ; USER=root ; COMMAND=/usr/bin/systemctl restart hivesense-gw
P| Dec  5 06:25:17 gw-rs-arilje-03 hivesense-gw[1433]: власник пчелињака: ⟦Милица Јовановић⟧, ЈМБГ ⟪RS_JMBG1⟫ (грешком уписано у поље notes)
P| Dec  5 06:25:18 gw-rs-arilje-03 hivesense-gw[1433]: kontakt ⟦+381 64 218 7735⟧, adresa ⟦Radobuđa bb, 31230 Arilje⟧
C| Dec  5 06:30:09 gw-rs-arilje-03 hx-updater[1501]: GET https://hx-firmware.s3.eu-central-1.amazonaws.com/gw-2.4.1.bin?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=⟪AWS_AKID2⟫%2F20241205%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Signature=⟪S3_SIG⟫
N| Dec  5 06:30:14 gw-rs-arilje-03 hx-updater[1501]: firmware 2.4.1.1207 preuzet, sha256 ⟨SHA256_B⟩ proveren
P| Dec  5 06:40:55 gw-rs-arilje-03 hivesense-gw[1433]: faktura za PIB ⟪RS_PIB1⟫, račun ⟪IBAN_RS⟫
P| Dec  5 06:44:10 gw-rs-arilje-03 sshd[1720]: Failed password for invalid user ⟦nikola.petrovic⟧ from ⟦93.87.140.221⟧ port 40112 ssh2
N| Dec  5 06:50:12 gw-rs-arilje-03 kernel: [884213.551] usb 1-1.3: USB disconnect, device number 5 (LTE modem)
C| Dec  5 06:51:40 gw-rs-arilje-03 hx-provision[1610]: upisan Wi-Fi ključ za SSID HX-RS-ARILJE-03: psk=⟪WIFI_PSK⟫
''')

grp("HAR and curl trace", "English", r'''
N| $ curl -v https://api.hexwing.coop/v3/hives/HX-HIVE-008812 -H 'Accept: application/json'
N| *   Trying 203.0.113.40:443...
C| > Authorization: Bearer ⟪NECTAR_JWT2⟫
N| < HTTP/2 200  content-type: application/json; x-request-id: ⟨UUID2⟩
C| {"log":{"entries":[{"request":{"headers":[{"name":"X-Api-Key","value":"⟪NECTAR_KEY3⟫"}]}}]}}
C| {"name":"Cookie","value":"bb_session=⟪BB_SESSION4⟫; _ga=GA1.2.1387642211.1731400000"}
P| {"name":"X-Forwarded-For","value":"⟦188.25.140.77⟧, 10.42.0.12"}
P| {"postData":{"mimeType":"application/json","text":"{\"owner\":\"⟦Elīna Bērziņa⟧\",\"phone\":\"⟦+371 2914 7386⟧\"}"}}
N| {"timings":{"blocked":0.8,"dns":12.4,"connect":31.2,"ssl":44.9,"send":0.2,"wait":182.7,"receive":3.1}}
C| $ curl -X POST https://api.hexwing.coop/v3/oauth/token -d 'grant_type=client_credentials&client_id=partner-agrolink&client_secret=⟪OAUTH_CS⟫'
N| < {"access_token":"<redacted>","token_type":"Bearer","expires_in":3600,"scope":"hives:read"}
C| < set-cookie: bb_refresh=⟪BB_REFRESH⟫; Path=/; HttpOnly; Secure; SameSite=Lax
P| {"name":"Referer","value":"https://broodboard.hexwing.coop/customers/cust_4471?q=⟦Riaan%20Botha⟧"}
''')

grp("ops chat thread", "Tagalog", r'''
P| [14:02] ⟦jerome.villanueva⟧: Guys, down ang gateway sa Guimaras site, walang data mula 11:40 AM.
N| [14:03] sre-bot: Alert HiveGatewayDown firing para sa gw-ph-guim-01 (severity=warning)
P| [14:05] ⟦maria.dizon⟧: Tinawagan ko si ⟦Ana Marie Bautista⟧, brownout daw sa buong barangay.
P| [14:06] ⟦maria.dizon⟧: Number niya ⟦0917 552 1908⟧ kung kailangan ng follow-up.
C| [14:08] ⟦jerome.villanueva⟧: Pwede ba akong mag-SSH? Ano password ng hxadmin? — sagot ni ⟦maria.dizon⟧: ⟪PH_SSH_PW⟫ (paki-delete after)
N| [14:09] sre-bot: Paalala: huwag mag-post ng password dito. Gamitin ang `vault kv get secret/gw/ph`.
N| [14:20] sre-bot: gw-ph-guim-01 is back online, uptime 00:02:41, firmware 2.4.0.1182
P| [14:22] ⟦jerome.villanueva⟧: Na-reimburse na ba yung generator fuel? GCash niya ⟦0917 552 1908⟧, pangalan ⟦Ana Marie B. Bautista⟧
P| [14:25] ⟦maria.dizon⟧: TIN niya ⟦417-228-903-000⟧ para sa resibo, address ⟦Purok 3, Brgy. San Miguel, Jordan, Guimaras 5045⟧
C| [14:31] ⟦jerome.villanueva⟧: FYI nasa Slack pa yung Xendit secret key natin: ⟪PH_XENDIT⟫
N| [14:33] sre-bot: Created ticket OPS-4188: Rotate Xendit key (priority P1, due 2024-12-06)
N| [14:40] sre-bot: Daily summary — 3 alerts, 1 incident, MTTA 4m, MTTR 41m
P| [14:45] ⟦maria.dizon⟧: Salamat! Out na ako, si ⟦Jerome⟧ na ang on-call hanggang 10 PM.
''')

grp("Terraform configuration", "English", r'''
N| provider "aws" { region = "eu-central-1"  profile = "hx-prod" }
C| provider "aws" { alias = "legacy"  access_key = "⟪AWS_AKID3⟫"  secret_key = "⟪AWS_SECRET3⟫" }
N| resource "aws_s3_bucket" "hive_archive" { bucket = "hx-hive-archive"  tags = { team = "sre", cost_center = "CC-4410" } }
N| module "vpc" { source = "terraform-aws-modules/vpc/aws"  version = "5.8.1"  cidr = "10.60.0.0/16" }
C| resource "aws_db_instance" "billing" { identifier = "pg-billing-01"  username = "billing_admin"  password = "⟪TF_DB_PW⟫" }
N| resource "aws_db_instance" "hives" { password = var.db_password  # from TF_VAR_db_password in CI }
P| resource "github_repository_collaborator" "contractor" { repository = "hive-ingest"  username = "⟦bhoxha-dev⟧"  permission = "push" }
C| provider "cloudflare" { api_token = "⟪CF_TOKEN⟫" }
N| data "vault_generic_secret" "datadog" { path = "secret/observability/datadog" }
C| provider "datadog" { api_key = "⟪DD_API2⟫"  app_key = "⟪DD_APP⟫" }
P| resource "aws_iam_user" "contractor" { name = "⟦dafydd.morgan⟧"  tags = { email = "⟦dafydd.morgan@morgan-consulting.co.uk⟧" } }
C| provider "github" { owner = "hexwing"  token = "⟪GH_FINE_PAT⟫" }
C| provider "vault" { address = "https://vault.hexwing.internal:8200"  token = "⟪VAULT_TOK2⟫" }
N| # terraform.tfstate serial 412, lineage ⟨UUID3⟩
''')

grp("Ansible inventory", "Malay", r'''
N| # inventori Ansible untuk gateway ladang di Malaysia — dikemas kini 2024-12-01
N| [gw_my]
N| gw-my-raub-01 ansible_host=10.70.1.21 ansible_user=hxadmin
C| gw-my-raub-02 ansible_host=10.70.1.22 ansible_user=hxadmin ansible_password=⟪MY_ANS_PW⟫
N| [gw_my:vars]
C| ansible_become_pass: "⟪MY_BECOME_PW⟫"   # sementara, pindahkan ke ansible-vault
N| mqtt_password: "{{ vault_mqtt_password }}"   # dari group_vars/vault.yml (disulitkan)
P| # pemilik ladang Raub: ⟦Lim Wei Jie⟧, tel ⟦012-408 3391⟧, emel ⟦weijie.lim@raubdurian.com.my⟧
P| # No. MyKad pemilik (untuk kontrak sewa): ⟦850712-06-5543⟧
P| # alamat penghantaran sarang: ⟦Lot 2217, Jalan Sungai Ruan, 27600 Raub, Pahang⟧
C| telegram_bot_token: "⟪TG_BOT⟫"   # bot amaran untuk pekerja ladang
P| # akaun Maybank untuk pemulangan deposit: ⟦1142 8870 3316⟧ atas nama ⟦Nurul Aina binti Hashim⟧
N| # jalankan: ansible-playbook -i inventory/my.ini site.yml --limit gw_my --ask-vault-pass
''')

grp("Kubernetes Secret manifest", "English", r'''
N| apiVersion: v1
N| kind: Secret
N| metadata: {name: swarm-alerts-env, namespace: alerts, labels: {app.kubernetes.io/part-of: swarm-alerts}}
C|   SLACK_SIGNING_SECRET: ⟪SLACK_SIGNING⟫
C|   OPENAI_API_KEY: ⟪OPENAI⟫
C|   DB_PASSWORD: ⟪B64_DBPW⟫   # base64 of the password
N|   LOG_LEVEL: info
N| # values.yaml: auth.existingSecret: swarm-alerts-env  (keys must match the ones above)
C|   tls.key: ⟪TLS_KEY_B64⟫
C|   PAGERDUTY_API_TOKEN: ⟪PD_API⟫
P| # on-call escalation phone for swarm alerts in Wales: ⟦Eleri Pritchard⟧ ⟦+44 7700 900 316⟧
C|   ANTHROPIC_API_KEY: ⟪ANTHROPIC⟫
P| # secondary contact: ⟦Dafydd Morgan⟧ <⟦dafydd.morgan@morgan-consulting.co.uk⟧>
''')

grp("customer email", "Welsh", r'''
N| Pwnc: Cadarnhad archeb cychod gwenyn — HX-ORD-61220
P| Oddi wrth: ⟦Gethin Rhys Evans⟧ <⟦gethin.evans@btinternet.com⟧>
N| At: cymorth@hexwing.coop
P| Annwyl dîm, hoffwn gadarnhau danfon 60 cwch i'r fferm: ⟦Fferm Pen-y-Bryn, Llanrhystud, Ceredigion, SY23 5AB⟧.
P| Fy rhif ffôn symudol yw ⟦07700 900 482⟧ a rhif y tŷ yw ⟦01974 202 315⟧.
P| Manylion banc ar gyfer y blaendal: cod didoli ⟦40-22-17⟧, rhif cyfrif ⟦71842305⟧, IBAN ⟪IBAN_GB⟫.
C| Mae'r cyfrinair ar gyfer porth BroodBoard wedi'i osod i ⟪GB_PORTAL_PW⟫ — a yw hynny'n ddiogel?
N| Ateb gan Hexwing: Peidiwch byth ag anfon cyfrineiriau drwy e-bost. Rydym wedi ailosod eich cyfrif (tocyn SUP-91102).
P| Rhif Yswiriant Gwladol ar gyfer y contract: ⟦JT 48 27 19 D⟧.
P| Nodyn iechyd a diogelwch: mae gan fy ngweithiwr ⟦Dafydd Morgan⟧ alergedd i bigiadau, rhif GIG ⟪NHS1⟫.
N| Bydd y lori yn cyrraedd rhwng 06:00 a 08:00 ar 14 Ebrill 2025; rhif cerbyd yn y system: TRK-07.
P| Rhif cofrestru fy Land Rover ar gyfer y giât: ⟦CX19 KFW⟧
N| Diolch yn fawr, Tîm Cymorth Hexwing — cymorth@hexwing.coop, Llun–Gwener 08:00–17:00.
C| O.N. gan ⟦Gethin⟧: dyma'r cod dilysu a gefais drwy SMS: ⟪OTP_GB⟫
''')

grp("Jira ticket export", "English", r'''
N| OPS-4127 | Type: Task | Status: In Progress | Component: gateway-il | Sprint: SRE-2024-49
N| Summary: Cellular coverage issue at orc-il-0098 — 12 hives not reporting
P| Reporter: ⟦Eitan Shapira⟧ (⟦eitan.shapira@hexwing.coop⟧) | Assignee: ⟦Owen Gallagher⟧
N| Description: Gateway gw-il-hefer-02 shows RSRP -121 dBm; recommend external antenna (part ANT-LTE-7DBI).
C| Comment (field tech): modem web UI creds admin / ⟪IL_MODEM_PW⟫, APN internet.partner.co.il
N| Comment (sre-bot): Linked to INC-2302; change CHG-1188 scheduled 2024-12-04 07:00 IST.
P| Comment: customer contact updated to ⟦Yael Mizrahi⟧, ⟦+972 54 661 2087⟧, ⟦yael.m@hefer-avocado.co.il⟧
C| Attachment gw-il-hefer-02.conf: [Interface] PrivateKey = ⟪WG_PRIV⟫
N| Attachment gw-il-hefer-02.conf: [Peer] PublicKey = ⟨WG_PUB⟩, Endpoint = vpn-il.hexwing.coop:51820
C| Comment (security): the HMAC secret of the gateway enrollment API, ⟪ENROLL_HMAC⟫, must be rotated (SEC-219).
N| Work log: 2h 30m — antenna installed, RSRP now -98 dBm, backlog of 14,220 readings replayed.
P| Comment: invoice address ⟦Moshav Bnei Dror 62, 4081500⟧, payer ID ⟪IL_TZ2⟫
P| Watchers: ⟦Yael Mizrahi⟧, ⟦Noa Ben-David⟧, sre-il
''')

grp("dev team chat", "Albanian", r'''
P| [10:02] ⟦arta.krasniqi⟧: Mirëmëngjes! Deploy-i i nectar-api 3.9.0 dështoi në staging, shiko pipeline #18822.
N| [10:03] ci-bot: pipeline #18822 failed at stage integration-test (exit code 137, OOMKilled)
P| [10:05] ⟦besnik.hoxha⟧: E rrita memorien në 1Gi. @⟦arta.krasniqi⟧ provoje përsëri.
C| [10:07] ⟦besnik.hoxha⟧: Nëse të duhet registry, login: hx-ci / ⟪AL_REG_PW⟫
N| [10:08] ci-bot: pipeline #18823 passed (duration 14m 22s, coverage 81.4%)
C| [10:12] ⟦arta.krasniqi⟧: Gjeta këtë në një .env të vjetër: HEROKU_API_KEY=⟪HEROKU⟫ — a është ende aktiv?
N| [10:14] ci-bot: secret scanning alert #57 opened: heroku_api_key in hexwing/legacy-portal@⟨SHA1_D7⟩
C| [10:16] ⟦besnik.hoxha⟧: Edhe token-i i DigitalOcean ishte aty: ⟪DO_TOKEN⟫ — e revokova tani.
P| [10:20] ⟦elira.shehu⟧: Klienti ⟦Arben Dervishi⟧ nga Këlcyra kërkon faturë, tel. ⟦+355 69 482 1175⟧
P| [10:21] ⟦elira.shehu⟧: Adresa: ⟦Lagjja 2, Rruga Ali Demi, Këlcyrë 6002⟧, IBAN ⟪IBAN_AL⟫
N| [10:25] ci-bot: release nectar-api 3.9.0 promoted to production (canary 10% → 100% in 30m)
C| [10:30] ⟦besnik.hoxha⟧: Për testin e SMTP: smtp://alerts:⟪AL_SMTP_PW⟫@smtp.hexwing.internal:587
N| [10:31] ci-bot: kujtesë — kredencialet ruhen në Vault (secret/ci/*), jo në chat
P| [10:40] ⟦elira.shehu⟧: Numri personal i klientit për kontratën: ⟦J65521047P⟧
''')

grp("docker-compose file", "English", r'''
N| # docker-compose.yml — local dev stack for broodboard (do NOT use in prod)
C|       AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=https;AccountName=hxbackups;AccountKey=⟪AZ_KEY⟫;EndpointSuffix=core.windows.net"
N|       POSTGRES_PASSWORD: changeme   # local only, documented default
C|       MINIO_ROOT_PASSWORD: ⟪MINIO_PW⟫
N|   redis: {image: redis:7.4.1, command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]}
C|       - GOOGLE_MAPS_API_KEY=⟪GMAPS⟫
N|       - AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE   # AWS documentation example key
N|       - AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
C|       - HF_TOKEN=⟪HF⟫   # for the swarm-sound classifier model download
N|   broodboard: {image: "ghcr.io/hexwing/broodboard@sha256:⟨D3⟩", depends_on: [postgres, redis]}
N|       - STRIPE_SECRET_KEY=sk_test_<your-test-key>
C|       - SUPABASE_SERVICE_ROLE_KEY=⟪SUPA_JWT⟫
P|       # maintainer: ⟦Owen Gallagher⟧ <⟦owen.gallagher@hexwing.coop⟧>, ping on Slack @⟦ogallagher⟧
C|       - MAILGUN_API_KEY=⟪MAILGUN⟫
''')

grp("support call transcript", "Maltese", r'''
N| [00:00:02] Aġent: Hexwing, bonġu, kif nista' ngħinek?
P| [00:00:06] Min iċempel: Bonġu, jien ⟦Karl Borg⟧, għandi 12-il doqqajs mikrija mingħandkom f'Marsaxlokk.
N| [00:00:14] Aġent: Għidli n-numru tal-kuntratt, jekk jogħġbok. Jibda b'HX-CTR.
N| [00:00:19] Min iċempel: HX-CTR-2025-0311. Is-sensuri ilhom ma jibagħtu data minn nhar il-Ħadd.
P| [00:00:40] Aġent: Biex nivverifika, x'inhu n-numru tal-karta tal-identità? — Min iċempel: ⟦0412578M⟧.
P| [00:01:05] Min iċempel: L-indirizz huwa ⟦12, Triq ix-Xatt, Marsaxlokk MXK 1301⟧, mowbajl ⟦7921 4408⟧.
N| [00:01:30] Aġent: Qed nara l-gateway gw-mt-mxk-01 offline minn 2024-12-01T22:14Z, żball PWR_LOSS.
C| [00:02:02] Min iċempel: Il-password tal-Wi-Fi fir-razzett hija ⟪MT_WIFI_PW⟫, jekk it-tekniku jeħtieġha.
N| [00:02:10] Aġent: Grazzi, imma aħjar tibgħatha permezz tal-portal, mhux fuq it-telefon.
P| [00:02:45] Min iċempel: Il-ħlas irid isir fil-kont ⟪IBAN_MT⟫ f'isem ⟦Marija Camilleri⟧, il-mara tiegħi.
C| [00:03:20] Aġent: Bgħattlek kodiċi b'SMS. — Min iċempel: Il-kodiċi hu ⟪OTP_MT⟫.
N| [00:03:35] Aġent: Fetaħt talba SUP-91540; tekniku jasal għada bejn 09:00 u 12:00.
''')

grp("Vault and kubectl session", "English", r'''
N| $ vault login -method=oidc role=sre
P| $ kubectl -n nectar logs deploy/nectar-api --since=1h | grep ⟦elina.berzina@zemgalesdarzi.lv⟧ | tail -1
C| $ export VAULT_TOKEN=⟪VAULT_TOK⟫
N| $ vault kv get -field=password secret/billing/smtp   # prints to terminal, avoid in screen shares
C| ⟪VAULT_SMTP_OUT⟫
N| $ kubectl -n nectar get secret nectar-env -o jsonpath='{.data.DB_PASSWORD}' | base64 -d
C| ⟪K8S_DB_OUT⟫
N| $ kubectl -n nectar rollout restart deploy/nectar-api && kubectl -n nectar rollout status deploy/nectar-api
C| $ kubectl create secret generic age-key --from-literal=key=⟪AGE_KEY⟫ -n sops
N| $ sops -d secrets/prod.enc.yaml | yq '.stripe'   # uses the age key from KMS, not a local file
C| $ gh auth login --with-token <<< ⟪GHO⟫
P| $ git config user.email ⟦priyanka.menon@hexwing.coop⟧ && git config user.name "⟦Priyanka Menon⟧"
N| $ vault token revoke -self
''')

grp("web rental form", "Basque", r'''
N| Erlauntzak alokatzeko inprimakia — bidalia 2025-01-14 11:20:05 +01:00, form_id=rent-es-eu-v1
P| Izen-abizenak: ⟦Ane Etxeberria Goikoetxea⟧
P| NAN zenbakia: ⟪ES_DNI1⟫, jaiotze-data: ⟦1988/03/14⟧
P| Helbidea: ⟦Zubieta auzoa 7, 20170 Usurbil, Gipuzkoa⟧
P| Telefonoa: ⟦+34 688 214 907⟧ / ⟦943 371 552⟧
P| Posta elektronikoa: ⟦ane.etxeberria@euskalnet.net⟧
N| Laborantza: ahabia, 6 hektarea, 30 erlauntza behar dira apirilaren 1etik maiatzaren 15era.
P| Fidantza itzultzeko kontua: ⟪IBAN_ES⟫ (titularra: ⟦Iker Arrizabalaga⟧)
C| Atariko pasahitza: ⟪ES_PORTAL_PW⟫
N| Sistemaren oharra: captcha_score=0.88, hizkuntza=eu, referrer=https://hexwing.coop/eu/alokairua
P| Ibilgailuaren matrikula (baserrira sartzeko): ⟦4821 KLM⟧
C| debug: hcaptcha_secret=⟪HCAPTCHA⟫ — ez litzateke hemen agertu behar
N| Egoera: PENDING_REVIEW — EU salmenta taldeak 2 lanegunetan erantzungo du (SUP-91877).
''')

grp("runbook page", "English", r'''
N| 1. Fetch the current key id: `vault kv get -field=kid secret/nectar/signing` (do not print the key itself).
N| 2. Export it for the script: `export NECTAR_SIGNING_KEY=<signing-key>` — replace `<signing-key>` with the value from Vault.
N| 3. In CI the key is referenced as `${{ secrets.NECTAR_SIGNING_KEY }}`; never inline it in workflow YAML.
N| Example request: `curl -H 'X-Api-Key: nct_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' https://api.hexwing.coop/v3/ping`
N| Stripe test cards for the billing sandbox: 4242 4242 4242 4242 (success), 4000 0000 0000 9995 (insufficient funds).
N| The AWS docs use AKIAIOSFODNN7EXAMPLE as an example access key id; our secret scanner allow-lists it.
C| An old version of this page contained the real staging key ⟪NECTAR_KEY4⟫ — revoked on 2024-11-02, but scrub it anyway.
C| The 2023 revision also showed `export NECTAR_SIGNING_KEY=⟪ED25519_PRIV⟫` — treat that key as compromised.
N| If you see ERR_KEY_MISMATCH (code 4012) for more than 5 minutes, roll back with `helm rollback nectar 41`.
P| Escalation: primary ⟦Priyanka Menon⟧ (⟦+44 7700 900 127⟧), secondary ⟦Tomas Vaitkus⟧ (⟦+370 612 90 441⟧).
P| Last rotation was run by ⟦owen.gallagher⟧ from ⟦90.214.7.18⟧ (see the audit log).
N| Contact sre@hexwing.coop or #sre-eu with questions; this page is owned by team sre-eu.
N| Placeholders used in this doc: <api-key>, <password>, xxxx-xxxx, REPLACE_ME, dummy-token-123.
''')

grp("deploy log", "Azerbaijani", r'''
N| [2024-12-06 09:00:01] deploy-bot: swarm-alerts 1.12.0 buraxılışı başladı (mühit: production, klaster: hx-ap-1)
N| [2024-12-06 09:00:14] helm upgrade --install swarm-alerts ./charts/swarm-alerts -f values-az.yaml --atomic --timeout 10m
C| [2024-12-06 09:00:15] DEBUG: --set smsGateway.password=⟪AZ_SMS_PW⟫ (bu sətir loglarda görünməməli idi)
N| [2024-12-06 09:01:02] Release "swarm-alerts" has been upgraded. Happy Helming! REVISION: 58
P| [2024-12-06 09:02:40] smoke-test: test SMS ⟦+994 50 318 42 76⟧ nömrəsinə göndərildi (⟦Leyla Məmmədova⟧, Göyçay nar bağı)
N| [2024-12-06 09:02:41] smoke-test: çatdırılma statusu DELIVERED, gecikmə 2.3 s
C| [2024-12-06 09:03:05] ERROR: Telegram API 401 — bot token ⟪TG_BOT2⟫ etibarsızdır
C| [2024-12-06 09:03:06] DEBUG: sms-gateway.az sorğusu, Authorization: Basic ⟪BASIC2⟫
P| [2024-12-06 09:05:11] webhook payload: {"farmer":"⟦Rauf Hüseynov⟧","fin":"⟦5ZK8R2M⟧","phone":"⟦050 744 19 03⟧"}
C| [2024-12-06 09:06:30] git clone https://deploy-bot:⟪GHP2⟫@github.com/hexwing/swarm-alerts-config.git
N| [2024-12-06 09:07:45] post-deploy yoxlama: 0 xəta, p95 gecikmə 212 ms, CPU 34%, yaddaş 612Mi
P| [2024-12-06 09:08:00] hesab-faktura ⟦Nigar Əliyeva⟧ üçün hazırlandı, hesab ⟪IBAN_AZ⟫
N| [2024-12-06 09:10:00] deploy-bot: buraxılış uğurla başa çatdı ✅ (müddət 9m 59s)
''')

grp("git commit diff", "English", r'''
N| commit ⟨SHA1_E⟩
P| Author: ⟦Hannah Okafor⟧ <⟦hannah.okafor@hexwing.coop⟧>
N| Date:   Fri Dec 6 14:22:09 2024 +0000
N|     chore(ci): move registry creds to OIDC, bump actions to v4 (SEC-231)
P|     Co-authored-by: ⟦Besnik Hoxha⟧ <⟦besnik.hoxha@hexwing.coop⟧>
C| -          password: ⟪GHCR_PAT⟫
N| +          password: ${{ secrets.GITHUB_TOKEN }}
C| -  SLACK_WEBHOOK: https://hooks.slack.com/services/⟪SLACK_HOOK2⟫
N| +  SLACK_WEBHOOK: ${{ secrets.SLACK_RELEASE_WEBHOOK }}
C| -  NPM_TOKEN: ⟪NPM_TOKEN2⟫
C| -  DEPLOY_KEY: "-----BEGIN OPENSSH PRIVATE KEY-----\n⟪SSH_PRIV⟫\n-----END OPENSSH PRIVATE KEY-----"
N| +  # npm publish now uses OIDC trusted publishing with provenance; no token or deploy key needed
P| Review comment from ⟦tomas.vaitkus⟧: LGTM, but please also purge the old PyPI token from the history.
C| Reply: done — the token was ⟪PYPI⟫, revoked on pypi.org at 14:40 UTC.
''')

# ------------------------------------------------------------------ build
KINDS = {"C": "credential", "P": "pii", "N": "negative"}
MARK = re.compile(r"⟦(.*?)⟧|⟪(\w+)⟫|⟨(\w+)⟩")


def render(raw):
    items, out, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        if m.group(1) is not None:
            val, vanish = m.group(1), True
        elif m.group(2) is not None:
            val, vanish = V[m.group(2)], True
        else:
            val, vanish = V[m.group(3)], False
        out.append(val)
        if vanish and val not in items:
            items.append(val)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert not re.search("[⟦⟧⟪⟫⟨⟩\t\n]", text), raw
    return text, items


rows = {"dev": [], "test": []}
table = []
for gi, (artefact, language, block) in enumerate(GROUPS, 1):
    split = "dev" if gi % 2 == 1 else "test"
    counts = {"credential": 0, "pii": 0, "negative": 0}
    for line in block.strip("\n").split("\n"):
        code, raw = line[0], line[3:]
        assert line[1:3] == "| ", line
        kind = KINDS[code]
        text, items = render(raw)
        counts[kind] += 1
        src = "writer22 g%02d %s (%s)" % (gi, artefact, language)
        rows[split].append("%s\t%s\t%s\t%s" % (kind, text, " ||| ".join(items), src))
    table.append((gi, split, artefact, language, counts))

HEADER = "# kind\ttext\tmust-vanish\tsource"
for split in ("dev", "test"):
    with open(os.path.join(OUT, "batch22_%s.tsv" % split), "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n" + "\n".join(rows[split]) + "\n")

with open(os.path.join(OUT, "batch22_ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# scheme\tkey\tvalue\n")
    for kind, key, value in REG:
        f.write("%s\t%s\t%s\n" % (kind, key, value))

# ------------------------------------------------------------------ README
VENDOR_TEST_CARDS = ["4242424242424242", "4000000000009995", "4111111111111111", "5555555555554444"]

README_HEAD = """# Writer 22 — redaction-gate test lines (batch22)

## Who, when, how
- **Who:** independent evaluation-data writer 22, acting as a security-minded SRE.
- **When:** written 2026-12-06 (artefact timestamps inside the lines are set in 2024–2025).
- **How:** every line is typed by hand in `gen.py` (python3 standard library only) plus `ids.py`
  (hand-written check-digit code). Secret bodies (passwords, tokens, keys, OTPs, cookies) are drawn
  from `random.Random(22)` in a fixed order; look-alike hashes, digests, UUIDs and trace ids in
  negatives are `hashlib` digests of typed strings; national ids, IBANs and card numbers are typed
  bases whose check digits are computed by `ids.py` and registered in `batch22_ids.tsv`.
  No network access, no other files read. `python3 gen.py && python3 validate.py` rebuilds and checks.

## Files
| file | content |
|---|---|
| `batch22_dev.tsv` | odd groups (g01, g03, ...) |
| `batch22_test.tsv` | even groups (g02, g04, ...) |
| `batch22_ids.tsv` | registered ids (scheme, key, value) whose check digits `validate.py` re-verifies |
| `gen.py`, `ids.py`, `validate.py` | generator, check-digit helpers, validator |

TSV header: `# kind<TAB>text<TAB>must-vanish<TAB>source`; must-vanish items are joined by ` ||| `;
source is `writer22 gNN <artefact> (<language>)`. One artefact line per TSV line.

## Theme
**Hexwing Pollination Co-op** — a cooperative that rents sensor-equipped beehives ("HiveSense"
scales, temperature and GPS gateways) to orchards, berry farms and greenhouses in many countries and
moves them by truck between bloom seasons. Services: `hive-ingest` (Kafka telemetry), `nectar-api`
(public API, keys `nct_live_...` — a house format), `broodboard` (customer dashboard),
`pollen-billing`, `queen-registry`, `swarm-alerts`, `payouts`. Public domain `hexwing.coop`,
internal `*.hexwing.internal`, clusters `hx-eu-1` / `hx-ap-1`.

## Labelling conventions
- **kind.** `credential` if the line contains at least one secret; `pii` if it contains personal data
  but no secret; `negative` if nothing must vanish. A line with both a secret and personal data is
  labelled `credential` and its must-vanish field lists **both** the secret(s) and the PII items.
- **Secrets: only the secret part vanishes.** In `user:password@host` URLs, `-u user:pw`, `admin / pw`
  and similar, only the password is listed (service usernames such as `billing_app`, `hexwingci`,
  `admin` stay). For private keys the base64 body is listed (the BEGIN/END armour may stay). For
  basic-auth headers the base64 blob is listed. For AWS presigned URLs both the access key id and
  the signature are listed; for Confluent/Datadog both halves of the key pair are listed. Client ids,
  Razorpay `key_id`s, Twilio SIDs, WireGuard public keys and key *ids* are identifiers, not secrets.
- **Secrets in a form that is still a secret** (base64 of a password in a Kubernetes Secret, a
  password printed alone on a terminal line, a one-time SMS code) are credentials.
- **PII items** are listed one by one, exactly as they appear (inflected forms such as Lithuanian
  `Rūtos Žilinskienės`, Kazakh `Нұрланның` or a first name alone like `Johan`, `Gethin`, `Jerome`
  included). Usernames/handles made from real names (`hannah.okafor`, `z.hruskova`, `ogallagher`)
  are PII; service and bot accounts (`svc-broodboard`, `incident-bot`, `hxadmin`, `deploy-bot`,
  `ingest-consumer`) are not. Card expiry dates and CVCs next to a card number are listed too.
- **Role mailboxes are not PII:** `support@`, `cymorth@`, `sre@`, `billing-noreply@`, `orders@`,
  `demo@`, `sales-baltics@` stay. A mailbox that names a person (`gethin.evans@...`) is PII even on
  the company domain.
- **RFC 1918 / loopback addresses are not PII** (`10.x`, `127.0.0.1`), even when they appear as the
  "client" of an internal request; neither are documentation-range server addresses
  (`203.0.113.40`). Public client IPv4/IPv6 addresses are PII.
- **Negatives** deliberately contain look-alikes that must survive: commit SHAs (full and short),
  image digests, UUIDs, trace/span ids, Alertmanager fingerprints, SSH key fingerprints, WireGuard
  public keys, four-part versions, internal hostnames, ports, ticket numbers, error codes, metric
  names, durations, sizes, secret *references* (`${{ secrets.X }}`, `vault kv get`,
  `existingSecret:`, `{{ vault_mqtt_password }}`, `${REDIS_PASSWORD}`), placeholders
  (`<api-key>`, `xxxx`, `changeme`, `sk_test_<your-test-key>`), masked values (`***`, `[REDACTED]`),
  AWS's documented example keys and Stripe's documented test cards.
- Bank branch codes (FNB `250655`, IFSC), sort codes are only listed when next to a personal account
  (the Welsh sort code is listed, the FNB universal branch code is not).

## Validation (`validate.py`)
Format and header, kinds, source pattern, odd groups in dev / even in test, one artefact and language
per group, no duplicate texts, every must-vanish item occurs verbatim in its line, negatives have
none and positives have some, every registered id passes its check-digit scheme and is a must-vanish
item, no valid IBAN and no Luhn-valid 13-19 digit run (grouped or not) in any negative except the
vendor test cards listed below, no negative repeats a must-vanish item of another line, every valid
IBAN inside a positive is covered, and `gen.py` rebuilt into a temporary directory is byte-identical.

## Groups
| group | split | artefact | language | credential | pii | negative | total |
|---|---|---|---|---|---|---|---|
"""

with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
    f.write(README_HEAD)
    tot = {"credential": 0, "pii": 0, "negative": 0}
    per_split = {"dev": dict(tot), "test": dict(tot)}
    for gi, split, artefact, language, counts in table:
        f.write("| g%02d | %s | %s | %s | %d | %d | %d | %d |\n" % (
            gi, split, artefact, language, counts["credential"], counts["pii"],
            counts["negative"], sum(counts.values())))
        for k in tot:
            tot[k] += counts[k]
            per_split[split][k] += counts[k]
    for split in ("dev", "test"):
        c = per_split[split]
        f.write("| **%s** | | | | %d | %d | %d | %d |\n" % (
            split, c["credential"], c["pii"], c["negative"], sum(c.values())))
    f.write("| **all** | | | | %d | %d | %d | %d |\n" % (
        tot["credential"], tot["pii"], tot["negative"], sum(tot.values())))
    langs = sorted({t[3] for t in table if t[3] != "English"})
    f.write("\nNon-English groups (%d of %d): %s.\n" % (
        sum(1 for t in table if t[3] != "English"), len(table), ", ".join(langs)))
    f.write("\nRegistered ids with check digits: %d (%s).\n" % (
        len(REG), ", ".join(sorted({k for k, _, _ in REG}))))
    f.write("\nVendor test cards allowed in negatives: %s.\n" % ", ".join(VENDOR_TEST_CARDS))
