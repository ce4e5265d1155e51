"""Archive files: gzip-compressed NDJSON, optionally AES-256-GCM encrypted, with a SHA-256 of the bytes on disk.

Encryption is framed so files of any size stream with bounded memory: after an 8-byte magic and an
8-byte random nonce prefix, each frame is a 4-byte length and an AES-GCM ciphertext whose nonce is
the prefix plus the frame counter. The last frame is authenticated as final, so a truncated file
fails to decrypt instead of silently losing its tail.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import os
import zlib
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"LEXARC1\n"
FRAME = 1 << 20
_AAD_MORE, _AAD_FINAL = b"more", b"final"


class ArchiveCorrupt(RuntimeError):
    """The file's checksum, framing or authentication does not hold: it is never trusted nor deleted."""


def parse_key(text: str | None) -> bytes | None:
    if not text:
        return None
    key = base64.b64decode(text)
    if len(key) != 32:
        raise ValueError("archive_key must be base64 of exactly 32 bytes (AES-256)")
    return key


class _Hashing:
    """The bottom layer: bytes on disk, hashed as they are written."""

    def __init__(self, raw):
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.raw.write(data)
        self.sha.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.raw.flush()


class _Encrypting:
    def __init__(self, inner: _Hashing, key: bytes):
        self.inner = inner
        self.aead = AESGCM(key)
        self.prefix = os.urandom(8)
        self.counter = 0
        self.buf = bytearray()
        inner.write(MAGIC + self.prefix)

    def write(self, data: bytes) -> int:
        self.buf += data
        while len(self.buf) >= FRAME:
            self._frame(bytes(self.buf[:FRAME]), _AAD_MORE)
            del self.buf[:FRAME]
        return len(data)

    def _frame(self, chunk: bytes, aad: bytes) -> None:
        nonce = self.prefix + self.counter.to_bytes(4, "big")
        self.counter += 1
        sealed = self.aead.encrypt(nonce, chunk, aad)
        self.inner.write(len(sealed).to_bytes(4, "big") + sealed)

    def flush(self) -> None:
        self.inner.flush()

    def close(self) -> None:
        self._frame(bytes(self.buf), _AAD_FINAL)
        self.buf.clear()


class ArchiveWriter:
    """Write NDJSON lines into `path`; `close()` fsyncs the file and its directory.

    ``with ArchiveWriter(path, key) as w: w.write_lines(b"...\\n")`` then `w.sha256`, `w.size`.
    """

    def __init__(self, path: Path, key: bytes | None = None, level: int = 3):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._raw = open(path, "wb")  # noqa: SIM115 - closed in close()
        self._hash = _Hashing(self._raw)
        self._enc = _Encrypting(self._hash, key) if key else None
        self._gz = gzip.GzipFile(fileobj=self._enc or self._hash, mode="wb", compresslevel=level, mtime=0)
        self.lines = 0
        self.sha256 = ""
        self.size = 0

    def write_lines(self, data: bytes) -> None:
        self._gz.write(data)
        self.lines += data.count(b"\n")

    def close(self) -> None:
        self._gz.close()
        if self._enc is not None:
            self._enc.close()
        self._raw.flush()
        os.fsync(self._raw.fileno())
        self._raw.close()
        fsync_dir(self.path.parent)
        self.sha256 = self._hash.sha.hexdigest()
        self.size = self._hash.size

    def abort(self) -> None:
        self._raw.close()
        self.path.unlink(missing_ok=True)

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _opened(source: Path | BinaryIO):
    """A path is opened (and closed); a file object is read from its start and left open."""
    if isinstance(source, Path):
        return open(source, "rb")  # noqa: SIM115 - entered by the caller
    source.seek(0)
    return nullcontext(source)


def file_sha256(source: Path | BinaryIO) -> str:
    sha = hashlib.sha256()
    with _opened(source) as f:
        while chunk := f.read(FRAME):
            sha.update(chunk)
    return sha.hexdigest()


def _plain_chunks(source: Path | BinaryIO, key: bytes | None, name: str) -> Iterator[bytes]:
    with _opened(source) as f:
        head = f.read(len(MAGIC))
        if head != MAGIC:
            f.seek(0)
            while chunk := f.read(FRAME):
                yield chunk
            return
        if key is None:
            raise ArchiveCorrupt(f"{name} is encrypted and no archive_key is configured")
        aead, prefix, counter, final = AESGCM(key), f.read(8), 0, False
        while size_bytes := f.read(4):
            if final:
                raise ArchiveCorrupt(f"{name}: data after the final frame")
            sealed = f.read(int.from_bytes(size_bytes, "big"))
            nonce = prefix + counter.to_bytes(4, "big")
            counter += 1
            try:
                yield aead.decrypt(nonce, sealed, _AAD_MORE)
            except Exception:
                try:
                    yield aead.decrypt(nonce, sealed, _AAD_FINAL)
                except Exception as exc:
                    raise ArchiveCorrupt(f"{name}: frame {counter - 1} fails authentication") from exc
                final = True
        if not final:
            raise ArchiveCorrupt(f"{name}: truncated (no final frame)")


def read_lines(source: Path | BinaryIO, key: bytes | None = None, name: str | None = None) -> Iterator[bytes]:
    """The NDJSON lines of an archive file (without their newline), streamed from a path or a file."""
    inflate = zlib.decompressobj(wbits=31)
    rest = b""
    label = name or (source.name if isinstance(source, Path) else "archive file")
    for chunk in _plain_chunks(source, key, label):
        data = rest + inflate.decompress(chunk)
        while inflate.unused_data:  # gzip members written one after another
            tail = inflate.unused_data
            inflate = zlib.decompressobj(wbits=31)
            data += inflate.decompress(tail)
        *lines, rest = data.split(b"\n")
        yield from (line for line in lines if line)
    rest += inflate.flush()
    if rest.strip():
        yield from (line for line in rest.split(b"\n") if line)
