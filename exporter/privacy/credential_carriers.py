"""Credentials carried inside something else, where no name or shape of the value itself gives them away.

Round 19 (issue 13), from the kinds batch 19's writer handed credentials over in, each read as the structure a
tool or a person uses, so that a writer never seen is caught too:
- base64 of a JSON object whose members hold a credential: a Kubernetes `.dockerconfigjson` (`{"auths": {..
  "auth": ...}}`), a vendor's token blob (`{"tokenId": .., "token": ".."}`); the encoded text gives no hint;
- a chat webhook's key in its URL's query (WeCom's `.../webhook/send?key=<uuid>`, DingTalk's `robot/send?
  access_token=`) or path (Feishu/Lark's `/bot/v2/hook/<uuid>`): whoever holds the URL posts to the room;
- a label that names an API key or a token in any of the languages ops text comes in, a few words, a colon and a
  long generated value (`카카오 REST API 키가 티켓에 첨부됨: <hex>`, `join token for the jump host (valid 24 h): <hex>`);
- the answer to a security question (`memorable word: X`), which opens an account as a password does.
"""

from __future__ import annotations

import base64
import binascii
import json
import re

from exporter.privacy import secret_shape as shape
from exporter.privacy.rule_engine import Rule, make_rule

Span = tuple[int, int]

# `eyJ` is base64 of `{"`: an encoded JSON object, not a JWT (three dot-joined parts, `rule_table`'s jwt rule).
ENCODED_JSON = r"(?<![A-Za-z0-9+/_.-])(?P<val>eyJ[A-Za-z0-9+/_-]{16,8192}={0,2})(?![A-Za-z0-9+/_.=-])"
_CREDENTIAL_MEMBER = re.compile(
    r"(?:auth|token|password|passwd|secret|api_?key|access_?token|refresh_?token|client_?secret|private_?key)"
)
_MAX_DECODED = 6144


# Members that make a decoded object a page cursor (`{"page": 2, "token": ...}`): its `token` says where a listing
# goes on and opens nothing (reviewer rrev's R46, round 19).
_CURSOR_MEMBER = re.compile(
    r"page|page_?size|per_?page|offset|limit|cursor|start|position|last_?(?:id|key)|sort|order"
)


def _members(obj: object, depth: int = 0):
    """Every (key, value) pair of a decoded JSON object, nested objects included (at most four levels)."""
    if depth > 4 or not isinstance(obj, dict):
        return
    for key, value in obj.items():
        yield str(key), value
        yield from _members(value, depth + 1)


def pick_encoded_json(m: re.Match, text: str, floor: int) -> Span | None:
    """The whole encoded object when a member named for a credential holds a string of 8+ characters."""
    raw = m["val"]
    try:
        decoded = base64.urlsafe_b64decode(raw.replace("+", "-").replace("/", "_") + "=" * (-len(raw) % 4))
        obj = json.loads(decoded[:_MAX_DECODED])
    except (binascii.Error, ValueError):
        return None
    if isinstance(obj, dict) and any(_CURSOR_MEMBER.fullmatch(str(key).lower()) for key in obj):
        return None
    for key, value in _members(obj):
        name = key.lower().replace("-", "_")
        held = isinstance(value, str) and len(value) >= 8 and not value.startswith(("${", "<", "{{"))
        if held and _CREDENTIAL_MEMBER.fullmatch(name) and not shape.is_stand_in(value):
            return m.span("val")
    return None


# A chat webhook's URL: the key in the query after a path that names a hook or a robot (read in `pick_webhook_key`),
# or Feishu/Lark's hook id in the path.
WEBHOOK_KEY = (
    r"https?://[^\s?#/]{1,253}/(?P<path>[^\s?#]{0,512})\?(?P<query>[^\s#]{0,1024})"
    r"|(?:feishu\.cn|larksuite\.com)/open-apis/bot/v2/hook/(?P<hook>[A-Za-z0-9_-]{16,128})"
)
_HOOK_PATH = re.compile(r"(?i:webhook|hook|robot)")
_KEY_PARAMETER = re.compile(r"(?:^|&)(?:key|access_token|token)=(?P<v>[A-Za-z0-9_-]{16,256})(?=&|$)")


def pick_webhook_key(m: re.Match, text: str, floor: int) -> Span | None:
    if m["hook"] is not None:
        a, b = m.span("hook")
    else:
        if not _HOOK_PATH.search(m["path"]):
            return None
        key = _KEY_PARAMETER.search(m["query"])
        if key is None:
            return None
        a, b = m.start("query") + key.start("v"), m.start("query") + key.end("v")
    value = text[a:b]
    if not re.search(r"\d", value) or not re.search(r"[A-Za-z]", value) or shape.is_stand_in(value):
        return None  # (`?key=YOUR_WEBHOOK_KEY`, a placeholder)
    return a, b


