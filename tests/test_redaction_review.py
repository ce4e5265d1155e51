"""Round 14's review of the redact branch: each finding's input, as a test that failed before its fix.

The review (F1-F9) found secrets the branch let through that main redacted, new false positives on
ordinary ops text, and two look-backs whose cost grows with the line. The timing cases are shown
without a clock, as in test_redaction_linear.py: the answer depends only on a bounded window.
"""

from __future__ import annotations

import random
import string

import pytest

from exporter.privacy.redaction import Redactor

REDACTOR = Redactor()


def out(text: str) -> str:
    return REDACTOR.redact(text).text


def _random(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


# --- F7: a URL's credentials of any length -------------------------------------------------------

_LONG_USER = "svc_reporting_readonly_replica_eu_west_1_prod_2024_batch_exporter_x"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"postgres://{_LONG_USER}:S3cr3tPassw0rd!x@db.acme.io:5432/app", "S3cr3tPassw0rd!x"),
        (f"https://oauth2:{_random(300)}@gitlab.acme.io/group/repo.git", _random(300)),
        (f"https://deploy:{_random(200)}@gitlab.acme.io/group/repo.git", _random(200)),
    ],
)
def test_a_url_password_goes_whatever_the_users_or_its_length(text, secret):
    assert secret not in out(text)


# --- F8: a product token's version is a version ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Server: Apache Wq/8Zk29Lm7Qp4VzRt8WnY3b", "8Zk29Lm7Qp4VzRt8WnY3b"),
        ("X-Mailer: sendgrid/8Xk29Lm7Qp4VzRt8WnY3bQa", "8Xk29Lm7Qp4VzRt8WnY3bQa"),
        ("User-Agent: go-http-client/1.1 AbCdEfGhIj/7Kx2Lm9Qp4VzRt8WnY3bQ", "7Kx2Lm9Qp4VzRt8WnY3bQ"),
    ],
)
def test_random_characters_after_a_product_word_are_no_version(text, secret):
    assert secret not in out(text)


@pytest.mark.parametrize(
    "text",
    [
        "User-Agent: go-http-client/1.1",
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
        "Server: nginx/1.25.3",
        "User-Agent: kube-probe/1.29.2-rc1",
    ],
)
def test_real_product_tokens_stay(text):
    assert out(text) == text


# --- F9: only Vault's accessor, as Vault prints it ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "accessor Xk29Lm7Qp4VzRt8WnY3bQa7c",
        "db_accessor= Xk29Lm7Qp4VzRt8WnY3bQa7c",
        "secretAccessor: Xk29Lm7Qp4VzRt8WnY3bQa7c",
        "accessor            Xk29Lm7Qp4VzRt8WnY3bQa7cZZ9",
    ],
)
def test_a_name_ending_in_accessor_keeps_nothing(text):
    assert "Xk29Lm7Qp4VzRt8WnY3bQa7c" not in out(text)


@pytest.mark.parametrize(
    "text",
    ["accessor            Zq7Lp2Vx9Mb4Kd8Nw3Rt6Yh1", '{"accessor": "Zq7Lp2Vx9Mb4Kd8Nw3Rt6Yh1", "ttl": 3600}'],
)
def test_vaults_accessor_as_vault_prints_it_stays(text):
    assert "Zq7Lp2Vx9Mb4Kd8Nw3Rt6Yh1" in out(text)


# --- F1: a bare token's name is looked for in a bounded window -----------------------------------


class _Spy:
    """Stands in for a compiled pattern and records how long each text it was given is."""

    def __init__(self, pattern):
        self.pattern, self.lengths = pattern, []

    def search(self, text, *args):
        self.lengths.append(len(text))
        return self.pattern.search(text, *args)

    def match(self, text, *args):
        self.lengths.append(len(text))
        return self.pattern.match(text, *args)


@pytest.mark.parametrize("name", ["_NAME_BEFORE", "_VAULT_ACCESSOR", "_PRODUCT_HEADER"])
def test_a_bare_tokens_look_back_reads_a_bounded_window(monkeypatch, name):
    from exporter.privacy import secret_shape

    spy = _Spy(getattr(secret_shape, name))
    monkeypatch.setattr(secret_shape, name, spy)
    text = "User-Agent: " + "".join(f"x {_random(24, seed)} " for seed in range(400))
    out(text)
    assert spy.lengths and max(spy.lengths) <= secret_shape._LOOK_BACK


