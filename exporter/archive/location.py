"""Where archive files live: a directory (default ./var/archive, a persistent volume in the chart) or a file:// URL.

Object stores (s3://, gs://) are not spoken natively: mount the bucket (a CSI driver, s3fs) and
point `archive_url` at the mount with file://. The mover needs rename-free, fsync-able writes,
which a mounted volume gives and a bare object-store API does not without multipart bookkeeping.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from exporter.config import Settings


def archive_root(settings: Settings) -> Path:
    if settings.archive_url:
        url = urlparse(settings.archive_url)
        if url.scheme != "file":
            raise ValueError(
                f"archive_url scheme {url.scheme!r} is not supported: mount the bucket and use file:///mount/path"
            )
        return Path(url.path)
    return Path(settings.archive_dir)
