"""Round 30 (redcred7, issue 13): a one-time code handed over in another language, beside an SMS, OTP or verification
mark (round 29's reverted code reading, narrowed after its review R1).

A code after the loanword "code" counts only where the sentence says it is sent or signs a person in: the code word
right beside `SMS`, `OTP`, `2FA`, `MFA` or the loanword "verification", and six digits or 3+3 right after the pair (a
colon between at most) or right before the mark. Error, product,
postal, order, customs and HTTP codes in any language stay, with or without an SMS on the line (review R1 of round 29:
its lines are twins here, with my own). Written in my own words with invented values; each reading has lines that
change and near-twins that must come out as written. Through the gate, the product's one entry point for text.
"""

from __future__ import annotations

import pytest

from tests.redaction_probes import assert_new_at_round_start, through_gate

ROUND_START = "4e6ae9d"
# Both readings were reverted after the ship run: review R1 (High) found SMS short codes, the public numbers a word is
# sent TO (`Envía BAJA al código SMS 246810`), taken by the code reading, and without it the plan's clause 1 fails on
# the tree that would ship (credential+ 2 < 5). Their positives are strict xfails naming the clause; the twins stay.
_REVERTED = ("reverted (plan clause 1 on the tree without the code reading: credential+ 2 < 5; review R1 High: SMS "
             "short codes taken by the code reading): the reading is not in the product")


def taken(line: str, secret: str) -> bool:
    out = through_gate(line)
    return secret not in out and "<redacted:password>" in out


SENT_CODES = [
    ("Ayer me llegó el código SMS 604 913 pa entrar, no me sirvió", "604 913"),  # code word, mark, 3+3, a short word
    ("Am primit cod 771245 prin SMS azi", "771245"),  # the mark after the number, a short word between
    ("Сьогодні прийшов SMS код 318 462 і не працює", "318 462"),  # another script, mark before the code word
    ("Nilipokea kodi 519027 kwa SMS, lakini haikufanya kazi", "519027"),  # the mark after the number, one word between
    ("مجھے SMS کوڈ: 846302 ملا", "846302"),  # a colon after the pair, waw writes code's o
    ("Kode verifikasi 250 617 dari bank tidak bisa dipakai", "250 617"),  # the loanword "verification"
]
SENT_CODE_TWINS = [
    # review R1 of round 29: error, product, postal, customs codes, no mark
    "Шлюз оплаты вернул код ошибки 500123, повторим запрос позже",
    "O código do erro é 500123 no gateway de pagamento",
    "Le code article 482913 est en rupture dans l'entrepôt",
    "код ТН ВЭД 847130 для ноутбуков",
    "o código HS 847130 entra na fatura",
    "पिन कोड 110001 वाले इलाके में डिलीवरी धीमी है",
    "Depozitul are cod poștal 400001, livrările merg normal",
    # my own: an SMS or OTP on the line, but the code is another one (a noun between, the mark not beside the code
    # word, a long word going on after the number) or no SMS's code (five digits)
    "Код товару 551872 у SMS розсилці неправильний",
    "Die SMS mit dem Code für Bestellung 731204 kam nicht an",
    "Il codice postale 00184 via SMS, grazie",
    "OTP-сервіс віддав замовлення 846302 двічі",
    "Сервіс SMS: код замовлення 604 913 вже оплачено",
    "O código OTP deu erro 500123 ontem à noite",  # short words between the pair and the number: an error's
    "O OTP deu erro 500123 no login",  # no code word
    # review R1 (round 30): an SMS short code, the public number a word is sent to, and a gateway's two statuses
    "Envía BAJA al código SMS 246810 para darte de baja",
    "Manda la palabra PIZZA al código SMS 303030",
    "Envie SAIR para o código SMS 272727 para cancelar",
    "Invia STOP al codice SMS 484848",
    "el código SMS 367900 de la campaña navideña",
    "código SMS 500 503 del gateway",
]

# The round start's loanword rule (`loanword_secrets.pick_code_loanword`, round 23) takes six digits after a Latin code
# word on any line that names an SMS, a noun between or not. Narrowing it to grammar words between (as this reading
# reads its gap) loses four released lines of writers 23, 25, 28 (a verb of sending between: `cód a tháinig chugam i
# dteachtaireacht téacs: 807 834`), so it is left, and these stay open.
PRE_EXISTING = [
    "El proveedor de SMS devolvió el código de error 500123 otra vez",
    "La campaña SMS usa el código de pedido 482913 esta semana",
    "SMS hata kodu 500123 döndü, sağlayıcı arızalı",
    "Сьогодні SMS-шлюз повернув код 318462 помилки",
    "SMS код ТН 847130 для ноутбуков",
]


