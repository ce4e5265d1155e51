"""Round 18 (cred): credentials told by the structure around them (`credential_structures`), F21's words for a
password or a PIN in other languages, a command quoted inline, a `+` that opens a generated value.

Written in my own words, with invented names and values, from the kinds batches 17 and 18 showed (no line of the
corpus is copied). Each `FOUND` line kept its secret at the round start (`682a247`) and must lose it now; each
`TWINS` line is the look-alike ordinary text that must stay as written (each stays at `682a247` too).
"""

from __future__ import annotations

import re

import pytest

from exporter.privacy import credential_structures as cs
from exporter.privacy.redaction import Redactor

R = Redactor()


def red(text: str) -> str:
    return R.redact(text).text


FOUND = [
    # a label ending in a colon after a word for password, five words or more between (F21's languages too)
    ("senha da rede Wi-Fi do depósito de Manaus: Abeto7madeira2025", "Abeto7madeira2025"),
    ("Geheimzahl: 4711", "4711"),
    ("WLAN-Schlüssel für das Lager in Mittenwald: Fichte#Ahorn88", "Fichte#Ahorn88"),
    ("Wi-Fi-Schlüssel (Gäste): Geigenbau2024!x", "Geigenbau2024!x"),
    ("暗証番号：482913", "482913"),
    ("倉庫の端末の PIN を共有します: 550871", "550871"),
    ("Lizenz-Schlüssel fehlt, API-Schlüssel (Staging): Q7ZK2M4P-W8RT3NX5-HB6Y9CD2", "Q7ZK2M4P-W8RT3NX5-HB6Y9CD2"),
    ("Kennwort für das Signaturzertifikat (.p12): k=7#Rw-q2vz", "k=7#Rw-q2vz"),
    ("clé Wi-Fi du bureau de Lyon: Alto3violon!", "Alto3violon!"),
    # the word and the value with a few words between (Turkish)
    ("Yedekleme sunucusu şifresi Tr8!kLmz04qa , yarın değişecek", "Tr8!kLmz04qa"),
    # a value in parentheses after the word
    ("de wachtwoordzin van het .pfx-bestand (Vq8+LmR2-zT4w) stond in de notities", "Vq8+LmR2-zT4w"),
    # a verb that says the value comes next, the subject several words long
    ("Das FTP-Passwort für den Export der Seriennummern lautet Gm7tPq2wXr9L", "Gm7tPq2wXr9L"),
    ("la contraseña del servidor de backups es Segura2024!", "Segura2024!"),
    # an SQL row's password column, read by position
    ("INSERT INTO kiosk_users (login, password) VALUES ('kiosk-3', 'hQ4vN8pLr2Wz');", "hQ4vN8pLr2Wz"),
    ("insert into accounts (id, name, api_token) values (7, 'sync', 'tT5kW9qLm3Rx8vBz'), (8, 'x', 'pP2z');",
     "tT5kW9qLm3Rx8vBz"),
    # a changed secret's new value: a plan's arrow, a sentence's "the new one"
    ('  ~ admin_password = "Pw0ld-ex4mple!" -> "N3w+Secr3t-2025"', "N3w+Secr3t-2025"),
    ("the old password `Olg7hQ2wZp4L` failed, the new one `Nx8vR3kPq5Tm` works", "Nx8vR3kPq5Tm"),
    # a DER private key pasted as base64 with no PEM lines, cut short (the bare-token rule takes a long one):
    # PKCS#8 EC, PKCS#1 RSA (keys generated for this test by `cryptography`, then discarded)
    ('Gedeeld in het kanaal: "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgh9+n0/j4mwf5EgaQ6sorgaU0"', "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgh9+n0/j4mwf5EgaQ6sorgaU0"),
    ("rsa MIICXAIBAAKBgQDJh09qSUJESMuMlDLPFKX5naxygEnTh9naxuz97Wd0mQpi48Sf", "MIICXAIBAAKBgQDJh09qSUJESMuMlDLPFKX5naxygEnTh9naxuz97Wd0mQpi48Sf"),
    # a .pgpass line quoted in the command that writes it
    ("echo 'db-ro:5432:*:report:Rq7wLp2Vz9' >> ~/.pgpass", "Rq7wLp2Vz9"),
    # an OAuth authorization code beside its state; an invitation link's token
    ("GET /oauth/cb?code=Zx81kPq0VbN3mWq7Lr5TyU2iOp9As4Df6Gh&state=f81c2a HTTP/1.1", "Zx81kPq0VbN3mWq7Lr5TyU2iOp9As4Df6Gh"),
    ("join here: https://portal.example.net/signup?invite=Hq7_zP-3kLm9Vw2RtX8b", "Hq7_zP-3kLm9Vw2RtX8b"),
    # an SNMP community string under its setting's name
    ('snmp_community_ro: "Kv9mW2qLx7"', "Kv9mW2qLx7"),
    # a token laid out as a UUID with letters past f, after a word for a token; HubSpot's region prefix
    ("the relay's server token is q8wz3kfm-p2lx-ravn-7tye-h4ms9bqc2dzu, keep it out of git", "q8wz3kfm-p2lx-ravn-7tye-h4ms9bqc2dzu"),
    ('"crm";"pat-na1-k3mq8zrx-w2vp-4tyn-hs7d-q9lx2bmv5rcz"', "pat-na1-k3mq8zrx-w2vp-4tyn-hs7d-q9lx2bmv5rcz"),
    # an account named with its user and password after a label
    ("Emergency account for the label printers: ops / 7Lq2mVx9Rw4z", "7Lq2mVx9Rw4z"),
    # PowerShell's quoted plain text
    ('$p = ConvertTo-SecureString "Vb7nQ2xLm9Kr" -AsPlainText -Force', "Vb7nQ2xLm9Kr"),
    # `curl -u` quoted inline as code
    ("why does `curl -u deploy:hWq8LmZ2vRt5 https://ci.example.net/api` return 403?", "hWq8LmZ2vRt5"),
    # `+` glued to a run with a digit opens the value, it is no concatenation
    ("secret_access_key=+q7Wm2Lx9Rv4Tz8Kp3Nb6Yc1Hd5Gf0Js7Ak2Ze9", "+q7Wm2Lx9Rv4Tz8Kp3Nb6Yc1Hd5Gf0Js7Ak2Ze9"),
    ("GET /login?user=kiosk&pass=+v7Rq2@mLx9^ HTTP/1.1", "+v7Rq2@mLx9^"),
]

