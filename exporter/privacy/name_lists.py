"""The given names and surnames `person_names` looks words up in, built once from lists packages ship.

- The 1990 US Census lists (the `names` package): each name with its share of the people counted.
- Faker's per-locale name lists (MIT; some eighty locales, Latin script kept): given names and
  surnames the census never counted (`Priya`, `Tomasz`, `Oluwaseun`, `Nguyễn`).
- `names-dataset`'s given names and surnames of 105 countries (`world_names.py`), each within a rank cut in some
  country (`Riaan`, `Botha`, `Eleri`, `Vaitkus`), matched as the dataset spells them (`Tây`, "west", is not the
  ranked `Tay`). That list holds ordinary words of every language as names (`Bridge`, `Server`, `Finland`, `Indah`
  "beautiful"), so its table leaves out the words pyspellchecker's lists hold (`world_names.py`), and a name from it
  alone never makes a person: in a pair, the given name or the surname is one the census or Faker lists in that role
  (`Tomas Vaitkus`, `Riaan Botha`; not `Cahaya Indah`, `Demir Çelik`, `Thanos Jaeger`), and one word alone, or a
  given name after a surname written first, is the census's or Faker's.
- An English word-frequency list (pyspellchecker's, MIT, counted on subtitles) to tell a name from a
  word that is also a name. A capitalised word in ops text is more often the word (`Bridge`, `Read`,
  `Street`, `Edit`, `Echo`) than the person, so a word is taken for a name only when it is more
  common as a name than as an English word: for the census, its share of the people counted against
  its share of the words; for Faker's lists, which carry no counts, a name that is not a common word.

No file is downloaded at run time; everything here is read from installed packages.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from detectors.word_lists import word_shares

# Letters NFKD does not take apart: `Łukasz` is looked up as `lukasz`, `Søren` as `soren`.
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th",
                       "ð": "d", "'": None, "’": None})

# A census name is kept when its share of the people counted is at least this many times its share of
# English words: `Young` (0.19% of people, 0.03% of words) is kept, `Bridge`, `Read`, `Bank` are not.
# Chosen on the dev halves (bench/RESULTS.md).
NAME_OVER_WORD = 1.5
# A name only Faker lists (no count) is kept when English subtitles use it this rarely as a word
# (per million words): `Edit`, `Server`, `Delta` are words; `Priya`, `Kenji` are not.
FAKER_WORD_PER_MILLION = 0.6
# A `names-dataset` name joins the lists when it ranks within these in some country (given name, surname).
# Chosen on batches 10-16 (bench/RESULTS.md, round 22).
WORLD_GIVEN_RANK = 2000
WORLD_SURNAME_RANK = 2000


def fold(word: str) -> str:
    """The form a word is looked up in: lower case, without accents or apostrophes."""
    low = word.lower()
    if low.isascii():
        return low.replace("'", "") if "'" in low else low
    low = low.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _latin(word: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in word if c.isalpha())


# The surnames printed with a share of 0.000% (69,960 of 88,799) hold 13.0% of the people counted:
# 0.0002% each on average.
_TAIL_SHARE = 0.0002


def _census(key: str, top: int | None = None) -> dict[str, float]:
    """Name -> share of the people counted (a fraction), from the census file `key`."""
    import names

    out: dict[str, float] = {}
    with open(names.FILES[key], encoding="ascii") as f:
        for line in f:
            row = line.split()
            if row and (top is None or int(row[3]) <= top):
                # Shares are printed to 0.001%: a name printed as 0.000 gets the mean share of those names
                out[row[0].lower()] = max(float(row[1]), _TAIL_SHARE) / 100
    return out


def faker_attributes(package) -> Iterator[tuple[str, object]]:
    """Every class attribute of every locale's `Provider` in one of Faker's provider packages
    (`faker.providers.person`, `faker.providers.address`): the lists ship inside the wheel, nothing is fetched."""
    for mod in pkgutil.iter_modules(package.__path__):
        yield from vars(importlib.import_module(f"{package.__name__}.{mod.name}").Provider).items()


def _faker() -> tuple[set[str], set[str]]:
    import faker.providers.person as person

    first: set[str] = set()
    last: set[str] = set()
    for attr, value in faker_attributes(person):
        if not isinstance(value, (tuple, list, dict)) or "kana" in attr:
            continue
        into = (first if attr.startswith(("first_name", "first_romanized")) else
                last if attr.startswith(("last_name", "last_romanized")) or "_last_name" in attr else None)
        if into is not None:
            into.update(fold(v) for v in value if isinstance(v, str) and _latin(v))
    return first, last


def _world() -> tuple[frozenset[str], frozenset[str]]:
    """`names-dataset`'s Latin-script given names and surnames within the rank cuts, in lower case as spelled (the
    table left common words of every listed language and countries out when it was built)."""
    from exporter.privacy.world_names import world_names

    table = world_names()

    def kept(names: list[str]) -> frozenset[str]:
        return frozenset(n.lower() for n in names if _latin(n))

    return kept(table.given_within(WORLD_GIVEN_RANK)), kept(table.surnames_within(WORLD_SURNAME_RANK))


@dataclass(frozen=True)
class Names:
    first: frozenset[str]  # given names, folded
    last: frozenset[str]  # surnames, folded
    words: frozenset[str]  # English words used more often than `FAKER_WORD_PER_MILLION`
    lower_first: frozenset[str]  # given names that are no such word: the ones worth finding in lower case
    # `names-dataset`'s, in lower case as spelled; `known=True` leaves them out, for the rules whose only evidence is
    # one listed word (a given name beside a word in no list, one letter glued to a surname): `Thanos`, `Pache` rank.
    world_first: frozenset[str] = frozenset()
    world_last: frozenset[str] = frozenset()

    def given(self, word: str, known: bool = False) -> bool:
        """A listed given name; a hyphenated one (`Anna-Lena`, `Jean-Luc`) by its first part, or by its second
        when the first is no English word (`Jan-Hendrik`: `Jan` is left out of the given names as a month's
        short form, but a month is never joined to a given name)."""
        if self._given(fold(word), self.first):
            return True
        # (where the census or Faker list a word as a surname, their role decides: `Fischer`, `Bauer` are ranked as
        # given names too, and German surnames stand in a row)
        return not known and self._given(word.lower(), self.world_first) and not self.surname(word, known=True)

    def _given(self, low: str, first: frozenset[str]) -> bool:
        if low in first:
            return True
        if "-" not in low:
            return False
        head, tail = low.split("-", 1)
        return head in first or (len(head) >= 2 and head not in self.words and tail in first)

    def surname(self, word: str, known: bool = False) -> bool:
        """A listed surname; a double-barrelled one (`Ferreira-Sousa`) by either part; a woman's form
        of a Slavic surname (`Wiśniewska`, `Bekova`) by the form the lists hold (`Wisniewski`, `Bekov`)."""
        if any(_listed(part, self.last) for part in fold(word).split("-")):
            return True
        return (not known and any(_listed(part, self.world_last) for part in word.lower().split("-"))
                and not self.given(word, known=True))  # (`Jaya`, `Indah`: the lists' given names)

    def word(self, word: str) -> bool:
        """A common English word (`Platform`, `Reliability`), which a name from no list is not."""
        return fold(word) in self.words


def _listed(low: str, names: frozenset[str]) -> bool:
    if low in names:
        return True
    if not low.endswith("a"):
        return False
    for feminine, masculine in _FEMININE:
        if low.endswith(feminine) and low[: -len(feminine)] + masculine in names:
            return True
    return False


# Polish, Czech, Slovak, Russian, Ukrainian and Kazakh surnames take a woman's ending.
_FEMININE = (("ska", "ski"), ("cka", "cki"), ("dzka", "dzki"), ("ova", "ov"), ("eva", "ev"), ("ina", "in"),
             ("ova", ""), ("ska", "sky"), ("cka", "cky"))


@cache
def name_lists(excluded: frozenset[str]) -> Names:
    """The lists, without the words in `excluded` (function words, months) as given names."""
    words = word_shares()
    # Male and female shares are of each sex: halved, they are shares of the people counted.
    census_first: dict[str, float] = {}
    for key, top in (("first:male", None), ("first:female", 2000)):
        for name, share in _census(key, top).items():
            census_first[name] = max(census_first.get(name, 0.0), share / 2)
    census_last = _census("last")
    faker_first, faker_last = _faker()
    rare = FAKER_WORD_PER_MILLION / 1e6

    def keep(census: dict[str, float], extra: set[str]) -> frozenset[str]:
        kept = {n for n, share in census.items() if share >= NAME_OVER_WORD * words.get(n, 0.0)}
        kept |= {n for n in extra - census.keys() if n and words.get(n, 0.0) <= rare}
        return frozenset(kept)

    common = frozenset(w for w, share in words.items() if share > rare)
    first = keep(census_first, faker_first) - excluded
    world_first, world_last = _world()
    return Names(first, keep(census_last, faker_last), common, first - common, world_first - excluded, world_last)


@cache
def german_words() -> frozenset[str]:
    """Common German words (`von`, `dann`, `sie` are given names in some list): read only when a text in
    lower case holds a given name, since German bug reports and tickets are common in ops text."""
    rare = FAKER_WORD_PER_MILLION / 1e6
    return frozenset(w for w, share in word_shares("de").items() if share > rare)
