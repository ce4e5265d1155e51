"""Round 21 (redneg3): ordinary tokens the rules read as a secret or a person, each rule narrowed where it misread.

Written in my own words, with invented names, numbers and addresses (no line of the corpus is copied). Each kept line
is one the round start (`78e4b6d`) changed, and each twin is redacted by both: the kept structure, and the same place
holding what the rule is for.

- *The phone rule after a phone word* read a date and the hour of a time (`[Call 2024-10-09 14:02 ...]`) as a number.
- *The address rule* read a four-part version whose parts are all small glued to a package's name or a key
  (`ledger-api@4.12.0.3`, `gate_fw=3.14.2.9`, a jar's `!/:4.12.0.3`) as an address; standing alone, in a URL, before
  a colon, after a login (`svc_backup@`, `j.smith@`) or a key that names no version (`PGHOST=`, `xff=`), or after an
  address or login word on the line (`ssh`, `sftp`), or after `name-with-dash@` on a line about no release or
  deploy, it is still one (reviews R1, R1b, R1c).
- *The assignment rule* read a webhook's versioned signature (`v1=<hex>` alone, as PagerDuty sends it, or a doc's
  `v1=<hmac-sha256>`) as a secret, and the shell's error message in `${X:?message}` as the value.
- *The value checks* (`secret_shape.is_stand_in`) did not know a format verb (`"load api token: %w"`), a regular
  expression's class (`token=[A-Za-z0-9]+`) or an OpenSSH public key line (`ssh-ed25519 AAAAC3Nza... deploy@ci`),
  which the near-word rule also cut in half; nor a name and the file it is read from (systemd's `LoadCredential=
  name:/etc/credstore/name`) or one letter typed over and over (`xxx:yyy`).
- *The flag rule* read the argument after a switch that says the tool prompts (`--askpass`, `--ask-vault-pass`) as
  the flag's value; *the near-word rule* an option's name after the verb "pass" (`when I pass --set-file?`).
- *The assignment rule* read a public name written as words (`Build cache key: <sha1>`; not Azure's "primary key",
  review R2) as a secret; *the Slack
  rule* a word after its prefix in a file's name (`2018-xoxo-indieweb-1.jpg`: Slack's tokens open with a number).
"""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor
from tests.redaction_probes import assert_kept_or_twin, round_start_redactor


@pytest.fixture(scope="module")
def round_start():
    return round_start_redactor("78e4b6d")


# An OpenSSH public key's blob: base64 of the length-prefixed type `ssh-ed25519` and 32 invented key bytes.
_ED25519_BLOB = "AAAAC3NzaC1lZDI1NTE5AAAAIHq7Lz2Wm8Tk4Vn9Xp3Yd6Hb1Cf5Gj0Ks2Lt8Mu4Nv9Qa"

KEPT = [
    # a date and a time after the phone word
    "[Call 2025-02-17 09:41 CET | line: members-nl | agent: B-204]",
    # four-part versions with small parts, glued to a package's name, a key, a jar's path
    "Sentry: first seen in release cellar-api@3.8.0.2 (3 events)",
    "deploy #518 of cellar-api@3.8.0.2 to prod done",
    "ansible-playbook press.yml -e press_fw=2.11.4.7 --limit press-hall-b",
    "    at org.cellar.Bottling.run(Bottling.java:77) ~[cellar-core-3.8.0.2.jar!/:3.8.0.2]",
    # a webhook's versioned signature, as sent and as a doc writes it
    "x-pagerduty-signature: v1=9b2e4f6a8c0d1e3f5a7b9c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f",
    '{"signature_header":"X-PagerDuty-Signature: v1=<hmac-sha256>"}',
    # the shell's message for an unset variable
    'command: ["redis-server", "--requirepass", "${CACHE_PASSWORD:?CACHE_PASSWORD must be set}"]',
    # a format verb, a regular expression's class, an SSH public key line
    '        return fmt.Errorf("read session token: %w", err)',
    'sum(count_over_time({app="shop"} |~ "token=[A-Za-z0-9_-]+" [5m]))',
    f'      key: "ssh-ed25519 {_ED25519_BLOB} press@ci-runner"',
    # a credential read from a file; a placeholder pair
    "LoadCredential=shop-db:/etc/credstore/shop-db",
    'curl --user "xxx:zzz" https://api.example.test/v1/ping',
    # switches that prompt; an option's name after "pass"
    "redis-cli -h queue-1 --askpass info",
    "ansible-playbook --ask-vault-pass cellar.yml --limit press-hall-b",
    "Q: the chart renders `password: \"\"` when I pass --set-string?",
    # a public name written as words
    "Nightly build finished. Build cache key: 3f9a0c1e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a",
    # a word after Slack's prefix in a file's name
    "![party](https://img.example.test/2019/xoxo-party-favours-2.png)",
]

