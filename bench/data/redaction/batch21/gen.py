#!/usr/bin/env python3
"""writer21 redaction test lines.

Theme: Vinora, an invented cross-border cooperative of wineries and cideries
(cellar telemetry, wine-club e-shop, harvest-crew payroll, export desk).
Writes batch21_dev.tsv (odd groups) and batch21_test.tsv (even groups).
Secret bodies come from random.Random(21); check digits from ids.py;
non-secret look-alikes (digests, UUIDs, trace ids) from hashlib.
"""
import base64
import hashlib
import os
import random

import ids

rng = random.Random(21)
HERE = os.path.dirname(os.path.abspath(__file__))

UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DG = "0123456789"
AN = UP + LO + DG
HX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"

# registry of identifiers carrying check digits: (type, value)
REG = []
# Luhn-valid digit runs deliberately allowed in negative lines (vendor test cards)
LUHN_EXCEPTIONS = ["4242424242424242", "4000056655665556"]


def reg(kind, value):
    REG.append((kind, value))
    return value


def R(n, alpha=AN):
    return "".join(rng.choice(alpha) for _ in range(n))


def pw(n=None):
    n = n or rng.randint(13, 18)
    alpha = AN + "!#%*-_.@$^+="
    while True:
        s = R(n, alpha)
        if any(c in DG for c in s) and any(c in "!#%*-_.@$^+=" for c in s):
            return s


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()


def sha1(s):
    return hashlib.sha1(s.encode()).hexdigest()


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


