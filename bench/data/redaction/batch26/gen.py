#!/usr/bin/python3
"""writer26 generator: builds batch26_dev.tsv, batch26_test.tsv, batch26_ids.tsv and README.md.

Secret bodies come from random.Random(26), drawn in a fixed order (groups in order,
lines in order, placeholders left to right in text then in the must-vanish list).
Non-secret look-alikes (SHAs, digests, trace ids, UUIDs) come from a separate
random.Random(2600) so that they never shift the secret stream.
Usage: python3 gen.py [--out DIR]
"""
import base64
import json
import os
import random
import re
import sys
import zlib

import ids

HERE = os.path.dirname(os.path.abspath(__file__))

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = UP.lower()
DG = "0123456789"
ALNUM = UP + LO + DG
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"
B62 = DG + UP + LO
URLSAFE = ALNUM + "-_.~"
WORDS = ["Tundra", "Mosaic", "Harbor", "Falcon", "Copper", "Lantern", "Quartz", "Meadow", "Saffron",
         "Glacier", "Orbit", "Juniper", "Cobalt", "Walnut", "Ember", "Pebble", "Thistle", "Nimbus",
         "Basalt", "Marigold", "Otter", "Cedar", "Prism", "Velvet", "Kestrel", "Monsoon", "Topaz", "Birch"]