TWINS = [
    # a label after the word whose value is no password: a count, a date, a setting, a place, a ticket
    "PIN resets for the payment terminals this week: 1520",
    "管理者 PIN の桁数: 6",
    "暗証番号の変更日：20240605",
    "Passwort-Richtlinie für alle Werkstattkonten (seit Juni): mindestens 12 Zeichen",
    "the password of the kiosk in Cremona was rotated at: 2024-06-05T07:42:06Z",
    "şifre sıfırlama talebi için bilet: TCK-4471",
    "senha do Wi-Fi da oficina de Curitiba: ver o cofre",
    "WLAN-Schlüssel für das Gästenetz: hängt am Empfang aus",
    "clé Wi-Fi du bureau: voir l'étiquette",
    "Jenkins admin şifresi değiştirildi, yeni şifre kasada",
    "PIN-Code der Alarmanlage wurde geändert (siehe Ticket OPS-2291)",
    "Das Passwort für den Drucker ist abgelaufen",
    # `pass` and `pin` as English nouns before a label
    "First pass at fixing the build for tenant eu (PR 4471): Fix-Build2x",
    "GPIO pin for the relay board (rev B): GP17-Out",
    "chart pin for the release train (helm): 202405",
    # the word inside a name, a URL or a report's columns
    "finding: password = \"${DB_PASSWORD}\"  RuleID: generic-password  File: deploy/compose.yml  Status: ignored",
    "postgres://user:password@localhost:5432/booking",
    "usernameVariable: 'USERNAME', passwordVariable: 'PASSWORD')]) {",
    "psql 'postgresql://ro@pass-db-ro.example.net:5432/passes?sslmode=verify-full'",
    "# HPKP backup pin (historical): pin-sha256=\"cKr7lbBjOKVAO5LhlZaZt3662xkdutNOdoNo77p9KXw=\"",
    # an SQL row with no password column, a hash column, a function or NULL
    "INSERT INTO users (login, password_hash) VALUES ('demo', '$argon2id$v=19$m=65536,t=3,p=4$saltsalt$hashhash');",
    "INSERT INTO users (login, password) VALUES ('tablet-kr', crypt('x', gen_salt('bf')));",
    "INSERT INTO audit (event, token) VALUES ('login', 'n/a');",
    # an arrow to what happened next, or between ordinary values
    '~ tags = { "env" = "prod" -> "staging" }',
    'retries: 3 -> "5"',
    "the old password is in the vault, the new one `rotate-2024` is pending",
    # UUIDs (hex) beside a token word; a certificate and a public key pasted as base64
    "ticket 7c1e9f20-4b3a-4d5e-8f6a-0b1c2d3e4f50 for the token refresh",
    "tls.crt: MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYD",
    "pub: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE3rG4e2AZJQE+uzM7P6gt3LE/uEm+",
    # a .pgpass line with a wildcard password, or written to another file
    'echo "*:5432:*:readonly:*" >> ~/.pgpass',
    'echo "db:5432:app:user:Rq7wLp2Vz9" >> notes.txt',
    # an HTTP status as the code, RFC 6749's own example, an expired or slug invitation
    "GET /callback?code=200&state=CA",
    "GET /cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz",
    "https://shop.example.eu/join?invite=expired",
    "https://shop.example.eu/join?invitation=Team-Violin-Makers-2024",
    # SNMP's default community and a reference
    "snmp_community_ro: public",
    'snmp_community_string: "{{ vault_snmp_ro }}"',
    # an account and a note after the slash
    "account for backups: svc-backup / rotated weekly",
    # concatenation: `+` before a code name, or between words of a query
    'pw = "x" +userPw',
    "GET /s?q=password+protected+pet+door+token+key HTTP/2.0",
]


