"""Every redaction rule in the order it runs; that order is the precedence between types.

The most specific rule runs first and its placeholder is never matched again, so a secret is counted
once: a JWT in an `Authorization` header is a `bearer`, a JWT assigned to `password=` stays a `jwt`.
"""

from __future__ import annotations

import re

from exporter.privacy import credential_carriers as carriers
from exporter.privacy import credential_slots as slots
from exporter.privacy import credential_structures as structures
from exporter.privacy import generated_passwords, memorable_passwords, one_time_codes, typed_passwords
from exporter.privacy import handed_over_logins as logins
from exporter.privacy import identity_numbers as ids
from exporter.privacy import loanword_secrets as loanwords
from exporter.privacy import redaction_checks as checks
from exporter.privacy import secret_shape as shape
from exporter.privacy.access_log_users import ACCESS_LOG_USER, ACCESS_LOG_USER_NEEDLES, pick_access_log_user
from exporter.privacy.birth_dates import OLD_DATE, OLD_DATE_GATE, pick_old_date
from exporter.privacy.caseless_names import CASELESS_NAME, CASELESS_NAME_GATE, pick_caseless_name
from exporter.privacy.command_line_secrets import (
    AUTH_FLAG,
    CMD_FLAG,
    FLAG,
    P4_TICKET,
    PASSWORD_ARGS,
    PASSWORD_FROM_SUBSTITUTION,
    PIPED_LOGIN,
    PRINTED_SECRET,
    PRINTED_SECRET_NEEDLES,
    pick_cmd_flag,
    pick_flag,
    pick_p4_ticket,
    pick_printed_secret,
    piped_login,
)
from exporter.privacy.credential_formats import (
    AUTH_HEADER,
    AUTH_PAIR,
    BARE,
    COOKIE_PAIR,
    ENCODED_PEM,
    LONG_RUN,
    PGPASS,
    PGPASS_GATE,
    PRIVATE_KEY,
    PUTTY_PRIVATE,
    URL_CREDS,
    URL_USER_TOKEN,
    pick_cookie,
    pick_encoded_private_key,
    pick_private_key,
    pick_url_creds,
    pick_url_user_token,
)
from exporter.privacy.display_names import (
    NAME_BEFORE_ANY_ADDRESS,
    NAME_BEFORE_ANY_ADDRESS_NEEDLES,
    NAME_BEFORE_BRACKETED_ADDRESS,
    NAME_BEFORE_BRACKETED_ADDRESS_NEEDLES,
    pick_name_before_any_address,
    pick_name_before_bracketed_address,
)
from exporter.privacy.dwelling_addresses import DWELLING, DWELLING_GATE, pick_dwelling_address
from exporter.privacy.field_names import FIELD_NAME, FIELD_NAME_GATE, pick_field_name
from exporter.privacy.japanese_phones import JAPANESE_PHONE, JAPANESE_PHONE_NEEDLES, pick_japanese_phone
from exporter.privacy.labelled_values import (
    LABELLED_VALUE,
    LABELLED_VALUE_GATE,
    pick_labelled_address,
    pick_labelled_id,
)
from exporter.privacy.named_secrets import (
    ASSIGN,
    INNER_KW,
    K8S_DATA_LINE,
    NAME_VALUE_ARGS,
    PIN_ASSIGN,
    XML_SETTING,
    assign_gate,
    pick_assign_value,
    pick_aws_secret,
    pick_inner_kw,
    pick_k8s_secret_data,
    pick_name_value_args,
    pick_pin,
    pick_xml_setting,
)
from exporter.privacy.national_phones import NATIONAL_PHONE, NATIONAL_PHONE_GATE, pick_national_phone
from exporter.privacy.native_addresses import NATIVE_ADDRESS, NATIVE_ADDRESS_NEEDLES, pick_native_address
from exporter.privacy.native_names import NATIVE_NAME, native_gate, pick_native_name
from exporter.privacy.person_names import (
    BRACKET_NICK,
    CAPITALISED_RUN,
    CHAT_NICK,
    CHAT_SPEAKER,
    CONTACT_OWNER,
    GREETING_OR_SIGNATURE,
    HANDLE_AFTER_NAME,
    HONORIFIC,
    HONORIFIC_NEEDLES,
    JSON_PERSON,
    LOGIN_IN_PLACE,
    LOGIN_NAME,
    LOWER_NAME,
    MENTION,
    NAME_AFTER_FIELD,
    NAME_AFTER_HEADER,
    NAME_BEFORE_ADDRESS,
    NAME_BEFORE_PLACE,
    NAME_KEY_VALUE,
    NEXT_IN_LIST,
    PERSON_ATTRIBUTE,
    ROLE_APPOSITION,
    contact_gate,
    field_gate,
    greeting_gate,
    header_gate,
    login_name_gate,
    login_place_gate,
    lower_name_gate,
    name_key_gate,
    pick_chat_speaker,
    pick_full_name,
    pick_greeting_or_signature,
    pick_handle_after_name,
    pick_honorific,
    pick_login_in_place,
    pick_login_name,
    pick_lower_name,
    pick_mention,
    pick_name_after_field,
    pick_name_after_header,
    pick_name_before_place,
    pick_name_by_itself,
    pick_name_key_value,
    pick_named_group,
    pick_next_in_list,
    pick_person_attribute,
    pick_role_apposition,
    pick_speaker_address,
    role_gate,
    speaker_gate,
)
from exporter.privacy.personal_data import (
    CARD_GATE,
    EMAIL,
    HOSTNAME,
    IBAN_GATE,
    IPV4,
    IPV6,
    NANP_GATE,
    maybe_ipv6,
    pick_email,
    pick_ipv4,
    pick_ipv6,
    ssn_gate,
)
from exporter.privacy.postcode_addresses import (
    STANDALONE_ADDRESS,
    STANDALONE_ADDRESS_NEEDLES,
    pick_standalone_address,
)
from exporter.privacy.printed_ids import PRINTED_ID, PRINTED_ID_GATE, pick_printed_id
from exporter.privacy.prose_passwords import (
    PROSE_PAIR,
    PROSE_PASSWORD,
    PROSE_SHORT,
    PROSE_USER_PAIR,
    pick_prose,
    pick_user_pair,
)
from exporter.privacy.rule_engine import SEP, Rule, bounded, make_rule, secret_value
from exporter.privacy.script_names import (
    GREEK_NAME,
    HAN_NAME,
    greek_gate,
    han_gate,
    pick_greek_name,
    pick_han_name,
)
from exporter.privacy.secret_entries import NAME_VALUE_ENTRY, VALUE_NAME_ENTRY, pick_name_value_entry
from exporter.privacy.session_logins import SESSION_LOGIN, SESSION_LOGIN_NEEDLES, pick_session_login
from exporter.privacy.speaker_names import SPEAKER_COLUMN, pick_speaker_name, speaker_column_gate
from exporter.privacy.street_addresses import (
    ADDRESS_BEFORE_PERSON,
    PERSON_ADDRESS,
    PERSON_ADDRESS_NEEDLES,
    POSTCODE_CELL,
    SPEAKER_ADDRESS,
    SPEAKER_ADDRESS_NEEDLES,
    pick_address_before_person,
    pick_person_address,
)
from exporter.privacy.travel_documents import (
    MRZ_CARD_DATES,
    MRZ_CARD_NAME,
    MRZ_CARD_NUMBER,
    MRZ_DATA,
    MRZ_NAME,
    VEHICLE_REGISTRATION,
    VEHICLE_REGISTRATION_NEEDLES,
    pick_mrz_card_dates,
    pick_mrz_card_name,
    pick_mrz_card_number,
    pick_mrz_data,
    pick_mrz_name,
    pick_vehicle_registration,
)
from exporter.privacy.variable_defaults import VARIABLE_DEFAULT, pick_variable_default

