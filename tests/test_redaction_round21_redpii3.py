"""Round 21, engineer redpii3: a person's address and phone told by the personal data beside them (issue 13).

Every line here is invented (no corpus line), in places no rule was written from (Denmark, the Faroes, Iceland,
Australia, New Zealand, Estonia). The IBANs are the IBAN registry's examples; the phone numbers `phonenumbers`'
examples. Each positive was missed by the redactor at the round's start (`78e4b6d`) and each twin is kept both there
and here (`assert_new_at_round_start`).
"""

from __future__ import annotations

import pytest

from exporter.privacy.redaction import Redactor
from tests.redaction_probes import assert_new_at_round_start, leaked

R = Redactor()

# (line, what must be gone)
FOUND = [
    # a street, its number, a postcode and a town after any personal datum of the same person, not only a name
    ("refund to DK50 0040 0440 1162 43, home Østergade 12, 6000 Kolding", ["Østergade 12, 6000 Kolding"]),
    ("kontakt sigrun.olsen@gmail.com, heim Kirkjuvegur 5, 3800 Fuglafjørður", ["Kirkjuvegur 5, 3800 Fuglafjørður"]),
    ("kunde +47 912 34 567, bosted Sjøgata 14, 8006 Bodø", ["Sjøgata 14, 8006 Bodø"]),
    # the same address before the person's other data on its line
    ("Brekkugata 5, 6000 Akureyri er heimilisfang hennar, netfang sigrun.olsen@gmail.com",
     ["Brekkugata 5, 6000 Akureyri"]),
    ("bopæl Østergade 12, 6000 Kolding, telefon +45 20 12 34 56", ["Østergade 12, 6000 Kolding"]),
    # a UK postcode alone, and a town then an Australian or New Zealand postcode (with its state's code)
    ("Margaret Thompson, 7 Mill Lane, LS6 2QP", ["7 Mill Lane, LS6 2QP"]),
    ("Margaret Thompson, 9 Beach Road, Coogee NSW 2034", ["9 Beach Road, Coogee NSW 2034"]),
    ("Margaret Thompson, 21 Rata Street, Nelson 7010", ["21 Rata Street, Nelson 7010"]),
    # a UK or Canadian postcode alone as a record's cell after the person's other data
    ("| Margaret Thompson | sigrun.olsen@gmail.com | LS6 2QP |", ["LS6 2QP"]),
    ("Margaret Thompson; 07700 900123; K1A 0B1", ["K1A 0B1"]),
    # a personal id under a name python-stdnum's module gives its scheme, passing the scheme's check (scheme_names.py)
    ("isikukood 37605030299, palun kontrollida", ["37605030299"]),
    ("CNP: 1630615123457", ["1630615123457"]),
    ("Asmens kodas: 33309240064", ["33309240064"]),
    ("CURP BOXW310820HNERXN09 del titular", ["BOXW310820HNERXN09"]),
    ("codice fiscale RCCMNL83S18D969H", ["RCCMNL83S18D969H"]),
    ("OIB: 94577403194", ["94577403194"]),
    ("el meu DNI és 12345678Z", ["12345678Z"]),  # (a word of being before the value, in Catalan)
    # a phone after a person's e-mail: in a table's cell, and at the end of a sentence
    ("| Margaret Thompson | sigrun.olsen@gmail.com | 07700 900123 |", ["07700 900123"]),
    ("Write to sigrun.olsen@gmail.com, 07700 900123.", ["07700 900123"]),
]

KEPT = [
    # the same shapes where no person's datum stands before them: a company's seat, a site, a build, a count
    "Nordlys AS, Strandgata 3, 9008 Tromsø",
    "Strandgata 3, 9008 Tromsø er lageret vårt, åpent 08-16",
    "Ship to Hall 3, 2034 Sydney",
    "failed: Build 12, 404 Errors",
    "| team-db | oncall | 0 12 24 36 48 |",
    "mail the release notes, version 1.2.3.",
    # the scheme's name before a number that fails its check, or after words that make it another thing's
    "CNP: 1630615123458",
    "isikukood 37605030290",
    "OIB polje je prazno, build 94577403194",
    "the egn team shipped 7523169263 rows",
    # scheme names that are ordinary abbreviations too, before a number that passes a weak check (review R5)
    "Versand-VNr 1018010180 bestätigt, Lieferung Montag",
    "Sendung VNR: 1018010180 (DHL)",
    "rx pps 1234567T on eth0",
    "CPR 0101901234 rows migrated",
]

