#!/usr/bin/env python3
"""writer24 generator: builds batch24_dev.tsv, batch24_test.tsv, batch24_ids.tsv, README.md.

Secret bodies come from random.Random(24) in the fixed order in which the groups
below are written; harmless look-alikes (SHAs, UUIDs, trace ids) come from a
separate random.Random(2400) so that they never consume the secret stream.
Markup inside line templates:  ⟦...⟧ = secret (must vanish), ⦃...⦄ = PII (must vanish),
«name» = value substituted from the group's dict.
Usage: python3 gen.py [OUTDIR]
"""
import base64, json, os, random, re, sys, zlib
import ids

R = random.Random(24)      # secrets
N = random.Random(2400)    # negative look-alikes only

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AL = UP + LO + DG
HX = "0123456789abcdef"
B64 = AL + "+/"
B64U = AL + "-_"

def rs(n, a=AL):
    return "".join(R.choice(a) for _ in range(n))

def pw(n=16):            # password for configs / prose
    return R.choice(UP) + rs(n - 2, AL + "!#*+-_.?@") + R.choice(DG)

def pwu(n=18):           # password safe inside a URL userinfo
    return R.choice(LO) + rs(n - 2, AL + "-_.~") + R.choice(DG)

def otp(n=6):
    return rs(n, DG)

def b62(num, width):
    s = ""
    while num:
        num, r = divmod(num, 62)
        s = (DG + UP + LO)[r] + s
    return s.rjust(width, "0")

def ghp(prefix="ghp_"):  # 30 random + 6 base62 CRC32, as GitHub does
    body = rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()), 6)

def github_pat():
    return "github_pat_11" + rs(20, UP + DG) + "_" + rs(59)

def aws_akid():
    return "AKIA" + rs(16, UP + "234567")

def aws_secret():
    return rs(40, B64)

def slack_hook_parts():
    return "T" + rs(8, UP + DG), "B" + rs(10, UP + DG), rs(24)

def slack_bot():
    return "xoxb-" + rs(12, DG) + "-" + rs(13, DG) + "-" + rs(24)

def b64url(n):
    return rs(n, B64U)

def jwt(payload, alg="RS256"):
    h = base64.urlsafe_b64encode(json.dumps({"alg": alg, "typ": "JWT", "kid": rs(8, HX)}, separators=(",", ":")).encode()).decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + b64url(342 if alg == "RS256" else 43)

def basic(user, password):
    return base64.b64encode((user + ":" + password).encode()).decode()

def pem_body(lines=3):
    return "\\n".join(rs(64, B64) for _ in range(lines))

def age_key():
    return "AGE-SECRET-KEY-1" + rs(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")

def telegram():
    return str(R.randint(5000000000, 7999999999)) + ":AA" + rs(33, B64U)

def uuid4_r():           # UUID-shaped *secret* (e.g. Yandex API key)
    h = rs(32, HX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])

# ---- look-alikes (N stream) ----
def nhex(n):
    return "".join(N.choice(HX) for _ in range(n))

def nuuid():
    h = nhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], N.choice("89ab"), h[17:20], h[20:32])

def nfp():               # colon fingerprint
    return ":".join(nhex(2).upper() for _ in range(32))

IDS = []
def reg(scheme, key, value):
    assert ids.check(scheme, value), (scheme, key, value)
    IDS.append((scheme, key, value))
    return value

GROUPS = []
def group(num, artefact, lang, v, lines):
    out = []
    for kind, tmpl in lines:
        text = re.sub(r"«(\w+)»", lambda m: v[m.group(1)], tmpl)
        assert "«" not in text, text
        out.append((kind, text))
    GROUPS.append((num, artefact, lang, out))

S, P, X = "credential", "pii", "negative"

# =============================================================== g01 .env (English)
v = dict(sha=nhex(40), pw=pwu(20), sk="sk_live_51" + rs(22) + rs(72), tw=rs(32, HX), sid="AC" + nhex(32),
         gk="AIza" + rs(35, B64U), dg=nhex(64))
group(1, ".env file", "English", v, [
    (X, "# dispatch-api .env.production (swk-prod-euw1) generated from rev «sha»"),
    (S, "DATABASE_URL=postgres://dispatch_app:⟦«pw»⟧@pg-dispatch-01.db.spokewise-int.net:5432/dispatch?sslmode=require"),
    (S, "STRIPE_SECRET_KEY=⟦«sk»⟧"),
    (X, "STRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx  # Stripe docs sample key, staging only"),
    (S, "TWILIO_AUTH_TOKEN=⟦«tw»⟧"),
    (X, "TWILIO_ACCOUNT_SID=«sid»"),
    (S, "GOOGLE_MAPS_SERVER_KEY=⟦«gk»⟧"),
    (P, "ONCALL_ESCALATION_PHONE=⦃+44 7911 452803⦄  # ⦃Priya Raman⦄, personal mobile"),
    (P, "ADMIN_BOOTSTRAP_EMAIL=⦃hamish.mcleod82@gmail.com⦄"),
    (X, "OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector.observability.svc.cluster.local:4317"),
    (X, "SESSION_SECRET=${SESSION_SECRET:?set it via: vault kv get -field=session secret/dispatch/prod}"),
    (P, "# TODO remove before sharing: seed rider copied from prod -> ⦃Oluwaseun Adeyemi⦄, ⦃14 Clarendon Road, Bristol BS6 7EX⦄"),
    (P, "DEBUG_ALLOWLIST_IPS=10.20.0.0/16,⦃86.143.27.201⦄  # on-call home broadband"),
    (X, "IMAGE_DIGEST=sha256:«dg»"),
])

# =============================================================== g02 Slack thread (English)
th, tb, tt = slack_hook_parts()
v = dict(pw=pw(18), pw2=pwu(16), th=th, tb=tb, tt=tt, trace=nhex(32), sha=nhex(7),
         iban=reg("iban", "g02_iban", ids.make_iban("GB", "BARC20041783460215", spaced=True)))
group(2, "Slack thread", "English", v, [
    (X, "PagerDuty APP  9:02 AM  Triggered #PD-48213: payouts-batch-failed on swk-prod-euw1 (severity: critical)"),
    (P, "⦃Tomasz Wierzbicki⦄  9:04 AM  ack, looking. batch 2024-W19 stuck at 4,112/9,870 transfers"),
    (X, "looks like the bank API rejects ~40 riders with ERR_SEPA_AC04, trace id «trace»"),
    (S, "⦃Ifeoma Nwachukwu⦄  9:07 AM  I rotated the ledger creds last night, new mysql password is ⟦«pw»⟧ - sorry, wrong channel"),
    (X, "deploybot APP  9:09 AM  payouts v3.18.2.1 rolled back to v3.18.1.7 on swk-prod-euw1 (helm revision 212)"),
    (P, "one of the failing ones is rider ⦃Svetlana Morozova⦄, IBAN ⦃«iban»⦄, bank says account closed"),
    (S, "this is the curl I used: curl -u payouts-svc:⟦«pw2»⟧ https://api.clearbridge-pay.com/v2/transfers/batch/2024-W19"),
    (X, "Slackbot  9:12 AM  Reminder: never paste secrets here, use vault kv get secret/payouts/prod (runbook RB-0042)"),
    (P, "⦃Dana Whitlock⦄  9:15 AM  I called ⦃Svetlana⦄ on ⦃07984 331 620⦄, she moved banks, new details to follow by email"),
    (S, "also the old webhook for #payouts-alerts is in that diff: https://hooks.slack.com/services/«th»/«tb»/⟦«tt»⟧ please revoke"),
    (X, "Grafana APP  9:20 AM  [RESOLVED] payouts_transfer_failures_total > 25 for 10m, dashboard uid swk-payouts-01"),
    (P, "her new email is ⦃svetlana.morozova91@outlook.com⦄, she wants the remittance advice sent there"),
    (X, "ticket PAY-3317 opened, postmortem doc PM-2024-019, fix landed in commit «sha»"),
])

# =============================================================== g03 support ticket (Bosnian)
v = dict(pw=pw(14), key=rs(40, B64U), otp=otp(), tid=nuuid(), dev=nhex(32),
         jmbg=reg("ba_jmbg", "g03_jmbg", ids.make_jmbg("120398817500")),
         iban=reg("iban_ba", "g03_iban", ids.make_iban("BA", ids.ba_bban("16100000742136"), spaced=True)))
group(3, "support ticket", "Bosnian", v, [
    (X, "Tiket #SW-SA-20931 | Status: Otvoren | Prioritet: Visok | Grad: Sarajevo | Servis: payouts (swk-prod-euw1)"),
    (P, "Podnosilac: ⦃Amra Hodžić⦄, vozačica kargo-bicikla, ID vozača R-SA-0417"),
    (P, "Kontakt: ⦃amra.hodzic88@bih.net.ba⦄, mob. ⦃061 482 917⦄"),
    (P, "Opis: Isplata za april nije stigla. Moj JMBG je ⦃«jmbg»⦄, a račun ⦃«iban»⦄ (Raiffeisen)."),
    (X, "Log iz payouts servisa: transfer_id=«tid» status=REJECTED code=AC01 (neispravan broj računa)"),
    (S, "Interna napomena (⦃Emir⦄): prijavio sam se na admin panel sa admin / ⟦«pw»⟧ i vidim da je IBAN pogrešno unesen."),
    (X, "Interna napomena: lozinke ne pišite u tiket, koristite ${ADMIN_PASSWORD} iz Vaulta (secret/payouts/admin)."),
    (P, "Odgovor: ⦃Amri Hodžić⦄ poslana je potvrda na e-mail, isplata se ponavlja u petak 17. maja."),
    (S, "API ključ banke iz loga (treba ga odmah rotirati): X-Api-Key: ⟦«key»⟧"),
    (S, "Jednokratni kod koji je korisnica dobila SMS-om: ⟦«otp»⟧ (ne dijeliti dalje)"),
    (X, "Verzija aplikacije: rider-app 5.12.0.3418 (Android 14), hash uređaja «dev»"),
    (X, "Povezano: SW-SA-20877, SW-SA-20902; greška ERR_PAYOUT_IBAN_MISMATCH, metrika payouts_iban_validation_failures_total"),
    (X, "Zatvoriti nakon potvrde isplate. Tim za podršku: podrska@spokewise.coop"),
])

# =============================================================== g04 handover notes (Faroese)
v = dict(pw=pw(15), sk="SK" + rs(32, HX), door=otp(4), build=nhex(8),
         ptal=reg("fo_ptal", "g04_ptal", ids.make_fo_ptal("27078841")))
group(4, "handover notes", "Faroese", v, [
    (X, "Vaktarskifti: Tórshavn hub, 14. mai kl. 22:00 (swk-prod-euw1, namespace dispatch)"),
    (X, "Dispatch-api koyrir nú v4.7.2.118; rollout liðugur, helm revision 88, ongar alarmir opnar."),
    (S, "Loyniorðið til routeplanner-admin varð broytt í dag til ⟦«pw»⟧. Vinarliga flyt tað í Vault og strika hesa linjuna."),
    (P, "⦃Súsanna Joensen⦄, ein av okkara súkklarum, ringdi um ein skaddan pakka; telefon ⦃21 74 36⦄."),
    (P, "Heimabústaður hennara til endurgjald: ⦃Niels Finsens gøta 11, FO-100 Tórshavn⦄, p-tal ⦃«ptal»⦄."),
    (S, "SMS-portalurin (notify-svc) brúkar nú henda lykilin: ⟦«sk»⟧ og hann má roterast aftur mánadagin."),
    (X, "Loyniorðini sjálv liggja í vault kv get secret/notify/prod, ikki í hesum skjalinum."),
    (P, "⦃Jóannis Dam⦄ hevur vakt í morgin; hann fæst á ⦃jodam@olivant.fo⦄."),
    (X, "Alarmin dispatch_queue_depth > 500 kom tvær ferðir millum 18:10 og 18:40; orsøk: DNS-feilur á resolver 10.40.0.2."),
    (S, "Hurðarkodan til goymsluna er broytt til ⟦«door»⟧# frá í kvøld."),
    (P, "Vit lovaðu ⦃Heðni Poulsen⦄ endurgjald fyri seina levering (mál TH-55210); svar verður sent í morgin."),
    (X, "Nýggj útgáva av rider-appini (5.12.0.3418) er klár í TestFlight; build «build»."),
    (X, "Mál til KT: SWK-OPS-1184, prentarin á hubinum (10.40.12.31, port 9100) virkar ikki."),
])

# =============================================================== g05 Helm values (English)
v = dict(dg=nhex(64), pw=pw(20), whsec="whsec_" + rs(32), akid=aws_akid(), aks=aws_secret(),
         iban=reg("iban", "g05_iban", ids.make_iban("IE", "AIBK93115241738265")))