# A label naming an API key or a token, up to 60 characters of its words, a colon, a long generated value.
# (round 21: the key's word in Dutch, German, the Nordic languages, Finnish, Polish, Czech, Romanian, Hungarian and
# Greek after `API`, a Japanese or Chinese word glued between (`API連携キー`), an access key's own word
# (`aðgangslykill`, `tilgangsnøkkel`, `toegangssleutel`) and a client's secret in the Nordic languages)
_KEY_WORD = (
    r"(?:(?<![a-z])api[ \t_-]?(?:key|[\u3040-\u30ff\u3400-\u9fff]{0,4}(?:키|キー|密钥|密鑰)|ключ|anahtar[ıi]?|sleutel"
    r"|schlüssel|nøkkel|nyckel|nøgle|lykill|avain|klucz|klíč|cheie|cheia|kulcs|κλειδί)"
    r"|(?:clé|chave|clave|chiave)[ \t]+(?:de[ \t]+|d')?api"
    r"|מפתח[ \t]+ה-?api|(?<![a-z])(?:join|access|auth|bearer|bot|service|api|registration|enrol?ment)[ \t]+token"
    r"|(?<![a-zà-ÿ])(?:aðgangslykil[a-zð]{0,4}|tilgangsnøkkel|adgangsnøgle|åtkomstnyckel|toegangssleutel)"
    r"|(?<![a-zà-ÿ])(?:klient)?(?:hemmelighe[dt]|hemlighet)(?:en)?(?![a-zà-ÿ])"
    r"|토큰|トークン|令牌|токен)"
)
# (or with no colon, the value right after the key's word: `PayWay API key 90u6q083tjj2...`, round 20)
API_KEY_LABEL = (
    _KEY_WORD + r"""(?:(?P<words>[^\n.;:!?=<>{}`"'\[\]|：]{0,60}?)[ \t]?[:：][ \t]*|[ \t]+)"""
    r"""(?P<val>(?!<redacted:)(?:[a-z]{2,4}_)?[A-Za-z0-9]{24,128})(?![A-Za-z0-9_-])"""
)
API_KEY_NEEDLES = ("api", "token", "토큰", "トークン", "令牌", "токен", "lykil", "nøkkel", "nøgle", "nyckel", "sleutel",
                   "hemmelighe", "hemlighet")
# Label words that say the value is about the key, not the key: its id, its hash, its name, when it expires.
_ABOUT_THE_KEY = re.compile(
    r"(?<![a-z])(?:id|ids|hash|hashed|digest|fingerprint|sha\d*|md5|checksum|prefix|suffix|name|type|scope|ttl|expir\w*"
    r"|length|count|url|endpoint|header|version|rotation|request|trace|commit|ref|reference|format|owner|ticket"
    r"|scopes?|used|by|rotated|revoked|created|issued|last|job|run|accessor|jti|nonce|salt|kid)(?![a-z])"
    # the same in the languages whose key words round 21 added (reviewer's R1): a checksum, a check digit, an id,
    # a fingerprint, a length, a hash, a reference
    r"|(?<![^\W\d_])(?:referentie|referenz|référence|referencia|referência|riferimento|referens|referanse|viite"
    r"|prüfsumme|prüfziffer|kennung|fingerabdruck|länge|hashwert|controlegetal|kenmerk|vingerafdruk"
    r"|lengte|kontrollsumma|fingeravtryck|kontrolsum|sjekksum|fingeravtrykk|tarkistussumma|sormenjälki|tunniste"
    r"|suma[ \t]+kontrolna|identyfikator|odcisk|otisk|kontrolní[ \t]+součet|identifikátor|azonosító|ujjlenyomat"
    r"|ellenőrzőösszeg|hossz|αποτύπωμα|αναγνωριστικό|άθροισμα|μήκος|хеш|хэш|отпечат\w*|идентификатор|контрольн\w*"
    r"|дължина|empreinte|identifiant|somme[ \t]+de[ \t]+contrôle|huella|identificador|suma[ \t]+de[ \t]+verificación"
    r"|impronta|identificativo|checksum|amprentă|identificator|sumă[ \t]+de[ \t]+control|fingrafar|auðkenni"
    r"|ハッシュ|指紋|フィンガープリント|識別子|指纹|标识|哈希|지문|해시|식별자)(?![^\W\d_])"
)