def test_the_window_keeps_a_names_answer():
    assert "Xk29Lm7Qp4VzRt8WnY3bQa7c" in out("x " * 300 + "requestId: Xk29Lm7Qp4VzRt8WnY3bQa7c")
    assert "Xk29Lm7Qp4VzRt8WnY3bQa7c" not in out("requestId " + "x " * 300 + "Xk29Lm7Qp4VzRt8WnY3bQa7c")


# --- F2: a line of many owners is rebuilt once ---------------------------------------------------


def test_a_line_of_many_owners_costs_time_linear_in_it():
    """The one clock here, with a wide margin: 8x the text may cost 20x the time, quadratic cost 50x."""
    import time

    from exporter.privacy import person_names

    def best(size: int) -> float:
        line = ("Ann's " * (size // 6))[: size - 17] + " <redacted:phone>"
        runs = []
        for _ in range(3):
            start = time.process_time()
            person_names.owner_of_personal_data(line)
            runs.append(time.process_time() - start)
        return min(runs)

    best(1000)
    assert best(160_000) < 20 * best(20_000)


def test_many_owners_are_each_replaced():
    from exporter.privacy import person_names

    text, found = person_names.owner_of_personal_data("Ann's phone and Maria's number: <redacted:phone>")
    assert found == 2 and "Ann" not in text and "Maria" not in text


# --- F3: a reply after a mentioned command is no printed secret ----------------------------------


@pytest.mark.parametrize("reply", ["Perfect", "Confirmed.", "Success!", "Worked!", "Thanks!", "brilliant"])
@pytest.mark.parametrize(
    "command",
    [
        "I ran vault read -field=ttl auth/token/lookup-self",
        "vault kv get -field=password secret/app/db",
        "ran `gcloud secrets versions access latest --secret=db-url` in cloud shell",
    ],
)
def test_a_one_word_reply_after_a_printing_command_stays(command, reply):
    assert out(f"{command}\n{reply}").endswith(reply)


@pytest.mark.parametrize("secret", ["Xk29Lm7Qp4Vz", "hunter2Xyz", "qwpoeiruty", "Tr0ub4dor&3"])
def test_a_printed_secret_still_goes(secret):
    assert secret not in out(f"vault kv get -field=password secret/app/db\n{secret}")


# --- F4: a hex run is a key only as the key noun's value -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rotated the API key in commit 9f3c2a1b7e5d4c6a8b0e1f2a3b4c5d6e7f808f90",
        "auth token refresh fixed by 4bf92f3577b34da6a3ce929d0e0e2a77",
        "access key audit for trace 4bf92f3577b34da6a3ce929d0e0e4736",
        "client token errors in request 7c1e4bf92f3577b34da6a3ce929d0e0e",
        "app key migration PR is d41d8cd98f00b204e9800998ecf8427e",
    ],
)
def test_hex_that_names_another_thing_after_a_key_noun_stays(text):
    assert out(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "API key: 5be0c1f4a7d2936e8b4f0a1c7d3e9b62",
        "the auth token is 9d4e1a7c3b8f2e6d0a5c9b1e4f7a2d8c",
        "DD api key 5be0c1f4a7d2936e8b4f0a1c7d3e9b62",
        "Datadog API key for the RTU exporter (prod) is 5be0c1f4a7d2936e8b4f0a1c7d3e9b62, needed",
    ],
)
def test_hex_as_the_key_nouns_value_goes(text):
    assert "5be0c1f4a7d2936e8b4f0a1c7d3e9b62" not in out(text) and "9d4e1a7c3b8f2e6d0a5c9b1e4f7a2d8c" not in out(text)


# --- F5: a product's name beside personal data is no person --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "| Kafka | data-platform | kafka-oncall@acme.io |",
        "| Cassandra | storage | dba@acme.io |",
        "Aurora, storage, dba@acme.io, tier 1",
        "Jenkins' notifier mails build-failures@acme.io on every red build",
        "Slack's email bridge forwards to alerts@acme.io",
        "Docker's support line is +1 415 555 0199",
        "Kafka's alerts go to kafka-oncall@acme.io",
        "Aurora fails over automatically; the DBA pager is +1 415 555 0199",
        "Atlas emails the weekly report to dba@acme.io",
        "Hermes sends the digest to eng-all@acme.io",
    ],
)
def test_a_products_name_beside_personal_data_stays(text):
    assert "<redacted:person_name>" not in out(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Maria's phone is +44 20 7946 0958", "Maria"),
        ("Santi's backup number while travelling: +34 612 349 400", "Santi"),
        ("Ngozi: +44 20 7946 0958", "Ngozi"),
        ("| Ngozi | Eze | n.eze@acme.io | ops |", "Ngozi"),
    ],
)
def test_a_persons_name_owning_personal_data_goes(text, name):
    assert name not in out(text)
