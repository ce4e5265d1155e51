"""Round 23 (redcred, issue 13): secret words borrowed by sound, and a vendor token read whole.

"password" and "code" as loanwords in scripts no list held, read from the letters' Unicode names; `OTP` a few words
before a one-time code; a vendor pattern without edges matched inside a longer token. Written in my own words, with
invented values (no corpus line copied); each behaviour has lines that change and near twins that must not.
"""

from __future__ import annotations

import pytest

from exporter.privacy.loanword_secrets import sounds
from tests.redaction_probes import through_gate

# The password loanword in scripts and spellings the word lists do not hold, then a generated value.
LOANWORD_PASSWORDS = [
    ("ನನ್ನ ಪಾಸ್‌ವರ್ಡ್ Tq7=vB#k2Lmz ಆಗಿದೆ", "Tq7=vB#k2Lmz"),  # Kannada
    ("ઓફિસ રાઉટરનો પાસવર્ડ Zp4%Kw9!rTxe છે", "Zp4%Kw9!rTxe"),  # Gujarati
    ("ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ Mx83Kd0qPz7wLr2v ਹੈ", "Mx83Kd0qPz7wLr2v"),  # Punjabi, letters and digits only
    ("Iphasiwedi entsha ngu-Hr5+Wq8#mZ, ngicela uyishintshe", "Hr5+Wq8#mZ"),  # Zulu
    ("ፓስወርድ Vb6#Qe9!Lx2p ነው", "Vb6#Qe9!Lx2p"),  # Amharic, the English word borrowed
]
# The same words with no value after them: a policy, a reset, a question.
LOANWORD_ORDINARY = [
    "ઓફિસ રાઉટરનો પાસવર્ડ બદલાઈ ગયો છે",
    "ਪਾਸਵਰਡ ਨੀਤੀ v2.4.1 ਲਾਗੂ ਹੋ ਗਈ",
    "Iphasiwedi yami ishintshiwe izolo ngo-14:30",
    "ನನ್ನ ಪಾಸ್‌ವರ್ಡ್ ಮರೆತುಹೋಗಿದೆ, INC-20931 ನೋಡಿ",
    "the compass heading was 274 and the pass word list is in $WORDLIST",
]


@pytest.mark.parametrize(("line", "secret"), LOANWORD_PASSWORDS)
def test_password_loanword_value_is_redacted(line: str, secret: str) -> None:
    assert secret not in through_gate(line)


@pytest.mark.parametrize("line", LOANWORD_ORDINARY)
def test_password_loanword_without_value_stays(line: str) -> None:
    assert through_gate(line) == line


# A one-time code after the loanword "code", or a few words after `OTP`.
LOANWORD_CODES = [
    ("Kóòdù tuntun tí mo gbà ni 418 273, ṣé mo lè lò ó?", "418 273"),  # Yoruba, grouped as an SMS shows it
    ("Fuair mé cód nua i dteachtaireacht: 590 614", "590 614"),  # Irish
    ("ಬ್ಯಾಂಕ್ SMS ನಲ್ಲಿ ಕಳುಹಿಸಿದ ಕೋಡ್ 731905 ಆಗಿತ್ತು", "731905"),  # Kannada `ಕೋಡ್`, the line names the SMS
    ("Ngithole ikhodi nge-SMS: 662019", "662019"),  # Zulu, with the SMS
    ("Koda iz SMS sporočila je 287460.", "287460"),  # Slovene
]
LOANWORD_CODE_ORDINARY = [
    "error code 482913 from the SMS gateway",
    "the exit code was 137 and the OTP service returned 200",
    "postal code 110001 for the Delhi office",
    "OTP failures in the last hour: 100234.",
    "kodu 2024-12-05 tarihinde 413 satır değiştirdi",
    "OTP 125000 requests today",
    # review R1/R2: k-d words of other languages, a status code, a count, a ticket
    "ఇది సమస్య కాదు 482913 అభ్యర్థనలు సరిగ్గా వెళ్లాయి",
    "عدد الطلبات قيد الانتظار 104233 طلب",
    "Ошибка кода 500123 в модуле оплаты",
    "SMS delivery: cada lote 120000, sin errores",
    "कोड समीक्षा 482913 पूरी हुई",
    "OTP queue depth: 104233",
    "Migrated OTP provider, ticket 482913.",
]