TWINS = [
    # a real number after the phone word on the same line as a date
    ("[Call 2025-02-17 09:41 CET] call back on +44 20 7946 0381", "7946 0381"),
    # the same small-parts number after an address word, with a port, after a joining word; a larger address glued
    ("ssh -p 22 deploy@3.8.0.2 uptime", "3.8.0.2"),
    ("curl --resolve shop:443:3.8.0.2 https://shop", "3.8.0.2"),
    ("connect 3.8.0.2:5432 refused", "3.8.0.2"),
    ("traffic to 3.8.0.2 dropped", "3.8.0.2"),
    ("cellar-api@81.2.69.160 answered 502", "81.2.69.160"),
    # review R1 (round 21): small parts standing alone or where the syntax says host
    ('nginx access: 5.2.17.4 - - [06/Dec/2026:10:00:01 +0000] "GET /login HTTP/1.1" 401', "5.2.17.4"),
    ("Top talkers last hour: 3.14.2.9 (2.1 GB), 5.2.17.4 (900 MB)", "3.14.2.9"),
    ("scp backup.tar deploy@3.14.2.9:/srv/backups", "3.14.2.9"),
    ("rsync -av ./dist/ www@5.2.17.4:/var/www", "5.2.17.4"),
    ("psql -h 3.14.2.9 -U app", "3.14.2.9"),
    ("curl http://5.2.17.4/healthz", "5.2.17.4"),
    ("mongodb://3.14.2.9/admin", "3.14.2.9"),
    ("PGHOST=3.14.2.9 psql", "3.14.2.9"),
    ("login as deploy@3.14.2.9 then sudo", "3.14.2.9"),
    # review R1b: a login's host with `_` or `.`, after sftp or login; an address under a key that is no version's
    ("sftp svc_backup@5.2.17.4", "5.2.17.4"),
    ("telnet-ish login j.smith@3.14.2.9 failed", "3.14.2.9"),
    ("xff=5.2.17.4 path=/login status=401", "5.2.17.4"),
    ('level=warn msg="rate limited" caller=5.2.17.4', "5.2.17.4"),
    ("server=3.14.2.9 port=443", "3.14.2.9"),
    # review R1c: a service account named with `-`, on a line about no release
    ("Failed auth for deploy-bot@5.2.17.4 (publickey)", "5.2.17.4"),
    ("ci-runner@3.14.2.9 rejected the key", "3.14.2.9"),
    # a webhook secret holding a digest-shaped value, a signature that is no digest
    ("webhook_secret: v1=9b2e4f6a8c0d1e3f5a7b9c1d3e5f7a9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f", "9b2e4f6a8c0d1e3f"),
    ("x-pagerduty-signature: v1=Kx8fQ2mZpR4tW7yB", "Kx8fQ2mZpR4tW7yB"),
    # a literal default inside the reference is a value
    ('command: ["redis-server", "--requirepass", "${CACHE_PASSWORD:-Vq7mZ2pK9x}"]', "Vq7mZ2pK9x"),
    # a value after the verb's place, a class followed by a value, a key body with no valid SSH blob
    ("token: %s9Kx2mPq7", "9Kx2mPq7"),
    ('grep -E "token=[A-Za-z0-9]+" app.log  # hit: token=Wm8Tk4Vn9Xp3Yd6H', "Wm8Tk4Vn9Xp3Yd6H"),
    ('      key: "ssh-ed25519 Hq7Lz2Wm8Tk4Vn9Xp3Yd6Hb1Cf5Gj0Ks2Lt8Mu4"', "Hq7Lz2Wm8Tk4Vn9Xp3Yd6Hb1"),
    # a credential given inline; a login whose password has mixed case after the slash
    ("SetCredential=shop-db:Vq7mZ2pK9xLw", "Vq7mZ2pK9xLw"),
    ("password=admin:/Xk9mZ2/pQ7w", "Xk9mZ2"),
    ('curl --user "ops:Wm8Tk4Vn9X" https://api.example.test/v1/ping', "Wm8Tk4Vn9X"),
    # the password flag itself; a password after "pass" that only starts with dashes
    ("redis-cli -h queue-1 --pass Vq7mZ2pK9x info", "Vq7mZ2pK9x"),
    ("the password is --Kx9mZ2pQ7", "Kx9mZ2pQ7"),
    # a key the word before names a secret; review R2: Azure's "primary key" of an account, a bucket's key
    ("Build signing key: 3f9a0c1e7b2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a", "3f9a0c1e7b2d4f6a8c0e"),
    ("Cognitive Services primary key: 4f8a9c2e1b7d6f3a0e5c9b8d7a6f5e4d", "4f8a9c2e1b7d6f3a0e5c"),
    ("backup bucket key: q8Xw7Zp4Vb6Nc1Ty5Rq0/Hs9Ju2Ed3Fg4Kq7pLx2Mz9W", "Hs9Ju2Ed3Fg4Kq7pLx2Mz9W"),
    # a Slack token, which opens with the workspace's number
    ("pasted xoxb-7391046285-5528193047261-Qm8Tk4Vn9Xp3Yd6Hb1Cf5Gj0 into the channel", "Qm8Tk4Vn9Xp3Yd6Hb1Cf5Gj0"),
]


@pytest.mark.parametrize(("line", "value"), [(line, None) for line in KEPT] + TWINS)
def test_kept_structures_stay_and_their_twins_lose_the_value(line, value, round_start):
    assert_kept_or_twin(round_start, Redactor(), line, value)