@pytest.mark.parametrize(("text", "secret"), FOUND)
def test_the_secret_goes(text, secret):
    out = red(text)
    assert secret not in out, out


@pytest.mark.parametrize("text", TWINS)
def test_the_look_alike_stays(text):
    assert red(text) == text


def test_rules_read_each_text_once_more_at_most():
    """Redacting twice changes nothing: no rule reads its own placeholder as a value."""
    for text, _ in FOUND:
        once = red(text)
        assert red(once) == once


@pytest.mark.parametrize(("value", "private"), [
    ("MHcCAQEEIIffp9P4+JsH+RIGkOrKK4GlNKhKR4kW2aGSd2TcUsfQoAoGCCqGSM49AwEHoUQDQgAE3rG4e2AZJQE+uzM7P6gt3LE/uEm+gOiaBxduwvyaNOCQ2jVza0xaWW23X05FdSAXP14zlAVC8uIF79U+57eGPg==", True),  # SEC1 EC
    ([t for t, _ in FOUND if t.startswith("Gedeeld")][0].split('"')[1], True),  # PKCS#8
    ([t for t, _ in FOUND if t.startswith("rsa ")][0][4:], True),  # PKCS#1
    ([t for t in TWINS if t.startswith("pub: ")][0][5:], False),  # SubjectPublicKeyInfo
    ([t for t in TWINS if t.startswith("tls.crt: ")][0][9:], False),  # a certificate
])
def test_der_private_key_told_by_its_first_tags(value, private):
    m = re.search(cs.DER_BASE64, value)
    assert (m is not None and cs.pick_der_private_key(m, value, 0) is not None) is private