@pytest.mark.parametrize(("line", "code"), LOANWORD_CODES)
def test_code_loanword_value_is_redacted(line: str, code: str) -> None:
    assert code not in through_gate(line)


@pytest.mark.parametrize("line", LOANWORD_CODE_ORDINARY)
def test_code_word_without_one_time_code_stays(line: str) -> None:
    assert through_gate(line) == line


def test_sounds_keep_offsets_and_read_letter_names() -> None:
    for word, skeleton in [("પાસવર્ડ", "p·swr·d"), ("パスワード", "psw·d"), ("패스워드", "pswd"), ("cód", "k·d")]:
        assert sounds(word) == skeleton
    line = "ನನ್ನ ಪಾಸ್‌ವರ್ಡ್ x=1, ok"
    assert len(sounds(line)) == len(line)


def test_vendor_token_inside_a_longer_token_is_read_whole() -> None:
    token = "acsk_live_Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zQw7e"
    out = through_gate(f"the partner portal key is {token} (rotate it)")
    assert "acsk" not in out and "Qw7e" not in out
    assert out.endswith("(rotate it)")


def test_vendor_token_keeps_what_is_around_it() -> None:
    """Twins: Telegram's `bot` before the bot id, and the line after an Artifactory token, stay as written."""
    out = through_gate("https://api.telegram.org/bot7711234567:AAFk3Lm9Qp2Rs5Tv8Wx1Yz4Bc7De0Fg3HiJ/sendMessage")
    assert "/bot<redacted:" in out and out.endswith("/sendMessage")
    text = "export ART_TOKEN=AKCp8igrDNFerC357m4422e4tmu7xB983QLPxJhKFcSMfoux2RFvp8rc4jC8t9ncdmYCMFD8W\nexport ART_USER=ci"
    assert through_gate(text).endswith("\nexport ART_USER=ci")


# A typed password by its shape alone, in a phrase of a language no list holds.
TYPED_ALONE = [
    ("Erayga sirta cusub ee Postgres: Hw7eKq2+Lp9xVt4", "Hw7eKq2+Lp9xVt4"),
    ("Ọ̀rọ̀ aṣínà tuntun ni -rTkqpWzLmN?%, ẹ ṣé", "-rTkqpWzLmN?%"),
    ("Cyfrinair y porth nawr yw Q#7mdLsRk2Vb — diolch", "Q#7mdLsRk2Vb"),
]
TYPED_LOOKALIKES = [
    "shortcut: Ctrl+Shift+I opens the tools",
    "**Note2x!**: see ticket #4411 & more",
    "see *SeaMonkey* and ~~OldName~~ in the list",
    "Wi-Fi SSIDs: Office-5G / Office-5G-Guest#2",
    "bands 2.4GHz / 5GHz-ch36+40 on the lobby AP",
    "throughput / Mbps*1024^2 per link",
    "Wait?What!Now is the podcast's name",
    "GET /q?ab=Cd3&ef=Gh4&state=Xy7 200",
    "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ",
    # review R3: digests in base64, an entity tag, a handle
    "hash XrY7u+Ae7tCTyyK7j1rNww== matches the upload",
    "checksum sha256-Qm9vYmFy+QmF6cXV4==",
    'ETag: W/"Zm9v+YmFyQmF6" served',
    "follow @DevOps4Life2024 for updates",
]


@pytest.mark.parametrize(("line", "secret"), TYPED_ALONE)
def test_typed_password_alone_is_redacted(line: str, secret: str) -> None:
    assert secret not in through_gate(line)


@pytest.mark.parametrize("line", TYPED_LOOKALIKES)
def test_typed_lookalikes_stay(line: str) -> None:
    assert through_gate(line) == line


def test_url_safe_session_cookie_is_redacted_and_its_separator_stays() -> None:
    value = "Qk3_vZ8-pLm2Rt7wXy9_Nb4Hs6Jd1Fg5Ke0TqW8"
    out = through_gate(f"ಲಾಗ್‌ನಲ್ಲಿ ಕುಕೀ — acme_session={value}; ರದ್ದು ಮಾಡಲಾಗಿದೆ")
    assert value not in out and "<redacted:password>; " in out


@pytest.mark.parametrize(
    "line",
    ["SESSION_COOKIE_NAME=Kafka-Consumer-Group_Orders-Prod-2024-eu-west", "session_store=redis-cluster-main-eu-west-1a"],
)
def test_session_names_and_settings_stay(line: str) -> None:
    assert through_gate(line) == line
