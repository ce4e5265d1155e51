"""An org's declared aliases in the comparison: "Birch" is ehr-web, only where the table says so."""

from __future__ import annotations

from detectors.org_aliases import compile_aliases
from detectors.query_compare import read_facts, relate

HALDEN = compile_aliases({"ehr-web": ["Birch", "the EHR front end"], "patient-portal": ["MyHalden", "the portal"],
                          "bed-mgmt": ["BedBoard", "the portal"], "auth-gateway": ["login"]})


def kind(a: str, b: str, table=HALDEN) -> str:
    return relate(read_facts(a), read_facts(b), aliases=table).kind


def test_an_alias_reads_as_its_canonical_name():
    assert kind("5xx on Birch in the last hour", "5xx on ehr-web in the last hour") == "same"
    assert kind("5xx on ehr-web", "5xx on Birch") == "same"  # either side


def test_without_the_table_the_alias_is_another_name():
    assert kind("5xx on Birch", "5xx on ehr-web", table=None) == "conflict"
    assert kind("5xx on Birch", "5xx on ehr-web", table=compile_aliases({})) == "conflict"


def test_two_aliases_of_one_name_are_that_name_and_say_so():
    rel = relate(read_facts("errors on the EHR front end"), read_facts("errors on Birch"), aliases=HALDEN)
    assert rel.kind == "same"
    assert any("ehr-web" in e and "Birch" in e for e in rel.equal)


def test_the_canonical_name_written_apart_is_the_name():
    assert kind("5xx on ehr web", "5xx on Birch") == "same"


def test_a_phrase_alias_needs_its_words_together():
    assert kind("errors on the EHR front end", "errors on ehr-web") == "same"
    assert kind("errors at the front of the EHR queue end", "errors on ehr-web") == "conflict"


def test_aliases_of_two_names_stay_two_names():
    assert kind("5xx on Birch", "5xx on MyHalden") == "conflict"
    assert kind("5xx on Birch", "5xx on patient-portal") == "conflict"


def test_an_alias_two_names_claim_reads_as_neither():
    assert HALDEN.ambiguous == ("the portal",)
    assert kind("5xx on the portal", "5xx on patient-portal") == "conflict"
    assert kind("5xx on the portal", "5xx on bed-mgmt") == "conflict"
    assert kind("5xx on MyHalden", "5xx on patient-portal") == "same"  # its own alias still reads


def test_an_alias_that_is_a_plain_word_keeps_the_word_where_both_sides_say_it():
    # "login" is auth-gateway's alias, but "login failures" against "login failures on auth-gateway" still
    # narrows: the alias only reads where the words would otherwise stand unmatched
    assert kind("login failures", "login failures on auth-gateway") == "nested"
    assert kind("errors on auth-gateway", "errors on login") == "same"


def test_a_negated_alias_matches_only_a_negated_name():
    assert kind("alerts excluding Birch", "alerts excluding ehr-web") == "same"
    assert kind("alerts excluding Birch", "alerts on ehr-web") == "conflict"


def test_a_phrase_with_no_word_is_not_a_name():
    assert compile_aliases({"ehr-web": ["the", "service"]}).phrases == compile_aliases({"ehr-web": []}).phrases