def pick(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62(n, width=6):
    s = ""
    while n:
        n, k = divmod(n, 62)
        s = B62[k] + s
    return s.rjust(width, "0")


def crc_token(r, prefix):
    body = pick(r, ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pem_body(r, prefix, total, width):
    s = prefix + pick(r, B64, total - len(prefix))
    return "\\n".join(s[i:i + width] for i in range(0, len(s), width))


def passphrase(r):
    a, b = r.choice(WORDS), r.choice(WORDS)
    return "%s%s%s%d%s" % (a, r.choice("-_.!"), b, r.randint(10, 9999), r.choice("!#*+=^~"))


def jwt(r):
    iat = 1717400000 + r.randint(0, 20000000)
    payload = {"sub": "u_%05d" % r.randint(10000, 99999), "iss": "https://auth.kestrelbox.com",
               "aud": "tenant-portal", "scope": "units:read units:open", "iat": iat, "exp": iat + 3600}
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (head, body, pick(r, B64U, 43))


def uuid4(r):
    h = pick(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


SECRET = {
    "pw": passphrase,
    "pwr": lambda r: pick(r, URLSAFE, 18),
    "pin7": lambda r: pick(r, DG, 7),
    "pin7s": lambda r: " ".join(pick(r, DG, 7)),
    "otp6": lambda r: pick(r, DG, 6),
    "otp6s": lambda r: pick(r, DG, 3) + " " + pick(r, DG, 3),
    "cvc": lambda r: pick(r, DG, 3),
    "ghp": lambda r: crc_token(r, "ghp_"),
    "ghs": lambda r: crc_token(r, "ghs_"),
    "npm": lambda r: crc_token(r, "npm_"),
    "github_pat": lambda r: "github_pat_11" + pick(r, UP + DG, 20) + "_" + pick(r, ALNUM, 59),
    "glpat": lambda r: "glpat-" + pick(r, B64U, 20),
    "akid": lambda r: "AKIA" + pick(r, B32, 16),
    "aws_secret": lambda r: pick(r, B64, 40),
    "slackhook": lambda r: pick(r, ALNUM, 24),
    "sk_live": lambda r: "sk_live_" + pick(r, ALNUM, 24),
    "rk_live": lambda r: "rk_live_51" + pick(r, ALNUM, 62),
    "whsec": lambda r: "whsec_" + pick(r, ALNUM, 32),
    "openai": lambda r: "sk-proj-" + pick(r, B64U, 48) + "T3BlbkFJ" + pick(r, B64U, 48),
    "anthropic": lambda r: "sk-ant-api03-" + pick(r, B64U, 93) + "AA",
    "google": lambda r: "AIza" + pick(r, B64U, 35),
    "sendgrid": lambda r: "SG." + pick(r, B64U, 22) + "." + pick(r, B64U, 43),
    "hex32": lambda r: pick(r, HEX, 32),
    "hex64": lambda r: pick(r, HEX, 64),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmcCJ" + pick(r, B64U, 120),
    "jwt": jwt,
    "ssh": lambda r: pem_body(r, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB", 280, 70),
    "ec": lambda r: pem_body(r, "MHcCAQEEI", 164, 64),
    "vault": lambda r: "hvs." + pick(r, ALNUM, 24),
    "glsa": lambda r: "glsa_" + pick(r, ALNUM, 32) + "_" + pick(r, HEX, 8),
    "cf": lambda r: pick(r, B64U, 40),
    "discord": lambda r: pick(r, B64U, 68),
    "kbx": lambda r: "kbx_live_" + pick(r, ALNUM, 32),
    "uuidsec": uuid4,
    "sess": lambda r: "s%3A" + pick(r, B64U, 32) + "." + pick(r, B64U, 43),
    "refresh": lambda r: pick(r, HEX, 64),
    "reset": lambda r: pick(r, B64U, 43),
    "mapbox": lambda r: "sk." + b64url(('{"u":"kestrelbox","a":"%s"}' % pick(r, LO + DG, 25)).encode()) + "." + pick(r, B64U, 22),
    "mp": lambda r: "APP_USR-%s-%s-%s-%s" % (pick(r, DG, 16), pick(r, DG, 6), pick(r, HEX, 32), pick(r, DG, 9)),
    "salt10": lambda r: pick(r, UP + DG, 10),
    "rzp": lambda r: pick(r, ALNUM, 24),
    "telegram": lambda r: "%d:AA%s" % (r.randint(5000000000, 7999999999), pick(r, B64U, 33)),
    "yandex": lambda r: "y0_AgAAAAA" + pick(r, B64U, 48),
    "mailgun": lambda r: "key-" + pick(r, HEX, 32),
    "docker_pat": lambda r: "dckr_pat_" + pick(r, B64U, 27),
    "dop": lambda r: "dop_v1_" + pick(r, HEX, 64),
    "teamssig": lambda r: "V2" + pick(r, B64U, 43),
    "azure": lambda r: pick(r, B64, 86) + "==",
    "age": lambda r: "AGE-SECRET-KEY-1" + pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58),
    "hf": lambda r: "hf_" + pick(r, UP + LO, 34),
}

LOOK = {
    "sha40": lambda r: pick(r, HEX, 40),
    "sha7": lambda r: pick(r, HEX, 7),
    "hex16": lambda r: pick(r, HEX, 16),
    "hex32": lambda r: pick(r, HEX, 32),
    "hex64": lambda r: pick(r, HEX, 64),
    "uuid": uuid4,
    "fp": lambda r: ":".join(pick(r, "0123456789ABCDEF", 2) for _ in range(32)),
    "b64_43": lambda r: pick(r, B64, 43),
    "edpub": lambda r: "AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, B64, 43),
    "avault": lambda r: "".join("%02x" % ord(c) for c in pick(r, HEX, 40)),
    "ulid": lambda r: "01HX" + pick(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 22),
}


# ---- registered ids: bases typed by hand, check digits computed by ids.py
IDS = [
    ("iban", "pl_iban_g02", ids.iban_fmt(ids.iban("PL", "11402004" + "0000360276519844"))),
    ("pesel", "pesel_g02", ids.pesel("8703220458")),
    ("fr_nir", "nir_g03", ids.fr_nir("1 79 06 2A 004 123")),
    ("iban", "fr_iban_g03", ids.iban_fmt(ids.iban("FR", ids.fr_bban("30004", "01872", "00010448263")))),
    ("it_cf", "cf_g06", ids.it_cf("DNEMBN72M55B354")),
    ("iban", "it_iban_g06", ids.iban_fmt(ids.iban("IT", ids.it_bban("01015", "04800", "000070341826")))),
    ("ch_ahv", "ahv_g07", ids.ch_ahv("756304758392")),
    ("iban", "ch_iban_g07", ids.iban_fmt(ids.iban("CH", "00774" + "350819046672"))),
    ("iban", "de_iban_g08", ids.iban("DE", "43060967" + "7028416300")),
    ("card", "card_g09", ids.card("4929 1837 4402 615")),
    ("us_ssn", "ssn_g11", "538-61-4072"),
    ("card", "card_g11", ids.card("3742 615093 7108")),
    ("iban", "nl_iban_g12", ids.iban("NL", "INGB" + "0006839214")),
    ("nl_bsn", "bsn_g12", ids.nl_bsn("18263549")),
    ("uk_nino", "nino_g13", "JG 41 82 07 B"),
    ("nz_ird", "ird_g15", ids.nz_ird("10438652")),
    ("card", "card_g17", ids.card("5398 2271 6604 381")),
    ("iban", "gb_iban_g17", ids.iban("GB", "BARC" + "201547" + "63018742")),
    ("py_ruc", "ruc_g18", ids.py_ruc("4567821")),
    ("za_id", "za_id_g19", ids.za_id("880415512308")),
    ("no_fnr", "fnr_g24", ids.no_fnr("120591442")),
    ("ug_nin", "nin_g23", "CF88041102XQ7P"),
    ("gh_card", "ghcard_g26", "GHA-718204593-6"),
    ("pk_cnic", "cnic_g27", "35202-4817293-5"),
    ("iban", "pk_iban_g27", ids.iban_fmt(ids.iban("PK", "MEZN" + "0002510104829371"))),
    ("iban", "iq_iban_g30", ids.iban_fmt(ids.iban("IQ", "RAFB" + "120" + "004182736509"))),
    ("iban", "de_iban_g31", ids.iban_fmt(ids.iban("DE", "50050201" + "1209377145"))),
    ("ru_snils", "snils_g34", ids.ru_snils("128473905")),
    ("ru_inn12", "inn_g34", ids.ru_inn12("2128049176")),
    ("aadhaar", "aadhaar_g35", ids.aadhaar("38470215966")),
    ("iban", "ie_iban_g36", ids.iban("IE", "BOFI" + "900017" + "48261953")),
    ("card", "card_g36", ids.card("4556 7193 0286 443")),
]

C, P, N = "credential", "pii", "negative"
GROUPS = []


def grp(n, art, lang, *lines):
    GROUPS.append({"n": n, "art": art, "lang": lang, "lines": lines})


# ============================================================== g01
grp(1, "Slack thread #inc-gatekeeper", "English",
    (N, "[09:02] incident-bot: :rotating_light: INC-4471 opened - gatekeeper MQTT disconnects at facility LDN-07, sev2, commander: @oncall-sre"),
    (P, "[09:04] priya.raman: I'm on it, paging Tomasz too, his mobile on the rota is +44 7911 204 583", "priya.raman", "Tomasz", "+44 7911 204 583"),
    (N, "[09:05] deploy-bot: gatekeeper v3.18.2.407 rolled out to kbx-prod-euw1 (sha \u27e6la:sha40:g01a\u27e7) by svc-argocd"),
    (C, "[09:09] tomasz.wojcik: broker creds are in the pod env, MQTT_PASSWORD=\u27e6pw:g01a\u27e7, log in as gk-broker-admin", "\u27e6pw:g01a\u27e7", "tomasz.wojcik"),
    (N, "> mosquitto[1]: Client gk-ldn07-ctrl-12 has exceeded timeout, disconnecting. (rc=7)"),
    (P, "[09:13] priya.raman: customer on the phone is Mr Okonkwo, unit 3B-114, locked out; his email is ade.okonkwo@gmail.com", "priya.raman", "Okonkwo", "ade.okonkwo@gmail.com"),
    (C, "[09:15] tomasz.wojcik: gave him a temporary gate code \u27e6pin7:g01b\u27e7, valid till 12:00", "\u27e6pin7:g01b\u27e7", "tomasz.wojcik"),
    (N, "[09:16] statuspage-bot: Investigating - some customers at London Bermondsey may be unable to open gates. Updated 09:16 UTC"),
    (C, "[09:20] oncall-sre: rotated the grafana service account token, the leaked one was \u27e6glsa:g01c\u27e7 - revoke confirmed", "\u27e6glsa:g01c\u27e7"),
    (N, "[09:22] oncall-sre: gatekeeper_mqtt_reconnects_total{facility=\"LDN-07\"} back under 5/min, trace id \u27e6la:hex32:g01b\u27e7"),
    (P, "[09:25] priya.raman: Mr Okonkwo's card ending 4417 was charged the late fee twice, he is calling from 07480 611 297 again", "priya.raman", "Okonkwo", "07480 611 297"),
    (C, "[09:31] tomasz.wojcik: hook for #inc-gatekeeper is https://hooks.slack.com/services/T02KBX7QL/B06G4TR9N2/\u27e6slackhook:g01d\u27e7 if you wire alertmanager", "\u27e6slackhook:g01d\u27e7", "tomasz.wojcik"),
    (N, "[09:40] incident-bot: INC-4471 resolved after 38m - root cause: broker max_connections=2048 hit after firmware 2.4.0.19 rollout, follow-up KBX-2291"),
    (N, "[09:41] oncall-sre: broker creds now come from existingSecret: gatekeeper-mqtt (ExternalSecret synced from vault kv get secret/gatekeeper/mqtt)"),
)

# ============================================================== g02
grp(2, "support ticket export", "Esperanto",
    (N, "Bileto #58213 \u00b7 Stato: malfermita \u00b7 Prioritato: normala \u00b7 Kanalo: retpo\u015dto \u00b7 Etikedoj: fakturado, pordego"),
    (P, "De: Agnieszka Zieli\u0144ska <agnieszka.zielinska@wp.pl> \u2014 Saluton, mi luas deponejon 2C-071 en la filio KRK-02 ekde marto.", "Agnieszka Zieli\u0144ska", "agnieszka.zielinska@wp.pl"),
    (P, "Mia telefonnumero estas +48 601 482 739 kaj mia adreso estas ul. D\u0142uga 14/3, 31-147 Krak\u00f3w.", "+48 601 482 739", "ul. D\u0142uga 14/3, 31-147 Krak\u00f3w"),
    (P, "Por la repago, jen mia IBAN: \u27e6id:pl_iban_g02\u27e7, kaj mia PESEL estas \u27e6id:pesel_g02\u27e7, se vi bezonas \u011din.", "\u27e6id:pl_iban_g02\u27e7", "\u27e6id:pesel_g02\u27e7"),
    (C, "Mi ne povas ensaluti en la klientan portalon; mia pasvorto estas \u27e6pw:g02a\u27e7 \u2014 \u0109u \u011di estas tro longa?", "\u27e6pw:g02a\u27e7"),
    (N, "Interna noto (a\u016dtomata): la kliento estas ligita al konto CUST-0048813, abono PLAN-M-12, neniu \u015duldo."),
    (C, "Interna noto de Marko: mi sendis al \u015di unufojan kodon \u27e6otp6s:g02b\u27e7 \u2014 ne kopiu \u011din en publikan respondon.", "\u27e6otp6s:g02b\u27e7", "Marko"),
    (N, "Interna noto: eraro AUTH-4012 'password_too_long' \u0109e tenant-portal v5.2.0.311; vidu KBX-3107."),
    (N, "Respondo (\u015dablono): Ni neniam petas vian pasvorton. Se vi dividis \u011din, \u015dan\u011du \u011din \u0109e https://my.kestrelbox.com/security."),
    (C, "Interna noto (support-bot): en la alkro\u0109ita protokolo aperas SENDGRID_API_KEY=\u27e6sendgrid:g02c\u27e7 \u2014 ni tuj nuligis \u011din.", "\u27e6sendgrid:g02c\u27e7"),
    (P, "Respondo de Marko: Kara Agnieszka, dankon! Ni vokos vin morga\u016d je la 10-a; mi petis kolegon helpi Agnieszkan pri la repago.", "Marko", "Agnieszka", "Agnieszkan"),
    (N, "Kampo 'karto': **** **** **** 5521 (maskita de la pagsistemo), eksvalidi\u011do 08/27"),
    (N, "SLA: unua respondo post 2h 14m; kontentiga takso 4/5; fermita a\u016dtomate post 72h sen respondo."),
    (C, "Alkro\u0109ita HAR-eltira\u0135o: Cookie: kbx_session=\u27e6sess:g02d\u27e7; lang=eo", "\u27e6sess:g02d\u27e7"),
)

# ============================================================== g03
grp(3, "customer email", "Corsican",
    (N, "Oggettu: Prublema cù a porta di u box 4A-019 \u2013 filiale AJA-01"),
    (P, "Da: Ghjuvan Petru Santoni <gp.santoni@orange.fr>", "Ghjuvan Petru Santoni", "gp.santoni@orange.fr"),
    (N, "Bonghjornu, dapoi luni a porta ùn s'apre più cù l'applicazione, u codice d'errore hè GATE-E503."),
    (P, "Sò natu u 14/06/1979 in Aiacciu, s'è vo avete bisognu di verificà a mo identità.", "14/06/1979"),
    (P, "U mo numeru di securità suciale hè \u27e6id:nir_g03\u27e7 è u mo telefuninu 06 12 47 83 90.", "\u27e6id:nir_g03\u27e7", "06 12 47 83 90"),
    (C, "Aghju ancu pruvatu à entre in u situ cù a mo parolla d'ordine \u27e6pw:g03a\u27e7, ma ùn funziona più.", "\u27e6pw:g03a\u27e7"),
    (C, "Mi avete mandatu un codice per SMS, \u27e6otp6s:g03b\u27e7, ma hè scadutu prima ch'o u pudessi aduprà.", "\u27e6otp6s:g03b\u27e7"),
    (P, "Per u rimborsu di u mese di maghju, eccu u mo IBAN: \u27e6id:fr_iban_g03\u27e7 (Bastia).", "\u27e6id:fr_iban_g03\u27e7"),
    (P, "Abitu à 7 rue César Campinchi, 20200 Bastia, s'è vo vulete mandà mi una lettera.", "7 rue César Campinchi, 20200 Bastia"),
    (N, "Numaru di cliente: CUST-0091275 \u00b7 Cuntrattu: LOC-2023-11-0442 \u00b7 Pianu: Box M (3 m\u00b2)"),
    (C, "P.S. U mo figliolu m'hà dettu di mandà vi stu ligame ch'ellu hà trovu in l'app: https://api.kestrelbox.com/v2/units/4A-019/open?access_token=\u27e6jwt:g03c\u27e7", "\u27e6jwt:g03c\u27e7"),
    (N, "Vi ringraziu anticipatamente. Mandatu da u mo telefuninu."),
    (N, "--- Risposta autumatica: a vostra dumanda hè stata registrata cù u numeru #61734. Un agente vi risponderà in 24 ore."),
)

# ============================================================== g04
grp(4, ".env file", "English",
    (N, "# booking-api .env - generated by scripts/bootstrap-env.sh on 2024-05-14, DO NOT COMMIT"),
    (N, "DATABASE_HOST=pg-booking-primary.kbx-prod-euw1.svc.cluster.local"),
    (C, "DATABASE_URL=postgres://booking_app:\u27e6pwr:g04a\u27e7@pg-booking-primary.kbx-prod-euw1.svc.cluster.local:5432/booking?sslmode=require", "\u27e6pwr:g04a\u27e7"),
    (C, "STRIPE_SECRET_KEY=\u27e6sk_live:g04b\u27e7", "\u27e6sk_live:g04b\u27e7"),
    (N, "STRIPE_PUBLISHABLE_KEY_TEST=pk_test_TYooMQauvdEDq54NiTphI7jx  # Stripe docs example key, test mode only"),
    (C, "AWS_ACCESS_KEY_ID=\u27e6akid:g04c\u27e7", "\u27e6akid:g04c\u27e7"),
    (C, "AWS_SECRET_ACCESS_KEY=\u27e6aws_secret:g04d\u27e7", "\u27e6aws_secret:g04d\u27e7"),
    (N, "SENTRY_RELEASE=booking-api@4.12.0.1893"),
    (P, "SUPPORT_ESCALATION_CONTACT=\"Hannah Whitcombe <hannah.whitcombe@kestrelbox.net>, +44 7823 519 064\"", "Hannah Whitcombe", "hannah.whitcombe@kestrelbox.net", "+44 7823 519 064"),
    (P, "# TODO(dfarrell): remove my personal test account dan.farrell82@outlook.com from SEED_ADMINS before go-live", "dfarrell", "dan.farrell82@outlook.com"),
    (P, "SEED_ADMINS=dan.farrell82@outlook.com,ops@kestrelbox.com", "dan.farrell82@outlook.com"),
    (N, "TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}  # injected by ExternalSecret twilio-creds"),
    (N, "FEATURE_FLAGS=gate-offline-pin,dynamic-pricing-v2 RATE_LIMIT_RPS=120 REDIS_PASSWORD=<set-in-vault>"),
)

# ============================================================== g05
grp(5, "Helm values-prod.yaml", "English",
    (N, "image: registry.kestrelbox.net/platform/gatekeeper@sha256:\u27e6la:hex64:g05a\u27e7"),
    (N, "  existingSecret: gatekeeper-mqtt-credentials"),
    (C, "  mqtt: { username: gk-broker, password: \"\u27e6pw:g05a\u27e7\" }  # FIXME move to existingSecret", "\u27e6pw:g05a\u27e7"),
    (C, "  datadog: { apiKey: \u27e6hex32:g05b\u27e7, site: datadoghq.eu }", "\u27e6hex32:g05b\u27e7"),
    (N, "  podAnnotations: { checksum/config: \u27e6la:hex64:g05b\u27e7 }"),
    (P, "  # owner: Siobh\u00e1n N\u00ed Bhriain (siobhan.nibhriain@kestrelbox.net), backup owner: @rkowalczyk", "Siobh\u00e1n N\u00ed Bhriain", "siobhan.nibhriain@kestrelbox.net", "rkowalczyk"),
    (C, "  imagePullSecret: '{\"auths\":{\"registry.kestrelbox.net\":{\"auth\":\"\u27e6basic:g05c:svc-ci\u27e7\"}}}'", "\u27e6basic:g05c:svc-ci\u27e7"),
    (N, "  resources: { requests: { cpu: 250m, memory: 512Mi }, limits: { memory: 1Gi } }"),
    (P, "  alertContacts: [\"+353 87 214 6630\", \"oncall@kestrelbox.net\"]  # Ciar\u00e1n's mobile until PagerDuty is fixed", "+353 87 214 6630", "Ciar\u00e1n"),
    (N, "  ingress: { host: gate-api.kestrelbox.com, tls: { secretName: gate-api-tls } }"),
    (C, "  pagerduty: { routingKey: \u27e6hex32:g05d\u27e7 }", "\u27e6hex32:g05d\u27e7"),
    (P, "  debugAllowlist: [\"10.42.0.0/16\", \"86.44.187.23/32\"]  # the /32 is Siobh\u00e1n's home broadband", "86.44.187.23", "Siobh\u00e1n"),
    (N, "  env: { OTEL_EXPORTER_OTLP_ENDPOINT: \"http://otel-collector.observability:4317\", GATE_PIN_LENGTH: \"7\" }"),
)

# ============================================================== g06
grp(6, "call transcript", "Sardinian",
    (N, "[Trascrizione automàtica \u00b7 mutida 7731-CAG \u00b7 12/03/2024 \u00b7 durada 06:41 \u00b7 filiale CAG-01]"),
    (P, "Operadora: Kestrelbox, bona die, so Efisia, comente la potzo agiudare?", "Efisia"),
    (P, "Cliente: Bona die, so Maria Bonaria Deiana, apo unu box in Casteddu, su 1C-208.", "Maria Bonaria Deiana"),
    (N, "Operadora: Pro cunfirmare s'identidade, mi podet nàrrere su còdighe fiscale?"),
    (P, "Cliente: Emmo, est \u27e6id:cf_g06\u27e7.", "\u27e6id:cf_g06\u27e7"),
    (P, "Cliente: Bivo in Via Sassari 41, 09124 Casteddu, e su nùmeru meu est 347 218 5530.", "Via Sassari 41, 09124 Casteddu", "347 218 5530"),
    (C, "Cliente: Sa crae de s'aplicatzione l'apo cambiada eris, como est \u27e6pw:g06a\u27e7, ma su cantzellu no s'abberit.", "\u27e6pw:g06a\u27e7"),
    (N, "Operadora: Non mi nàrgiat mai sa crae a telèfonu, pro praghere. Bido s'errore GATE-E409 in su sistema."),
    (C, "Operadora: Li mando unu còdighe temporàneu pro su cantzellu: \u27e6pin7s:g06b\u27e7, bàlidu finas a sas 18:00.", "\u27e6pin7s:g06b\u27e7"),
    (P, "Cliente: E pro su pagamentu, s'IBAN nou est \u27e6id:it_iban_g06\u27e7.", "\u27e6id:it_iban_g06\u27e7"),
    (N, "Operadora: Perfetu. Apo abertu sa pràtica KBX-3318, prioridade arta; at a retzire unu messàgiu dae noreply@kestrelbox.com."),
    (C, "Operadora (nota interna): su tècnicu at lassadu in sa pràtica sa crae de su controller locale, admin / \u27e6pwr:g06c\u27e7 \u2013 de cambiare.", "\u27e6pwr:g06c\u27e7"),
    (N, "[Fine de sa trascrizione \u00b7 sentimentu: neutrale \u00b7 punteggiu de cunfiantza 0.92]"),
)

# ============================================================== g07
grp(7, "shift handover notes", "Romansh",
    (N, "Consegna dal servetsch \u2013 turn da notg 14/15-11, clusters kbx-prod-euw1 e kbx-stg-euw1"),
    (P, "Da: Ladina Cathomen, a: Gian Andri Caduff (en cas d'urgenza: 079 384 52 17)", "Ladina Cathomen", "Gian Andri Caduff", "079 384 52 17"),
    (N, "1) billing-svc: las rechnas da november èn vegnidas generadas; job billing-cron-7f9c4 terminà cun exit 0."),
    (C, "2) Jau hai midà il pled-clav da la banca da datas billing a \u27e6pw:g07a\u27e7 \u2013 per plaschair metter en vault e stizzar questa notizia.", "\u27e6pw:g07a\u27e7"),
    (N, "   Ils secrets stattan en vault kv get secret/billing/postgres; la rotaziun automatica è deactivada fin KBX-3350."),
    (P, "3) Il client Reto Casutt (reto.casutt@bluewin.ch) ha reclamà in debit dubel; sia AHV \u27e6id:ahv_g07\u27e7 è vegnida tramessa per sbagl en il ticket.", "Reto Casutt", "reto.casutt@bluewin.ch", "\u27e6id:ahv_g07\u27e7"),
    (P, "   Ses IBAN per la restituziun: \u27e6id:ch_iban_g07\u27e7 \u2013 restituziun CHF 89.00 approvada.", "\u27e6id:ch_iban_g07\u27e7"),
    (C, "4) Per il gateway da SMS hai jau duvrà il token provisoric \u27e6hex32:g07b\u27e7 (Twilio AuthToken) \u2013 revocar damaun!", "\u27e6hex32:g07b\u27e7"),
    (N, "5) Alert GatekeeperHighLatency p99 > 800ms per 10 min, facilitad CHU-01; fingerprint \u27e6la:hex16:g07a\u27e7, silenzià fin 08:00."),
    (N, "   Versiun nova gatekeeper 3.18.3.12 deployada sin stg, commit \u27e6la:sha40:g07b\u27e7."),
    (C, "6) La clav SSH dal bastion è anc en /tmp/ladina_id_ed25519: -----BEGIN OPENSSH PRIVATE KEY-----\\n\u27e6ssh:g07c\u27e7\\n-----END OPENSSH PRIVATE KEY-----", "\u27e6ssh:g07c\u27e7", "ladina"),
    (P, "7) Gian Andri, per plaschair telefonar a Reto damaun a las 09:00, el è a chasa a Via da la Staziun 12, 7000 Cuira.", "Gian Andri", "Reto", "Via da la Staziun 12, 7000 Cuira"),
    (N, "Fin da la consegna. Proxima consegna: venderdi 06:00, turn da di."),
)

# ============================================================== g08
grp(8, "GitHub Actions CI log", "English",
    (N, "2024-06-03T08:14:22.1182735Z ##[group]Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11"),
    (N, "2024-06-03T08:14:25.0031542Z   REGISTRY_PASSWORD: ***"),
    (N, "2024-06-03T08:14:25.0049811Z ##[debug]Evaluating: secrets.NPM_TOKEN"),
    (C, "2024-06-03T08:14:31.7720914Z + echo \"//registry.npmjs.org/:_authToken=\u27e6npm:g08a\u27e7\" > ~/.npmrc", "\u27e6npm:g08a\u27e7"),
    (C, "2024-06-03T08:14:32.0104418Z + git remote set-url origin https://kbx-release-bot:\u27e6ghp:g08b\u27e7@github.com/kestrelbox/booking-api.git", "\u27e6ghp:g08b\u27e7"),
    (N, "2024-06-03T08:19:03.4418120Z Successfully built booking-api:4.12.0.1893 digest sha256:\u27e6la:hex64:g08a\u27e7"),
    (P, "2024-06-03T08:19:04.0012733Z Author: Olusegun Adeyemi <olusegun.adeyemi@kestrelbox.net> commit \u27e6la:sha40:g08b\u27e7", "Olusegun Adeyemi", "olusegun.adeyemi@kestrelbox.net"),
    (P, "2024-06-03T08:21:47.9930271Z fixtures/customers.json row 17 uses real data: {\"name\": \"Lena Hartmann\", \"iban\": \"\u27e6id:de_iban_g08\u27e7\"}", "Lena Hartmann", "\u27e6id:de_iban_g08\u27e7"),
    (N, "2024-06-03T08:21:48.1102745Z PASSED tests/test_cards.py::test_luhn[4242424242424242] (Stripe test card)"),
    (C, "2024-06-03T08:22:10.5517302Z ##[warning]Unexpected input 'slack-webhook': https://hooks.slack.com/services/T02KBX7QL/B05R2M8QW1/\u27e6slackhook:g08c\u27e7", "\u27e6slackhook:g08c\u27e7"),
    (C, "2024-06-03T08:22:41.0093317Z + docker login -u kbxci -p ⟦docker_pat:g08d⟧ registry-1.docker.io", "⟦docker_pat:g08d⟧"),
    (P, "2024-06-03T08:31:02.7741093Z Deployment to production approved by mwanjiru (Mercy Wanjiru)", "mwanjiru", "Mercy Wanjiru"),
    (N, "2024-06-03T08:33:15.2209174Z ##[error]Process completed with exit code 137. (runner kbx-ci-runner-07, job id 26012941187)"),
    (N, "2024-06-03T08:33:16.0048122Z Post job cleanup: removing credentials from .npmrc and git config (actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8)"),
)

# ============================================================== g09
grp(9, "bastion shell session", "English",
    (N, "ops@bastion-euw1:~$ kubectl -n billing get pods -o wide | grep billing-svc"),
    (N, "billing-svc-6d9f8b7c5d-x2kqp   1/1   Running   0   3d4h   10.42.7.19   ip-10-20-3-44.eu-west-1.compute.internal"),
    (C, "ops@bastion-euw1:~$ export PGPASSWORD='\u27e6pw:g09a\u27e7'; psql -h pg-billing.internal -U billing_admin billing", "\u27e6pw:g09a\u27e7"),
    (C, "ops@bastion-euw1:~$ curl -s -u billing-sync:\u27e6pwr:g09b\u27e7 https://billing-api.kestrelbox.net/v1/health", "\u27e6pwr:g09b\u27e7"),
    (N, "{\"status\":\"ok\",\"version\":\"7.3.1.220\",\"db\":\"up\",\"uptime_s\":283941}"),
    (C, "ops@bastion-euw1:~$ vault login \u27e6vault:g09c\u27e7", "\u27e6vault:g09c\u27e7"),
    (C, "ops@bastion-euw1:~$ export DIGITALOCEAN_TOKEN=⟦dop:g09d⟧   # old droplet cleanup", "⟦dop:g09d⟧"),
    (N, "ops@bastion-euw1:~$ vault kv get -field=password secret/billing/postgres | wc -c"),
    (P, "ops@bastion-euw1:~$ grep -i 'hollis' /var/log/billing/refunds.log | tail -1", "hollis"),
    (P, "2024-05-29T11:02:17Z refund ok customer=\"Graham Hollis\" email=graham.hollis@btinternet.com card=\u27e6id:card_g09\u27e7 amount=GBP 64.00", "Graham Hollis", "graham.hollis@btinternet.com", "\u27e6id:card_g09\u27e7"),
    (P, "ops@bastion-euw1:~$ ssh -i ~/.ssh/id_ed25519 aoife.brennan@10.20.3.44", "aoife.brennan"),
    (N, "\u27e6la:hex64:g09a\u27e7  billing-export-2024-05.csv.gpg"),
    (N, "ops@bastion-euw1:~$ history -d 1042 && history -d 1041   # scrub the PGPASSWORD line"),
    (P, "aoife.brennan pts/1        2024-05-29 11:05 (93.107.41.188)", "aoife.brennan", "93.107.41.188"),
)

# ============================================================== g10
grp(10, "Teams thread, field technicians", "Tok Pisin",
    (N, "[Teams \u00b7 Kestrelbox POM Field Tim \u00b7 08:02] gatekeeper-bot: Alat: kontrola POM-01-ctrl-03 i no gat koneksen long MQTT inap 15 minit."),
    (P, "[08:05] Joseph Kila: Mi stap long rot i go long POM-01, bai mi kamap insait long 20 minit.", "Joseph Kila"),
    (C, "[08:21] Joseph Kila: Mi no inap login long kontrola. Husat i save pasword? Mi traim \u27e6pw:g10a\u27e7 tasol em i no wok.", "\u27e6pw:g10a\u27e7", "Joseph Kila"),
    (C, "[08:24] Grace Waim: Nupela pasword em \u27e6pwr:g10b\u27e7 \u2014 yu no ken raitim long hia gen, plis.", "\u27e6pwr:g10b\u27e7", "Grace Waim"),
    (N, "[08:26] gatekeeper-bot: Rimaina: olgeta pasword i mas stap long vault kv get secret/gatekeeper/pom01 tasol."),
    (P, "[08:30] Grace Waim: Kastama Mr Peter Tau i kolim mi, namba bilong em 7093 4518, em i no inap opim dua bilong stoa 2A-044.", "Grace Waim", "Peter Tau", "7093 4518"),
    (C, "[08:33] Grace Waim: Mi givim em wanpela kod bilong get, \u27e6pin7s:g10c\u27e7, em i orait inap long 12 klok.", "\u27e6pin7s:g10c\u27e7", "Grace Waim"),
    (N, "[08:41] gatekeeper-bot: POM-01-ctrl-03 i kam bek long lain. firmware 2.4.0.19, uptime 00:03:12, RSSI -71 dBm."),
    (P, "[08:45] Joseph Kila: Mr Tau i stap long Section 54, Allotment 12, Boroko, sapos yu laik salim pepa long em.", "Joseph Kila", "Tau", "Section 54, Allotment 12, Boroko"),
    (N, "[08:50] gatekeeper-bot: Wiki: https://wiki.kestrelbox.net/runbooks/gatekeeper/mqtt-reconnect \u2014 lukim step 4 (restart mosquitto-bridge)."),
    (N, "[08:52] gatekeeper-bot: Tiket KBX-3402 i pas nau. MTTR 31m. Trace \u27e6la:hex32:g10a\u27e7."),
    (C, "[08:55] Grace Waim: Joseph, Wi-Fi bilong opis nau em POM-Staff, pasword \u27e6pw:g10d\u27e7.", "\u27e6pw:g10d\u27e7", "Grace Waim", "Joseph"),
    (N, "[09:00] gatekeeper-bot: Ripot bilong de: 3 alat, 0 i op yet, 1 tiket i pas. Nekis sif: 14:00."),
)

# ============================================================== g11
grp(11, "web form submission", "Hawaiian",
    (N, "Palapala noi \u00b7 Ho\u02bbolimalima \u02bbana i ka waihona \u00b7 id: form_sub_\u27e6la:ulid:g11a\u27e7 \u00b7 2024-04-22 19:48 HST"),
    (P, "Inoa piha: Keoni Ka\u02bbauwai Kahananui \u00b7 L\u0101 h\u0101nau: 03/11/1986", "Keoni Ka\u02bbauwai Kahananui", "03/11/1986"),
    (P, "Helu kelepona: (808) 732-4419 \u00b7 Leka uila: keoni.kahananui@hawaii.rr.com", "(808) 732-4419", "keoni.kahananui@hawaii.rr.com"),
    (P, "Wahi noho: 1847 Kalakaua Ave Apt 1203, Honolulu, HI 96815", "1847 Kalakaua Ave Apt 1203, Honolulu, HI 96815"),
    (P, "Helu Palekana Kaiaulu (SSN) no ka n\u0101n\u0101 \u02bbai\u02bb\u0113: \u27e6id:ssn_g11\u27e7", "\u27e6id:ssn_g11\u27e7"),
    (C, "K\u0101leka h\u014d\u02bbai\u02bb\u0113: \u27e6id:card_g11\u27e7 \u00b7 pau: 09/28 \u00b7 CVC: \u27e6cvc:g11a\u27e7", "\u27e6id:card_g11\u27e7", "\u27e6cvc:g11a\u27e7"),
    (C, "Hua\u02bb\u014dlelo h\u016bn\u0101 no ka p\u016bnaewele (i koho \u02bbia): \u27e6pw:g11b\u27e7", "\u27e6pw:g11b\u27e7"),
    (N, "Nui o ka waihona: 10x10 (M) \u00b7 Kahua: HNL-01 Kaka\u02bbako \u00b7 L\u0101 ho\u02bbomaka: 2024-05-01"),
    (N, "Ua \u02bbae au i n\u0101 kuleana a me ke kulekele pilikino (ToS v2024.03.1)"),
    (N, "recaptcha_score=0.9 \u00b7 utm_source=google \u00b7 utm_campaign=hnl-spring-2024 \u00b7 client=tenant-portal 5.2.0.311"),
    (P, "Mea e ho\u02bboka\u02bba\u02bbike ai inā he pilikia: Leilani Kahananui, kona kaikuahine, (808) 295-6083", "Leilani Kahananui", "(808) 295-6083"),
    (C, "hidden:session=\u27e6sess:g11c\u27e7 \u00b7 submit_ip=72.253.198.41", "\u27e6sess:g11c\u27e7", "72.253.198.41"),
    (N, "K\u016blana: ua ho\u02bbouna \u02bbia \u00b7 webhook \u2192 quote-svc 202 Accepted (request_id \u27e6la:uuid:g11b\u27e7)"),
)

# ============================================================== g12
grp(12, "psql session", "English",
    (N, "billing=> \\dt+ refunds"),
    (N, " public | refunds | table | billing_owner | permanent | 412 MB |"),
    (P, "billing=> SELECT id, full_name, email FROM customers WHERE last_name = 'Haddad';", "Haddad"),
    (P, " 88213 | Noor Haddad | noor.haddad@icloud.com", "Noor Haddad", "noor.haddad@icloud.com"),
    (N, "billing=> SELECT iban, dob FROM payout_accounts WHERE customer_id = 88213;"),
    (P, " \u27e6id:nl_iban_g12\u27e7 | 1991-02-07", "\u27e6id:nl_iban_g12\u27e7", "1991-02-07"),
    (P, "billing=> UPDATE customers SET national_id = '\u27e6id:bsn_g12\u27e7' WHERE id = 88213;", "\u27e6id:bsn_g12\u27e7"),
    (C, "billing=> ALTER ROLE billing_sync WITH PASSWORD '\u27e6pw:g12a\u27e7';", "\u27e6pw:g12a\u27e7"),
    (N, "ALTER ROLE"),
    (C, " mailgun | \u27e6mailgun:g12b\u27e7 | 2024-03-02 10:14:55+00", "\u27e6mailgun:g12b\u27e7"),
    (C, "billing=> \\! PGPASSWORD=\u27e6pwr:g12c\u27e7 pg_dump -h 10.20.5.12 -U billing_owner billing > /tmp/b.sql", "\u27e6pwr:g12c\u27e7"),
    (N, "ERROR:  permission denied for table payout_accounts (SQLSTATE 42501)"),
    (N, "billing=> SELECT txid_current(); -- 918273645"),
    (N, "billing=> \\password billing_sync   -- prompted twice, not echoed"),
)

# ============================================================== g13
grp(13, "JSON audit log (access-audit)", "English",
    (N, "{\"ts\":\"2024-07-01T06:12:44.201Z\",\"svc\":\"access-audit\",\"event\":\"gate.open\",\"facility\":\"MAN-02\",\"unit\":\"1F-033\",\"actor\":\"svc-gatekeeper\",\"result\":\"ok\",\"trace_id\":\"\u27e6la:hex32:g13a\u27e7\"}"),
    (P, "{\"ts\":\"2024-07-01T06:13:02.877Z\",\"event\":\"gate.open\",\"facility\":\"MAN-02\",\"actor\":\"cust:eleanor.pryce\",\"client_ip\":\"82.132.214.77\",\"result\":\"ok\"}", "eleanor.pryce", "82.132.214.77"),
    (C, "{\"ts\":\"2024-07-01T06:15:40.019Z\",\"event\":\"auth.login.failed\",\"username\":\"eleanor.pryce@gmail.com\",\"password_attempt\":\"\u27e6pw:g13a\u27e7\",\"reason\":\"bad_password\"}", "\u27e6pw:g13a\u27e7", "eleanor.pryce@gmail.com"),
    (N, "{\"ts\":\"2024-07-01T06:20:00.000Z\",\"event\":\"apikey.rotated\",\"key_id\":\"key_01J0Z8K4\",\"masked\":\"kbx_live_****************************7f2a\",\"by\":\"svc-secrets-rotator\"}"),
    (C, "{\"ts\":\"2024-07-01T06:20:00.412Z\",\"event\":\"apikey.created\",\"key_id\":\"key_01J0Z8M9\",\"key\":\"\u27e6kbx:g13b\u27e7\",\"by\":\"svc-secrets-rotator\"}", "\u27e6kbx:g13b\u27e7"),
    (P, "{\"ts\":\"2024-07-01T07:02:11.530Z\",\"event\":\"profile.updated\",\"actor\":\"cust:u_55021\",\"changes\":{\"phone\":[\"+44 7412 908 551\",\"+44 7958 331 604\"],\"address\":\"14 Ashbourne Grove, Salford M7 4DF\"}}", "+44 7412 908 551", "+44 7958 331 604", "14 Ashbourne Grove, Salford M7 4DF"),
    (N, "{\"ts\":\"2024-07-01T07:05:37.004Z\",\"event\":\"policy.denied\",\"actor\":\"svc-reporting\",\"resource\":\"s3://kbx-prod-euw1-contracts/2024/06/\",\"rule\":\"deny-unencrypted-get\",\"code\":\"AccessDenied\"}"),
    (C, "{\"ts\":\"2024-07-01T07:40:19.663Z\",\"event\":\"webhook.registered\",\"url\":\"https://discord.com/api/webhooks/1258731946201846784/\u27e6discord:g13c\u27e7\",\"by\":\"admin:jnwosu\"}", "\u27e6discord:g13c\u27e7", "jnwosu"),
    (N, "{\"ts\":\"2024-07-01T07:41:00.120Z\",\"event\":\"session.revoked\",\"session_id\":\"\u27e6la:uuid:g13b\u27e7\",\"reason\":\"password_changed\",\"count\":3}"),
    (P, "{\"ts\":\"2024-07-01T08:15:52.301Z\",\"event\":\"kyc.submitted\",\"actor\":\"cust:u_55021\",\"ni_number\":\"\u27e6id:nino_g13\u27e7\",\"dob\":\"1983-10-26\"}", "\u27e6id:nino_g13\u27e7", "1983-10-26"),
    (N, "{\"ts\":\"2024-07-01T08:30:00.000Z\",\"event\":\"config.changed\",\"key\":\"gate.pin.length\",\"old\":6,\"new\":7,\"by\":\"svc-terraform\",\"change\":\"KBX-3290\"}"),
    (P, "{\"ts\":\"2024-07-01T09:12:40.118Z\",\"event\":\"unit.transfer\",\"from\":\"cust:u_55021\",\"to_name\":\"Declan Moriarty\",\"to_email\":\"d.moriarty@eircom.net\"}", "Declan Moriarty", "d.moriarty@eircom.net"),
    (C, "{\"ts\":\"2024-07-01T08:31:26.845Z\",\"event\":\"mfa.sms.sent\",\"to\":\"+44 7958 331 604\",\"code\":\"\u27e6otp6:g13d\u27e7\",\"provider\":\"twilio\"}", "\u27e6otp6:g13d\u27e7", "+44 7958 331 604"),
    (N, "{\"ts\":\"2024-07-01T09:00:04.550Z\",\"event\":\"export.completed\",\"rows\":18211,\"sha256\":\"\u27e6la:hex64:g13c\u27e7\",\"kms_key\":\"arn:aws:kms:eu-west-1:123456789012:key/\u27e6la:uuid:g13d\u27e7\"}"),
)

# ============================================================== g14
grp(14, "runbook", "Fijian",
    (N, "# Runbook: Me vakabulai tale na gatekeeper ena SUV-01 (Suva)"),
    (N, "1. Raica mada na kena i tuvaki: kubectl -n gatekeeper get pods -l facility=suv-01"),
    (N, "2. Kevaka e CrashLoopBackOff, wilika na log: kubectl logs deploy/gatekeeper-suv01 --since=15m | grep -E 'E(409|503)'"),
    (C, "3. Curuma na router ena vale ni maroroi: ssh admin@10.61.0.1, na password e \u27e6pw:g14a\u27e7 (veisautaka ni oti na vula oqo!)", "\u27e6pw:g14a\u27e7"),
    (N, "4. Na password dina e tiko ena vault: vault kv get secret/facilities/suv-01/router \u2014 kakua ni vola eke."),
    (C, "5. Me veisautaki na DNS ena Cloudflare: export CF_API_TOKEN=\u27e6cf:g14b\u27e7", "\u27e6cf:g14b\u27e7"),
    (N, "6. Vakadeitaka ni sa lesu tale mai: curl -s https://gate-api.kestrelbox.com/healthz?facility=SUV-01 \u2192 200 OK"),
    (P, "## Ko ira me qiri vei ira: Manager ni SUV-01 \u2014 Mere Tuilagi, 938 4127", "Mere Tuilagi", "938 4127"),
    (P, "Technician ni bogi: Sailosi Naivalu, sailosi.naivalu@connect.com.fj, 707 2263", "Sailosi Naivalu", "sailosi.naivalu@connect.com.fj", "707 2263"),
    (P, "Kevaka e sega ni rawa, qiria na itaukei ni vale: Jone Raikadroka, Lot 14 Ratu Dovi Road, Nasinu", "Jone Raikadroka", "Lot 14 Ratu Dovi Road, Nasinu"),
    (N, "## Alert: Alertmanager route 'fiji-field' \u2192 PagerDuty service P7KQ2XZ, escalation policy 'Pacific-Ops'."),
    (C, "Kila mada: na gate code ni gauna ni leqa ena SUV-01 e \u27e6pin7s:g14c\u27e7 \u2014 me veisautaki ena vula yadua.", "\u27e6pin7s:g14c\u27e7"),
    (N, "Veisau: v7 \u00b7 2024-08-12 \u00b7 KBX-3471 \u00b7 vakadonui mai vei ops-lead@kestrelbox.net"),
)

# ============================================================== g15
grp(15, "support chat transcript", "Tongan",
    (N, "[Chat #C-220914 \u00b7 AKL-03 \u00b7 kamata 14:02 NZST \u00b7 lea: faka-Tonga]"),
    (N, "[14:02] KBX Tokoni (bot): M\u0101l\u014d e lelei! Ko e h\u0101 e me\u02bba te u lava \u02bbo tokoni\u02bbi koe \u02bbaki?"),
    (P, "[14:03] Kasitoma: M\u0101l\u014d. Ko hoku hingoa ko Sione Fifita, pea ko hoku fika telefoni ko 021 468 3392.", "Sione Fifita", "021 468 3392"),
    (P, "[14:04] Kasitoma: \u02bbOku \u02bbikai ke lava \u02bbo ava hoku loka \u02bbi he \u02bbiuniti 2D-117. Ko hoku \u02bbimeili ko sione.fifita77@xtra.co.nz", "sione.fifita77@xtra.co.nz"),
    (N, "[14:05] KBX Tokoni (bot): M\u0101l\u014d. \u02bbOku ou sio ki he fehalaaki GATE-E409 \u02bbi he \u02bbiuniti ko ia. Te u fetu\u02bbutaki ki ha taha ng\u0101ue."),
    (P, "[14:07] Losana (Tokoni): M\u0101l\u014d e lelei Sione, ko Losana eni. K\u0101taki \u02bbo fakapapau\u02bbi mai ho tu\u02bbasila.", "Losana", "Sione"),
    (P, "[14:08] Kasitoma: 27 Tidal Road, M\u0101ngere, Auckland 2022. Pea ko hoku fika IRD ko \u27e6id:ird_g15\u27e7 kapau \u02bboku fiema\u02bbu.", "27 Tidal Road, M\u0101ngere, Auckland 2022", "\u27e6id:ird_g15\u27e7"),
    (C, "[14:09] Kasitoma: Na\u02bba ku feinga ke h\u016b ki he app \u02bbaki hoku lea fuf\u016b \u27e6pw:g15a\u27e7 ka \u02bboku \u02bbikai ke ng\u0101ue.", "\u27e6pw:g15a\u27e7"),
    (N, "[14:10] KBX Tokoni (bot): \u26a0 K\u0101taki \u02bboua \u02bbe vahevahe ho lea fuf\u016b \u02bbi he chat ni. Kuo mau to\u02bbo ia mei he lekooti."),
    (C, "[14:12] Losana (Tokoni): Ko e kouti fakataimi ki he loka: \u27e6pin7s:g15b\u27e7, \u02bbe ng\u0101ue ia \u02bbo a\u02bbu ki he 18:00.", "\u27e6pin7s:g15b\u27e7", "Losana"),
    (C, "[14:13] Kasitoma: Pea ko e kouti na\u02bbe tuku mai \u02bbi he SMS ko e \u27e6otp6s:g15c\u27e7, ko ia ia?", "\u27e6otp6s:g15c\u27e7"),
    (N, "[14:15] KBX Tokoni (bot): Kuo t\u0101puni \u02bba e chat. Fika tikite KBX-3516 \u00b7 CSAT 5/5 \u00b7 taimi: 13m 02s."),
    (N, "[meta] widget=tenant-portal/chat 5.2.0.311 \u00b7 locale=to-TO \u00b7 conversation_id=\u27e6la:uuid:g15a\u27e7"),
)

# ============================================================== g16
grp(16, "Alertmanager webhook payload", "English",
    (N, "{\"version\":\"4\",\"groupKey\":\"{}/{severity=\\\"page\\\"}:{alertname=\\\"GatekeeperBrokerDown\\\"}\",\"status\":\"firing\",\"receiver\":\"pagerduty-ops\","),
    (N, "  \"groupLabels\":{\"alertname\":\"GatekeeperBrokerDown\"},\"commonLabels\":{\"cluster\":\"kbx-prod-afs1\",\"namespace\":\"gatekeeper\",\"severity\":\"page\"},"),
    (C, "  \"receiver_debug\":{\"target\":\"https://api.eu.opsgenie.com/v2/alerts\",\"header\":\"Authorization: GenieKey \u27e6uuidsec:g16a\u27e7\"},", "\u27e6uuidsec:g16a\u27e7"),
    (N, "  \"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"GatekeeperBrokerDown\",\"instance\":\"10.52.3.17:8883\",\"pod\":\"mosquitto-0\"},"),
    (N, "   \"startsAt\":\"2024-08-19T02:14:05.118Z\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"fingerprint\":\"\u27e6la:hex16:g16b\u27e7\"}],"),
    (P, "  \"annotations\":{\"summary\":\"Broker down at JNB-02\",\"description\":\"On-call Thabo Mokoena (+27 82 417 3390) notified via SMS\"},", "Thabo Mokoena", "+27 82 417 3390"),
    (C, "  \"commonAnnotations\":{\"dashboard\":\"https://grafana.kestrelbox.net/d/gk-broker?orgId=1&auth_token=\u27e6glsa:g16c\u27e7\"},", "\u27e6glsa:g16c\u27e7"),
    (N, "  \"commonAnnotations.runbook_url\":\"https://wiki.kestrelbox.net/runbooks/gatekeeper/broker-down\","),
    (P, "  \"generatorURL\":\"https://prometheus.kestrelbox.net/graph?g0.expr=up%7Bjob%3D%22mosquitto%22%7D&g0.tab=1&created_by=lerato.dlamini\",", "lerato.dlamini"),
    (C, "  \"_relay\":\"https://hooks.slack.com/services/T02KBX7QL/B07AF19ZK3/\u27e6slackhook:g16d\u27e7\",", "\u27e6slackhook:g16d\u27e7"),
    (C, "  \"_relay_teams\":\"https://kestrelbox.webhook.office.com/webhookb2/⟦la:uuid:g16f⟧@⟦la:uuid:g16g⟧/IncomingWebhook/⟦hex32:g16h⟧/⟦la:uuid:g16i⟧/⟦teamssig:g16j⟧\",", "⟦hex32:g16h⟧", "⟦teamssig:g16j⟧"),
    (P, "  \"customer_impact\":\"Unit 4A-221 tenant Nomvula Khumalo (nomvula.k@webmail.co.za) reported lockout, ticket KBX-3590\",", "Nomvula Khumalo", "nomvula.k@webmail.co.za"),
    (N, "  \"truncatedAlerts\":0}"),
    (N, "POST /alerts HTTP/1.1 -> 200 OK (alert-relay 1.6.0.44, took 38ms, X-Request-Id: \u27e6la:uuid:g16e\u27e7)"),
)

# ============================================================== g17
grp(17, "Sentry event JSON", "English",
    (N, "{\"event_id\":\"\u27e6la:hex32:g17a\u27e7\",\"level\":\"error\",\"platform\":\"python\",\"release\":\"billing-svc@7.3.1.220\",\"environment\":\"production\","),
    (N, " \"exception\":{\"values\":[{\"type\":\"psycopg.OperationalError\",\"value\":\"connection to server at \\\"pg-billing.internal\\\" (10.20.5.12), port 5432 failed: FATAL: password authentication failed for user \\\"billing_sync\\\"\","),
    (C, "   \"stacktrace\":{\"frames\":[{\"filename\":\"billing/db.py\",\"lineno\":48,\"function\":\"connect\",\"vars\":{\"dsn\":\"postgresql://billing_sync:\u27e6pwr:g17a\u27e7@pg-billing.internal:5432/billing\"}},", "\u27e6pwr:g17a\u27e7"),
    (C, "    {\"filename\":\"billing/stripe_client.py\",\"lineno\":112,\"function\":\"charge\",\"vars\":{\"self.api_key\":\"\u27e6rk_live:g17b\u27e7\",\"amount\":6400}},", "\u27e6rk_live:g17b\u27e7"),
    (P, "    {\"filename\":\"billing/refunds.py\",\"lineno\":77,\"function\":\"refund\",\"vars\":{\"customer\":\"{'name': 'Bronwen Llewellyn', 'email': 'bronwen.llew@yahoo.co.uk'}\"}}]}}]},", "Bronwen Llewellyn", "bronwen.llew@yahoo.co.uk"),
    (P, " \"message\":\"Refund failed for Bronwen Llewellyn (DOB 1974-09-30), card \u27e6id:card_g17\u27e7\",", "Bronwen Llewellyn", "1974-09-30", "\u27e6id:card_g17\u27e7"),
    (P, " \"user\":{\"id\":\"u_71204\",\"email\":\"bronwen.llew@yahoo.co.uk\",\"ip_address\":\"31.94.17.206\",\"username\":\"bllewellyn\"},", "bronwen.llew@yahoo.co.uk", "31.94.17.206", "bllewellyn"),
    (C, " \"request\":{\"url\":\"https://billing-api.kestrelbox.net/v1/refunds\",\"method\":\"POST\",\"headers\":{\"Authorization\":\"Bearer \u27e6jwt:g17c\u27e7\",\"Cookie\":\"[Filtered]\"}},", "\u27e6jwt:g17c\u27e7"),
    (N, " \"contexts\":{\"trace\":{\"trace_id\":\"\u27e6la:hex32:g17b\u27e7\",\"span_id\":\"\u27e6la:hex16:g17c\u27e7\",\"op\":\"http.server\"},\"runtime\":{\"name\":\"CPython\",\"version\":\"3.11.9\"}},"),
    (P, " \"breadcrumbs\":[{\"category\":\"query\",\"message\":\"UPDATE payout_accounts SET iban='\u27e6id:gb_iban_g17\u27e7' WHERE customer_id=71204\"}],", "\u27e6id:gb_iban_g17\u27e7"),
    (N, " \"tags\":{\"transaction\":\"POST /v1/refunds\",\"server_name\":\"billing-svc-6d9f8b7c5d-x2kqp\",\"handled\":\"no\",\"mechanism\":\"logging\"},"),
    (N, " \"fingerprint\":[\"{{ default }}\",\"pg-auth\"],\"sdk\":{\"name\":\"sentry.python\",\"version\":\"2.5.1\"},\"_meta\":{\"request\":{\"headers\":{\"Cookie\":{\"\":{\"rem\":[[\"@password:filter\",\"s\"]]}}}}},"),
    (N, " \"extra\":{\"sys.argv\":[\"gunicorn\",\"billing.wsgi\",\"--workers\",\"4\"],\"celery_task_id\":\"\u27e6la:uuid:g17d\u27e7\"}}"),
)

# ============================================================== g18
grp(18, "Jira CSV export", "Guarani",
    (N, "Issue key,Summary,Status,Priority,Created,Labels"),
    (N, "KBX-3601,\"Ok\u1ebd ASU-01-pe ndoipe\u1e2fri app rupive\",Open,High,2024-09-02,gatekeeper;asu-01"),
    (P, "KBX-3602,\"Ram\u00f3n Ben\u00edtez ohen\u00f3i 0981 472 615 guive, ndaikat\u00fai oike ikoty 1B-052-pe\",In Progress,Medium,2024-09-02,soporte", "Ram\u00f3n Ben\u00edtez", "0981 472 615"),
    (P, "KBX-3603,\"Ojer\u00e9ure Ram\u00f3n-pe omoing\u00e9 hag\u0303ua iRUC \u27e6id:ruc_g18\u27e7 factura-pe\",Open,Low,2024-09-03,facturaci\u00f3n", "Ram\u00f3n", "\u27e6id:ruc_g18\u27e7"),
    (P, "KBX-3604,\"Kli\u00e9nte r\u00f3ga: Tte. Fari\u00f1a 1234 c/ Brasil, Asunci\u00f3n; c\u00e9dula 3.456.789\",Waiting,Medium,2024-09-03,kyc", "Tte. Fari\u00f1a 1234 c/ Brasil, Asunci\u00f3n", "3.456.789"),
    (C, "KBX-3605,\"Liz Gim\u00e9nez omo\u0129 ko'\u00e1pe ASU-01 router \u00f1e'\u1ebd\u00f1emi: \u27e6pw:g18a\u27e7 \u2014 emoambue pya'e\",Open,Highest,2024-09-04,seguridad", "\u27e6pw:g18a\u27e7", "Liz Gim\u00e9nez"),
    (N, "KBX-3606,\"Gatekeeper firmware 2.4.0.19 oike 2.3.9.7 r\u00e9ngu\u00e9; commit \u27e6la:sha40:g18a\u27e7\",Done,Medium,2024-09-04,firmware"),
    (C, "KBX-3607,\"Mercado Pago access token ojehecha log-pe: \u27e6mp:g18b\u27e7 \u2014 ojeipe'a va'er\u00e3\",Open,Highest,2024-09-05,seguridad", "\u27e6mp:g18b\u27e7"),
    (N, "KBX-3608,\"\u00d1e'\u1ebd\u00f1emi oi vault-pe: vault kv get secret/facilities/asu-01/router; ani rehai Jira-pe\",Done,Low,2024-09-05,seguridad"),
    (P, "KBX-3609,\"Ram\u00f3n Ben\u00edtez ohai or\u00e9ve ramon.benitez.py@hotmail.com rupive, ha'e onase 22/08/1968\",Open,Low,2024-09-06,soporte", "Ram\u00f3n Ben\u00edtez", "ramon.benitez.py@hotmail.com", "22/08/1968"),
    (C, "KBX-3610,\"Liz-pe oje'mondo SMS rupive c\u00f3digo \u27e6otp6s:g18c\u27e7 2FA ombopyahu hag\u0303ua\",Done,Low,2024-09-06,2fa", "\u27e6otp6s:g18c\u27e7", "Liz"),
    (N, "KBX-3611,\"Error 502 Bad Gateway quote-svc-pe; trace \u27e6la:hex32:g18d\u27e7\",Open,Medium,2024-09-07,quote-svc"),
    (N, "KBX-3612,\"Tarjeta de prueba 4000 0000 0000 0002 (Stripe, ojeipuru testing-pe a\u00f1oite)\",Done,Low,2024-09-07,qa"),
)

# ============================================================== g19
grp(19, "customer email", "Tswana",
    (N, "Setlhogo: Kopo ya go busediwa madi \u2013 lebokose 3C-140, MHK-01"),
    (P, "Go tswa go: Kagiso Molefe <kagiso.molefe@gmail.com>", "Kagiso Molefe", "kagiso.molefe@gmail.com"),
    (N, "Dumela Kestrelbox, ke kwala ka ntlha ya tuelo e e dirilweng gabedi mo kgweding ya Seetebosigo (Invoice INV-2024-06-18834)."),
    (P, "Nomoro ya me ya boitshupo ke \u27e6id:za_id_g19\u27e7 mme ke nna kwa 12 Nelson Mandela Drive, Mahikeng, 2745.", "\u27e6id:za_id_g19\u27e7", "12 Nelson Mandela Drive, Mahikeng, 2745"),
    (P, "O ka mpitsa mo 072 418 9035 kgotsa wa romela molaetsa mo WhatsApp.", "072 418 9035"),
    (C, "Ke lekile go tsena mo app ka lefoko la sephiri \u27e6pw:g19a\u27e7 mme ga le dire, ke kopa lo nthuse.", "\u27e6pw:g19a\u27e7"),
    (P, "Akhaonto ya me ya banka: FNB, nomoro 62841907735, khoutu ya lekala 250655.", "62841907735"),
    (C, "Lo nthomeletse khoutu ya OTP \u27e6otp6s:g19b\u27e7 mme e fedile pele ke e dirisa.", "\u27e6otp6s:g19b\u27e7"),
    (N, "Ke a leboga, ke letetse karabo ya lona. (E rometswe go tswa mo Outlook for Android)"),
    (N, "--- Karabo ya maitirelo: Re amogetse kopo ya gago. Nomoro ya kgetsi: #62290. Re tla go araba mo diureng di le 48."),
    (P, "Ntshwarele \u2013 ke tlhomamisa gape gore ke tsetswe ka 1988-04-15, jaaka go kwadilwe mo ID.", "1988-04-15"),
    (C, "P.S. Khoutu ya me ya go bula kgoro e sa ntse e le \u27e6pin7s:g19c\u27e7? Ke batla go e fetola.", "\u27e6pin7s:g19c\u27e7"),
    (N, "Kestrelbox (Pty) Ltd \u00b7 Reg. 2015/218845/07 \u00b7 Tshireletso ya data: privacy@kestrelbox.com"),
)

# ============================================================== g20
grp(20, "curl -v and HAR trace", "English",
    (N, "$ curl -v https://api.kestrelbox.com/v2/units/2B-310/unlock -X POST -H 'Content-Type: application/json'"),
    (N, "*   Trying 10.30.1.5:443... * Connected to api.kestrelbox.com (10.30.1.5) port 443"),
    (N, "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384; server certificate SHA-256 fingerprint \u27e6la:fp:g20a\u27e7"),
    (C, "> Authorization: Basic \u27e6basic:g20a:tenant-portal\u27e7", "\u27e6basic:g20a:tenant-portal\u27e7"),
    (C, "> Cookie: kbx_session=\u27e6sess:g20b\u27e7; _ga=GA1.2.1843920571.1717401123; consent=analytics", "\u27e6sess:g20b\u27e7"),
    (N, "> X-Request-Id: \u27e6la:uuid:g20b\u27e7"),
    (P, "> X-Forwarded-For: 151.229.84.17, 10.30.1.5", "151.229.84.17"),
    (P, "> {\"unit\":\"2B-310\",\"requested_by\":{\"name\":\"Callum MacLeod\",\"phone\":\"07853 226 419\"}}", "Callum MacLeod", "07853 226 419"),
    (N, "< HTTP/2 403 < x-kbx-error: GATE_FORBIDDEN_OUTSIDE_HOURS < retry-after: 3600"),
    (P, "< {\"error\":\"outside_hours\",\"message\":\"Unit 2B-310 (Callum MacLeod, callum.macleod@proton.me) may be opened between 06:00 and 22:00\"}", "Callum MacLeod", "callum.macleod@proton.me"),
    (C, "HAR entries[3].request.queryString: [{\"name\":\"key\",\"value\":\"\u27e6google:g20c\u27e7\"}] (maps.googleapis.com/maps/api/geocode/json)", "\u27e6google:g20c\u27e7"),
    (C, "HAR entries[5].response.headers: [{\"name\":\"Set-Cookie\",\"value\":\"kbx_refresh=\u27e6refresh:g20d\u27e7; Path=/; HttpOnly; Secure; SameSite=Lax\"}]", "\u27e6refresh:g20d\u27e7"),
    (N, "HAR entries[5].timings: {\"blocked\":0.4,\"dns\":-1,\"connect\":-1,\"ssl\":-1,\"send\":0.1,\"wait\":212.7,\"receive\":1.3}"),
)

# ============================================================== g21
grp(21, "Terraform", "English",
    (N, "resource \"aws_db_instance\" \"billing\" {"),
    (N, "  identifier     = \"kbx-prod-euw1-billing\"  engine_version = \"16.3\""),
    (C, "  password       = \"\u27e6pw:g21a\u27e7\" # TODO: switch to manage_master_user_password", "\u27e6pw:g21a\u27e7"),
    (N, "  # stg reads the password from var.billing_db_password (sensitive = true)"),
    (C, "provider \"cloudflare\" { api_token = \"\u27e6cf:g21b\u27e7\" }", "\u27e6cf:g21b\u27e7"),
    (N, "data \"vault_generic_secret\" \"stripe\" { path = \"secret/billing/stripe\" }"),
    (C, "provider \"aws\" { access_key = \"\u27e6akid:g21c\u27e7\"  secret_key = \"\u27e6aws_secret:g21d\u27e7\" }", "\u27e6akid:g21c\u27e7", "\u27e6aws_secret:g21d\u27e7"),
    (C, "resource \"azurerm_storage_account\" \"contracts\" { # connection_string = \"DefaultEndpointsProtocol=https;AccountName=kbxcontracts;AccountKey=⟦azure:g21e⟧;EndpointSuffix=core.windows.net\" }", "⟦azure:g21e⟧"),
    (N, "provider \"aws\" { access_key = \"AKIAIOSFODNN7EXAMPLE\" secret_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\" } # AWS docs example, tests/fixtures only"),
    (P, "  tags = { Owner = \"rhiannon.pritchard\", CostCentre = \"CC-4410\", Team = \"payments\" }", "rhiannon.pritchard"),
    (P, "resource \"aws_iam_user\" \"break_glass\" { name = \"rhiannon.pritchard@kestrelbox.net\" }", "rhiannon.pritchard@kestrelbox.net"),
    (P, "  # break-glass contact: Dafydd Pritchard +44 7765 203 918 (Rhiannon's partner, on-call cover)", "Dafydd Pritchard", "+44 7765 203 918", "Rhiannon"),
    (N, "# state: s3://kbx-tfstate-prod/billing/terraform.tfstate (serial 412, lineage \u27e6la:uuid:g21a\u27e7)"),
    (N, "module \"gatekeeper_vpc\" { source = \"git::https://github.com/kestrelbox/tf-modules.git//vpc?ref=v2.14.0\"  cidr = \"10.20.0.0/16\" }"),
)

# ============================================================== g22
grp(22, "call transcript", "Chichewa",
    (N, "[Zolembedwa zokha \u00b7 foni #8824-LLW \u00b7 2024-10-08 \u00b7 nthawi 05:12 \u00b7 LLW-01]"),
    (P, "Wothandiza: Moni, mukuyankhula ndi Tiwonge wa Kestrelbox, ndingakuthandizeni bwanji?", "Tiwonge"),
    (P, "Kasitomala: Moni, dzina langa ndine Chisomo Banda, ndili ndi bokosi 1A-087 ku Lilongwe.", "Chisomo Banda"),
    (N, "Wothandiza: Chonde ndipatseni nambala ya akaunti yanu, osati mawu achinsinsi."),
    (N, "Kasitomala: Akaunti yanga ndi CUST-0120447."),
    (P, "Kasitomala: Nambala yanga ya foni ndi 0999 214 738, ndipo ndimakhala ku Area 47, Sector 3, Nyumba 112, Lilongwe.", "0999 214 738", "Area 47, Sector 3, Nyumba 112, Lilongwe"),
    (C, "Kasitomala: Mawu achinsinsi anga a app ndi \u27e6pw:g22a\u27e7, koma sakugwira ntchito.", "\u27e6pw:g22a\u27e7"),
    (N, "Wothandiza: Ndikuona vuto GATE-E409 pa chitseko chanu; ndatsegula tikiti KBX-3655."),
    (C, "Wothandiza: Ndakutumizirani nambala ya kanthawi yotsegulira chipata: \u27e6pin7s:g22b\u27e7.", "\u27e6pin7s:g22b\u27e7"),
    (P, "Kasitomala: Kodi ndalama zanga mungazibweze pa Airtel Money 0991 563 204, dzina la Chisomo Banda?", "0991 563 204", "Chisomo Banda"),
    (C, "Kasitomala: Ndalandira SMS ya nambala \u27e6otp6s:g22c\u27e7, ndiyiike pati?", "\u27e6otp6s:g22c\u27e7"),
    (N, "Wothandiza: Ayi, musandiwuze nambalayo. Muilowetse nokha mu app. Zikomo poimbira Kestrelbox."),
    (N, "[Mapeto \u00b7 kukhutira: 4/5 \u00b7 chilankhulo: ny \u00b7 ASR v3.2.1.8]"),
)

# ============================================================== g23
grp(23, "shift handover notes", "Luganda",
    (N, "Ebiwandiiko by'okukwasa omulimu \u2013 KLA-01 \u2013 2024-10-21, essaawa 18:00"),
    (P, "Okuva ku: Nakato Aisha \u00b7 Okutuuka ku: Mukasa Ronald", "Nakato Aisha", "Mukasa Ronald"),
    (N, "1. Gatekeeper ku KLA-01 yazzeemu okukola oluvannyuma lw'okuddamu okutandika mosquitto-bridge (KBX-3701)."),
    (C, "2. Ekigambo ky'ekyama ekipya ekya router kye \u27e6pw:g23a\u27e7 \u2014 nkiwandiise wano kubanga vault yali tekola, kikyuse enkya.", "\u27e6pw:g23a\u27e7"),
    (N, "   Kati kiterekeddwa mu: vault kv get secret/facilities/kla-01/router (version 7)."),
    (P, "3. Omuguzi Namubiru Grace (0772 419 653) yeemulugunya nti yasasudde emirundi ebiri ku MTN MoMo.", "Namubiru Grace", "0772 419 653"),
    (P, "   NIN ye: \u27e6id:nin_g23\u27e7 \u2014 yagiwandiise mu chat, tugisangule.", "\u27e6id:nin_g23\u27e7"),
    (C, "4. MTN MoMo API: Ocp-Apim-Subscription-Key \u27e6hex32:g23b\u27e7 yalabikidde mu logs za notify-svc \u2014 ligyibwewo.", "\u27e6hex32:g23b\u27e7"),
    (P, "5. Mukasa, nkusaba okukubira Namubiru essimu enkya; abeera ku Plot 24, Kisaasi Road, Kampala.", "Mukasa", "Namubiru", "Plot 24, Kisaasi Road, Kampala"),
    (C, "6. Koodi y'omulyango ey'akaseera: \u27e6pin7s:g23c\u27e7 (eweereddwa Namubiru Grace) \u2014 ejja kuggwaako essaawa 22:00.", "\u27e6pin7s:g23c\u27e7", "Namubiru Grace"),
    (N, "7. Alert: NotifySvcSmsFailureRate > 5% ku kbx-prod-afs1, fingerprint \u27e6la:hex16:g23a\u27e7 \u2014 kyakoleddwako."),
    (N, "8. Deploy: notify-svc 2.9.4.118 (commit \u27e6la:sha40:g23b\u27e7) ku kbx-prod-afs1 \u2014 buli kimu kiri bulungi."),
    (N, "Okukwasa omulimu kuwedde. Akkiriza: oncall-afs@kestrelbox.net"),
)

# ============================================================== g24
grp(24, "kubectl session with k8s Secret", "English",
    (N, "$ kubectl -n notify get secret notify-svc-creds -o yaml"),
    (N, "kind: Secret  # apiVersion: v1, type: Opaque, namespace: notify"),
    (C, "  TWILIO_AUTH_TOKEN: \u27e6b64of:hex32:g24a\u27e7", "\u27e6b64of:hex32:g24a\u27e7"),
    (C, "  SENDGRID_API_KEY: \u27e6b64of:sendgrid:g24b\u27e7", "\u27e6b64of:sendgrid:g24b\u27e7"),
    (N, "  SMS_SENDER_ID: S2VzdHJlbGJveA=="),
    (N, "  resourceVersion: \"48213377\"  uid: \u27e6la:uuid:g24a\u27e7"),
    (C, "$ kubectl -n notify get secret notify-svc-creds -o jsonpath='{.data.TWILIO_AUTH_TOKEN}' | base64 -d -> \u27e6hex32:g24a\u27e7", "\u27e6hex32:g24a\u27e7"),
    (P, "  annotations: { kestrelbox.net/owner: \"femi.adebayo\", kestrelbox.net/approved-by: \"Ingrid Solberg\" }", "femi.adebayo", "Ingrid Solberg"),
    (N, "$ kubectl -n notify rollout restart deploy/notify-svc -> deployment.apps/notify-svc restarted"),
    (P, "$ kubectl -n notify logs deploy/notify-svc | grep 'to=+47' -> sms sent to=+47 412 67 390 template=gate_code_v2 customer=\"Ingvild Haugen\"", "+47 412 67 390", "Ingvild Haugen"),
    (C, "sms body=\"Your Kestrelbox gate code for unit 3A-212 is \u27e6pin7:g24c\u27e7. Valid 24h.\"", "\u27e6pin7:g24c\u27e7"),
    (N, "  # managed-by: external-secrets.io/v1beta1 ExternalSecret notify-svc-creds (refreshInterval 1h)"),
    (P, "$ kubectl -n notify exec deploy/notify-svc -- cat /data/last_failed.json -> {\"to\":\"ingvild.haugen@online.no\",\"fnr\":\"\u27e6id:fnr_g24\u27e7\"}", "ingvild.haugen@online.no", "\u27e6id:fnr_g24\u27e7"),
)

# ============================================================== g25
grp(25, "nginx access log", "English",
    (N, "10.42.3.7 - - [12/Nov/2024:06:25:01 +0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001 uct=0.000"),
    (P, "81.145.62.190 - - [12/Nov/2024:06:25:14 +0000] \"GET /v2/units?facility=LDN-07 HTTP/2.0\" 200 5123 \"-\" \"Kestrelbox/5.2.0 (iPhone; iOS 17.6.1)\"", "81.145.62.190"),
    (C, "81.145.62.190 - - [12/Nov/2024:06:25:15 +0000] \"GET /v2/units/1F-033/open?token=\u27e6jwt:g25a\u27e7 HTTP/2.0\" 200 61 \"-\" \"Kestrelbox/5.2.0 (iPhone; iOS 17.6.1)\"", "\u27e6jwt:g25a\u27e7", "81.145.62.190"),
    (C, "10.42.3.9 - svc-reporting [12/Nov/2024:06:26:00 +0000] \"GET /internal/export HTTP/1.1\" 200 88412 \"-\" \"python-requests/2.32.3\" auth=\"Basic \u27e6basic:g25b:svc-reporting\u27e7\"", "\u27e6basic:g25b:svc-reporting\u27e7"),
    (P, "2a02:c7c:5e41:7d00:91f2:3b1e:8c4a:2d60 - - [12/Nov/2024:06:26:31 +0000] \"POST /v2/login HTTP/2.0\" 401 47 \"https://my.kestrelbox.com/login?email=joanna.kerr%40gmail.com\" \"Mozilla/5.0\"", "2a02:c7c:5e41:7d00:91f2:3b1e:8c4a:2d60", "joanna.kerr%40gmail.com"),
    (N, "10.42.3.7 - - [12/Nov/2024:06:26:45 +0000] \"GET /metrics HTTP/1.1\" 200 18233 \"-\" \"Prometheus/2.53.0\""),
    (C, "86.12.201.44 - - [12/Nov/2024:06:27:02 +0000] \"GET /reset-password?uid=u_66310&code=\u27e6reset:g25c\u27e7 HTTP/2.0\" 302 0 \"-\" \"Mozilla/5.0\"", "\u27e6reset:g25c\u27e7", "86.12.201.44"),
    (N, "10.42.3.7 - - [12/Nov/2024:06:27:10 +0000] \"GET /static/app.9f3c2b1e.js HTTP/1.1\" 304 0 \"-\" \"Mozilla/5.0\" rt=0.000"),
    (P, "94.119.64.3 - - [12/Nov/2024:06:27:33 +0000] \"GET /admin/customers/search?name=Fergus%20Doherty HTTP/2.0\" 200 812 \"-\" \"Mozilla/5.0\"", "94.119.64.3", "Fergus%20Doherty"),
    (N, "2024/11/12 06:27:44 [error] 31#31: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: \"http://10.42.7.19:8080/v2/quote\""),
    (N, "10.42.3.8 - - [12/Nov/2024:06:28:00 +0000] \"GET /v2/quote?size=M&facility=MAN-02 HTTP/1.1\" 200 304 \"-\" \"k6/0.52.0 (https://k6.io/)\" req_id=\u27e6la:hex32:g25a\u27e7"),
    (P, "2.31.190.215 - - [12/Nov/2024:06:28:12 +0000] \"GET /v2/profile HTTP/2.0\" 200 642 \"-\" \"okhttp/4.12.0\" user=maeve.oconnor", "2.31.190.215", "maeve.oconnor"),
    (N, "10.42.3.7 - - [12/Nov/2024:06:29:00 +0000] \"GET /.well-known/security.txt HTTP/1.1\" 200 212 \"-\" \"kbx-sec-scanner/1.4\""),
)

# ============================================================== g26
grp(26, "Slack thread #ops-accra", "Twi",
    (N, "[07:58] incident-bot: INC-4590 abue \u2014 gatekeeper ACC-01 ntumi nkeka MQTT broker no ho, sev3"),
    (P, "[08:01] kwame.asante: Mema mo akye. Merek\u0254 ACC-01 seesei, m\u025bduru w\u0254 simma 30 mu.", "kwame.asante"),
    (C, "[08:07] abena.owusu: Router no password foforo ne \u27e6pw:g26a\u27e7 \u2014 mesr\u025b wo, mfa nhy\u025b channel yi mu bio.", "\u27e6pw:g26a\u27e7", "abena.owusu"),
    (N, "[08:08] security-bot: :warning: \u0190s\u025b s\u025b ns\u025bm a \u025by\u025b kokoam k\u0254 vault mu: vault kv put secret/facilities/acc-01/router."),
    (P, "[08:15] kwame.asante: Kasitoma Yaw Boateng fr\u025b\u025b me, ne n\u0254ma ne 024 381 7725, \u0254ntumi mmue n'adaka 2C-061.", "kwame.asante", "Yaw Boateng", "024 381 7725"),
    (P, "[08:17] abena.owusu: Yaw Boateng Ghana Card n\u0254ma ne \u27e6id:ghcard_g26\u27e7, \u0254de too ticket no mu; yi fi h\u0254.", "abena.owusu", "Yaw Boateng", "\u27e6id:ghcard_g26\u27e7"),
    (C, "[08:20] kwame.asante: Mede gate code \u27e6pin7s:g26b\u27e7 ama no, \u025bb\u025by\u025b adwuma kosi 14:00.", "\u27e6pin7s:g26b\u27e7", "kwame.asante"),
    (N, "[08:24] gatekeeper-bot: ACC-01-ctrl-02 asan aba intan\u025bt so. firmware 2.4.0.19, latency p95 84ms."),
    (C, "[08:30] abena.owusu: MoMo API key no ahy\u025b log mu: Ocp-Apim-Subscription-Key: \u27e6hex32:g26c\u27e7 \u2014 mesesa no \u025bnn\u025b.", "\u27e6hex32:g26c\u27e7", "abena.owusu"),
    (P, "[08:33] kwame.asante: Yaw te Plot 17, Adjiringanor, East Legon, Accra \u2014 s\u025b y\u025bb\u025bmane krataa a.", "kwame.asante", "Yaw", "Plot 17, Adjiringanor, East Legon, Accra"),
    (N, "[08:40] incident-bot: INC-4590 ato mu. Ntease: firmware 2.4.0.19 mu bug, KBX-3712 b\u025bsiesie."),
    (N, "[08:41] oncall-afs: Dashboards: https://grafana.kestrelbox.net/d/gk-acc01 \u00b7 trace \u27e6la:hex32:g26a\u27e7"),
    (N, "[08:45] gatekeeper-bot: Nkae: mfa kasitoma ns\u025bm (n\u0254ma, address) nhy\u025b Slack mu. Fa ticket system no."),
)

# ============================================================== g27
grp(27, "support ticket", "Punjabi (Shahmukhi)",
    (N, "\u0679\u06a9\u0679 #64021 \u00b7 \u062d\u0627\u0644\u062a: \u06a9\u06be\u0644\u0627 \u00b7 \u062a\u0631\u062c\u06cc\u062d: \u0627\u064f\u0686\u06cc \u00b7 \u0686\u06cc\u0646\u0644: \u0627\u06cc \u0645\u06cc\u0644 \u00b7 \u0641\u06cc\u0633\u0644\u0679\u06cc LHE-01"),
    (P, "\u0628\u06be\u06cc\u062c\u0646 \u0648\u0627\u0644\u0627: \u0645\u062d\u0645\u062f \u0639\u0645\u0631\u0627\u0646 \u0686\u0648\u06c1\u062f\u0631\u06cc <imran.chaudhry85@yahoo.com>", "\u0645\u062d\u0645\u062f \u0639\u0645\u0631\u0627\u0646 \u0686\u0648\u06c1\u062f\u0631\u06cc", "imran.chaudhry85@yahoo.com"),
    (N, "\u0633\u0644\u0627\u0645\u060c \u0645\u06cc\u0631\u06d2 \u0633\u0679\u0648\u0631\u06cc\u062c \u06cc\u0648\u0646\u0679 3D-095 \u062f\u0627 \u062f\u0631\u0648\u0627\u0632\u06c1 \u0627\u06cc\u067e \u0646\u0627\u0644 \u0646\u0626\u06cc\u06ba \u06a9\u06be\u0644\u062f\u0627\u060c \u0627\u06cc\u0631\u0631 GATE-E503 \u0622\u0624\u0646\u062f\u0627 \u0627\u06d2\u06d4"),
    (P, "\u0645\u06cc\u0631\u0627 \u0634\u0646\u0627\u062e\u062a\u06cc \u06a9\u0627\u0631\u0688 \u0646\u0645\u0628\u0631 \u27e6id:cnic_g27\u27e7 \u0627\u06d2 \u062a\u06d2 \u0641\u0648\u0646 0300-4726185 \u0627\u06d2\u06d4", "\u27e6id:cnic_g27\u27e7", "0300-4726185"),
    (P, "\u0645\u06cc\u0631\u0627 \u067e\u062a\u06c1: \u0645\u06a9\u0627\u0646 42\u060c \u06af\u0644\u06cc 7\u060c \u0628\u0644\u0627\u06a9 C\u060c \u062c\u0648\u06c1\u0631 \u0679\u0627\u0624\u0646\u060c \u0644\u0627\u06c1\u0648\u0631\u06d4", "\u0645\u06a9\u0627\u0646 42\u060c \u06af\u0644\u06cc 7\u060c \u0628\u0644\u0627\u06a9 C\u060c \u062c\u0648\u06c1\u0631 \u0679\u0627\u0624\u0646\u060c \u0644\u0627\u06c1\u0648\u0631"),
    (C, "\u0645\u06cc\u06ba \u0627\u06cc\u067e \u0648\u0686 \u0627\u067e\u0646\u0627 \u067e\u0627\u0633 \u0648\u0631\u0688 \u27e6pw:g27a\u27e7 \u067e\u0627\u06cc\u0627 \u067e\u0631 \u0644\u0627\u06af \u0627\u0646 \u0646\u0626\u06cc\u06ba \u06c1\u0648\u06cc\u0627\u06d4", "\u27e6pw:g27a\u27e7"),
    (P, "\u0631\u06cc\u0641\u0646\u0688 \u0644\u0626\u06cc \u0645\u06cc\u0631\u0627 IBAN \u0627\u06d2: \u27e6id:pk_iban_g27\u27e7", "\u27e6id:pk_iban_g27\u27e7"),
    (C, "\u0645\u06cc\u0646\u0648\u06ba SMS \u062a\u06d2 \u06a9\u0648\u0688 \u27e6otp6s:g27b\u27e7 \u0622\u06cc\u0627 \u0633\u06cc\u060c \u0627\u0648\u06c1 \u0648\u06cc \u06a9\u0645 \u0646\u0626\u06cc\u06ba \u06a9\u06cc\u062a\u0627\u06d4", "\u27e6otp6s:g27b\u27e7"),
    (N, "\u0627\u0646\u062f\u0631\u0648\u0646\u06cc \u0646\u0648\u0679 (support-bot): \u06af\u0627\u06c1\u06a9 \u062f\u0627 \u06a9\u06be\u0627\u062a\u06c1 CUST-0133092\u060c \u067e\u0644\u0627\u0646 Box S\u060c \u06a9\u0648\u0626\u06cc \u0628\u0642\u0627\u06cc\u0627 \u0646\u0626\u06cc\u06ba\u06d4"),
    (C, "\u0627\u0646\u062f\u0631\u0648\u0646\u06cc \u0646\u0648\u0679: \u0644\u0627\u06af \u0648\u0686 JAZZCASH_INTEGRITY_SALT=\u27e6salt10:g27c\u27e7 \u0646\u0638\u0631 \u0622\u06cc\u0627\u060c \u0641\u0648\u0631\u0627\u064b \u0628\u062f\u0644\u0648\u06d4", "\u27e6salt10:g27c\u27e7"),
    (P, "\u062c\u0648\u0627\u0628 (\u0639\u0627\u0626\u0634\u06c1\u060c \u0633\u067e\u0648\u0631\u0679): \u0639\u0645\u0631\u0627\u0646 \u0635\u0627\u062d\u0628\u060c \u062a\u06c1\u0627\u0688\u06cc \u0634\u06a9\u0627\u06cc\u062a KBX-3740 \u0648\u0686 \u062f\u0631\u062c \u06c1\u0648 \u06af\u0626\u06cc \u0627\u06d2\u06d4", "\u0639\u0627\u0626\u0634\u06c1", "\u0639\u0645\u0631\u0627\u0646"),
    (N, "\u062c\u0648\u0627\u0628 (\u0679\u06cc\u0645\u067e\u0644\u06cc\u0679): \u0627\u0633\u06cc\u06ba \u06a9\u062f\u06cc \u0648\u06cc \u062a\u06c1\u0627\u0688\u0627 \u067e\u0627\u0633 \u0648\u0631\u0688 \u06cc\u0627 OTP \u0646\u0626\u06cc\u06ba \u0645\u0646\u06af\u062f\u06d2\u06d4 \u067e\u0627\u0633 \u0648\u0631\u0688 \u0628\u062f\u0644\u0646 \u0644\u0626\u06cc my.kestrelbox.com/security \u0648\u06cc\u06a9\u06be\u0648\u06d4"),
    (N, "SLA: \u067e\u06c1\u0644\u0627 \u062c\u0648\u0627\u0628 1 \u06af\u06be\u0646\u0679\u06c1 12 \u0645\u0646\u0679 \u0648\u0686 \u00b7 CSAT 4/5 \u00b7 \u0628\u0646\u062f: \u062e\u0648\u062f\u06a9\u0627\u0631\u060c 72 \u06af\u06be\u0646\u0679\u06d2 \u0628\u0639\u062f"),
)

# ============================================================== g28
grp(28, "docker-compose.local.yml", "English",
    (N, "version: \"3.9\"  # docker-compose.local.yml for quote-svc"),
    (N, "    image: registry.kestrelbox.net/pricing/quote-svc@sha256:\u27e6la:hex64:g28a\u27e7"),
    (C, "      - REDIS_URL=redis://default:\u27e6pwr:g28a\u27e7@redis:6379/0", "\u27e6pwr:g28a\u27e7"),
    (C, "      - OPENAI_API_KEY=\u27e6openai:g28b\u27e7", "\u27e6openai:g28b\u27e7"),
    (N, "      - OPENAI_API_KEY_FILE=/run/secrets/openai_api_key"),
    (C, "      - MAPBOX_TOKEN=\u27e6mapbox:g28c\u27e7", "\u27e6mapbox:g28c\u27e7"),
    (P, "      - SEED_USER_EMAIL=thomas.ekwueme@gmail.com   # Thomas's personal account, remove", "thomas.ekwueme@gmail.com", "Thomas"),
    (N, "      - POSTGRES_PASSWORD=changeme   # local only, placeholder"),
    (P, "    labels: { maintainer: \"Thomas Ekwueme <t.ekwueme@kestrelbox.net>\" }", "Thomas Ekwueme", "t.ekwueme@kestrelbox.net"),
    (N, "    healthcheck: { test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/healthz\"], interval: 10s, retries: 5 }"),
    (P, "    extra_hosts: [\"home-vpn:82.34.117.201\"]  # Thomas's home IP for the allowlist test", "82.34.117.201", "Thomas"),
    (N, "secrets: { openai_api_key: { file: ./secrets/openai_api_key.txt } }"),
    (N, "      - HF_TOKEN=${HF_TOKEN:?set HF_TOKEN in your shell}   # never commit the value"),
    (C, "      - STRIPE_WEBHOOK_SECRET=\u27e6whsec:g28d\u27e7", "\u27e6whsec:g28d\u27e7"),
)

# ============================================================== g29
grp(29, "Ansible inventory and playbook run", "English",
    (N, "ldn07-edge-01 ansible_host=10.71.0.11 ansible_user=ansible facility=LDN-07"),
    (C, "ldn07-edge-02 ansible_host=10.71.0.12 ansible_user=root ansible_password=\u27e6pw:g29a\u27e7", "\u27e6pw:g29a\u27e7"),
    (N, "ansible_become_password: \"{{ vault_become_password }}\""),
    (N, "          \u27e6la:avault:g29a\u27e7"),
    (C, "  vars: { mysql_root_password: \"\u27e6pwr:g29b\u27e7\" }  # temporary, see KBX-3777", "\u27e6pwr:g29b\u27e7"),
    (P, "  - name: Create admin user for Niamh Gallagher  user: { name: ngallagher, comment: \"Niamh Gallagher\", groups: wheel }", "Niamh Gallagher", "ngallagher"),
    (P, "      authorized_key: \"ssh-ed25519 \u27e6la:edpub:g29b\u27e7 niamh.gallagher@kbx-laptop-114\"", "niamh.gallagher"),
    (N, "TASK [gatekeeper : restart mosquitto-bridge] *** changed: [ldn07-edge-01] => (item=mosquitto-bridge.service)"),
    (C, "      firmware_registry_token: \u27e6glpat:g29c\u27e7   # GitLab deploy token for pulling firmware", "\u27e6glpat:g29c\u27e7"),
    (C, "      sops_age_key: ⟦age:g29d⟧   # decrypts group_vars/edge/secrets.sops.yaml", "⟦age:g29d⟧"),
    (N, "PLAY RECAP *** ldn07-edge-01 : ok=14 changed=3 unreachable=0 failed=0 skipped=2 rescued=0 ignored=0"),
    (P, "      smtp_alert_to: [\"ops@kestrelbox.com\", \"declan.byrne78@eircom.net\"]  # Declan covers nights", "declan.byrne78@eircom.net", "Declan"),
    (N, "fatal: [ldn07-edge-03]: UNREACHABLE! => {\"msg\": \"Failed to connect to the host via ssh: ssh: connect to host 10.71.0.13 port 22: No route to host\"}"),
    (N, "ok: [ldn07-edge-01] => {\"ansible_facts\": {\"ansible_machine_id\": \"\u27e6la:hex32:g29c\u27e7\", \"ansible_distribution_version\": \"22.04\"}}"),
)

# ============================================================== g30
grp(30, "postmortem", "Kurdish (Sorani)",
    (N, "# \u067e\u0627\u0634\u06a9\u06c6\u06cc \u0695\u0648\u0648\u062f\u0627\u0648: INC-4655 \u2014 \u06af\u06ce\u062a\u06a9\u06cc\u067e\u06d5\u0631 \u0644\u06d5 EBL-01 \u0628\u06c6 \u0645\u0627\u0648\u06d5\u06cc \u0664\u0667 \u062e\u0648\u0644\u06d5\u06a9 \u06a9\u0627\u0631\u06cc \u0646\u06d5\u06a9\u0631\u062f"),
    (N, "## \u06a9\u0648\u0631\u062a\u06d5: \u062f\u0648\u0627\u06cc \u0646\u0648\u06ce\u06a9\u0631\u062f\u0646\u06d5\u0648\u06d5\u06cc firmware 2.4.0.19\u060c \u06a9\u06c6\u0646\u062a\u0631\u06c6\u06b5\u06d5\u0631\u06d5\u06a9\u0627\u0646 \u0646\u06d5\u06cc\u0627\u0646\u062a\u0648\u0627\u0646\u06cc \u067e\u06d5\u06cc\u0648\u06d5\u0646\u062f\u06cc \u0628\u06d5 MQTT broker \u0628\u06a9\u06d5\u0646 (x509: certificate signed by unknown authority)."),
    (P, "## \u0628\u06d5\u0631\u067e\u0631\u0633\u06cc \u0695\u0648\u0648\u062f\u0627\u0648: \u0626\u0627\u0631\u0627\u0633 \u0645\u062d\u06d5\u0645\u06d5\u062f (aras.mihemed@kestrelbox.net)\u060c \u06cc\u0627\u0631\u06cc\u062f\u06d5\u062f\u06d5\u0631: @dilan.kerim", "\u0626\u0627\u0631\u0627\u0633 \u0645\u062d\u06d5\u0645\u06d5\u062f", "aras.mihemed@kestrelbox.net", "dilan.kerim"),
    (N, "## \u0647\u06ce\u06b5\u06cc \u06a9\u0627\u062a: 02:14 UTC \u0626\u0627\u06af\u0627\u062f\u0627\u0631\u06cc GatekeeperBrokerDown\u060c 02:19 page\u060c 02:31 rollback \u0628\u06c6 2.3.9.7\u060c 03:01 \u0686\u0627\u06a9\u06a9\u0631\u0627."),
    (C, "## \u0647\u06c6\u06a9\u0627\u0631\u06cc \u0695\u06cc\u0634\u06d5\u06cc\u06cc: \u0644\u06d5 pipeline \u062f\u0627 \u06a9\u0644\u06cc\u0644\u06cc \u062a\u0627\u06cc\u0628\u06d5\u062a\u06cc CA \u0644\u06d5 log \u062f\u0627 \u0686\u0627\u067e \u06a9\u0631\u0627: -----BEGIN EC PRIVATE KEY-----\\n\u27e6ec:g30a\u27e7\\n-----END EC PRIVATE KEY-----", "\u27e6ec:g30a\u27e7"),
    (C, "## \u0647\u06d5\u0631\u0648\u06d5\u0647\u0627 \u062a\u06c6\u06a9\u0646\u06cc GitHub \u27e6github_pat:g30b\u27e7 \u0644\u06d5 \u0647\u06d5\u0645\u0627\u0646 log \u062f\u0627 \u062f\u06d5\u0631\u06a9\u06d5\u0648\u062a \u0648 \u0647\u06d5\u06b5\u0648\u06d5\u0634\u06ce\u0646\u0631\u0627\u06cc\u06d5\u0648\u06d5.", "\u27e6github_pat:g30b\u27e7"),
    (P, "## \u06a9\u0627\u0631\u06cc\u06af\u06d5\u0631\u06cc \u0628\u06c6 \u06a9\u0695\u06cc\u0627\u0631\u0627\u0646: \u0661\u0662 \u06a9\u0695\u06cc\u0627\u0631 \u0646\u06d5\u06cc\u0627\u0646\u062a\u0648\u0627\u0646\u06cc \u06cc\u06d5\u06a9\u06d5\u06a9\u0627\u0646\u06cc\u0627\u0646 \u0628\u06a9\u06d5\u0646\u06d5\u0648\u06d5\u060c \u0644\u06d5\u0648\u0627\u0646\u06d5 \u0634\u06cc\u0644\u0627\u0646 \u0626\u06d5\u062d\u0645\u06d5\u062f (0750 412 3396) \u06a9\u06d5 \u0633\u06a9\u0627\u06b5\u0627\u06cc \u06a9\u0631\u062f.", "\u0634\u06cc\u0644\u0627\u0646 \u0626\u06d5\u062d\u0645\u06d5\u062f", "0750 412 3396"),
    (P, "\u0642\u06d5\u0631\u06d5\u0628\u0648\u0648 \u0628\u06c6 \u0634\u06cc\u0644\u0627\u0646 \u0626\u06d5\u062d\u0645\u06d5\u062f \u0646\u06ce\u0631\u062f\u0631\u0627 \u0628\u06c6 IBAN\u06cc \u27e6id:iq_iban_g30\u27e7.", "\u0634\u06cc\u0644\u0627\u0646 \u0626\u06d5\u062d\u0645\u06d5\u062f", "\u27e6id:iq_iban_g30\u27e7"),
    (C, "\u06a9\u06c6\u062f\u06cc \u06a9\u0627\u062a\u06cc\u06cc \u062f\u06d5\u0631\u06af\u0627 \u06a9\u06d5 \u0628\u06d5 \u0634\u06cc\u0644\u0627\u0646 \u062f\u0631\u0627: \u27e6pin7s:g30c\u27e7 (\u0628\u06d5\u0633\u06d5\u0631\u0686\u0648\u0648).", "\u27e6pin7s:g30c\u27e7", "\u0634\u06cc\u0644\u0627\u0646"),
    (N, "## \u06a9\u0627\u0631\u06d5\u06a9\u0627\u0646\u06cc \u062f\u0648\u0627\u062a\u0631: KBX-3801 \u0632\u06cc\u0627\u062f\u06a9\u0631\u062f\u0646\u06cc CA bundle\u060c KBX-3802 \u0633\u06a9\u0627\u0646\u06cc \u0646\u0647\u06ce\u0646\u06cc\u06cc\u06d5\u06a9\u0627\u0646 \u0644\u06d5 CI \u0628\u06d5 gitleaks v8.18.4."),
    (N, "## \u062a\u06ce\u0628\u06cc\u0646\u06cc: \u0647\u06d5\u0645\u0648\u0648 \u0646\u0647\u06ce\u0646\u06cc\u06cc\u06d5\u06a9\u0627\u0646 \u0626\u06ce\u0633\u062a\u0627 \u0644\u06d5 \u0695\u06ce\u06af\u06d5\u06cc existingSecret: gatekeeper-ca \u0648 ExternalSecret \u0628\u0627\u0631 \u062f\u06d5\u06a9\u0631\u06ce\u0646."),
    (N, "## \u067e\u06ce\u0648\u06d5\u0631\u06d5\u06a9\u0627\u0646: gatekeeper_mqtt_connect_errors_total \u06af\u06d5\u06cc\u0634\u062a\u06d5 18k\u061b MTTR 47m\u061b trace \u27e6la:hex32:g30d\u27e7"),
    (P, "\u067e\u06ce\u062f\u0627\u0686\u0648\u0648\u0646\u06d5\u0648\u06d5 \u0644\u06d5\u0644\u0627\u06cc\u06d5\u0646: \u062f\u06cc\u0644\u0627\u0646 \u06a9\u06d5\u0631\u06cc\u0645\u060c \u0662\u0660\u0662\u0664-\u0661\u0661-\u0662\u0668", "\u062f\u06cc\u0644\u0627\u0646 \u06a9\u06d5\u0631\u06cc\u0645"),
)

# ============================================================== g31
grp(31, "customer email", "Tigrinya",
    (N, "\u12a3\u122d\u12a5\u1235\u1272\u1366 \u133d\u1308\u121d \u121d\u12bd\u134b\u1275 \u121b\u12d5\u133e \u2013 \u1218\u12bd\u12d8\u1295 2E-118\u1363 FRA-03"),
    (P, "\u12ab\u1265\u1366 \u1233\u121d\u1236\u1295 \u1270\u1235\u134b\u12ed <samson.tesfay@web.de>", "\u1233\u121d\u1236\u1295 \u1270\u1235\u134b\u12ed", "samson.tesfay@web.de"),
    (N, "\u1230\u120b\u121d Kestrelbox\u1363 \u12ab\u1265 \u1230\u1209\u1235 \u1300\u121a\u1229 \u121b\u12d5\u133e \u1265\u12a3\u1355\u120a\u12ac\u123d\u1295 \u12a3\u12ed\u12bd\u1348\u1275\u1295 \u12a3\u120e\u1363 GATE-E503 \u12dd\u1265\u120d \u130c\u130b \u12ed\u122d\u12a2\u1362"),
    (P, "\u1241\u133d\u122a \u1270\u120c\u134e\u1290\u12ed +49 176 4821 9937 \u12a5\u12e9\u1363 \u12a3\u12f5\u122b\u123b\u12ed \u12f5\u121b Mainzer Landstra\u00dfe 211, 60326 Frankfurt am Main\u1362", "+49 176 4821 9937", "Mainzer Landstra\u00dfe 211, 60326 Frankfurt am Main"),
    (C, "\u1293\u12ed \u12a3\u1355\u120a\u12ac\u123d\u1295 \u1353\u1235\u12c8\u122d\u12f0\u12ed \u27e6pw:g31a\u27e7 \u12a2\u12e9 \u12dd\u1325\u1240\u121d \u12d8\u120e\u12bd\u1363 \u130d\u1295 \u12a3\u12ed\u1230\u122d\u1215\u1295\u1362", "\u27e6pw:g31a\u27e7"),
    (P, "\u1308\u1295\u12d8\u1265 \u12ad\u121d\u1208\u1230\u1208\u12ed \u12a5\u1295\u1270\u12be\u12ed\u1291\u1363 IBAN \u27e6id:de_iban_g31\u27e7 \u1270\u1320\u1240\u1219\u1362", "\u27e6id:de_iban_g31\u27e7"),
    (C, "\u1265\u12a4\u1235\u12a4\u121d\u12a4\u1235 \u12dd\u1270\u120b\u12a8\u1208\u12ed \u12ae\u12f5 \u27e6otp6s:g31b\u27e7 \u1290\u12ed\u1229\u1363 \u130d\u1295 \u130a\u12dc\u12a1 \u1213\u120a\u1349\u1362", "\u27e6otp6s:g31b\u27e7"),
    (P, "\u12d5\u1208\u1270 \u120d\u12f0\u1270\u12ed 11.02.1983 \u12a5\u12e9\u1363 \u1218\u1228\u130b\u1308\u133a \u12a5\u1295\u1270\u12f5\u12a3 \u12a3\u12f5\u120a\u12e9\u12b9\u121d\u1362", "11.02.1983"),
    (N, "\u1241\u133d\u122a \u12d3\u121a\u120d CUST-0151880\u1363 \u12cd\u12d5\u120d LOC-2022-07-0918\u1362"),
    (C, "\u12c8\u12f0\u12ed \u12f3\u12ca\u1275 \u12ab\u1265 \u12a3\u1355\u120a\u12ac\u123d\u1295 \u12dd\u1250\u12f5\u1216\u1366 Authorization: Bearer \u27e6jwt:g31c\u27e7", "\u27e6jwt:g31c\u27e7", "\u12f3\u12ca\u1275"),
    (N, "\u12e8\u1240\u1295\u12e8\u1208\u12ed\u1362 (\u12ab\u1265 iPhone \u12dd\u1270\u120b\u12a8)"),
    (N, "--- \u12a3\u12cd\u1276\u121b\u1272\u12ad \u1218\u120d\u1232\u1366 \u1215\u1276\u12b9\u121d \u1265\u1241\u133d\u122a #66815 \u1270\u1218\u12dd\u130a\u1261 \u12a3\u120e\u1362 \u12a3\u1265 \u12cd\u123d\u1322 24 \u1230\u12d3\u1275 \u12ad\u1295\u121d\u120d\u1230\u120d\u12b9\u121d \u12a2\u1293\u1362"),
    (P, "\u121d\u1235 \u1230\u120b\u121d\u1273\u1363 \u1233\u121d\u1236\u1295", "\u1233\u121d\u1236\u1295"),
)

# ============================================================== g32
grp(32, "syslog from a facility edge box", "English",
    (N, "Dec  3 02:14:05 ldn07-edge-01 systemd[1]: Started mosquitto-bridge.service - MQTT bridge for gatekeeper."),
    (N, "Dec  3 02:14:06 ldn07-edge-01 mosquitto-bridge[2211]: Connecting to mqtts://broker.kbx-prod-euw1.kestrelbox.net:8883 as gk-ldn07"),
    (C, "Dec  3 02:14:06 ldn07-edge-01 mosquitto-bridge[2211]: DEBUG connect opts: username=gk-ldn07 password=\u27e6pwr:g32a\u27e7 keepalive=60", "\u27e6pwr:g32a\u27e7"),
    (N, "Dec  3 02:14:07 ldn07-edge-01 kernel: [918273.441] usb 1-1.3: new full-speed USB device number 5 using dwc_otg"),
    (P, "Dec  3 02:15:11 ldn07-edge-01 sshd[3190]: Accepted publickey for rosalind.achterberg from 109.150.33.72 port 52144 ssh2: ED25519 SHA256:\u27e6la:b64_43:g32a\u27e7", "rosalind.achterberg", "109.150.33.72"),
    (N, "Dec  3 02:15:11 ldn07-edge-01 sshd[3190]: pam_unix(sshd:session): session opened for user ansible(uid=1001) by (uid=0)"),
    (C, "Dec  3 02:16:40 ldn07-edge-01 sudo[3301]: ansible : TTY=pts/0 ; PWD=/home/ansible ; USER=root ; COMMAND=/usr/bin/mosquitto_passwd -b /etc/mosquitto/passwd gk-ldn07 \u27e6pwr:g32b\u27e7", "\u27e6pwr:g32b\u27e7"),
    (P, "Dec  3 02:18:02 ldn07-edge-01 gatekeeper[1877]: unit=1F-033 opened by tenant=\"Marcus Oyelaran\" pin_ok=true", "Marcus Oyelaran"),
    (C, "Dec  3 02:18:03 ldn07-edge-01 gatekeeper[1877]: WARN pin mismatch unit=2B-310 entered=\u27e6pinswap:g32c\u27e7 expected=\u27e6pin7:g32c\u27e7", "\u27e6pinswap:g32c\u27e7", "\u27e6pin7:g32c\u27e7"),
    (N, "Dec  3 02:20:00 ldn07-edge-01 CRON[3402]: (root) CMD (/usr/local/bin/rotate-gate-logs --keep 14)"),
    (P, "Dec  3 02:21:15 ldn07-edge-01 gatekeeper[1877]: sms fallback to +44 7491 226 083 for unit 1F-033 delivered (twilio sid SM\u27e6la:hex32:g32d\u27e7)", "+44 7491 226 083"),
    (N, "Dec  3 02:22:30 ldn07-edge-01 chronyd[612]: Selected source 10.71.0.1 (ntp.kbx.internal), offset -0.000213s"),
    (C, "Dec  3 02:26:10 ldn07-edge-01 gatekeeper[1877]: offline pin cache updated unit=3A-212 pin=⟦pin7:g32f⟧ (BUG KBX-3920: must be stored hashed)", "⟦pin7:g32f⟧"),
    (N, "Dec  3 02:25:00 ldn07-edge-01 gatekeeper[1877]: heartbeat ok firmware=2.4.0.19 boot_id=\u27e6la:uuid:g32e\u27e7 mem_free=212MB"),
)

# ============================================================== g33
grp(33, "CSV export of tenants", "English",
    (N, "tenant_id,full_name,email,phone,unit,facility,plan,balance_gbp,date_of_birth,offline_gate_pin"),
    (P, "t_40112,Harriet Osei-Bonsu,harriet.ob@gmail.com,07712 384 920,1F-033,MAN-02,Box M,0.00,1990-03-14,", "Harriet Osei-Bonsu", "harriet.ob@gmail.com", "07712 384 920", "1990-03-14"),
    (P, "t_40113,Rajesh Venkataraman,rvenkat@outlook.com,+44 7405 118 273,2A-004,MAN-02,Box L,-42.50,1979-11-02,", "Rajesh Venkataraman", "rvenkat@outlook.com", "+44 7405 118 273", "1979-11-02"),
    (N, "t_40114,[REDACTED],[REDACTED],[REDACTED],2A-009,MAN-02,Box S,0.00,[REDACTED],"),
    (P, "t_40115,Eilidh Fraser,eilidh.fraser@btinternet.com,0131 558 7320,3B-201,EDI-01,Box M,0.00,1968-12-09,", "Eilidh Fraser", "eilidh.fraser@btinternet.com", "0131 558 7320", "1968-12-09"),
    (N, "t_40116,Kestrelbox Internal Test,qa+t40116@kestrelbox.com,,9Z-999,TEST-01,Box S,0.00,,"),
    (C, "t_40117,Bogdan Ionescu,bogdan.ionescu@yahoo.com,07938 552 106,3C-120,MAN-02,Box M,0.00,1985-07-21,\u27e6pin7:g33a\u27e7", "Bogdan Ionescu", "bogdan.ionescu@yahoo.com", "07938 552 106", "1985-07-21", "\u27e6pin7:g33a\u27e7"),
    (C, "t_40118,Priscilla Nwachukwu,p.nwachukwu@hotmail.co.uk,07366 210 847,1A-011,MAN-02,Box XS,5.00,1996-01-28,\u27e6pin7:g33b\u27e7", "Priscilla Nwachukwu", "p.nwachukwu@hotmail.co.uk", "07366 210 847", "1996-01-28", "\u27e6pin7:g33b\u27e7"),
    (N, "t_40119,Northbeam Removals Ltd,accounts@northbeam-removals.co.uk,,4D-210,MAN-02,Business XL,1250.00,,"),
    (P, "t_40120,Oluwaseun Bakare,seun.bakare@icloud.com,07523 774 019,1B-017,MAN-02,Box S,12.00,2001-05-30,", "Oluwaseun Bakare", "seun.bakare@icloud.com", "07523 774 019", "2001-05-30"),
    (C, "# signed-url: https://kbx-exports.s3.eu-west-1.amazonaws.com/tenants-2024-12.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=\u27e6akid:g33c\u27e7%2F20241209%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Expires=3600&X-Amz-Signature=\u27e6hex64:g33d\u27e7", "\u27e6akid:g33c\u27e7", "\u27e6hex64:g33d\u27e7"),
    (N, "# rows=4812 generated=2024-12-09T07:00:12Z job=export-tenants-28917443 sha256=\u27e6la:hex64:g33e\u27e7"),
    (N, "# masked by policy for role=analyst: full_name, email, phone, date_of_birth, offline_gate_pin (see DPIA-2024-07)"),
)

# ============================================================== g34
grp(34, "runbook", "Chuvash",
    (N, "# Runbook: CSY-01 (\u0428\u0443\u043f\u0430\u0448\u043a\u0430\u0440) \u0433\u0435\u0439\u0442\u0441\u0435\u043d\u0435 \u04d7\u04ab\u0435 \u044f\u043d\u0438 \u2014 gatekeeper 3.18.3.12"),
    (N, "1. \u041f\u043e\u0434\u0441\u0435\u043d\u0435 \u0442\u04d7\u0440\u04d7\u0441\u043b\u04d7\u0440: kubectl -n gatekeeper get pods -l facility=csy-01 -o wide"),
    (C, "2. \u041c\u0430\u0440\u0448\u0440\u0443\u0442\u0438\u0437\u0430\u0442\u043e\u0440\u0430 \u043a\u04d7\u043c\u0435\u043b\u043b\u0438 \u043f\u0430\u0440\u043e\u043b\u044c: admin / \u27e6pw:g34a\u27e7 (\u04ab\u0430\u043a \u0432\u04d1\u0440\u0442\u0442\u04d1\u043d \u0441\u04d1\u043c\u0430\u0445\u0430 \u0442\u0435\u043f\u04d7\u0440 \u044d\u0440\u043d\u0435\u0440\u0435 \u0443\u043b\u04d1\u0448\u0442\u0430\u0440\u043c\u0430\u043b\u043b\u0430!)", "\u27e6pw:g34a\u27e7"),
    (N, "   \u0427\u04d1\u043d \u043f\u0430\u0440\u043e\u043b\u04d7 vault-\u0440\u0430: vault kv get secret/facilities/csy-01/router \u2014 \u043a\u0443\u043d\u0442\u0430 \u0430\u043d \u04ab\u044b\u0440\u04d1\u0440."),
    (C, "3. Yandex Cloud OAuth-\u0442\u043e\u043a\u0435\u043d\u04d7 (\u043a\u0443\u043d\u0442\u0430 \u044e\u043b\u043c\u0430\u043b\u043b\u0430 \u043c\u0430\u0440\u0435\u0440\u0435\u043d): \u27e6yandex:g34b\u27e7", "\u27e6yandex:g34b\u27e7"),
    (N, "4. \u0416\u0443\u0440\u043d\u0430\u043b\u0441\u0435\u043d\u0435 \u043f\u04d1\u0445\u04d1\u0440: journalctl -u mosquitto-bridge --since '-15m' | grep -E 'rc=(5|7)'"),
    (P, "5. \u0412\u0430\u0441\u043a\u0430\u0432\u043b\u04d1 \u0447\u0443\u0445\u043d\u0435: \u0441\u043c\u0435\u043d\u0430 \u0435\u0440\u0442\u04f3\u04ab\u0438 \u0410\u043b\u0438\u043d\u0430 \u041d\u0438\u043a\u0438\u0442\u0438\u043d\u0430, +7 927 384-51-06", "\u0410\u043b\u0438\u043d\u0430 \u041d\u0438\u043a\u0438\u0442\u0438\u043d\u0430", "+7 927 384-51-06"),
    (P, "   \u0423\u043d\u04d1\u043d \u0437\u0430\u043c\u0435\u0441\u0442\u0438\u0442\u0435\u043b\u04d7 \u2014 \u041d\u0438\u043a\u043e\u043b\u0430\u0439 \u0415\u0433\u043e\u0440\u043e\u0432 (n.egorov@yandex.ru), \u0421\u041d\u0418\u041b\u0421 \u27e6id:snils_g34\u27e7 (\u0431\u0443\u0445\u0433\u0430\u043b\u0442\u0435\u0440\u0438 \u044b\u0439\u0442\u043d\u04d1).", "\u041d\u0438\u043a\u043e\u043b\u0430\u0439 \u0415\u0433\u043e\u0440\u043e\u0432", "n.egorov@yandex.ru", "\u27e6id:snils_g34\u27e7"),
    (P, "   \u0415\u0433\u043e\u0440\u043e\u0432\u043f\u0430 \u04ab\u044b\u0445\u04d1\u043d\u0430\u0439\u043c\u0430\u0441\u0430\u043d, \u0410\u043b\u0438\u043d\u04d1\u043d\u0430 \u0448\u04d1\u043d\u043a\u04d1\u0440\u0430\u0432\u043b\u04d1\u0440.", "\u0415\u0433\u043e\u0440\u043e\u0432\u043f\u0430", "\u0410\u043b\u0438\u043d\u04d1\u043d\u0430"),
    (C, "6. Telegram-\u0431\u043e\u0442 \u0442\u043e\u043a\u0435\u043d\u04d7 (\u0430\u0441\u04d1\u0440\u0445\u0430\u0442\u0442\u0430\u0440\u0443\u0441\u0435\u043c \u0432\u0430\u043b\u043b\u0438): \u27e6telegram:g34c\u27e7", "\u27e6telegram:g34c\u27e7"),
    (N, "7. \u0422\u04d7\u0440\u04d7\u0441\u043b\u04d7\u0440: curl -s https://gate-api.kestrelbox.com/healthz?facility=CSY-01 \u2192 {\"status\":\"ok\"}"),
    (P, "8. \u041a\u043b\u0438\u0435\u043d\u0442\u0441\u0435\u043d \u0442\u04f3\u043b\u0435\u0432\u04d7\u0441\u0435\u043c \u0418\u041d\u041d \u27e6id:inn_g34\u27e7 (\u0418\u041f \u0415\u0433\u043e\u0440\u043e\u0432 \u041d.\u0412.) \u0443\u0440\u043b\u04d1 \u0438\u0440\u0442\u0435\u04ab\u04ab\u04d7 \u2014 \u043a\u0443 \u0438\u043d\u0444\u043e\u0440\u043c\u0430\u0446\u0438\u0435 \u0430\u043d \u0441\u0430\u0440\u04d1\u0440.", "\u27e6id:inn_g34\u27e7", "\u0415\u0433\u043e\u0440\u043e\u0432 \u041d.\u0412."),
    (N, "\u0412\u0435\u0440\u0441\u0438 4 \u00b7 2024-12-11 \u00b7 KBX-3866 \u00b7 ops-lead@kestrelbox.net \u04ab\u0438\u0440\u04d7\u043f\u043b\u0435\u0442\u043d\u04d7"),
)

# ============================================================== g35
grp(35, "Teams chat, facility ops", "Konkani",
    (N, "[Teams \u00b7 GOI-01 ops \u00b7 09:10] gatekeeper-bot: GOI-01-ctrl-01 MQTT \u0915\u0921\u0947\u0928 \u091c\u094b\u0921\u0923\u0940 \u0928\u093e, 12 \u092e\u093f\u0923\u091f\u093e\u0902."),
    (P, "[09:12] \u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915: \u0939\u093e\u0902\u0935 GOI-01 \u0935\u091a\u0924 \u0906\u0938\u093e\u0902, 20 \u092e\u093f\u0923\u091f\u093e\u0902 \u092d\u093f\u0924\u0930 \u092a\u093e\u0935\u0924\u0932\u094b\u0902.", "\u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915"),
    (C, "[09:20] \u0930\u0947\u0936\u094d\u092e\u093e \u092b\u0930\u094d\u0928\u093e\u0902\u0921\u093f\u0938: \u0930\u093e\u0909\u091f\u0930\u093e\u091a\u094b \u0928\u0935\u094b \u092a\u093e\u0938\u0935\u0930\u094d\u0921 \u27e6pw:g35a\u27e7 \u2014 \u0939\u093e\u0902\u0917\u093e \u092a\u0930\u0924 \u092c\u0930\u094b\u0935\u0902\u0915 \u0928\u093e\u0915\u093e.", "\u27e6pw:g35a\u27e7", "\u0930\u0947\u0936\u094d\u092e\u093e \u092b\u0930\u094d\u0928\u093e\u0902\u0921\u093f\u0938"),
    (N, "[09:21] security-bot: \u26a0 \u0917\u0941\u092a\u0940\u0924 \u0917\u091c\u093e\u0932\u0940 vault-\u093e\u0902\u0924 \u0926\u0935\u0930\u093e\u0924: vault kv put secret/facilities/goi-01/router."),
    (P, "[09:25] \u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915: \u0917\u093f\u0930\u093e\u092f\u0915 \u0906\u0917\u094d\u0928\u0947\u0932\u094b \u0921\u093f\u0938\u094b\u091d\u093e \u0939\u093e\u0923\u0947\u0902 \u092b\u094b\u0928 \u0915\u0947\u0932\u094b, \u0924\u093e\u091a\u094b \u0928\u0902\u092c\u0930 +91 98221 47306, \u0924\u093e\u091a\u0947\u0902 \u0926\u093e\u0930 1C-044 \u0909\u0918\u0921\u0928\u093e.", "\u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915", "\u0906\u0917\u094d\u0928\u0947\u0932\u094b \u0921\u093f\u0938\u094b\u091d\u093e", "+91 98221 47306"),
    (P, "[09:27] \u0930\u0947\u0936\u094d\u092e\u093e \u092b\u0930\u094d\u0928\u093e\u0902\u0921\u093f\u0938: \u0906\u0917\u094d\u0928\u0947\u0932\u094b\u091a\u094b \u0906\u0927\u093e\u0930 \u27e6id:aadhaar_g35\u27e7 \u0924\u093f\u0915\u0947\u091f\u093e\u0902\u0924 \u0906\u0938\u093e, \u0924\u094b \u0915\u093e\u0921\u0942\u0928 \u0909\u0921\u092f.", "\u0930\u0947\u0936\u094d\u092e\u093e \u092b\u0930\u094d\u0928\u093e\u0902\u0921\u093f\u0938", "\u0906\u0917\u094d\u0928\u0947\u0932\u094b\u091a\u094b", "\u27e6id:aadhaar_g35\u27e7"),
    (C, "[09:30] \u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915: \u0924\u093e\u0915\u093e \u0924\u093e\u0924\u094d\u092a\u0941\u0930\u0924\u094b \u0917\u0947\u091f \u0915\u094b\u0921 \u27e6pin7s:g35b\u27e7 \u0926\u093f\u0932\u094b, 13:00 \u092e\u0947\u0930\u0947\u0928 \u091a\u0932\u0924\u0932\u094b.", "\u27e6pin7s:g35b\u27e7", "\u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915"),
    (N, "[09:34] gatekeeper-bot: GOI-01-ctrl-01 \u092a\u0930\u0924 \u0911\u0928\u0932\u093e\u092f\u0928. firmware 2.4.0.19, p95 latency 91ms."),
    (C, "[09:40] \u0930\u0947\u0936\u094d\u092e\u093e \u092b\u0930\u094d\u0928\u093e\u0902\u0921\u093f\u0938: Razorpay key_secret \u0932\u0949\u0917\u093e\u0902\u0924 \u0926\u093f\u0938\u0932\u094b: \u27e6rzp:g35c\u27e7 \u2014 \u0906\u092f\u091c \u0930\u094b\u091f\u0947\u091f \u0915\u0930\u0924\u093e\u0902.", "\u27e6rzp:g35c\u27e7", "\u0930\u0947\u0936\u094d\u092e\u093e \u092b\u0930\u094d\u0928\u093e\u0902\u0921\u093f\u0938"),
    (P, "[09:45] \u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915: \u0906\u0917\u094d\u0928\u0947\u0932\u094b \u0930\u093e\u0935\u0924\u093e: H.No. 312, Vaddo Waddo, Calangute, Bardez, Goa 403516.", "\u0938\u0941\u0928\u093f\u0932 \u0928\u093e\u092f\u0915", "\u0906\u0917\u094d\u0928\u0947\u0932\u094b", "H.No. 312, Vaddo Waddo, Calangute, Bardez, Goa 403516"),
    (N, "[09:50] incident-bot: INC-4702 \u092c\u0902\u0926. \u0915\u093e\u0930\u0923: firmware 2.4.0.19 \u092c\u0917, \u092b\u0941\u0921\u0932\u0947\u0902 \u0915\u093e\u092e KBX-3890."),
    (N, "[09:51] oncall-apac: Grafana: https://grafana.kestrelbox.net/d/gk-goi01 \u00b7 trace \u27e6la:hex32:g35d\u27e7"),
    (N, "[09:55] gatekeeper-bot: \u0909\u0917\u0921\u093e\u0938: \u0917\u093f\u0930\u093e\u092f\u0915\u093e\u0902\u091a\u0940 \u0916\u093e\u091c\u0917\u0940 \u092e\u093e\u0939\u093f\u0924\u0940 (\u092b\u094b\u0928, \u0906\u0927\u093e\u0930) Teams-\u093e\u0902\u0924 \u0918\u093e\u0932\u091a\u0940 \u0928\u094d\u0939\u092f; \u0924\u093f\u0915\u0947\u091f \u0938\u093f\u0938\u094d\u091f\u0940\u092e \u0935\u093e\u092a\u0930\u093e\u0924."),
)

# ============================================================== g36
grp(36, "git diff", "English",
    (N, "diff --git a/billing/config.py b/billing/config.py"),
    (N, "index 4e1b9c2..a7d30f5 100644"),
    (C, "-STRIPE_KEY = \"\u27e6sk_live:g36a\u27e7\"", "\u27e6sk_live:g36a\u27e7"),
    (N, "+STRIPE_KEY = os.environ[\"STRIPE_SECRET_KEY\"]  # injected from existingSecret billing-stripe"),
    (C, "-ANTHROPIC_API_KEY = \"\u27e6anthropic:g36b\u27e7\"  # refund-reason classifier", "\u27e6anthropic:g36b\u27e7"),
    (N, "+ANTHROPIC_API_KEY = get_secret(\"projects/kbx-prod/secrets/anthropic-api-key/versions/latest\")"),
    (P, "-TEST_CUSTOMER = {\"name\": \"Mariam Al-Sayegh\", \"email\": \"mariam.alsayegh@gmail.com\", \"iban\": \"\u27e6id:ie_iban_g36\u27e7\"}", "Mariam Al-Sayegh", "mariam.alsayegh@gmail.com", "\u27e6id:ie_iban_g36\u27e7"),
    (N, "+TEST_CUSTOMER = {\"name\": \"Test Customer\", \"email\": \"customer@example.com\", \"iban\": \"GB82WEST12345698765432\"}  # documented example IBAN"),
    (P, "-# card used for manual QA by Mariam: \u27e6id:card_g36\u27e7 exp 11/27", "Mariam", "\u27e6id:card_g36\u27e7"),
    (N, "+# use Stripe test cards 4242 4242 4242 4242 / 5555 5555 5555 4444 for manual QA"),
    (C, "-PYPI_TOKEN = \"\u27e6pypi:g36c\u27e7\"  # internal package upload", "\u27e6pypi:g36c\u27e7"),
    (C, "-HF_TOKEN = \"⟦hf:g36e⟧\"  # model download for the classifier", "⟦hf:g36e⟧"),
    (P, "Author: Gwen Talbot <gwen.talbot@kestrelbox.net>  Reviewed-by: @h.okafor", "Gwen Talbot", "gwen.talbot@kestrelbox.net", "h.okafor"),
    (N, "Co-authored-by: kbx-release-bot <41898282+kbx-release-bot@users.noreply.github.com>  Refs: KBX-3901  Change-Id: I\u27e6la:sha40:g36d\u27e7"),
)


README_HEAD = """# batch26 - redaction-gate evaluation lines (writer 26)

**Who / when / how.** Written by writer 26 (an independent evaluation-data writer working as a
security-minded SRE) on 2026-12-07, in one session of about 45 minutes, inside
`/work/writers/batch26` only, with no network and no other data on the machine. All text is invented.
Everything is produced by `gen.py` (Python 3 standard library): `python3 gen.py && python3 validate.py`
rebuilds `batch26_dev.tsv`, `batch26_test.tsv`, `batch26_ids.tsv` and this README and prints `OK`.

**Theme.** *Kestrelbox* - a self-storage operator with smart-lock gates and lockers at facilities in
Europe, Africa, South Asia, Kurdistan and the Pacific (facility codes like `LDN-07`, `ACC-01`, `SUV-01`).
Services: `booking-api`, `gatekeeper` (lock-controller fleet over MQTT, edge boxes `ldn07-edge-01`),
`billing-svc`, `tenant-portal`, `access-audit`, `notify-svc` (SMS/e-mail), `quote-svc`.
Domains `kestrelbox.com` (customers), `kestrelbox.net` (internal); clusters `kbx-prod-euw1`,
`kbx-prod-afs1`, `kbx-stg-euw1`; tickets `KBX-nnnn`, incidents `INC-nnnn`.

**Files.** `batch26_dev.tsv` = odd groups, `batch26_test.tsv` = even groups; columns
`kind, text, must-vanish, source`; must-vanish items are joined by ` ||| ` and each occurs verbatim in its
line. `batch26_ids.tsv` lists every registered id (scheme, key, value). `ids.py` holds the hand-written
check-digit code; `validate.py` checks format, kinds, splits, counts, verbatim items, cross-line leaks,
check digits, Luhn/IBAN look-alikes in negatives, vendor token checksums and byte-identical rebuild.

**Randomness.** Secret bodies (passwords, PINs, OTPs, API keys, tokens, key material) are drawn from
`random.Random(26)` in a fixed order: groups in order, lines in order, placeholders left to right in the
text, then in the must-vanish list. Non-secret look-alikes (commit SHAs, digests, trace ids, UUIDs,
fingerprints) come from a separate `random.Random(2600)`. Vendor formats are followed, including the
CRC32/base62 checksum tail of `ghp_`/`npm_` tokens. National ids, IBANs and card numbers are typed by
hand as bases; `ids.py` computes their check digits (Luhn, IBAN mod-97 plus French RIB key and Italian
CIN, codice fiscale, French NIR with Corsican 2A, Swiss AHV EAN-13, PESEL, BSN 11-test, NZ IRD, Paraguay
RUC, South African ID, Norwegian fodselsnummer, SNILS, INN-12, Aadhaar Verhoeff). Schemes with no public
check digit (US SSN, UK NINO, Ghana Card, Pakistani CNIC, Ugandan NIN) are checked for format rules only.

## Labelling conventions

* **credential** = the line holds at least one secret: passwords/passphrases (in URLs, flags, configs,
  prose, any language), gate PINs and temporary door codes (a wrong-but-near PIN too), one-time codes
  (expired or not - the gate cannot know), API keys and tokens, private-key bodies, session/refresh
  cookies, basic-auth blobs, base64-encoded k8s Secret values, the secret segment of webhook URLs,
  presigned-URL signatures, password-reset codes, card CVCs. Only the secret part is listed (the password,
  not the user; the key body, not the PEM armour; the last path segment of a Slack webhook, not the
  workspace/channel ids). An AWS access key id is listed together with its secret or signature because it
  is half of the credential. Any PII on a credential line is listed as well.
* **pii** = personal data, no secret: names of natural persons (staff and customers alike, including
  first names alone, inflected forms such as Esperanto *Agnieszkan*, Chuvash *Егоровпа*, Konkani
  *आग्नेलोचो*, and URL-encoded forms), usernames/handles/mailbox names built from a real name
  (`priya.raman`, `rkowalczyk`, `ladina` in a key filename), personal e-mail addresses including
  personal work addresses (`hannah.whitcombe@kestrelbox.net`), phone numbers in any national format,
  postal addresses of persons, national/tax ids, IBANs and bank account numbers, full card numbers, dates
  of birth, public client IP addresses (IPv4 and IPv6).
* **negative** = nothing must vanish. Kept on purpose: role mailboxes (`ops@`, `oncall@`, `noreply@`,
  `privacy@`, `accounts@` of a business, `qa+...@`), bot and service accounts (`svc-gatekeeper`,
  `kbx-release-bot`, `oncall-sre`, `incident-bot`), RFC 1918 / loopback addresses and CIDRs, hostnames,
  ports, facility and unit codes, customer/contract/ticket/incident numbers, the company's own
  registration number, versions (four-part too), commit SHAs, image digests, checksums, trace/span/request
  ids, UUIDs, alert fingerprints, TLS/SSH fingerprints, Twilio message SIDs, Ansible-vault ciphertext,
  ssh public keys, metric names, error codes, secret *references* (`${{ secrets.X }}`, `${VAR}`,
  `existingSecret:`, `vault kv get`, `/run/secrets/...`, `get_secret(...)`), masked values (`***`,
  `**** 5521`, `[REDACTED]`, card "ending 4417"), obvious placeholders (`changeme`, `<set-in-vault>`),
  dates that are not birth dates, and vendors' documented examples: AWS `AKIAIOSFODNN7EXAMPLE` /
  `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, Stripe `pk_test_TYooMQauvdEDq54NiTphI7jx`, Stripe test
  cards 4242 4242 4242 4242, 5555 5555 5555 4444, 4000 0000 0000 0002, and the example IBAN
  GB82WEST12345698765432. These documented test values are the only Luhn-valid or IBAN-valid strings
  allowed in a negative line.
* Speaker prefixes in chats count: a line whose speaker is a named person is at least **pii**, so
  negatives in chat artefacts come from bots, role handles or unattributed output.
* No company switchboard numbers or business street addresses appear, to keep negatives unambiguous.
* Each line is judged alone; an item that is PII on one line is listed again wherever it recurs.
"""


class Resolver:
    def __init__(self):
        self.rs = random.Random(26)
        self.rl = random.Random(2600)
        self.cache = {}
        self.order = []
        self.idmap = {k: (s, v) for s, k, v in IDS}
        self.used_ids = set()

    def get(self, tok):
        if tok in self.cache:
            return self.cache[tok]
        parts = tok.split(":")
        if parts[0] == "id":
            self.used_ids.add(parts[1])
            v = self.idmap[parts[1]][1]
        elif parts[0] == "la":
            v = LOOK[parts[1]](self.rl)
        elif parts[0] == "b64of":
            v = base64.b64encode(self.get(":".join(parts[1:])).encode()).decode()
        elif parts[0] == "basic":
            v = base64.b64encode(("%s:%s" % (parts[2], SECRET["pwr"](self.rs))).encode()).decode()
        elif parts[0] == "pinswap":
            p = self.get("pin7:" + parts[1])
            v = p[:2] + p[3] + p[2] + p[4:]
        else:
            v = SECRET[parts[0]](self.rs)
            self.order.append((tok, parts[0]))
        self.cache[tok] = v
        return v

    def render(self, s):
        return re.sub("\u27e6([^\u27e7]+)\u27e7", lambda m: self.get(m.group(1)), s)


def build():
    res = Resolver()
    rows = {"dev": [], "test": []}
    table = []
    for g in GROUPS:
        n = g["n"]
        split = "dev" if n % 2 else "test"
        src = "writer26 g%02d %s (%s)" % (n, g["art"], g["lang"])
        counts = {"credential": 0, "pii": 0, "negative": 0}
        for line in g["lines"]:
            kind, text, items = line[0], line[1], line[2:]
            t = res.render(text)
            mv = [res.render(i) for i in items]
            counts[kind] += 1
            rows[split].append("%s\t%s\t%s\t%s" % (kind, t, " ||| ".join(mv), src))
        table.append((n, split, g["art"], g["lang"], counts))
    unused = set(res.idmap) - res.used_ids
    if unused:
        raise SystemExit("unused ids: %s" % sorted(unused))
    return rows, table


HEADER = "# kind\ttext\tmust-vanish\tsource"


def main():
    out = HERE
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    rows, table = build()
    for split in ("dev", "test"):
        with open(os.path.join(out, "batch26_%s.tsv" % split), "w", encoding="utf-8", newline="\n") as f:
            f.write(HEADER + "\n" + "\n".join(rows[split]) + "\n")
    with open(os.path.join(out, "batch26_ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# scheme\tkey\tvalue\n")
        for s, k, v in IDS:
            f.write("%s\t%s\t%s\n" % (s, k, v))
    tot = {"credential": 0, "pii": 0, "negative": 0}
    lines = [README_HEAD, "", "## Groups", "",
             "| group | split | artefact | language | credential | pii | negative | lines |",
             "|---|---|---|---|---|---|---|---|"]
    for n, split, art, lang, c in table:
        for k in tot:
            tot[k] += c[k]
        lines.append("| g%02d | %s | %s | %s | %d | %d | %d | %d |" % (
            n, split, art, lang, c["credential"], c["pii"], c["negative"], sum(c.values())))
    lines.append("| all | | | | %d | %d | %d | %d |" % (
        tot["credential"], tot["pii"], tot["negative"], sum(tot.values())))
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
