"""Places a password sits that are not `name=value`: near a word for "password", in a directive, behind
a Windows switch, in a `user/password` pair.

The assignment rules in `named_secrets` find a value by the *name it is assigned to*. People and tools
also write passwords without an assignment: notes and tickets (`ID/PW master/Xy12ab!`, `pwd of admin
is Xy12ab!`, `Password(default:Xy12ab!)`), config directives separated by a space (`requirepass X`,
`auth_pass X`, `ENV TOKEN X`), Windows switches (`/p:X`, `/password:X`, `/rp X`), `user%password`
(smbclient) and the word for password in another language (`비밀번호`, `Passwort`, `contraseña`).

Without a name, what tells a password from the words around it is its *shape*
(`password_shaped`): a run of 6+ characters mixing letters with digits or symbols the way typed and
generated passwords do, and not the shape of an identifier people write beside the word
(`db01`, `INC-20931`, `ubuntu-22.04`, `grafana-admin`, a hash, a path, an address). Each rule here
looks for that shape only in a short window right after the word, so prose about passwords
("the password policy now requires 14 characters") is left alone.
"""

from __future__ import annotations

import re

from exporter.privacy import ordinary_values as ordinary
from exporter.privacy import person_names
from exporter.privacy import secret_shape as shape
from exporter.privacy.look_alikes import named_public_key

Span = tuple[int, int]

# Words that mean "password" (and its short forms) in the languages ops text is written in, written in
# lower case: the rules using them search the lower-cased text.
# (The European languages' own words too, with Norwegian's and Swedish's definite forms: `Kennwort`, `passordet`,
# `lösenordet`, `wachtwoord`, `adgangskode`, `salasana`, `hasło`, `heslo`, `geslo`, `lozinka`, `jelszó`.)
PASSWORD_WORD = (
    r"(?:pass(?:word|wd|wort|phrase|code|ord(?:[a-z]{1,4}(?![a-z]))?)?|pwd|(?<![a-z])pw(?![a-z])|p/w|(?<![a-z])pin(?![a-z])"
    r"|(?<![a-z])psk(?![a-z])|pre-?shared[ _-]?key|contrase(?:ñ|n)a|mot de passe|senha|пароль|パスワード|密码|口令|비밀번호|비번|패스워드|암호"
    # (as stems: these languages inflect the noun where the value follows, `lozinku`, `hasłem`, `salasanaksi`)
    r"|(?:kennw(?:ö|o)rt|l(?:ö|o)senord|wachtwoord|adgangskode|salasan|lozink|jelsz)[a-zäöóáąę]{0,5}(?![a-zäöóáąę])"
    r"|(?<![a-z])(?:has(?:ł|l)|hesl|gesl)[a-ząęó]{1,4}(?![a-z])"
    # a Wi-Fi network's passphrase: the protocol with the word for its key (`WPA2 key`, `clé WPA2`); the protocol
    # alone is a setting (`WPA3 transition mode`, `the wpa2 supplicant`)
    r"|(?<![a-z])wpa[23]?[ _-]?(?:key|passphrase|psk)(?![a-z])|(?<![a-z])(?:clé|cle|clave|chave|chiave)[ \t]+wpa[23]?(?![a-z0-9]))"
)
PASSWORD_WORD_NEEDLES = (
    "pass", "pw", "pin", "p/w", "psk", "shared", "contrase", "senha", "пароль", "パスワード", "密码", "口令", "비밀번호", "비번", "패스워드", "암호",
    "kennw", "senord", "wachtwoord", "adgangskode", "salasan", "hasł", "hasl", "hesl", "gesl", "lozink", "jelsz",
    "wpa", "clé", "cle ", "clave", "chave", "chiave",
)
# The English words that end in -pass but name no password.
_NOT_PASSWORD = re.compile(r"(?i)(?:by|com|sur|over|under|im|tres|mis|multi|single|first|second|one|en)pass")
# A token: text without whitespace, letters of scripts other than Latin (a particle glued to a value, as in
# `パスワードはX`) or the separators people put between a label, a user and a password. Latin letters with
# accents belong to the word (`übrigens`, `für` are one word each, not two).
_WORD = re.compile(r"""[^\s:=(),<>\[\]{}/\\"'`|\x80-\xbf\xd7\xf7\u0250-\uffff]+""")
_MAX_WORDS_BETWEEN = 3  # `password in xxxx is X`, `pwd of master is X`
# Nouns that name what the next word is (an account, a user, a group, a system), in the languages of `PASSWORD_WORD`:
# `password expired for account SvcBackup02`, `Passwort abgelaufen für Konto SvcBackup02`.
_OBJECT_NOUNS = frozenset({
    "account", "accounts", "user", "username", "group", "konto", "kontoen", "kontot", "kontos", "kontas", "konta",
    "tili", "tilillä", "tilin", "účet", "účtu", "račun", "računa", "fiók", "gruppe", "gruppen", "gruppa", "grupa",
    "groep", "benutzer", "gebruiker", "bruker", "användare", "käyttäjä", "użytkownik", "uživatel", "korisnik",
    "compte", "cuenta", "conta", "utente", "service", "system", "systemet", "systemu", "systému", "sustav", "sustavu",
    "tresor", "trezor",
    # a token's accessor (Vault's: it names the token and cannot authenticate; `Token with accessor X expires`)
    "accessor", "-accessor",
})
# ... and prepositions of place or source: `Passwords are stored in Bitwarden-EU2`, `Passordene synkroniseres fra
# IdP-2`, `Hesla ... přes AzureAD-Connect2`. The word after either names a thing; the scan passes over it.
_PLACE_WORDS = frozenset({"in", "im", "i", "fra", "from", "från", "přes", "w", "z", "v", "via", "at", "into", "uit", "aus"})
# One word more only when the sentence says the value comes next: a colon right before it (`Mot de passe temporaire
# du compte AD : X`) or the verb "to be" among the two words before it (`Kennwort vom Drucker ist übrigens X`,
# `Passwort für die Sitzung war X`), in the languages of `PASSWORD_WORD`.
_COPULA = frozenset({
    "is", "was", "ist", "war", "er", "var", "är", "est", "était", "es", "era", "é", "foi", "jest", "był", "była",
    "było", "je", "byl", "bylo", "bio", "bila", "on", "oli", "zijn", "waren",
})
_WINDOW = 48
_ENDS_QUESTION = re.compile(r"[a-z]+\?")  # a word of lower-case letters and the question mark
_LONGEST_PASSWORD = 256
_WORD_TAIL = re.compile(_WORD.pattern[:-1] + f"{{1,{_LONGEST_PASSWORD + 1}}}")