group(5, "Helm values", "English", v, [
    (X, "# values-prod.yaml for chart payouts-3.18.1 (cluster swk-prod-euw1, namespace payouts)"),
    (X, "image: registry.spokewise-int.net/payouts/api@sha256:«dg»"),
    (X, "  existingSecret: payouts-db-credentials"),
    (S, "  rootPassword: \"⟦«pw»⟧\"  # TODO move to existingSecret before merging"),
    (S, "  webhookSigningSecret: ⟦«whsec»⟧"),
    (X, "  apiKey: \"<REPLACE_ME>\"   # injected by external-secrets from aws-sm://prod/payouts/bank-api"),
    (S, "    accessKeyId: ⟦«akid»⟧"),
    (S, "    secretAccessKey: ⟦«aks»⟧"),
    (P, "  financeContact: \"⦃Margaret O'Sullivan⦄ <⦃maggie.osullivan@eircom.net⦄>\""),
    (P, "  # escalation: ⦃Rahul Menon⦄, ⦃+353 87 214 6638⦄ (personal)"),
    (P, "  pennyTestIban: ⦃«iban»⦄   # ⦃Rahul⦄'s own account, used for the penny test"),
    (X, "  exampleIban: DE89370400440532013000   # documented example IBAN, safe to keep"),
    (P, "  allowedSourceIps: [\"10.0.0.0/8\", \"⦃109.255.118.47⦄\"]  # finance director, home office"),
    (X, "serviceMonitor: {enabled: true, interval: 30s}  # alerts on payouts_batch_duration_seconds"),
])

# =============================================================== g06 CI log (English)
th, tb, tt = slack_hook_parts()
v = dict(npm="npm_" + rs(36), gh=ghp(), th=th, tb=tb, tt=tt, sha=nhex(40), ck=nhex(12))
group(6, "GitHub Actions CI log", "English", v, [
    (X, "2024-05-14T08:31:02.1184523Z ##[group]Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11"),
    (X, "2024-05-14T08:31:05.9920117Z env: REGISTRY_TOKEN: ${{ secrets.REGISTRY_TOKEN }} AWS_ROLE_ARN: arn:aws:iam::493817265019:role/gha-deploy"),
    (S, "2024-05-14T08:31:06.0012345Z + echo \"//registry.npmjs.org/:_authToken=⟦«npm»⟧\" > ~/.npmrc"),
    (X, "2024-05-14T08:31:06.0020011Z + docker login registry.spokewise-int.net -u swk-ci --password-stdin"),
    (X, "2024-05-14T08:31:07.4410932Z Login Succeeded; pushing registry.spokewise-int.net/tracking-web:1.42.0.977"),
    (S, "2024-05-14T08:32:11.5530021Z DEBUG: calling https://api.github.com/repos/spokewise/tracking-web/releases with token ⟦«gh»⟧"),
    (P, "2024-05-14T08:32:14.0077340Z Author: ⦃Kwame Mensah-Bonsu⦄ <⦃kwame.mensahbonsu@gmail.com⦄>"),
    (X, "2024-05-14T08:32:14.0081220Z commit «sha» (HEAD -> main, origin/main)"),
    (P, "2024-05-14T08:33:40.2219876Z FAIL test/fixtures/customers.json contains real data: \"⦃Beatriz Oliveira⦄\", \"⦃beatriz.oli@hotmail.com⦄\", \"⦃+351 912 448 071⦄\""),
    (S, "2024-05-14T08:33:41.7712001Z ##[warning]SLACK_WEBHOOK_URL=https://hooks.slack.com/services/«th»/«tb»/⟦«tt»⟧ is not masked"),
    (X, "2024-05-14T08:33:42.0000001Z ##[error]Process completed with exit code 1. Run id 9102847731, attempt 2"),
    (P, "2024-05-14T08:33:42.1100000Z Triggered by: ⦃kmensahbonsu⦄ (actor), runner swk-runner-07"),
    (X, "2024-05-14T08:33:42.2000000Z Cleaning up orphan processes; cache key node-modules-linux-x64-«ck»"),
])

# =============================================================== g07 customer email (West Frisian)
v = dict(pw=pw(13), cs="cs_" + rs(40, HX), tok=b64url(32),
         bsn=reg("nl_bsn", "g07_bsn", ids.make_bsn("21947368")),
         iban=reg("iban", "g07_iban", ids.make_iban("NL", "RABO0318274650", spaced=True)))
group(7, "customer email", "West Frisian", v, [
    (X, "Underwerp: Klacht oer besoarging fan pakket SW-LWD-448120 (Ljouwert)"),
    (P, "Fan: ⦃Sjoerd Hoekstra⦄ <⦃sjoerd.hoekstra@ziggo.nl⦄>"),
    (X, "Oan: support@spokewise.coop"),
    (P, "Goeie, myn pakket soe tiisdei besoarge wurde op ⦃Nieuwestad 84, 8911 CT Ljouwert⦄, mar it is nea oankommen."),
    (P, "Jo kinne my berikke op ⦃06-38174925⦄ of nei 18:00 op it fêste nûmer ⦃058 213 4470⦄."),
    (S, "Ik haw it al yn ús webshop-portal besocht (brûker: fytsenwinkel-lwd, wachtwurd: ⟦«pw»⟧), mar dêr stiet neat."),
    (S, "Us WooCommerce-keppeling brûkt dizze kaai, miskien is dêr wat mis mei: consumer secret ⟦«cs»⟧"),
    (X, "Foutmelding yn it portal: \"HTTP 502 - upstream tracking-web timed out (request id 01HXK3V9Q2M4N6P8R0S2T4V6W8)\""),
    (P, "Myn BSN is ⦃«bsn»⦄, dat fregen jimme by de registraasje, en it rekkennûmer foar it weromjaan is ⦃«iban»⦄."),
    (S, "De keppeling dy't ik krige wie https://track.spokewise.coop/p/SW-LWD-448120?token=⟦«tok»⟧ en dy docht it ek net."),
    (X, "Ik haw de app ferzje 5.12.0.3418 op in iPhone 13 mei iOS 17.4.1."),
    (P, "Mei freonlike groetnis, ⦃Sjoerd Hoekstra⦄"),
    (X, "-- Dit berjocht is skand troch Spokewise MailGuard (ref MG-7781-0042); net antwurdzje op noreply@spokewise.coop"),
])

# =============================================================== g08 Teams thread (Luxembourgish)
g1, g2 = nuuid(), nuuid()
v = dict(ak=rs(86, B64) + "==", pw=pw(16), g1=g1, g2=g2, wid=nhex(32), g3=nuuid(), v2="V2" + rs(43, B64U),
         otp=otp(), trace=nhex(32),
         mat=reg("lu_matricule", "g08_matricule", ids.make_lu_matricule("19840312047")),
         iban=reg("iban", "g08_iban", ids.make_iban("LU", "0670006550482913", spaced=True)))
group(8, "Teams thread", "Luxembourgish", v, [
    (X, "[Teams] Kanal #lux-ops, Donneschdeg 16. Mee"),
    (P, "⦃Claude Wagner⦄ 09:14  Moien! De Routeplanner hänkt zanter 8 Auer, d'Queue ass bei 1.240 Aufträg."),
    (X, "Azure DevOps 09:15  Pipeline routeplanner-release #20240516.3 ass feelgeschloen: Stage deploy-swk-prod-euw1, Feeler AKS-OperationNotAllowed"),
    (S, "⦃Claude Wagner⦄ 09:17  Hei ass de Connection String aus dem Log: DefaultEndpointsProtocol=https;AccountName=swkrouteslux;AccountKey=⟦«ak»⟧;EndpointSuffix=core.windows.net"),
    (S, "Dat aalt Passwuert fir de Jump-Host war ⟦«pw»⟧, ech hunn et elo geännert."),
    (P, "⦃Nathalie Schmit⦄ 09:21  Ech ruffen de Client un, hien huet eis seng Nummer ginn: ⦃+352 621 384 902⦄"),
    (X, "D'Feelermeldung ass ERR_ROUTE_SOLVER_TIMEOUT (trace «trace»), et betrëfft nëmmen den Node aks-nodepool2-31415926-vmss000004."),
    (P, "De Client ass den Här ⦃Marc Thill⦄ aus der ⦃14, rue de la Gare, L-3236 Bettembourg⦄; säi Pak läit nach am Depot."),
    (S, "Fir den Test kanns de mäin Teams-Webhook huelen: https://spokewiselu.webhook.office.com/webhookb2/«g1»@«g2»/IncomingWebhook/«wid»/«g3»/⟦«v2»⟧"),
    (X, "Neie Build 3.9.14.2207 ass op swk-stg-euw1 ausgerollt, Healthcheck /healthz OK op Port 8080."),
    (P, "Seng Matricule fir d'Rechnung: ⦃«mat»⦄, IBAN ⦃«iban»⦄ (dat kënnt aus dem Formulaire)."),
    (S, "⦃Claude Wagner⦄ 09:40  Hei nach den SMS-Code fir de gedeelten Admin-Kont: ⟦«otp»⟧"),
    (X, "Vault-Referenz fir de Schlëssel: kv/lux/routeplanner#storage_key (keng Wäerter hei posten!)"),
])

# =============================================================== g09 psql session (English)
rid = nuuid()
v = dict(pw=pw(22), rid=rid, mb="sk.eyJ1Ijoic3Bva2V3aXNlIiwiYSI6I" + rs(40, B64U) + "." + rs(22, B64U),
         sg="SG." + rs(22, B64U) + "." + rs(43, B64U), pw2=pw(18), style=nhex(25),
         iban=reg("iban", "g09_iban", ids.make_iban("GB", "NWBK60161331926819")),
         card=reg("card", "g09_card", ids.make_card("537294083115724", (4, 4, 4, 4))))
group(9, "psql session", "English", v, [
    (X, "ops@bastion-euw1:~$ psql \"host=pg-dispatch-01.db.spokewise-int.net port=5432 dbname=dispatch user=ops_readonly sslmode=verify-full\""),
    (X, "psql (15.6 (Debian 15.6-1.pgdg120+2), server 15.5)"),
    (S, "dispatch=> ALTER ROLE dispatch_app WITH PASSWORD '⟦«pw»⟧';"),
    (X, "dispatch=> \\conninfo  -- connected to database \"dispatch\" as user \"ops_readonly\" on host \"10.30.4.17\" at port \"5432\""),
    (X, "dispatch=> SELECT id, full_name, phone, email FROM riders WHERE id = '«rid»';"),
    (P, " «rid» | ⦃Aoife Brennan⦄ | ⦃+44 7723 190 458⦄ | ⦃aoife.brennan93@yahoo.co.uk⦄"),
    (P, " 4412 | ⦃Aoife Brennan⦄ | ⦃«iban»⦄ | verified | 2024-03-02"),
    (P, " 9981 | ⦃Jerome Baptiste⦄ | ⦃«card»⦄ | 08/27 | ⦃1988-11-23⦄"),
    (S, " mapbox.secret_token | ⟦«mb»⟧"),
    (S, " sendgrid.api_key    | ⟦«sg»⟧"),
    (X, " mapbox.public_style | mapbox://styles/spokewise/«style»"),
    (P, " ⦃92.40.198.77⦄ | Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) | 2024-05-14 07:58:12+00"),
    (S, "dispatch=> \\! PGPASSWORD=⟦«pw2»⟧ pg_dump -h pg-dispatch-01.db.spokewise-int.net -U dispatch_app dispatch > /tmp/dispatch.sql"),
    (X, "(3 rows)  Time: 4.117 ms"),
])

# =============================================================== g10 JSON audit log (English)
bpw = pwu(20)
v = dict(trace=nhex(32), span=nhex(16), basic=basic("svc-dispatch", bpw), swk="swk_live_" + rs(32),
         twsid="SK" + nhex(32), twsec=rs(32), kid=nhex(10),
         tfn=reg("au_tfn", "g10_tfn", ids.make_au_tfn("45981762")),
         card=reg("card", "g10_card", ids.make_card("455673019284631")))
