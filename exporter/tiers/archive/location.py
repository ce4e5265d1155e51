"""Where archive files live: a directory (default ./var/archive, a persistent volume in the chart) or an S3 bucket.

Both locations speak the same few verbs, so the mover's crash-safety argument is made once: a file
is *staged* on local disk (written, flushed, fsynced, checksummed), *published* at its relative
path (which for an object store means uploaded and the upload verified), and only then does the
transaction that deletes its rows and commits its manifest row run. A directory stages a file in
its final place, so publishing it is a no-op; an S3 location stages under a local directory and
uploads from there, so a kill leaves at most a staged file, which `list()` reports and `delete()`
removes like any other leftover of a `writing` row.

Reading hands back a seekable local file: a directory's own file, or the object downloaded into
an anonymous temporary file (gone when closed or when the process dies). The checksum is then
verified over the very bytes that are decoded, with bounded memory however large the file.
"""

from __future__ import annotations

import base64
import logging
import tempfile
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlparse

from exporter.config import Settings
from exporter.tiers.archive.files import FRAME, ArchiveCorrupt, file_sha256

log = logging.getLogger(__name__)
SUFFIXES = (".ndjson.gz", ".ndjson.gz.enc")


class Location(ABC):
    """Archive files by relative path ("acme/audit_events/2026/01/<id>.ndjson.gz")."""

    @abstractmethod
    def stage(self, rel: str) -> Path:
        """The local path the writer fills before `publish(rel, ...)`."""

    @abstractmethod
    def publish(self, rel: str, staged: Path, sha256: str) -> None:
        """Make the staged file durable at `rel`; raises unless the stored bytes have `sha256`."""

    @abstractmethod
    def open(self, rel: str) -> BinaryIO:
        """A seekable local file with the stored bytes; FileNotFoundError when there are none."""

    @abstractmethod
    def delete(self, rel: str) -> None:
        """Remove the file and any staged copy; a missing file is not an error."""

    @abstractmethod
    def list(self) -> list[str]:
        """Every archive file present, staged or published: what `recover()` weighs against the manifest."""


class Directory(Location):
    def __init__(self, root: Path):
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"Directory({str(self.root)!r})"

    def stage(self, rel: str) -> Path:
        return self.root / rel

    def publish(self, rel: str, staged: Path, sha256: str) -> None:
        return None  # ArchiveWriter wrote it in place and fsynced the file and its directory

    def open(self, rel: str) -> BinaryIO:
        return open(self.root / rel, "rb")  # noqa: SIM115 - the caller closes it

    def delete(self, rel: str) -> None:
        (self.root / rel).unlink(missing_ok=True)

    def list(self) -> list[str]:
        if not self.root.exists():
            return []
        return sorted(p.relative_to(self.root).as_posix() for p in self.root.rglob("*")
                      if p.name.endswith(SUFFIXES) and p.is_file())


