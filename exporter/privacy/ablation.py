"""Names for this round's redaction rules, so the bench can leave any of them out.

`bench/redaction.py --lobo` estimates how a rule travels: for each batch left out, it keeps a rule only if
the other batches' dev halves gain from it and lose nothing, then scores the left-out batch. To do that it
switches rules off by name here (`OFF`). The product never changes `OFF`; every rule is on.
"""

from __future__ import annotations

# This round's rules, each described where it is used.
RULES: tuple[str, ...] = (
    "same_person",  # person_names.same_person_elsewhere
    "product_header",  # secret_shape.pick_bare_token
    "accessor",  # secret_shape.pick_bare_token
    "system_sender_name",  # person_names
    "generated_pod_name",  # credential_slots.pick_near_word, secret_shape.pick_bare_token
    "login_slash_secret",  # credential_slots
    "secret_printed",  # command_line_secrets
    "pii_owner",  # person_names.owner_of_personal_data
)
OFF: set[str] = set()


def on(rule: str) -> bool:
    return rule not in OFF