def password_shaped(word: str) -> bool:
    """A typed or generated password, told apart from the ids, versions and words written beside one."""
    if not 6 <= len(word) <= 64 or "redacted:" in word or word.startswith("<redacted"):
        return False
    if "*" in word and word.strip("*") != word and word.strip("*").isalpha():
        return False  # `**limits**`, `*attrs*`: a word set in Markdown's emphasis, not a password
    has_upper = any(c.isupper() for c in word)
    has_lower = any(c.islower() for c in word)
    has_digit = any(c.isdigit() for c in word)
    odd_symbols = {c for c in word if not c.isalnum()} - set("-_.")
    if not (has_upper or has_lower):
        return False
    core = word.rstrip("?")
    if core != word and core.isalpha() and core.islower() and person_names.english_word(core):
        return False  # `the password without stopping the workers?`: a word ending a question (`sunshine!` stays one)
    if not has_digit and not odd_symbols:
        return False  # `grafana-admin`, `ops_guest`, `rememberMe`: words and identifiers, not a password
    if not has_lower and not odd_symbols:
        return False  # `AES256`, `SHA512`, `X509`: names of algorithms and standards
    if _IDENTIFIER.fullmatch(word) or _DOTTED_NUMBER.search(word) or shape.DATE_OR_TIME.search(word):
        return False
    if shape.is_labelled_digest(word):
        return False  # `deps-npm-<sha1>`: a name built from a hash
    if not has_upper and not odd_symbols and _class_changes(word) < 3:
        return False  # `db01`, `web02`, `cache01`: a host or an item numbered
    return not (shape.is_stand_in(word) or shape.after_digest_label(word, 0))


