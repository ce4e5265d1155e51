"""Round 29 (redpii6, issue 13): a person named where a system or a chat client prints who acted.

Two causes that several writers' sets share (counts in bench/plans/redpii6.md): the account a login session's record
names (`last`'s column, sudo's journal, a home directory, an ssh target), and a chat line's speaker after a bare time
or a day and a dash (a speaker in another script was tried and reverted: review R2). Written in my own words with
invented people, hosts and values (no corpus line copied); each positive has a twin in the same place that must keep
its words: a system's account, one given name, a bot, a role, a label before its value, a log line's subject.
Round 29's ship rule reverted both readings; round 30 (redpii7) re-lands them without the script half
(bench/plans/redpii7.md), so the positives are plain tests again.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate


def taken_as_a_name(text: str, word: str) -> bool:
    out = through_gate(text)
    return word not in out and "<redacted:person_name>" in out


def kept_with_no_name(text: str, word: str) -> bool:
    out = through_gate(text)
    return word in out and "<redacted:person_name>" not in out


# (text, the login that must vanish): the place says "an account", the login is made of a person's names
SESSION_LOGINS = [
    ("mkaczmarek  pts/3  91.200.14.7  Wed Nov  6 09:12   still logged in", "mkaczmarek"),
    ("kiln-gw:~$ last -n 1  ->  bnowicki  pts/0  91.200.14.8  Wed Nov  6 07:02 - 07:40  (00:38)", "bnowicki"),
    ("Nov  6 09:14:02 kiln-gw sudo[4412]: jkowalski : TTY=pts/3 ; PWD=/home/jkowalski ; USER=root ;"
     " COMMAND=/usr/bin/systemctl restart kiln", "jkowalski"),
    ("scp dump.sql teodora.ilieva@10.8.0.21:/tmp/ && echo done", "teodora.ilieva"),
    ("ls -la /home/mkaczmarek/.ssh", "mkaczmarek"),
]
# The twins: the same places holding a system's account or one given name.
SESSION_LOGINS_KEPT = [
    ("deploy  pts/0  91.200.14.7  Wed Nov  6 09:12   still logged in", "deploy"),
    ("Nov  6 09:14:02 kiln-gw sudo[4412]: kilnadmin : TTY=pts/0 ; PWD=/home/kilnadmin ; USER=root ;"
     " COMMAND=/usr/bin/systemctl restart kiln", "kilnadmin"),
    ("scp dump.sql backup@10.8.0.21:/tmp/ && echo done", "backup@"),
    ("ls -la /home/ingrid/.ssh", "/home/ingrid/"),
    # review R1: software runs as an account of its own name, a six-letter one often an initial and a short surname
    ("Config lives in /home/presto/etc/config.properties on every worker", "/home/presto/"),
    ("The image build runs as packer@10.0.4.17 over ssh, check its key", "packer@"),
    ("mantis   pts/3   10.2.0.8   Mon Dec  7 08:01 - 08:30  (00:29)", "mantis"),
    ("agetty   ttyS0   serial console respawning too fast", "agetty"),
    ("Nov  6 09:14:02 coord01 sudo[812]: splunk : TTY=pts/0 ; PWD=/opt/splunk ; USER=root ;"
     " COMMAND=/opt/splunk/bin/splunk restart", "splunk :"),
]


@pytest.mark.parametrize(("text", "login"), SESSION_LOGINS)
def test_the_account_a_session_record_names_is_redacted_when_it_is_a_persons(text: str, login: str) -> None:
    assert taken_as_a_name(text, login)


@pytest.mark.parametrize(("text", "login"), SESSION_LOGINS_KEPT)
def test_a_systems_account_in_a_session_record_is_kept(text: str, login: str) -> None:
    assert kept_with_no_name(text, login)


# (text, the speaker that must vanish): the speaker column as other clients print it
SPEAKERS = [
    ("07:45 Kafui Dzamesi: the kiln is cold again since this morning", "Kafui Dzamesi"),
    ("12/01/25, 07:45 - Salvo Ferrante: meter reading sent to the office", "Salvo Ferrante"),
]
# Reverted after the ship run (review R2, round 26's review R6 and tests): a speaker in another script read by its form.
SCRIPT_SPEAKERS = [
    ("[07:45] বিজয় দত্ত: আজি কিলন বন্ধ হৈ আছে", "বিজয় দত্ত"),
    ("[07:45] Богдана Ткаченко: піч знову холодна", "Богдана Ткаченко"),
    ("08:02 Тимур Салихов: котёл перезапущен", "Тимур Салихов"),
]
# The twins: a bot, a dispatch desk, a role of one word, a label and its value, a line's label in lower case, a brand
# beside a place name.
SPEAKERS_KEPT = [
    ("07:45 Kiln Bot: firmware 4.2.1 rolled out to 12 units", "Kiln Bot"),
    ("12/01/25, 07:45 - Kiln Dispatch: job KLN-4411 assigned to crew 2", "Kiln Dispatch"),
    ("[07:45] Оператор: піч знову холодна", "Оператор"),
    ("[07:45] ঘৰৰ ঠিকনা: 12 নং ৰাস্তা", "ঘৰৰ ঠিকনা"),
    ("[07:45] Часова лінія: піч знову холодна", "Часова лінія"),
    ("[07:45] Kilnworks Київ: піч знову холодна", "Kilnworks Київ"),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_a_chat_lines_speaker_is_redacted_after_a_bare_time_or_a_day_and_a_dash(text: str, speaker: str) -> None:
    assert taken_as_a_name(text, speaker)
    assert through_gate(text).startswith(text[: text.index(speaker)] + "<redacted:person_name>:")


@pytest.mark.parametrize(("text", "words"), SPEAKERS_KEPT)
def test_a_bot_a_role_or_a_label_in_the_speaker_column_is_kept(text: str, words: str) -> None:
    assert kept_with_no_name(text, words)


# Review R2 (High, fixed by the revert): a log line's two-word subject in a script without case, or in title case,
# at a time is no speaker.
LOG_SUBJECTS = [
    ("10:04 सर्वर त्रुटि: डिस्क भर गई, लॉग देखें", "सर्वर त्रुटि"),
    ("10:05 خطأ الخادم: انتهت مهلة الاتصال بقاعدة البيانات", "خطأ الخادم"),
    ("09:16 서버 오류: 연결이 거부되었습니다", "서버 오류"),
    ("[14:05] Ошибка Репликации: отставание растёт", "Ошибка Репликации"),
]


@pytest.mark.parametrize(("text", "words"), LOG_SUBJECTS)
def test_a_log_lines_subject_at_a_time_is_kept(text: str, words: str) -> None:
    assert kept_with_no_name(text, words)


@pytest.mark.xfail(strict=True, reason="reverted after the ship run (review R2; round 26's R6): no installed list "
                   "tells a script's two-word team, bot or log subject from a person's name in the speaker column")
@pytest.mark.parametrize(("text", "speaker"), SCRIPT_SPEAKERS)
def test_a_chat_speaker_in_another_script_is_redacted(text: str, speaker: str) -> None:
    assert taken_as_a_name(text, speaker)