group(10, "JSON audit log", "English", v, [
    (X, '{"ts":"2024-05-15T10:02:11Z","actor":"svc-payouts","action":"batch.start","batch":"2024-W20","trace_id":"«trace»","span_id":"«span»"}'),
    (P, '{"ts":"2024-05-15T10:04:52Z","actor":"⦃priya.raman@spokewise.coop⦄","action":"rider.view","rider_id":"RDR-88213","ip":"⦃81.108.44.209⦄"}'),
    (P, '{"ts":"2024-05-15T10:05:30Z","actor":"admin-console","action":"rider.update","rider_id":"RDR-88213","changes":{"phone":["⦃+61 412 553 870⦄","⦃+61 431 902 116⦄"]}}'),
    (S, '{"ts":"2024-05-15T10:06:01Z","actor":"svc-dispatch","action":"auth.login","request":{"headers":{"authorization":"Basic ⟦«basic»⟧"}},"result":"success"}'),
    (X, '{"ts":"2024-05-15T10:06:02Z","actor":"svc-dispatch","action":"auth.login","request":{"headers":{"authorization":"Basic [REDACTED]"}},"result":"success"}'),
    (P, '{"ts":"2024-05-15T10:09:44Z","actor":"kyc-portal","action":"kyc.submit","rider":{"name":"⦃Lachlan Fitzgerald⦄","dob":"⦃1996-07-09⦄","tfn":"⦃«tfn»⦄"}}'),
    (S, '{"ts":"2024-05-15T10:11:20Z","actor":"⦃lfitzgerald⦄","action":"apikey.create","key_prefix":"swk_live_","key":"⟦«swk»⟧","note":"shown once"}'),
    (X, '{"ts":"2024-05-15T10:12:00Z","actor":"terraform-cloud","action":"apikey.rotate","key_id":"kid_«kid»","fingerprint":"SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"}'),
    (P, '{"ts":"2024-05-15T10:14:37Z","actor":"rider-app","action":"card.attach","rider_id":"RDR-90417","card":{"holder":"⦃Mei Ling Tan⦄","pan":"⦃«card»⦄","exp":"11/28"}}'),
    (S, '{"ts":"2024-05-15T10:15:03Z","actor":"svc-notify","action":"provider.config","twilio":{"api_key_sid":"«twsid»","api_key_secret":"⟦«twsec»⟧"}}'),
    (X, '{"ts":"2024-05-15T10:31:45Z","actor":"svc-payouts","action":"batch.finish","batch":"2024-W20","ok":9870,"failed":0,"duration_ms":412233}'),
    (X, '{"ts":"2024-05-15T10:40:00Z","actor":"admin-console","action":"user.mfa.reset","target":"svc-ci-bot","ticket":"SEC-2291","approved_by":"security@spokewise.coop"}'),
    (X, '{"ts":"2024-05-15T10:41:12Z","level":"warn","msg":"stripe test mode on staging","card":"4000 0566 5566 5556","env":"swk-stg-euw1"}'),
])

# =============================================================== g11 web form (Breton)
v = dict(pw=pw(14), otp=otp(), strava=rs(40, HX), ua=nhex(32),
         nir=reg("fr_nir", "g11_nir", ids.make_fr_nir("2930229232048")),
         iban=reg("iban_fr_rib", "g11_iban", ids.make_iban("FR", "30004" + "01820" + "00071824593" + ids.fr_rib_key("30004", "01820", "00071824593"), spaced=True)))
group(11, "web form submission", "Breton", v, [
    (X, "Furmskrid: enskrivadur marc'heger nevez, Spokewise Kemper, kaset d'an 2024-05-16 da 11:42 (form id frm_7Q2WX9)"),
    (P, "Anv klok: ⦃Gwenaëlle Le Goff⦄"),
    (P, "Chomlec'h: ⦃12 straed Kéréon, 29000 Kemper⦄"),
    (P, "Pellgomz hezoug: ⦃06 71 28 44 93⦄ / Postel: ⦃gwen.legoff@orange.fr⦄"),
    (P, "Niverenn surentez sokial (NIR): ⦃«nir»⦄, deiziad ganedigezh: ⦃14/02/1993⦄"),
    (P, "IBAN evit ar paeamant: ⦃«iban»⦄"),
    (S, "Ger-tremen dibabet evit an arload: ⟦«pw»⟧"),
    (X, "Ger-tremen (kadarnaat): ********"),
    (S, "Kod kadarnaat kaset dre SMS: ⟦«otp»⟧ (talvoudus e-pad 10 munutenn)"),
    (X, "Kemenn diabarzh: furmskrid gwiriet gant reCAPTCHA v3, skor 0.9, hash user-agent «ua»"),
    (S, "Evezhiadenn ar marc'heger: \"setu ma alc'hwez Strava, ⟦«strava»⟧, mar fell deoc'h embann ma zroioù\""),
    (X, "Statud: da wiriañ gant ar skipailh (tiket SW-QMP-3310), kemenn kaset gant onboarding-bot"),
    (X, "Roadennoù teknikel: client_ip=10.8.3.114 (proxy diabarzh), build tracking-web 1.42.0.977, site key 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"),
])

# =============================================================== g12 call transcript (Haitian Creole)
v = dict(pw=pw(12), otp=otp(), shp="shpat_" + rs(32, HX), rec=nhex(12),
         nif=reg("ht_nif", "g12_nif", "004-318-752-6"))
group(12, "call transcript", "Haitian Creole", v, [
    (X, "Apèl #CALL-PAP-77120 | 2024-05-17 09:31 | liy sipò Spokewise Pòtoprens | anrejistreman rec_«rec»"),
    (X, "[00:00:04] AJAN: Bonjou, se sèvis kliyan Spokewise, kijan m ka ede w?"),
    (P, "[00:00:11] KLIYAN: Bonjou, se ⦃Roseline Pierre-Louis⦄ k ap pale, mwen te kòmande yon livrezon, li pa janm rive."),
    (X, "[00:00:19] AJAN: Dakò, nimewo swivi a se SW-PAP-20418, mwen wè li nan sistèm nan ak estati FAILED_ADDRESS."),
    (P, "[00:00:33] KLIYAN: Adrès la se ⦃12, Ri Chavannes, Petyonvil⦄, kay ble a toupre legliz la."),
    (P, "[00:00:47] KLIYAN: Nimewo telefòn mwen se ⦃+509 3712-4480⦄, epi imèl mwen se ⦃roselinepl@yahoo.fr⦄."),
    (S, "[00:01:05] KLIYAN: Mwen te eseye konekte sou sit la, modpas mwen se ⟦«pw»⟧, men li di erè."),
    (X, "[00:01:12] AJAN: Pa janm ban m modpas ou, madanm. M ap voye yon lyen pou chanje l sou imèl ou."),
    (S, "[00:01:40] KLIYAN: Mwen resevwa kòd la: ⟦«otp»⟧. Èske se sa?"),
    (P, "[00:01:58] KLIYAN: Pou ranbousman an, NIF mwen se ⦃«nif»⦄, kont MonCash la se ⦃+509 4890-2231⦄."),
    (X, "[00:02:20] AJAN: Mwen kreye tikè SUP-PAP-5521, ekip lojistik la ap rele w anvan 3è."),
    (S, "[00:02:41] KLIYAN: Neve m ki fè enfòmatik di m ba ou kle sa a pou boutik nou an: ⟦«shp»⟧"),
    (X, "[00:03:02] SISTÈM: Fen apèl. Dire 3m02s. Sondaj satisfaksyon: 4/5. Transkripsyon otomatik v2.3.1.44."),
])

# =============================================================== g13 Alertmanager webhook payload (English)
v = dict(pw=pwu(18), fp=nhex(16), glpat="glpat-" + rs(20, B64U), pd=rs(32, HX), trace=nhex(32), ch=nhex(64))
group(13, "Alertmanager webhook payload", "English", v, [
    (X, '{"receiver":"pagerduty-payouts","status":"firing","groupKey":"{}/{severity=\\"critical\\"}:{alertname=\\"PayoutBatchStuck\\"}",'),
    (X, '  "commonLabels":{"alertname":"PayoutBatchStuck","cluster":"swk-prod-euw1","namespace":"payouts","severity":"critical"},'),
    (X, '  "commonAnnotations":{"runbook_url":"https://runbooks.spokewise-int.net/payouts/RB-0042","summary":"payouts_batch_pending > 0 for 30m"},'),
    (S, '  "externalURL":"https://alertmanager:⟦«pw»⟧@am.ops.spokewise-int.net",'),
    (X, '  "alerts":[{"status":"firing","fingerprint":"«fp»","startsAt":"2024-05-15T02:14:00Z",'),
    (P, '   "annotations":{"description":"batch blocked on rider ⦃Oksana Kovalenko⦄ (⦃oksana.kovalenko@ukr.net⦄) awaiting manual KYC"},'),
    (X, '   "generatorURL":"http://prometheus-0.prometheus.monitoring.svc:9090/graph?g0.expr=payouts_batch_pending+%3E+0&g0.tab=1"},'),
    (P, '  {"status":"firing","labels":{"alertname":"SuspiciousLogin","client_ip":"⦃178.62.41.199⦄","user":"⦃okovalenko⦄"},'),
    (S, '   "annotations":{"repro":"curl -H \'PRIVATE-TOKEN: ⟦«glpat»⟧\' https://gitlab.spokewise-int.net/api/v4/projects/112/jobs"}}],'),
    (S, '  "truncatedAlerts":0,"pd_endpoint":"https://events.pagerduty.com/integration/⟦«pd»⟧/enqueue",'),
    (P, '  "annotations_extra":{"oncall":"⦃Graham Whitfield⦄, ⦃+44 7842 615 309⦄"},'),
    (X, '  "version":"4","groupLabels":{"alertname":"PayoutBatchStuck"},"status_code":200,"trace_id":"«trace»",'),
    (X, '  "_meta":{"sent_by":"alertmanager-0","am_version":"0.27.0","config_hash":"«ch»"}}'),
])

# =============================================================== g14 Sentry event (English)
v = dict(eid=nhex(32), dsnk=nhex(32), sess=b64url(43),
         jwt=jwt({"sub": "cus_Q2xk9", "aud": "tracking-web", "iat": 1715774400, "exp": 1715778000}),
         rk="rk_live_51" + rs(22) + rs(74), alg=rs(32, HX), trace=nhex(32))
group(14, "Sentry event", "English", v, [
    (X, "Sentry Issue: TRACKING-WEB-4XK  TypeError: Cannot read properties of undefined (reading 'eta')"),
    (X, "event_id: «eid»  release: tracking-web@1.42.0.977  environment: production"),
    (X, "sdk: sentry.javascript.browser 7.112.2  dsn: https://«dsnk»@o4506123987.ingest.sentry.io/4506124011 (public client key)"),
    (P, 'user: {"id":"cus_Q2xk9","email":"⦃h.nakamura.home@gmail.com⦄","ip_address":"⦃126.74.201.15⦄","username":"⦃hnakamura⦄"}'),
    (P, "request.url: https://track.spokewise.coop/p/SW-LON-55102?recipient=⦃Hiroshi%20Nakamura⦄&phone=⦃%2B447956310284⦄"),
    (S, "request.headers.Cookie: _swk_session=⟦«sess»⟧; consent=analytics:0"),
    (S, "request.headers.Authorization: Bearer ⟦«jwt»⟧"),
    (X, "breadcrumb 12:01:07 fetch GET /api/v2/parcels/SW-LON-55102/eta [200] 143ms"),
    (P, 'breadcrumb 12:01:09 ui.input #delivery-notes "leave with neighbour at ⦃Flat 3, 27 Elgin Crescent, London W11 2JD⦄"'),
    (X, 'breadcrumb 12:01:10 console.error "ETA_SERVICE_UNAVAILABLE" code=E_ETA_503 retry_after=30'),
    (S, 'extra.bundle_env: {"STRIPE_KEY":"⟦«rk»⟧","NODE_ENV":"production"}'),
    (P, "contexts.device: iPhone15,2  contexts.os: iOS 17.4.1  user.geo: London, GB  user.name: ⦃Hiroshi Nakamura⦄"),
    (S, 'frame app:///static/js/main.8c1f2e.js in fetchEta vars: {"algoliaAdminKey":"⟦«alg»⟧","index":"parcels_prod"}'),
    (X, "tags: browser=Mobile Safari 17.4, handled=no, level=error, transaction=/p/:parcelId, trace=«trace»"),
])

# =============================================================== g15 runbook (Maori)
th, tb, tt = slack_hook_parts()
v = dict(pw=pw(16), gk="AIza" + rs(35, B64U), th=th, tb=tb, tt=tt,
         ird=reg("nz_ird", "g15_ird", ids.make_nz_ird("13627940")))
group(15, "runbook", "Maori", v, [
    (X, "# Pukapuka whakahaere RB-AKL-07: Te tīmata anō i te ratonga routeplanner (kāhui swk-prod-apse2)"),
    (X, "1. Takiuru ki te bastion: ssh ops@bastion-apse2.spokewise-int.net -p 2222"),
    (X, "2. Tirohia te tūnga: kubectl -n dispatch rollout status deploy/routeplanner --context swk-prod-apse2"),
    (S, "3. Mēnā ka hapa, whakamahia te kupuhipa ohotata ⟦«pw»⟧ mō te pūkete kaiwhakahaere (me huri i muri i te whakamahinga!)"),
    (X, "   Kaua e tuhi kupuhipa ki konei; tikina mai i: vault kv get -field=password secret/akl/routeplanner-admin"),
    (S, "4. Kei te tūmau tonu te kī API o Google Maps: ⟦«gk»⟧, me whakakore ā te Mane."),
    (P, "5. Mēnā kāore e whakautu, waea atu ki a ⦃Aroha Ngata⦄ i tana waea pūkoro ⦃021 784 3310⦄."),
    (P, "   Ko te tuarua ko ⦃Tāne Parata⦄, ⦃tane.parata@xtra.co.nz⦄."),
    (X, "6. Tirohia te papatohu: https://grafana.ops.spokewise-int.net/d/rtp-akl/routeplanner?orgId=1&var-cluster=swk-prod-apse2"),
    (S, "7. Tukuna he pānui ki te hongere: curl -X POST -d '{\"text\":\"kua tīmata anō\"}' https://hooks.slack.com/services/«th»/«tb»/⟦«tt»⟧"),
    (P, "Tuhipoka: i te 12 o Haratua i tukuna pōhēhētia te wāhitau kāinga o tētahi kiritaki ki te rangitaki: ⦃48 Karangahape Road, Auckland 1010⦄"),
    (P, "   I kitea hoki te nama IRD o tētahi kaieke i roto i te pūrongo utu: ⦃«ird»⦄; me muku."),
    (X, "Putanga: 2.4.0.1187 · Whakahou whakamutunga: 2024-05-12 · Kaitiaki: rōpū ops (ops@spokewise.coop)"),
])

