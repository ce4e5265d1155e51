#!/usr/bin/python3
"""writer29 generator: builds batch29_dev.tsv, batch29_test.tsv, batch29_ids.tsv and README.md.

Templates: one artefact line per template line.
  ⟦text⟧            personal data, kept verbatim and listed as must-vanish
  ⟪gen⟫ / ⟪gen>v⟫   a secret body drawn from random.Random(29) (listed); '>v' keeps it as v
  ⟪=v⟫              the secret kept as v again (listed)
  ⟪id:scheme:base⟫  an id whose check digits ids.py computes (listed, registered in batch29_ids.tsv)
  ⟪nhex:N:seed⟫, ⟪nb62:N:seed⟫, ⟪nb64:N:seed⟫, ⟪nuuid:seed⟫
                    look-alike negatives (hashes, digests, ids) derived from hashlib, never listed
The line kind follows from what it holds: any secret -> credential, else any personal data -> pii,
else negative.  Secrets are drawn in a fixed order: group by group, line by line, left to right.
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

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "# kind\ttext\tmust-vanish\tsource\n"
ALNUM = string.ascii_letters + string.digits
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
WORDS = ["Copper", "Falcon", "Harbor", "Maple", "Orbit", "Willow", "Ember", "Granite", "Juniper",
         "Thistle", "Lantern", "Cobalt", "Saffron", "Marigold", "Tundra", "Quartz", "Bramble",
         "Heron", "Pepper", "Sparrow", "Velvet", "Walnut", "Zephyr", "Cinder"]

R = None  # random.Random(29), reset by build()


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def _jwt():
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    body = {"sub": "u_" + rs(6, HEX), "iat": 1728400000 + R.randrange(90000), "scope": "portal"}
    body["exp"] = body["iat"] + 3600
    p = base64.urlsafe_b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    return head + "." + p + "." + rs(43, B64U)


def _pem_body():
    raw = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(206, B64)
    return "\\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))


def _ssh_body():
    raw = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + rs(150, B64)
    return "\\n".join(raw[i:i + 70] for i in range(0, len(raw), 70))


def _pem_b64():
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rs(142, B64)
    pem = "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n" % body
    return base64.b64encode(pem.encode()).decode()


def _uuid():
    h = rs(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


SECRET = {
    "pw": lambda: rs(16, ALNUM + "!#%^*-_=+"),
    "pwu": lambda: rs(20, ALNUM + "-_."),
    "weak": lambda: R.choice(WORDS) + R.choice(["-", "", "_", "."]) + R.choice(WORDS) + digits(2) + R.choice("!#$%?*"),
    "pin": lambda: digits(4),
    "otp": lambda: digits(6),
    "akid": lambda: "AKIA" + rs(16, string.ascii_uppercase + "234567"),
    "awssec": lambda: rs(40, B64),
    "ghp": lambda: "ghp_" + rs(36),
    "ghfg": lambda: "github_pat_11" + rs(20, string.ascii_uppercase + string.digits) + "_" + rs(59),
    "glpat": lambda: "glpat-" + rs(20, B64U),
    "xoxb": lambda: "xoxb-" + digits(11) + "-" + digits(13) + "-" + rs(24),
    "slackseg": lambda: rs(24),
    "sk_live": lambda: "sk_live_51" + rs(96),
    "rk_live": lambda: "rk_live_51" + rs(96),
    "whsec": lambda: "whsec_" + rs(32),
    "openai": lambda: "sk-proj-" + rs(74, B64U) + "T3BlbkFJ" + rs(74, B64U),
    "anthropic": lambda: "sk-ant-api03-" + rs(93, B64U) + "AA",
    "gapi": lambda: "AIza" + rs(35, B64U),
    "sendgrid": lambda: "SG." + rs(22, B64U) + "." + rs(43, B64U),
    "hex32": lambda: rs(32, HEX),
    "hex40": lambda: rs(40, HEX),
    "hex64": lambda: rs(64, HEX),
    "npm": lambda: "npm_" + rs(36),
    "hvs": lambda: "hvs.CAESI" + rs(82, B64U),
    "jwt": _jwt,
    "azkey": lambda: rs(86, B64) + "==",
    "tg": lambda: digits(10) + ":AA" + rs(33, B64U),
    "mailgun": lambda: "key-" + rs(32, HEX),
    "glsa": lambda: "glsa_" + rs(32) + "_" + rs(8, HEX),
    "dckr": lambda: "dckr_pat_" + rs(27, B64U),
    "cftoken": lambda: rs(40, B64U),
    "hubspot": lambda: "pat-eu1-" + _uuid(),
    "mollie": lambda: "live_" + rs(30),
    "adyen": lambda: "AQE" + rs(40, B64U) + "." + rs(60, B64U),
    "hlk": lambda: "hlk_live_" + rs(32),
    "cookie": lambda: "s%3A" + rs(32, B64U) + "." + rs(43, B64U),
    "discord": lambda: rs(68, B64U),
    "uuidsec": _uuid,
    "pem": _pem_body,
    "sshkey": _ssh_body,
    "pemb64": _pem_b64,
    "b62": None,      # ⟪b62:N⟫ random base62 secret of length N
    "basic": None,    # ⟪basic:user⟫ base64("user:password")
    "b64of": None,    # ⟪b64of:gen⟫ base64 of another secret (k8s data:)
}


def neg_bytes(seed, n):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("writer29|%s|%d" % (seed, i)).encode()).digest()
        i += 1
    return out[:n]


def neg_gen(kind, args):
    if kind == "nhex":
        n, seed = int(args[0]), args[1]
        return neg_bytes(seed, n).hex()[:n]
    if kind == "nb62":
        n, seed = int(args[0]), args[1]
        return "".join(ALNUM[b % 62] for b in neg_bytes(seed, n))
    if kind == "nb64":
        n, seed = int(args[0]), args[1]
        return base64.b64encode(neg_bytes(seed, n)).decode().rstrip("=")[:n]
    if kind == "nuuid":
        h = neg_bytes(args[0], 16).hex()
        return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    raise KeyError(kind)


TOK = re.compile(r"⟦(.+?)⟧|⟪(.+?)⟫")


def render(tpl, gid, ctx, registry):
    vanish, kinds = [], set()

    def add(v, k):
        kinds.add(k)
        if v not in vanish:
            vanish.append(v)

    def rep(m):
        if m.group(1) is not None:
            add(m.group(1), "pii")
            return m.group(1)
        spec = m.group(2)
        if spec.startswith("="):
            v = ctx[spec[1:]]
            add(v, "credential")
            return v
        name, _, keep = spec.partition(">")
        parts = name.split(":")
        if parts[0] in ("nhex", "nb62", "nb64", "nuuid"):
            return neg_gen(parts[0], parts[1:])
        if parts[0] == "id":
            v = ids.make(parts[1], *parts[2:])
            registry.append((parts[1], "%s.%d" % (gid, len([r for r in registry if r[1].startswith(gid + ".")]) + 1), v))
            add(v, "pii")
            return v
        if parts[0] == "b62":
            v = rs(int(parts[1]))
        elif parts[0] == "basic":
            pw = SECRET["pwu"]()
            v = base64.b64encode(("%s:%s" % (parts[1], pw)).encode()).decode()
        elif parts[0] == "b64of":
            v = base64.b64encode(SECRET[parts[1]]().encode()).decode()
        else:
            v = SECRET[parts[0]]()
        if keep:
            ctx[keep] = v
        add(v, "credential")
        return v

    text = TOK.sub(rep, tpl)
    kind = "credential" if "credential" in kinds else ("pii" if "pii" in kinds else "negative")
    return kind, text, vanish


GROUPS = []


def G(num, artefact, lang, body):
    lines = [ln for ln in body.strip("\n").split("\n") if ln.strip()]
    GROUPS.append((num, artefact, lang, lines))


# ============================================================== groups
G(1, "Slack thread #inc-telemetry", "English", r'''
hearthline-ci  9:12 AM  :rotating_light: FIRING HLIngestLagHigh cluster=hl-prod-ams1 namespace=telemetry lag=41s
⟦Priya Raghunathan⟧  9:13 AM
on it. mqtt-2.hl.internal:8883 is refusing TLS after the 2.0.18 bump, trace id ⟪nhex:32:g01trace⟫
⟦Tomasz Wielgosz⟧  9:16 AM
rolled back to emqx 5.7.2 on hl-prod-ams1, image digest sha256:⟪nhex:64:g01emqx⟫
the bridge still uses the old creds, repro: mosquitto_sub -h mqtt.hearthline-telemetry.net -p 8883 -u bridge-ams -P '⟪pwu⟫' -t 'hp/+/status'
please don't paste those here, rotate it instead: vault kv put secret/telemetry/mqtt-bridge password=@/dev/stdin
also the Grafana service token got pasted in #general yesterday: ⟪glsa⟫
rotated, new one lives in `vault kv get -field=token secret/grafana/svc-alerts` (commit ⟪nhex:40:g01commit⟫)
⟦Femke Brouwer⟧  9:31 AM
customer on HLSUP-7712 says the unit went offline, owner is ⟦Gareth Pryce⟧, mobile ⟦07911 482630⟧, I'll ring him after standup
heads up, the #alerts webhook was in the old runbook: https://hooks.slack.com/services/T03H7LW2Q/B06R1KX9D7P/⟪slackseg⟫
and the old Slack bot token from that runbook still works, revoking now: ⟪xoxb⟫
metric to watch is hl_ingest_consumer_lag_seconds{partition="7"}, page threshold 30
status page updated, INC-2024-118 resolved at 10:02 CET :white_check_mark:
''')

G(2, ".env file (booking-api)", "English", r'''
# booking-api .env for hl-prod-ams1, DO NOT COMMIT (see HLOPS-4398)
MAPBOX_TOKEN=<paste-your-mapbox-token-here>   # placeholder, see README
DATABASE_URL=postgres://booking_app:⟪pwu⟫@pg-main.hl.internal:5432/booking?sslmode=require
REDIS_URL=redis://:⟪pwu⟫@redis-booking.hl.internal:6379/0
STRIPE_SECRET_KEY=⟪sk_live⟫
STRIPE_PUBLISHABLE_KEY=pk_live_51⟪nb62:96:g02pk⟫
STRIPE_WEBHOOK_SECRET=⟪whsec⟫
STRIPE_TEST_KEY_FOR_DOCS=sk_test_4eC39HqLyjWDarjtT1zdp7dc
SENDGRID_API_KEY=${SENDGRID_API_KEY}
OPS_CONTACT=⟦niamh.obrien@gmail.com⟧ # on-call owner's personal inbox until the alias is fixed
SEED_ADMIN_NAME="⟦Declan Murtagh⟧"
SEED_ADMIN_PHONE=⟦+353 87 214 5590⟧
DEMO_CARD=4242424242424242
SENTRY_RELEASE=booking-api@3.14.0.2207
''')

G(3, "customer email", "Scots", r'''
Frae: ⟦Morag Baxter⟧ <⟦morag.baxter64@btinternet.com⟧>
Tae: support@hearthline.eu
Subject: Re: HLSUP-8120 – the heat pump's no been richt since the install
Guid mornin,
I'm fair scunnered wi this. Yer engineer cam oot on the 3rd o October an the unit's been roarin like a tractor ever since.
The serial on the side is HP-AE12-24-003187 an yer app says error E-217 ilka nicht aboot twa in the mornin.
Yer app telt me tae mak a new passwird, sae I set it tae ⟪weak⟫ an noo it'll no let me in at aw.
Ma guid-son ⟦Callum⟧ tried fae his phone an got a code, ⟪otp⟫, but it said it wis expired afore he could pit it in.
The laddie that installed it left a note on the box: the wifi for the unit is HeatNet-3187, passwird ⟪weak⟫.
The key-safe at the back door is ⟪pin⟫ if yer man needs in when I'm at ma sister's.
Pit the refund intae ma account, sort code 80-05-54, IBAN ⟪id:iban:GB:BOFS80055412748306:s4⟫.
Ma address is ⟦7 Kirkgate Wynd, Cupar KY15 4AZ⟧ an the hoose phone is ⟦01334 657209⟧ if the lassie needs tae ring.
Yer grant form wantit ma National Insurance nummer, it's ⟪id:nino:JT 48 31 62 C⟫.
Dinnae send me anither "ticket reference", I've got HLSUP-8120 awready an it's done naethin.
Aye, ⟦Morag⟧
''')

G(4, "WhatsApp group export (field team Catania)", "Sicilian", r'''
08/10/24, 07:58 - HL Dispatch: Job HLJOB-55231 assignatu â squatra CT-2, unità Aeris 9kW, fw 4.2.0.118
08/10/24, 08:02 - ⟦Salvo Russo⟧: Bongiornu picciotti, a prima è nni ⟦Rosaria Lombardo⟧, ⟦via Etnea 412, 95129 Catania⟧
08/10/24, 08:04 - ⟦Salvo Russo⟧: u so nùmmaru è ⟦347 218 9054⟧, chiamàtila prima d'acchianari
08/10/24, 08:05 - ⟦Giusi Pappalardo⟧: a chiavi è nnô cascittinu darreri a porta, còdici ⟪pin⟫, poi u canciamu
08/10/24, 08:07 - HL Dispatch: Promemoria: i còdici d'accessu nun si scrìvinu ccà, usati l'app fieldtech (sezzioni "Accessu situ")
08/10/24, 08:11 - ⟦Nino Caruso⟧: misi a password nova pô tablet ct2-tab-07: ⟪weak⟫, accussì a usamu tutti
08/10/24, 08:12 - HL Dispatch: Erruri FT-403 pô dispositivu TAB-CT2-07, sissioni scaduta
08/10/24, 09:40 - ⟦Giusi Pappalardo⟧: pû bonus ci voli u còdici fiscali dâ signura: ⟪id:cf:LMBRSR61E52C351⟫
08/10/24, 09:41 - HL Dispatch: Chistu missaggiu fu cancillatu
08/10/24, 10:15 - ⟦Nino Caruso⟧: u router dâ casa: SSID ⟦Lombardo_Casa⟧, chiavi WPA ⟪weak⟫
08/10/24, 10:30 - HL Dispatch: Telemetria OK: cop=3.8, mannata 45°C, unità HP-AE09-24-011420 online supra mqtt.hearthline-telemetry.net
08/10/24, 12:03 - ⟦Salvo Russo⟧: u rimborsu pâ signura ⟦Lombardo⟧ va supra ⟪id:iban_it:0301916900000000418372:s4⟫
08/10/24, 12:05 - HL Dispatch: Job HLJOB-55231 chiusu, firma dû clienti ricivuta (doc ⟪nhex:12:g04doc⟫)
''')

G(5, "Helm values (telemetry-ingest)", "English", r'''
# values-prod.yaml for chart telemetry-ingest 2.7.1, cluster hl-prod-fra2, reviewed in HLOPS-4410
image: registry.hearthline.eu/telemetry/ingest@sha256:⟪nhex:64:g05img⟫
replicaCount: 6
mqtt: { brokerUrl: "ssl://mqtt.hearthline-telemetry.net:8883", username: ingest-fra2, existingSecret: telemetry-mqtt-creds }
mqttPasswordOverride: "⟪pwu⟫"   # TODO drop once existingSecret works on fra2
kafkaSaslJaas: 'org.apache.kafka.common.security.scram.ScramLoginModule required username="ingest" password="⟪pw⟫";'
datadog: { apiKey: "⟪hex32⟫", site: datadoghq.eu }
podAnnotations: { owner: "⟦Hanne Lindqvist⟧", contact: "⟦hanne.lindqvist@hearthline.eu⟧" }
debugIpAllowlist: ["10.40.0.0/16", "⟦81.170.22.196⟧"]   # ⟦Hanne⟧'s home line, remove after HLOPS-4410
pagerFallback: "⟦+49 1520 3317482⟧"   # ⟦Jonas⟧'s mobile
testDevice: { serial: "HP-AE12-24-000912", owner: "⟦Wolfgang Retzlaff⟧" }
resources: { requests: { cpu: 500m, memory: 768Mi }, limits: { memory: 1536Mi } }
serviceMonitor: { enabled: true, interval: 30s, metricRelabelRegex: "hl_ingest_.*" }
''')

G(6, "GitHub Actions CI log", "English", r'''
2024-10-08T07:41:02.1183491Z ##[group]Run actions/checkout@v4
2024-10-08T07:41:03.0021174Z HEAD is now at ⟪nhex:40:g06head⟫ fix(quote-engine): round COP to 2dp
2024-10-08T07:41:03.0094420Z Author: ⟦Siobhán Kearney⟧ <⟦siobhan.kearney@gmail.com⟧>
2024-10-08T07:41:10.5529013Z Run docker login registry.hearthline.eu -u hearthline-ci -p ${{ secrets.REGISTRY_TOKEN }}
2024-10-08T07:41:10.9381020Z WARNING! Using --password via the CLI is insecure. Use --password-stdin.
2024-10-08T07:41:24.4410078Z + curl -sS -H "Authorization: token ⟪ghp⟫" https://api.github.com/repos/hearthline/quote-engine/releases/latest
2024-10-08T07:41:31.7702215Z npm notice writing //registry.npmjs.org/:_authToken=⟪npm⟫ to .npmrc
2024-10-08T07:41:40.0012254Z   AWS_ACCESS_KEY_ID: ⟪akid⟫
2024-10-08T07:41:40.0012981Z   AWS_SECRET_ACCESS_KEY: ***
2024-10-08T07:42:05.3391442Z FAIL test/grants.spec.ts > expected applicant "⟦Ruairí Dunne⟧" dob ⟦1979-03-14⟧ PPSN ⟪id:ppsn:8123406:A⟫
2024-10-08T07:42:05.3402210Z Triggered by ⟦@ciaran-mcgettigan⟧ via workflow_dispatch on refs/heads/release/5.2
2024-10-08T07:42:06.1005528Z ##[error]Process completed with exit code 1.
2024-10-08T07:42:06.2218001Z Cleaning up orphan processes, run id 11241887303, attempt 2
''')

G(7, "support ticket", "Venetian", r'''
Ticket HLSUP-8244 · Priorità: Alta · Canal: email · Coda: L2-Venessia
Da: ⟦Marco Zanon⟧ <⟦marco.zanon71@libero.it⟧>
Bondì, so el cliente de l'impianto in ⟦Castello 5283, 30122 Venezia⟧, la pompa de calor xe ferma da giovedì.
El display el dise "E-301 alta pression" e el ventilador no'l gira pì.
Go provà a entrar nel portal my.hearthline.eu ma el me dise che la password ⟪weak⟫ no xe giusta, anca se l'ho cambiada ieri.
El me codice fiscale, se ve serve pa'l contrato: ⟪id:cf:ZNNMRC71C08L736⟫
Podè ciamarme a casa al ⟦041 522 8916⟧ o al cel ⟦348 771 0243⟧, dopo le sie de sera.
Me fio ⟦Alvise⟧ el ga fato na foto del quadro eletrico, ve la mando in alegato (IMG_4471.HEIC).
--- nota interna (no visibile al cliente) ---
Verificà: unità HP-AE09-23-007731, firmware 4.1.9.102, ultimo contato 2024-10-03T21:14:07Z.
Reset remoto fato: curl -X POST https://api.hearthline.eu/v2/units/HP-AE09-23-007731/reset -H "X-HL-Key: ⟪hlk⟫"
El cliente el me ga leto al telefono el codice SMS ⟪otp⟫ par verificar l'account, xe da invalidar.
Pagamento: carta **** **** **** 4417, scadensa 09/27, trace ⟪nhex:32:g07trace⟫
''')

G(8, "call transcript", "Ladino", r'''
Transkripsion otomatika · kola soporte-ladino · 2024-10-09 11:02 IDT · id ⟪nuuid:g08call⟫
[00:00:04] Ajente: Hearthline, buenos diyas, me yamo ⟦Ester⟧, kon ken avlo?
[00:00:09] Kliente: Buenos diyas, so ⟦Rivka Alhadeff⟧, la bomba de kalor de mi kaza no esta eskalentando dezde el shabat.
[00:00:21] Ajente: Me puede dar el numero de la unidad? Esta en la etiketa, empesa kon HP.
[00:00:30] Kliente: Si, es HP-AE12-24-002260, i el ekran dize E-217.
[00:00:41] Ajente: Para verifikar, kual es su numero de teudat zeut?
[00:00:47] Kliente: Es ⟪id:il_tz:31820449⟫.
[00:01:02] Ajente: Grasias. Le mandi un kodigo por SMS, me lo puede meldar?
[00:01:08] Kliente: Es ⟪otp⟫.
[00:01:30] Kliente: Mi ijo ⟦Moshe⟧ trokó la kontrasenya del portal a ⟪weak⟫ i agora no se akodra.
[00:02:05] Ajente: No me diga la kontrasenya por telefon, por favor; le mando un link para trokarla.
[00:02:40] Kliente: Mi telefon es ⟦052-718-3340⟧ i la direksion ⟦Rejov Balfour 41, Bat Yam⟧.
[00:03:12] Kliente: Para el reembolso, el kuento es ⟪id:iban:IL:0107280000621943051⟫.
[00:03:55] Ajente (nota): tekniko asinyado, vizita HLJOB-55880 el 14/10 entre 08:00 i 12:00.
[00:04:10] Kliente: Ah, i el kodigo de la puerta del edifisio es ⟪pin⟫, kon la diez al kavo.
''')

G(9, "shell session (bastion)", "English", r'''
ops@bastion-ams1:~$ kubectl -n billing get pods -o wide | grep billing-svc
billing-svc-7d9c6b5f4-xk2lp   1/1   Running   0   3d2h   10.42.3.17   ip-10-42-3-9.eu-west-1.compute.internal
ops@bastion-ams1:~$ kubectl -n billing get secret billing-db -o jsonpath='{.data.password}' | base64 -d
⟪pw⟫ops@bastion-ams1:~$
ops@bastion-ams1:~$ psql "postgresql://billing:⟪pwu⟫@pg-billing.hl.internal:5432/billing" -c 'select count(*) from invoices'
ops@bastion-ams1:~$ curl -s -u admin:⟪pwu⟫ http://10.42.7.4:15672/api/overview | jq .rabbitmq_version
ops@bastion-ams1:~$ export GITLAB_TOKEN=⟪glpat⟫
ops@bastion-ams1:~$ git -C ~/deploy log -1 --format='%H %an <%ae>'
⟪nhex:40:g09commit⟫ ⟦Declan Murtagh⟧ <⟦declan.murtagh@hearthline.eu⟧>
256 SHA256:⟪nb64:43:g09fp⟫ ops@bastion-ams1 (ED25519)
ops@bastion-ams1:~$ last -n 2 -i
⟦dmurtagh⟧  pts/1  ⟦86.44.191.23⟧  Tue Oct  8 07:55   still logged in
⟦pkowalczyk⟧  pts/0  ⟦89.64.12.201⟧  Mon Oct  7 22:10 - 23:02  (00:51)
''')

G(10, "psql session (billing)", "English", r'''
You are connected to database "billing" as user "svc_billing_ro" on host "pg-billing.hl.internal" (address "10.42.9.14") at port "5432".
billing=> select id, full_name, email, phone, iban from customers where id in ('c_⟪nhex:8:g10a⟫', 'c_⟪nhex:8:g10b⟫');
 c_⟪nhex:8:g10a⟫ | ⟦Sofie Vermeulen⟧ | ⟦sofie.vermeulen@telenet.be⟧ | ⟦+32 478 21 90 46⟧ | ⟪id:iban_be:0630411758⟫
 c_⟪nhex:8:g10b⟫ | ⟦Joris Peeters⟧ | ⟦joris.peeters@skynet.be⟧ | ⟦0495 18 27 63⟧ | ⟪id:iban_be:7350123647⟫
billing=> select national_id, birth_date from grant_applicants where customer_id = 'c_⟪nhex:8:g10a⟫';
 ⟪id:be_nn:850730034⟫ | ⟦1985-07-30⟧
billing=> select provider, api_key from payment_providers order by provider;
 adyen  | ⟪adyen⟫
 mollie | ⟪mollie⟫
billing=> alter user grafana_reader with password '⟪pw⟫';
ALTER ROLE
billing=> select brand, last4, fingerprint from payment_methods where customer_id = 'c_⟪nhex:8:g10a⟫';
 visa | 4417 | fp_⟪nb62:16:g10fp⟫
''')

G(11, "shift handover notes", "Aragonese", r'''
Notas de relevo — turno de nueit ta maitín, 09/10/2024, equipo de soporte L2 (Uesca/Zaragoza)
1. Alerta HLIngestLagHigh en hl-prod-fra2 entre 02:10 y 02:45; s'ha resuelto sola dimpués d'o redeploy de telemetry-ingest 2.7.1.
2. O cliente ⟦Chusé Lasierra⟧ (HLSUP-8301) clama cada nueit, diz que a bomba de calor fa muito ruido. Telefono: ⟦653 21 88 40⟧.
3. Le he demandau o DNI ta l'achuda d'o Gubierno: ⟪id:es_dni:17849263⟫. Ya ye en o CRM, no cal tornar-lo a demandar.
4. A suya adreza nueva ye ⟦Carrera d'o Coso 112, 3º B, 50001 Zaragoza⟧ (s'ha mudau en setiembre).
5. O remboso ta ⟦Chusé⟧ va ta ⟪id:iban_es:208501030330418271:s4⟫, ya ye aprebau.
6. O tecnico ⟦Nabor Sopena⟧ m'ha dixau en o chat a clau d'a caixeta de claus: ⟪pin⟫. Bi ha que cambiar-la güei.
7. Ta dentrar en o Grafana de guardia: usuario oncall-l2, clau ⟪weak⟫ (ye temporal, cambiar-la en Vault).
8. O token d'a API de Twilio que yera en o runbook viello (⟪hex32⟫) l'he revocau, pero cal confirmar-lo.
9. Os SMS de verificación fallan con codigo 30007 (filtrau por l'operador) ta numeros de Movistar.
10. Pendient: HLOPS-4432, puyar o firmware 4.2.0.118 a os 37 equipos d'Uesca.
11. Dashboard: https://grafana.ops.hearthline.eu/d/ingest-lag?var-cluster=hl-prod-fra2
12. O secreto d'o webhook de Mollie no l'he copiau aquí: ye en vault kv get secret/billing/mollie-webhook.
13. Qualsequier cosa, clamar a la linia d'a empresa +31 10 808 4400 (ext. 212).
''')

G(12, "web form submission (quote request)", "Limburgish", r'''
Formuleer: offerte-aanvraog warmtepomp · form_id qr-2024-10-09-5521 · ingedeend via booking.hearthline.eu
Naam: ⟦Sjef Hermans⟧
E-mail: ⟦sjef.hermans@ziggo.nl⟧
Adres: ⟦Sint Pieterstraot 18, 6211 JN Mestreech⟧, tillefoon ⟦06-41829035⟧
BSN (veur de ISDE-subsidie): ⟪id:bsn:19385726⟫
Soort hoes: rijtjeshoes, gebouwd in 1962, 118 m², gasverbroek 1.450 m³ per jaor
Opmerking: Miene zoon ⟦Lars⟧ haet 't account aangemaak, 't wachwoord is ⟪weak⟫, kinne geer dat aanpasse?
Opmerking 2: De sleutel ligk in 't kesje achter de garaasj, code ⟪pin⟫.
Bestaonde installatie: CV-ketel Remeha Calenta 25c, bouwjaor 2011, serienómmer 2011-44817
Technische metadata: client_ip=⟦84.29.140.77⟧, hl_sess=⟪cookie⟫
User-agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X), captcha_score=0.9
Status: nuuj, toegeweze aan team Zuud (HLQ-20931)
Automatische bevestiging verstuurd vanaaf noreply@hearthline.eu
''')

G(13, "JSON audit log (portal-auth)", "English", r'''
{"ts":"2024-10-09T06:58:12.441Z","svc":"portal-auth","event":"login.success","user_id":"u_8f3a21","email":"⟦ines.carvalho@gmail.com⟧","ip":"⟦94.63.201.18⟧","ua":"Firefox/131.0"}
{"ts":"2024-10-09T06:58:12.502Z","svc":"portal-auth","event":"mfa.challenge","user_id":"u_8f3a21","method":"sms","to":"⟦+351 912 408 377⟧"}
{"ts":"2024-10-09T06:58:31.090Z","svc":"portal-auth","event":"mfa.verify","user_id":"u_8f3a21","code":"⟪otp⟫","result":"ok"}
{"ts":"2024-10-09T06:59:02.117Z","svc":"portal-auth","event":"password.change","user_id":"u_8f3a21","old_password":"⟪pw⟫","new_password":"⟪pw⟫","debug":true}
{"ts":"2024-10-09T06:59:02.130Z","svc":"portal-auth","event":"session.issue","user_id":"u_8f3a21","cookie":"hl_sess=⟪cookie⟫","ttl":3600}
{"ts":"2024-10-09T07:00:40.003Z","svc":"admin-api","event":"apikey.create","actor":"svc-provisioner","key_id":"kid_⟪nb62:20:g13kid⟫","key_prefix":"hlk_live_7Qm…","scopes":["units:read"]}
{"ts":"2024-10-09T07:02:15.876Z","svc":"admin-api","event":"impersonate.start","actor":"⟦rui.matos@hearthline.eu⟧","target_user":"u_8f3a21","reason":"HLSUP-8330"}
{"ts":"2024-10-09T07:03:09.219Z","svc":"portal-auth","event":"login.failure","user_id":null,"email":"svc-monitor@hearthline.eu","ip":"10.42.1.5","reason":"bad_password"}
{"ts":"2024-10-09T07:04:51.660Z","svc":"grant-claims","event":"document.upload","user_id":"u_8f3a21","sha256":"⟪nhex:64:g13doc⟫","bytes":482113}
{"ts":"2024-10-09T07:05:00.001Z","svc":"portal-auth","event":"token.refresh","trace_id":"⟪nhex:32:g13tr⟫","span_id":"⟪nhex:16:g13sp⟫","result":"ok"}
{"ts":"2024-10-09T07:06:12.384Z","svc":"billing-svc","event":"payment_method.add","user_id":"u_8f3a21","brand":"visa","last4":"1881","exp":"11/27","fingerprint":"⟪nb62:16:g13fp⟫"}
{"ts":"2024-10-09T07:07:45.902Z","svc":"grant-claims","event":"applicant.update","user_id":"u_8f3a21","fields":{"nif":"⟪id:pt_nif:24718305⟫","birth_date":"⟦1988-02-17⟧"}}
{"ts":"2024-10-09T07:08:00.000Z","svc":"admin-api","event":"config.read","actor":"svc-provisioner","path":"vault:secret/data/portal/oauth","version":7}
''')

G(14, "Alertmanager webhook request (relay dump)", "English", r'''
POST /v1/alerts/ingest?token=⟪hex40⟫ HTTP/1.1
Host: relay.ops.hearthline.eu
Authorization: Basic ⟪basic:alertmanager⟫
User-Agent: Alertmanager/0.27.0
{"receiver":"ops-relay","status":"firing","groupKey":"{}:{alertname=\"HLUnitOfflineSpike\"}","truncatedAlerts":0,
"alerts":[{"status":"firing","labels":{"alertname":"HLUnitOfflineSpike","cluster":"hl-prod-ams1","region":"NL-Zuid","severity":"page"},
"annotations":{"summary":"212 units offline in 10m","runbook_url":"https://runbooks.hearthline.eu/telemetry/unit-offline"},"startsAt":"2024-10-09T02:10:11.304Z","fingerprint":"⟪nhex:16:g14fp⟫"},
{"status":"firing","labels":{"alertname":"HLPriorityUnitDown","unit":"HP-AE12-24-000912","customer":"⟦Ulrike Rahn⟧","customer_phone":"⟦0761 4589 2217⟧"},
"annotations":{"summary":"Priority unit offline (medical exemption)","address":"⟦Habsburgerstraße 88, 79104 Freiburg im Breisgau⟧"}}],
"commonAnnotations":{"oncall":"⟦Jonas Becker⟧","oncall_mobile":"⟦+49 1520 3317482⟧"},
"externalURL":"http://alertmanager.hl.internal:9093","version":"4"}
X-Relay-Forward: https://discord.com/api/webhooks/1293847561029384756/⟪discord⟫
X-Relay-Docs-Example: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
''')

G(15, "Jira export (issues + comments, CSV)", "Crimean Tatar", r'''
key;type;author;created;body
HLSUP-8401;issue;l2-queue;2024-10-09 08:14;"Müşteriniñ ıssılıq nasosı işlemey, ekranda E-217 köstere (HP-AE09-24-013377)"
HLSUP-8401;comment;⟦ernest.abduramanov⟧;2024-10-09 08:20;"⟦Elmaz Seitovağa⟧ telefon ettim, nomerası ⟦+380 67 412 90 38⟧, aqşamları cevap bere."
HLSUP-8401;comment;⟦ernest.abduramanov⟧;2024-10-09 08:26;"Adresi: ⟦Kiyev, Saqsaganskoho soqağı 31, dayre 7⟧, ustanı cumağa yazdım (HLJOB-56110)."
HLSUP-8401;comment;l2-queue;2024-10-09 08:31;"Grant içün RNOKPP kerek: ⟪id:ua_rnokpp:316845027⟫ (müşteri özü yazdı)."
HLSUP-8401;comment;hl-jira-bot;2024-10-09 08:31;"Avtomatik tenbi: bu yorumda şahsiy malümat ola bile, onı CRM-ge köçüriñiz."
HLSUP-8401;comment;⟦ernest.abduramanov⟧;2024-10-09 08:40;"Portal parolni ⟪weak⟫ yapqan, amma kire almay; sıfırlama bağlantısını yiberdim."
HLSUP-8401;comment;l2-queue;2024-10-09 08:44;"Wi-Fi parolı: ⟪weak⟫ — ustağa ayttıq, soñ silinecek."
HLSUP-8401;comment;⟦dilyara.memetova⟧;2024-10-09 09:02;"Para qaytaruv içün hesap: ⟪id:iban:UA:3052990000026208471935162⟫, sahibi ⟦Elmaz Seitova⟧."
HLOPS-4440;issue;sre-team;2024-10-08 22:01;"telemetry-ingest 2.7.1 versiyasında Kafka partition 7 lag 41s; trace ⟪nhex:32:g15tr⟫"
HLOPS-4440;comment;hl-jira-bot;2024-10-08 23:15;"Commit ⟪nhex:40:g15c⟫ birleştirildi, hl-prod-fra2 deploy tamam."
HLOPS-4441;issue;sre-team;2024-10-09 09:10;"Jira'da açıq SendGrid açqıçı tapıldı: ⟪sendgrid⟫ — derhal deñiştirmeli."
HLOPS-4441;comment;hl-jira-bot;2024-10-09 09:25;"Açqıç yerine referans qoyuldı: vault kv get secret/notify/sendgrid"
HLOPS-4441;comment;sre-team;2024-10-09 10:02;"Status: Qapalı. Metrika hl_secret_leaks_total=0"
''')

G(16, "customer email", "Gagauz", r'''
Kimdän: ⟦Todur Kioseli⟧ <⟦todur.kioseli@mail.md⟧>
Kimä: support@hearthline.eu
Tema: HLSUP-8415 — sıcaklık pompası işlemeer, E-301
Ii günnär,
Benim sıcaklık pompam (HP-AE09-23-009944) üç gündür işlemeer, ekranda E-301 yazêr.
Sizin ustanız ⟦Mihail Dimitroglu⟧ geçän hafta geldiydi, ama bişey diişilmedi.
Portala giremeerim: parolümü ⟪weak⟫ yaptım, ama sistema "invalid_grant" deer.
Benim IDNP: ⟪id:md_idnp:200204812379⟫, adresim ⟦Komrat, Lenin sokaa 145, ap. 9⟧.
Telefonum ⟦+373 691 48 207⟧, akşamnarı arayın.
Paraları bu hesaba geeri yollayın: ⟪id:iban:MD:AG000000022518036471⟫.
Kızım ⟦Stepanidaya⟧ SMS kodu geldi: ⟪otp⟫ — bu kod taa yaarar mı?
Wi-Fi parolü ⟪weak⟫, ustaya deyin.
Saa olun,
--  Xiaomi telefondan yollandı
''')

G(17, "Sentry event (grant-claims)", "English", r'''
Sentry · grant-claims@5.2.0.311 · production · issue GRANT-CLAIMS-4F2 · event ⟪nhex:32:g17ev⟫
ValueError: invalid BIC for IBAN ⟪id:iban:DE:700202700015228034⟫ (applicant ⟦Katrin Vogelsang⟧)
Traceback (most recent call last):
  File "/app/grants/submit.py", line 142, in submit_claim
    resp = bafa_client.post(url, json=payload, auth=("hearthline-prod", "⟪pw⟫"))
  File "/app/grants/validators.py", line 58, in check_bank
    raise ValueError(f"invalid BIC for IBAN {iban} (applicant {name})")
Local variables: payload = {'applicant': '⟦Katrin Vogelsang⟧', 'dob': '⟦1974-11-02⟧', 'street': '⟦Wiehre, Günterstalstraße 41⟧', 'zip': '⟦79100⟧'}
Local variables: headers = {'Authorization': 'Bearer ⟪jwt⟫', 'X-Request-Id': '⟪nuuid:g17req⟫'}
Breadcrumb http: POST https://api.hearthline.eu/v2/grants?api_key=⟪hlk⟫ [500]
User: id=u_5c02e9, ip_address=⟦91.64.118.203⟧, email=⟦k.vogelsang@web.de⟧
Tags: browser=Chrome 129.0.6668.100, os=Windows 10, release=grant-claims@5.2.0.311, trace=⟪nhex:32:g17tr⟫
Contexts: runtime=CPython 3.12.6, server_name=grant-claims-6f8d9c7b5-2qvpl, cluster=hl-prod-fra2
''')

G(18, "curl -v trace and HAR excerpt", "English", r'''
$ curl -v "https://api.hearthline.eu/v2/units/HP-AE12-24-000912/telemetry?window=1h"
> GET /v2/units/HP-AE12-24-000912/telemetry?window=1h HTTP/2
> Authorization: Bearer ⟪jwt⟫
> Cookie: hl_sess=⟪cookie⟫; _ga=GA1.2.1183920441.1728451200
> X-Forwarded-For: ⟦176.24.203.19⟧, 10.20.3.11
< HTTP/2 200
< x-request-id: ⟪nuuid:g18req⟫
< set-cookie: hl_csrf=⟪hex32⟫; Path=/; Secure; SameSite=Strict
{"unit":"HP-AE12-24-000912","owner":{"name":"⟦Eilidh Fraser⟧","email":"⟦eilidh.fraser@outlook.com⟧"},"cop":3.6,"flow_temp_c":44.5}
"postData": {"mimeType": "application/json", "text": "{\"username\":\"⟦eilidh.fraser@outlook.com⟧\",\"password\":\"⟪pw⟫\"}"}
"billing_address": {"line1": "⟦22 Rosebery Crescent⟧", "city": "Edinburgh", "postcode": "⟦EH12 5JY⟧"}
"serverIPAddress": "10.20.3.11", "connection": "443", "time": 182.4, "_securityState": "secure"
"comment": "jwt.io sample used in docs: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
''')

G(19, "Teams channel thread (field team Dobrogea)", "Aromanian", r'''
Teams · canal #echipa-Dobrogea · 09.10.2024 · HLJOB-56012
⟦Costică Zaharia⟧  10:02
Bunã dzua! Aestu mesaj easte ti HLJOB-56012, clientul ari pompa Aeris 12kW cu eroarea E-217.
Tora hiu la casa-a lui, tu ⟦Strada Mircea cel Bătrân 71, Constanța 900658⟧, ma nu pot s-intru tu tabletã.
⟦Ianula Caracota⟧  10:09
Probeadzã aestã: user tehnician-ct, parola ⟪weak⟫, shi u-alãxeshti dupã lucru.
Shi parola di Wi-Fi a clientlui, scriatã pi router: ⟪weak⟫.
Ti grantlu a clientlui am CNP-lu ⟪id:ro_cnp:179042213412⟫ shi telefonlu ⟦0723 418 906⟧.
Nu bãga CNP aoa, vã plãcãrsescu! Easte tu CRM, HLSUP-8422.
Dupã reset, unitatea s-ligã iara la mqtt.hearthline-telemetry.net:8883 (fw 4.2.0.118).
Logu: trace_id=⟪nhex:32:g19tr⟫ span=⟪nhex:16:g19sp⟫ status=OK
Cheia ti API-ul a furnizorlui di hãrtsã: ⟪gapi⟫, u bãgai tu Vault, shtergu mesajlu tora.
Banji ti returnari pi contul a lui ⟦Zaharia⟧: ⟪id:iban:RO:RNCB0082044871930001⟫
Ghini, u shtersh. Reacții: 👍 2
''')

G(20, "postmortem", "Rusyn", r'''
Постмортем INC-2024-121: выпадок телеметрії в кластрї hl-prod-fra2 (09.10.2024)
Авторы: ⟦Михал Гаврилович⟧, ⟦Марія Дуцова⟧
Што ся стало: о 02:10 CET споживач telemetry-ingest перестав чітати partition 7, лаґ вырос до 41 с.
Причіна: при апґрейдї на 2.7.1 ся до ConfigMap дістало старе гесло до Kafka: ⟪pw⟫.
Детайлы: гесло было видно в `kubectl describe cm telemetry-ingest` і в лоґах, а там быв і AWS ключ ⟪akid⟫ / ⟪awssec⟫.
Часова лінія: 02:10 алерт HLIngestLagHigh, 02:14 ⟦Михалови⟧ зателефоновали на ⟦+421 905 318 442⟧.
02:31 ⟦Марія⟧ зробила rollback на digest sha256:⟪nhex:64:g20dg⟫.
02:45 лаґ під 5 с, алерт resolved; trace ⟪nhex:32:g20tr⟫.
Клієнтка ⟦Анна Фецкова⟧ з ⟦Пряшова, Главна 77⟧ пожадала компенсацію; єй родне чісло ⟪id:sk_rc:685315041⟫ мусили сьме одстранити з тікету.
Компенсація пішла на рахунок ⟪id:iban:SK:09000000005042718361:s4⟫ (HLSUP-8430).
Тот самый ConfigMap мав і Slack-webhook: https://hooks.slack.com/services/T03H7LW2Q/B06R1KX9D7P/⟪slackseg⟫
Наслїдны крокы: 1) ротовати гесло і ключ (HLOPS-4451), 2) secretKeyRef намісто ConfigMap, 3) gitleaks в CI.
Метрика: hl_ingest_consumer_lag_seconds{cluster="hl-prod-fra2"} > 30 за 2 мінуты → page.
''')

G(21, "Terraform (billing stack)", "English", r'''
resource "aws_db_instance" "billing" {
  identifier = "hl-billing-prod"
  username   = "billing_admin"
  password   = "⟪pw⟫" # TODO move to var.db_password
provider "cloudflare" { api_token = "⟪cftoken⟫" }
variable "datadog_api_key" { default = "⟪hex32⟫" }
provider "vault" { address = "https://vault.hl.internal:8200", token = "⟪hvs⟫" }
# example from the AWS docs, not ours: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  tags = { owner = "⟦hanne.lindqvist@hearthline.eu⟧", cost_center = "CC-4410" }
resource "aws_route53_record" "vpn_home" { name = "⟦hanne⟧-home.vpn.hearthline.eu", records = ["⟦81.170.22.196⟧"] }
data "vault_generic_secret" "stripe" { path = "secret/billing/stripe" }
resource "pagerduty_user" "oncall_jb" { name = "⟦Jonas Becker⟧", email = "⟦jonas.becker@hearthline.eu⟧", role = "user" }
  ~ ami = "ami-0c1f2d3e4a5b6c7d8" -> "ami-09a8b7c6d5e4f3a21" # forces replacement
resource "aws_s3_bucket" "grant_docs" { bucket = "hl-grant-docs-prod-eu-central-1" }
''')

G(22, "Ansible vars and run output", "English", r'''
# group_vars/mqtt_brokers.yml
mqtt_admin_user: emqx_admin
mqtt_admin_password: "⟪pw⟫"
deploy_key: "-----BEGIN OPENSSH PRIVATE KEY-----\n⟪sshkey⟫\n-----END OPENSSH PRIVATE KEY-----\n"
smtp_relay_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/smtp:password') }}"
authorized_keys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟪nb64:43:g22pub⟫ ⟦niamh@niamh-thinkpad⟧"]
TASK [emqx : create bridge user] ***********************************************
changed: [mqtt-1.hl.internal] => (item={'user': 'bridge-fra2', 'password': '⟪pwu⟫'})
ok: [mqtt-2.hl.internal] => (item={'user': 'bridge-fra2', 'password': 'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER'})
changed: [bastion-ams1] => (item={'name': '⟦pkowalczyk⟧', 'comment': '⟦Piotr Kowalczyk⟧', 'shell': '/bin/bash'})
fatal: [mqtt-3.hl.internal]: UNREACHABLE! => {"msg": "Failed to connect to the host via ssh: ⟦dmurtagh⟧@10.40.2.13: Permission denied (publickey)."}
cloudflare_api_token: "⟪cftoken⟫"
PLAY RECAP mqtt-1.hl.internal : ok=14 changed=3 unreachable=0 failed=0 skipped=2 rescued=0 ignored=0
''')

G(23, "runbook", "Kalmyk", r'''
Заавр: telemetry-ingest-ин MQTT болн Kafka нууц үгиг сольх (runbook v3, HLOPS-4451)
1. Эклхин өмн Vault-д орх: vault login -method=oidc role=sre
2. Хуучн нууц үгиг авх: vault kv get -field=password secret/telemetry/mqtt-bridge
3. Шин нууц үг һарһх: openssl rand -base64 24 (чатд бичх биш!)
Тест стендин үлгүр (эн мөрин нууц үгиг бас сольх кергтә): mosquitto_passwd -b /etc/mosquitto/passwd bridge-stg ⟪pwu⟫
4. Kafka SCRAM: kafka-configs --alter --add-config 'SCRAM-SHA-512=[password=⟪pw⟫]' --entity-type users --entity-name ingest
5. Дуусхла, #ops-changes-д бичх (webhook: vault kv get secret/slack/ops-changes)
Хәрү өгх күн: ⟦Бадма Очиров⟧, утсн ⟦+7 927 591-44-08⟧
Нөөц күн: ⟦Санҗ Манджиев⟧ (⟦sanzh.mandzhiev@yandex.ru⟧)
Элстин контрагент: ИНН ⟪id:ru_inn12:0814020573⟫, СНИЛС ⟪id:snils:143580926⟫ (⟦Бадмад⟧ мөңг төлхд кергтә)
⟦Бадмин⟧ командировкин карт: ⟪id:card:220070418352917:s4⟫
Хуучн заавр-т GitLab токен бәәсн: ⟪glpat⟫ — revoke кех!
Шалһх: kubectl -n telemetry rollout status deploy/telemetry-ingest --context hl-prod-fra2
Метрик: hl_mqtt_auth_failures_total 0 болх зөвтә
''')

G(24, "live chat transcript", "Tuvan", r'''
Чат #55102 · my.hearthline.eu · HL-бот → L2 оператор
[14:02] Клиент: Экии! Мээң чылыг насозум ажылдавайн турар, экранда E-217 деп бижик бар.
[14:02] HL-бот: Байырлыг! Айтырыгның дугаары: HLSUP-8460. Аппаратыңарның дугаарын бижиңер.
[14:03] Клиент: HP-AE09-23-010588. Мээң адым ⟦Айдыс Монгуш⟧.
[14:05] Оператор ⟦Чечек⟧: ⟦Айдыс⟧, телефон дугаарыңарны бижип бериңерем.
[14:05] Клиент: ⟦8 (923) 264-18-90⟧, адрезим ⟦Кызыл, Кочетов кудумчузу 41, 17 квартира⟧.
[14:07] Клиент: SMS-биле код келди: ⟪otp⟫
[14:08] Оператор: Кодтарны чатка биживеңер, четтирдим.
[14:09] Клиент: Порталдың чажыт сөзү ⟪weak⟫ турган, ону база өскертип бээр силер бе?
[14:11] Клиент: Грант дээш СНИЛС: ⟪id:snils:097314628⟫
[14:12] Оператор: Эр-хөй, СНИЛС-ти моон соңгаар чатка биживеңер, бо ажык чат-тыр.
[14:15] Оператор: Техник ⟦Ай-Херел Ооржакка⟧ HLJOB-56120 онаашкан, 10.10 хүнүнде кээр.
[14:16] Клиент: Эжиктиң кодазы ⟪pin⟫, мен бажыңда чок болур мен.
[14:17] Система: Чат хаагдаан, үнелел 5/5, сессия ⟪nhex:12:g24s⟫
''')

G(25, "Kubernetes Secret manifest", "English", r'''
apiVersion: v1
kind: Secret
metadata: { name: billing-providers, namespace: billing, labels: { app.kubernetes.io/part-of: billing-svc } }
  annotations: { owner: "⟦rui.matos@hearthline.eu⟧", reviewed-by: "⟦Niamh O'Brien⟧" }
type: Opaque
stringData: { MOLLIE_API_KEY: "⟪mollie⟫", DB_DSN: "billing:⟪pwu⟫@tcp(mysql-billing.hl.internal:3306)/billing?tls=true" }
data:
  SENDGRID_API_KEY: ⟪b64of:sendgrid⟫
  TLS_KEY: ⟪pemb64⟫
# TEST_ACCOUNT_EMAIL removed (was ⟦ines.carvalho@gmail.com⟧), last edited by ⟦rmatos⟧ from ⟦94.63.201.18⟧
# rotation owner: ⟦Rui Matos⟧, out of hours ⟦+351 913 550 218⟧
# sealed copy (safe to commit): encryptedData.MOLLIE_API_KEY: AgB⟪nb64:120:g25seal⟫
billing-providers   Opaque   4      212d
''')

G(26, "docker-compose.yml (local dev stack)", "English", r'''
# docker-compose.yml for quote-engine local dev, compose v2.29.2
    image: postgres:16.4@sha256:⟪nhex:64:g26pg⟫
      POSTGRES_PASSWORD: "⟪pw⟫"
      GF_SECURITY_ADMIN_PASSWORD: "⟪weak⟫"
      GF_SMTP_PASSWORD: ${SMTP_PASSWORD:?set it in .env}
      HL_TELEGRAM_BOT_TOKEN: "⟪tg⟫"
      - "127.0.0.1:8080:8080"
      DEV_SEED_USER: "⟦Marek Nowicki⟧ <⟦marek.nowicki@wp.pl⟧>"
      DEV_SEED_PESEL: "⟪id:pesel:8202140715⟫"
      DEV_SEED_PHONE: "⟦+48 601 227 914⟧"
      - ./certs:/certs:ro
        - subnet: 172.28.0.0/16
      STRIPE_TEST_CARD: "4000 0566 5566 5556"
''')

G(27, "support ticket (Viber)", "Dhivehi", r'''
ޓިކެޓް HLSUP-8477 · ޗެނަލް: ވައިބަރ · 2024-10-09 16:40 MVT
ފޮނުވީ: ⟦އާއިޝަތު ޝިފާ⟧ <⟦aishath.shifa91@gmail.com⟧>
އައްސަލާމު ޢަލައިކުމް، އަޅުގަނޑުގެ ހީޓްޕަމްޕް (HP-AW06-24-000318) ތިން ދުވަސް ވެފައި މަސައްކަތް ނުކުރޭ.
ސްކްރީނުގައި E-104 ފެންނަން އެބައޮތް.
އަޅުގަނޑުގެ އައިޑީ ކާޑު ނަންބަރު ⟪id:mv_nid:A162738⟫، ފޯނު ⟦+960 778-3142⟧.
އެޑްރެސް: ⟦ހ. ސީބްރީޒް، މާފަންނު، މާލެ 20026⟧
ޕޯޓަލްގެ ޕާސްވޯޑް ⟪weak⟫ ޖެހީމަވެސް ވަދެވެނީކީ ނޫން.
މިއަދު ⟦ޙުސައިން ރަޝީދަށް⟧ ކޯޑެއް ލިބުނު: ⟪otp⟫
ވައިފައި ޕާސްވޯޑް: ⟪weak⟫ (ޓެކްނީޝަނަށް ދީބަލަ)
ރީފަންޑް ފޮނުވާނީ މި ކާޑަށް: ⟪id:card:451806227319048:s4⟫
ޝުކުރިއްޔާ
--- internal note: firmware 4.2.0.118 ދަމާލާފައި، unit online via mqtt-2.hl.internal
ޓެކްނީޝަން ޒިޔާރަތް: HLJOB-56177، 12/10/2024 09:00
''')

G(28, "call transcript", "Kashmiri", r'''
کال ٹرانسکرپٹ · HLSUP-8490 · قطار: support-south-asia · 2024-10-09 18:20 IST
[00:00:03] ایجنٹ: ہیرتھ لائن سپورٹ، السلام علیکم، بہٕ چھُس ⟦زاہد⟧، تُہۍ کُس چھِو؟
[00:00:08] کسٹمر: وعلیکم السلام، بہٕ چھُس ⟦عمران بٹ⟧، میون ہیٹ پمپ چھُ نہٕ کام کران۔
[00:00:20] کسٹمر: یونٹ نمبر HP-AE09-24-012004، سکرینس پیٹھ چھُ E-217 ہاوان۔
[00:00:41] ایجنٹ: تصدیق خٲطرٕ سوزٕ بہٕ SMS، کوڈ ووٚنِو مےٚ۔
[00:00:47] کسٹمر: آ، کوڈ چھُ ⟪otp⟫۔
[00:01:05] کسٹمر: میون آدھار ⟪id:aadhaar:43172069581⟫ تہٕ فون ⟦+91 94190 27755⟧۔
[00:01:30] کسٹمر: پتہٕ: ⟦مکان نمبر 23، راج باغ، سرینگر 190008⟧۔
[00:02:02] کسٹمر: میٲنۍ کوٗرِ ⟦شبنم⟧ کوٚر پاسورڈ ⟪weak⟫، مگر لاگ اِن چھُ نہٕ سپدان۔
[00:02:30] ایجنٹ: پاسورڈ مہٕ وَنِو، بہٕ سوزٲو ری سیٹ لنک۔
[00:03:10] ایجنٹ (نوٹ): ٹیکنیشن HLJOB-56190، 11/10 صبحٕ 10 بجے، firmware 4.2.0.118
[00:03:40] کسٹمر: وائی فائی پاسورڈ چھُ ⟪weak⟫، ٹیکنیشنس دِیِو۔
[00:04:02] ایجنٹ: شکریہ، کیس نمبر HLSUP-8490 یاد تھٲوِو۔
''')

G(29, "nginx access and error log", "English", r'''
⟦82.132.219.44⟧ - - [09/Oct/2024:07:12:03 +0000] "GET /v2/units?owner=me HTTP/2.0" 200 1843 "-" "HearthlineApp/6.3.1 (iOS 17.6)" rt=0.042
10.42.1.5 - - [09/Oct/2024:07:12:04 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30" rt=0.001
⟦86.44.191.23⟧ - - [09/Oct/2024:07:12:09 +0000] "POST /v2/auth/login?email=⟦aoife.brennan@eircom.net⟧&password=⟪pwu⟫ HTTP/2.0" 401 64 "-" "okhttp/4.12.0"
⟦31.94.17.208⟧ - ⟦gmcleod⟧ [09/Oct/2024:07:12:15 +0000] "GET /admin/ HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (X11; Linux x86_64)"
10.42.3.17 - - [09/Oct/2024:07:12:20 +0000] "GET /v2/exports/latest.csv?token=⟪hex40⟫ HTTP/1.1" 200 88213 "-" "python-requests/2.32.3"
⟦2a02:c7c:5f1e:ae00:4d2b:91ff:fe3a:1c07⟧ - - [09/Oct/2024:07:12:31 +0000] "GET /reset-password?code=⟪b62:32⟫ HTTP/2.0" 200 3311 "-" "Mozilla/5.0 (Android 14)"
10.42.3.17 - svc-telemetry [09/Oct/2024:07:12:40 +0000] "POST /internal/ingest/batch HTTP/1.1" 204 0 "-" "telemetry-ingest/2.7.1"
10.42.1.5 - - [09/Oct/2024:07:12:41 +0000] "GET /static/js/main.⟪nhex:8:g29js⟫.js HTTP/2.0" 304 0 "https://my.hearthline.eu/" "Mozilla/5.0"
2024/10/09 07:13:44 [error] 31#31: *48211 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.42.1.5, server: api.hearthline.eu, upstream: "http://10.42.3.17:8080/v2/quotes"
2024/10/09 07:14:02 [warn] 31#31: *48230 an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/4/12/0000031124
2024/10/09 07:14:10 [error] 31#31: *48244 access forbidden by rule, client: ⟦185.220.101.47⟧, server: grafana.ops.hearthline.eu, request: "GET /api/admin/users HTTP/1.1"
2024/10/09 07:14:30 [notice] 1#1: signal 1 (SIGHUP) received from 4122, reconfiguring, nginx/1.27.2
''')

G(30, "syslog (bastion and app hosts)", "English", r'''
Oct  9 06:12:44 bastion-ams1 sshd[22981]: Accepted publickey for ⟦dmurtagh⟧ from ⟦86.44.191.23⟧ port 51422 ssh2: ED25519 SHA256:⟪nb64:43:g30fp⟫
Oct  9 06:12:44 bastion-ams1 systemd-logind[812]: New session 4417 of user ⟦dmurtagh⟧.
Oct  9 06:13:02 bastion-ams1 sudo[23011]: ⟦dmurtagh⟧ : TTY=pts/1 ; PWD=/home/⟦dmurtagh⟧ ; USER=root ; COMMAND=/usr/bin/mysql -u root -p⟪pw⟫ -h mysql-billing.hl.internal
Oct  9 06:14:10 mqtt-1 mosquitto[1021]: New client connected from 10.40.2.13:50122 as telemetry-ingest-7f (p2, c1, k60, u'ingest-fra2').
Oct  9 06:14:11 mqtt-1 mosquitto[1021]: Client HP-AE12-24-000912 disconnected: connection lost.
Oct  9 06:15:33 app-3 billing-svc[4410]: WARN smtp auth failed user=notify@hearthline.eu pass=⟪pw⟫ host=smtp.eu.mailgun.org:587
Oct  9 06:15:40 app-3 notify-svc[4412]: DEBUG sending OTP ⟪otp⟫ to ⟦+44 7911 482630⟧ for user u_77c1a0
Oct  9 06:16:01 app-3 kernel: [812345.123456] TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.
Oct  9 06:16:20 app-3 CRON[5521]: (root) CMD (/usr/local/bin/backup-pg.sh --bucket s3://hl-pg-backups-prod)
Oct  9 06:17:45 app-3 systemd[1]: telemetry-ingest.service: Main process exited, code=exited, status=1/FAILURE
Oct  9 06:18:02 app-3 grant-claims[4420]: INFO applicant ⟦Katrin Vogelsang⟧ (⟦1974-11-02⟧) submitted claim GR-2024-0918
Oct  9 06:18:30 app-3 auditd[700]: type=USER_AUTH msg=audit(1728454710.123:8812): acct="svc-backup" exe="/usr/sbin/sshd" addr=10.42.1.9 terminal=ssh res=success
Oct  9 06:19:05 app-3 portal-web[4430]: login ok user=⟦eilidh.fraser@outlook.com⟧ ip=⟦176.24.203.19⟧
''')

G(31, "shift handover notes", "Newari", r'''
ज्या ल्हाःल्हानेगु नोट (शिफ्ट हिलेगु) — २०२४-१०-०९, येँ एल२ टिम
१. थौं चान्हय् hl-prod-fra2 य् HLIngestLagHigh अलर्ट वल, telemetry-ingest 2.7.1 rollback यानाः बांलात।
२. ग्राहक ⟦राजेन्द्र श्रेष्ठ⟧ (HLSUP-8502) या हिट पम्पय् E-217 क्यनाच्वंगु दु।
३. वय्‌कःया फोन ⟦9851047723⟧, थाय् ⟦मंगलबजार, यल-16, छेँ नं. 212⟧।
४. अनुदानया लागि नागरिकता नं. ⟪id:np_cit:27-01-75-04321⟫ CRM य् तयागु दु, थन हानं च्वये म्वाः।
५. टेक्निसियन ⟦बिकेशयात⟧ साँचा बाकसया कोड ⟪pin⟫ बियागु दु, ज्या क्वचायेवं हिलेमाः।
६. ट्याब्लेटया पासवर्ड ⟪weak⟫ खः, कन्हे हिलेमाः।
७. eSewa मर्चेन्ट API सिक्रेट ⟪hex32⟫ पुलांगु रनबुकय् दुगु खन, revoke यानागु मदुनि।
८. HLOPS-4460: 37 गू युनिटय् firmware 4.2.0.118 तयेगु ज्या ल्यं दनि।
९. ड्यासबोर्ड: https://grafana.ops.hearthline.eu/d/ingest-lag?var-cluster=hl-prod-fra2
१०. ⟦सुनिता महर्जन⟧ (⟦sunita.maharjan@gmail.com⟧) कन्हे सुथय् ८ बजे वइ।
११. वाइफाइ पासवर्ड धाःसा vault kv get secret/field/np-wifi य् दु, थन च्वयागु मदु।
१२. सुभाय्!
''')

G(32, "SMS gateway log (notify-svc)", "Tamazight (Tifinagh)", r'''
# notify-svc SMS log · provider=twilio · region=MA · 2024-10-09 · tpl lang=zgh
09:01:12 out to=⟦+212 661-482937⟧ tpl=otp_zgh body="ⴰⵣⵓⵍ! ⴽⵓⴷ ⵏⵏⴽ: ⟪otp⟫. ⵓⵔ ⵜ ⵜⵎⵍⵜ ⵉ ⵢⴰⵏ."
09:01:13 twilio status=delivered sid=SM⟪nhex:32:g32sid⟫ err=null segments=1
09:03:40 in from=⟦+212 661-482937⟧ body="ⵜⴰⵏⵎⵎⵉⵔⵜ. ⵉⵙⵎ ⵉⵏⵓ ⟦ⵢⵓⵙⴼ ⴰⵜ ⵃⵎⵎⵓ⟧, ⵜⵜⵓⵖ ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵉⵏⵓ."
09:04:02 out to=⟦+212 661-482937⟧ tpl=reset_zgh body="ⴰⵙⵖⵏ ⵏ ⵓⵙⵏⴼⵍ: https://my.hearthline.eu/reset?t=⟪b62:32⟫"
09:10:15 in from=⟦+212 661-482937⟧ body="ⵜⴰⴳⵓⵔⵉ ⵏ ⵓⵣⵔⴰⵢ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵜⴳⴰ ⟪weak⟫, ⵉⵙ ⵜⵃⵍⴰ?"
09:12:00 in from=⟦+212 661-482937⟧ body="ⴰⵏⵙⴰ ⵉⵏⵓ: ⟦ⴰⴳⴰⴷⵉⵔ, ⵜⴰⵍⴱⵔⵊⵜ, ⴰⵣⵏⵇⵇⴰ 14, ⵜⴰⴷⴷⴰⵔⵜ 3⟧"
09:13:30 in from=⟦+212 661-482937⟧ body="CIN ⟪id:ma_cin:JB482214⟫ ⵉ ⵓⵙⵜⴰⵢ ⵏ ⵜⵡⵉⵙⵉ."
09:15:02 in from=⟦+212 661-482937⟧ body="RIB ⵉⵏⵓ: ⟪id:ma_rib:2300103118472051936400⟫"
09:20:01 twilio status=queued sid=SM⟪nhex:32:g32sid2⟫ segments=2 encoding=UCS-2
09:21:00 worker: rate ok 30/min, queue depth 0, hl_sms_sent_total{tpl="otp_zgh"} +1
09:30:44 error 21610: recipient +212 6** *** *37 replied STOP, tpl=survey_zgh skipped
09:35:10 dry-run tpl=survey_zgh body="ⵜⴰⵏⵎⵎⵉⵔⵜ ⵅⴼ ⵓⵙⵙⵓⵎⵔ ⵏⵏⵓⵏ ⴷ Hearthline!" (no recipient)
''')

G(33, "CRM customer CSV export", "English", r'''
customer_id,full_name,email,phone,postcode,country,national_id,iban,dob,notes
C-004512,⟦Aoife Brennan⟧,⟦aoife.brennan@eircom.net⟧,⟦087 331 5620⟧,⟦D06 X2K7⟧,IE,⟪id:ppsn:4718202:A⟫,⟪id:iban:IE:AIBK93115212734490⟫,⟦1981-06-09⟧,retrofit
C-004513,⟦Lars Nyström⟧,⟦lars.nystrom@telia.com⟧,⟦070-482 19 55⟧,⟦413 19⟧,SE,⟪id:se_pnr:760418271⟫,⟪id:iban:SE:50000000058398257466⟫,⟦1976-04-18⟧,grant pending
C-004514,⟦Aino Virtanen⟧,⟦aino.virtanen@elisanet.fi⟧,⟦040 718 2253⟧,⟦00530⟧,FI,⟪id:fi_hetu:030590-218⟫,⟪id:iban:FI:57110125004827⟫,⟦1990-05-03⟧,
C-004515,⟦Kari Haugen⟧,⟦kari.haugen@online.no⟧,⟦412 87 306⟧,⟦0171⟧,NO,⟪id:no_fnr:120873491⟫,,⟦1973-08-12⟧,wifi pw ⟪weak⟫ (for the installer)
C-004516,Hearthline Demo,demo@hearthline.eu,+31 10 808 4400,3032 SN,NL,,NL91ABNA0417164300,,internal demo account
C-004517,⟦Theresa Gruber⟧,⟦theresa.gruber@gmx.at⟧,⟦0664 381 2270⟧,⟦6020 Innsbruck⟧,AT,,⟪id:iban:AT:2011182437711900⟫,⟦1968-12-01⟧,
C-004518,Retrofit Partners Ltd,accounts@retrofitpartners.ie,+353 1 677 0400,D02 F205,IE,,,,B2B partner, invoices quarterly
# columns masked on export: card_number (last4 only), portal_password (never exported)
# generated by svc-crm-export, job exp-2024-10-09-0600, rows=7, sha256=⟪nhex:64:g33sha⟫
# command: hl-crm export --api-key ⟪hlk⟫ --out customers.csv
# upload: curl -T customers.csv -u hl-export:⟪pwu⟫ sftp://sftp.retrofitpartners.ie/inbox/
''')

G(34, "code review diff (quote-engine)", "English", r'''
diff --git a/services/quote-engine/config/prod.py b/services/quote-engine/config/prod.py
index ⟪nhex:7:g34a⟫..⟪nhex:7:g34b⟫ 100644
-    OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
+    OPENAI_API_KEY = "⟪openai⟫"  # temp, env var broken on fra2
+    ANTHROPIC_API_KEY = "⟪anthropic⟫"
+    HUBSPOT_TOKEN = "⟪hubspot⟫"
diff --git a/services/quote-engine/tests/fixtures/customer.json b/services/quote-engine/tests/fixtures/customer.json
+  "name": "⟦Gráinne Ní Bhriain⟧",
+  "email": "⟦grainne.nibhriain@gmail.com⟧", "phone": "⟦+353 86 402 7719⟧",
+  "address": "⟦14 Taylor's Hill, Galway H91 E2K3⟧",
+  "card": "⟪id:card:537410827746013:s4⟫",
+  "stripe_test_card": "4242 4242 4242 4242", "aws_example": "AKIAIOSFODNN7EXAMPLE",
Review comment by ⟦@ciaran-mcgettigan⟧: please use the faker factory, this looks like a real customer copied from prod.
hearthline-ci[bot]: gitleaks found 3 leaks (rules: openai-api-key, anthropic-api-key, hubspot-pat); check run ⟪nhex:10:g34run⟫ failed
''')

G(35, "support ticket (email)", "Dzongkha", r'''
ཤོག་འཛིན་ HLSUP-8530 · ལམ་ལུགས་ email · 2024-10-10 09:15 BTT
གཏང་མི་: ⟦ཀརྨ་ཚེ་རིང་⟧ <⟦karma.tshering.thimphu@gmail.com⟧>
ཀུ་ཟུ་ཟང་པོ་ལ། ངེ་གི་ཧིཊ་པམ་ (HP-AE06-24-000877) འདི་ ཉིན་གསུམ་ཧེ་མ་ལས་ ལཱ་འབད་མི་བཏུབ།
གསལ་གཞི་གུ་ E-104 སྟོནམ་ཨིན།
ངེ་གི་ སྒེར་ངོ་ཨང་ (CID) ⟪id:bt_cid:10811002345⟫ དང་ ཁ་པར་ ⟦17 48 21 96⟧ ཨིན།
ཁ་བྱང་: ⟦ཐིམ་ཕུ། མོ་ཏི་ཐང་། ཁྱིམ་ཨང་ 12⟧
པོར་ཊལ་གྱི་ གསང་ཡིག་ ⟪weak⟫ བཙུགས་རུང་ ནང་འཛུལ་མ་ཚུགས།
ངེ་གི་བུམོ་ ⟦པདྨ་ཆོས་སྒྲོན་⟧ ལུ་ ཨང་རྟགས་ ⟪otp⟫ འཐོབ་ཅི།
Wi-Fi གསང་ཡིག་: ⟪weak⟫ (ལཱ་ཤུལ་པ་ལུ་ སྟོན་གནང་།)
ཕྱིར་སློག་དངུལ་ འབྲུག་རྒྱལ་ཡོངས་དངུལ་ཁང་ (BoB) རྩིས་ཐོ་ ⟦201458873⟧ ལུ་ བཏང་གནང་།
བཀྲིན་ཆེ་ལ།
--- internal: unit last seen 2024-10-07T04:12:55Z via mqtt-1.hl.internal, fw 4.1.9.102
ལཱ་ཤུལ་པ་ HLJOB-56240 — 2024-10-12 10:00
''')

G(36, "WhatsApp group export (field team Kisumu)", "Luo", r'''
09/10/24, 07:30 - Hearthline Dispatch KE: Ji duto oyawore! Tich mar kawuono: HLJOB-56301, HLJOB-56302 (Kisumu).
09/10/24, 07:34 - ⟦Otieno Ouma⟧: An e yo adhi Milimani, ot mar ⟦Akinyi Odhiambo⟧.
09/10/24, 07:36 - ⟦Otieno Ouma⟧: Namba simu mare en ⟦0722 418 905⟧, ot ni e ⟦Okore Road, House 14, Milimani, Kisumu⟧.
09/10/24, 07:40 - Hearthline Dispatch KE: Kik undik namba mag rangach ka; ti gi app mar fieldtech.
09/10/24, 07:41 - ⟦Atieno Were⟧: Namba mar rangach en ⟪pin⟫, kendo Wi-Fi password en ⟪weak⟫.
09/10/24, 08:15 - ⟦Otieno Ouma⟧: Tablet ok yie, pasword manyien ma ⟦Atieno⟧ oketo en ⟪weak⟫?
09/10/24, 08:16 - Hearthline Dispatch KE: Error FT-403 (session expired), ruk cache mar app.
09/10/24, 09:02 - ⟦Atieno Were⟧: ID mar ⟦Akinyi⟧ en ⟦28473916⟧ kod KRA PIN ⟪id:ke_kra:A012847391K⟫ ne grant.
09/10/24, 09:30 - Hearthline Dispatch KE: Unit HP-AW06-24-001102 ochako tiyo, cop 3.9, fw 4.2.0.118.
09/10/24, 10:05 - ⟦Otieno Ouma⟧: M-Pesa consumer secret mar test en ⟪b62:32⟫, kik itigo e prod.
09/10/24, 10:06 - Hearthline Dispatch KE: Ote ni noseruch (This message was deleted)
09/10/24, 11:20 - Hearthline Dispatch KE: Tich HLJOB-56301 orumo; sei mar jaot orwaki (doc ⟪nhex:12:g36doc⟫).
09/10/24, 11:45 - Hearthline Dispatch KE: Erokamano duto! Ripot mar odiechieng' biro 17:00.
''')

# ============================================================== build


def build():
    global R
    R = random.Random(29)
    rows = {"dev": [], "test": []}
    registry = []
    table = []
    for num, artefact, lang, lines in sorted(GROUPS):
        gid = "g%02d" % num
        ctx = {}
        split = "dev" if num % 2 else "test"
        counts = {"credential": 0, "pii": 0, "negative": 0}
        for tpl in lines:
            kind, text, vanish = render(tpl, gid, ctx, registry)
            assert "\t" not in text and "\n" not in text, (gid, text)
            counts[kind] += 1
            src = "writer29 %s %s (%s)" % (gid, artefact, lang)
            rows[split].append("%s\t%s\t%s\t%s\n" % (kind, text, " ||| ".join(vanish), src))
        table.append((gid, split, artefact, lang, counts, len(lines)))
    out = {
        "batch29_dev.tsv": HEADER + "".join(rows["dev"]),
        "batch29_test.tsv": HEADER + "".join(rows["test"]),
        "batch29_ids.tsv": "# scheme\tkey\tvalue\n" + "".join("%s\t%s\t%s\n" % r for r in registry),
    }
    out["README.md"] = readme(table)
    return out


def readme(table):
    tot = {"credential": 0, "pii": 0, "negative": 0}
    rows = []
    for gid, split, artefact, lang, c, n in table:
        for k in tot:
            tot[k] += c[k]
        rows.append("| %s | %s | %s | %s | %d | %d | %d | %d |" % (
            gid, split, artefact, lang, c["credential"], c["pii"], c["negative"], n))
    alln = sum(tot.values())
    return README_TEXT.format(
        table="\n".join(rows), cred=tot["credential"], pii=tot["pii"], neg=tot["negative"], total=alln)


README_TEXT = """# batch29 — redaction-gate evaluation lines (writer 29)