@pytest.mark.xfail(strict=True, reason=_REVERTED)
@pytest.mark.parametrize(("line", "secret"), SENT_CODES)
def test_a_code_beside_an_sms_or_otp_mark_in_another_language_is_redacted(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", SENT_CODE_TWINS)
def test_error_product_postal_and_order_codes_stay_whatever_the_line_names(line: str) -> None:
    assert through_gate(line) == line


def test_english_prose_is_left_to_the_english_readings() -> None:
    """The English line's code is taken by the round start's English reading, not this one: same output before."""
    line = "SMS code 604913 for the login, expired"
    assert "604913" not in through_gate(line)


def test_the_lines_are_new_at_the_round_start() -> None:
    """Every positive was missed at the round start and every twin kept there."""
    assert_new_at_round_start(ROUND_START, [(line, [secret]) for line, secret in SENT_CODES], SENT_CODE_TWINS)


@pytest.mark.xfail(strict=True, reason="left open: the round start's loanword code rule (round 23) takes a code "
                   "after a noun on a line naming an SMS; narrowing it loses four released lines (see PRE_EXISTING)")
@pytest.mark.parametrize("line", PRE_EXISTING)
def test_an_error_or_order_code_on_a_line_naming_an_sms_stays(line: str) -> None:
    assert through_gate(line) == line


# A `%` inside a generated password that opens nothing: no variable, format or URL escape of a reserved character
# (RFC 3986 2.3: a letter or a digit is never percent-encoded), not first nor last (a percentage). The round start read
# every lone `%` as a reference's sigil and left the value where only its shape says it is a password.
TYPED_PERCENT = [
    ("میرا نیا پاسورڈ Kd8mWq2Lx7%5 ہے", "Kd8mWq2Lx7%5"),  # a digit after it and the value's end
    ("Ny tenimiafina vaovao dia ity: 4r%9TfLq2WxZ, aza zaraina", "4r%9TfLq2WxZ"),  # `%9T`: no hex pair
    ("ਮੇਰਾ ਪਾਸਵਰਡ Hb3%7JkPq9Zw ਹੈ", "Hb3%7JkPq9Zw"),
    ("ਮੇਰਾ ਪਾਸਵਰਡ Hb3%6EkPq9Zw ਹੈ", "Hb3%6EkPq9Zw"),  # `%6E` would be "n", which no encoder escapes
]
TYPED_PERCENT_TWINS = [
    "میرا نیا پاسورڈ Kd8mWq2Lx7%2F ہے",  # a URL escape of `/`
    "ਮੇਰਾ ਪਾਸਵਰਡ Hb3%3AkPq9Zw ਹੈ",  # ... of `:`
    "Ny tenimiafina vaovao dia ity: 4r%sTfLq2WxZ, aza zaraina",  # a format
    "ਮੇਰਾ ਪਾਸਵਰਡ Hb3JkPq9Zw7% ਹੈ",  # a percentage's sign last
    "ਮੇਰਾ ਪਾਸਵਰਡ %Hb3JkPq9Zw ਹੈ",  # a sigil first
    "میرا پاسورڈ لاگ میں attempt%lu کے طور پر لکھا گیا",  # a printf length modifier (review R2)
]


# Re-landed in round 31 (redcred8, with C's length modifiers read as a format for R2): these pass again.
@pytest.mark.parametrize(("line", "secret"), TYPED_PERCENT)
def test_a_percent_sign_that_opens_nothing_is_typed_into_a_password(line: str, secret: str) -> None:
    assert taken(line, secret)


@pytest.mark.parametrize("line", TYPED_PERCENT_TWINS)
def test_url_escapes_formats_and_percentages_stay_references(line: str) -> None:
    assert through_gate(line) == line


def test_the_percent_lines_are_new_at_the_round_start() -> None:
    assert_new_at_round_start(ROUND_START, [(line, [secret]) for line, secret in TYPED_PERCENT], TYPED_PERCENT_TWINS)
