"""The cold tier: rows older than their warm period, moved into checksummed (optionally encrypted) files."""

from exporter.tiers.archive.files import ArchiveCorrupt, parse_key
from exporter.tiers.archive.mover import Archive, MoveResult

__all__ = ["Archive", "ArchiveCorrupt", "MoveResult", "parse_key"]