**Who / when / how.** Written by independent evaluation-data writer 29 (acting as a security-minded SRE)
in one session on 2026-12-07 for the held-out redaction-gate test set. Every artefact line was typed by hand as a
template in `gen.py`; secret bodies are drawn from `random.Random(29)` in a fixed order (group by group,
line by line, left to right); national ids, IBANs and payment cards are typed as bases and their check
digits are computed by the hand-written `ids.py` (checked against published reference values in
`ids.selftest()`). Look-alike negatives (commit SHAs, digests, trace ids, UUIDs, fingerprints) come from
`hashlib`, not from the secret stream. Standard library only. `python3 gen.py && python3 validate.py`
rebuilds every file byte-identically and prints `OK`.

**Theme.** *Hearthline B.V.* (Rotterdam), an invented heat-pump installer and remote-monitoring company
working through partner field teams in many countries. Services: `booking-api`, `telemetry-ingest`
(MQTT `mqtt.hearthline-telemetry.net:8883` -> Kafka), `fieldtech-app`, `billing-svc`, `quote-engine`,
`grant-claims` (subsidy paperwork), `notify-svc`, `portal-web` (`my.hearthline.eu`), API
`api.hearthline.eu`. Clusters `hl-prod-ams1`, `hl-prod-fra2`, `hl-stg-ams1`; internal zone `hl.internal`;
Jira projects HLOPS / HLSUP / HLJOB; units `HP-AE12-24-000912`-style serials.

