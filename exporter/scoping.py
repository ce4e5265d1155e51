"""Who may read and write which rows: the one place that decides it.

Every stored row carries `org_id`, and `user_id` where it belongs to a person; rows with a `scope`
column are `user` (only that person), `org` (everyone in the org) or `global` (anonymous
aggregates). Handlers never build their own WHERE clauses for this: they ask `visible()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from exporter.config import TokenGrant

SCOPES = ("user", "org", "global")


class Forbidden(PermissionError):
    """The caller's token does not allow this; rendered as 403 without naming what exists."""


@dataclass(frozen=True)
class Principal:
    """The caller, as its bearer token describes it."""

    org_id: str | None
    user_id: str | None
    role: str

    @classmethod
    def from_grant(cls, grant: TokenGrant) -> Principal:
        return cls(org_id=grant.org, user_id=grant.user, role=grant.role)

    def require_org(self) -> str:
        if self.org_id is None or self.role == "global_reader":
            raise Forbidden("this token cannot read or write organisation data")
        return self.org_id

    def acting_user(self, claimed: str | None) -> str | None:
        """The person a request is made for.

        A user-bound token always acts as its own user and may not claim another; a service token
        (the AI helper itself) names the user it acts for in the payload.
        """
        if self.user_id is not None:
            if claimed is not None and claimed != self.user_id:
                raise Forbidden("this token may only act for its own user")
            return self.user_id
        if self.role == "user":
            raise Forbidden("a user token must be bound to a user")
        return claimed

    def check_org(self, claimed_org: str | None) -> str:
        org = self.require_org()
        if claimed_org is not None and claimed_org != org:
            raise Forbidden("this token may only write its own organisation's data")
        return org


def visible(
    principal: Principal,
    acting_user: str | None = None,
    *,
    alias: str = "",
    scoped: bool = True,
    personal_only: bool = False,
) -> tuple[str, dict[str, str | None]]:
    """A WHERE fragment (and its parameters) selecting exactly the rows this caller may read.

    `scoped` is False for tables without a `scope` column whose rows are all one person's
    (audit events, feedback): then only the acting user's rows are visible, or every row of the
    org to an org admin or service token. `personal_only` limits any caller to rows of the acting
    user (profiles, "my data").
    """
    org = principal.require_org()
    p = f"{alias}." if alias else ""
    user = acting_user if acting_user is not None else principal.user_id
    params: dict[str, str | None] = {"_scope_org": org, "_scope_user": user}
    if personal_only or (not scoped and principal.role == "user"):
        if user is None:
            return "1 = 0", params
        return f"{p}org_id = :_scope_org AND {p}user_id = :_scope_user", params
    if not scoped:
        return f"{p}org_id = :_scope_org", params
    if user is None:
        return f"{p}org_id = :_scope_org AND {p}scope <> 'user'", params
    return (
        f"{p}org_id = :_scope_org AND ({p}scope <> 'user' OR {p}user_id = :_scope_user)",
        params,
    )