# =============================================================== g16 Telegram chat export (Javanese)
v = dict(pw=pw(15), tg=telegram(), otp=otp(),
         ssh="-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n" + pem_body(2) + "\\n-----END OPENSSH PRIVATE KEY-----",
         sha=nhex(8), snap=nhex(17),
         nik=reg("id_nik", "g16_nik", "3404071708850003"))
group(16, "Telegram chat export", "Javanese", v, [
    (X, "[16.05.24 08:02] SwkAlertBot: ⚠️ dispatch-api p95 latency 2.4s (swk-prod-apse1), runbook RB-0017"),
    (P, "[16.05.24 08:05] ⦃Bayu Prasetyo⦄: Aku lagi ngecek, kayane database-e kebak maneh."),
    (S, "[16.05.24 08:07] ⦃Bayu Prasetyo⦄: Iki password root MySQL sing anyar: ⟦«pw»⟧ , aja disebar yo"),
    (X, "[16.05.24 08:08] SwkAlertBot: disk usage /var/lib/mysql 91% on ledger-db-02 (10.50.3.12)"),
    (P, "[16.05.24 08:11] ⦃Sri Wahyuni⦄: Ana keluhan saka pelanggan, Pak ⦃Hendro Susilo⦄, alamate ⦃Jl. Kaliurang KM 5 No. 12, Sleman, Yogyakarta 55281⦄"),
    (P, "[16.05.24 08:12] ⦃Sri Wahyuni⦄: Nomer HP-ne ⦃0812-2739-4418⦄, NIK ⦃«nik»⦄ (dibutuhke kanggo klaim asuransi)"),
    (S, "[16.05.24 08:15] ⦃Bayu Prasetyo⦄: Token bot Telegram kanggo notifikasi: ⟦«tg»⟧"),
    (X, "[16.05.24 08:17] GitLabBot: pipeline #48213 passed for routeplanner@«sha» (tag v2.4.0.1187)"),
    (X, "[16.05.24 08:20] SwkAlertBot: ✅ RESOLVED dispatch-api p95 latency, suwene 18m"),
    (S, "[16.05.24 08:24] ⦃Sri Wahyuni⦄: Iki kode OTP saka bank kanggo transfer refund: ⟦«otp»⟧ eh salah grup 🙏"),
    (P, "[16.05.24 08:25] ⦃Sri Wahyuni⦄: Nomer rekening BCA Pak Hendro: ⦃8410337264⦄ a.n. ⦃Hendro Susilo⦄"),
    (X, "[16.05.24 08:31] SwkAlertBot: backup ledger-db-02 OK, snapshot snap-«snap», 41.7 GiB"),
    (X, "[16.05.24 08:35] Admin grup: Kabeh kredensial kudu mlebu Vault, contone: vault kv put secret/jogja/mysql password=<sing-anyar>"),
    (S, "[16.05.24 08:40] ⦃Bayu Prasetyo⦄: kunci SSH deploy sing lawas: ⟦«ssh»⟧"),
])

# =============================================================== g17 curl trace / HAR (English)
v = dict(sfp=nfp(), basic=basic("partner-acme", pwu(18)), swk="swk_live_" + rs(32), sid=b64url(48),
         rid=nuuid(), ref=b64url(64))
group(17, "curl trace", "English", v, [
    (X, "$ curl -v -X POST https://api.spokewise.io/v2/deliveries -H \"Content-Type: application/json\" -d @delivery.json"),
    (X, "*   Trying 10.60.1.25:443... * Connected to api.spokewise.io (10.60.1.25) port 443 (#0)"),
    (X, "* Server certificate: subject: CN=api.spokewise.io; SHA256 Fingerprint=«sfp»"),
    (S, "> Authorization: Basic ⟦«basic»⟧"),
    (S, "> X-Api-Key: ⟦«swk»⟧"),
    (S, "> Cookie: __Host-swk_sid=⟦«sid»⟧; consent=analytics:0"),
    (X, "> X-Request-Id: «rid»"),
    (P, '> {"recipient":{"name":"⦃Chidi Okonkwo⦄","phone":"⦃+44 7488 209 615⦄","address":"⦃221 Cowley Road, Oxford OX4 1XG⦄"},"parcels":2}'),
    (X, "< HTTP/2 201  < x-ratelimit-remaining: 4991  < location: /v2/deliveries/dlv_01HXN8K2Z4R6T8V0X2Y4A6C8E0"),
    (P, '< {"id":"dlv_01HXN8K2Z4R6T8V0X2Y4A6C8E0","recipient_email":"⦃chidi.okonkwo@btinternet.com⦄","eta":"2024-05-17T15:30:00+01:00"}'),
    (S, "< set-cookie: swk_refresh=⟦«ref»⟧; Path=/auth; HttpOnly; Secure; SameSite=Strict"),
    (P, '"queryString": [{"name":"dob","value":"⦃1990-04-22⦄"},{"name":"client_ip","value":"⦃5.64.118.203⦄"}]'),
    (X, "* Connection #0 to host api.spokewise.io left intact (total 0.412s, http_code=201)"),
])

# =============================================================== g18 Terraform (English)
v = dict(run=nhex(16), ddapi=rs(32, HX), ddapp=rs(40, HX), pw=pw(24),
         tfc=rs(14) + ".atlasv1." + rs(67), do="dop_v1_" + rs(64, HX), lin=nuuid())
group(18, "Terraform", "English", v, [
    (X, "# modules/notify/main.tf, applied from workspace swk-prod-euw1 (run-«run»)"),
    (X, 'terraform { backend "s3" { bucket = "swk-tfstate-prod" key = "notify/terraform.tfstate" region = "eu-west-1" } }'),
    (S, 'provider "datadog" { api_key = "⟦«ddapi»⟧" app_key = "⟦«ddapp»⟧" }'),
    (X, 'provider "aws" { region = "eu-west-1" assume_role { role_arn = "arn:aws:iam::493817265019:role/terraform-apply" } }'),
    (S, 'resource "aws_db_instance" "notify" { engine = "postgres" username = "notify_admin" password = "⟦«pw»⟧" }'),
    (X, 'variable "sendgrid_api_key" { type = string sensitive = true }  # set in the TFC workspace, not here'),
    (S, '  token = "⟦«tfc»⟧"  # credentials "app.terraform.io" block from ~/.terraformrc, pasted by mistake'),
    (X, 'data "vault_kv_secret_v2" "twilio" { mount = "secret" name = "notify/twilio" }'),
    (P, 'resource "datadog_user" "oncall1" { email = "⦃fatima.zahra.benali@gmail.com⦄" name = "⦃Fatima Zahra Benali⦄" }'),
    (P, "# owner: ⦃Declan Murphy⦄ (⦃+353 86 412 7730⦄), ping him before destroying anything"),
    (S, 'resource "github_actions_secret" "deploy" { secret_name = "DO_TOKEN" plaintext_value = "⟦«do»⟧" }'),
    (P, 'resource "aws_security_group_rule" "ssh_oncall_home" { type = "ingress" from_port = 22 cidr_blocks = ["⦃37.228.205.14⦄/32"] }'),
    (X, "# tfsec:ignore:aws-ec2-no-public-ingress-sgr  checkov: CKV_AWS_24 skipped (ticket SEC-2304)"),
    (X, "Apply complete! Resources: 3 added, 1 changed, 0 destroyed. State serial 412, lineage «lin»"),
])

# =============================================================== g19 postmortem (Cebuano)
v = dict(cf=rs(40, B64U), pw=pw(16), pd=rs(20, AL + "_-+"),
         sss=reg("ph_sss", "g19_sss", "34-2718450-6"))
group(19, "postmortem", "Cebuano", v, [
    (X, "# Postmortem PM-2024-021: Nahunong ang dispatch sa Sugbo (swk-prod-apse1), 2024-05-09"),
    (X, "Sumaryo: Sulod sa 47 ka minuto, walay bag-ong order nga na-assign sa mga rider tungod sa na-expire nga TLS cert sa rider-gw."),
    (X, "Timeline: 14:02 alarma RiderGwTLSExpiry; 14:09 gi-ack sa on-call; 14:49 na-renew ang cert (serial 04:A1:9F:3C:77:2E:5B:D0)"),
    (S, "Sa pag-imbestigar, nakit-an namo nga ang cert-manager migamit ug Cloudflare API token nga ⟦«cf»⟧ nga naka-hardcode sa ConfigMap."),
    (P, "Ang unang nagreport mao si ⦃Maricel Dela Cruz⦄, usa ka rider, nga mitawag gikan sa ⦃0917 482 3391⦄."),
    (S, "Dugang pa, ang password sa admin sa rider-gw (⟦«pw»⟧) nakita sa usa ka Slack thread ug gi-rotate na karon."),
    (P, "Usa ka customer, si ⦃Rogelio Abellana⦄ sa ⦃123 Osmeña Blvd, Cebu City 6000⦄, wala makadawat sa iyang padala ug gihatagan ug refund."),
    (X, "Gamot nga hinungdan: ang renew job (CronJob cert-renew) napakyas sukad 2024-04-02 tungod sa 403 Forbidden gikan sa API."),
    (P, "Ang refund gipadala sa iyang GCash ⦃0998 215 6074⦄; ang SSS number nga iyang gihatag (⦃«sss»⦄) dili unta gi-record."),
    (S, "Ang bag-ong PagerDuty API token (⟦«pd»⟧) gibutang na sa Vault ug gitangtang sa wiki."),
    (X, "Mga aksyon: SWK-OPS-1240 (alerto 14 ka adlaw sa wala pa ma-expire), SWK-OPS-1241 (ibalhin ang token sa external-secrets), SWK-OPS-1242."),
    (X, "Metrics: rider_gw_tls_handshake_errors_total misaka ngadto sa 18,204; dispatch_assign_latency_seconds p99 = 31.2s."),
    (P, "Salamat kang ⦃Junrey Villanueva⦄ nga nag-ayo sa cert bisan day-off niya."),
])

# =============================================================== g20 CSV export (Malagasy)
mg_bban = "00005" + "03001" + "25087140100"
v = dict(pw=pw(12), basic=basic("swk_tnr_client", rs(24)), pw2=pwu(14), dg=nhex(64), batch=nhex(8),
         iban=reg("iban_mg_rib", "g20_iban", ids.make_iban("MG", mg_bban + ids.mg_rib_key("00005", "03001", "25087140100"), spaced=True)),
         cin=reg("mg_cin", "g20_cin", "101 231 045 267"))
group(20, "CSV export", "Malagasy", v, [
    (X, "laharana,anarana,finday,adiresy,kaonty_banky,karatra_cin,sata,fanamarihana"),
    (P, '1,⦃Rakotomalala Haingo⦄,⦃034 12 458 73⦄,"⦃Lot II M 45 Analakely, Antananarivo 101⦄",,,mavitrika,'),
    (P, '2,⦃Randriamanana Fara⦄,⦃032 07 315 42⦄,,⦃«iban»⦄,⦃«cin»⦄,mavitrika,"nanova kaonty"'),
    (X, '3,[voafafa],[voafafa],[voafafa],MG46 **** **** **** **** **** 045,*** *** *** 812,tsy mavitrika,"voafafa araka ny fangatahana"'),
    (P, '4,⦃Andrianjafy Tovo⦄,⦃+261 33 11 204 97⦄,"⦃Lot VB 12 Ambohijatovo, Antananarivo⦄",,,mavitrika,"teraka ⦃1995-08-30⦄"'),
    (S, '5,sw-test-rider,,,,,fitsapana,"tenimiafina vonjimaika: ⟦«pw»⟧"'),
    (X, "# export swk-ledger 2024-05-18T06:00:00Z, rows=6, sha256=«dg», generated-by svc-payouts"),
    (S, '# fanamarihana ho an\'ny mpandrindra: ny header an\'ny Orange Money API dia "Authorization: Basic ⟦«basic»⟧", esory ity andalana ity'),
    (X, "# loharano: SELECT * FROM riders WHERE hub='TNR' -- tapakila SW-TNR-1180, batch «batch»"),
    (P, '6,⦃Rasoanaivo Lalaina⦄,,,,,mavitrika,"mailaka: ⦃lalaina.rasoa@yahoo.fr⦄"'),
    (S, "# tenimiafina FTP hanondranana: ftp://export:⟦«pw2»⟧@ftp.spokewise-int.net/tnr/"),
    (X, "# fitambarany: mpitaingina 5 mavitrika, 1 tsy mavitrika; MGA 4 812 300,00 aloa amin'ny 2024-05-20"),
    (X, "# fampitandremana: ny karatra fitsapana 4111 1111 1111 1111 ihany no ampiasaina amin'ny staging"),
])