# What may stand between the key's word and the colon when the label still names the key: nothing, a qualifier in
# parentheses (`(valid 24 h)`), a phrase saying whose or where (`for the jump host`, `של ספק הדואר`), or a particle
# of a script that glues it to the word (`API 키가 ...`). An English word of its own there makes the key word a
# modifier of another noun, and the colon labels that noun's value (`API key usage report for farm:`, `access token
# errors, correlation:`; reviewer rrev's R41, round 19).
# (round 21: also a first word that holds a letter English does not write, a genitive in the language that follows
# the key, `Aðgangslykill SMS-þjónustunnar (...)`, and Dutch `ter`)
_KEY_QUALIFIER = re.compile(
    r"[ \t]*(?:$|\(|[^\x00-\x7f]|[\w-]{1,30}[^\x00-\x7f]"
    r"|(?:for|of|to|from|on|at|in|für|van|voor|ter|para|per|pour|di|de|del|da|do|du|des)[ \t])"
)
# A comma that opens a relative clause about the key, which goes on naming it (`API ключът за Спиди, който клиентът
# изпрати по имейл: X`, `API-sleutel ter controle, die is meegestuurd: X`); any other comma lists another thing
# (`access token errors, correlation: <hex>`).
_RELATIVE_CLAUSE = re.compile(
    r",[ \t]+(?:which|that|who|die|dat|welke|der|das|welche[rsn]?|que|qui|che|cui|som|sem|joka|jota|jonka"
    r"|който|която|което|които|который|которая|которое|которые|який|яка|яке|які|který|která|které"
    r"|który|która|które|care|amely|amelyet|ο[ \t]+οποίος|η[ \t]+οποία|το[ \t]+οποίο)(?![\w])"
)


_LIFETIME = re.compile(r"\((?:expires|expiring|valid|good|until|till)[ \t][^()]*\)")


def pick_api_key_label(m: re.Match, text: str, floor: int) -> Span | None:
    """The value when it is one run of letters and digits (hex included: a name, a ticket, a UUID or a date joins
    its parts) and the label's words say nothing about what else it is (`API key id: ...`, `token hash: ...`)."""
    a, b = m.span("val")
    value = text[a:b]
    if a > 0 and m.start() > 0 and (text[m.start() - 1].isascii() and text[m.start() - 1].isalnum()):
        return None
    words = m["words"] or ""
    # (a parenthesis saying how long the key holds, `(expires Friday)`, `(valid 24 h)`, qualifies it and says nothing
    # about what the value is; `(expiry date)` names the value; reviewer rrev's R44, round 19)
    listed = "," in words and not (words.count(",") == 1 and _RELATIVE_CLAUSE.search(words))
    if not _KEY_QUALIFIER.match(words) or listed or _ABOUT_THE_KEY.search(_LIFETIME.sub(" ", words)):
        return None
    if not re.search(r"\d", value) or not re.search(r"[A-Za-z]", value):
        return None
    return None if shape.is_stand_in(value) else (a, b)


# The answer to a security question after its label (`memorable word: X`, `security answer = X`).
SECURITY_ANSWER = (
    r"(?<![a-z])(?:memorable[ \t]+(?:word|information|phrase)|(?:security|secret)[ \t]+(?:question[ \t]+)?answer)"
    r"[ \t]*[:=][ \t]*(?P<val>[^\s;,()\[\]{}<>\"'`]{3,64})"
)
# A status in the answer's place, the words a form or a ticket shows for a field's state (`Updated`, `Provided`,
# `Pending`, `Unknown`: reviewer rrev's R43, round 19). Listed, not told by an ending: `Pennyfarthing`, `Alfred`
# and `Reading` are answers.
_NOT_AN_ANSWER = re.compile(
    r"(?:required|optional|none|null|n/a|not|unset|empty|blank|yes|no|true|false|enabled|disabled|reset|changed"
    r"|hidden|redacted|set|missing|wrong|incorrect|correct|verified|ok|failed|masked|unknown|unavailable|given"
    r"|on[ \t]file|updated|provided|pending|supplied|stored|saved|recorded|captured|confirmed|validated|accepted"
    r"|rejected|received|submitted|expired|locked|cleared|removed|deleted|skipped|declined|refused|withheld"
    r"|requested|sent|present|absent|configured|protected|encrypted)\.?"
)


_PROSE_GOES_ON = re.compile(r"[ \t]+[a-z]")


