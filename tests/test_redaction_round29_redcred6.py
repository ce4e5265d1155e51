"""Round 29 (redcred6, issue 13): codes and API keys handed over in another language; round 28's review R5.

The two readings of codes and API keys were reverted by the ship rule (their tests are strict xfails naming the
clause); round 28's review R5 (glued id words) ships.

A code after the loanword "code" written with its `o` in any script, in a sentence of another language with no SMS or
OTP named; an API's hex key after the loanwords "API" or "token" in such a sentence; and English words glued as code
names them (`videoid`) read as English, so an id after a tool's name stays (review R5 of round 28). Written in my own
words with invented values (no corpus line copied); each reading has lines that change and near-twins that must come
out as written.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import through_gate


def taken(line: str, secret: str, kind: str = "password") -> bool:
    """The secret is gone from the gate's output and a placeholder of its kind stands there."""
    out = through_gate(line)
    return secret not in out and f"<redacted:{kind}>" in out


FOREIGN_CODES = [
    ("a porta di darreri havi còdici 4712, dumani u canciamu", "4712"),  # a door's four digits right after the word
    ("Tus code uas lawv xa tuaj rau kuv yog 593104, tab sis nws tsis ua hauj lwm.", "593104"),  # words between
    ("Телефонго келген код: 730 261", "730 261"),  # another script, 3+3
    ("ዝተላከለይ ኮድ 615 204 ነይሩ፣ ግን ኣይሰርሐን።", "615 204"),  # a syllable KO, a short word goes on
    ("مجھے کوڈ ملا 846120۔", "846120"),  # waw writes the o
    ("ئەو کۆدەی بۆم هات: 271946 (بەسەرچوو)", "271946"),  # oe writes the o
]
# Re-landed in round 30 (redcred7, `sent_codes`) and reverted after its ship run (review R1: SMS short codes).
RELANDED_CODES = [
    ("El codice SMS 408213 par entrar no va più", "408213"),  # a grammar word goes on
]
FOREIGN_CODE_TWINS = [
    "exit code 1375 after the deploy",  # English prose: the English readings decide
    "el código de error 500123 otra vez en el gateway",  # an error's code
    "el código postal es 28013 en la calle mayor",  # five digits: no door's nor SMS's code
    "el código tiene 482913 líneas en total",  # a count's noun goes on after the number
    "a porta havi còdici e a chiavi 4712, dumani",  # four digits not right after the word
    "u còdici 2024 di l'annu passatu",  # a year
    "der Kampagnen-Code 482913 gilt bis Freitag",  # glued to a noun of its own
    "ఇది కాదు 123456 అని చెప్పారు",  # k-d with no o (Telugu "is not")
    "hindi ito cada 482913 na araw",  # a Latin k-d word with no o
    # a noun between names another code (review R1): an error's, a product's, a postcode
    "Шлюз оплаты вернул код ошибки 500123, повторим запрос позже",
    "Terminal zwraca kod błędu 400217 dla kart z Austrii",
    "Le code article 482913 est en rupture dans l'entrepôt",
    "El código de artículo 731204 no aparece en el catálogo",
    "Код товара 551872 не найден после миграции",
    "Il codice ATECO 620100 va aggiornato nella scheda",
    "Depozitul are cod poștal 400001, livrările merg normal",
]


_REVERTED = ("reverted (plan clause 1, the addendum's test-half bar: 5 < 6 on the review-narrowed tree ddb8b17; review R1 "
             "High left open): the reading is not in the product")


@pytest.mark.xfail(strict=True, reason=_REVERTED)
@pytest.mark.parametrize(("line", "secret"), FOREIGN_CODES)
def test_code_after_the_loanword_code_in_another_language_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.xfail(strict=True, reason="re-landed in round 30 (redcred7) and reverted: review R1 High (SMS short codes "
                   "taken) and plan clause 1 on the tree without it")
