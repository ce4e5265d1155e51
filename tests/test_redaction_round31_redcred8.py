"""Round 31 (redcred8, issue 13): a `%` typed into a generated password (round 30's reading B, re-landed with C's
length modifiers read as a format, its review R2), and a secret a Terraform variable's label names and its `default`
holds.

Written in my own words with invented values; each reading has lines that change and near-twins that must come out
as written. Through the gate, the product's one entry point for text.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import assert_new_at_round_start, through_gate

ROUND_START = "c51f0d7"


def taken(line: str, secret: str) -> bool:
    out = through_gate(line)
    return secret not in out and "<redacted:password>" in out


# A `%` inside a generated password that opens nothing (no variable, format, or URL escape of a character an encoder
# escapes), not first nor last.
TYPED_PERCENT = [
    ("ലോഗിൽ കണ്ട പാസ്‌വേഡ് zT5k%Rq8WmN2 ആണ്", "zT5k%Rq8WmN2"),
    ("نیا پاسورڈ Qm7%8TbLw2Rz ہے، کسی کو نہ بتائیں", "Qm7%8TbLw2Rz"),
    ("ലോഗിൽ കണ്ട പാസ്‌വേഡ് Tk9xPw%6Ez ആണ്", "Tk9xPw%6Ez"),  # `%6E` would be "n", which no encoder escapes
]
TYPED_PERCENT_TWINS = [
    "نیا پاسورڈ Qm7%2FTbLw2Rz ہے، کسی کو نہ بتائیں",  # a URL escape of `/`
    "نیا پاسورڈ Qm7TbLw2Rz8% ہے، کسی کو نہ بتائیں",  # a percentage's sign last
    "ലോഗിൽ പാസ്‌വേഡ് retry%zu എന്ന് എഴുതിയിരിക്കുന്നു",  # C's size_t length modifier (round 30's review R2)
    "ലോഗിൽ പാസ്‌വേഡ് attempt%lld എന്ന് എഴുതിയിരിക്കുന്നു",  # long long
    "ലോഗിൽ പാസ്‌വേഡ് retry%hhd എന്ന് എഴുതിയിരിക്കുന്നു",  # char
]


@pytest.mark.parametrize(("line", "secret"), TYPED_PERCENT)
def test_a_percent_sign_that_opens_nothing_is_typed_into_a_password(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", TYPED_PERCENT_TWINS)
def test_url_escapes_length_modified_formats_and_percentages_stay(line: str) -> None:
    assert through_gate(line) == line


def test_the_percent_lines_are_new_at_the_round_start() -> None:
    assert_new_at_round_start(ROUND_START, [(line, [secret]) for line, secret in TYPED_PERCENT], TYPED_PERCENT_TWINS)


# A Terraform variable whose label ends in a secret's keyword, and a value in its `default`.
VARIABLE_DEFAULTS = [
    ('variable "sentry_auth_token" { default = "7d1e0b9c4f2a8e6d3b5c1a9f0e7d2c4b" }', "7d1e0b9c4f2a8e6d3b5c1a9f0e7d2c4b"),
    ('variable "pagerduty_api_key" {\n  type    = string\n  default = "e4b2c8d0a6f1937b5e2d"\n}', "e4b2c8d0a6f1937b5e2d"),
    ('variable "smtp_secret" { sensitive = true  default = "Hq7vN2pLx9Kd4wRt" }  # TODO move', "Hq7vN2pLx9Kd4wRt"),
]
VARIABLE_DEFAULT_TWINS = [
    'variable "kms_key_id" { default = "7d1e0b9c4f2a8e6d3b5c1a9f0e7d2c4b" }',  # an id, no secret's keyword last
    'variable "region" { default = "7d1e0b9c4f2a8e6d3b5c1a9f0e7d2c4b" }',
    'variable "sentry_auth_token" { type = string  sensitive = true }',  # no default: set elsewhere
    'variable "sentry_auth_token_secret_name" { default = "sentry-auth-token" }',  # a reference's name
    'variable "deploy_public_key" { default = "7d1e0b9c4f2a8e6d3b5c1a9f0e7d2c4b" }',  # a public key
    'variable "sentry_auth_token" { default = "${var.env}-sentry" }',  # an interpolation
    'default = "7d1e0b9c4f2a8e6d3b5c1a9f0e7d2c4b"',  # no label on the line
    # review R1 (round 31): a module's default that names a key or a secret kept elsewhere, no generated value
    'variable "tls_secret" { default = "wildcard-tls" }',
    'variable "encryption_key" { default = "aws/s3" }',  # AWS's managed KMS alias
    'variable "db_password_secret" { default = "rds-master-password" }',  # a Secrets Manager secret's name
    'variable "master_key" { default = "primary" }',
    'variable "signing_key" { default = "projects/p1/locations/global/keyRings/kr/cryptoKeys/sign" }',  # a path
    'variable "db_password" { default = "vault:secret/data/db#password" }',  # a reference
    'variable "db_password" { default = "env:DB_PASSWORD" }',
    'variable "github_token" {\n  description = "leave empty, set TF_VAR_github_token"\n  default = "TF_VAR_github_token"\n}',
]


@pytest.mark.parametrize(("line", "secret"), VARIABLE_DEFAULTS)
def test_a_secret_in_a_terraform_variables_default_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", VARIABLE_DEFAULT_TWINS)
def test_ids_references_and_undefaulted_variables_stay(line: str) -> None:
    assert through_gate(line) == line


def test_the_variable_lines_are_new_at_the_round_start() -> None:
    assert_new_at_round_start(
        ROUND_START, [(line, [secret]) for line, secret in VARIABLE_DEFAULTS], VARIABLE_DEFAULT_TWINS
    )
