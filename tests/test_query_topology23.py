"""What holds what, learned from the queries the helper ran (issue 15, round 23): label matchers written together
in one selector of an executed query (`QuerySummary.executed`) say what one alert's labels say, so a team written
beside its service reads as holding it (a question about the team and one about the service: nested, a partial).
Two services of one team stay siblings, and a negated or regex matcher teaches nothing. Through the API on SQLite
and PostgreSQL. Invented names only (tussock, emu, wombat)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from detectors.query_selectors import selector_labels
from tests.test_querymem_api import lookup, record

T0 = datetime(2024, 5, 10, 9, 0, tzinfo=UTC)
TOGETHER = [{"datasource": "prometheus", "query": 'sum(rate(http_requests_total{team="tussock",service="emu-api"}[5m]))'},
            {"datasource": "alertmanager", "query": 'team="tussock",service="emu-queue",severity="critical"'}]
NEGATED = [{"datasource": "prometheus", "query": 'sum(rate(http_requests_total{team!="tussock",service="emu-api"}[5m]))'},
           {"datasource": "alertmanager", "query": 'team=~"tussock",service="emu-api"'}]


# -- reading a query's selectors -------------------------------------------------------------------


def test_each_brace_group_is_one_label_set_and_a_filter_without_braces_is_one():
    assert selector_labels('sum(rate(x{service="emu-api", namespace="flock"}[5m])) / sum(rate(x{team="tussock"}[5m]))') \
        == [{"service": "emu-api", "namespace": "flock"}, {"team": "tussock"}]
    assert selector_labels('service="emu-api",severity="critical",since=2024-05-10T00:00:00Z') \
        == [{"service": "emu-api", "severity": "critical"}]
    assert selector_labels('{ resource.service.name = "emu-api" && duration > 2s }') \
        == [{"resource.service.name": "emu-api"}]


def test_negated_regex_and_alternative_matchers_are_not_read():
    assert selector_labels('up{team!="tussock",service="emu-api"}') == [{"service": "emu-api"}]
    assert selector_labels('namespace="flock",pod=~"emu-api-.*"') == [{"namespace": "flock"}]
    assert selector_labels('{ resource.service.name = "emu-api" || resource.team = "tussock" }') == []
    assert selector_labels('{namespace="flock"} |= "x" | line_format "{{.route}}"') == [{"namespace": "flock"}]


def test_a_negation_written_outside_the_matcher_negates_it():
    for query in ('{ service = "emu-api" && !(team = "tussock") }', 'service="emu-api" && !(team="tussock")',
                  "SELECT count(*) FROM incidents WHERE NOT team = 'tussock' AND service = 'emu-api'"):
        assert not any(len(labels) > 1 for labels in selector_labels(query)), query
    assert selector_labels("SELECT count(*) FROM incidents WHERE team = 'tussock' AND service = 'emu-api'") \
        == [{"team": "tussock", "service": "emu-api"}]


def test_a_filter_without_braces_holding_several_statements_is_read_piece_by_piece():
    for query in ('team="tussock"\nservice="emu-api"', 'team="tussock"; service="emu-api"',
                  'team="tussock" | service="emu-api"', 'incidents(team="tussock") + alerts(service="emu-api")'):
        assert selector_labels(query) == [{"team": "tussock"}, {"service": "emu-api"}], query
    assert selector_labels('team="tussock",service="emu-api" UNION team="quarry"') \
        == [{"team": "tussock", "service": "emu-api"}, {"team": "quarry"}]
    # (separators inside a quoted value are the value's)
    assert selector_labels('route="/a(b);c|d",team="tussock",service="emu-api"') \
        == [{"route": "/a(b);c|d", "team": "tussock", "service": "emu-api"}]


def test_a_value_holding_the_word_or_is_a_value():
    assert selector_labels('{service="emu-api", msg="or else"}') == [{"service": "emu-api", "msg": "or else"}]


@given(st.text(alphabet='{}=!~"\', |abcorteam-_.', max_size=300))
def test_any_query_text_reads_without_error(query):
    for labels in selector_labels(query):
        assert labels and all(isinstance(v, str) for v in labels.values())


# -- the product path: summaries with their executed queries, then a lookup -------------------------


def _history(client, executed, cached="list alerts tussock team last 1h"):
    """Two questions of the org, with what the helper ran for them; then the question the lookup is compared to."""
    for i, text in enumerate(("p99 latency of emu-api last week", "restarts of emu-queue this week")):
        record(client, text, T0 - timedelta(days=1, hours=i), user="ana", executed=executed)
    record(client, cached, T0)


def _asked(client, text):
    return lookup(client, text, T0 + timedelta(minutes=1))


def test_a_team_written_beside_its_service_in_executed_queries_reads_as_nested(client):
    _history(client, TOGETHER)
    out = _asked(client, "list alerts emu-api last 1h")
    assert out["decision"] == "partial", out["why"]
    assert "tussock > emu-api" in out["why"]["terms"]["nested"]


def test_two_services_of_one_team_stay_siblings(client):
    _history(client, TOGETHER, cached="list alerts emu-api last 1h")
    assert _asked(client, "list alerts emu-queue last 1h")["decision"] == "miss"


def test_a_negated_or_regex_matcher_teaches_nothing(client):
    _history(client, NEGATED)
    assert _asked(client, "list alerts emu-api last 1h")["decision"] == "miss"


def test_the_refresh_reads_a_bounded_share_of_the_latest_queries(client, app):
    from exporter.querymem.memory import TOPOLOGY_QUERIES, query_labels

    many = [{"datasource": "prometheus", "query": f'up{{team="tussock",service="emu-{i}"}}'}
            for i in range(TOPOLOGY_QUERIES + 2)]
    record(client, "restarts of the emu services this week", T0 - timedelta(days=2), executed=many)
    record(client, "p99 latency of wombat-db last week", T0 - timedelta(days=1),
           executed=[{"datasource": "prometheus", "query": 'up{team="quarry",service="wombat-db"}'}])
    store = app.extensions["learning"].query_memory.store
    labels = query_labels(store, "acme")
    assert labels[0] == {"team": "quarry", "service": "wombat-db"}  # the latest first
    assert len(labels) == 1 + TOPOLOGY_QUERIES  # at most TOPOLOGY_QUERIES of one summary
    assert query_labels(store, "acme", budget=len('up{team="quarry",service="wombat-db"}')) == labels[:1]
