"""Given names and surnames of 105 countries in their own scripts, from `names-dataset` (Apache-2.0), kept compact.

The name rules read Faker's per-locale lists and the US Census lists; the writers whose names they missed wrote
Afrikaans, Welsh, Lithuanian, Kazakh, Serbian, Arabic names (`Riaan Botha`, `Eleri Pritchard`, `Нұрлан Ахметов`).
`names-dataset` holds ~730k given names and ~980k surnames, each with its rank in every country it was counted in,
but its own loader unpickles all of it: ~17 s and GBs of memory, too much for each server process. So the table
this module reads is derived once: every name ranked within `TABLE_RANK` in some country, with its best rank as a
given name and as a surname, in rank bands (`BANDS`: a reader's cut is one of their edges), written as a gzip'd
tab-separated file (one line per band, so reading it is a few splits, ~0.05 s) to a cache directory by a child process (whose
memory goes back when it exits), and read from there in a fraction of a second on every later start. The image build
writes it ahead into the environment's `share/learning-exporter` (`python -m exporter.privacy.world_names DIR`), where
every process looks first; a process that finds it in neither place builds it once under `~/.cache`.

A name's rank is how common it is where it is most common: `Johan` is 2nd in Sweden, `Kafka` 670th as a Czech
surname. The rules choose their own, tighter cuts; a rank is no proof a word is a name (`Bridge`, `Read`, `Server`
are ranked names too), so the readers keep their word-frequency guards.
"""

from __future__ import annotations

import gzip
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

#: The upper edges of the rank bands the table keeps (names ranked beyond the last in every country are left out).
BANDS = (100, 200, 500, 1000, 2000)
TABLE_RANK = BANDS[-1]
_FORMAT = 3  # bumped when the file's layout or its filter changes, so an old cache is never misread
# pyspellchecker's word lists per script: a name that is a common word of one of these languages is left out of the
# table when it is built (`Kafka` stays in as a surname only where no language uses it as a word; `Bridge`, `Server`,
# `Finland`, `نور` "light" are words). Read by the build's child process only, so no server process holds them.
_WORD_LANGUAGES = {"latin": ("en", "de", "es", "fr", "it", "nl", "pt", "lv", "eu"), "cyrillic": ("ru",),
                   "arabic": ("ar", "fa")}


@dataclass(frozen=True)
class WorldNames:
    """Names as the dataset writes them (title case), by the band their best rank in any country falls in."""

    first: dict[int, list[str]]  # band's upper edge -> given names
    last: dict[int, list[str]]  # ... -> surnames

    def given_within(self, cut: int) -> list[str]:
        """Given names ranked within `cut` (one of `BANDS`) in some country."""
        return _within(self.first, cut)

    def surnames_within(self, cut: int) -> list[str]:
        return _within(self.last, cut)


def _within(bands: dict[int, list[str]], cut: int) -> list[str]:
    if cut not in BANDS:
        raise ValueError(f"a rank cut is one of {BANDS}, not {cut}")
    return [name for edge in BANDS if edge <= cut for name in bands.get(edge, ())]


def _dataset_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("names-dataset")
    except PackageNotFoundError:
        return ""


#: Where an image or an install writes the table ahead (read-only at run time is fine).
SHARED = Path(sys.prefix) / "share" / "learning-exporter"


def cache_path(directory: Path | None = None) -> Path:
    """Where the table is kept: named by the dataset's version and the cut, so an upgrade writes a new one. Without
    a directory: the environment's shared copy when one was written, else the user's cache."""
    name = f"world-names-{_dataset_version()}-r{TABLE_RANK}-f{_FORMAT}.tsv.gz"
    if directory is None and (SHARED / name).exists():
        return SHARED / name
    return (directory or Path.home() / ".cache" / "learning-exporter") / name


def _best_ranks(table: dict) -> dict[str, int]:
    out = {}
    for name, info in table.items():
        ranks = [r for r in (info.get("rank") or {}).values() if r is not None]
        if ranks and min(ranks) <= TABLE_RANK and name.strip() == name and "\t" not in name:
            out[name] = min(ranks)
    return out


def build(path: Path) -> None:
    """Read the dataset's pickles (slow, GBs) and write the compact table to `path`, atomically."""
    import pickle

    import names_dataset

    ranks = []
    for kind in ("first", "last"):
        with gzip.open(Path(names_dataset.__file__).parent / "v3" / f"{kind}_names.pkl.gz", "rb") as f:
            ranks.append(_best_ranks(pickle.load(f)))
    ordinary = _ordinary_words()
    write(path, *({n: r for n, r in best.items() if not _is_ordinary(n, ordinary)} for best in ranks))


def _ordinary_words() -> frozenset[str]:
    """Common words (folded) of every language pyspellchecker lists, and every country's name."""
    import pycountry

    from detectors.word_lists import word_shares
    from exporter.privacy.name_lists import FAKER_WORD_PER_MILLION, fold

    rare = FAKER_WORD_PER_MILLION / 1e6
    words = {fold(w) for langs in _WORD_LANGUAGES.values() for lang in langs
             for w, share in word_shares(lang).items() if share > rare}
    words |= {fold(w) for c in pycountry.countries for w in c.name.replace(",", " ").split()}
    return frozenset(words)


def _is_ordinary(name: str, ordinary: frozenset[str]) -> bool:
    """A name of two letters or fewer (`Mb`, `Oy`), or a common word or a country's name."""
    from exporter.privacy.name_lists import fold

    return len(name) <= 2 or fold(name) in ordinary


def write(path: Path, first: dict[str, int], last: dict[str, int]) -> None:
    """The table file from each name's best rank as a given name and as a surname."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_suffix(f".{os.getpid()}.part")
    with gzip.open(part, "wt", encoding="utf-8", compresslevel=6) as f:
        for kind, best in (("first", first), ("last", last)):
            for low, edge in zip((0, *BANDS), BANDS, strict=False):
                names = sorted(n for n, r in best.items() if low < r <= edge)
                f.write("\t".join((kind, str(edge), *names)) + "\n")
    part.replace(path)


def read(path: Path) -> WorldNames:
    bands: dict[str, dict[int, list[str]]] = {"first": {}, "last": {}}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        kind, edge, *names = line.split("\t")
        bands[kind][int(edge)] = names
    return WorldNames(bands["first"], bands["last"])


@cache
def world_names(directory: Path | None = None) -> WorldNames:
    """The table, built by a child process on the first use without a cache; empty (the other lists still read)
    when the dataset is not installed or the cache cannot be written."""
    path = cache_path(directory)
    if not path.exists():
        if not _dataset_version():
            log.warning("names-dataset is not installed: person names are read from the other lists only")
            return WorldNames({}, {})
        log.info("building the names-dataset table once into %s (about 20 s)", path)
        done = subprocess.run([sys.executable, "-m", "exporter.privacy.world_names", str(path)],
                              capture_output=True, text=True, timeout=600)
        if done.returncode != 0 or not path.exists():
            log.warning("could not build %s: %s", path, done.stderr[-500:])
            return WorldNames({}, {})
    return read(path)


if __name__ == "__main__":
    # `python -m exporter.privacy.world_names [DIRECTORY | FILE.tsv.gz]`
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    build(target if target is not None and target.name.endswith(".gz") else cache_path(target))
