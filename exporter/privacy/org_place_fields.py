"""A field that holds a firm or a place, so that a name-shaped value there is not a person's (review R7).

Firms are named for their founders (`Hewlett Packard`, `Goldman Sachs`, `Morgan Stanley`) and places for saints
and people (`São Paulo`, `San Diego`): two listed names fill `Dostawca:` (Polish: supplier) or `Region:` as a
person's name fills `Doradca:` (adviser). Three signals tell them apart, none tied to one corpus line:
- the label names a thing's role (supplier, vendor, partner, bank, brand, maker, company; region, city, site,
  zone, cluster) in the languages whose names the lists carry, and no person's role (`Vendor contact:`);
- a company's legal form in the value or after it (`Inc`, `GmbH`, `S.A.`, `sp. z o.o.`);
- the pair is a place Faker's address lists hold (cities, states, regions, districts of its locales).
"""

from __future__ import annotations

import re
from functools import cache

from exporter.privacy.legal_forms import any_case_alternation
from exporter.privacy.name_lists import faker_attributes, fold

# Folded label words (inflected forms written out: a stem would also take `Partnerka`, `Banker`).
_THING_LABELS = frozenset(
    """
    supplier suppliers vendor vendors partner partners company companies firm employer bank brand manufacturer maker
    organisation organization org merchant provider carrier distributor reseller contractor subcontractor insurer
    lender issuer sponsor
    dostawca dostawcy dostawcę dostawce firma firmy producent marka bank banku pracodawca ubezpieczyciel
    lieferant lieferanten anbieter hersteller unternehmen marke arbeitgeber versicherer dienstleister
    fournisseur prestataire partenaire societe entreprise fabricant banque marque employeur assureur
    proveedor proveedores fornecedor fornecedores socio empresa compania companhia fabricante banco marca empleador
    aseguradora seguradora
    fornitore azienda societa produttore banca
    leverancier bedrijf fabrikant merk werkgever
    leverandor leverantor foretag selskap selskab produsent producent
    dodavatel spolecnost vyrobce znacka banka dodavatel zamestnavatel
    tedarikci sirket uretici marka banka
    beszallito ceg gyarto
    furnizor companie producator
    toimittaja yritys valmistaja
    поставщик компания банк бренд производитель партнер партнёр организация постачальник
    region regions zone zones city town village site location locale country state province county district
    cluster datacenter datacentre host node campus office branch store venue airport port
    region miasto lokalizacja wojewodztwo kraj lokalita mesto oblast
    stadt ort standort land bundesland bezirk
    ville lieu pays departement
    region ciudad cidade sitio ubicacion localizacao localidad pais estado provincia municipio regiao comarca
    regione citta sede luogo comune
    regio stad locatie plaats gemeente provincie
    sted plats kommune fylke lan
    sehir bolge konum il ilce
    varos megye telepules
    oras judet
    kaupunki paikka alue
    регион город область район страна місто
    """.split()  # noqa: SIM905 (a word list read as prose)
)
# A person's role in a label that also names a thing (`Vendor contact:`, `Osoba kontaktowa firmy:`).
_PERSON_LABELS = frozenset(
    """
    contact contacts rep representative manager owner person attn attention agent engineer signatory
    kontakt kontaktowa osoba ansprechpartner contacto contato persona referente responsable interlocutor
    kontaktperson контакт представитель
    """.split()  # noqa: SIM905
)
# A company's legal form: a word of the value, or what follows it on the line.
_LEGAL_FORM = re.compile(rf"(?<![^\W_])(?:{any_case_alternation('v')})\.?(?![^\W_])", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[^\W\d_]+")
# Address attributes of Faker's providers that are formats or parts of a street, not whole place names.
_NOT_PLACES = (
    "format",
    "suffix",
    "prefix",
    "postcode",
    "pincode",
    "postal",
    "street",
    "building",
    "road",
    "secondary",
    "te_reo",
    "subdivision",
    "abbr",
    "countries",
)


def thing_label(text: str, colon: int) -> bool:
    """The label before `colon` (on its line, after the last comma or bracket) names a firm's or a place's
    role, and no person's."""
    low = max(0, colon - 80)  # (a label is short: no scan back over a long line for each match)
    start = max(low, *(text.rfind(c, low, colon) + 1 for c in "\n,;|([{"))
    words = {fold(w) for w in _LABEL_WORD.findall(text[start:colon])[-4:]}
    return bool(words & _THING_LABELS) and not words & _PERSON_LABELS


def legal_form(value: str, after: str) -> bool:
    """A company's legal form among the value's words or right after it (`Weber Schmidt AG`)."""
    return (
        any(_LEGAL_FORM.fullmatch(w) for w in value.split())
        or _LEGAL_FORM.match(after.lstrip(" \t,")) is not None
    )


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.items():
            yield from _strings(item)
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)


@cache
def _places() -> frozenset[str]:
    """Folded place names of two or more words from Faker's address providers (no file downloaded)."""
    import faker.providers.address as address

    out: set[str] = set()
    for attr, value in faker_attributes(address):
        if attr.startswith("_") or any(part in attr for part in _NOT_PLACES):
            continue
        out.update(fold(s.strip()) for s in _strings(value) if " " in s.strip() and not set("#{}?%") & set(s))
    return frozenset(out)


def known_place(words: list[str]) -> bool:
    """The words are a place Faker's address lists hold (`São Paulo`, `San Diego`)."""
    return fold(" ".join(words)) in _places()