# Ids people write beside a password: a ticket (`INC-20931`), a hex hash or UUID, an e-mail, a URL,
# a path, a `key=value`, a version or a number with a unit.
_IDENTIFIER = re.compile(
    r"[A-Z][A-Z0-9]*-\d+|[0-9a-fA-F-]{16,}|[^@\s]+@[\w-]+\.[\w.-]+|[a-z][a-z0-9+.-]*://\S*|[~.]?/\S*|\S*=\S*"
    r"|v?\d+(?:[.:]\d+)*[a-z]{0,3}|[0-9a-f]{6,}|@\S*|\d[A-Z][a-z]+|0[xX][0-9a-fA-F]+"  # ... `1Password`, `0x7FFF`
    r"|\d+/(?:tcp|udp|sctp)"  # a port and its protocol (`464/tcp`)
)


_DOTTED_NUMBER = re.compile(r"\d\.\d")  # versions and addresses


def _class_changes(word: str) -> int:
    kinds = [c.isdigit() for c in word if c.isalnum()]
    return sum(x != y for x, y in zip(kinds, kinds[1:], strict=False))


_PIN_NOUN = re.compile(r"[ \t]*[:=#]|[ \t]+(?:is|was|code|number|no\b)")
# (The value is read at most 128 characters, enough to tell a path, a URL or a reference from its start: unbounded,
# a run of `pin=` was read to the line's end once per `pin`, 1.8 s on 20 KB; reviewer rrev's F16.)
_LONG_OPTION = re.compile(r"--[a-z]+(?:-[a-z]+)*[?!]?")
_ASSIGNED_RUN = re.compile(r"""[ \t]{0,8}[:=]{1,4}[ \t]{0,8}(?P<val>[^\s"'`]{1,128})""")
_IN_URL = re.compile(r"://\S*\Z")  # anywhere in a URL: its userinfo and query have rules of their own


# Words that name a secret less surely (`the wifi key is X`, `client secret -> X`, `new token: X`): the
# value must also mix three kinds of character, as `cron-7f9c8` or `kms-key-2024` do not.
SECRET_WORD = r"(?<![\w.%-])(?:secret|token|key)(?![\w-])"  # a word of its own, not part of a name


def pick_near_secret_word(m: re.Match, text: str, floor: int) -> Span | None:
    if m[0].lower() == "key" and named_public_key(text, m.end()):
        return None  # `site key 6LeIxAc...`: a key published by design
    span = pick_near_word(m, text, floor)
    # (a word of letters and the mark that ends its sentence is prose, `# Success! Revoked token`; `monkey99!` is a value)
    value = text[span[0] : span[1]] if span is not None else ""
    if value.rstrip("!?.,;:").isalpha():
        value = value.rstrip("!?.,;:")
    return span if span is not None and shape.character_kinds(value, ignore="-_.") >= 3 else None