# =============================================================== g21 Ansible run (English)
v = dict(dg=nhex(64), pw=pw(14), pw2=pw(18), mg="key-" + rs(32, HX), pw3=pwu(14))
group(21, "Ansible playbook run", "English", v, [
    (X, "$ ansible-playbook -i inventories/prod/hosts.ini site.yml --limit hub-printers --vault-id prod@~/.vault_pass_prod"),
    (X, "PLAY [Configure hub label printers] *********************************************"),
    (S, "TASK [cups : set admin password] ok: [hub-ams-prn01] => {\"changed\": false, \"cmd\": \"echo 'admin:⟦«pw»⟧' | chpasswd\"}"),
    (X, "TASK [common : node_exporter] changed: [hub-ams-prn01] => (item=node_exporter-1.7.0.linux-arm64.tar.gz, checksum=sha256:«dg»)"),
    (S, "ok: [hub-lis-prn02] => (item={'key': 'smtp_relay_password', 'value': '⟦«pw2»⟧'})"),
    (P, "TASK [users : local accounts] changed: [hub-lis-prn02] => (item={'name': '⦃jcarvalho⦄', 'comment': '⦃João Carvalho⦄', 'shell': '/bin/bash'})"),
    (S, "[WARNING]: group_vars/all/vault.yml is not encrypted; it contains vault_mailgun_api_key: \"⟦«mg»⟧\""),
    (X, "ok: [hub-lis-prn02] => (item={'name': 'svc-printer', 'comment': 'service account for CUPS', 'uid': 9102})"),
    (P, "TASK [contacts : /etc/motd] changed: [hub-ams-prn01] => {\"diff\": \"+Hub lead: ⦃Femke de Vries⦄, mobiel ⦃06 12847730⦄\"}"),
    (S, "fatal: [hub-ber-prn03]: FAILED! => {\"cmd\": \"sshpass -p ⟦«pw3»⟧ ssh root@10.70.2.33\", \"rc\": 5, \"msg\": \"Permission denied\"}"),
    (P, "TASK [wifi : guest portal] ok: [hub-ber-prn03] => {\"msg\": \"registered device for ⦃Lukas Schreiber⦄ (⦃lukas.schreiber@web.de⦄)\"}"),
    (X, "PLAY RECAP hub-ams-prn01 : ok=14 changed=3 unreachable=0 failed=0 | hub-ber-prn03 : ok=2 changed=0 unreachable=0 failed=1"),
    (X, "vault_smtp_relay_password: !vault | $ANSIBLE_VAULT;1.1;AES256 (encrypted block, 64 lines)"),
])

# =============================================================== g22 Kubernetes Secret (English)
sg_key = "SG." + rs(22, B64U) + "." + rs(43, B64U)
tw_tok = rs(32, HX)
pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(rs(64, B64) for _ in range(4)) + "\n-----END PRIVATE KEY-----\n"
v = dict(uid=nuuid(), sg=base64.b64encode(sg_key.encode()).decode(), tw=base64.b64encode(tw_tok.encode()).decode(),
         oa="sk-proj-" + rs(48, B64U) + "T3BlbkFJ" + rs(48, B64U), key=base64.b64encode(pem.encode()).decode(),
         fp=nfp().lower()[:47])
group(22, "Kubernetes Secret manifest", "English", v, [
    (X, "apiVersion: v1  # kubectl get secret notify-provider -n notify -o yaml --context swk-prod-euw1"),
    (X, 'kind: Secret  metadata: {name: notify-provider, namespace: notify, uid: «uid», resourceVersion: "88213417"}'),
    (S, "  SENDGRID_API_KEY: ⟦«sg»⟧"),
    (S, "  TWILIO_AUTH_TOKEN: ⟦«tw»⟧"),
    (X, '  annotations: {reloader.stakater.com/match: "true", external-secrets.io/last-sync: "2024-05-16T03:00:11Z"}'),
    (S, "stringData:  OPENAI_API_KEY: ⟦«oa»⟧"),
    (S, "  tls.key: ⟦«key»⟧"),
    (X, "  tls.crt: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUZhekNDQTFPZ0F3SUJBZ0lVQm... (public certificate, truncated)"),
    (P, "  # owner: ⦃Élodie Marchand⦄ <⦃elodie.marchand@free.fr⦄>, rotated quarterly"),
    (P, "  # last rotated from ⦃Élodie⦄'s laptop at ⦃88.172.45.230⦄ (kubectl apply, 2024-05-02)"),
    (P, '  NOTIFY_TEST_NUMBERS: "⦃+33 6 48 21 90 37⦄,⦃+33 7 81 55 02 64⦄"'),
    (X, "  WEBHOOK_SECRET_REF: vault:secret/data/notify#webhook_secret"),
    (X, "type: Opaque  # sealed copy: notify-provider-sealed, sealing cert fingerprint «fp»"),
])

# =============================================================== g23 Jira export (Kinyarwanda)
v = dict(momo=rs(32, HX), pw=pw(15), momou=nuuid(), momok=rs(32, HX), rid=nuuid(), sha=nhex(7),
         nid=reg("rw_nid", "g23_nid", "1 1987 8 0043125 1 07"))
group(23, "Jira export", "Kinyarwanda", v, [
    (X, "[KGL-412] Ikibazo: Abatwara amagare ntibabona amabwiriza mashya (dispatch-api, swk-prod-afs1)"),
    (X, "Ubwoko: Bug | Icyihutirwa: Kinini | Imiterere: Birakorwa | Verisiyo: rider-app 5.12.0.3418"),
    (P, "Uwatanze raporo: ⦃Uwimana Claudine⦄ (⦃uwimanaclaudine@gmail.com⦄)"),
    (P, "Ibisobanuro: Umukiriya ⦃Habimana Jean Bosco⦄ wo ⦃KG 11 Ave 27, Kacyiru, Kigali⦄ avuga ko ipaki ye itagezeyo."),
    (P, "Telefoni ye: ⦃078 845 2210⦄, indangamuntu: ⦃«nid»⦄ (yayitanze kugira ngo asubizwe amafaranga)"),
    (S, "Igitekerezo (⦃Uwimana⦄): Nagerageje kwinjira muri MTN MoMo API nkoresheje urufunguzo ⟦«momo»⟧, ariko byanze (401)."),
    (X, "Igitekerezo (jira-automation): Ikosa ryabonetse: MOMO_ERR_401 kuri request_id «rid»"),
    (S, "Igitekerezo: Ijambobanga rishya rya konti ya serivisi momo-collect ni ⟦«pw»⟧, muryimurire muri Vault."),
    (X, "Igitekerezo: Mwibuke ko ijambobanga ritagomba kwandikwa hano; koresha ${{ secrets.MOMO_API_KEY }} muri pipeline."),
    (S, "Umugereka: momo.env -> MOMO_API_USER=«momou» MOMO_API_KEY=⟦«momok»⟧"),
    (P, "Igitekerezo (⦃Mugisha Eric⦄): Namuhamagaye, yemeje ko amafaranga yageze kuri konti ye ya MoMo ⦃0722 318 904⦄."),
    (X, "Byahujwe na: KGL-398, KGL-407 | Sprint: KGL Sprint 21 | Story points: 3 | Labels: payments, momo"),
    (X, "Byakemutse: 2024-05-19 16:40 CAT | Commit: «sha» \"fix(momo): retry on 401 with refreshed token\" | Build #2291"),
])

# =============================================================== g24 SMS gateway log (Igbo)
v = dict(otp=otp(), termii="TL" + rs(58), dwid=(lambda d: d if not ids.luhn_ok(d) else d[:-1] + str((int(d[-1]) + 1) % 10))("1240" + rs(15, DG)), dw=rs(68, B64U), h=nhex(16), rq=nhex(12),
         nuban=reg("ng_nuban:058", "g24_nuban", ids.make_nuban("058", "021874563")),
         nin=reg("ng_nin", "g24_nin", "48213075961"))
group(24, "SMS gateway log", "Igbo", v, [
    (X, "2024-05-18T09:00:01Z notify-svc[1] INFO provider=termii route=NG-ENU queue_depth=12 version=2.9.4.310"),
    (P, '2024-05-18T09:00:03Z notify-svc[1] INFO sms to=⦃+234 803 412 7789⦄ body="Nnọọ ⦃Chukwuemeka⦄, ngwugwu gị SW-ENU-77102 ga-erute taa n\'elekere abụọ."'),
    (S, '2024-05-18T09:00:05Z notify-svc[1] INFO sms to=⦃0806 221 5403⦄ body="Koodu nkwenye gị bụ ⟦«otp»⟧. Egosila ya onye ọ bụla."'),
    (X, "2024-05-18T09:00:05Z notify-svc[1] DEBUG template=otp_ig locale=ig-NG hash=«h» len=71"),
    (S, '2024-05-18T09:00:06Z notify-svc[1] DEBUG termii request {"api_key":"⟦«termii»⟧","from":"Spokewise","channel":"dnd"}'),
    (P, '2024-05-18T09:01:12Z notify-svc[1] INFO sms to=⦃+234 816 093 2274⦄ body="Ndewo ⦃Adaeze Eze⦄, anyị natara ụgwọ ₦12,500 site n\'akaụntụ ⦃«nuban»⦄."'),
    (X, "2024-05-18T09:01:13Z notify-svc[1] WARN provider=termii status=429 retry_in=2s request_id=req_«rq»"),
    (P, '2024-05-18T09:02:40Z notify-svc[1] INFO sms to=⦃+234 703 558 1160⦄ body="⦃Obinna⦄, onye na-ebu ngwugwu gị na-abịa na ⦃12 Zik Avenue, Uwani, Enugu⦄."'),
    (S, "2024-05-18T09:03:02Z notify-svc[1] ERROR webhook delivery failed url=https://discord.com/api/webhooks/«dwid»/⟦«dw»⟧ status=404"),
    (P, '2024-05-18T09:03:30Z notify-svc[1] INFO kyc reminder to=⦃+234 909 114 2035⦄ body="Biko lelee NIN gị: anyị nwere ⦃«nin»⦄. Ọ bụ eziokwu?"'),
    (X, "2024-05-18T09:04:00Z notify-svc[1] INFO stats sent=1284 failed=7 dlr_pending=33 p95_ms=812 metric=notify_sms_sent_total"),
    (X, "2024-05-18T09:04:01Z notify-svc[1] INFO config reload ok: TERMII_API_KEY=${TERMII_API_KEY} (vault secret/notify/termii), sender=Spokewise"),
    (X, '2024-05-18T09:04:05Z notify-svc[1] INFO sms to=test-sink body="Ozi nnwale sitere na Spokewise (ejighi ya eme ihe ọ bụla)."'),
])

# =============================================================== g25 docker-compose (English)
v = dict(dg=nhex(64), pw=pw(20), pw2=pwu(20), hf="hf_" + rs(34), ant="sk-ant-api03-" + rs(93, B64U) + "AA",
         aad=reg("in_aadhaar", "g25_aadhaar", ids.make_aadhaar("48213907561")))
group(25, "docker-compose file", "English", v, [
    (X, "# docker-compose.local.yml: dispatch stack for laptops, images pinned by digest"),
    (X, "    image: postgres:15.6@sha256:«dg»"),
    (S, "      POSTGRES_PASSWORD: ⟦«pw»⟧   # same as staging, do not commit"),
    (X, "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password"),
    (S, "      REDIS_URL: redis://default:⟦«pw2»⟧@redis-stg.spokewise-int.net:6380/0"),
    (S, "      HF_TOKEN: ⟦«hf»⟧   # for the address-parser model"),
    (X, '    ports: ["127.0.0.1:5432:5432", "8080:8080"]  healthcheck: {test: ["CMD", "pg_isready", "-U", "dispatch"], interval: 10s}'),
    (P, '      SEED_ADMIN: "⦃Ravi Shankar Iyer⦄ <⦃ravi.iyer.dev@protonmail.com⦄>"'),
    (P, "      # fixtures/kyc_sample.json still holds a real Aadhaar (⦃«aad»⦄), scrub it before sharing"),
    (S, "      ANTHROPIC_API_KEY: ⟦«ant»⟧"),
    (X, "      OPENAI_API_KEY: ${OPENAI_API_KEY:-changeme}"),
    (P, '    extra_hosts: ["home-nas:⦃49.207.53.118⦄"]'),
    (X, "volumes: {pgdata: {}, redisdata: {}}  networks: {default: {name: swk-dev, ipam: {config: [{subnet: 172.28.0.0/16}]}}}"),
])