class S3(Location):
    """Objects under `s3://bucket/prefix/`, staged in `staging` on local disk.

    Uploads carry a SHA-256 checksum (AWS and MinIO check it against the bytes received and keep
    it); a store that keeps no checksum has the object read back and hashed instead. On a
    versioned bucket a delete removes every version, or a forgotten person's rows would live on
    in a noncurrent version.
    """

    def __init__(self, bucket: str, prefix: str, client: Any, staging: Path):
        self.bucket = bucket
        self.prefix = prefix.strip("/") + "/" if prefix.strip("/") else ""
        self.client = client
        self.staging = Directory(staging)
        self._versioned: bool | None = None

    def __repr__(self) -> str:
        return f"S3('s3://{self.bucket}/{self.prefix}')"

    @classmethod
    def from_url(cls, url: str, endpoint_url: str | None = None, staging_dir: Path | None = None) -> S3:
        """Credentials and region come from the standard AWS chain (env vars, profile, pod identity)."""
        import boto3
        from botocore.config import Config

        parsed = urlparse(url)
        if not parsed.netloc:
            raise ValueError(f"archive_url {url!r} names no bucket: use s3://bucket/prefix")
        config = Config(retries={"mode": "standard", "max_attempts": 5},
                        s3={"addressing_style": "path"} if endpoint_url else {})
        client = boto3.client("s3", endpoint_url=endpoint_url or None, config=config)
        staging = staging_dir or Path(tempfile.gettempdir()) / "learning-exporter-archive" / parsed.netloc / (
            parsed.path.strip("/") or "_")
        return cls(parsed.netloc, parsed.path, client, staging)

    def _key(self, rel: str) -> str:
        return self.prefix + rel

    def stage(self, rel: str) -> Path:
        return self.staging.stage(rel)

    def publish(self, rel: str, staged: Path, sha256: str) -> None:
        with open(staged, "rb") as body:
            self.client.put_object(Bucket=self.bucket, Key=self._key(rel), Body=body, ChecksumAlgorithm="SHA256",
                                   Metadata={"sha256": sha256})
        head = self.client.head_object(Bucket=self.bucket, Key=self._key(rel), ChecksumMode="ENABLED")
        stored = head.get("ChecksumSHA256")
        if stored and "-" not in stored:  # a full-object checksum, not a multipart one
            stored = base64.b64decode(stored).hex()
        else:
            with self.open(rel) as f:
                stored = file_sha256(f)
        if stored != sha256:
            raise ArchiveCorrupt(f"upload of {self._key(rel)} to {self.bucket} does not match its checksum")
        self.staging.delete(rel)

    def open(self, rel: str) -> BinaryIO:
        from botocore.exceptions import ClientError

        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self._key(rel))["Body"]
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise FileNotFoundError(f"s3://{self.bucket}/{self._key(rel)}") from exc
            raise
        self.staging.root.mkdir(parents=True, exist_ok=True)
        local = tempfile.TemporaryFile(dir=self.staging.root)  # noqa: SIM115 - the caller closes it
        try:
            for chunk in body.iter_chunks(FRAME):
                local.write(chunk)
            local.seek(0)
        except BaseException:
            local.close()
            raise
        finally:
            body.close()
        return local

    def delete(self, rel: str) -> None:
        key = self._key(rel)
        if self._is_versioned():
            pages = self.client.get_paginator("list_object_versions").paginate(Bucket=self.bucket, Prefix=key)
            for page in pages:
                for version in page.get("Versions", []) + page.get("DeleteMarkers", []):
                    if version["Key"] == key:
                        self.client.delete_object(Bucket=self.bucket, Key=key, VersionId=version["VersionId"])
        else:
            self.client.delete_object(Bucket=self.bucket, Key=key)
        self.staging.delete(rel)

    def _is_versioned(self) -> bool:
        if self._versioned is None:
            from botocore.exceptions import ClientError

            try:
                status = self.client.get_bucket_versioning(Bucket=self.bucket).get("Status")
            except ClientError as exc:
                log.warning("archive bucket %s: cannot read its versioning (%s); deleting current versions only",
                            self.bucket, exc)
                status = None
            self._versioned = status in ("Enabled", "Suspended")
        return self._versioned

    def list(self) -> list[str]:
        found = set(self.staging.list())
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=self.prefix):
            for obj in page.get("Contents", []):
                if obj["Key"].endswith(SUFFIXES):
                    found.add(obj["Key"][len(self.prefix):])
        return sorted(found)


def open_location(where: str | Path, endpoint_url: str | None = None, staging_dir: Path | None = None) -> Location:
    """A location from a directory path, a file:// URL or an s3:// URL."""
    if isinstance(where, Path):
        return Directory(where)
    url = urlparse(where)
    if url.scheme == "file":
        return Directory(Path(url.path))
    if url.scheme == "s3":
        return S3.from_url(where, endpoint_url, staging_dir)
    raise ValueError(f"archive_url scheme {url.scheme!r} is not supported: use file:///path or s3://bucket/prefix")


def location_from_settings(settings: Settings) -> Location:
    return open_location(settings.archive_url or Path(settings.archive_dir), settings.archive_s3_endpoint_url,
                         settings.archive_staging_dir)