# (line, what must stay) where a person's datum is redacted but the address or the number beside it is no home or phone
BESIDE_A_PERSON = [
    # a company's legal form between the e-mail and the address: the employer's seat
    ("Sendt fra sigrun.olsen@gmail.com via Nordlys AS, Strandgata 3, 9008 Tromsø", "Nordlys AS, Strandgata 3, 9008 Tromsø"),
    ("Vendor: sigrun.olsen@gmail.com for Fjordlys A/S, Havnegade 2, 5000 Odense", "Havnegade 2, 5000 Odense"),
    ("Nordlys AS, Strandgata 3, 9008 Tromsø, kontakt sigrun.olsen@gmail.com", "Strandgata 3, 9008 Tromsø"),
    ("Hall 3, 2034 Sydney, booked by Margaret Thompson", "Hall 3, 2034 Sydney"),
    # English words with a number are a hall, a build or errors, not a street named without a street word; a
    # product's version, a count or a port and a noun (review R1)
    ("Escalated by j.kowalczyk@acme-corp.com: Grafana 11, 2024 Release broke the panel", "Grafana 11, 2024 Release"),
    ("Kubernetes 128, 2048 Pods evicted; contact priya.raghunathan@acme-corp.com", "Kubernetes 128, 2048 Pods"),
    ("Sent by Ana Lima: Keycloak 24, 8443 Https listener down", "Keycloak 24, 8443 Https"),
    ("Ana Lima reports Nginx 1, 404 Errors on /health", "Nginx 1, 404 Errors"),
    ("jan.novak@gmail.com moved the pod to Nodepool 4, 2034 Sydney", "Nodepool 4, 2034 Sydney"),
    ("Margaret Thompson, Team Alpha, Hall 3, 2034 Sydney", "Hall 3, 2034 Sydney"),
    ("Margaret Thompson, Build 12, 404 Errors", "Build 12, 404 Errors"),
    # a code in a postcode's letters and digits that is no cell of its own, or is no postcode's shape
    ("sigrun.olsen@gmail.com, build PR12 3AB done", "build PR12 3AB done"),
    ("| sigrun.olsen@gmail.com | SHA1 2AB |", "SHA1 2AB"),
    # an office after a person's e-mail, named in words or in another language (review R8)
    ("Escalate to sigrun.olsen@gmail.com, Acme HQ, 22 Elm Street, Springfield, IL 62704", "22 Elm Street"),
    ("Contactar con sigrun.olsen@gmail.com en la oficina de Calle de Alcalá 45, 28014 Madrid", "Calle de Alcalá 45"),
    ("Envoyer le disque à sigrun.olsen@gmail.com, bureau Rue de Rivoli 50, 75001 Paris", "Rue de Rivoli 50"),
    # an instance's family and its memory or size after a person's data (review R7)
    ("Laptop request from sigrun.olsen@gmail.com, M2 8GB; approved by IT", "M2 8GB"),
    ("| Margaret Thompson | sigrun.olsen@gmail.com | T3 2GB | eu-west-1 |", "T3 2GB"),
    ("VM for sigrun.olsen@gmail.com; C5 4XL; ticket OPS-4411", "C5 4XL"),
    # a site's address beside the on-call person's contact, or in another clause than theirs (review R2)
    ("Ship the spare disks to Equinix FR5, Kruppstraße 121, 60388 Frankfurt; on-call Jonas Weber +49 151 23456789",
     "Kruppstraße 121, 60388 Frankfurt"),
    ("Datacenter visit: Kronprinsensgade 12, 1114 København, contact j.hansen@nordlys-hosting.dk for the badge",
     "Kronprinsensgade 12, 1114 København"),
    ("The router at Storgata 5, 0155 Oslo reboots nightly; owner ola.nordmann@gmail.com", "Storgata 5, 0155 Oslo"),
    ("Ana Lima <ana.lima@gmail.com> | Grafana 10, 3000 Port open on prod", "Grafana 10, 3000 Port"),
    ("Margaret Thompson, on-call for the Oslo office, Storgata 5, 0155 Oslo", "Storgata 5, 0155 Oslo"),
    ("Ping jürgen.weiß@gmail.com: Bäckerei-App 2, 4000 Bestellungen heute", "Bäckerei-App 2, 4000 Bestellungen"),
    # a backoff's zero group after an e-mail in a table is no phone
    ("| Margaret Thompson | sigrun.olsen@gmail.com | 0 12 24 36 48 |", "0 12 24 36 48"),
]


@pytest.mark.parametrize(("line", "gone"), FOUND)
def test_a_persons_address_and_phone_go_beside_their_other_data(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []


@pytest.mark.parametrize("line", KEPT)
def test_the_same_shapes_alone_stay(line: str) -> None:
    assert R.redact(line).text == line


@pytest.mark.parametrize(("line", "kept"), BESIDE_A_PERSON)
def test_a_companys_seat_or_a_things_number_beside_a_person_stays(line: str, kept: str) -> None:
    out = R.redact(line).text
    assert "<redacted:" in out, "the person's own datum is still redacted"
    assert kept in out


# Wanted, and given up for review R1, R6 and R8: three digits alone are no postcode (`Nginx 1, 404 Errors`), and a street
# named without a street-type word is read no more (`Keycloak 24, 8443 Https`, `Bäckerei-App 2, 4000 Bestellungen`),
# which Iceland's and the Faroes' three-digit postcodes and streets named without a street word pay for.
GIVEN_UP = [
    ("reikningur IS14 0159 2600 7654 5510 7303 39, heimili Laugavegur 5, 101 Reykjavík", ["Laugavegur 5, 101 Reykjavík"]),
    ("kontakt sigrun.olsen@gmail.com, heim Nedre Bakke 33, 7014 Trondheim", ["Nedre Bakke 33, 7014 Trondheim"]),
    ("klient +372 5123 4567, elab Rüütli 14, 80010 Pärnu", ["Rüütli 14, 80010 Pärnu"]),
    # (R8: after an e-mail, phone or id, at most one word before the address; a sentence's words are refused)
    ("kunde +47 912 34 567, bor i Sjøgata 14, 8006 Bodø", ["Sjøgata 14, 8006 Bodø"]),
]


@pytest.mark.xfail(strict=True, reason="review R1, R6, R8: no three-digit postcode, no street without a street-type word, no sentence between")
@pytest.mark.parametrize(("line", "gone"), GIVEN_UP)
def test_an_address_review_r1_gave_up(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []


def test_positives_were_missed_and_twins_kept_at_the_round_start() -> None:
    assert_new_at_round_start("78e4b6d", FOUND, KEPT)


def test_an_address_found_so_is_counted_as_a_postal_address() -> None:
    found = R.redact("kontakt sigrun.olsen@gmail.com, heim Kirkjuvegur 5, 3800 Fuglafjørður").counts
    assert found == {"email": 1, "postal_address": 1}