**Files.** `batch29_dev.tsv` (odd groups), `batch29_test.tsv` (even groups), columns
`kind, text, must-vanish, source`; must-vanish items joined by ` ||| `, each verbatim in its line, in order
of appearance. `batch29_ids.tsv` lists every registered id (scheme, key, value).

## Labelling conventions
* **credential** = the line holds any secret; must-vanish lists each secret body (only the secret part:
  the password, not the user; the token segment of a webhook URL, not the host or workspace id; the
  base64 body of a private key, not the BEGIN/END armour) plus any personal data in the same line.
  Secrets: passwords (URLs, flags, configs, prose, any language), API keys/tokens of all vendors,
  AWS access key ids *and* secret keys, session cookies, CSRF tokens, JWTs, basic-auth blobs, webhook
  secrets, private keys, one-time/SMS codes, key-safe/door PINs, Wi-Fi passphrases, password-reset
  links' tokens, revoked or "temporary" secrets (still secrets), base64-encoded k8s secret data.
* **pii** = personal data, no secret. Person names (each inflected form as written, e.g. dative or
  genitive), first names alone when they name a real person (agents, technicians, relatives), handles /
  logins / SSIDs / key comments built from a real name, personal emails, **work emails that contain a
  person's name**, personal phone numbers in national or international format, home addresses and
  postcodes of persons, national ids, tax ids, IBANs and account numbers, payment card numbers, dates of
  birth, public client IP addresses (including attackers' and employees' home IPs).