# Reviewer rrev's findings (13:28, /work/wt/reviews/rrev.md), each line the reviewer's: R3, R4, R7, R8 were ordinary
# text the draft destroyed (kept at 682a247); R5, R6, R9-R12 near variants the draft leaked.
REVIEW_KEPT = [
    "AWS account: prod / ReadOnly-Role1",  # R3
    "account: dev / Admin-Role2 assumed by CI",
    "Account: ops-team / Q3-Review2024",
    "conta: faturamento / Lisboa-2024Q3",
    "Service account: ferry-ci / GitHub-Actions2",
    "暗証番号の変更回数：1520",  # R4
    "暗証番号ロック解除件数: 2048",
    "Parola sıfırlama: İzmir-Gişe2",
    "toegangscode aanvragen: Formulier-B7",
    "αλλαγή κωδικού πρόσβασης στο Gate-B12",  # R7
    "איפוס סיסמה ב-Okta-Workflow7",
    "تم تغيير كلمة المرور على Gate-B12",
    "รีเซ็ตรหัสผ่านใน Gate-B12 แล้ว",
    "密碼 重設 於 Gate-B12",
    "đổi mật khẩu trên Gate-B12",
    "ganti kata sandi di Gate-B12",
    "palavra-passe expirada no Portal-Lisboa2",
    "Şifre değişikliği KRV-4471 biletinde, İzmir-Gişe2 için",
    "parola per parola: Stage-2 Build7",
    "key vault object: tenants1-prod-east-blue-ingestwrkr01",  # R8
    "api deployment korvella-prod-kiel-gate-bookingapi01 rolled out",
    "secret name: ferryapp-prod-west-blue-ticketsvc001",
    "INSERT INTO settings (name, secret) VALUES ('smtp', 'vault:kv/smtp');",  # R9 (Low)
    # the second pass: R20 concatenation of a counted name, R26 a request's UUID, a standard's format, a marker, an id
    'const pw = "" +userPw2;',
    "pass=+counter1",
    "la parola chiave del progetto è Vento2024x",
    "şifre talebi no: 3f9a2c1b-7d4e-4a8b-9c0d-1e2f3a4b5c6d",
    "暗証番号（ISO 9564）: PIN-Block-Format-0",
    "INSERT INTO token_audit (token_id, token) VALUES (42, 'redacted-by-vault')",
    "token id 3f9k2c1b-7d4e-4k8b-9c0d-1e2f3a4b5c6d rotated",
    # the third pass: R30 a product's or a device's name with its number near an added word
    "şifre yöneticisi olarak Bitwarden2024 kullanıyoruz",
    "Şifre politikası Office365 ile aynı",
    "Geheimzahl wird über PinPad3000 eingegeben",
    "密碼 模組 使用 OpenSSL3",
    "暗証番号 は PinPad3000 で入力",
    "κωδικός πρόσβασης μέσω OAuth2 ροής",
    "пароля от Office365 нет",
    "סיסמה של Office365 פגה",
    "mật khẩu Office365 hết hạn",
    "clé wifi du routeur TP-Link-AX55 changée",
    "şifre yöneticisi: bitwarden2024",  # (a word between: only a shaped value, R28 reads the bare label only)
    # the fourth pass (13:46): an algorithm's name in parentheses, a PIN terminal's model after label words
    "password hashing (Argon2id) enabled",
    "暗証番号入力端末：Ingenico-Lane3000",
    # (my own twins of R10's fix: prose about the directive)
    "snmp-server community string is set on all edge switches",
    "the rwcommunity directive is deprecated",
]