# =============================================================== g26 nginx access log (English)
v = dict(swk="swk_live_" + rs(32), pw=pw(12).replace("#", "x").replace("+", "x").replace("?", "x").replace("@", "x"),
         code=rs(32, B64U), st=nhex(16), rq=nhex(16))
group(26, "nginx access log", "English", v, [
    (X, '10.60.0.14 - - [18/May/2024:10:02:11 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001'),
    (P, '⦃82.132.219.41⦄ - - [18/May/2024:10:02:13 +0000] "GET /p/SW-LON-55108 HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"'),
    (S, '⦃86.15.200.77⦄ - - [18/May/2024:10:02:19 +0000] "GET /api/v2/export?format=csv&api_key=⟦«swk»⟧ HTTP/1.1" 200 88213 "-" "python-requests/2.31.0"'),
    (P, '⦃2a02:c7c:4d21:9e00:1d3b:6a2f:80c1:5e4d⦄ - - [18/May/2024:10:02:25 +0000] "GET /unsubscribe?email=⦃grace.adebayo%40gmail.com⦄ HTTP/2.0" 302 0 "-" "Mozilla/5.0"'),
    (X, '10.60.0.15 - swk-ci [18/May/2024:10:02:30 +0000] "POST /internal/cache/purge HTTP/1.1" 204 0 "-" "curl/8.5.0" request_id=«rq»'),
    (S, '⦃185.69.144.12⦄ - - [18/May/2024:10:02:41 +0000] "GET /admin/login?user=admin&password=⟦«pw»⟧ HTTP/1.1" 401 182 "-" "Mozilla/5.0"'),
    (P, '⦃77.97.203.18⦄ - - [18/May/2024:10:02:52 +0000] "POST /api/v2/recipients HTTP/2.0" 201 310 "https://app.spokewise.coop/new" "Mozilla/5.0" body="name=⦃Grace+Adebayo⦄&phone=⦃07956+118+402⦄"'),
    (X, '10.60.0.14 - - [18/May/2024:10:03:00 +0000] "GET /metrics HTTP/1.1" 200 18231 "-" "Prometheus/2.51.2" rt=0.004'),
    (S, '⦃77.97.203.18⦄ - - [18/May/2024:10:03:05 +0000] "GET /auth/callback?code=⟦«code»⟧&state=«st» HTTP/2.0" 302 0 "-" "Mozilla/5.0"'),
    (X, '198.51.100.23 - - [18/May/2024:10:03:11 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"'),
    (P, '⦃31.94.18.202⦄ - ⦃m.okafor⦄ [18/May/2024:10:03:20 +0000] "GET /account/settings HTTP/2.0" 200 7712 "-" "Mozilla/5.0"'),
    (X, '2024/05/18 10:03:44 [error] 31#31: *88213 upstream timed out (110: Connection timed out) while reading response header from upstream, upstream: "http://10.60.4.21:8080/api/v2/eta"'),
    (X, '10.60.0.16 - - [18/May/2024:10:03:50 +0000] "GET /api/v2/parcels?limit=50&cursor=eyJpZCI6IjQ0MTIifQ HTTP/1.1" 200 9921 "-" "tracking-web/1.42.0.977"'),
    (P, '⦃94.197.88.5⦄ - - [18/May/2024:10:04:02 +0000] "GET /p/SW-LON-55110/verify?dob=⦃1987-12-03⦄ HTTP/2.0" 200 640 "-" "Mozilla/5.0"'),
])

# =============================================================== g27 Zendesk ticket (Xhosa)
v = dict(pw=pw(13), psk="sk_live_" + rs(40, HX), otp=otp(), trace=nhex(32),
         zaid=reg("za_id", "g27_za_id", ids.make_za_id("910417079508")))
group(27, "Zendesk ticket", "Xhosa", v, [
    (X, "Itikiti #48211 · Umxholo: Ipasile ayifikanga (SW-ELS-30917) · Isimo: Ivuliwe · Iqela: Inkxaso yabaThengi"),
    (P, "Ukusuka ku: ⦃Siphesihle Mthembu⦄ <⦃siphe.mthembu@webmail.co.za⦄>"),
    (P, "Molweni, ipasile yam bekufanele ifike e-⦃14 Oxford Street, Quigney, East London 5201⦄ ngoLwesibini kodwa ayikafiki."),
    (P, "Inombolo yam yefowuni ngu-⦃082 447 1936⦄, kwaye inombolo yam ye-ID ngu-⦃«zaid»⦄ ukuba niyayidinga."),
    (S, "Ndizamile ukungena kwi-akhawunti yam, igama lokugqitha ngu-⟦«pw»⟧ kodwa alisebenzi."),
    (X, "Isaziso senkqubo: igama lokugqitha lifihliwe ngokuzenzekelayo: ************ (Zendesk redaction)"),
    (S, "Inqaku langaphakathi: isitshixo se-Paystack esisetyenziswa yi-notify-svc sivuzile kule tikiti: ⟦«psk»⟧, masitshintshwe."),
    (X, "Inqaku langaphakathi: Sibone impazamo DELIVERY_ADDR_UNVERIFIED kwi-routeplanner, trace «trace»"),
    (P, "Impendulo: Molo ⦃Siphesihle⦄, siyaxolisa. Umqhubi wethu uza kukufowunela ngomso."),
    (S, "Umthengi: Ndifumene le khowudi nge-SMS: ⟦«otp»⟧, ndiyifaka phi?"),
    (P, "Imbuyekezo: i-akhawunti ye-FNB ⦃62834019275⦄ egameni lika-⦃S. Mthembu⦄"),
    (X, "Iithegi: #delivery #east-london · Ixesha lokuphendula: 2h14m · SLA: Gold · Imacro: refund_standard_v3"),
    (X, "Inxulumene ne: #48177, #48190 · Umthengi weshishini: swk-partner-0042 · Ulwimi: xh-ZA"),
])

# =============================================================== g28 shell session (Kyrgyz)
v = dict(pw=pw(16).replace("'", "x"), pw2=pwu(14), jwt=jwt({"sub": "svc-ops-bsk", "scope": "payouts:retry", "iat": 1716105600, "exp": 1716109200}),
         job=nhex(10), age=age_key(),
         pin=reg("kg_pin", "g28_pin", "11206199400517"))
group(28, "shell session", "Kyrgyz", v, [
    (X, "ops@bastion-bsk:~$ # Бишкек хабындагы dispatch-api кайра жүргүзүлүп жатат, тикет SW-BSK-2210"),
    (X, "ops@bastion-bsk:~$ kubectl -n dispatch get pods --context swk-prod-euc1 | grep dispatch-api"),
    (X, "dispatch-api-7d9f8c6b5-x2k9q   1/1   Running   3 (14m ago)   2d4h"),
    (S, "ops@bastion-bsk:~$ export PGPASSWORD='⟦«pw»⟧'  # убактылуу, кийин өчүрөм"),
    (S, "ops@bastion-bsk:~$ mysql -h ledger-db-02 -u ledger_rw -p⟦«pw2»⟧ -e \"SELECT COUNT(*) FROM payouts WHERE status='failed'\""),
    (X, "mysql: [Warning] Using a password on the command line interface can be insecure."),
    (P, "ops@bastion-bsk:~$ # айдоочу ⦃Айгерим Токтогулова⦄ төлөм ала элек, ПИН ⦃«pin»⦄"),
    (P, "ops@bastion-bsk:~$ grep -r \"⦃0555 412 387⦄\" /var/log/notify/ | tail -3"),
    (P, "/var/log/notify/sms.log:2024-05-19 11:02:14 to=⦃+996 555 412 387⦄ text=\"⦃Айгеримге⦄ төлөм жөнөтүлдү\""),
    (S, "ops@bastion-bsk:~$ curl -s -H \"Authorization: Bearer ⟦«jwt»⟧\" https://api.spokewise.io/v2/payouts/retry -d '{\"rider\":\"RDR-BSK-0417\"}'"),
    (X, '{"status":"queued","job_id":"job_«job»","eta_seconds":120}'),
    (P, "ops@bastion-bsk:~$ # ⦃Токтогулова Айгерим Бакытовна⦄, туулган күнү ⦃12.06.1994⦄, маалымат CRMден алынды"),
    (S, "ops@bastion-bsk:~$ echo \"⟦«age»⟧\" > ~/.config/sops/age/keys.txt  # sops ачкычы"),
    (X, "ops@bastion-bsk:~$ history -d 1042 && history -w  # сырсөздү тарыхтан өчүрүү"),
])

# =============================================================== g29 mysql session (English)
v = dict(pw=pw(18).replace("'", "x"), sq="sq0csp-" + rs(43, B64U), pw2=pw(16).replace("'", "x"),
         iban1=reg("iban", "g29_iban_ie", ids.make_iban("IE", "BOFI90001728361940")),
         iban2=reg("iban", "g29_iban_pl", ids.make_iban("PL", "109010140000071219812874")),
         ppsn=reg("ie_ppsn", "g29_ppsn", ids.make_ie_ppsn("8473261", "A")),
         pesel=reg("pl_pesel", "g29_pesel", ids.make_pesel("9103170458")),
         card=reg("card", "g29_card", ids.make_card("37144963539843", (4, 6, 5))))
group(29, "mysql session", "English", v, [
    (X, "mysql> SELECT @@version, @@hostname;  -- 8.0.36-28 | ledger-db-02"),
    (S, "$ mysql -h ledger-db-02.db.spokewise-int.net -u ledger_admin --password=⟦«pw»⟧ ledger"),
    (X, "mysql> SHOW TABLES LIKE 'payout%';  -- payout_accounts, payout_batches, payout_items (3 rows in set, 0.00 sec)"),
    (P, "| 7731 | ⦃Niamh Gallagher⦄ | ⦃niamh.gallagher@eircom.net⦄ | ⦃«iban1»⦄ | active |"),
    (P, "| 7732 | ⦃Bartosz Zieliński⦄ | ⦃b.zielinski@wp.pl⦄ | ⦃«iban2»⦄ | active |"),
    (X, "mysql> SELECT rider_id, national_id, dob FROM kyc WHERE rider_id IN (7731, 7732);"),
    (P, "| 7731 | PPSN ⦃«ppsn»⦄ | ⦃1989-10-05⦄ |   | 7732 | PESEL ⦃«pesel»⦄ | ⦃1991-03-17⦄ |"),
    (S, "mysql> UPDATE integrations SET secret='⟦«sq»⟧' WHERE name='square_app';"),
    (X, "Query OK, 1 row affected (0.01 sec)  Rows matched: 1  Changed: 1  Warnings: 0"),
    (S, "mysql> CREATE USER 'reporting'@'10.%' IDENTIFIED BY '⟦«pw2»⟧';"),
    (X, "mysql> SELECT card_last4, card_brand, card_fingerprint FROM payment_methods LIMIT 1;  -- 4242 | visa | fp_1MqLx2eZvKYlo2C8"),
    (P, "| 7733 | ⦃Sinéad Ní Bhriain⦄ | ⦃087 319 4402⦄ | ⦃«card»⦄ | 2027-09 |"),
    (X, "mysql> \\q  Bye  -- session logged to /var/log/mysql-audit/ops-20240519.log (audit plugin 1.2.0.14)"),
])

# =============================================================== g30 Python traceback (English)
v = dict(ors="5b3ce3597851110001cf6248" + rs(32, HX), pw=pwu(18), ya="ya29.a0" + rs(150, B64U), ev=nhex(32),
         cpr=reg("dk_cpr", "g30_cpr", "091288-1437"))
group(30, "Python traceback", "English", v, [
    (X, "Traceback (most recent call last):"),
    (X, '  File "/srv/routeplanner/app/solver.py", line 214, in assign_batch'),
    (S, '    client = OpenRouteClient(api_key="⟦«ors»⟧", base_url="https://api.openrouteservice.org")'),
    (X, '  File "/usr/lib/python3.12/site-packages/requests/adapters.py", line 519, in send'),
    (P, '    raise ConnectionError(e, request=request)  [body: {"stops":[{"name":"⦃Helga Sørensen⦄","addr":"⦃Nørrebrogade 44, 2200 København N⦄"}]}]'),
    (X, "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.openrouteservice.org', port=443): Max retries exceeded (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f3a2c1e4d90>'))"),
    (S, "  locals: self.db_dsn = 'postgresql://routeplanner:⟦«pw»⟧@10.30.4.17:5432/routes'"),
    (P, "  locals: rider = {'id': 'RDR-CPH-0092', 'name': '⦃Mads Kjærgaard⦄', 'cpr': '⦃«cpr»⦄', 'phone': '⦃+45 28 71 40 93⦄'}"),
    (S, "  locals: headers = {'Authorization': 'Bearer ⟦«ya»⟧', 'traceparent': '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'}"),
    (X, "2024-05-19 07:14:02,118 ERROR routeplanner.worker job=assign_batch attempt=3/3 batch_id=0f8fad5b-d9cb-469f-a165-70867728950e"),
    (P, "2024-05-19 07:14:02,120 WARNING routeplanner.notify fallback SMS to dispatcher ⦃Kasper Lund⦄ <⦃kasper.lund@mail.dk⦄>"),
    (X, "2024-05-19 07:14:02,121 INFO sentry event «ev» sent (release routeplanner@2.4.0.1187)"),
    (X, "2024-05-19 07:14:05,004 INFO k8s pod routeplanner-worker-5c7d9b8f4-q8zt2 restarting (exit=1, OOMKilled=false)"),
])