* **negative** = nothing must vanish. Kept on purpose: role and service mailboxes (`support@`,
  `noreply@`, `ops@`, `svc-...@`), bot and service accounts (`hearthline-ci`, `svc-telemetry`,
  `ingest-fra2`, `HL Dispatch`), company switchboard numbers and office addresses, RFC 1918 / loopback /
  cluster addresses, hostnames, ports, commit SHAs, digests, trace/span ids, UUIDs and request ids,
  SSH/TLS fingerprints, four-part versions, unit serials, ticket/job numbers, error codes, metric names,
  secret *references* (`${{{{ secrets.X }}}}`, `${{VAR}}`, `vault kv get ...`, `existingSecret:`,
  `secretKeyRef`, `lookup('hashi_vault', ...)`), placeholders, masked values (`***`, `•••• 4417`,
  key prefixes), encrypted blobs (sealed secrets), public keys, publishable keys (`pk_live_`), message
  SIDs, and vendors' documented example values (`AKIAIOSFODNN7EXAMPLE`, Stripe test card
  `4242424242424242`, `sk_test_4eC39HqLyjWDarjtT1zdp7dc`, jwt.io sample token, IBAN
  `NL91ABNA0417164300`, Slack's `T00000000/B00000000/XXXX...` sample).
* Masked cards (`**** 4417`, `last4` columns) and internal pseudonymous ids (`C-004512`, `u_8f3a21`,
  unit serials, job numbers) are not personal data; a real person's name inside an SSID, a login or a
  key comment is. Account numbers without a check digit (e.g. the Bhutanese bank account) are listed as
  typed; ids without a public check digit (NINO, Maldivian/Moroccan/Bhutanese ids, Nepali citizenship
  no., Kenyan KRA PIN) are registered and format-checked only.
* Non-English groups keep technical tokens (commands, URLs, keys, error codes) in their original form,
  as real artefacts do; names, addresses and prose are in the group's language and usual script
  (Scots, Sicilian, Venetian, Ladino, Aragonese, Limburgish, Crimean Tatar, Gagauz, Aromanian in Latin;
  Rusyn, Kalmyk, Tuvan in Cyrillic; Dhivehi in Thaana; Kashmiri in Perso-Arabic; Newari in Devanagari;
  Tamazight in Tifinagh; Dzongkha in Tibetan; Luo in Latin).

## Totals
{total} lines: {cred} credential, {pii} pii, {neg} negative; 36 groups, 18 in English and 18 each in a
different language (own script).

## Groups
| group | split | artefact | language | credential | pii | negative | lines |
|---|---|---|---|---|---|---|---|
{table}
"""


def main():
    out = build()
    for name, text in out.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print("wrote", ", ".join(sorted(out)))


if __name__ == "__main__":
    main()