REVIEW_FOUND = [
    ("大阪港 金庫の暗証番号: 4721", "4721"),  # R5
    ("管理者の暗証番号：4721", "4721"),
    ("ŞİFRE (İzmir gişe): Boğaz_77xQ", "Boğaz_77xQ"),  # R6
    ("ΚΩΔΙΚΟΣ ΠΡΟΣΒΑΣΗΣ: Thal@ssa88", "Thal@ssa88"),
    ("INSERT INTO gate_users (login, password)\nVALUES ('kiosk-kiel', 'Fj0rd!Gate77');", "Fj0rd!Gate77"),  # R9
    ("INSERT INTO gate_users (\n  login,\n  password\n) VALUES ('kiosk-kiel', 'Fj0rd!Gate77');", "Fj0rd!Gate77"),
    ("INSERT INTO gate_users (created, login, password) VALUES (NOW(), 'kiosk-kiel', 'Fj0rd!Gate77');", "Fj0rd!Gate77"),
    ("INSERT INTO gate_users (login, password) VALUES ('kiosk-kiel', E'Fj0rd!Gate77');", "Fj0rd!Gate77"),
    ("snmp-server community K0rv3lla-rw RW", "K0rv3lla-rw"),  # R10
    ("/join?invite=9f86d081884c7d659a2feaa0c55ad015", "9f86d081884c7d659a2feaa0c55ad015"),  # R11
    ("?invite=xk29lm7qp4vzrt8wny3bqa7c", "xk29lm7qp4vzrt8wny3bqa7c"),
    ("?invite_code=KRV7Q2ZX9PLM4T8W", "KRV7Q2ZX9PLM4T8W"),
    ("?Invite=Hq7_zP-3kLm9Vw2RtX8b", "Hq7_zP-3kLm9Vw2RtX8b"),
    ("ConvertTo-SecureString -AsPlainText -Force -String 'Fj0rd!Gate77'", "Fj0rd!Gate77"),  # R12
    # the second pass (13:32): R19 the Turkish form label, R23 a change announced with its new value, R24 a
    # capitalised hyphenated password after a label's colon, R25 a hashing call's plain-text argument
    ("PAROLA: Kordon#88aZ", "Kordon#88aZ"),
    ("Şifre sıfırlandı, yeni: Boğaz_77xQ", "Boğaz_77xQ"),
    ("WLAN-Schlüssel geändert: Ostsee#Welle42", "Ostsee#Welle42"),
    ("Geheimzahl geändert: 4721", "4721"),
    ("API-Schlüssel nach Reset: kv8Rz2LmQp4XtY7w", "kv8Rz2LmQp4XtY7w"),
    ("密碼重設後：Haian#8821", "Haian#8821"),
    ("รหัสผ่านเปลี่ยนเป็น: Talay_2024!", "Talay_2024!"),
    ("mật khẩu đổi thành: Song!Bien22", "Song!Bien22"),
    ("şifre: Deniz-Feneri42", "Deniz-Feneri42"),
    ("WLAN-Schlüssel: Ostsee-Welle42", "Ostsee-Welle42"),
    ("κωδικός πρόσβασης: Thalassa-Blue7", "Thalassa-Blue7"),
    ("INSERT INTO gate_users (login, password) VALUES ('kiosk-kiel', crypt('Fj0rd!Gate77', gen_salt('bf')));",
     "Fj0rd!Gate77"),
    # the third pass (13:38): R28 a typed password of letters and digits right after the word and its colon
    ("şifre: deniz123", "deniz123"),
    ("mật khẩu: matkhau123", "matkhau123"),
    ("סיסמה: shalom123", "shalom123"),
    ("密碼：haian8821", "haian8821"),
    ("暗証番号：abcd1234", "abcd1234"),
    ("WLAN-Schlüssel: ostseewelle42", "ostseewelle42"),
    ("κωδικός πρόσβασης: thalassa88", "thalassa88"),
    ("รหัสผ่าน: talay2024", "talay2024"),
]

# Left (said in the record): R12's unquoted and tee forms of the .pgpass line.
REVIEW_LEFT = [
    ("echo \"db:6432:*:ferry_app:Fj0rd!Gate77\" | tee -a ~/.pgpass", "Fj0rd!Gate77"),
]
# Found since round 20: a .pgpass line in prose or a command (`handed_over_logins.PGPASS_IN_PROSE`).
REVIEW_FOUND_SINCE = [("echo *:6432:*:ferry_app:Fj0rd!Gate77 >> ~/.pgpass", "Fj0rd!Gate77")]


# Round 19: after label words a value of letter-digit parts joined by `-` is read as a name (`R2D2-v3`, `gp3-io2`,
# `k8s-prod-eu1` took ordinary text); a typed password written so is left.
NARROWED_LEFT = [("Zugangscode für die Werkstatt: Kx93-mPq7", "Kx93-mPq7")]


@pytest.mark.xfail(strict=True, reason="round 19: hyphen-joined letter-digit parts after label words read as a name")
@pytest.mark.parametrize(("text", "secret"), NARROWED_LEFT)
def test_narrowed_in_round19(text, secret):
    assert secret not in red(text)


@pytest.mark.parametrize("text", REVIEW_KEPT)
def test_review_look_alikes_stay(text):
    assert red(text) == text


@pytest.mark.parametrize(("text", "secret"), REVIEW_FOUND)
def test_review_near_variants_lose_their_secret(text, secret):
    assert secret not in red(text)


@pytest.mark.xfail(strict=True, reason="left: a password inside a call, a .pgpass line unquoted or through tee")
@pytest.mark.parametrize(("text", "secret"), REVIEW_LEFT)
def test_review_leaks_left(text, secret):
    assert secret not in red(text)


@pytest.mark.parametrize(("text", "secret"), REVIEW_FOUND_SINCE)
def test_review_leaks_found_since(text, secret):
    assert secret not in red(text)
