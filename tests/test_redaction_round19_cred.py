"""Round 19 (cred): round 18's credential structures re-landed, narrowed where they took ordinary text, and the
kinds batch 19's writer handed credentials over in.

Written in my own words, with invented names and values (no line of any corpus copied). `KEPT` lines exercise each
wide-reach change of round 18 (a label's words before a colon, a parenthesis, a verb, a word read by bare proximity,
a UUID-laid token, "the new one"): ordinary text the re-landed rules took before this round's narrowing and must
keep. Each `FOUND` line is the near twin that must still lose its secret.
"""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor

R = Redactor()


def red(text: str) -> str:
    return R.redact(text).text


# Ordinary text round 18's rules took (each found by a hand-made probe of label words x ordinary values x layouts).
KEPT = [
    # label words that say what the value is, then a name, a path, a reference or an id
    "Password policy (k8s-prod-eu1) applied to every namespace",
    "Password hash algorithm (v1beta1) is deprecated",
    "Password stored in: vault:kv/app/db",
    "Passwort-Richtlinie (Produktion): R2D2-v3",
    "mot de passe oublié pour (acc_7Fq2LmZ9xK)",
    "senha alterada para o usuário (MFA+SSO)",
    "contraseña caducada del usuario (build#4412)",
    "Passwort zurückgesetzt für Benutzer: 1Password8",
    "Password for the build agent is stored in: svcBackup02",
    "Passwort zurückgesetzt für Benutzer (ProLiant-DL380g10)",
    "password sync target (gp3-io2) is full",
    "Password expired on host is arn:aws:iam::123456789012:role/x",
    "password reset for user (sha256:9f86d081884c7d65)",
    # a word for password read by bare proximity (the added words), then a piece of a URL
    "Wi-Fi-Schlüssel Standort: https://sso.example.com/reset?id=Ab12Cd34",
    "kata sandi pengguna https://sso.example.com/reset?id=Ab12Cd34",
    # a call after the word and its colon, a regex glued to the word
    "users without password: bcrypt(12)",
    '    r"(?<![a-z])pw(?![a-z])|p/w"',
    # a UUID-laid run after a noun that names a job or a run
    "key rotation job k8s1prod-eu12-blue-gre3-ingest01wrk2 done",
    "secret sync run abcd1234-ef56-gh78-ij90-kl12mn34op56",
    "credential scan cs7x9y2z-a1b2-c3d4-e5f6-g7h8i9j0k1l2 ok",
    # "the new one" after a redacted password, then a version, a ticket, a plan
    "<redacted:password> expired, the old one 'v2.3.1' stays",
    'password <redacted:password> and the new one "ticket-4412" pending',
    "<redacted:password> the current one `Q3-2024-plan`",
]

# The near twins: the same structures holding a secret (each taken by round 18's rules and still taken).
FOUND = [
    ("senha do Wi-Fi do galpão de Itajaí: Gaivota!Mar2031", "Gaivota!Mar2031"),
    ("Passwort für das Signaturzertifikat (.p12): q=7#Tw-r3xz", "q=7#Tw-r3xz"),
    ("API-Schlüssel (Staging): Q7ZK2M4P-W8RT3NX5-HB6Y9CD2", "Q7ZK2M4P-W8RT3NX5-HB6Y9CD2"),
    ("senha do Wi-Fi da loja de Recife: Caju8rtz5QmWq2024", "Caju8rtz5QmWq2024"),
    ("de wachtwoordzin van het .pfx-bestand (Vq8+LmR2-zT4w) stond in de notities", "Vq8+LmR2-zT4w"),
    ("Das FTP-Passwort für den Export lautet t7HkQ2mZpX9wRb", "t7HkQ2mZpX9wRb"),
    ("Yedekleme sunucusu şifresi Tr8!kLmz04qa , yarın değişecek", "Tr8!kLmz04qa"),
    ("şifre: deniz123", "deniz123"),
    ("ŞİFRE (İzmir gişe): Martı_41xK", "Martı_41xK"),
    ("密碼重設後：Haian#8821", "Haian#8821"),
    ("the old password <redacted:password> was rotated, the new one `pQ7zLk2Xw9Rt4mVb` is in Vault",
     "pQ7zLk2Xw9Rt4mVb"),
    ("Mailgun sending token is mxt5dfw8-l7jn-qeko-itgx-ewvfrwkz0612 for staging",
     "mxt5dfw8-l7jn-qeko-itgx-ewvfrwkz0612"),
]


@pytest.mark.parametrize("text", KEPT)
def test_ordinary_text_stays(text):
    assert red(text) == text


@pytest.mark.parametrize(("text", "secret"), FOUND)
def test_the_near_twin_loses_its_secret(text, secret):
    assert secret not in red(text)