_HEX32_RUN = re.compile(r"[0-9A-F]{32}")

RULES: tuple[Rule, ...] = (
    make_rule("private_key", PRIVATE_KEY, pick=pick_private_key, cased=True),
    make_rule("private_key", PUTTY_PRIVATE, needles=("Private-Lines",), cased=True),
    make_rule("private_key", ENCODED_PEM, pick=pick_encoded_private_key, cased=True),
    make_rule("bearer", AUTH_HEADER, lower=True),
    make_rule("password", AUTH_PAIR, lower=True, needles=("auth",)),
    make_rule("bearer", bounded("bearer") + BARE, lower=True),
    make_rule("bearer", bounded("basic") + BARE, lower=True),
    make_rule("aws_key", r"A(?:KIA|SIA)(?<![A-Za-z0-9_]A[KS]IA)[A-Z0-9]{16}\b", cased=True),
    # The secret access key written right after its key id (`AKIA... / <40 characters>`, `AKIA...:<40>`), as
    # people paste the pair: AWS documents it as 40 characters of base64's alphabet.
    make_rule(
        "aws_secret",
        r"(?<=<redacted:aws_key>)[ \t]*(?:[/,:;|][ \t]*|[ \t]and[ \t]+)?(?P<val>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        needles=("<redacted:aws_key>",),
        pick=checks.pick_generated_value,
    ),
    make_rule(
        "aws_secret",
        r"se(?:cret_?access_?key|cret_?key|ssion_?token)" + SEP + secret_value(),
        lower=True,
        pick=pick_aws_secret,
    ),
    make_rule("github_token", r"gh[pousr]_(?<![A-Za-z0-9_]gh[pousr]_)[A-Za-z0-9]{20,255}"),
    make_rule("github_token", bounded("github_pat_") + r"[A-Za-z0-9_]{20,255}"),
    # (Slack's tokens open with the workspace's numeric id, or a version digit, after the prefix: `xoxb-2635...`,
    # `xoxe.xoxp-1-...`; a word there is a file's or a placeholder's, `2018-xoxo-indieweb-1.jpg`)
    make_rule("slack_token", r"xox[abposre]-(?<![A-Za-z0-9_]xox[abposre]-)\d[A-Za-z0-9-]{9,}"),
    make_rule("slack_token", bounded("xapp-") + r"\d-[A-Za-z0-9-]{10,}"),
    make_rule(
        "slack_token",
        r"hooks\.slack(?:-gov)?\.com/(?:services|workflows|triggers)/(?P<val>(?!<redacted:)[A-Za-z0-9_/-]+)",
    ),
    # Microsoft Teams (Office 365 connectors) and Discord webhook URLs: the path is the credential.
    make_rule(
        "webhook",
        r"\.office\.com/webhook(?:b2)?/(?P<val>(?!<redacted:)[^\s\"'<>]+)",
        needles=(".office.com/webhook",),
    ),
    make_rule(
        "webhook",
        r"discord(?:app)?\.com/api/webhooks/(?P<val>(?!<redacted:)\d+/[\w-]+)",
        needles=("/api/webhooks/",),
    ),
    # Mattermost's incoming webhook URL (`https://<server>/hooks/<26-character id>`): the id alone posts to the
    # channel (round 21, review R3); the URL ends at it (`/hooks/<id>/deliveries` is an API's resource, review R2).
    # GitHub's `/hooks/<digits>` and Zapier's `/hooks/catch/` are other shapes.
    make_rule(
        "webhook",
        r"/hooks/(?P<val>(?=[a-z]{0,25}\d)(?=\d{0,25}[a-z])[a-z0-9]{26})(?![A-Za-z0-9_/-])",
        needles=("/hooks/",),
    ),
    # PagerDuty's Events API v1 URL and Zapier's catch hooks carry their key in the path, as the documented
    # URL shapes show (`/integration/<key>/enqueue`, `/hooks/catch/<account>/<hook key>/`).
    make_rule(
        "webhook",
        r"events\.(?:eu\.)?pagerduty\.com/integration/(?P<val>(?!<redacted:)[0-9A-Za-z]{20,})",
        needles=("pagerduty.com/integration/",),
    ),
    make_rule(
        "webhook",
        r"hooks\.zapier\.com/hooks/catch/(?P<val>(?!<redacted:)\d+/[0-9A-Za-z]+)",
        needles=("hooks.zapier.com/",),
    ),
    make_rule("generic_api_key", bounded("AIza") + r"[0-9A-Za-z_-]{35}", cased=True),
    make_rule("generic_api_key", r"\b[sr]k_(?:live|test)_[0-9A-Za-z]{16,}", needles=("k_live_", "k_test_")),
    make_rule("generic_api_key", bounded("sk-") + r"(?=[\w-]*\d)[A-Za-z0-9_-]{20,}"),
    # GitLab tokens by prefix; routable tokens carry dot-separated parts after the random one.
    make_rule(
        "generic_api_key",
        r"(?<![A-Za-z0-9_])gl(?:pat|dt|ft|soat|rt|cbt|oas|ptt|imt|agent|ffct|sa)-"
        r"[0-9A-Za-z_-]{20,}(?:\.[0-9A-Za-z_-]{2,})*",
        needles=("gl",),
    ),
    # HashiCorp Vault service, batch and recovery tokens
    make_rule("generic_api_key", r"hv[sbr]\.(?<![A-Za-z0-9_]hv[sbr]\.)[A-Za-z0-9_-]{24,}", needles=("hvs.", "hvb.", "hvr.")),
    # A generated token as a URL's user (Sentry DSNs, `https://<token>@host`): userinfo without a password.
    make_rule("generic_api_key", URL_USER_TOKEN, needles=("://",), pick=pick_url_user_token),
    make_rule("generic_api_key", bounded("npm_") + r"[A-Za-z0-9]{36}"),
    # Hugging Face user and organisation tokens: 34 characters, as documented (gitleaks checks the same); a
    # longer run after `hf_` is an identifier (`hf_requiredCharacteristicTypesForDisplayMetadata`).
    make_rule("generic_api_key", bounded("hf_") + r"[A-Za-z0-9]{34}(?![A-Za-z0-9_])"),
    make_rule("generic_api_key", bounded("api_org_") + r"[A-Za-z0-9]{34}(?![A-Za-z0-9_])"),
    make_rule("generic_api_key", bounded("SG.") + r"[\w-]{22}\.[\w-]{43}", cased=True),
    make_rule("generic_api_key", bounded("dop_v1_") + r"[a-f0-9]{64}"),
    make_rule("generic_api_key", bounded("glsa_") + r"[A-Za-z0-9]{32}_[0-9a-fA-F]{8}"),  # Grafana service account
    make_rule("generic_api_key", bounded("glc_") + r"[A-Za-z0-9+/]{32,}={0,2}"),  # Grafana Cloud
    make_rule("generic_api_key", r"shp(?:at|ca|pa|ss)_(?<![A-Za-z0-9_]shp[a-z]{2}_)[a-fA-F0-9]{32}", needles=("shp",)),
    *(make_rule(kind, pattern.pattern, lower=folded, needles=needles, pick=checks.pick_vendor)
      for kind, pattern, folded, needles in checks.vendor_patterns()),
    make_rule("generic_api_key", checks.known_token_pattern()[0], needles=checks.known_token_pattern()[1]),
    make_rule("password", carriers.WIFI_QR, needles=("WIFI:",), pick=carriers.pick_wifi_password, cased=True),
    make_rule("password", carriers.JUNOS_SECRET, needles=("$9$", "plain-text-password-value"), pick=carriers.pick_junos),
    make_rule("password", checks.BITLOCKER_KEY, needles=("-",), pick=checks.pick_bitlocker_key),
    make_rule("jwt", bounded("eyJ") + r"[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*"),
    make_rule("connection_string", URL_CREDS, pick=pick_url_creds),
    # An entry whose `name` field names the secret its `value` field holds (Kubernetes env, JSON cookies).
    make_rule("password", NAME_VALUE_ENTRY, needles=("value",), pick=pick_name_value_entry),
    make_rule("password", VALUE_NAME_ENTRY, needles=("value",), pick=pick_name_value_entry),
    # A Terraform variable whose label names the secret its `default` holds (round 31).
    make_rule("password", VARIABLE_DEFAULT, needles=("variable",), pick=pick_variable_default),
    make_rule("password", ASSIGN, lower=True, gate=assign_gate, pick=pick_assign_value),
    make_rule("password", PIN_ASSIGN, lower=True, needles=("pin",), pick=pick_pin),
    make_rule("password", FLAG, lower=True, pick=pick_flag),
    make_rule(
        "password",
        CMD_FLAG,
        needles=("mysql", "mariadb", "login", "sshpass", "redis-cli", "curl", "ldap", " -p", " -P", "snmp"),
        pick=pick_cmd_flag,
    ),
    make_rule("password", PIPED_LOGIN, gate=piped_login, pick=lambda m, t, f: m.span("val")),
    make_rule("password", PASSWORD_FROM_SUBSTITUTION, lower=True, needles=("<(echo", "<(printf")),
    make_rule("password", AUTH_FLAG, lower=True, needles=("-auth ",)),
    make_rule("password", P4_TICKET, needles=(":",), gate=_HEX32_RUN.search, pick=pick_p4_ticket),
    # A presigned URL's signature (AWS SigV4, Google's V4): it grants the request until it expires.
    make_rule("generic_api_key", r"x-(?:amz|goog)-signature=(?P<val>[0-9a-f]{64,512})(?![0-9a-f])", lower=True,
              needles=("-signature=",)),
    make_rule("password", PRINTED_SECRET, lower=True, needles=PRINTED_SECRET_NEEDLES, pick=pick_printed_secret),
    make_rule("password", XML_SETTING, lower=True, needles=("key=", "name="), pick=pick_xml_setting),
    make_rule(
        "password",
        r"<(?P<tag>[\w.:-]{0,40}(?:password|passwd|secret|token|api_?key))>(?P<val>[^<\s][^<]{0,200})</",
        lower=True,
        needles=("password>", "passwd>", "secret>", "token>", "key>"),
        pick=lambda m, t, f: m.span("val"),
    ),
    make_rule(
        "password",
        r"net[ \t]+use[ \t]+[^\s]+[ \t]+/user:[^\s]+[ \t]+" + secret_value(),
        lower=True,
        needles=("net use",),
        pick=lambda m, t, f: m.span("val"),
    ),
    make_rule("password", PROSE_PASSWORD, lower=True, needles=("pass",), pick=pick_prose),
    make_rule("password", PROSE_PAIR, lower=True, needles=("cred", "login"), pick=pick_prose),
    make_rule("password", PROSE_USER_PAIR, lower=True, needles=("cred", "login"), pick=pick_user_pair),
    make_rule("password", PROSE_SHORT, lower=True, needles=("pw", "passcode"), pick=pick_prose),
    # Every value in a Kubernetes Secret's `data:` or `stringData:` block, whatever its key.
    make_rule("password", K8S_DATA_LINE, needles=("kind: Secret",), pick=pick_k8s_secret_data),
    # netrc and ftp scripts: `machine host login user password secret`
    make_rule("password", r"login\s+\S+\s+password\s+(?P<val>\S+)", lower=True, needles=("login",),
          pick=lambda m, t, f: m.span("val")),
    make_rule("password", NAME_VALUE_ARGS, needles=('",', "',"), pick=pick_name_value_args),
    make_rule(
        "password",
        INNER_KW,
        lower=True,
        needles=("secret", "token", "passw", "pwd", "api"),
        pick=pick_inner_kw,
    ),
    make_rule(
        "password",
        PASSWORD_ARGS,
        lower=True,
        needles=("change_password", "add_user", "htpasswd", "password", "identified"),
        pick=lambda m, t, f: next(m.span(g) for g in "abc" if m[g] is not None),
    ),
    make_rule("password", PGPASS, gate=PGPASS_GATE, pick=lambda m, t, f: m.span("val")),
    make_rule("password", COOKIE_PAIR, lower=True, needles=("cookie",), pick=pick_cookie),
    make_rule("password", slots.HERE_STRING, lower=True, needles=("<<<",), pick=slots.pick_here_string),
    make_rule("password", slots.NET_USER, lower=True, needles=("net user",), pick=lambda m, t, f: m.span("val")),
    make_rule("password", slots.SECURE_STRING, lower=True, needles=("convertto-securestring",), pick=slots.pick_user_percent),
    make_rule("password", slots.COMPOUND_NAME_SPACE_VALUE, lower=True, needles=("pass", "secret", "token", "key", "pw"),
          pick=slots.pick_compound_name),
    # Places without an assignment (`credential_slots`): near a word for password, directives,
    # Windows switches, `user%password`, `(user/password)`, "X is the password", "log in as U with X".
    make_rule("password", slots.DIRECTIVE, lower=True, needles=("pass", "pw", "secret", "token", "key", "auth", "cred", "psk"),
          pick=slots.pick_directive),
    make_rule("password", slots.WINDOWS_SWITCH, lower=True, needles=("/p", "/rp"), pick=slots.pick_windows_switch),
    make_rule("password", slots.USER_PERCENT, needles=("%",), pick=slots.pick_user_percent),
    make_rule("password", slots.IS_THE_PASSWORD, lower=True, gate=slots.is_the_password_gate, pick=slots.pick_value_group),
    make_rule("password", slots.LOGIN_AS_WITH, lower=True, needles=("in as ",), pick=slots.pick_login_as_with),
    make_rule("password", slots.USER_SLASH_PASSWORD, needles=("/",), pick=slots.pick_user_slash_password),
    make_rule("password", slots.PROSE_LOGIN_PAIR, lower=True, needles=slots.PROSE_LOGIN_PAIR_NEEDLES,
              pick=slots.pick_prose_login_pair),
    make_rule("password", slots.USER_SPACED_SLASH_PASSWORD, needles=(" / ",), pick=slots.pick_user_spaced_slash_password),
    make_rule("password", slots.MFA_CODES, lower=True, needles=("code",), pick=slots.pick_mfa_codes),
    make_rule("password", slots.QUOTED_USER_SLASH_PASSWORD, needles=("` / `", "`/`"), pick=slots.pick_user_slash_password),
    make_rule("generic_api_key", slots.HEX_AFTER_KEY_NOUN, lower=True, needles=("key", "token", "secret"),
              pick=slots.pick_hex_after_key_noun),
    make_rule("password", slots.PASSWORD_WORD, lower=True, needles=slots.PASSWORD_WORD_NEEDLES, pick=slots.pick_near_word),
    make_rule("password", slots.SECRET_WORD, lower=True, needles=("secret", "token", "key"), pick=slots.pick_near_secret_word),
    # A DER private key (PKCS#8, PKCS#1, SEC1, PKCS#12) as base64, its wrapped lines with it.
    structures.DER_PRIVATE_KEY,
    # A generated token with no name or known format around it (pasted into prose or a log line).
    make_rule("generic_api_key", shape.BARE_TOKEN, gate=LONG_RUN.search, pick=shape.pick_bare_token),
    # A password typed with symbols, with nothing naming it.
    make_rule("password", shape.BARE_PASSWORD, pick=shape.pick_bare_password),
    # ... and with fewer symbols, when nothing else it could be fits (round 23).
    typed_passwords.RULE,
    # ... and words joined, then digits and one symbol, as a policy makes people write them (round 26).
    memorable_passwords.RULE,
    # ... and letters and digits as a generator mixes them, shorter than a bare token (round 28).
    generated_passwords.RULE,
    # Credentials told by the structure around them (a label, a parenthesis, a verb, an SQL row, a changed value),
    # after every other credential rule: these read only what those left.
    *structures.RULES,
    # Credentials carried inside something else: encoded JSON, a webhook's URL, an API key's label, a security answer.
    *carriers.RULES,
    # Logins handed over in prose or a pasted file: a one-time code, an account's pair, a .pgpass line, `net use`.
    *logins.RULES,
    # "password" and "code" as loanwords in any script, read by their letters' sounds.
    *loanwords.RULES,
    # A one-time code later on a line that names an SMS or an OTP, words of any language between (round 25).
    *one_time_codes.RULES,
    make_rule("email", EMAIL, pick=pick_email),
    # An address percent-encoded in a URL's query (`?email=sipho.ndlovu%40mweb.co.za`).
    make_rule("email", "%40" + EMAIL[1:], needles=("%40",), pick=pick_email),
    # Checksummed and numbering-plan identifiers: a cheap candidate shape, then the library's check.
    make_rule(
        "iban",
        r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])",
        gate=IBAN_GATE.search,
        pick=checks.pick_iban,
        cased=True,
    ),
    make_rule(
        "card_number",
        r"(?<![\w.+/-])\d(?:[ -]?\d){12,18}(?![\w.]|-\d)",
        gate=CARD_GATE.search,
        pick=checks.pick_card,
    ),
    make_rule(
        "national_id",
        r"(?P<ctx>(?:\bssn|social security(?: number| no\.?)?)(?:[\s:#=]|(?<=\s)(?:is|was)(?=\s))*)?(?<![\w-])"
        r"(?P<num>\d{3}(?P<sep>[-. ])\d{2}(?P=sep)\d{4}|(?<=[\s:#=])\d{9})(?![\w-]|\.\d)",
        lower=True,
        gate=ssn_gate,
        pick=checks.pick_ssn,
    ),
    # Other countries' ids after their own name, checked by python-stdnum; a date after a birth label.
    make_rule("national_id", ids.LABELLED_ID, lower=True, needles=ids.LABELLED_ID_NEEDLES, pick=ids.pick_labelled_id),
    # A CPF, a NIR or a National Insurance number by the form only its scheme prints, with its check (printed_ids.py).
    make_rule("national_id", PRINTED_ID, gate=PRINTED_ID_GATE, pick=pick_printed_id),
    # A passport's or an identity card's machine-readable zone: the name line by its shape, the data line by its checks.
    make_rule("national_id", MRZ_DATA, needles=("<",), pick=pick_mrz_data, cased=True),
    make_rule("person_name", MRZ_NAME, needles=("<<",), pick=pick_mrz_name, cased=True),
    make_rule("national_id", MRZ_CARD_NUMBER, needles=("<",), pick=pick_mrz_card_number, cased=True),
    make_rule("national_id", MRZ_CARD_DATES, needles=("<",), pick=pick_mrz_card_dates, cased=True),
    make_rule("person_name", MRZ_CARD_NAME, needles=("<<",), pick=pick_mrz_card_name, cased=True),
    make_rule("vehicle_registration", VEHICLE_REGISTRATION, lower=True, needles=VEHICLE_REGISTRATION_NEEDLES,
              pick=pick_vehicle_registration),
    make_rule("date_of_birth", ids.DATE_OF_BIRTH, lower=True, needles=ids.DATE_OF_BIRTH_NEEDLES,
              pick=ids.pick_date_of_birth),
    # A whole date of a year only a living adult was born in, whatever the words around it (birth_dates.py).
    make_rule("date_of_birth", OLD_DATE, gate=OLD_DATE_GATE, pick=pick_old_date),
    make_rule("postal_address", ids.POSTAL_ADDRESS, lower=True, needles=ids.POSTAL_ADDRESS_NEEDLES,
              pick=ids.pick_postal_address),
    # The same under the labels other languages and scripts write (native_addresses.py).
    make_rule("postal_address", NATIVE_ADDRESS, lower=True, needles=NATIVE_ADDRESS_NEEDLES, pick=pick_native_address),
    make_rule("phone", r"\+(?<![\w+]\+)\d[\d \t().-]{5,18}\d(?![\d])", needles=("+",), pick=checks.pick_phone),
    make_rule("phone", r"\((?<!\w\()\d{3}\)[ .-]?\d{3}[ .-]\d{4}(?!\d)", needles=("(",), pick=checks.pick_phone),
    make_rule(
        "phone",
        r"(?<![\w.-])(?:1(?P<p>[.-]))?\d{3}(?P<s>[.-])\d{3}(?P=s)\d{4}(?![\w.-])",
        gate=NANP_GATE.search,
        pick=checks.pick_phone,
    ),
    make_rule(
        "phone",
        # a word that says phone, a few words that say where (`callback requested on`, `number is`), the number
        r"(?:phone|tel|mobile|cell|sms|whatsapp|fax|contact|hotline|call(?:[ \t]?back)?|text[ \t]+me"
        r"|(?:['’]s|backup|escalation|emergency|home|work|direct|personal|my|his|her|their|your|our)[ \t]+number"
        # the same words in the languages tickets come in (`Ring meg på`, `Handynummer`, `Contacto de emergencia`)
        r"|(?P<foreign>ring[ \t]+(?:meg|mig|oss|os)|tlf|telefon(?:nummer|u)?|mobil(?:nummer|telefon)?|handynummer"
        r"|tel[ée]fono|m[óo]vil|celular|contacto(?:[ \t]+de[ \t]+emergencia)?|contactpersoon|notfallkontakt"
        r"|n[øo]dkontakt"
        # (round 19: French, Dutch, and the words in their own scripts: Korean, Hebrew, Arabic, Cyrillic, Thai, Hindi,
        # Chinese; the number is then read in every region's plan, as after the other languages' words)
        r"|portable|telefoon(?:nummer)?|mobiel(?:e[ \t]+nummer)?|휴대(?:폰|전화)|전화(?:번호)?|연락처|טלפון|נייד"
        r"|هاتف|جوال|телефон|мобільний|мобильный|โทรศัพท์|มือถือ|फ़ोन|फोन|मोबाइल|手机|电话))"
        # (between the word and the number: a few words, or the contact's name and address already redacted)
        r"(?![a-z])(?:[ \t:]{1,3}(?:is|on|at|me|us|home|requested|number|no\.?|p[åa]|unter|al|au"
        r"|שלי|הוא|<redacted:(?:person_name|email)>,?)(?![a-z])){0,4}[\s:.#,：]*"
        r"(?P<num>\+?[\d(][\d \t().-]{5,18}\d)",
        lower=True,
        needles=("phone", "tel:", "tel.", "tel ", "mobile", "cell", "sms", "whatsapp", "fax", "contact", "hotline",
                 "call", "number", "ring ", "tlf", "telefon", "mobil", "handynummer", "tel", "móvil", "movil", "celular",
                 "kontakt", "text ", "portable", "mobiel", "휴대", "전화", "연락처", "טלפון", "נייד", "هاتف", "جوال", "телефон",
                 "мобільний", "мобильный", "โทรศัพท์", "มือถือ", "फ़ोन", "फोन", "मोबाइल", "手机", "电话"),
        pick=checks.pick_named_phone,
    ),
    # A number a person or an address was just given (`booked with <name> on 07700 900 845`, `<name>, <e-mail>, 06
    # 12345678`): a contact card's or a sentence's phone, in national format with groups split by spaces.
    # (from the character after the placeholder: a match may not start inside one)
    # (a table's cell too: `| <name> | <e-mail> | 07874 219 655 |`; a sentence's full stop may end the number)
    make_rule("phone", r"[ \t,;:(|–-](?<=_name>[ \t,;:(|–-]|email>[ \t,;:(|–-])[ \t|]*(?:(?:on|at)(?![a-z])[ \t]*)?"
              r"(?P<num>\+?\d[\d ]{5,18}\d)(?![\d:/-]|\.\d)", lower=True, needles=("<redacted:",),
              pick=checks.pick_owned_phone),
    make_rule(
        "phone",
        r'"(?P<key>phone(?:_?number)?|mobile|msisdn|tel|telephone|cell|address|number|value)"[ \t]*:[ \t]*'
        r'"(?P<num>\+?[\d(][\d \t().-]{5,18}\d)"',
        lower=False,
        needles=('":',),
        pick=checks.pick_json_phone,
    ),
    # A number grouped as a country's national format prints it, valid in that plan, whatever word is before it
    # (national_phones.py).
    make_rule("phone", NATIONAL_PHONE, gate=NATIONAL_PHONE_GATE, pick=pick_national_phone),
    # After every credential rule, so a name never swallows a secret's slot word.
    # Names are capitalised, bar the ones chat writes all in lower case (the last rule).
    make_rule("person_name", NAME_AFTER_FIELD, gate=field_gate, pick=pick_name_after_field, prose=True, cased=True),
    # A card's verification value after its label (`cvv 4417`, `CVC: 123`): 3 or 4 digits, as the networks print it.
    make_rule(
        "card_number",
        # (only the card networks' own names: `security code 403` is a WAF's, `CSC #4412` a ticket's)
        r"(?<![a-z])(?:cvv2?|cvc2?|card security code)(?![a-z])[ \t]*[:#=]?[ \t]*(?P<val>\d{3,4})(?![\d.,/:-])",
        lower=True,
        needles=("cvv", "cvc", "card security code"),
        pick=checks.pick_card_code,
    ),
    make_rule("person_name", NAME_AFTER_HEADER, gate=header_gate, pick=pick_name_after_header, cased=True),
    make_rule("person_name", NAME_BEFORE_ADDRESS, needles=("@", "<redacted:email>>"), pick=pick_named_group, cased=True),
    make_rule("person_name", CHAT_SPEAKER, gate=speaker_gate, pick=pick_chat_speaker, cased=True),
    # The speaker after a bare time or a day and a dash, and a speaker's name in another script (speaker_names.py).
    make_rule("person_name", SPEAKER_COLUMN, gate=speaker_column_gate, pick=pick_speaker_name),
    make_rule("person_name", JSON_PERSON, needles=('":',), pick=pick_named_group, cased=True),
    make_rule("person_name", PERSON_ATTRIBUTE, needles=("r=",), pick=pick_person_attribute, cased=True),
    make_rule("person_name", CHAT_NICK, needles=("<",), pick=pick_name_by_itself, cased=True),
    make_rule("person_name", BRACKET_NICK, needles=("):",), pick=pick_name_by_itself, cased=True),
    make_rule("person_name", HONORIFIC, needles=HONORIFIC_NEEDLES, pick=pick_honorific, prose=True, cased=True),
    make_rule("person_name", NAME_KEY_VALUE, gate=name_key_gate, pick=pick_name_key_value, cased=True),
    make_rule("person_name", CONTACT_OWNER, gate=contact_gate, pick=pick_name_by_itself, prose=True, cased=True),
    make_rule("person_name", CAPITALISED_RUN, pick=pick_full_name, prose=True, cased=True),
    make_rule("person_name", NAME_BEFORE_PLACE, pick=pick_name_before_place, prose=True, cased=True),
    make_rule("person_name", ROLE_APPOSITION, lower=True, gate=role_gate, pick=pick_role_apposition, prose=True,
              cased=True),
    make_rule("person_name", LOGIN_IN_PLACE, lower=True, gate=login_place_gate, pick=pick_login_in_place, prose=True),
    make_rule("person_name", GREETING_OR_SIGNATURE, gate=greeting_gate, pick=pick_greeting_or_signature, prose=True,
              cased=True),
    make_rule("person_name", LOWER_NAME, gate=lower_name_gate, pick=pick_lower_name, prose=True),
    make_rule("person_name", LOGIN_NAME, gate=login_name_gate, pick=pick_login_name),
    make_rule("person_name", MENTION, needles=("@",), pick=pick_mention),
    # Names in Han characters and in Greek (script_names.py).
    make_rule("person_name", HAN_NAME, gate=han_gate, pick=pick_han_name, prose=True),
    make_rule("person_name", GREEK_NAME, gate=greek_gate, pick=pick_greek_name, prose=True, cased=True),
    # Names in Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul and Han by their locales' name lists (native_names.py).
    make_rule("person_name", NATIVE_NAME, gate=native_gate, pick=pick_native_name, prose=True),
    make_rule("person_name", NAME_BEFORE_BRACKETED_ADDRESS, needles=NAME_BEFORE_BRACKETED_ADDRESS_NEEDLES,
              pick=pick_name_before_bracketed_address, cased=True),
    make_rule("person_name", NAME_BEFORE_ANY_ADDRESS, needles=NAME_BEFORE_ANY_ADDRESS_NEEDLES,
              pick=pick_name_before_any_address),
    make_rule("phone", JAPANESE_PHONE, needles=JAPANESE_PHONE_NEEDLES, pick=pick_japanese_phone),
    # A street address with its postcode and town right after a person's redacted name (street_addresses.py).
    make_rule("postal_address", PERSON_ADDRESS, needles=PERSON_ADDRESS_NEEDLES, pick=pick_person_address, cased=True),
    make_rule("postal_address", ADDRESS_BEFORE_PERSON, needles=PERSON_ADDRESS_NEEDLES, pick=pick_address_before_person,
              cased=True),
    make_rule("postal_address", POSTCODE_CELL, needles=PERSON_ADDRESS_NEEDLES, cased=True),
    make_rule("postal_address", SPEAKER_ADDRESS, needles=SPEAKER_ADDRESS_NEEDLES, pick=pick_speaker_address, cased=True),
    make_rule("person_name", NEXT_IN_LIST, needles=("<redacted:person_name>",), pick=pick_next_in_list, cased=True),
    # (after the phone and name rules: a phone or a name after its label is one)
    # An address's or an identifying number's shape after a form's label in any language (labelled_values.py).
    make_rule("postal_address", LABELLED_VALUE, gate=LABELLED_VALUE_GATE, pick=pick_labelled_address),
    make_rule("national_id", LABELLED_VALUE, gate=LABELLED_VALUE_GATE, pick=pick_labelled_id),
    # A home's address by its dwelling's number beside another part of an address, in any language (dwelling_addresses.py).
    make_rule("postal_address", DWELLING, lower=True, gate=DWELLING_GATE, pick=pick_dwelling_address),
    # A person's address with no name right before it, when its postcode's shape names an English-speaking country
    # (postcode_addresses.py; after the rules above, which take a dwelling's flat with it: `Flat 2, 9 Hill Street`).
    make_rule("postal_address", STANDALONE_ADDRESS, needles=STANDALONE_ADDRESS_NEEDLES, pick=pick_standalone_address,
              cased=True),
    # A name of two to four words of a script without case filling a form's field (caseless_names.py).
    make_rule("person_name", CASELESS_NAME, gate=CASELESS_NAME_GATE, pick=pick_caseless_name, prose=True),
    # A listed given name and surname filling a form's field under a label of any language (field_names.py).
    make_rule("person_name", FIELD_NAME, gate=FIELD_NAME_GATE, pick=pick_field_name, prose=True, cased=True),
    make_rule("person_name", HANDLE_AFTER_NAME, needles=("<redacted:person_name>",), pick=pick_handle_after_name),
    # The user an HTTP access log's line authenticated as, when made of a person's names (access_log_users.py).
    make_rule("person_name", ACCESS_LOG_USER, needles=ACCESS_LOG_USER_NEEDLES, pick=pick_access_log_user),
    # The account a login session's record names (`last`, sudo's journal, a home directory, an ssh target), when made
    # of a person's names (session_logins.py).
    make_rule("person_name", SESSION_LOGIN, needles=SESSION_LOGIN_NEEDLES, pick=pick_session_login),
    make_rule("ipv6", IPV6, gate=maybe_ipv6, pick=pick_ipv6),
    make_rule("ipv4", IPV4, pick=pick_ipv4),
    make_rule("hostname", HOSTNAME, lower=True, needles=(".",)),
)
