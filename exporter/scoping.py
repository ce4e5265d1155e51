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

    def require_global_reader(self) -> None:
        """Global aggregates are for `global_reader` tokens only: org tokens see their own org."""
        if self.role != "global_reader":
            raise Forbidden("this token cannot read global aggregates")

    def require_admin(self) -> str:
        """Org-wide settings and acting on another person's data: org admins only."""
        org = self.require_org()
        if self.role != "org_admin":
            raise Forbidden("this needs an org admin token")
        return org

    def data_subject(self, claimed: str | None) -> str:
        """Whose personal data (preferences, delete-my-data) a request is about.

        A user token is always about its own user. An org admin names the person; a service token
        may not decide for a person at all, since these are that person's own choices.
        """
        self.require_org()
        if self.role == "user":
            return self.acting_user(claimed) or ""
        if self.role == "org_admin" and claimed:
            return claimed
        if self.role == "org_admin":
            raise Forbidden("an org admin must name the user")
        raise Forbidden("only the person or an org admin may do this")


def visible(
    principal: Principal,
    acting_user: str | None = None,
    *,
    alias: str = "",
    scoped: bool = True,
    personal_only: bool = False,
) -> tuple[str, dict[str, str | None]]:
    """A WHERE fragment (and its parameters) selecting exactly the rows this caller may read.

    Rows another person shared with the org (`scope` org) are hidden once that person opted out
    of contributing (`contributing()`); their own rows always stay visible to them.

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
    # An opted-out person's shared rows stop being shared; they still serve that person.
    shared = f"{p}scope <> 'user' AND {contributing(alias)}"
    if user is None:
        return f"{p}org_id = :_scope_org AND {shared}", params
    return (
        f"{p}org_id = :_scope_org AND (({shared}) OR {p}user_id = :_scope_user)",
        params,
    )


def _qualifier(alias: str) -> str:
    """Columns of the outer row, qualified: unqualified, inside the subqueries below they would bind
    to the subquery's own table (user_profiles.org_id), and one opt-out would hide everyone's rows."""
    if not alias:
        raise ValueError("the outer table needs an alias")
    return f"{alias}."


def contributing(alias: str, user_column: str = "user_id") -> str:
    """A WHERE fragment keeping only rows of people who let the org learn from them.

    Aggregation (org patterns, global patterns, case sharing) ANDs this in; the rows still serve
    their owner through `visible()`. Rows without a person (alert history) always pass. A person
    opts out in `user_profiles.contribute`; the fragment reads it per row, so an opt-out takes
    effect on the next pass without copying anything.
    """
    p = _qualifier(alias)
    return (
        f"({p}{user_column} IS NULL OR {p}{user_column} = '' OR NOT EXISTS (SELECT 1 FROM user_profiles up_ "
        f"WHERE up_.org_id = {p}org_id AND up_.user_id = {p}{user_column} AND up_.contribute = 0))"
    )


def global_contributing(alias: str, user_column: str = "user_id") -> str:
    """`contributing()` plus the org's own switch: an org may keep all of its rows out of global aggregates."""
    return f"{contributing(alias, user_column)} AND {org_contributes_globally(alias)}"


def org_contributes_globally(alias: str) -> str:
    """Rows of orgs that did not switch off global aggregation (for rows without a person, e.g. alerts)."""
    p = _qualifier(alias)
    return (
        f"NOT EXISTS (SELECT 1 FROM privacy_settings ps_ WHERE ps_.org_id = {p}org_id "
        f"AND ps_.contribute_global = 0)"
    )


def person_digest(org: str, user: str) -> str:
    """A stable pseudonym of one person, for bookkeeping that must outlive their id (receipts, archive members)."""
    import hashlib

    return hashlib.sha256(f"{org}\0{user}".encode()).hexdigest()[:32]