# =============================================================== g31 code diff (Tajik)
v = dict(sha=nhex(40), bank=rs(48, B64U), pw=pwu(16), ghpat=github_pat(), i1=nhex(7), i2=nhex(7),
         card=reg("card", "g31_card", ids.make_card("421734902785164")),
         psp=reg("tj_passport", "g31_passport", "A40132875"))
group(31, "code diff", "Tajik", v, [
    (X, "commit «sha»"),
    (P, "Author: ⦃Фарҳод Раҳимов⦄ <⦃farhod.rahimov91@mail.ru⦄>"),
    (X, "Date:   Mon May 20 10:14:33 2024 +0500"),
    (X, "    Танзимоти нави пайвастшавӣ ба бонк барои пардохти ронандагон (SW-DYU-771)"),
    (X, "diff --git a/payouts/config/tj.yaml b/payouts/config/tj.yaml  index «i1»..«i2» 100644"),
    (S, '+  bank_api_secret: "⟦«bank»⟧"   # калиди муваққатӣ, баъдтар ба Vault мегузаронем'),
    (S, '+  sftp_url: "sftp://payouts:⟦«pw»⟧@sftp.spokewise-int.net:2222/tj/outgoing"'),
    (X, "-  bank_api_secret: \"{{ vault('secret/payouts/tj#api_secret') }}\""),
    (P, "+  # Санҷиш бо ҳисоби ⦃Раҳимова Нигина⦄, корти ⦃«card»⦄"),
    (P, '+  test_recipient_phone: "⦃+992 93 415 2278⦄"  # рақами шахсии ⦃Нигина⦄'),
    (S, "+  github_token: ⟦«ghpat»⟧  # барои CI"),
    (X, '@@ -12,7 +12,9 @@ payouts:  currency: TJS  batch_cutoff: "17:00"  timezone: Asia/Dushanbe'),
    (P, "+  # Шиносномаи ⦃Раҳимов Фарҳод⦄: ⦃«psp»⦄, барои KYC-и санҷишӣ истифода шуд"),
])

# =============================================================== g32 Confluence page (Tatar)
v = dict(pw=pw(12), pw2=pw(14), tg=telegram(), ya=uuid4_r(), sha=nhex(7),
         snils=reg("ru_snils", "g32_snils", ids.make_snils("148273956")),
         inn=reg("ru_inn12", "g32_inn", ids.make_inn12("1658273904")))
group(32, "Confluence page", "Tatar", v, [
    (X, "Казан хабы: яңа хезмәткәрләр өчен кулланма (Confluence, соңгы үзгәреш 2024-05-20, v17)"),
    (X, "1. VPN: WireGuard конфигын https://vpn.spokewise-int.net/kzn аша алыгыз, порт 51820/udp."),
    (S, "2. Склад планшетлары өчен гомуми серсүз: ⟦«pw»⟧ (аны беркемгә дә бирмәгез!)"),
    (X, "3. Серверлар: kzn-hub-gw01 (10.90.1.10), kzn-hub-prn01 (10.90.1.31); мониторинг: grafana, дашборд uid kzn-hub-01."),
    (P, "4. Җитәкче: ⦃Гөлнара Хәйруллина⦄, кесә телефоны ⦃8 (917) 264-38-15⦄, шәхси почта ⦃gulnara.hair@yandex.ru⦄."),
    (S, "5. 1С базасына керү: логин kzn_buh, серсүз ⟦«pw2»⟧"),
    (X, "   Искәрмә: серсүзләрне Confluence'та сакламагыз, Vault юлы: secret/kzn/1c (vault kv get secret/kzn/1c)."),
    (P, "6. Хезмәт хакы өчен: СНИЛС ⦃«snils»⦄, ИНН ⦃«inn»⦄ (⦃Хәйруллина Г. Р.⦄)"),
    (S, "7. Курьерларга хәбәр җибәрүче Telegram-бот токены: ⟦«tg»⟧"),
    (P, "8. Склад ачкычы ⦃Илнурга⦄ бирелде, аның адресы: ⦃Казан, Чистай урамы, 12 нче йорт, 45 нче фатир⦄."),
    (X, "9. ERR_1C_SYNC_TIMEOUT хатасы булса, SW-KZN-512 тикетын карагыз; метрика kzn_1c_sync_failures_total."),
    (S, "10. Яндекс.Карталар API ачкычы: ⟦«ya»⟧"),
    (P, "11. Туган көннәр исемлеге: ⦃Гөлнара⦄, ⦃14 март 1986⦄"),
    (X, "12. Бу битне соңгы тапкыр kzn-ops боты яңартты; версия 3.9.14.2207, commit «sha»."),
])

# =============================================================== g33 syslog / journald (English)
v = dict(pw=pw(16).replace('"', "x"), pw2=pw(12), snap=nhex(8), tree=nhex(16),
         mb="sk.eyJ1Ijoic3Bva2V3aXNlIiwiYSI6I" + rs(40, B64U) + "." + rs(22, B64U), q=nhex(12).upper())
group(33, "syslog", "English", v, [
    (X, "May 20 03:12:01 bastion-euw1 CRON[20411]: (root) CMD (/usr/local/bin/rotate-logs.sh --keep 14)"),
    (P, "May 20 03:14:22 bastion-euw1 sshd[20533]: Accepted publickey for ⦃ahmed.elsayed⦄ from ⦃41.234.77.18⦄ port 51422 ssh2: ED25519 SHA256:Zr3X8kQp1mV7yN2cB4dF6gH9jK0lM3nP5qR7sT9uW1x"),
    (X, "May 20 03:14:23 bastion-euw1 systemd-logind[611]: New session 8812 of user svc-backup."),
    (S, 'May 20 03:15:40 bastion-euw1 sudo[20610]: svc-backup : TTY=pts/2 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/restic -r s3:s3.eu-west-1.amazonaws.com/swk-backups --password-command "echo ⟦«pw»⟧" snapshots'),
    (X, "May 20 03:15:41 bastion-euw1 restic[20612]: snapshot «snap» saved, 1.284 GiB added, tree «tree»"),
    (P, "May 20 03:17:05 bastion-euw1 sshd[20701]: Failed password for invalid user ⦃lucia.romero⦄ from ⦃190.16.142.55⦄ port 60122 ssh2"),
    (S, "May 20 03:17:09 bastion-euw1 sshd[20701]: Failed password for invalid user ⟦«pw2»⟧ from ⦃190.16.142.55⦄ port 60124 ssh2"),
    (X, "May 20 03:20:00 bastion-euw1 systemd[1]: Started certbot.service - Certbot renewal (next run 2024-05-20 15:20:00 UTC)."),
    (P, "May 20 03:22:48 bastion-euw1 postfix/smtp[20988]: «q»: to=<⦃tunde.bakare@yahoo.com⦄>, relay=mta7.am0.yahoodns.net:25, delay=1.2, status=sent (250 ok)"),
    (S, "May 20 03:25:13 bastion-euw1 dispatch-api[1432]: WARN slow call https://api.mapbox.com/directions/v5/mapbox/cycling?access_token=⟦«mb»⟧ took 2.1s"),
    (P, 'May 20 03:26:30 bastion-euw1 useradd[21044]: new user: name=⦃npatel⦄, UID=1047, GID=1047, home=/home/npatel, shell=/bin/bash, comment="⦃Nikhil Patel⦄"'),
    (X, "May 20 03:30:00 bastion-euw1 node_exporter[702]: level=info msg=\"textfile collector\" metric=backup_last_success_timestamp_seconds"),
    (X, "May 20 03:31:17 bastion-euw1 kernel: [1204331.442210] nf_conntrack: table full, dropping packet (src=10.20.3.44 dst=10.20.0.10)"),
    (P, "May 20 03:33:02 bastion-euw1 fail2ban.actions[880]: NOTICE [sshd] Ban ⦃190.16.142.55⦄"),
])

# =============================================================== g34 customer email thread (English)
v = dict(cvc=otp(3), pw=pw(14), tok=b64url(40),
         card=reg("card", "g34_card", ids.make_card("492913570284417"[:15])))
group(34, "customer email thread", "English", v, [
    (X, "Subject: Re: [SW-SUP-90412] Refund for missed delivery (order SW-MAN-30318)"),
    (P, "From: ⦃Eleanor Whitcombe⦄ <⦃ellie.whitcombe@btinternet.com⦄>"),
    (X, "To: support@spokewise.coop  Cc: refunds@spokewise.coop"),
    (P, "Hi, I'm still waiting on the refund. Full card number for your records: ⦃«card»⦄, exp 03/27."),
    (S, "The CVC on the back is ⟦«cvc»⟧ if you need that too."),
    (P, "Deliveries go to ⦃Flat 12, 9 Whitworth Street West, Manchester M1 5WZ⦄ and my mobile is ⦃07823 554 019⦄."),
    (S, "I also reset my account password to ⟦«pw»⟧ like your colleague suggested on the phone, and I still can't log in."),
    (X, "> On Fri, 17 May 2024 at 16:02, Spokewise Support <support@spokewise.coop> wrote:"),
    (X, "> Please never send us your card number or password. Your case reference is SW-SUP-90412; refunds take 3-5 working days."),
    (S, "> Use this one-time link to sign in: https://app.spokewise.coop/magic?t=⟦«tok»⟧ (expires in 15 minutes)"),
    (P, "Thanks, ⦃Ellie⦄ (⦃Eleanor Whitcombe⦄), date of birth ⦃04/09/1971⦄ in case you need to verify me"),
    (X, "> Spokewise Co-operative Ltd · Unit 4, 22 Adelphi Street, Salford M3 6GJ · Reg. no. 12876543"),
    (P, "P.S. my husband ⦃Graham⦄ usually takes the parcels in, his number is ⦃07911 208 336⦄."),
])

# =============================================================== g35 web chat transcript (Turkmen)
v = dict(pw=pw(13), otp=otp(), rc="6L" + rs(38, B64U), sess=nuuid(),
         psp=reg("tm_passport", "g35_passport", "I1487203"))
group(35, "web chat transcript", "Turkmen", v, [
    (X, "Söhbetdeşlik #WC-ASB-6620 · 2024-05-20 14:05 · kanal: web widget · dil: tk"),
    (X, "[14:05:02] Bot: Salam! Spokewise goldaw hyzmatyna hoş geldiňiz. Sargyt belgiňizi ýazyň."),
    (P, "[14:05:40] Müşderi: Salam, men ⦃Aýgül Orazowa⦄. SW-ASB-11873 sargydymy getirmediler."),
    (X, "[14:06:02] Operator: Sargydyňyz ulgamda bar, ýagdaýy: ADDRESS_NOT_FOUND. Salgyňyzy barlalyň."),
    (P, "[14:06:30] Müşderi: Salgym: ⦃Aşgabat, Görogly köçesi 58, 12-nji jaý⦄"),
    (P, "[14:06:55] Müşderi: Telefonym ⦃+993 65 48-21-77⦄, gerek bolsa pasportym ⦃«psp»⦄."),
    (S, "[14:07:20] Müşderi: Şahsy otagyma girip bilemok, parolym ⟦«pw»⟧ bolmaly."),
    (X, "[14:07:31] Bot: Howpsuzlyk üçin parollary söhbetde paýlaşmaň. Habar awtomatiki gizlendi: ********"),
    (S, "[14:08:10] Müşderi: SMS bilen gelen kod: ⟦«otp»⟧"),
    (P, "[14:08:45] Operator: Sag boluň, ⦃Aýgül⦄ hanym. Kurýerimiz ⦃Döwletgeldi Annaýew⦄ sagat 17:00-a çenli geler."),
    (S, "[14:09:30] Operator (içerki bellik): widget sazlamalarynda reCAPTCHA gizlin açary açyk dur: ⟦«rc»⟧"),
    (X, "[14:10:02] Ulgam: Söhbet ýapyldy. Baha: 5/5. SW-ASB-T-4410 bileti döredildi, jogapkär: support-asb topary."),
    (X, "[14:10:03] Ulgam: widget v3.2.7.190, sessiýa «sess», IP 10.110.2.18 (içerki proksi)"),
    (P, "[14:10:20] Müşderi (e-poçta nusgasy üçin): ⦃aygul.orazowa@gmail.com⦄"),
])

