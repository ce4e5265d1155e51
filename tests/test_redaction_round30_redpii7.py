"""Round 30 (redpii7, issue 13): an account spelled from the name of a person the same text names; round 29's session
places re-landed with review R1's service accounts kept.

Written in my own words with invented people, hosts and values (no corpus line copied). Each positive has twins in
the same place that must keep their words: a system's account beside a person's name, a login spelled from a
product's two words the gate keeps, a team mailbox and its account, a host name spelled like the login.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate

_PERSON = "<redacted:person_name>"

# (text, the login that must vanish): the record names the person, and the login is spelled from that name
NAMED_LOGINS = [
    ('- ansible.builtin.user: name=tbergqvist comment="Tove Bergqvist, night shift" groups=ops', "tbergqvist"),
    ("Mar 02 11:40:07 edge-02 useradd[901]: new user: name=rokafor, UID=1050, GID=1050, home=/home/rokafor,"
     ' shell=/bin/bash, comment="Ruth Okafor"', "rokafor"),
    ('"user":{"id":"u_5521","email":"marek.zielinski@proton.me","ip_address":"31.44.5.6","username":"mzielinski"}',
     "mzielinski"),
]
# The twins: the same records where the account is spelled from nobody the gate took, and a glued spelling outside
# an account's place (review R3).
NAMED_LOGINS_KEPT = [
    ('- ansible.builtin.user: name=deploy comment="Deploy key, ask Tove Bergqvist" groups=ops', "name=deploy "),
    ('- ansible.builtin.user: name=gtempo comment="Grafana Tempo ingester" groups=ops', "name=gtempo "),
    ('"user":{"id":"u_5521","email":"billing.team@acme.io","ip_address":"31.44.5.6","username":"bteam"}',
     '"username":"bteam"'),
    ("Tove Bergqvist moved the tbergqvist.lab.internal box to rack 4", "tbergqvist.lab.internal"),
    # review R3 (Medium): a tool or a product the person acted on, spelled by their initial and surname, is a word
    # of the sentence
    ("Rahel Edis flushed redis on cache-3", "flushed redis on"),
    ("Dieter Ocker pruned docker volumes on build-2", "pruned docker volumes"),
    ("Pablo Resto reports presto queries timing out on the warehouse", "reports presto queries"),
    ("mail from kim.afka@acme-mail.com: kafka lag is back to zero", "kafka lag"),
    ("Rita Ancher said the rancher upgrade is done", "the rancher upgrade"),
    ("Services touched by Rahel Edis: redis, nginx, haproxy", ": redis, nginx"),
    ("Owner: Dieter Ocker (docker team), escalate there", "(docker team)"),
    ("Rahel Edis on call. redis: OOM at 03:10", "redis: OOM"),
    ("kim.afka@acme-mail.com reported: kafka, zookeeper down", "kafka, zookeeper"),
]


@pytest.mark.parametrize(("text", "login"), NAMED_LOGINS)
def test_a_login_spelled_from_the_name_of_a_person_on_the_line_is_redacted(text: str, login: str) -> None:
    out = through_gate(text)
    assert login not in out
    assert out.count(_PERSON) >= 2 or "<redacted:email>" in out


@pytest.mark.parametrize(("text", "kept"), NAMED_LOGINS_KEPT)
def test_a_login_spelled_from_nobody_the_gate_took_is_kept(text: str, kept: str) -> None:
    assert kept in through_gate(text)


# Review R1 (High) of round 30: a service's account of two parts, a product's name that is a given name and a role
# (round 29's session places took every tail that is no English word).
SERVICE_ACCOUNTS = [
    ("tar czf /tmp/conf.tgz /home/cassandra-svc/conf", "/home/cassandra-svc/"),
    ("du -sh /home/minerva.ci/cache", "/home/minerva.ci/"),
    ("ls /home/luigi-cron/jobs", "/home/luigi-cron/"),
    ("ssh odin-gw@10.40.7.3 'uptime'", "odin-gw@"),
    ("Jan 11 04:00:01 db-7 sudo[3120]: athena_etl : TTY=unknown ; PWD=/srv ; USER=root ; COMMAND=/bin/true",
     "athena_etl :"),
    ("aurora-db  pts/4  10.40.2.15  Mon Jan 11 08:01   still logged in", "aurora-db "),
]


@pytest.mark.parametrize(("text", "kept"), SERVICE_ACCOUNTS)
def test_a_services_account_named_after_a_product_is_kept_in_a_session_record(text: str, kept: str) -> None:
    out = through_gate(text)
    assert kept in out and _PERSON not in out


def test_a_persons_two_part_login_is_still_taken_in_a_session_record() -> None:
    out = through_gate("scp notes.txt ilse.brandt@10.8.0.44:/tmp/ && ls /home/ilse.brandt/")
    assert "ilse.brandt" not in out and out.count(_PERSON) == 2


# Review R2 (Low): the speaker after a 12-hour time is read as after a 24-hour one, which the round start reads.
def test_a_speaker_after_a_12_hour_time_is_read_as_after_a_24_hour_one() -> None:
    assert through_gate("7:15 PM Nadia Rahman: the relay is back").replace("7:15 PM", "19:15") == through_gate(
        "19:15 Nadia Rahman: the relay is back")


@pytest.mark.xfail(strict=True, reason="review R2 (Low), left: a company named after two people in the speaker "
                   "column reads as a person after any clock (the round start takes `14:20 Morgan Stanley:` too)")
def test_a_company_in_the_speaker_column_is_kept() -> None:
    assert "Morgan Stanley" in through_gate("7:15 PM Morgan Stanley: wire confirmed")
