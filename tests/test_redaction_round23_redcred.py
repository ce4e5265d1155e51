"""Round 23 (redcred, issue 13): secret words borrowed by sound, and a vendor token read whole.

"password" and "code" as loanwords in scripts no list held, read from the letters' Unicode names; `OTP` a few words
before a one-time code; a vendor pattern without edges matched inside a longer token. Written in my own words, with
invented values (no corpus line copied); each behaviour has lines that change and near twins that must not.
"""

from __future__ import annotations

import pytest

from exporter.privacy.gate import Gate
from exporter.privacy.loanword_secrets import sounds
from exporter.privacy.redaction import Redactor


def through_gate(text: str) -> str:
    return Gate(Redactor()).text(text)


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
    ("ಬ್ಯಾಂಕ್ ಕಳುಹಿಸಿದ ಕೋಡ್ 731905 ಆಗಿತ್ತು", "731905"),  # Kannada `ಕೋಡ್`
    ("Ngithole ikhodi nge-SMS: 662019", "662019"),  # Zulu, with the SMS
    ("ga lambar OTP daga manhajar: 287460, ku yi sauri", "287460"),  # Hausa, the acronym
]
LOANWORD_CODE_ORDINARY = [
    "error code 482913 from the SMS gateway",
    "the exit code was 137 and the OTP service returned 200",
    "postal code 110001 for the Delhi office",
    "OTP failures in the last hour: 100234.",
    "kodu 2024-12-05 tarihinde 413 satır değiştirdi",
    "OTP 125000 requests today",
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