def pick_near_word(m: re.Match, text: str, floor: int) -> Span | None:
    """The first password-shaped token within a few words after a word for password, on its line."""
    a, b = m.span()
    if text[b : b + 1] == "-" and shape.in_generated_pod_name(text, a):
        return None  # the word begins a pod's generated name (`pass-api-7d9f8b6c5d-x2kqp`)
    tail = _NOT_PASSWORD.search(text, max(0, a - 6), b)
    if tail is not None and tail.end() == b:
        return None  # `bypass`, `compass`
    before = text[max(0, a - 3) : a]
    path_end = before[-1:] == "/" and text[b : b + 1] in ("", " ", "\t", "\n", "/")
    in_url = _IN_URL.search(text, max(0, a - 200), a)
    if before[-1:] in ("$", "%") or path_end or before.endswith(("${", "{{", "{{ ", "://")) or in_url:
        return None  # a variable (`$PASSWORD`), a path segment (`prod/db/password`), a template or a URL
    if before[-1:] in (":", "/") and shape.inside_arn(text, a):
        return None  # a segment of a resource's name (`arn:aws:secretsmanager:...:secret:rds/app-Xk2p9Q`, `.../pass-api/x`)
    nxt = text[b : b + 2]
    if nxt[:1].islower() and not (nxt[:1] == "s" and not nxt[1:2].isalpha()):
        return None  # `passed`, `passing`, `pinned`: another word
    if text[a:b] == "pin" and _PIN_NOUN.match(text, b) is None:
        return None  # the verb (`pin the chart to 4.12`, `ipfs pin Qm...`); the number is `PIN`, `pin:`, `pin is`
    # (Both reads are bounded, so a call costs the same on any text: looking for the line's end up to the
    # whole text, and reading a cut word to its end, made a 20 KB run of `pass-` quadratic.)
    end = text.find("\n", b, b + _WINDOW)
    end = min(len(text), b + _WINDOW) if end < 0 else end
    too_long = False
    if 0 < end < len(text) and (cut := _WORD_TAIL.match(text, end - 1)) is not None:
        end = cut.end()  # a word the window cuts is read whole, never a part of it
        too_long = end - (cut.start()) > _LONGEST_PASSWORD  # ... unless it is longer than any password
    pos = b
    while pos < end and text[pos].isascii() and (text[pos].isalnum() or text[pos] == "_"):
        pos += 1  # the rest of a name the word is part of (`-PasswordANY:`, `ANY_password,`)
    if shape.shell_unset_message(text, pos):
        return None  # `${CACHE_PASSWORD:?CACHE_PASSWORD must be set}`: the shell's message when it is unset
    run = _ASSIGNED_RUN.match(text, pos)
    if run is not None and shape.is_stand_in(run["val"]):
        return None  # the slot's whole value is a path, a reference or a placeholder (`PASSWORD=/run/pw`)
    if text[b : b + 1] == "-" and text[b + 1 : b + 2].isalpha():
        return None  # a compound the word only modifies (`Kennwort-Richtlinie`, `password-policy`)
    before: list[str] = []
    previous = ""  # the last word as written
    for words, tok in enumerate(_WORD.finditer(text, pos, end), 1):
        names_a_thing = bool(before) and (before[-1] in _OBJECT_NOUNS or before[-1] in _PLACE_WORDS)
        if too_long and tok.end() == end:
            return None  # the cut word runs on past any password's length: no password, nor one after it
        gap = text[pos : tok.start()]
        # (`for user_id=usr_01HZ...`: the value of a field named an id is the account's, not its password)
        names_a_thing = names_a_thing or (bool(before) and ordinary.id_field(previous, gap))
        if "{" in gap or "<" in gap or ("(" in gap and words > 1 and text[pos - 1 : pos].isalnum()):
            return None  # a template, a call or an already redacted value follows (`{{ vault_pw }}`, `f(x)`)
        pos = tok.end()
        raw = tok.group()
        word = raw.rstrip(".,;")
        # `password without downtime?`: a word after the password word that ends a question is no value; the answer may
        # follow it (`password for staging? -> X`, rrev's F14), so only that word is passed over
        question = words > 1 and _ENDS_QUESTION.fullmatch(word) and ":" not in gap and not _COPULA.intersection(before[-2:])
        option = _LONG_OPTION.fullmatch(word) is not None  # `when I pass --set-file?`: an option's name, no value
        if (not question and not option and password_shaped(word) and not names_a_thing
                and not shape.in_generated_pod_name(text, tok.start())):
            if ordinary.sealed_ciphertext(text, tok.start(), tok.start() + len(word)):
                return None  # `encryptedData: { TOKEN: AgB... }`: a SealedSecret's ciphertext
            if shape.ssh_public_key(word):
                return None  # `key: "ssh-ed25519 AAAAC3Nza..."`: an SSH public key's blob, handed out
            if words <= _MAX_WORDS_BETWEEN + 1 or ":" in gap or _COPULA.intersection(before[-2:]):
                return tok.start(), whole_base64(text, tok.start(), tok.start() + len(word))
            return None
        if word != raw and raw[-1] in ".;":
            return None  # the sentence or the statement ended
        if words > _MAX_WORDS_BETWEEN + 1:
            return None
        before.append(word.lower())
        previous = word
    return None


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/]{20,512}={0,2}")
_PATH_SEGMENT = re.compile(r"/[a-z]+(?![A-Za-z0-9+=])")


