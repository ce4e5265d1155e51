"""A person's postal address under the label a form writes it with in its own language and script.

`배송지:`, `عنوان السكن للتسليم:`, `כתובת למשלוח:`, `ที่อยู่:`, `收货地址：`, `Адреса в Норвегії:` each say
the value after them is where a person lives or gets a parcel, as `Home address:` does in English
(identity_numbers.POSTAL_ADDRESS). Only labels that name a home, a residence or a delivery are read, and
the bare word only as a form's field opening its line: an "address" word is also a server's (`адрес
сервера`, `服务器地址`). The value runs to the
line's end (at most `_WINDOW` characters) and must hold a number and a letter and nothing a machine
writes (an IP address, a URL, a path, a host name, a port); it must hold an address's own part (a
street, district or town word, or a postcode), and no site's, company's, office's or order's word.

The pattern is the label and its separator only; the pick reads a bounded window after it, so the
rule is linear in the text.
"""

from __future__ import annotations

import re

from exporter.privacy.identity_numbers import machine_text, site_address
from exporter.privacy.legal_forms import alternation

Span = tuple[int, int]

NATIVE_ADDRESS = (
    r"(?:배송지|배송[ \t]?주소|자택[ \t]?주소|집[ \t]?주소|거주지|수령지"
    r"|عنوان[ \t]+(?:السكن|المنزل|التسليم|الشحن|التوصيل|المراسلة)(?:[ \t]+[\u0621-\u064a]+)?"
    r"|כתובת[ \t]+(?:למשלוח|מגורים|המגורים|הבית|בית|לחיוב|למכתבים)"
    r"|ที่อยู่(?:จัดส่ง|ปัจจุบัน|ตามบัตรประชาชน)"
    r"|收货地址|送货地址|收件地址|家庭地址|居住地址|联系地址|配送地址|住址"
    r"|(?:домашн\w+[ \t]+|фактическ\w+[ \t]+)?адрес[аи]?[ \t]+(?:доставки|проживания|проживання|регистрации"
    r"|реєстрації|для[ \t]+доставки|в[ \t]+[а-яёіїєґ]+)"
    r"|घर[ \t]+का[ \t]+पता|डिलीवरी[ \t]+पता"
    # the bare word only as a form's field, opening its line (`Адрес: ...`, `כתובת: ...`, `ที่อยู่: ...`)
    r"|(?<![^\n])[ \t]*(?:адрес[аи]?|כתובת|ที่อยู่|पता|العنوان))"
    r"[ \t]*[:：][ \t]*"
)
NATIVE_ADDRESS_NEEDLES = ("배송", "주소", "거주지", "수령지", "عنوان", "כתובת", "ที่อยู่", "地址", "住址", "адрес",
                          "पता")
_WINDOW = 120
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# a host name (`db-01.internal`) or a port (`:5432`): a machine's
_HOST_OR_PORT = re.compile(r"[^\W_]\.[^\W\d_]|:\d")


# An office in the value, or a company's legal form before the label on its line: a company's address (review R44).
_OFFICE = re.compile(r"(?i:(?<![^\W\d_])(?:офис|офіс|оф\.|office|büro|bureau)(?![^\W\d_])|办公室|사무실|משרד|สำนักงาน)")
# (Chinese writes its form onto the name, `某某有限公司`: found inside a word too)
_COMPANY_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{alternation('n')})(?![^\W\d_])|有限公司")


# An address's own parts in these scripts: a street, district, town or province word (`ул.`, `רחוב`, `شارع`, `ถนน`,
# `路`, a Korean `...로`/`...구`/`...시`), or a postcode of its own; a company's or an order's words say it is no home
# (`ООО «Молоко», ...`, `см. заказ 4471`, `见订单4471`: review R63, R64).
_PLACE_PART = re.compile(
    r"(?i:(?<![^\W\d_])(?:ул\.|вул\.|улица|вулиця|проспект|пр-т|пл\.|д\.|кв\.|sentrum|gate|vei|veien)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:ul\.|str\.)|حي|شارع|طريق|רחוב|שדרות|ถนน|ซอย|หมู่|ตำบล|อำเภอ|จังหวัด|मार्ग|गली|नगर"
    r"|[省市区县路街号]|[가-힣]+(?:시|구|동|로|길|읍|면|리)(?![가-힣]))"
)
_POSTCODE = re.compile(r"(?<![\d.])\d{4,6}(?![\d.])")
_NOT_A_HOME = re.compile(
    r"(?i:(?<![^\W\d_])(?:ооо|тов|ао|пао|зао|заказ\w*|замовлення|версия|версія|форм\w*)(?![^\W\d_]))"
    r"|有限公司|公司|订单|주식회사|협동조합|본사|주문|شركة|الطلب|בע\"מ|הזמנה|บริษัท|จำกัด|ใบสั่ง|फॉर्म|ऑर्डर"
)


def _named_first(value: str) -> bool:
    """A first segment (to its first comma) with no number and no address part: a recipient named first (`תנובה, רחוב
    הרצל 12`, a dairy's; review R63)."""
    first = _FIRST_SEGMENT.match(value)
    return first is not None and not _DIGIT.search(first[0]) and not _PLACE_PART.search(first[0])


_FIRST_SEGMENT = re.compile(r"[^,،，\n]+(?=[,،，])")


def pick_native_address(m: re.Match, text: str, floor: int) -> Span | None:
    if _COMPANY_BEFORE.search(text, max(0, m.start() - 80), m.start()):
        return None  # `ТОВ «Молокозавод», адреса реєстрації: ...`: the company's registered address
    start = m.end()
    end = text.find("\n", start, start + _WINDOW)
    value = text[start : start + _WINDOW if end < 0 else end].rstrip(" \t.。")
    if (_DIGIT.search(value) is None or _LETTER.search(value) is None or machine_text(value)
            or _HOST_OR_PORT.search(value) or site_address(value) or _OFFICE.search(value)
            or _NOT_A_HOME.search(value) or not (_PLACE_PART.search(value) or _POSTCODE.search(value))
            or _named_first(value)):
        return None  # (`склад 4, ворота 12`, `仓库4号门12`: a warehouse and its gate, a company's place; review R44)
    return start, start + len(value)