# =============================================================== g36 helpdesk ticket (Uyghur)
v = dict(pw=pw(14), otp=otp(), xoxb=slack_bot(), trace=nhex(32), b=nhex(7),
         iin=reg("kz_iin", "g36_iin", ids.make_kz_iin("88030230051")))
group(36, "helpdesk ticket", "Uyghur", v, [
    (X, "بىلەت SW-ALA-3391 · تېما: يەتكۈزۈش كېچىكتى · ھالىتى: ئوچۇق · مۇلازىمەت: dispatch-api (swk-prod-euc1)"),
    (P, "ئىلتىماس قىلغۇچى: ⦃ئابلىمىت تۇرسۇن⦄، تېلېفون: ⦃+7 701 482 3390⦄"),
    (P, "ئادرېس: ⦃ئالمۇتا، زەنكوۋ كوچىسى 24، 17-ئۆي⦄"),
    (P, "ئۇ ئۆزىنىڭ IIN نومۇرىنى يوللىدى: ⦃«iin»⦄، بۇنى ساقلىماسلىق كېرەك."),
    (S, "ئىچكى ئىزاھات: admin پارولى ⟦«pw»⟧ غا ئۆزگەرتىلدى، دەرھال Vault قا يۆتكەڭلار."),
    (X, "پارول بۇ يەردە ساقلانمايدۇ: vault kv get secret/ala/dispatch-admin"),
    (S, "خېرىدار ئەۋەتكەن دەلىللەش كودى: ⟦«otp»⟧"),
    (X, "خاتالىق: ERR_GEOCODE_ZERO_RESULTS، trace_id=«trace»، نەشرى 5.12.0.3418"),
    (S, "Slack بوت توكېنى لوگتا كۆرۈندى: ⟦«xoxb»⟧، دەرھال ئالماشتۇرۇش كېرەك."),
    (P, "⦃ئابلىمىتقا⦄ جاۋاب ئېلخەت ئارقىلىق ئەۋەتىلدى: ⦃ablimit.tursun@mail.kz⦄"),
    (X, "مۇناسىۋەتلىك بىلەتلەر: SW-ALA-3370، SW-ALA-3384 · كۆرسەتكۈچ: dispatch_geocode_failures_total"),
    (X, "جاۋاب support@spokewise.coop ئارقىلىق ئەۋەتىلدى، ئاپتوماتىك جاۋاب ئۈلگىسى: reply_delay_v2"),
    (X, "يېپىلدى: 2024-05-21 11:20 (UTC+5) · سېرۋېر ala-hub-gw01 (10.120.0.5) · build «b»"),
])

# =============================================================== assemble + write
MARK = re.compile(r"⟦(.*?)⟧|⦃(.*?)⦄")

def render(kind, tmpl):
    secrets, pii, items = [], [], []
    for m in MARK.finditer(tmpl):
        if m.group(1) is not None:
            secrets.append(m.group(1)); items.append(m.group(1))
        else:
            pii.append(m.group(2)); items.append(m.group(2))
    text = tmpl.replace("⟦", "").replace("⟧", "").replace("⦃", "").replace("⦄", "")
    want = "credential" if secrets else ("pii" if pii else "negative")
    assert kind == want, (kind, want, tmpl)
    assert "\t" not in text and "\n" not in text and "\r" not in text, text
    seen, mv = set(), []
    for it in items:
        assert it and it in text, (it, text)
        if it not in seen:
            seen.add(it); mv.append(it)
    assert all(" ||| " not in x for x in mv)
    return text, mv

def build():
    rows = {"dev": [], "test": []}
    table = []
    for num, artefact, lang, lines in GROUPS:
        split = "dev" if num % 2 else "test"
        c = {"credential": 0, "pii": 0, "negative": 0}
        src = "writer24 g%02d %s (%s)" % (num, artefact, lang)
        for kind, tmpl in lines:
            text, mv = render(kind, tmpl)
            c[kind] += 1
            rows[split].append("%s\t%s\t%s\t%s" % (kind, text, " ||| ".join(mv), src))
        assert 12 <= len(lines) <= 15, num
        assert 3 <= c["credential"] <= 4 and 3 <= c["pii"] <= 5 and 5 <= c["negative"] <= 7, (num, c)
        table.append((num, split, artefact, lang, c, len(lines)))
    assert [g[0] for g in GROUPS] == list(range(1, 37))
    langs = [g[2] for g in GROUPS if g[2] != "English"]
    assert len(langs) == 18 == len(set(langs)) and sum(g[2] == "English" for g in GROUPS) == 18
    return rows, table

README_HEAD = """# batch24: redaction-gate evaluation lines (writer 24)

**Who / when / how.** Written by independent evaluation-data writer 24 (acting as a security-minded SRE) on
2026-12-07, in one sitting, from the brief only; no other data on the machine was read and nothing was fetched.
All text is hand-written; secret bodies are drawn from `random.Random(24)` in the fixed order of the groups in
`gen.py`; harmless look-alikes (commit SHAs, digests, UUIDs, trace ids, fingerprints) come from a separate
`random.Random(2400)`. National ids, IBANs and card numbers are typed as bases in `gen.py` and completed with
check digits by the hand-written `ids.py`; every one is listed in `batch24_ids.tsv`.
`python3 gen.py && python3 validate.py` rebuilds everything and prints `OK`.

**Theme.** *Spokewise*, an invented platform co-operative that runs dispatch, routing, proof-of-delivery,
SMS notification and rider payouts for cargo-bike courier co-ops in about twenty cities (Sarajevo, Tórshavn,
Ljouwert, Luxembourg, Kemper, Port-au-Prince, Auckland, Yogyakarta, Cebu, Antananarivo, Kigali, Enugu, East London,
Bishkek, Dushanbe, Kazan, Ashgabat, Almaty, London, Manchester, ...). Public domains `spokewise.coop`,
`api.spokewise.io`, `track.spokewise.coop`; internal `*.spokewise-int.net`; clusters `swk-prod-euw1`,
`swk-stg-euw1`, `swk-prod-euc1`, `swk-prod-afs1`, `swk-prod-apse1`, `swk-prod-apse2`; services `dispatch-api`,
`routeplanner`, `rider-gw`, `pod-svc`, `payouts`/`ledger`, `notify-svc`, `tracking-web`.

## Files
- `batch24_dev.tsv` (odd groups), `batch24_test.tsv` (even groups): `kind<TAB>text<TAB>must-vanish<TAB>source`.
- `batch24_ids.tsv`: `scheme<TAB>key<TAB>value` for every registered id / IBAN / card.
- `gen.py` (generator), `ids.py` (check digits), `validate.py` (checks, ends with `OK`).

## Labelling conventions
- **kind**: `credential` = the line holds at least one secret (its PII, if any, is listed too); `pii` = personal data
  and no secret; `negative` = nothing must vanish. Must-vanish items are joined by ` ||| `, each occurs verbatim in
  the line, in order of appearance, listed once.
- **Secrets, and only their secret part**: passwords (in URLs, flags, configs, SQL, prose in any language; the
  password, not the user name), API keys and tokens (vendor formats: AWS, GitHub incl. CRC32 checksum, GitLab, Slack,
  Stripe secret/restricted/webhook, Twilio, SendGrid, OpenAI, Anthropic, Google, Datadog, npm, DigitalOcean,
  Terraform Cloud, Hugging Face, Mailgun, Shopify, Square, Paystack, Termii, MTN MoMo, Algolia admin, Mapbox secret
  `sk.`, Cloudflare, PagerDuty, Telegram bot, Yandex (UUID-shaped), reCAPTCHA secret, OpenRouteService, Google OAuth
  `ya29.`), JWTs, private keys (PEM / OpenSSH / base64-wrapped in a k8s Secret), `age` keys, session and refresh
  cookies, `Authorization: Basic` values (the base64 blob), OAuth authorisation codes, magic-link / tracking tokens,
  Azure storage account keys, base64-encoded values in k8s `data:`, one-time codes, door codes and card CVCs.
  For webhook URLs only the secret path token is listed (Slack: last segment, Discord: token, Teams: the `V2...`
  segment, PagerDuty: integration key); the host and the non-secret ids may stay.
- **Not secrets (negatives)**: secret *references* (`${{ secrets.X }}`, `${VAR}`, `vault kv get ...`,
  `existingSecret:`, `!vault` blocks, `*_FILE` paths), placeholders (`<REPLACE_ME>`, `changeme`), masked values
  (`********`, `[REDACTED]`, `MG46 **** ... 045`), identifiers that are public by design: Twilio Account SID and
  API-key SID, browser Sentry DSN public key, Stripe *publishable* test key, AWS account ids / ARNs, public TLS
  certificates, host-key / certificate fingerprints, pagination cursors; vendors' documented example values
  (Stripe test cards 4000 0566 5566 5556 and 4242..., Visa test 4111 1111 1111 1111, IBAN DE89370400440532013000,
  reCAPTCHA test site key, W3C traceparent example); commit SHAs, digests, UUIDs, ULIDs, trace ids, four-part
  versions, ports, ticket numbers, error codes, metric names.
- **PII**: person names of customers, riders *and staff* (also first names alone, inflected forms such as Bosnian
  *Amri Hodžić*, Faroese *Heðni Poulsen*, Kyrgyz *Айгеримге*, Tatar *Илнурга*, Uyghur *ئابلىمىتقا*, and URL-encoded
  forms such as `Hiroshi%20Nakamura`), personal e-mail addresses (private providers **and** personal work addresses
  like `first.last@spokewise.coop`), personal phone numbers in national or international format, postal / home /
  delivery addresses of people, national ids, tax and social-security numbers, passport numbers, IBANs and bank
  account numbers of people, payment card numbers, dates of birth, public client IP addresses (IPv4 and IPv6), and
  user handles derived from real names (`kmensahbonsu`, `okovalenko`, `m.okafor`, `npatel`).
- **Not PII**: role mailboxes (`support@`, `ops@`, `security@`, `noreply@`, `refunds@`, `podrska@`), service and bot
  accounts (`svc-*`, `swk-ci`, `deploybot`, `onboarding-bot`, `test-sink`), company addresses and registration
  numbers, cities/countries on their own, RFC 1918 / loopback / container-network addresses and the documentation
  range 198.51.100.0/24, card last-4 digits, agent role labels (AJAN, Operator, Bot).
- Each line is judged alone: a first name is listed even if the full name is on another line.
- **Check digits.** `ids.py` computes: Luhn (cards, Canadian SIN, South-African ID), ISO 7064 mod 97-10 (IBANs; plus
  the French/Malagasy RIB key and the Bosnian national check that yields `BA39`), JMBG mod 11, Dutch BSN 11-proef,
  Luxembourg matricule (Luhn + Verhoeff), Faroese p-tal mod 11, French NIR key, NZ IRD, Kazakh IIN, Russian SNILS and
  12-digit INN, Nigerian NUBAN, Irish PPSN, Polish PESEL, Australian TFN, Aadhaar (Verhoeff). Schemes without a
  public check digit are typed whole and validated by format only: Haitian NIF, Indonesian NIK, Philippine SSS,
  Malagasy CIN, Rwandan NID, Nigerian NIN, Kyrgyz PIN, Tajik/Turkmen passports, Danish CPR. Two plain bank account
  numbers (BCA, FNB) are PII but not registered.

## Groups
| group | split | artefact | language | credential | pii | negative | lines |
|---|---|---|---|---|---|---|---|
"""

def write(outdir):
    rows, table = build()
    hdr = "# kind\ttext\tmust-vanish\tsource\n"
    for split in ("dev", "test"):
        with open(os.path.join(outdir, "batch24_%s.tsv" % split), "w", encoding="utf-8", newline="\n") as f:
            f.write(hdr + "".join(r + "\n" for r in rows[split]))
    with open(os.path.join(outdir, "batch24_ids.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# scheme\tkey\tvalue\n" + "".join("%s\t%s\t%s\n" % t for t in IDS))
    tot = {"credential": 0, "pii": 0, "negative": 0}
    body = ""
    for num, split, artefact, lang, c, n in table:
        body += "| g%02d | %s | %s | %s | %d | %d | %d | %d |\n" % (num, split, artefact, lang, c["credential"], c["pii"], c["negative"], n)
        for k in tot:
            tot[k] += c[k]
    body += "| **total** | | | | %d | %d | %d | %d |\n" % (tot["credential"], tot["pii"], tot["negative"], sum(tot.values()))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README_HEAD + body)
    return tot

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    tot = write(out)
    print("wrote %d lines (%s)" % (sum(tot.values()), ", ".join("%s=%d" % kv for kv in tot.items())))
