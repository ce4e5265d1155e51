"""Round 22, engineer rednames: names-dataset's given names and surnames behind the name rules (issue 13).

Every line here is invented (no corpus line). Each positive was missed by the redactor at the round's start
(`3d63817`) and is found now only because names-dataset ranks its words (neither the census nor Faker lists them);
each twin is kept there and here, and would be redacted without the guard it names.
"""

from __future__ import annotations

import time

import pytest

from exporter.privacy import world_names
from exporter.privacy.redaction import Redactor
from tests.conftest import auth
from tests.redaction_probes import assert_new_at_round_start, leaked

R = Redactor()

# (line, what must be gone)
FOUND = [
    # a given name and a surname, both ranked (Afrikaans, Zulu), in prose with nothing else of the person's
    ("Hand the badge to Riaan Botha at the gate", ["Riaan Botha"]),
    ("Signed off by Zanele Khumalo before the freeze", ["Zanele Khumalo"]),
    # a login built from a ranked given name and a ranked surname (Lithuanian, Albanian)
    ("ping tomas.vaitkus about the stale lease", ["tomas.vaitkus"]),
    ("review from arta.krasniqi on the helm chart", ["arta.krasniqi"]),
    # Arabic: a given name and a family name, both ranked, in a sentence
    ("المشرفة نورة الدوسري وافقت على التغيير", ["نورة الدوسري"]),
]

KEPT = [
    # ranked as names, common words in English or another language pyspellchecker lists
    "Kafka Bridge lag on the mirror topic",
    "Server Delta rebooted after the Grafana Read timeout",
    "Château Margaux shipment delayed",
    # a ranked given name beside a word in no list: only the census's and Faker's given names count there
    "Thanos Querier answers from the store gateway",
    # one letter glued to a ranked surname (`a` + `pache`): only the census's and Faker's surnames count there
    "user=apache dbname=apache_auth",
    # a country's name and a legal form of two letters
    "Cruxline Hungary Kft. invoice attached",
    "Cruxline Finland Oy, Y-tunnus attached",
    "Memory Size: 512 MB Max Memory Used: 188 MB",
    # `Tây` ("west") is not the ranked `Tay`: names-dataset's names match as spelled
    "chi nhánh Hà Nội (Tây Hồ), thời lượng 06:42",
    # Korean words read as a surname syllable and a ranked given name beyond the native cut (`재설정`, "reset")
    "해결: 모뎀 APN 재설정 후 정상화",
    # review R1: words of languages no word list here covers, ranked as names; in a pair neither role is the census's
    # or Faker's (`Cahaya` "light", `Demir` "iron"), a surname written first is not theirs (`Koch Bauer`), two CNCF
    # projects, and Arabic and Korean words ranked as names (a pair needs one Faker word; a Korean name as one word
    # Faker's given name)
    "Rak Cahaya Indah dan Bintang Jaya sudah direstart",
    "Demir Çelik fabrikasında yeni Bulut Sunucu kuruldu",
    "Die Koch Bauer Schnittstelle meldet 502",
    "Thanos Jaeger sidecars OOM after the upgrade",
    # a names-dataset given name before a census surname that is an English word: a product (`HikariCP`'s pool)
    "WARN Hikari Pool exhausted, 30 waiting",
    "نور الشمس يرفع حرارة الخادم",
    "안정화 작업 후 로그 확인",
]


def test_the_lines_are_new_since_the_round_start() -> None:
    assert_new_at_round_start("3d63817", FOUND, KEPT)


@pytest.mark.parametrize(("line", "gone"), FOUND)
def test_a_name_names_dataset_ranks_is_redacted(line: str, gone: list[str]) -> None:
    assert leaked(R, line, gone) == []


@pytest.mark.parametrize("line", KEPT)
def test_a_ranked_word_that_is_no_persons_name_stays(line: str) -> None:
    assert R.redact(line).text == line


def test_a_ranked_name_in_an_event_never_reaches_the_store(client, store) -> None:
    ev = {"id": "e-rn", "timestamp": "2026-11-20T09:00:00+00:00", "user": "alice", "session_id": "s1",
          "session_type": "general", "kind": "action", "text": "Hand the badge to Riaan Botha at the gate"}
    r = client.post("/api/v1/events", json=[ev], headers=auth("tok-acme"))
    assert r.status_code == 201, r.get_json()
    row = store.one("SELECT text FROM audit_events WHERE org_id = 'acme'")
    assert "Riaan" not in row["text"] and "Botha" not in row["text"]
    assert "at the gate" in row["text"]


# --- the compact table ---

def test_the_table_reads_names_within_a_bands_cut(tmp_path) -> None:
    path = tmp_path / "t.tsv.gz"
    world_names.write(path, {"Riaan": 251, "Johan": 2, "Rare": 4000}, {"Botha": 22, "Kafka": 670})
    table = world_names.read(path)
    assert sorted(table.given_within(500)) == ["Johan", "Riaan"]
    assert table.given_within(200) == ["Johan"]
    assert "Rare" not in table.given_within(world_names.TABLE_RANK)
    assert sorted(table.surnames_within(1000)) == ["Botha", "Kafka"]
    with pytest.raises(ValueError):
        table.given_within(300)


def test_the_installed_table_loads_fast_and_small() -> None:
    path = world_names.cache_path()
    world_names.world_names()  # (built once if missing)
    started = time.process_time()
    table = world_names.read(path)
    assert time.process_time() - started < 0.5
    assert len(table.given_within(world_names.TABLE_RANK)) > 50_000
    assert "Riaan" in table.given_within(500) and "Botha" in table.surnames_within(500)


def test_a_table_written_ahead_into_the_environment_is_read_first(tmp_path, monkeypatch) -> None:
    """review R3: the image writes the table at build time; a pod reads that copy, never builds its own."""
    monkeypatch.setattr(world_names, "SHARED", tmp_path)
    name = world_names.cache_path(tmp_path).name
    assert world_names.cache_path() != tmp_path / name
    world_names.write(tmp_path / name, {"Riaan": 251}, {})
    assert world_names.cache_path() == tmp_path / name
    assert world_names.world_names.__wrapped__().given_within(500) == ["Riaan"]


def test_the_lists_cost_a_process_little(tmp_path) -> None:
    """review R2: the filter runs when the table is built, so a process reads the table and no other language's
    word list (measured: first redaction +0.3 s CPU, +40 MiB over the round start)."""
    import subprocess
    import sys

    code = ("import detectors.word_lists as w\n"
            "from exporter.privacy.name_lists import name_lists\n"
            "from exporter.privacy.person_names import _EXCLUDED\n"
            "name_lists(_EXCLUDED)\n"
            "print(w._load.cache_info().currsize)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"  # English only (`german_words` is read only for lower-case text)


def test_no_dataset_leaves_the_other_lists(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(world_names, "_dataset_version", lambda: "")
    table = world_names.world_names.__wrapped__(tmp_path)
    assert table.given_within(2000) == [] and not list(tmp_path.iterdir())
