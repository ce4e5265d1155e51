"""Person names written in Han characters or in Greek, which the Latin-script name lists never hold.

Han (Japanese, Chinese): a surname and a given name are written with a space between them in ops text
(`渡辺 健二`), while Japanese and Chinese prose runs its words together. So two short runs of Han with one space
between them are a name when its surname is listed or its given name ends as only given names do, and (a) an
honorific follows (`さん`, `様`, `氏`; a firm's trade ending, `田中 商事 様`, refused), or (b) the pair stands in text of
another script (`inserted customer 森本 愛子 born`, `Kyoto: 渡辺 健二（075-...）`) or after a title (`院長 鈴木 一郎`), and either its surname is listed
(Faker's ja/zh surname lists) or its given name ends as only given names do (`子`, `郎`, `美`); an ordinal or a
role noun (`第二`, `唯一`, `负责人`) is no given name. A word ending as
a firm, a place or an office does (`小林 製作所`, `前田 工房`, `世田谷院`, `工場`) is no given name. Text spaced word by word
(`山口 工場 で 停止`) has Han or kana right after the pair, and a one-character first word (`CPU 高 负载`) is read only
before an honorific.

Greek: a listed given name (Faker's el_GR lists) and then a capitalised Greek word that is a listed surname or
ends as only Greek surnames do (`-άκης`, `-όπουλος`, `-ίδης`): `Γιώργος Αντωνίου`; `Ωδείο Αθηνών` (a conservatory) stays.

Both patterns are bounded runs of one character class each, so each is linear in the text.
"""

from __future__ import annotations

import re
from functools import cache

Span = tuple[int, int]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff"
HAN_NAME = (
    rf"(?<![{_HAN}{_KANA}])(?P<sur>[{_HAN}]{{1,3}})(?=[ \u3000](?P<given>[{_HAN}]{{1,3}})(?![{_HAN}])"
    rf"(?P<after>[ \u3000]?(?:さん|様|さま|氏|君|くん|ちゃん|先生)|))"
)
# (The given name and what follows are read ahead, not consumed: in `顧客 渡辺 健二 さん` the pair `顧客 渡辺` is
# refused, and the next try must start at `渡辺`.)
# A quick test before the pattern: a Han character, a space, a Han character.
_HAN_PAIR = re.compile(rf"[{_HAN}][ \u3000][{_HAN}]")


def han_gate(text: str) -> bool:
    return not text.isascii() and _HAN_PAIR.search(text) is not None


# Last characters only given names end in (female -子 -美 -恵 -香 -奈 -菜 ..., male -郎 -彦 -雄 -夫): a pair whose surname
# no list holds is a name only with one of these. (Not -一 -二 -人 -明: ordinals and role nouns end so, `第二`, `唯一`,
# `机器人`, `负责人`, review R13.)
_GIVEN_ENDS = frozenset("子美恵香奈菜代江花乃穂郎彦雄夫輔")
# Words that are no given name even after a listed surname: ordinals, "unique", "unified", roles.
_NOT_GIVEN = re.compile(r"第.|唯一|统一|統一|机器人|機器人|负责人|責任者|管理人|管理者|担当者")
# Last characters of a firm's, a place's, an office's or a title's name: such a word is no given name.
_NOT_NAME_ENDS = frozenset("所店社院館場部課局会屋堂園校署庁寺駅省室係班長房舗業庫処亭荘閣組商団塾科")
# ... and of a place's, which ends no given name but many surnames (`中村`, `木村`, `宮城`)
_NOT_GIVEN_ENDS = _NOT_NAME_ENDS | frozenset("城県市区町村都府道")
# Last characters of a firm's trade (商事, 建設, 郵船, 証券, 電機, 運輸, 物産, 銀行): no given name ends so.
_FIRM_ENDS = frozenset("事産船運輸機設行券工薬電鉄航販業")
_OTHER_SCRIPT_BEFORE = re.compile(rf"[^\s{_HAN}{_KANA}]\s*\Z")
# A title or a role written before the name with a space (`院長 鈴木 一郎`, `受付主任 山田 花子`, `顧客 渡辺 健二`).
_TITLE_BEFORE = re.compile(r"(?:長|主任|担当|顧客|先生|係)[ \u3000]\Z")
_OTHER_SCRIPT_AFTER = re.compile(rf"\s*(?:[^\s{_HAN}{_KANA}]|\Z)")


@cache
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Han surnames (ja, zh), Greek given names and Greek surnames, from Faker's locale lists (installed)."""
    from faker.providers.person import el_GR, ja_JP, zh_CN, zh_TW

    han = {n for p in (ja_JP, zh_CN, zh_TW) for n in p.Provider.last_names if isinstance(n, str)}
    greek = el_GR.Provider
    given = set(greek.first_names_male) | set(greek.first_names_female)
    last = set(greek.last_names_male) | set(greek.last_names_female)
    return frozenset(han), frozenset(given), frozenset(last)


def pick_han_name(m: re.Match, text: str, floor: int) -> Span | None:
    sur, given = m["sur"], m["given"]
    if given[-1] in _NOT_GIVEN_ENDS or sur[-1] in _NOT_NAME_ENDS or _NOT_GIVEN.match(given):
        return None
    named = sur in _lists()[0] or given[-1] in _GIVEN_ENDS
    if m["after"]:
        # (a firm is addressed with `様` too, `田中 商事 様`, `日本 郵船 様`: review R35)
        return (m.start("sur"), m.end("given")) if named and given[-1] not in _FIRM_ENDS else None
    if len(sur) < 2 or _OTHER_SCRIPT_AFTER.match(text, m.end("given")) is None:
        return None
    line = text.rfind("\n", 0, m.start()) + 1
    if (m.start() > line and _OTHER_SCRIPT_BEFORE.search(text, max(line, m.start() - 8), m.start()) is None
            and _TITLE_BEFORE.search(text, max(line, m.start() - 8), m.start()) is None):
        return None
    if named and given[-1] not in _FIRM_ENDS:
        return m.start("sur"), m.end("given")
    return None


_GREEK_WORD = "[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]{1,20}"
# (the surname read ahead, not consumed: in `Επιβάτης Γιώργος Αντωνίου` the next try starts at `Γιώργος`, review R17)
GREEK_NAME = rf"(?<![^\W\d_])(?P<given>{_GREEK_WORD})(?=[ \t]+(?P<last>{_GREEK_WORD})(?![^\W\d_]))"
_GREEK_CAPITAL = re.compile("[Α-ΩΆΈΉΊΌΎΏ]")
# (a genitive's `-ου` ends words too, `Σοφία Αρχείου`, "archive's Sophia": only the endings surnames alone have, R16)
_GREEK_SURNAME_END = ("άκης", "όπουλος", "ίδης", "άδης", "οπούλου", "άκη", "ίδη", "άδη")


def greek_gate(text: str) -> bool:
    return not text.isascii() and _GREEK_CAPITAL.search(text) is not None


def pick_greek_name(m: re.Match, text: str, floor: int) -> Span | None:
    _, given, last = _lists()
    if m["given"] not in given:
        return None
    if m["last"] in last or m["last"].endswith(_GREEK_SURNAME_END):
        return m.start("given"), m.end("last")
    return None