def pick_security_answer(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    value = text[a:b].rstrip(".")
    if _NOT_AN_ANSWER.fullmatch(value.lower()) or shape.is_stand_in(value) or value.startswith(("$", "%")):
        return None
    if _PROSE_GOES_ON.match(text, b):
        return None  # (`memorable word: see ticket`, `security answer: the agent skipped it`: a sentence about it)
    return a, a + len(value)


# A service account's key file: its `private_key_id` names the key the file holds, and is read with it (round 20:
# the first blind writer counts it with the key); Twilio's auth token passed beside its Account SID
# (`Client("AC<32 hex>", "<32 hex>")`), which no name says.
SERVICE_KEY_ID = r'"private_key_id"[ \t]*:[ \t]*"(?P<val>[0-9a-f]{40})"'
SID_THEN_TOKEN = (
    r"""(?<![A-Za-z0-9])AC[0-9a-f]{32}["']?[ \t]*,[ \t]*["']?(?P<val>[0-9a-f]{32})(?![0-9A-Za-z])"""
)


def pick_val(m: re.Match, text: str, floor: int) -> Span | None:
    return m.span("val")


# Round 21 (review R3 and R5 of round 20), each by the format's own documentation (the Wi-Fi payload and Junos' secrets
# are run by `rule_table` with the vendors' token formats, before the prose rules could take a part of them):
# - a Wi-Fi network in a QR code's payload (ZXing's `WIFI:T:WPA;S:<network>;P:<password>;;`, fields in any order,
#   `\;` escaping a separator): `P:` is the network's password;
WIFI_QR = r"WIFI:(?:[A-Z0-9]{1,3}:(?:\\.|[^;\\\n]){0,64};){0,6}P:(?P<val>(?:\\.|[^;\\\n]){1,64})"
# - a JSON Web Key's private members (RFC 7517/7518: `k` of a symmetric `oct` key; `d`, `p`, `q`, `dp`, `dq`, `qi` of
#   an RSA, EC or OKP key), in an object that names its `kty`; the public `x`, `y`, `n`, `e` stay;
JWK_PRIVATE = r"""["'](?:k|d|p|q|dp|dq|qi)["'][ \t]*:[ \t]*["'](?P<val>[A-Za-z0-9_-]{8,4096})["']"""
_JWK_KTY = re.compile(r"""["']kty["'][ \t]*:[ \t]*["'](?:oct|RSA|EC|OKP)["']""")
_JWK_REACH = 8192  # characters read each side for the object's braces (an RSA key's members are ~1.6 KB)
# - Junos' `$9$` secrets: Juniper's reversible encoding of the plain text (a RADIUS or TACACS+ `secret`, an
#   `authentication-key`), which anyone decodes, unlike its `$1$`/`$5$`/`$6$` password hashes (which stay); and
#   Junos' `plain-text-password-value`, the password itself on the command line.
JUNOS_SECRET = (
    r"(?<![\w$])\$9\$(?P<val>[A-Za-z0-9./-]{4,512})"
    r"|plain-text-password-value[ \t]+(?P<plain>\"[^\"\n]{1,128}\"|[^\s;\"]{1,128})"
)


def pick_wifi_password(m: re.Match, text: str, floor: int) -> Span | None:
    value = m["val"]
    return None if shape.is_stand_in(value) or value.startswith(("${", "{{", "<")) else m.span("val")


def pick_jwk_private(m: re.Match, text: str, floor: int) -> Span | None:
    """The member's value when the object around it (no brace between, read a bounded reach each side) names a key
    type: a `k` or a `d` elsewhere is any JSON's."""
    opened = text.rfind("{", max(0, m.start() - _JWK_REACH), m.start())
    if opened < 0 or text.find("}", opened, m.start()) >= 0:
        return None
    end = text.find("}", m.end(), m.end() + _JWK_REACH)
    if end < 0 or text.find("{", m.end(), end) >= 0:
        return None
    if _JWK_KTY.search(text, opened, end) is None or shape.is_stand_in(m["val"]):
        return None
    return m.span("val")


def pick_junos(m: re.Match, text: str, floor: int) -> Span | None:
    if m["val"] is not None:
        return m.start(), m.end("val")
    a, b = m.span("plain")
    return (a + 1, b - 1) if text[a] == '"' else (a, b)


RULES: tuple[Rule, ...] = (
    make_rule("generic_api_key", ENCODED_JSON, needles=("eyJ",), pick=pick_encoded_json, cased=True),
    make_rule("webhook", WEBHOOK_KEY, needles=("hook", "robot"), pick=pick_webhook_key),
    make_rule("private_key", SERVICE_KEY_ID, needles=("private_key_id",), pick=pick_val),
    make_rule("generic_api_key", SID_THEN_TOKEN, needles=("AC",), pick=pick_val, cased=True),
    make_rule("generic_api_key", API_KEY_LABEL, lower=True, needles=API_KEY_NEEDLES, pick=pick_api_key_label),
    make_rule("private_key", JWK_PRIVATE, needles=("kty",), pick=pick_jwk_private),
    make_rule(
        "password", SECURITY_ANSWER, lower=True, needles=("memorable", "answer"), pick=pick_security_answer
    ),
)