def whole_base64(text: str, a: int, b: int) -> int:
    """Where a value cut at a `/` ends when it is one base64 run (`Unseal Key 1: 4jYb...rrq/JgOm`, Vault's own output;
    reviewer's R3, round 21): 20+ characters of base64's alphabet, a whole number of its 4-character groups, and no
    lower-case word after a slash (`Xk29Lm7Qp4Vz/backups/db` is a value, then a path)."""
    if text[b : b + 1] != "/":
        return b
    run = _BASE64_RUN.match(text, a)
    if run is None or run.end() <= b or (run.end() - a) % 4 or _PATH_SEGMENT.search(text, b, run.end()):
        return b
    return run.end()


# `IhqSb1Gg is the password`, `X is my pw`: the value before the word.
IS_THE_PASSWORD = (
    r"(?P<val>[!-~]{6,64})[ \t]+(?:is|was)[ \t]+(?:the|my|our|his|her|their|your)[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:password|passwd|passphrase|pwd|pw|pass)(?![a-z'’])"
)


def is_the_password_gate(hay: str) -> bool:
    return (" is " in hay or " was " in hay) and ("pass" in hay or "pw" in hay)


def pick_value_group(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    while b - a > 2 and text[a] == text[b - 1] and text[a] in "\"'`":
        a, b = a + 1, b - 1  # the quotes or backticks around a value are not part of it
    return (a, b) if password_shaped(text[a:b]) else None


# `host (user/password)`: a user and a password in parentheses, the notation of notes and tickets.
USER_SLASH_PASSWORD = r"\((?P<user>[A-Za-z][\w.-]{0,30})[ \t]*/[ \t]*(?P<val>[^\s()/]{6,64})\)"


def pick_user_slash_password(m: re.Match, text: str, floor: int) -> Span | None:
    """(Also the backticked pair, `QUOTED_USER_SLASH_PASSWORD`.)"""
    value = m["val"]
    if not (password_shaped(value) and any(c.isupper() for c in value) and any(c.islower() for c in value)):
        return None  # `(read/write)`, `(apps/v1)`: a pair of words, not a login
    return m.span("val")


# The same pair in prose after a word for logging in (`log into the RLM web ui with admin / S?jy6H!BoJ`, `the
# admin login is reviewadmin / rh=h-otB%w6h`, `web console ... login apc / Gx2Fx5u6r*`): a user, a slash, a
# value that mixes three kinds of character. (The gap is bounded and holds no slash: linear.)
PROSE_LOGIN_PAIR = (
    r"(?<![a-z])(?:login|log[ \t]?in(?:to)?|logon|sign[ \t]?in|creds|credentials)(?![a-z])[^\n/]{0,48}?[ \t]"
    r"(?P<user>[a-z][\w.@-]{0,30})[ \t]*/[ \t]*(?P<val>[^\s/]{6,64})"
)
PROSE_LOGIN_PAIR_NEEDLES = ("log", "sign", "cred")


def pick_prose_login_pair(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    while b > a and text[b - 1] in ".,;:)!?'\"":
        b -= 1  # the sentence's punctuation after the value
    value = text[a:b]
    if len(value) < 6 or "://" in value or shape.character_kinds(value) < 3 or not any(c.isalpha() for c in value):
        return None  # `read / write`, `apps / v1`, a URL: no password
    if all(c.isalnum() or c in "-_." for c in value):
        return None  # `OPS / Sprint-42`, `web / Mobile-v2`: names joined by dashes, a path in a UI; a password has a symbol
    if shape.is_stand_in(value) or _DOTTED_NUMBER.search(value):
        return None
    return a, b


# The same pair written as code in chat: `` `admin` / `yf_im1C8x...` ``: each side quoted as a literal, a
# slash between. (Bounded runs, one start per backtick.)
QUOTED_USER_SLASH_PASSWORD = r"`(?P<user>[A-Za-z][\w.@-]{0,63})`[ \t]{0,4}/[ \t]{0,4}`(?P<val>[^`\s]{6,128})`"


# A key or token named by its compound noun (`API key`, `auth token`, `access key`, `app key`), then as its
# value a run of 32-64 hex digits: vendors issue such keys as hex (Datadog, Twilio's auth token). A hex
# run alone is a digest, so only this noun makes it a key, and only as the noun's value: right after it,
# or after `:`, `=`, `is` or `was` (after one qualifier: `API key for the RTU exporter (prod) is x`). Any other
# word between names another thing the hex belongs to (`API key rotated in commit <sha>`, `access key
# audit for trace <id>`, `app key migration PR is <md5>`).
HEX_AFTER_KEY_NOUN = (
    # (the noun may end an HTTP header's name, `X-Api-Key`, `X-Auth-Token`, `Ocp-Apim-Subscription-Key`)
    # (and a key that signs or encrypts: `HMAC key`, `signing key`, `encryption key`, `master key`)
    # (round 26: the names vendors give their keys, Postmark's `server token`, Azure API Management's `subscription
    # key`, Opsgenie's `GenieKey`; and `secret` alone, a shared secret's own noun)
    r"(?<![\w-])(?:[a-z]+-){0,3}(?P<noun>(?:api|auth|access|app|application|client|secret|private|account"
    r"|hmac|signing|encryption|master|server|subscription|genie)[ \t_-]?(?:key|token)s?|secret)(?![\w-])"
    r"(?P<gap>[ \t]{0,4}(?:[:=]|is|was)?[ \t]{0,4}"
    r"|[ \t]+(?:for|in|on|of|at)[ \t]+[^\n`'\"]{1,40}?(?:[ \t]*[:=]|[ \t]+(?:is|was))[ \t]{0,4}"
    # or a relative clause about the key, closed by a colon that labels the value: `key that was live (...): x`
    r"|[ \t]+(?:that|which)[ \t][^\n`'\":]{1,60}:[ \t]{0,4})"
    # (or a UUID, as Opsgenie, Postmark and Heroku issue their keys)
    r"(?<![\w./:-])(?P<val>[0-9a-f]{32,64}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])"
)
_NOT_THE_KEY = re.compile(r"(?<![a-z])(?:id|ids|hash|hashed|sha\d*|md5|digest|fingerprint|checksum|sum|prefix|last|first|name)(?![a-z])")


_LABELLED = re.compile(r"[:=]|(?<![a-z])(?:is|was)(?![a-z])")


def pick_hex_after_key_noun(m: re.Match, text: str, floor: int) -> Span | None:
    value = m["val"]
    if _NOT_THE_KEY.search(m["gap"]) or shape.is_stand_in(value) or len(set(value)) < 10:
        return None
    if m["noun"] == "secret" and "-" in value and not _LABELLED.search(m["gap"]):
        return None  # a secret manager's id for the secret, `secret <uuid> was deleted` (round 26 review R2)
    return m.span("val")


# Second-factor backup codes after their name (`backup codes 12345678 87654321`, `recovery code: a1b2c-d3e4f`): each
# code logs in once without the second factor. Only a separator or a copula between name and codes.
# One backup code as printed: eight digits, two groups of four, `xxxxx-xxxxx`.
_ONE_CODE = r"(?:\d{6,10}|\d{4}[ ]\d{4}|[a-z0-9]{4,5}-[a-z0-9]{4,5})"
MFA_CODES = (
    r"(?<![a-z])(?:(?:backup|recovery|scratch)[ \t_-]|wiederherstellungs|sicherungs)code(?P<plural>s?)(?![a-z])"
    r"[ \t]{0,4}(?P<sep>[:=]|(?:are|were|is|was)(?![a-z]))?[ \t\n]{0,4}"
    # (codes separated by spaces, commas or one per line)
    r"(?P<val>" + _ONE_CODE + r"(?:[ \t,;\n]{1,3}" + _ONE_CODE + r"){0,15})"
    r"(?![\w-])"
)


_CODE = re.compile(_ONE_CODE)
_DATE_DIGITS = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def pick_mfa_codes(m: re.Match, text: str, floor: int) -> Span | None:
    """One code after the singular with no colon is a backup's id (`restore from backup code 20261130`); a date
    is no code."""
    codes = _CODE.findall(m["val"])
    if any(_DATE_DIGITS.fullmatch(c) for c in codes):
        return None
    if not m["plural"] and m["sep"] not in (":", "=") and len(codes) < 2:
        return None
    return m.span("val")


# A user and a strong password written as a pair with no login word (`postgres superuser / Xy7...*Em`): only a
# value of upper and lower case, digits and a symbol other than `-_.`, changing kind often, as generators make.
USER_SPACED_SLASH_PASSWORD = r"(?<![\w/.-])(?P<user>[a-z][\w.-]{1,30})[ \t]+/[ \t]+(?P<val>[^\s/]{12,64})"


_METRIC_NAME = re.compile(r"_(?:total|count|sum|bucket|seconds|bytes|ratio|rate)\Z")


def pick_user_spaced_slash_password(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    while b > a and text[b - 1] in ".,;:)!?'\"":
        b -= 1
    value = text[a:b]
    symbols = {c for c in value if not c.isalnum()} - set("-_.")
    if not symbols or shape.character_kinds(value) < 4 or not shape.looks_mixed(value) or "://" in value:
        return None
    if any(c in "()[]{}=<>|\\" for c in value) or shape.SHELL_VARIABLE.search(value) or _METRIC_NAME.search(m["user"]):
        return None  # a divisor in PromQL, SQL or a spreadsheet (`errors_total / Sum(rate(x[5m]))`): code
    return None if shape.is_stand_in(value) or _DOTTED_NUMBER.search(value) else (a, b)


# `logging in as readonly with X`, `sign in as ops using X`: the value after the user in a login sentence.
LOGIN_AS_WITH = (
    r"(?:log(?:ged|ging|s)?|sign(?:ed|ing|s)?)[ \t]*in[ \t]+as[ \t]+[^\s]+[ \t]+"
    r"(?:with|using)[ \t]+(?P<val>[^\s]{6,64})"
)


def pick_login_as_with(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    while b > a and text[b - 1] in ".,;:)":
        b -= 1
    return (a, b) if password_shaped(text[a:b]) else None


# A directive: the name, a space and the value as the line's last word (`requirepass X`,
# `auth_pass X`, `ENV DRONE_TOKEN X`, `set $apikey X;`, `proxy_set_header x-apikey X;`). Lower case.
DIRECTIVE = (
    r"(?m)^[ \t]*(?:[\w.-]+[ \t]+){0,2}\$?(?P<name>[\w.-]*?"
    r"(?:pass(?:word|wd|phrase)?|pwd|pw|secret|token|api[_-]?key|apikey|auth|authtok|credentials?|psk))"
    r"[ \t]+(?P<val>(?![=:])[^\s;]+)[ \t]*;?[ \t]*$"
)


def pick_directive(m: re.Match, text: str, floor: int) -> Span | None:
    return _pick_directive_value(m, text, m["name"])


def _pick_directive_value(m: re.Match, text: str, name: str) -> Span | None:
    a, b = m.span("val")
    value = text[a:b]
    if _PUBLIC_NAME.match(name) or _NOT_PASSWORD.search(name) or shape.is_stand_in(value) or value.startswith(("$", "-", "{", "<", "%")):
        return None
    quoted = len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'"
    if not quoted and shape.source_location(value):
        return None  # `finding: generic-api-key  infra/kms.tf:14  ...`: a scanner's rule, then where it found something
    if not quoted and value[-1] == ":" and value[:-1].isalpha():
        return None  # the next field's label (`rule private-key  Match: ...`), not the name's value
    if not quoted and (value[0] in "\"'`(" or value[-1] in "\"'`)],"):
        return None  # a quotation or parenthesis the value opens or closes: prose (`"Public-Key Cryptography"`)
    core = value[1:-1] if quoted else value
    # a plain word (`token expired`, `password required`) is prose; a value has a digit, a symbol or mixed case
    if not core or not (password_shaped(core) or shape.looks_generated(core) or shape.looks_mixed(core)):
        return None
    return (a + 1, b - 1) if quoted else (a, b)


_PUBLIC_NAME = re.compile(r"(?:.*[_.-])?(?:public|pub|primary|foreign|partition|sort|cache)[_.-]?(?:key|token)", re.I)


# Windows switches: `/p:X`, `/pass:X`, `/password:X`, `/pwd:X`, and `/rp X`, `/pass X` with a space. Lower case.
WINDOWS_SWITCH = (
    r"""(?:(?<=[ \t])|(?<![\s\S]))/(?:(?:p|pw|pwd|pass|passwd|password):(?P<val>"[^"\n]+"|'[^'\n]+'|[^\s/"']+)"""
    r"""|(?:rp|pass|passwd|password)[ \t]+(?P<val2>"[^"\n]+"|'[^'\n]+'|[^\s/"'-][^\s/"']*))"""
)


def pick_windows_switch(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val") if m["val"] is not None else m.span("val2")
    value = text[a:b]
    if len(value) < 4 or "`" in value or shape.is_stand_in(value) or value.startswith(("$", "%", "*")):
        return None  # `/p:X` as written in documentation, a variable, a prompt
    if m["val"] is None and not (password_shaped(value.strip("\"'")) or value[0] in "\"'"):
        return None  # `/password reset`: with a space, only a value with a password's shape
    return a, b


# smbclient and friends: `-U user%password`, `--user=DOMAIN/user%password`.
USER_PERCENT = r"""(?:(?<=\s)-U|--user(?:name)?)[ \t=]+["']?[^\s%"']+%(?P<val>[^\s"']+)"""


def pick_user_percent(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    value = text[a:b]
    return None if len(value) < 4 or "`" in value or shape.is_stand_in(value) else (a, b)


# A here-string fed to a command that sets a password: `chpasswd <<< 'bob:X'`, `vncpasswd -f <<< X`.
HERE_STRING = r"""(?P<cmd>[\w.-]*pass[\w.-]*)(?:[ \t]+-[\w-]+)*[ \t]*<<<[ \t]*(?P<val>"[^"\n]+"|'[^'\n]+'|[^\s;|&]+)"""


def pick_here_string(m: re.Match, text: str, floor: int) -> Span | None:
    a, b = m.span("val")
    if text[a] in "\"'":
        a, b = a + 1, b - 1
    value = text[a:b]
    if ":" in value:  # chpasswd reads `user:password`
        a += value.index(":") + 1
    return None if a >= b or shape.is_stand_in(text[a:b]) else (a, b)


# Windows `net user NAME PASSWORD [/add]` (a `*` asks for it instead).
NET_USER = r"(?<![\w-])net[ \t]+user[ \t]+[^\s/]+[ \t]+(?P<val>[^\s/*][^\s]*)"
# PowerShell's `ConvertTo-SecureString X -AsPlainText`: the argument is the password, quoted or not.
SECURE_STRING = r"""convertto-securestring[ \t]+(?:-string[ \t]+)?(?P<val>[^\s"'$(-][^\s)]*)"""
# A compound name holding a secret word, a space and a value, anywhere on a line (`rclone config create
# s3 s3 secret_access_key X`, `pre-shared-key X`): the value must have a password's or a token's shape.
COMPOUND_NAME_SPACE_VALUE = (
    r"(?:pass(?:word|wd|phrase)?|pwd|pw|secret|token|api[_-]?key|apikey|key|auth|authtok|credentials?|psk)"
    r"[ \t]+(?P<val>(?![=:])[^\s;]+)"
)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def pick_compound_name(m: re.Match, text: str, floor: int) -> Span | None:
    """Found from the keyword (a literal, fast); the name around it must be compound and end there."""
    a = m.start()
    while a > 0 and text[a - 1] in _NAME_CHARS:
        a -= 1
    name = text[a : m.start("val")].rstrip()
    if name == text[m.start() : m.start("val")].rstrip() or (a > 0 and text[a - 1] in "$./"):
        return None  # a bare word (prose, found by the word rules) or a path or variable
    if name[0] == "-" or not any(c in "_-" for c in name):
        return None  # a flag (the flag rules) or a plain word
    return _pick_directive_value(m, text, name)