def uuid_of(s):
    h = md5(s)
    h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def b64url(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def jwt(payload_json):
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return head + "." + b64url(payload_json) + "." + R(43, URLSAFE)


def akid():
    return "AKIA" + R(16, UP + "234567")


def aws_secret():
    return R(40, B64)


def slack_hook():
    tok = R(24)
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (R(8, UP + DG), R(10, UP + DG), tok), tok


def card(prefix, sep=" "):
    """prefix typed by hand, check digit computed; grouped 4-4-4-4 for 16 digits"""
    full = reg("card", ids.luhn_make(prefix))
    if sep is None:
        return full
    if len(full) == 15:
        return sep.join([full[:4], full[4:10], full[10:]])
    return sep.join(full[i:i + 4] for i in range(0, len(full), 4))


def iban(country, bban, grouped=True):
    v = reg("iban", ids.iban_make(country, bban))
    return ids.iban_group(v) if grouped else v


GROUPS = []


def group(gid, artefact, lang):
    def deco(fn):
        GROUPS.append((gid, artefact, lang, fn))
        return fn
    return deco


C, P, N = "credential", "pii", "negative"

# ---------------------------------------------------------------- groups


@group("g01", "Slack chat thread", "English")
def g01():
    p1, p2 = pw(), pw()
    hook, htok = slack_hook()
    sid = "AC" + md5("vinora-twilio-account-nz")
    return [
        (C, f"#cellar-ops 06:15 oncall-nz: grafana on graf.blenheim.vinora.internal still takes admin / {p1} -- can someone rotate before vintage ends?", [p1]),
        (N, "#cellar-ops 06:17 sre-2: rotated, new one lives at kv/cellar/grafana/admin in vault, please don't paste it here again", []),
        (P, "#cellar-ops 06:20 oncall-nz: night shift was Aroha Ngata, she's on 021 483 9172 if the glycol chiller alarms again", ["Aroha Ngata", "021 483 9172"]),
        (N, "#cellar-ops 06:22 ferment-bot: chiller CH-2 compressor restarts=3 in 1h (threshold 4), runbook https://wiki.vinora.internal/runbooks/chiller-restart", []),
        (C, f"#cellar-ops 06:28 oncall-nz: pasted from my terminal: mosquitto_pub -h mqtt.blenheim.vinora.internal -u tankgw -P '{p2}' -t tanks/T14/cmd -m setpoint=16", [p2]),
        (N, f"#cellar-ops 06:31 sre-2: gateway image is ghcr.io/vinora/tank-gateway@sha256:{sha256('tank-gateway 2.14.3')} (tag 2.14.3), rolled to both sites", []),
        (P, "#cellar-ops 06:40 oncall-nz: the grower for block 7 wants the lab report sent to tama.whaanga@xtra.co.nz, not the coop inbox", ["tama.whaanga@xtra.co.nz"]),
        (C, f"#cellar-ops 06:44 sre-2: and whoever dropped {hook} into #lab: that webhook is live, revoking now", [htok]),
        (N, f"#cellar-ops 06:45 oncall-nz: fwiw the Twilio account SID {sid} is an identifier, only the auth token is secret (kv/cellar/twilio/auth_token)", []),
        (P, "#cellar-ops 06:50 oncall-nz: spare keys for the Renwick shed are with Hemi Parata, 14 Inkerman Street, Renwick 7204", ["Hemi Parata", "14 Inkerman Street, Renwick 7204"]),
        (C, f"#cellar-ops 06:52 oncall-nz: runbook step 4 still says curl -u tankgw:{(x := pw())} http://tank-gw-01.blenheim.vinora.internal/api/reset -- fixing the page", [x]),
        (P, "#cellar-ops 06:55 sre-2: those logins came from 122.58.197.40, which is Aroha's home connection, not an attacker", ["122.58.197.40", "Aroha"]),
    ]


@group("g02", ".env file", "English")
def g02():
    db = pw(20)
    sk = "sk_live_" + R(24)
    whsec = "whsec_" + R(32)
    sg = "SG." + R(22, URLSAFE) + "." + R(43, URLSAFE)
    ak, ase = akid(), aws_secret()
    sess = R(64, HX)
    return [
        (N, "# wineclub-shop .env -- production, Sonoma member site (shop.vinora.coop); copy of .env.example with real values", []),
        (C, f"DATABASE_URL=postgres://shop_app:{db}@pg-main.sonoma.vinora.internal:5432/wineclub?sslmode=require", [db]),
        (C, f"STRIPE_SECRET_KEY={sk}", [sk]),
        (N, "STRIPE_PUBLISHABLE_KEY_NOTE=publishable key is fetched at build time from ${STRIPE_PK}; never commit the sk_live_ key", []),
        (C, f"STRIPE_WEBHOOK_SECRET={whsec}", [whsec]),
        (C, f"SENDGRID_API_KEY={sg}", [sg]),
        (C, f"AWS_ACCESS_KEY_ID={ak} AWS_SECRET_ACCESS_KEY={ase}", [ak, ase]),
        (N, "AWS_REGION=us-west-2 S3_BUCKET=vinora-wineclub-labels-prod", []),
        (C, f"SESSION_SECRET={sess}", [sess]),
        (N, "TEST_CARD_FOR_STAGING=4242424242424242  # Stripe documented test card, staging only", []),
        (P, "SUPPORT_ESCALATION_CONTACT=Dolores Whitcombe <dolores.whitcombe@gmail.com> +1 707 555 0148", ["Dolores Whitcombe", "dolores.whitcombe@gmail.com", "+1 707 555 0148"]),
        (P, 'SEED_MEMBER_JSON={"name":"Harlan Quigley-Voss","dob":"1962-08-14","last_ip":"98.207.114.61"}', ["Harlan Quigley-Voss", "1962-08-14", "98.207.114.61"]),
        (C, f"REDIS_URL=rediss://default:{(x := pw(22))}@redis-wineclub.sonoma.vinora.internal:6380/0", [x]),
    ]


@group("g03", ".env file with comments", "French")
def g03():
    smtp = pw()
    ovh_as, ovh_ck = R(32, HX), R(32, HX)
    mp_key = R(40, HX)
    jwtsec = R(48, B64)
    siret = reg("siret", ids.luhn_make("4128836950001"))
    nir = reg("nir", ids.nir_make("2780633063118"))
    return [
        (N, "# Boutique en ligne du Château Vinora (Bordeaux) -- fichier .env de production, ne pas versionner", []),
        (N, "# Les secrets de référence sont dans Vault : secret/boutique/bdx/* (voir la procédure PRO-SEC-04)", []),
        (C, f"SMTP_URL=smtp://boutique%40vinora.coop:{smtp}@ssl0.ovh.net:465", [smtp]),
        (C, f"OVH_APPLICATION_SECRET={ovh_as}", [ovh_as]),
        (C, f"OVH_CONSUMER_KEY={ovh_ck}", [ovh_ck]),
        (C, f"MONDIAL_RELAY_CLE_PRIVEE={mp_key}  # clé marchand Mondial Relay", [mp_key]),
        (C, f"JWT_SECRET={jwtsec}", [jwtsec]),
        (N, "MONDIAL_RELAY_CODE_ENSEIGNE=BDTEST13  # code d'enseigne de test documenté par le transporteur", []),
        (N, f"SIRET_VENDEUR=voir kbis.pdf ; hash du kbis={sha256('kbis vinora bordeaux 2024')[:16]}", []),
        (P, f"# Gérante : Mme Sandrine Lafargue, NIR {nir}, née le 14/06/1978 -- à retirer, ça n'a rien à faire ici", ["Sandrine Lafargue", nir, "14/06/1978"]),
        (P, f"CONTACT_DPO=Baptiste Moreau-Sauvat, 27 cours de Verdun, 33000 Bordeaux, 06 71 28 44 19 (SIRET de l'EI {siret})", ["Baptiste Moreau-Sauvat", "27 cours de Verdun, 33000 Bordeaux", "06 71 28 44 19", siret]),
        (C, f"SENTRY_AUTH_TOKEN=sntrys_{(x := R(64))}", ["sntrys_" + x]),
        (P, "ADMIN_SEED_EMAIL=claire.dubois-teyssier@free.fr  # compte personnel de la gérante", ["claire.dubois-teyssier@free.fr"]),
    ]


@group("g04", "email", "German")
def g04():
    stid = reg("steuer_id", ids.mod11_10_make("6501273958"))
    ib = iban("DE", "37040044" + "0532013000"[:2] + "84217763")
    ib2 = iban("DE", "50010517" + "5423918866")
    sftp = pw()
    return [
        (N, "Betreff: Lohnabrechnung Lesehelfer September -- Weingut Vinora Mosel, Übergabe an die Buchhaltung", []),
        (N, "Hallo zusammen, anbei die Liste der Erntehelfer für die Lese 2024, Export aus lohn-export v3.8.1 (Prüfsumme siehe unten).", []),
        (P, f"1) Jonas Brückner, geb. 03.11.1996, Steuer-ID {stid}, IBAN {ib}, 38,5 Std.", ["Jonas Brückner", "03.11.1996", stid, ib]),
        (P, f"2) Małgorzata Wenzel, Kirchstraße 12, 54470 Bernkastel-Kues, IBAN {ib2}, Tel. 0176 2419 8853", ["Małgorzata Wenzel", "Kirchstraße 12, 54470 Bernkastel-Kues", ib2, "0176 2419 8853"]),
        (P, "3) Dariusz Lemke (Aushilfe über Zeitarbeitsfirma, Rahmenvertrag RV-2024-07), geb. 22.08.2001, Handy 0151 4428 3907", ["Dariusz Lemke", "22.08.2001", "0151 4428 3907"]),
        (N, f"Prüfsumme der Exportdatei: SHA-256 {sha256('lese2024-export.csv')}", []),
        (C, f"Die Datei liegt auf sftp://lohn@files.mosel.vinora.internal/lese2024/ -- Passwort wie gehabt: {sftp}", [sftp]),
        (N, "Bitte das Passwort nicht mehr per Mail schicken, sondern über den Passwortmanager teilen (Ordner 'Buchhaltung/SFTP').", []),
        (P, "Rückfragen bitte an mich: Katharina Ehrlich, Tel. +49 6531 97 44 02, k.ehrlich@t-online.de", ["Katharina Ehrlich", "+49 6531 97 44 02", "k.ehrlich@t-online.de"]),
        (C, f"PS: Der DATEV-Zugang läuft noch über den Sammelbenutzer lohnbuero / {(x := pw())} -- bitte nach der Abrechnung ändern.", [x]),
    ]


@group("g05", "JSON audit log", "English")
def g05():
    t1 = "ghp_" + R(36)
    npm = "npm_" + R(36)
    ip1, ip2, ip3 = "81.174.23.209", "2a02:c7c:5d1e:4b00:9d4:61ff:fe2a:13c7", "94.12.188.41"
    j = jwt('{"sub":"mbr_48213","email":"ruth.okafor@outlook.com","iat":1727090110}')
    tr = md5("trace g05 a")
    return [
        (N, '{"ts":"2024-09-23T11:02:41Z","svc":"wineclub-api","event":"deploy.finished","version":"5.12.0","commit":"' + sha1("wineclub 5.12.0")[:12] + '","actor":"ci-bot"}', []),
        (P, '{"ts":"2024-09-23T11:05:03Z","svc":"wineclub-api","event":"login.success","member_id":"mbr_48213","email":"ruth.okafor@outlook.com","client_ip":"' + ip1 + '"}', ["ruth.okafor@outlook.com", ip1]),
        (C, '{"ts":"2024-09-23T11:05:03Z","svc":"wineclub-api","event":"debug.request","headers":{"authorization":"Bearer ' + j + '"}}', [j]),
        (N, '{"ts":"2024-09-23T11:05:04Z","svc":"wineclub-api","event":"http.request","trace_id":"' + tr + '","span_id":"' + tr[:16] + '","route":"/v2/members/{id}/shipments","status":200}', []),
        (P, '{"ts":"2024-09-23T11:07:19Z","svc":"wineclub-api","event":"address.updated","member_id":"mbr_50977","name":"Garrett Linwood","ship_to":"1843 Bodega Avenue, Petaluma, CA 94952","client_ip":"' + ip2 + '"}', ["Garrett Linwood", "1843 Bodega Avenue, Petaluma, CA 94952", ip2]),
        (N, '{"ts":"2024-09-23T11:08:00Z","svc":"wineclub-api","event":"config.reload","secrets_source":"vault:kv/wineclub/prod","keys_loaded":["STRIPE_SECRET_KEY","SENDGRID_API_KEY"],"values":"<redacted>"}', []),
        (C, '{"ts":"2024-09-23T11:12:55Z","svc":"release-tools","event":"npm.publish","registry":"https://registry.npmjs.org","token":"' + npm + '","pkg":"@vinora/label-kit@1.4.2"}', [npm]),
        (C, '{"ts":"2024-09-23T11:13:30Z","svc":"release-tools","event":"git.clone","url":"https://x-access-token:' + t1 + '@github.com/vinora/label-kit.git"}', [t1]),
        (P, '{"ts":"2024-09-23T11:15:47Z","svc":"wineclub-api","event":"age.verify","member_id":"mbr_51002","dob":"1999-02-28","result":"pass","client_ip":"' + ip3 + '"}', ["1999-02-28", ip3]),
        (N, '{"ts":"2024-09-23T11:16:10Z","svc":"wineclub-api","event":"idempotency.hit","key":"' + uuid_of("idem g05") + '","order":"SO-2024-118342"}', []),
        (C, '{"ts":"2024-09-23T11:17:02Z","svc":"wineclub-api","event":"partner.connect","partner":"cellartracker","client_secret":"' + (x := R(40, URLSAFE)) + '"}', [x]),
        (P, '{"ts":"2024-09-23T11:18:40Z","svc":"wineclub-api","event":"gift.sent","recipient_name":"Odalys Fairbrother","recipient_phone":"+1 971 555 0113"}', ["Odalys Fairbrother", "+1 971 555 0113"]),
    ]


@group("g06", "shell session", "English")
def g06():
    mysqlpw = pw()
    rds = pw(22)
    vt = "hvs." + R(24)
    bearer = R(40, HX)
    basic = b64s("cellar-sync:" + (p := pw()))
    return [
        (N, "ops@bastion-au:~$ ssh -J bastion-au.vinora.internal deploy@10.40.3.17   # Barossa cellar-sync host", []),
        (N, "   Active: active (running) since Tue 2024-10-01 04:11:52 ACST; 2 days ago  Main PID: 2817 (cellar-sync)", []),
        (C, f"deploy@cellar-sync-01:~$ mysql -h 10.40.3.22 -u labdata -p'{mysqlpw}' lab -e 'select count(*) from brix_readings'", [mysqlpw]),
        (C, f"deploy@cellar-sync-01:~$ export VAULT_TOKEN={vt}; vault kv get kv/cellar/barossa/rds", [vt]),
        (C, f"password           {rds}", [rds]),
        (N, "deploy@cellar-sync-01:~$ vault kv metadata get kv/cellar/barossa/rds | grep -E 'current_version|updated_time'", []),
        (C, f"deploy@cellar-sync-01:~$ curl -s -H 'Authorization: Basic {basic}' https://lims.barossa.vinora.internal/api/v1/samples?since=2024-10-01", [basic]),
        (C, f"deploy@cellar-sync-01:~$ curl -s -H 'X-Api-Key: {bearer}' https://scales.barossa.vinora.internal/api/weighbridge/today", [bearer]),
        (P, "  {\"ticket\":\"WB-88121\",\"grower\":\"Lachlan Pemberton-Ure\",\"mobile\":\"0417 382 906\",\"net_kg\":11840,\"block\":\"Ebenezer-3\"}", ["Lachlan Pemberton-Ure", "0417 382 906"]),
        (N, f"deploy@cellar-sync-01:~$ sha256sum /opt/cellar-sync/cellar-sync   # {sha256('cellar-sync 3.2.0 linux-amd64')}", []),
        (P, "deploy@cellar-sync-01:~$ last -i -n 1  ->  deploy   pts/0   1.129.104.77   Thu Oct  3 07:02   still logged in", ["1.129.104.77"]),
        (C, f"deploy@cellar-sync-01:~$ echo 'machine lims.barossa.vinora.internal login cellar-sync password {(x := pw())}' >> ~/.netrc", [x]),
    ]


@group("g07", "support ticket", "Dutch")
def g07():
    bsn = reg("bsn", ids.bsn_make("20417356"))
    ib = iban("NL", "RABO" + "0318472956")
    ftp = pw()
    pk = "pk_" + R(32, HX)
    return [
        (N, "Ticket VIN-NL-4471 | Prioriteit: hoog | Component: webshop-ciderij-betuwe | Status: In behandeling", []),
        (P, "Melder: Sanne van der Heijden, Lingedijk 88, 4196 HD Tricht, tel. 06-41827736", ["Sanne van der Heijden", "Lingedijk 88, 4196 HD Tricht", "06-41827736"]),
        (P, f"Klant vraagt terugstorting naar {ib} t.n.v. W. de Bruijn-Koster; BSN {bsn} stond per ongeluk in het contactformulier", [ib, "W. de Bruijn-Koster", bsn]),
        (N, f"Logfragment: psp_ref=PSP-{md5('psp g07')[:10].upper()} order=CB-2024-55120 status=FAILED reason=issuer_timeout", []),
        (C, f"Workaround van leverancier: tijdelijk inloggen op het PSP-dashboard met ciderij-admin / {ftp} (AUB na afloop wijzigen!)", [ftp]),
        (C, f"Leverancier vroeg ook om de API-sleutel ter controle, die is meegestuurd: {pk}", [pk]),
        (N, "Let op: de sleutel in de testomgeving is test_xxxxxxxxxxxxxxxx en mag gewoon in tickets; productie nooit.", []),
        (N, "Oorzaak (voorlopig): timeout van 8s in de iDEAL-adapter is te kort sinds de bank naar nieuwe endpoints is overgestapt.", []),
        (P, "Terugbelverzoek van de klant: dhr. Pieter-Jan Oosterhuis, 0344 614 208, graag na 17:00", ["Pieter-Jan Oosterhuis", "0344 614 208"]),
        (N, "Actie: timeout naar 20s, monitor psp_failed_total{adapter=\"ideal\"} 48 uur, daarna ticket sluiten.", []),
        (C, f"Bijlage van de leverancier bevatte ook het webhook-geheim: whsec_{(x := R(32))}", ["whsec_" + x]),
        (P, "Dhr. Oosterhuis mailde daarna vanaf pj.oosterhuis@kpnmail.nl met een screenshot van zijn bankapp", ["Oosterhuis", "pj.oosterhuis@kpnmail.nl"]),
    ]


@group("g08", "Kubernetes manifest with comments", "Swedish")
def g08():
    dbpw = pw(20)
    b64pw = b64s(dbpw)
    reg_auth = b64s("vinora-robot:" + R(32))
    pnr = reg("personnummer", ids.luhn_make("870412238"))
    pnr_fmt = pnr[:6] + "-" + pnr[6:]
    cfg_hash = sha256("cellar-api configmap v41")
    return [
        (N, "# cellar-api för Cideriet Vinora Kivik -- namespace cellar-prod, ägs av drift@ (se CODEOWNERS)", []),
        (N, "metadata: {name: cellar-db, namespace: cellar-prod, annotations: {vault.hashicorp.com/agent-inject-secret-db: 'kv/data/cellar/kivik/db'}}", []),
        (C, f"data: {{DB_PASSWORD: {b64pw}}}   # base64, TODO flytta till vault-injektorn", [b64pw]),
        (C, f"stringData: {{DB_PASSWORD_PLAIN: '{dbpw}'}}   # samma lösenord i klartext, används av migreringsjobbet", [dbpw]),
        (C, '{"auths":{"registry.kivik.vinora.internal":{"auth":"' + reg_auth + '"}}}', [reg_auth]),
        (N, f"  annotations: {{checksum/config: {cfg_hash}}}", []),
        (P, f"# Kontaktperson vid larm: Elin Sjöberg, 070-318 42 96, personnummer {pnr_fmt} (behövs för passerkortet)", ["Elin Sjöberg", "070-318 42 96", pnr_fmt]),
        (P, "# Reservkontakt: Oskar Lindqvist, Lillagatan 7, 277 30 Kivik, oskar.lindqvist@telia.com", ["Oskar Lindqvist", "Lillagatan 7, 277 30 Kivik", "oskar.lindqvist@telia.com"]),
        (N, "  env: [{name: DB_PASSWORD, valueFrom: {secretKeyRef: {name: cellar-db, key: DB_PASSWORD}}}]", []),
        (C, f"# hoppsan, från skalhistoriken: kubectl create secret generic cellar-smtp --from-literal=password='{(x := pw())}' -n cellar-prod", [x]),
        (P, "# senast ändrad från IP 83.250.17.204 (hemmanätverk, enligt audit-loggen)", ["83.250.17.204"]),
    ]


@group("g09", "GitHub Actions CI log", "English")
def g09():
    gh = "ghs_" + R(36)
    dd = R(32, HX)
    cf = R(40, URLSAFE)
    sonar = "squ_" + R(40, HX)
    run = "11" + str(int(sha1("gha run g09"), 16))[:8]
    return [
        (N, f"2024-10-07T09:14:02.118Z ##[group]Run actions/checkout@v4  (run {run}, attempt 1)", []),
        (N, "2024-10-07T09:14:02.120Z   token: ***   repository: vinora/harvest-planner   ref: refs/heads/main", []),
        (N, "2024-10-07T09:14:05.901Z env: DD_API_KEY: ${{ secrets.DD_API_KEY }}  CF_API_TOKEN: ${{ secrets.CLOUDFLARE_TOKEN }}", []),
        (C, f"2024-10-07T09:14:06.004Z + git remote set-url origin https://x-access-token:{gh}@github.com/vinora/harvest-planner", [gh]),
        (C, f"2024-10-07T09:14:40.377Z [datadog-ci] using api key {dd} (from DATADOG_API_KEY, masking disabled by step config)", [dd]),
        (C, f"2024-10-07T09:15:30.212Z debug: wrangler deploy --api-token {cf} --env production", [cf]),
        (C, f"2024-10-07T09:16:01.008Z sonar-scanner -Dsonar.host.url=https://sonar.vinora.internal -Dsonar.token={sonar}", [sonar]),
        (N, "2024-10-07T09:16:44.640Z Tests: 412 passed, 3 skipped (fixtures use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)", []),
        (P, "2024-10-07T09:16:45.002Z FAIL fixtures/growers.json: unexpected real record {\"name\":\"Bridget Carrow\",\"phone\":\"+44 7700 148 392\"}", ["Bridget Carrow", "+44 7700 148 392"]),
        (N, f"2024-10-07T09:17:03.118Z Cache saved with key: npm-Linux-{sha256('package-lock harvest-planner')[:32]}", []),
        (P, "2024-10-07T09:14:06.110Z commit author: Bridget Carrow <bridget.carrow@gmail.com> (personal address, should be the noreply one)", ["Bridget Carrow", "bridget.carrow@gmail.com"]),
        (C, f"2024-10-07T09:15:44.020Z + npm config set //npm.pkg.github.com/:_authToken ghp_{(x := R(36))}", ["ghp_" + x]),
    ]


@group("g10", "call transcript", "English")
def g10():
    c1 = card("453201847732951")
    tfn = reg("tfn", ids.tfn_make("46382951"))
    tfn_fmt = tfn[:3] + " " + tfn[3:6] + " " + tfn[6:]
    return [
        (N, "[Call 2024-10-09 14:02 AEST | queue: wine-club-au | agent: A-117 | recording id " + uuid_of("call g10") + "]", []),
        (P, "CALLER: Hi, it's Margaret Ellery-Tan, my membership number is WC-AU-20931 and my box never arrived.", ["Margaret Ellery-Tan"]),
        (N, "AGENT: Sorry about that. I can see consignment AUP-88213047 was returned to depot as 'address incomplete'.", []),
        (P, "CALLER: It should be unit 4, 22 Chapel Street, Tanunda SA 5352 -- the unit number must have dropped off.", ["unit 4, 22 Chapel Street, Tanunda SA 5352"]),
        (P, "AGENT: Got it. For security, can you confirm your date of birth? CALLER: Seventeenth of March, 1961, so 17/03/1961.", ["Seventeenth of March, 1961", "17/03/1961"]),
        (P, f"CALLER: And please charge the redelivery to the new card, {c1}, expiry 08/27, the code is 614.", [c1, "614"]),
        (N, "AGENT: I'm not able to take the security code over the phone, I'll send a secure payment link instead.", []),
        (P, f"CALLER: Oh and the cellar-door invoice had my tax file number on it, {tfn_fmt}, is that normal?", [tfn_fmt]),
        (N, "AGENT: It shouldn't be. I'll raise a privacy incident, reference PRV-2024-0193, and you'll get an email within 2 business days.", []),
        (P, "CALLER: Lovely. My mobile is 0438 215 774 if they need me.", ["0438 215 774"]),
        (C, f"CALLER: Can't you just log into my account and look? The password is {(x := pw())}.", [x]),
        (P, "CALLER: Actually, send the confirmation to my daughter, Jessamy Ellery-Tan, jessamy.et@gmail.com.", ["Jessamy Ellery-Tan", "jessamy.et@gmail.com"]),
    ]


@group("g11", "handover notes", "Norwegian")
def g11():
    fnr = reg("fnr", ids.fnr_make("120389496"))
    ib = iban("NO", ids.no_account_make("1503228471"))
    vipps = R(32, HX)
    ssh = pw()
    return [
        (N, "Vaktoverlevering sideri Hardanger (Vinora) -- uke 41, fra nattevakt til dagvakt", []),
        (N, "1. Kjøleanlegg: kompressor K2 hadde en restart kl. 03:47, logget i driftsloggen som hendelse DL-2024-2231.", []),
        (C, f"2. Innlogging til PLS-panelet fungerer igjen: bruker operatør, passord {ssh} (satt av leverandøren, må byttes)", [ssh]),
        (C, f"3. Vipps-integrasjonen feilet fordi klienthemmeligheten var utløpt; ny hemmelighet {vipps} er lagt inn manuelt i admin.", [vipps]),
        (N, "   Hemmeligheten skal egentlig hentes fra vault (kv/sideri/vipps/client_secret) -- sak opprettet, DRIFT-812.", []),
        (P, f"4. Ny sesongarbeider registrert: Ingrid Haugland Tvedt, fødselsnummer {fnr}, konto {ib}", ["Ingrid Haugland Tvedt", fnr, ib]),
        (P, "   Hun bor på Sjøvegen 14, 5730 Ulvik og kan nås på 913 47 208.", ["Sjøvegen 14, 5730 Ulvik", "913 47 208"]),
        (N, f"5. Etikettskriver ZT410 byttet fastvare til V75.20.21Z, sjekksum {md5('zt410 fw V75.20.21Z')}", []),
        (P, "6. Eplebonden Torbjørn Melkevik ringte om levering fredag, e-post torbjorn.melkevik@online.no", ["Torbjørn Melkevik", "torbjorn.melkevik@online.no"]),
        (C, f"7. SMTP-passord for skriveren på kontoret (skann-til-e-post): {(x := pw())}", [x]),
        (P, "8. Vikar for vaktsjefen neste uke er Eirik Solheim-Bakke, tlf. 478 21 336", ["Eirik Solheim-Bakke", "478 21 336"]),
    ]


@group("g12", "Alertmanager webhook payload", "Danish")
def g12():
    cpr = reg("cpr", ids.cpr_make("230471513"))
    cpr_fmt = cpr[:6] + "-" + cpr[6:]
    mitid = R(40, URLSAFE)
    fp = sha256("alert fp g12")[:16]
    return [
        (N, '{"receiver":"cellar-dk","status":"firing","groupKey":"{}:{alertname=\\"TankTempHigh\\"}","externalURL":"http://alertmanager.fyn.vinora.internal:9093"}', []),
        (N, '{"labels":{"alertname":"TankTempHigh","site":"fyn-frugtvin","tank":"F07","severity":"warning"},"fingerprint":"' + fp + '"}', []),
        (P, '{"annotations":{"description":"Vagthavende i dag: Mette Kjærgaard Holm, mobil +45 28 71 94 30. Ring ikke efter kl. 22."}}', ["Mette Kjærgaard Holm", "+45 28 71 94 30"]),
        (C, '{"annotations":{"debug":"webhook fejlede, sendte igen med header Authorization: Bearer ' + mitid + '"}}', [mitid]),
        (N, '{"startsAt":"2024-10-11T03:14:00Z","endsAt":"0001-01-01T00:00:00Z","generatorURL":"http://prometheus.fyn.vinora.internal:9090/graph?g0.expr=tank_temp_celsius%7Btank%3D%22F07%22%7D+%3E+22"}', []),
        (P, '{"annotations":{"note":"Ejer af tanken (forpagter): Rasmus Vestergaard, CPR ' + cpr_fmt + ', Nørregade 31, 5700 Svendborg"}}', ["Rasmus Vestergaard", cpr_fmt, "Nørregade 31, 5700 Svendborg"]),
        (N, '{"labels":{"alertname":"ChillerPowerDraw","instance":"10.61.4.12:9100","job":"node"},"value":"7.4e+03"}', []),
        (C, '{"receiver":"sms-gw","url":"https://sms.fyn.vinora.internal/send?user=alert&pass=' + (smspw := pw()) + '"}', [smspw]),
        (P, '{"annotations":{"acknowledged_by":"Mette Kjærgaard Holm","ack_ip":"5.186.73.210"}}', ["Mette Kjærgaard Holm", "5.186.73.210"]),
        (C, '{"receiver":"sms-gw","http_config":{"basic_auth":{"username":"alertmanager","password":"' + (x := pw()) + '"}}}', [x]),
    ]


@group("g13", "Kubernetes manifest", "English")
def g13():
    gcp_key_id = R(40, HX)
    pem = R(64, B64)
    redis = pw(24)
    oidc = R(40, URLSAFE)
    return [
        (N, "# label-printer-service -- Herefordshire cider mill, cluster eu-west-2-prod, managed by Argo CD (app: labels-hfd)", []),
        (N, f"        image: europe-docker.pkg.dev/vinora-prod/packing/label-printer@sha256:{sha256('label-printer 1.19.0')}", []),
        (N, "        env: [{name: REDIS_PASSWORD, valueFrom: {secretKeyRef: {name: labels-redis, key: password}}}, {name: PRINTER_POOL, value: 'zebra-hfd-01,zebra-hfd-02'}]", []),
        (C, f"        args: ['--redis-url=redis://:{redis}@redis-labels.packing.svc:6379/2', '--workers=4']", [redis]),
        (C, '  gcp-sa.json: {"type":"service_account","project_id":"vinora-prod","private_key_id":"' + gcp_key_id + '","client_email":"labels@vinora-prod.iam.gserviceaccount.com"}', [gcp_key_id]),
        (C, f'  "private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC{pem}\\n-----END PRIVATE KEY-----\\n"', [pem]),
        (C, f"        - name: OIDC_CLIENT_SECRET  value: {oidc}   # TODO: move to ExternalSecret", [oidc]),
        (N, "  - secretRef: {name: labels-oidc}   # ExternalSecret syncs from gcp-sm://projects/vinora-prod/secrets/labels-oidc/versions/latest", []),
        (P, "# on-call owner: Fergus Ashdown-Pryce, 01432 760 318, fergus.ap@btinternet.com", ["Fergus Ashdown-Pryce", "01432 760 318", "fergus.ap@btinternet.com"]),
        (P, "# last applied with kubectl from 62.31.90.214 by eoin.brady@gmail.com (personal account, remove from RBAC)", ["62.31.90.214", "eoin.brady@gmail.com"]),
        (C, f"        - name: ZEBRA_CLOUD_API_KEY  value: '{(x := R(32))}'", [x]),
    ]


@group("g14", "Terraform", "English")
def g14():
    tfc = R(14) + ".atlasv1." + R(67)
    dbpw = pw(20)
    cfk = R(37, HX)
    pd = "u+" + R(18, URLSAFE)
    return [
        (C, f'# ~/.terraformrc pasted for debugging: credentials "app.terraform.io" {{ token = "{tfc}" }}', [tfc]),
        (N, 'provider "aws" { region = "ap-southeast-2" assume_role { role_arn = "arn:aws:iam::481204773615:role/tf-cellar-door" } }', []),
        (C, f'resource "aws_db_instance" "pos" {{ identifier = "cellar-door-pos" engine = "postgres" username = "pos_admin" password = "{dbpw}" }}', [dbpw]),
        (N, 'resource "aws_db_instance" "pos_replica" { password = var.pos_db_password  # sensitive = true, from TF_VAR_pos_db_password }', []),
        (N, 'data "aws_secretsmanager_secret_version" "pos" { secret_id = "arn:aws:secretsmanager:ap-southeast-2:481204773615:secret:cellar-door/pos-db-Ab12Cd" }', []),
        (C, f'provider "cloudflare" {{ api_key = "{cfk}" email = "dns-admin@vinora.coop" }}', [cfk]),
        (C, f'provider "pagerduty" {{ token = "{pd}" }}', [pd]),
        (P, 'resource "aws_iam_user" "contractor" { name = "hannah.moetaua" tags = { owner = "Hannah Moetaua", phone = "+64 27 556 1093" } }', ["hannah.moetaua", "Hannah Moetaua", "+64 27 556 1093"]),
        (N, '# plan: 3 to add, 1 to change, 0 to destroy. state serial 412, lineage ' + uuid_of("tf lineage g14"), []),
        (P, "# TODO ask Ngaio Paewai-Rhodes (ngaio.pr@gmail.com) why the break-glass IAM user exists", ["Ngaio Paewai-Rhodes", "ngaio.pr@gmail.com"]),
        (C, f'provider "datadog" {{ api_key = "{(x := R(32, HX))}" app_key = "{(y := R(40, HX))}" }}', [x, y]),
    ]


@group("g15", "team chat thread", "Greek")
def g15():
    amka = reg("amka", ids.luhn_make("1507820341"))
    afm = reg("afm", ids.afm_make("14829371"))
    ib = iban("GR", "0110125" + "0000012430088317")
    wp = pw()
    tok = "xoxp-" + str(rng.randint(10**11, 10**12 - 1)) + "-" + str(rng.randint(10**11, 10**12 - 1)) + "-" + R(32, HX)
    return [
        (N, "[#nemea-ops 08:05] vardia-1: Το dashboard είναι στο https://grafana.nemea.vinora.internal/d/tanks, ο κωδικός είναι στο vault, όχι εδώ.", []),
        (C, f"[#nemea-ops 08:07] texnikos: ok, για το WordPress του οινοποιείου: admin / {wp} , μην το αλλάξετε μέχρι να τελειώσει το plugin", [wp]),
        (C, f"[#nemea-ops 08:09] texnikos: και το token για το bot του Slack: {tok}", [tok]),
        (N, "[#nemea-ops 08:10] vardia-1: Βάλτο στο vault kv/nemea/slack/bot_token και σβήσε το μήνυμα, παρακαλώ.", []),
        (P, f"[#nemea-ops 08:21] logistirio: Νέα εργαζόμενη τρύγου: Σταυρούλα Παπαδοπούλου, ΑΜΚΑ {amka}, ΑΦΜ {afm}", ["Σταυρούλα Παπαδοπούλου", amka, afm]),
        (P, f"[#nemea-ops 08:22] logistirio: IBAN για τη μισθοδοσία της: {ib}, κινητό 694 218 3057", [ib, "694 218 3057"]),
        (N, f"[#nemea-ops 08:30] ci-bot: build nemea-eshop #512 OK, commit {sha1('nemea-eshop 512')[:10]}, έκδοση 3.4.0", []),
        (P, "[#nemea-ops 08:41] vardia-1: Ο πελάτης Δημήτρης Κωνσταντινίδης ζητά παράδοση στην Οδό Ερμού 42, 105 63 Αθήνα", ["Δημήτρης Κωνσταντινίδης", "Οδό Ερμού 42, 105 63 Αθήνα"]),
        (N, "[#nemea-ops 08:44] texnikos: Το trace της αποτυχημένης παραγγελίας: " + md5("trace g15") + " (status 502 από τον πάροχο πληρωμών)", []),
        (C, f"[#nemea-ops 08:52] texnikos: και το API key του Mailchimp για το newsletter: {(x := R(32, HX))}-us21", [x + "-us21"]),
        (P, "[#nemea-ops 08:55] logistirio: Η Σταυρούλα γεννήθηκε 15/07/1982, το χρειάζεται η ΕΡΓΑΝΗ", ["Σταυρούλα", "15/07/1982"]),
    ]


@group("g16", "CSV export of wine-club members", "Japanese")
def g16():
    mn1 = reg("mynumber", ids.mynumber_make("40518273649"))
    mn2 = reg("mynumber", ids.mynumber_make("71230498156"))
    c1 = card("354011482097365")
    key = R(32, HX)
    return [
        (N, "会員ID,氏名,電話番号,住所,生年月日,マイナンバー,備考", []),
        (P, f"YM-00412,山田 花子,090-4127-8836,〒400-0031 山梨県甲府市丸の内2-14-3,1984/05/21,{mn1},定期便（赤）", ["山田 花子", "090-4127-8836", "〒400-0031 山梨県甲府市丸の内2-14-3", "1984/05/21", mn1]),
        (P, "YM-00413,佐藤 健一,080-2291-6405,〒409-1316 山梨県甲州市勝沼町勝沼1187,1972/11/02,,年末ギフト", ["佐藤 健一", "080-2291-6405", "〒409-1316 山梨県甲州市勝沼町勝沼1187", "1972/11/02"]),
        (P, f"YM-00414,中村 美咲,070-6638-1120,〒160-0022 東京都新宿区新宿3-8-11 メゾン新宿402,1990/01/09,{mn2},カード{c1}で決済", ["中村 美咲", "070-6638-1120", "〒160-0022 東京都新宿区新宿3-8-11 メゾン新宿402", "1990/01/09", mn2, c1]),
        (N, "YM-00415,（退会済み）,,,,,データ削除済み 2024-06-30", []),
        (N, f"# ファイルハッシュ SHA-256: {sha256('ym-members-20241012.csv')}", []),
        (C, f"# 配送API連携キー（ヤマト）: {key} ← エクスポートに混入、要削除", [key]),
        (N, "# 配送API連携キーの正しい保管場所: vault kv/jp/yamato/api_key（値は <api-key> と表記）", []),
        (P, "# 問い合わせ担当: 小林 直樹 (naoki.kobayashi@docomo.ne.jp)", ["小林 直樹", "naoki.kobayashi@docomo.ne.jp"]),
        (C, f"# 決済代行（GMO-PG）ショップパスワード: {(x := pw())}  ← 同上、要削除", [x]),
        (P, "YM-00416,渡辺 翔太,090-7714-2093,〒400-0862 山梨県甲府市朝気1-3-22,1995/08/30,,新規入会", ["渡辺 翔太", "090-7714-2093", "〒400-0862 山梨県甲府市朝気1-3-22", "1995/08/30"]),
    ]


@group("g17", "web form submission", "English")
def g17():
    c1 = card("517329481150627")
    return [
        (N, "POST /wine-club/join HTTP/1.1 Host: join.vinora.coop Content-Type: application/x-www-form-urlencoded (form v7, A/B bucket b)", []),
        (P, "full_name=Priyanka Desrosiers-Hall&preferred_name=Pri&email=priyanka.dh@icloud.com", ["Priyanka Desrosiers-Hall", "priyanka.dh@icloud.com"]),
        (P, "date_of_birth=1988-07-04&age_confirmed=on&phone=%2B1%20503%20555%200187", ["1988-07-04", "%2B1%20503%20555%200187"]),
        (P, "ship_line1=2217 NE Alberta St Apt 5&ship_city=Portland&ship_state=OR&ship_zip=97211", ["2217 NE Alberta St Apt 5", "97211"]),
        (N, "plan=explorer-6&frequency=quarterly&varietals=pinot_noir,chardonnay&gift=false&utm_source=newsletter&utm_campaign=fall24", []),
        (P, f"card_number={c1.replace(' ', '')}&card_exp=11%2F28&card_cvc=903", [c1.replace(' ', ''), "903"]),
        (N, "csrf_token=<hidden>&recaptcha_response=<omitted by logger>&consent_marketing=off&consent_terms=on", []),
        (N, f"-> 302 Location: /wine-club/welcome?m=WC-US-{md5('g17 member')[:8].upper()}  (request_id {uuid_of('g17 req')})", []),
        (P, "gift_recipient=Theodore Amankwah&gift_email=t.amankwah@yahoo.com&gift_message=Happy%2040th%20Teddy!", ["Theodore Amankwah", "t.amankwah@yahoo.com"]),
        (C, f"debug=1&admin_override_key={(x := R(32))}", [x]),
        (P, "referrer_member=WC-US-11832&referrer_name=Lucinda Marchbanks&client_ip=67.168.203.55", ["Lucinda Marchbanks", "67.168.203.55"]),
    ]


@group("g18", "PagerDuty incident payload", "English")
def g18():
    rk = R(32, HX)
    pdk = "u+" + R(18, URLSAFE)
    inc = "Q" + md5("pd incident g18")[:13].upper()
    return [
        (N, '{"event":{"event_type":"incident.triggered","resource_type":"incident","occurred_at":"2024-10-14T22:41:07Z","data":{"id":"' + inc + '","number":3188}}}', []),
        (C, '{"routing_key":"' + rk + '","event_action":"trigger","payload":{"summary":"PLC heartbeat missing","source":"plc-gw-02.sonoma.vinora.internal"}}', [rk]),
        (P, '{"data":{"assignees":[{"summary":"Marisol Feeney","email":"marisol.feeney@vinora.coop"}],"notes":"Marisol\'s cell if paging fails: (707) 555-0193"}}', ["Marisol Feeney", "marisol.feeney@vinora.coop", "(707) 555-0193"]),
        (N, '{"data":{"escalation_policy":{"id":"P7Q2XK1","summary":"Sonoma Production"},"priority":{"summary":"P2"},"dedup_key":"' + sha1("dedup g18") + '"}}', []),
        (C, '{"data":{"custom_details":{"curl":"curl -H \\"Authorization: Token token=' + pdk + '\\" https://api.pagerduty.com/incidents"}}}', [pdk]),
        (P, '{"log_entries":[{"type":"annotate_log_entry","channel":{"summary":"Night guard Desmond Oyelaran reports line 2 dark, he lives on site at 4410 Arnold Dr, Glen Ellen"}}]}', ["Desmond Oyelaran", "4410 Arnold Dr, Glen Ellen"]),
        (N, '{"data":{"status":"resolved","resolve_reason":"PLC gateway container restarted (plc-gw:1.8.4)","duration_s":1312}}', []),
        (N, '{"webhook":{"id":"PWH' + md5("pd webhook g18")[:4].upper() + '","signature_header":"X-PagerDuty-Signature: v1=<hmac-sha256>","secret_ref":"vault:kv/pagerduty/webhook/sonoma"}}', []),
        (P, '{"data":{"acknowledgers":[{"acknowledger":{"summary":"Marisol Feeney"},"at":"2024-10-14T22:44:10Z","from_ip":"76.103.45.220"}]}}', ["Marisol Feeney", "76.103.45.220"]),
        (C, '{"integration":{"type":"events_api_v2","integration_key":"' + (x := R(32, HX)) + '","service":"bottling-line-sonoma"}}', [x]),
    ]


@group("g19", "email from distributor", "Arabic")
def g19():
    eid = reg("emirates_id", ids.luhn_make("78419860471283"))
    eid_fmt = eid[:3] + "-" + eid[3:7] + "-" + eid[7:14] + "-" + eid[14]
    ib = iban("AE", "033" + "1234009874512366")
    portal = pw()
    return [
        (N, "الموضوع: شحنة نبيذ فينورا رقم VX-2024-0711 — مستندات التخليص الجمركي في ميناء جبل علي", []),
        (N, "السلام عليكم، نرفق لكم نسخة من الفاتورة التجارية وشهادة المنشأ للشحنة، عدد 14 منصة، الحالة: بانتظار الفحص.", []),
        (P, f"اسم المستلم المرخّص: خالد عبد الله المنصوري، رقم الهوية الإماراتية {eid_fmt}", ["خالد عبد الله المنصوري", eid_fmt]),
        (P, "العنوان: فيلا 27، شارع 19، أم سقيم 2، دبي — الهاتف المتحرك: ‎+971 50 384 1927", ["فيلا 27، شارع 19، أم سقيم 2، دبي", "+971 50 384 1927"]),
        (P, f"يرجى تحويل رسوم التخزين إلى الحساب: {ib} باسم فاطمة حسن الكعبي", [ib, "فاطمة حسن الكعبي"]),
        (C, f"للدخول إلى بوابة التخليص استخدموا اسم المستخدم vinora.export وكلمة المرور {portal} (مؤقتة)", [portal]),
        (N, "ملاحظة: كلمة المرور الدائمة محفوظة في خزنة الشركة تحت المسار kv/export/uae/portal ولا ترسل بالبريد.", []),
        (N, f"رقم التتبع لدى شركة الشحن: MAEU{str(int(md5('g19 bl'), 16))[:9]} — رقم الحاوية MSKU 482017-3", []),
        (P, "للاستفسار: مريم السويدي، البريد mariam.alsuwaidi@gmail.com", ["مريم السويدي", "mariam.alsuwaidi@gmail.com"]),
        (C, f"مفتاح واجهة برمجة بوابة الشحن (API) الذي أُرسل سابقًا: {(x := R(40))} — يرجى إلغاؤه فورًا", [x]),
        (P, "تاريخ ميلاد المستلم المطلوب لتجديد الترخيص: 14/02/1986", ["14/02/1986"]),
    ]


@group("g20", "shift handover notes", "Ukrainian")
def g20():
    rn = reg("rnokpp", ids.rnokpp_make("341207518"))
    ib = iban("UA", "305299" + "0000026007233566001")
    tg = str(rng.randint(6000000000, 7999999999)) + ":AA" + R(33, URLSAFE)
    mpw = pw()
    return [
        (N, "Передача зміни — виноробня Vinora Шабо, 15.10.2024, нічна → денна", []),
        (N, "1. Сервер лабораторії lab-01.shabo.vinora.internal перезавантажено о 03:20 після оновлення ядра 6.8.0-45.", []),
        (C, f"2. Telegram-бот для тривог знову працює, токен бота: {tg} (старий відкликано)", [tg]),
        (C, f"3. Пароль до MikroTik у цеху тимчасово {mpw}, завтра змінить підрядник", [mpw]),
        (N, "   Постійні облікові дані — у сховищі kv/shabo/network/mikrotik, доступ через заявку в Jira (NET-204).", []),
        (P, f"4. Новий сезонний працівник: Олександра Петрівна Коваленко, РНОКПП {rn}, тел. +380 67 418 29 73", ["Олександра Петрівна Коваленко", rn, "+380 67 418 29 73"]),
        (P, f"   Зарплату перераховувати на {ib}, адреса: вул. Шевченка, 15, с. Шабо, Одеська обл., 67770", [ib, "вул. Шевченка, 15, с. Шабо, Одеська обл., 67770"]),
        (N, f"5. Резервна копія бази лабораторії: lab-20241015.sql.gz, SHA-256 {sha256('lab-20241015.sql.gz')[:40]}…", []),
        (P, "6. Дзвонив постачальник пляшок Андрій Мельничук, просив передзвонити на 050 731 44 08", ["Андрій Мельничук", "050 731 44 08"]),
        (C, f"7. Пароль до Wi-Fi дегустаційної зали змінено на {(x := pw())}", [x]),
        (P, "8. Сомельє Ірина Бондар просить надсилати графік на iryna.bondar@ukr.net", ["Ірина Бондар", "iryna.bondar@ukr.net"]),
    ]


@group("g21", "postmortem", "English")
def g21():
    ak, ase = akid(), aws_secret()
    hook, htok = slack_hook()
    return [
        (N, "Postmortem PM-2024-019: wine-club label images publicly listable (S3) -- severity SEV-2, status: actions in progress", []),
        (N, "Summary: between 2024-09-30 02:10 and 2024-10-02 16:45 UTC the bucket vinora-wineclub-labels-prod allowed s3:ListBucket to everyone.", []),
        (N, "Impact: 18,204 objects listable; objects were label artwork and shipment manifests. 312 manifests contained member names and addresses.", []),
        (P, "Detection: reported by a member, Caitlin Mbeki-Forsyth (caitlin.mf@proton.me), who found her own manifest via a search engine.", ["Caitlin Mbeki-Forsyth", "caitlin.mf@proton.me"]),
        (P, "Example exposed manifest line (kept for the regulator file only): 'Owen Prothero, 9 Heol y Nant, Llandeilo SA19 6BL, 07700 913 482'", ["Owen Prothero", "9 Heol y Nant, Llandeilo SA19 6BL", "07700 913 482"]),
        (C, f"Root cause: a debug script committed to infra-scripts@{sha1('infra-scripts bad')[:7]} created the policy with a hard-coded key pair {ak} / {ase}.", [ak, ase]),
        (N, "The key pair belonged to the IAM user ci-labels; it has been deactivated and deleted (CloudTrail event id " + uuid_of("ct g21") + ").", []),
        (C, f"Contributing factor: the alert went to a Slack webhook ({hook}) for a channel that had been archived.", [htok]),
        (N, "Actions: [done] S3 Block Public Access at account level; [open] SCP denying PutBucketPolicy outside Terraform (INFRA-933); [open] gitleaks in pre-commit.", []),
        (P, "Regulator contact logged: ICO case reference handled by our DPO Imogen Tresize, direct line 020 7946 0321.", ["Imogen Tresize", "020 7946 0321"]),
        (C, f"The same script also embedded the RDS master password {(x := pw())}; it was rotated at 18:10.", [x]),
        (P, "A second member contacted us: Rhodri Vaughan-Price, rhodri.vp@gmail.com, 07812 661 904.", ["Rhodri Vaughan-Price", "rhodri.vp@gmail.com", "07812 661 904"]),
    ]


@group("g22", "code diff", "English")
def g22():
    old_key = "AIza" + R(35, URLSAFE)
    mg = "key-" + R(32, HX)
    sh = "shpat_" + R(32, HX)
    return [
        (N, f"diff --git a/config/integrations.py b/config/integrations.py index {sha1('integ a')[:7]}..{sha1('integ b')[:7]} 100644", []),
        (C, f'-    GOOGLE_MAPS_KEY: str = "{old_key}"', [old_key]),
        (N, '+    GOOGLE_MAPS_KEY: str = Field(default="", env="GOOGLE_MAPS_KEY")  # injected from ${{ secrets.GOOGLE_MAPS_KEY }}', []),
        (C, f'-    MAILGUN_API_KEY = "{mg}"', [mg]),
        (C, f'-    SHOPIFY_ADMIN_TOKEN = "{sh}"  # cider shop, remove after migration', [sh]),
        (N, '+    SHOPIFY_ADMIN_TOKEN = read_secret("kv/cidershop/shopify/admin_token")', []),
        (P, '-    SEED_ADMIN = {"name": "Rowan Castellanos", "email": "rowan.castellanos@hotmail.com", "phone": "+1 (541) 555-0172"}', ["Rowan Castellanos", "rowan.castellanos@hotmail.com", "+1 (541) 555-0172"]),
        (N, '+    SEED_ADMIN = {"name": "Seed Admin", "email": "seed-admin@example.invalid", "phone": "+1 555 000 0000"}', []),
        (N, f" # test fixtures keep the vendor example token 'shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' and commit {sha1('fixtures')}", []),
        (C, f'-    SENTRY_AUTH_TOKEN = "sntrys_{(x := R(60))}"', ["sntrys_" + x]),
        (P, "-# quota contact at the maps vendor: Ffion Llewellyn-Daly, +44 29 2018 4471", ["Ffion Llewellyn-Daly", "+44 29 2018 4471"]),
        (C, f'-    XERO_CLIENT_SECRET = "{(x := R(48, URLSAFE))}"', [x]),
    ]


@group("g23", "HR email", "Romanian")
def g23():
    cnp = reg("cnp", ids.cnp_make("294071240035"))
    ib = iban("RO", "BTRL" + "0130120583129X01".replace("X", "7"))
    hr = pw()
    return [
        (N, "Subiect: Contracte sezoniere cules 2024 — Crama Vinora Dealu Mare, documente pentru ITM", []),
        (P, f"1. Ioana-Cristina Dumitrescu, CNP {cnp}, născută la 12.07.1994, cont {ib}", ["Ioana-Cristina Dumitrescu", cnp, "12.07.1994", ib]),
        (P, "   Domiciliu: Str. Viilor nr. 18, Urlați, jud. Prahova, 106300; telefon 0723 418 956", ["Str. Viilor nr. 18, Urlați, jud. Prahova, 106300", "0723 418 956"]),
        (N, "2. Ceilalți 23 de lucrători sunt prin agenția de muncă temporară (contract-cadru CTC-2024-11), fără date individuale aici.", []),
        (N, f"Arhiva cu contractele scanate: contracte-cules-2024.zip, SHA-256 {sha256('contracte-cules-2024.zip')}", []),
        (C, f"Parola arhivei este {hr} — vă rog să o schimbați după descărcare.", [hr]),
        (N, "Parola permanentă pentru portalul de salarizare se găsește în seiful de parole (folderul HR/Salarizare), nu o trimitem pe e-mail.", []),
        (P, "Pentru întrebări: Radu Ionescu-Vlad, resurse umane, radu.ionescuvlad@yahoo.ro, 0244 218 377", ["Radu Ionescu-Vlad", "radu.ionescuvlad@yahoo.ro", "0244 218 377"]),
        (C, f"PS: parola contului SPV (ANAF) al filialei este {(x := pw())}, vă rog să nu o mai trimiteți mai departe.", [x]),
        (P, "PS2: colega Andreea Stan a semnat contractul pe 15.10.2024 de pe IP-ul 86.124.57.198", ["Andreea Stan", "86.124.57.198"]),
    ]


@group("g24", "team chat", "Estonian")
def g24():
    ik = reg("isikukood", ids.isikukood_make("4890315022"))
    ib = iban("EE", "22" + "00221020145685")
    dbpw = pw()
    gl = "glpat-" + R(20, URLSAFE)
    return [
        (N, "[#siidritehas 09:12] valve: Tõrvandi siidritehase kääritusmahuti M3 temperatuur 19,4 °C, alarm suleti automaatselt.", []),
        (N, "[#siidritehas 09:14] ops-ee: Uus versioon pudelitaja-api 1.6.0 on paigaldatud, commit " + sha1("pudelitaja 1.6.0")[:12], []),
        (C, f"[#siidritehas 09:20] arendaja-2: GitLabi token CI jaoks: {gl} (kehtib 30 päeva)", [gl]),
        (N, "[#siidritehas 09:21] ops-ee: Palun pane see CI muutujasse masked+protected, mitte vestlusesse. Viide: $CI_JOB_TOKEN piisab kloonimiseks.", []),
        (C, f"[#siidritehas 09:25] arendaja-2: ok. Ja andmebaasi parool testimiseks oli {dbpw}, see on tootmise oma kahjuks", [dbpw]),
        (P, f"[#siidritehas 10:02] raamatupidamine: Uus hooajatööline Kadri-Liis Tamm, isikukood {ik}, arve {ib}", ["Kadri-Liis Tamm", ik, ib]),
        (P, "[#siidritehas 10:03] raamatupidamine: Aadress Vanemuise 17-4, 51014 Tartu, telefon +372 5384 2917", ["Vanemuise 17-4, 51014 Tartu", "+372 5384 2917"]),
        (N, "[#siidritehas 10:15] valve: Grafana paneel https://grafana.tartu.vinora.internal/d/m3 näitab CPU 38%, mälu 61%.", []),
        (P, "[#siidritehas 10:40] müük: Klient Jaan Põldmaa soovib kasti tuua otse: jaan.poldmaa@mail.ee", ["Jaan Põldmaa", "jaan.poldmaa@mail.ee"]),
        (N, "[#siidritehas 10:41] müük: Tellimus ST-2024-0931 on kinnitatud, tarne reedel.", []),
    ]


@group("g25", "Python traceback", "English")
def g25():
    pg = pw(18)
    tw = R(32, HX)
    sid = "AC" + md5("vinora twilio us")
    return [
        (N, "Traceback (most recent call last):", []),
        (N, '  File "/srv/harvest/notify.py", line 88, in send_pick_alerts', []),
        (C, f"    client = Client('{sid}', '{tw}')", [tw]),
        (P, "    client.messages.create(to='+1 707 555 0164', body='Pick crew 3: report to block Zinfandel-East 05:30, ask for Inés Calderwood')", ["+1 707 555 0164", "Inés Calderwood"]),
        (N, "twilio.base.exceptions.TwilioRestException: HTTP 429 error: Unable to create record: Too Many Requests (code 20429)", []),
        (C, f"psycopg2.OperationalError: connection to server at \"pg-harvest.sonoma.vinora.internal\" failed: FATAL: password authentication failed for user \"harvest\" (dsn: postgresql://harvest:{pg}@pg-harvest.sonoma.vinora.internal/harvest)", [pg]),
        (P, "  locals: crew_lead={'name': 'Bartholomew Nkemelu', 'dob': '1979-12-30', 'home': '551 W Napa St, Sonoma, CA 95476'}", ["Bartholomew Nkemelu", "1979-12-30", "551 W Napa St, Sonoma, CA 95476"]),
        (N, f"sentry: event {md5('sentry g25')} captured, release harvest@{sha1('harvest 2.2.1')[:9]}, environment=production", []),
        (N, "  locals: block_id=UUID('" + uuid_of("block zin east") + "'), rows=42, vines_per_row=118, target_brix=24.5", []),
        (C, f"  File \"/srv/harvest/weather.py\", line 31, in fetch_forecast: requests.get(URL, headers={{'X-API-Key': '{(x := R(32, HX))}'}})", [x]),
        (P, "  locals: picker={'name': 'Inés Calderwood', 'ssn': '561-48-2907', 'visa': 'H-2A'}", ["Inés Calderwood", "561-48-2907"]),
    ]


@group("g26", "nginx access log", "English")
def g26():
    ips = ["86.151.42.199", "73.92.214.8", "2601:646:c200:7f80:1d3a:92ee:41b7:5c02", "109.148.77.30", "24.130.8.251"]
    tok = R(40, HX)
    reset = R(48, URLSAFE)
    return [
        (N, '10.20.0.14 - - [17/Oct/2024:07:01:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001', []),
        (P, f'{ips[0]} - - [17/Oct/2024:07:01:11 +0000] "GET /wine-club/boxes/autumn-2024 HTTP/2.0" 200 18442 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"', [ips[0]]),
        (C, f'{ips[1]} - - [17/Oct/2024:07:01:19 +0000] "GET /api/v1/export/orders.csv?api_key={tok} HTTP/1.1" 200 882113 "-" "python-requests/2.32.3"', [ips[1], tok]),
        (P, f'{ips[2]} - - [17/Oct/2024:07:02:40 +0000] "GET /account/unsubscribe?email=gwen.abernethy%40gmail.com HTTP/2.0" 200 931', [ips[2], "gwen.abernethy%40gmail.com"]),
        (N, '10.20.3.9 - - [17/Oct/2024:07:02:41 +0000] "POST /internal/metrics HTTP/1.1" 204 0 "-" "prometheus/2.53.1" trace=' + md5("trace g26"), []),
        (C, f'{ips[3]} - - [17/Oct/2024:07:03:05 +0000] "GET /account/password-reset?token={reset} HTTP/2.0" 200 4120', [ips[3], reset]),
        (N, '- - - [17/Oct/2024:07:03:30 +0000] "GET /static/app.' + sha256("app.js 5.12.0")[:20] + '.js HTTP/2.0" 200 231877 cache=HIT', []),
        (P, f'{ips[4]} - rachel.kowalczyk [17/Oct/2024:07:04:12 +0000] "GET /admin/members?page=3 HTTP/2.0" 200 5522', [ips[4], "rachel.kowalczyk"]),
        (N, '10.20.0.14 - - [17/Oct/2024:07:04:40 +0000] "GET /api/v1/export/orders.csv?api_key=REDACTED HTTP/1.1" 401 61 "-" "curl/8.5.0"', []),
        (P, '98.42.170.11 - - [17/Oct/2024:07:05:55 +0000] "GET /gift/redeem?code=GIFT-8812&to=sophie.marlowe%40me.com HTTP/2.0" 200 3110', ["98.42.170.11", "sophie.marlowe%40me.com"]),
        (C, f'10.20.0.14 - - [17/Oct/2024:07:06:02 +0000] "GET /internal/sync?access_token={(x := R(40, HX))} HTTP/1.1" 200 44', [x]),
    ]


@group("g27", "web form (membership application)", "Croatian")
def g27():
    oib = reg("oib", ids.mod11_10_make("4827105936"))
    ib = iban("HR", "2360000" + "1102487593")
    c1 = card("402360771184295")
    return [
        (N, "Obrazac: Pristupnica vinskom klubu Vinora Pelješac — verzija obrasca 3.2, jezik: hrvatski", []),
        (P, "Ime i prezime: Marija Vukelić-Jurišić", ["Marija Vukelić-Jurišić"]),
        (P, f"OIB: {oib}    Datum rođenja: 21.09.1985.", [oib, "21.09.1985."]),
        (P, "Adresa: Ulica kralja Zvonimira 44, 21000 Split    Mobitel: 091 482 3317", ["Ulica kralja Zvonimira 44, 21000 Split", "091 482 3317"]),
        (P, "E-pošta: marija.vukelic@net.hr", ["marija.vukelic@net.hr"]),
        (N, "Paket: Plavac mali — 6 boca tromjesečno; dostava: paketomat; privola za marketing: ne", []),
        (P, f"Plaćanje: izravno terećenje računa {ib}", [ib]),
        (P, f"Alternativno kartica: {c1}, vrijedi do 05/27", [c1]),
        (N, "Interna napomena: podaci kartice se ne smiju spremati u CRM; koristi token iz platnog sustava (npr. tok_xxxxxxxxxxxx).", []),
        (N, f"ID zahtjeva: {uuid_of('g27 form')}  |  IP prijave zabilježen u zasebnom zapisniku  |  status: na čekanju", []),
        (C, f"Interna napomena (admin): lozinka za uvoz u CRM je {(x := pw())}", [x]),
        (P, "IP prijave (iz zasebnog zapisnika): 93.142.211.57", ["93.142.211.57"]),
    ]


@group("g28", "support ticket", "Bulgarian")
def g28():
    egn = reg("egn", ids.egn_make("880523614"))
    ib = iban("BG", "UNCR7000" + "1524873106")
    api = R(32, HX)
    vpn = pw()
    return [
        (N, "Тикет VIN-BG-2207 | Изба Vinora Мелник | Приоритет: среден | Категория: онлайн магазин", []),
        (N, "Описание: след обновяване на модула за куриер (Еконт) към версия 4.1.0 товарителниците не се генерират.", []),
        (C, f"Лог от модула: econt.request user=melnik-shop pass={vpn} endpoint=https://ee.econt.com/services/", [vpn]),
        (C, f"Приложен е и API ключът за Спиди, който клиентът изпрати по имейл: {api}", [api]),
        (N, "Отговор на поддръжката: моля, не изпращайте ключове по имейл; използвайте поле 'Таен ключ' в админ панела (стойност ********).", []),
        (P, f"Засегната поръчка на клиент Веселина Тодорова Стоянова, ЕГН {egn}, тел. 0888 317 642", ["Веселина Тодорова Стоянова", egn, "0888 317 642"]),
        (P, "Адрес за доставка: ул. „Цар Симеон“ 27, ет. 3, ап. 9, 1000 София", ["ул. „Цар Симеон“ 27, ет. 3, ап. 9, 1000 София"]),
        (P, f"Клиентът иска възстановяване на сумата по сметка {ib}", [ib]),
        (N, f"Технически детайли: request_id={uuid_of('g28 req')}, HTTP 500, модул econt-shipping 4.1.0, PHP 8.2.24", []),
        (C, f"Допълнение: паролата за FTP на хостинга е {(x := pw())}", [x]),
        (P, "Клиентката пише от vesela.stoyanova@abv.bg и моли за обаждане след 18:00", ["vesela.stoyanova@abv.bg"]),
    ]


@group("g29", "YAML config file", "English")
def g29():
    ldap = pw()
    s3k, s3s = akid(), aws_secret()
    oauth = R(35, URLSAFE)
    dsnpw = pw()
    return [
        (C, f"ldap: {{url: 'ldaps://ldap.hb.vinora.internal', bind_dn: 'cn=tasting-room,ou=svc,dc=vinora,dc=coop', bind_password: '{ldap}'}}", [ldap]),
        (N, "ldap_fallback: {bind_password: '{{ vault_tasting_room_ldap_pw }}'}   # jinja reference, resolved at deploy time", []),
        (C, f"backups: {{s3_access_key: {s3k}, s3_secret_key: '{s3s}', bucket: vinora-hb-pos-backups}}", [s3k, s3s]),
        (C, f"reservations: {{provider: tock, client_id: tasting-room-hb, client_secret: {oauth}}}", [oauth]),
        (C, f"database: 'mysql://pos:{dsnpw}@127.0.0.1:3306/pos?charset=utf8mb4'", [dsnpw]),
        (N, "database_example: 'mysql://USER:PASSWORD@HOST:3306/DB'   # format reminder, keep", []),
        (P, "manager_contact: {name: 'Wiremu Tipene-Hart', phone: '+64 6 877 4412', email: 'wiremu.th@gmail.com'}", ["Wiremu Tipene-Hart", "+64 6 877 4412", "wiremu.th@gmail.com"]),
        (N, "receipt_footer: 'Thanks for visiting Vinora Hawke''s Bay -- 1 Cellar Lane is open 10-5 daily'", []),
        (N, f"build_info: {{git: {sha1('tasting-room 1.7.3')}, built: '2024-10-18T03:11:09Z', go: go1.22.8}}", []),
        (P, "reservations_test_guest: {name: 'Aroha Kereama', phone: '021 774 3018', dob: '1993-04-27'}  # real guest copied from prod", ["Aroha Kereama", "021 774 3018", "1993-04-27"]),
        (C, f"smtp: {{host: smtp.office365.com, user: 'tastingroom-hb@vinora.coop', password: '{(x := pw())}'}}", [x]),
    ]


@group("g30", "SQL session", "English")
def g30():
    c1 = card("37642918305517")
    rp = pw()
    return [
        (N, 'You are connected to database "cellar_door" as user "analyst_ro" on host "pg-ro.hfd.vinora.internal" (address "10.12.8.40") at port "5432".', []),
        (N, " CIDER-DRY-500 | 2024 | 18220  //  PERRY-750 | 2023 | 4410  //  CIDER-ICE-375 | 2023 | 1190", []),
        (N, "cellar_door=> SELECT full_name, email, phone, postcode FROM members WHERE member_no = 'HM-04417';", []),
        (P, " Eleanor Pugh-Whitfield | eleanor.pw@btinternet.com | 07911 384 226 | HR4 8LP", ["Eleanor Pugh-Whitfield", "eleanor.pw@btinternet.com", "07911 384 226", "HR4 8LP"]),
        (P, f" payment_card_last_used | {c1} | exp 2026-09  -- (why is this column not tokenised?!)", [c1]),
        (C, f"cellar_door=> ALTER ROLE reporting WITH PASSWORD '{rp}';", [rp]),
        (N, "cellar_door=> ALTER ROLE reporting WITH PASSWORD NULL; -- reverted, credentials now via IAM auth", []),
        (N, f"cellar_door=> SELECT md5(sku) FROM stock LIMIT 1;  ->  {md5('CIDER-DRY-500')}", []),
        (C, f"cellar_door=> \\! PGPASSWORD='{(x := pw())}' pg_dump -h pg-main.hfd.vinora.internal -U app cellar_door > /tmp/cd.sql", [x]),
        (P, " Ieuan Rees-Probert | ieuan.rp@gmail.com | 07874 219 655 | HR8 1EQ", ["Ieuan Rees-Probert", "ieuan.rp@gmail.com", "07874 219 655", "HR8 1EQ"]),
    ]


@group("g31", "incident ticket", "Icelandic")
def g31():
    kt = reg("kennitala", ids.kennitala_make("17049231"))
    kt_fmt = kt[:6] + "-" + kt[6:]
    ib = iban("IS", "0159" + "26" + "007654" + kt)
    wpw = pw()
    return [
        (N, "Beiðni ÞJÓN-3391 | Vinora Ísland (eplavín, Hveragerði) | Forgangur: hár | Staða: í vinnslu", []),
        (N, "Lýsing: Gerjunarskynjarar í tanki E2 senda ekki gögn síðan kl. 04:12; síðasta mæling 12,8 °C.", []),
        (C, f"Tæknimaður skráði sig inn á gáttina með notandanafni eftirlit og lykilorði {wpw} og endurræsti hana.", [wpw]),
        (N, "Lykilorðið á ekki heima í beiðnum; rétt staðsetning: kv/hveragerdi/gateway/admin í Vault.", []),
        (P, f"Tengiliður á staðnum: Sigríður Hrafnsdóttir, kt. {kt_fmt}, sími 862 4173", ["Sigríður Hrafnsdóttir", kt_fmt, "862 4173"]),
        (P, f"Greiðsla fyrir útkall á reikning {ib}, heimili Breiðumörk 21, 810 Hveragerði", [ib, "Breiðumörk 21, 810 Hveragerði"]),
        (N, f"Fastbúnaður gáttar: 3.1.4, SHA-1 {sha1('gw fw 3.1.4')}, raðnúmer GW-IS-000417", []),
        (P, "Viðskiptavinur sem kvartaði: Gunnar Þór Ólafsson, gunnar.olafsson@simnet.is", ["Gunnar Þór Ólafsson", "gunnar.olafsson@simnet.is"]),
        (C, f"Aðgangslykill SMS-þjónustunnar (birtist í annál gáttarinnar): {(x := R(32, HX))}", [x]),
        (P, "Útkallsmaður: Bjarki Steinsson, netfang bjarki.steinsson@gmail.com", ["Bjarki Steinsson", "bjarki.steinsson@gmail.com"]),
    ]


@group("g32", "call transcript", "Catalan")
def g32():
    dni = reg("dni", ids.dni_make("47829163"))
    ib = iban("ES", ids.ccc_make("2100", "0813", "0123456789"))
    c1 = card("491687305521846")
    return [
        (N, "[Trucada 2024-10-21 11:32 CET | cua: club-vins-penedes | agent: P-22 | enregistrament " + uuid_of("call g32") + "]", []),
        (P, "CLIENTA: Bon dia, sóc la Montserrat Puigdollers i Ferrer, sòcia del club des de fa tres anys.", ["Montserrat Puigdollers i Ferrer"]),
        (N, "AGENT: Perfecte. Veig la comanda CV-2024-8812, tres caixes de xarel·lo, enviada dijous amb el transportista.", []),
        (P, f"CLIENTA: Per verificar, el meu DNI és {dni} i visc al carrer de la Pau, 14, 2n 1a, 08720 Vilafranca del Penedès.", [dni, "carrer de la Pau, 14, 2n 1a, 08720 Vilafranca del Penedès"]),
        (P, f"CLIENTA: Voldria canviar el compte de domiciliació a {ib}.", [ib]),
        (P, f"CLIENTA: I per a la compra d'avui, la targeta és la {c1}.", [c1]),
        (N, "AGENT: Per seguretat no puc prendre les dades de la targeta per telèfon; li envio un enllaç de pagament segur.", []),
        (P, "CLIENTA: D'acord. El meu mòbil és el 639 218 475, i el correu montse.puigdollers@gmail.com.", ["639 218 475", "montse.puigdollers@gmail.com"]),
        (N, "AGENT: Fet. Li arribarà un SMS del remitent VINORA. Alguna cosa més? CLIENTA: No, moltes gràcies.", []),
        (N, "[Fi de la trucada 11:38 CET | durada 00:06:02 | resultat: canvi de compte pendent de signatura SEPA]", []),
        (C, f"CLIENTA: Ah, i la contrasenya del web del club és {(x := pw())}, per si la necessiten.", [x]),
        (P, "CLIENTA: La meva data de naixement és el 3 de febrer de 1979, per si cal.", ["3 de febrer de 1979"]),
    ]


@group("g33", "Sentry event payload", "English")
def g33():
    stripe = "rk_live_" + R(24)
    cookie = R(32, HX)
    ev = md5("sentry g33")
    return [
        (N, '{"event_id":"' + ev + '","platform":"python","level":"error","release":"wineclub-api@5.12.1","environment":"production"}', []),
        (N, '{"exception":{"values":[{"type":"CardDeclined","value":"Your card was declined (decline_code=insufficient_funds)","module":"stripe.error"}]}}', []),
        (P, '{"user":{"id":"mbr_61220","email":"lorna.haverford@aol.com","ip_address":"72.204.19.143","username":"lorna.haverford"}}', ["lorna.haverford@aol.com", "72.204.19.143", "lorna.haverford"]),
        (C, '{"request":{"url":"https://api.vinora.coop/v2/payments","headers":{"Cookie":"wc_session=' + cookie + '; consent=1"}}}', [cookie]),
        (C, '{"extra":{"stripe_client":"StripeClient(api_key=\'' + stripe + '\', max_network_retries=2)"}}', [stripe]),
        (N, '{"contexts":{"trace":{"trace_id":"' + md5("trace g33") + '","span_id":"' + sha1("span g33")[:16] + '","op":"http.server"}}}', []),
        (P, '{"breadcrumbs":[{"category":"query","message":"UPDATE members SET phone = \'+1 415 555 0139\' WHERE id = 61220"}]}', ["+1 415 555 0139"]),
        (P, '{"breadcrumbs":[{"category":"log","message":"shipping label for Anselm Okoro-Birch, 77 Vallejo St Apt 3, San Francisco, CA 94133"}]}', ["Anselm Okoro-Birch", "77 Vallejo St Apt 3, San Francisco, CA 94133"]),
        (N, '{"sdk":{"name":"sentry.python","version":"2.14.0"},"dsn_template":"https://<public-key>@o0.ingest.sentry.io/<project>"}', []),
        (N, '{"fingerprint":["{{ default }}","card-declined"],"tags":{"card_brand":"visa","card_last4":"0341","3ds":"attempted"}}', []),
    ]


@group("g34", "email thread", "English")
def g34():
    share_pw = pw()
    dbx = "sl." + R(60, URLSAFE)
    return [
        (N, "From: export-desk@vinora.coop  To: ops-uk@vinora.coop  Subject: Re: bonded warehouse access for the Christmas allocation", []),
        (N, "Hi team -- the allocation spreadsheet is finalised (v14). Duty was calculated at the 2024/25 rates; totals on tab 'HMRC'.", []),
        (P, "The warehouse needs the names of everyone collecting: Niamh Gallagher (DOB 02/05/1990) and Tobias Reinholt-Shaw (DOB 19/11/1983).", ["Niamh Gallagher", "02/05/1990", "Tobias Reinholt-Shaw", "19/11/1983"]),
        (P, "Her National Insurance number for their visitor log is QQ 12 34 56 C -- no wait, that's the HMRC example; the real one is JT 48 21 93 B.", ["JT 48 21 93 B"]),
        (N, "For the record, QQ 12 34 56 C is the format example from HMRC guidance and is not anyone's number.", []),
        (C, f"The spreadsheet is on Dropbox, shared link password {share_pw} (expires Friday).", [share_pw]),
        (C, f"If the link fails, the API token I used for the upload script was {dbx}", [dbx]),
        (N, "Please don't send tokens by email -- use the 1Password vault 'Export Desk' (item: Dropbox uploader).", []),
        (P, "Collection is from Unit 7, Stanbridge Business Park, Andover (business premises); our driver is Callum Reddy, mobile 07723 118 450.", ["Callum Reddy", "07723 118 450"]),
        (N, "Warehouse booking ref BW-2024-1187, bay 3, slot 09:00-11:00, 42 cases, duty-suspended movement ARC to follow.", []),
        (C, f"P.S. the bonded warehouse portal login is exportdesk / {(x := pw())} until IT sets up SSO.", [x]),
    ]


@group("g35", "JSON audit log", "French")
def g35():
    nir = reg("nir", ids.nir_make("1650575056207"))
    ib = iban("FR", ids.rib_make("30004", "01328", "00047218563"))
    tok = "sk-proj-" + R(48, URLSAFE)
    ip1, ip2 = "90.12.148.73", "176.143.62.18"
    return [
        (N, '{"horodatage":"2024-10-22T07:58:12+02:00","service":"portail-adherents","evenement":"demarrage","version":"2.8.0","hote":"web-02.champagne.vinora.internal"}', []),
        (P, '{"horodatage":"2024-10-22T08:01:44+02:00","evenement":"connexion.reussie","adherent":"Hélène Marchetti-Roux","courriel":"helene.marchetti@orange.fr","ip":"' + ip1 + '"}', ["Hélène Marchetti-Roux", "helene.marchetti@orange.fr", ip1]),
        (P, '{"horodatage":"2024-10-22T08:03:10+02:00","evenement":"rib.modifie","adherent_id":"ADH-7731","iban":"' + ib + '","ip":"' + ip2 + '"}', [ib, ip2]),
        (N, '{"horodatage":"2024-10-22T08:03:11+02:00","evenement":"rib.modifie.notification","canal":"email","modele":"rib-change-v3","statut":"envoyé"}', []),
        (P, '{"horodatage":"2024-10-22T08:05:27+02:00","evenement":"declaration.recolte","exploitant":"Thierry Gosset","nir":"' + nir + '","commune":"Aÿ-Champagne"}', ["Thierry Gosset", nir]),
        (C, '{"horodatage":"2024-10-22T08:07:02+02:00","evenement":"assistant.requete","debug":{"OPENAI_API_KEY":"' + tok + '"}}', [tok]),
        (N, '{"horodatage":"2024-10-22T08:07:03+02:00","evenement":"assistant.requete","modele":"gpt-4o-mini","jetons_entree":812,"jetons_sortie":144,"cle":"${OPENAI_API_KEY}"}', []),
        (N, '{"horodatage":"2024-10-22T08:10:00+02:00","evenement":"tache.planifiee","tache":"export-douanes-DRM","id":"' + uuid_of("g35 job") + '","duree_ms":9120}', []),
        (P, '{"horodatage":"2024-10-22T08:12:40+02:00","evenement":"adresse.modifiee","adresse":"8 rue Jules Chandon, 51160 Aÿ-Champagne","tel":"03 26 55 18 42","adherent_id":"ADH-7731"}', ["8 rue Jules Chandon, 51160 Aÿ-Champagne", "03 26 55 18 42"]),
        (N, '{"horodatage":"2024-10-22T08:15:00+02:00","evenement":"sauvegarde","fichier":"adherents-20241022.dump","sha256":"' + sha256("adherents-20241022.dump") + '"}', []),
        (C, '{"horodatage":"2024-10-22T08:16:31+02:00","evenement":"webhook.envoye","url":"https://discord.com/api/webhooks/1' + str(rng.randint(10**17, 10**18 - 1)) + '/' + (dtok := R(68, URLSAFE)) + '"}', [dtok]),
    ]


@group("g36", "shell session with comments", "German")
def g36():
    ak, ase = akid(), aws_secret()
    borg = pw(24)
    age = "AGE-SECRET-KEY-1" + R(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    return [
        (N, "admin@kellerei-pfalz:~$ # Backup-Server der Kellerei Vinora Pfalz, Umzug auf neuen Storage (Ticket IT-PF-552)", []),
        (C, f"admin@kellerei-pfalz:~$ export BORG_PASSPHRASE='{borg}'   # TODO: aus pass(1) lesen statt tippen", [borg]),
        (N, "admin@kellerei-pfalz:~$ borg list /srv/backup/warenwirtschaft | tail -2", []),
        (N, f"warenwirtschaft-2024-10-23T02:00:04  Wed, 2024-10-23 02:00:05 [{sha256('borg archive 2024-10-23')}]", []),
        (C, f"admin@kellerei-pfalz:~$ aws configure set aws_access_key_id {ak} && aws configure set aws_secret_access_key {ase}", [ak, ase]),
        (C, f"admin@kellerei-pfalz:~$ echo '{age}' > ~/.config/sops/age/keys.txt", [age]),
        (N, "admin@kellerei-pfalz:~$ sops -d secrets/warenwirtschaft.enc.yaml | yq '.db.passwort'  # Ausgabe: <verschlüsselt, hier nicht gezeigt>", []),
        (P, "admin@kellerei-pfalz:~$ grep '^K-20418;' /srv/exports/kunden.csv  ->  K-20418;Friederike Weinhold;Weinstraße 112, 67146 Deidesheim;06326 98 41 17", ["Friederike Weinhold", "Weinstraße 112, 67146 Deidesheim", "06326 98 41 17"]),
        (N, "admin@kellerei-pfalz:~$ shred -u /srv/exports/kunden.csv && echo 'Export gelöscht (DSGVO Art. 5)'", []),
    ]


@group("g37", "logfmt audit log", "English")
def g37():
    hv = "hvs." + R(90, URLSAFE)
    dd = R(40, HX)
    ips = ["31.205.17.244", "82.132.219.6"]
    return [
        (N, 'ts=2024-10-24T05:00:01Z level=info svc=vault-audit msg="token created" policy=cellar-read ttl=1h accessor=' + md5("accessor g37")[:24], []),
        (C, f'ts=2024-10-24T05:00:02Z level=debug svc=cellar-sync msg="vault login ok" client_token={hv}', [hv]),
        (N, 'ts=2024-10-24T05:00:02Z level=info svc=cellar-sync msg="secret read" path=kv/data/cellar/hfd/db version=7 value=<hmac-sha256:' + sha256("hmac g37")[:16] + '>', []),
        (P, f'ts=2024-10-24T05:03:44Z level=info svc=shop msg="order placed" order=SO-UK-77120 customer="Morwenna Tregarthen" remote_ip={ips[0]}', ["Morwenna Tregarthen", ips[0]]),
        (P, f'ts=2024-10-24T05:03:45Z level=warn svc=shop msg="address validation failed" addr="Flat 2, 18 Chapel Street, Penzance TR18 4AW" remote_ip={ips[1]}', ["Flat 2, 18 Chapel Street, Penzance TR18 4AW", ips[1]]),
        (N, 'ts=2024-10-24T05:04:10Z level=info svc=shop msg="age gate" result=pass method=card_issuer_check latency_ms=212', []),
        (C, f'ts=2024-10-24T05:05:00Z level=error svc=metrics-relay msg="datadog rejected payload" status=403 app_key={dd}', [dd]),
        (N, 'ts=2024-10-24T05:05:00Z level=info svc=metrics-relay msg="dropped" metric=cellar.tank.temp_c tags="site:hfd,tank:C12" count=118', []),
        (P, 'ts=2024-10-24T05:09:31Z level=info svc=crm msg="newsletter unsubscribe" email=jago.penhallow@outlook.com source=footer', ["jago.penhallow@outlook.com"]),
        (N, 'ts=2024-10-24T05:10:00Z level=info svc=cron msg="job finished" job=gdpr-erasure erased=3 pending=0 trace_id=' + md5("trace g37"), []),
        (C, f'ts=2024-10-24T05:11:12Z level=debug svc=shop msg="smtp auth" host=smtp.eu.mailgun.org user=postmaster@mg.vinora.coop pass={(x := R(32, HX))}-{(y := R(8, HX))}-{(z := R(8, HX))}', [f"{x}-{y}-{z}"]),
    ]


@group("g38", "Jira ticket", "English")
def g38():
    sf = R(24, AN) + "!" + R(16, AN)
    rpw = pw()
    return [
        (N, "OPS-2291: Cellar-door POS in Margaret River can't sync sales to Xero since 2024-10-24 | Priority: High | Component: pos-sync", []),
        (N, "Description: sync job pos-sync@3.4.1 fails with 'invalid_grant' every run; 214 invoices queued.", []),
        (C, f"Comment (contractor): I logged into Xero as the integration user, password {rpw}, and reauthorised -- works now", [rpw]),
        (C, f"Comment (contractor): also updated the refresh token in the config file by hand: refresh_token={sf}", [sf]),
        (N, "Comment (ops): Please rotate both -- credentials in tickets are treated as leaked. Proper store is aws-sm:cellar-door/xero.", []),
        (P, "Comment (store manager): customer Jarrah Whitebridge-Nunn says he was double charged, call him on 0409 813 552", ["Jarrah Whitebridge-Nunn", "0409 813 552"]),
        (P, "Attachment: receipt_88421.jpg (shows card ending 5532 and the delivery address 16 Bussell Highway, Cowaramup WA 6284)", ["16 Bussell Highway, Cowaramup WA 6284"]),
        (N, f"Linked: OPS-2288 (Xero OAuth app rotation), commit {sha1('pos-sync fix invalid_grant')[:10]} 'handle invalid_grant by alerting instead of retry loop'", []),
        (N, "Resolution: Fixed in pos-sync 3.4.2; refresh token now stored only in Secrets Manager; queue drained 2024-10-25 01:12 AWST.", []),
        (P, "Watchers: Kirra Lindgren-Mabo (kirra.lm@bigpond.com), ops-au", ["Kirra Lindgren-Mabo", "kirra.lm@bigpond.com"]),
    ]


@group("g39", "CSV export with header", "Dutch")
def g39():
    b1 = reg("bsn", ids.bsn_make("17340586"))
    b2 = reg("bsn", ids.bsn_make("28164903"))
    ib1 = iban("NL", "INGB" + "0007324591")
    ib2 = iban("NL", "ABNA" + "0416378925", grouped=False)
    return [
        (N, "personeelsnr;naam;bsn;iban;geboortedatum;adres;functie", []),
        (P, f"P-3101;Femke Jansen-Brouwer;{b1};{ib1};07-02-1992;Dorpsstraat 21, 6681 BN Bemmel;oogstmedewerker", ["Femke Jansen-Brouwer", b1, ib1, "07-02-1992", "Dorpsstraat 21, 6681 BN Bemmel"]),
        (P, f"P-3102;Youssef El Amrani;{b2};{ib2};30-11-1987;Rijksstraatweg 140, 6668 AH Randwijk;heftruckchauffeur", ["Youssef El Amrani", b2, ib2, "30-11-1987", "Rijksstraatweg 140, 6668 AH Randwijk"]),
        (N, "P-3103;[uitzendkracht];;;;;sorteerder (via uitzendbureau, geen gegevens)", []),
        (N, "# export: hr-tool 6.2.0, 2024-10-25 16:00, 3 rijen, scheidingsteken ';', codering UTF-8 met BOM", []),
        (N, f"# controlegetal bestand: {sha256('oogst-personeel-2024.csv')[:32]}", []),
        (N, "# voorbeeld-IBAN uit de handleiding: NL00 BANK 0000 0000 00 (ongeldig, alleen ter illustratie)", []),
        (P, "# vragen: Marloes de Wit, HR Ciderij Betuwe, 0488 45 12 90", ["Marloes de Wit", "0488 45 12 90"]),
        (C, f"# upload naar het loonbureau: sftp://oogst:{(x := pw())}@sftp.loonbureau-betuwe.nl/inbox/", [x]),
    ]


@group("g40", "postmortem", "Greek")
def g40():
    ak, ase = akid(), aws_secret()
    ib = iban("GR", "0172" + "025" + "0005025039754218")
    return [
        (N, "Ανάλυση συμβάντος PM-GR-07: διαρροή κλειδιών cloud από το αποθετήριο του e-shop Νεμέας — σοβαρότητα SEV-2", []),
        (N, "Περίληψη: στις 26/10/2024 ένα δημόσιο fork του αποθετηρίου vinora/nemea-eshop περιείχε αρχείο .env.backup.", []),
        (C, f"Το αρχείο περιείχε: AWS_ACCESS_KEY_ID={ak} και AWS_SECRET_ACCESS_KEY={ase}", [ak, ase]),
        (N, "Τα κλειδιά απενεργοποιήθηκαν 14 λεπτά μετά την ειδοποίηση του GitHub secret scanning (ID ειδοποίησης 118).", []),
        (P, "Το ίδιο αρχείο είχε στοιχεία υπαλλήλου: Ευάγγελος Μαυρίδης, τηλ. 697 415 2280, Λεωφόρος Κηφισίας 118, 115 26 Αθήνα", ["Ευάγγελος Μαυρίδης", "697 415 2280", "Λεωφόρος Κηφισίας 118, 115 26 Αθήνα"]),
        (P, f"και λογαριασμό πληρωμής προμηθευτή: {ib} (Αικατερίνη Ζαχαρίου)", [ib, "Αικατερίνη Ζαχαρίου"]),
        (N, f"Commit που αφαίρεσε το αρχείο: {sha1('remove env backup')}, ιστορικό καθαρίστηκε με git filter-repo.", []),
        (N, "Αιτία: το .gitignore κάλυπτε το .env αλλά όχι το .env.backup· προστέθηκε κανόνας .env* και pre-commit gitleaks 8.21.", []),
    ]


@group("g41", "on-call handover notes", "English")
def g41():
    ssh_pem = R(70, B64)
    gcp = "ya29." + R(60, URLSAFE)
    wifi = pw()
    return [
        (N, "On-call handover, EU/UK rotation, week 44 -- outgoing: sre-3, incoming: sre-1", []),
        (N, "1) Bottling line BL-2 (Herefordshire) PLC gateway flapped twice; both auto-recovered. Watch plc_gw_up{site=\"hfd\"}.", []),
        (N, "2) Cert for shop.vinora.coop renews 2024-11-09 via cert-manager; issuer letsencrypt-prod; nothing to do unless it fails.", []),
        (C, f"3) The contractor's laptop had our deploy key in ~/.ssh/id_ed25519: -----BEGIN OPENSSH PRIVATE KEY----- b3BlbnNzaC1rZXktdjEAAAAA{ssh_pem} -----END OPENSSH PRIVATE KEY----- (copied into ticket SEC-771 by mistake)", [ssh_pem]),
        (N, "   Key removed from deploy keys on all repos; SEC-771 attachment deleted; new key fingerprint SHA256:" + b64s(sha256("deploy key new"))[:43], []),
        (C, f"4) gcloud access token someone pasted in #ops yesterday: {gcp} -- it expires in an hour but flagging anyway", [gcp]),
        (C, f"5) Guest Wi-Fi at the Ledbury cellar door is now VinoraGuest / {wifi} (staff asked for it to be written down here)", [wifi]),
        (P, "6) Cellar door manager changed: now Philippa Oduya-Grant, 07812 504 339, pip.oduya@gmail.com", ["Philippa Oduya-Grant", "07812 504 339", "pip.oduya@gmail.com"]),
        (P, "7) Complaint escalated by Mr Declan Fairweather of 3 Orchard Close, Much Marcle HR8 2NB about a mis-shipped case.", ["Declan Fairweather", "3 Orchard Close, Much Marcle HR8 2NB"]),
        (N, "8) Silences active: TankTempHigh{tank=\"C12\"} until 2024-11-01 (sensor being replaced, see CHG-4471).", []),
        (C, f"9) Old Grafana service-account token still on the wiki page 'dashboards-howto': glsa_{(x := R(32))}_{(y := R(8, HX))}", [f"glsa_{x}_{y}"]),
    ]


@group("g42", "Alertmanager notification", "English")
def g42():
    tg = str(rng.randint(6000000000, 7999999999)) + ":AA" + R(33, URLSAFE)
    opsg = uuid_of("opsgenie real key " + R(8))
    hook, htok = slack_hook()
    return [
        (N, '[FIRING:2] FermentationStalled (cellar-us sonoma warning) -- Brix unchanged for 36h on tanks T03, T09', []),
        (N, 'Labels: alertname=FermentationStalled site=sonoma tank=T03 lot=SON-24-CAB-011 severity=warning team=cellar-us', []),
        (N, 'Annotations: summary="Brix delta < 0.2 over 36h" runbook_url=https://wiki.vinora.internal/runbooks/stuck-ferment dashboard=https://grafana.vinora.internal/d/ferment?var-tank=T03', []),
        (N, 'Source: http://prometheus-0.sonoma.vinora.internal:9090/graph?g0.expr=delta%28tank_brix%5B36h%5D%29+%3E+-0.2 fingerprint=' + sha256("fp g42")[:16], []),
        (P, 'Annotations: assignee="winemaker on duty: Consuelo Haverbeck-Ruiz, cell (707) 555-0121"', ["Consuelo Haverbeck-Ruiz", "(707) 555-0121"]),
        (C, f'receivers: - name: cellar-us  telegram_configs: [{{bot_token: "{tg}", chat_id: -1001842271190}}]', [tg]),
        (C, f'receivers: - name: cellar-us-oncall  opsgenie_configs: [{{api_key: "{opsg}"}}]', [opsg]),
        (N, 'receivers: - name: cellar-us-oncall  opsgenie_configs: [{api_key_file: /etc/alertmanager/secrets/opsgenie.key}]   # preferred', []),
        (C, f'receivers: - name: cellar-us-chat  slack_configs: [{{api_url: "{hook}", channel: "#cellar-us"}}]', [htok]),
    ]


@group("g43", "team chat", "Japanese")
def g43():
    line_tok = R(172, B64)[:120] + "="
    ak, ase = akid(), aws_secret()
    mn = reg("mynumber", ids.mynumber_make("60294817354"))
    return [
        (N, "[#勝沼-運用 09:01] 監視bot: タンクK-07（甲州）の発酵温度 15.2℃、糖度 12.8、いずれも正常範囲です。", []),
        (N, "[#勝沼-運用 09:05] 運用A: 本日 10:00〜10:30 に在庫管理システム v4.2.0 をリリースします。コミット " + sha1("zaiko 4.2.0")[:10], []),
        (C, f"[#勝沼-運用 09:12] 外注B: LINE通知用のチャネルアクセストークンです→ {line_tok}", [line_tok]),
        (N, "[#勝沼-運用 09:13] 運用A: トークンはチャットに貼らないでください。vault の kv/katsunuma/line/token に登録をお願いします。", []),
        (C, f"[#勝沼-運用 09:20] 外注B: すみません、ついでにS3のキーも: {ak} / {ase}", [ak, ase]),
        (N, "[#勝沼-運用 09:21] 運用A: ドキュメントの例 AKIAIOSFODNN7EXAMPLE と同じ形式ですが本物ですね。すぐ無効化します。", []),
        (P, f"[#勝沼-運用 10:40] 総務: 新しいアルバイトの鈴木 陽菜さん（マイナンバー {mn}）の書類は総務で保管します。", ["鈴木 陽菜", mn]),
        (P, "[#勝沼-運用 10:42] 総務: 連絡先は 090-3381-5527、住所は 山梨県甲州市塩山上於曽1021-4 です。", ["090-3381-5527", "山梨県甲州市塩山上於曽1021-4"]),
        (N, "[#勝沼-運用 10:45] 運用A: 了解です。リリースは完了、エラー率 0.02%、トレースID " + md5("trace g43") + " を確認済み。", []),
        (P, "[#勝沼-運用 11:02] 直売所: お客様の高橋 誠様（takahashi.makoto@ezweb.ne.jp）から配送日変更の依頼がありました。", ["高橋 誠", "takahashi.makoto@ezweb.ne.jp"]),
        (C, f"[#勝沼-運用 11:10] 外注B: 踏み台サーバの共有パスワードは {(x := pw())} です", [x]),
    ]


@group("g44", "CI log with Arabic comments", "Arabic")
def g44():
    nin = reg("saudi_nin", ids.luhn_make("108472391"))
    ib = iban("SA", "80" + "000000608010167519")
    gh = "github_pat_" + R(22) + "_" + R(59)
    dk = pw()
    return [
        (N, "2024-10-29T06:00:11Z [build] المشروع: vinora/halal-grape-juice-portal — الفرع main — التشغيل رقم 7731", []),
        (N, "2024-10-29T06:00:12Z [env] DOCKER_PASSWORD=${{ secrets.DOCKER_PASSWORD }} — القيمة مخفية بواسطة المنصة", []),
        (C, f"2024-10-29T06:00:40Z [debug] docker login -u vinora-ci -p '{dk}' registry.riyadh.vinora.internal  # تحذير: كلمة المرور ظاهرة", [dk]),
        (C, f"2024-10-29T06:01:02Z [debug] GH_TOKEN={gh}", [gh]),
        (N, "2024-10-29T06:01:30Z [test] 214 اختبار ناجح، 0 فاشل، المدة 1m48s — بيانات الاختبار مولدة آليًا", []),
        (P, f"2024-10-29T06:01:31Z [test] تحذير: ملف fixtures/customers.json يحتوي على بيانات حقيقية: عبد الرحمن سعد القحطاني، الهوية الوطنية {nin}", ["عبد الرحمن سعد القحطاني", nin]),
        (P, f"2024-10-29T06:01:31Z [test] ... الآيبان {ib}، الجوال 0551 842 7736، حي النرجس، الرياض 13327", [ib, "0551 842 7736", "حي النرجس، الرياض 13327"]),
        (N, f"2024-10-29T06:02:05Z [deploy] الصورة registry.riyadh.vinora.internal/portal@sha256:{sha256('portal 1.3.0')} — الإصدار 1.3.0", []),
        (N, "2024-10-29T06:02:40Z [deploy] تم النشر على juice-portal.sa.vinora.internal — الحالة: ناجح", []),
        (P, "2024-10-29T06:02:41Z [notify] أُرسل إشعار إلى المسؤولة نورة الدوسري على noura.aldosari@outlook.sa", ["نورة الدوسري", "noura.aldosari@outlook.sa"]),
        (C, f"2024-10-29T06:02:42Z [notify] إرسال نسخة إلى {(h := slack_hook())[0]} — رابط ويب هوك حقيقي في السجل", [h[1]]),
    ]


# ---------------------------------------------------------------- output
HEADER = "# kind\ttext\tmust-vanish\tsource\n"


def build():
    dev, test = [HEADER], [HEADER]
    for gid, artefact, lang, fn in GROUPS:
        src = f"writer21 {gid} {artefact} ({lang})"
        for kind, text, items in fn():
            for f in (text, *items):
                assert "\t" not in f and "\n" not in f and "\r" not in f, (gid, f)
            line = "\t".join([kind, text, " ||| ".join(items), src]) + "\n"
            (dev if int(gid[1:]) % 2 else test).append(line)
    return "".join(dev), "".join(test)


def main():
    dev, test = build()
    for name, body in (("batch21_dev.tsv", dev), ("batch21_test.tsv", test)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as fh:
            fh.write(body)


if __name__ == "__main__":
    main()