@pytest.mark.parametrize(("line", "secret"), RELANDED_CODES)
def test_code_beside_an_sms_mark_in_another_language_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", FOREIGN_CODE_TWINS)
def test_other_codes_counts_years_and_english_prose_stay(line: str) -> None:
    assert through_gate(line) == line


FOREIGN_API_KEYS = [
    ("Nakoresheje MoMo API n'urufunguzo 5c0e8a4f19d27b36e4a1f0c9b8d7e6a5, byanze.", "5c0e8a4f19d27b36e4a1f0c9b8d7e6a5"),
    ("Карта API ачкычы: 9d3b7e21-4c6a-4f8e-a2b5-07c1d9e3f4a6", "9d3b7e21-4c6a-4f8e-a2b5-07c1d9e3f4a6"),
    ("Il token provisoric 7e4a9c2d1f0b8e36a5d4c7b2e1f09a83 (Twilio) – revocar!", "7e4a9c2d1f0b8e36a5d4c7b2e1f09a83"),
]
FOREIGN_API_KEY_TWINS = [
    "Sa API trace d9825be73cd27ef276931f20b963d2b3 (status 502 dal provedor)",  # a trace's id in the gap
    "Versiun ledger-api commit e302e4c818b0058a42334ecfee607cef417d224f deployada",  # a commit, `-api` glued
    "the API returned 9e8c460e070960b774602a87c341fc32 for the upload",  # English prose: the noun rules decide
    "Карта API ачкычы: aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",  # a stand-in
    "La API devolvió el id de pedido 4bf92f3577b34da6a3ce929d0e0e4736 otra vez",  # an id named between
    "Dji vs evoye l' ID di sessione ba370499-686d-4315-9ee4-44fa169eb54a.",  # no loanword
    # a UUID with words between the loanword and it is an order's or an event's id (review R2)
    "Die API meldet für den Auftrag 3f2a9c1e-7b4d-4e8a-9c2f-1d5e6b7a8c90 einen Fehler",
    "La API de Adyen rechazó el evento 9b2e4d7a-1c3f-4a5b-8e6d-2f7a9c0b1d3e por firma inválida",
]


@pytest.mark.xfail(strict=True, reason=_REVERTED)
@pytest.mark.parametrize(("line", "secret"), FOREIGN_API_KEYS)
def test_api_key_after_the_loanword_api_or_token_in_another_language_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret, "generic_api_key")


@pytest.mark.parametrize("line", FOREIGN_API_KEY_TWINS)
def test_ids_digests_and_english_prose_after_the_loanword_api_stay(line: str) -> None:
    assert through_gate(line) == line


GLUED_ID_WORDS = [  # review R5 of round 28: a tool's name and a glued id word are not a sentence of another language
    "youtube videoid dQw4w9WgXcQ1",
    "dailymotion clientid Kx7pQ2mZ9vLw",
    "wistia mediaids Zr8kT3nQ6wPy",
]
GLUED_ID_TWINS = [  # the same value after words of another language still goes
    ("Ang bagong susi ng router: Kx7pQ2mZ9vLw, huwag ibahagi.", "Kx7pQ2mZ9vLw"),
]


@pytest.mark.parametrize("line", GLUED_ID_WORDS)
def test_an_id_after_a_tool_and_a_glued_id_word_stays(line: str) -> None:
    assert through_gate(line) == line


def test_a_postcode_named_pin_before_the_code_word_stays() -> None:
    """Review R1's residual for the reverted code reading (`पिन कोड`, India's postcode): kept as a twin."""
    line = "पिन कोड 110001 वाले इलाके में डिलीवरी धीमी है"
    assert through_gate(line) == line


@pytest.mark.parametrize(("line", "secret"), GLUED_ID_TWINS)
def test_the_same_value_handed_over_in_another_language_still_goes(line: str, secret: str) -> None:
    assert taken(line, secret)
