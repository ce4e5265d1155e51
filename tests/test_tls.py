"""The exporter serves its API over HTTPS with the certificate and key from its configuration."""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pydantic import ValidationError

from exporter.config import Settings


def self_signed(tmp_path):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "tls.crt", tmp_path / "tls.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def https_exporter(tmp_path_factory):
    """One HTTPS server for the module's three read-only checks (a start costs ~8 s of CPU: the
    process imports the model stack and builds the name lists before it serves)."""
    tmp_path = tmp_path_factory.mktemp("tls")
    cert, key = self_signed(tmp_path)
    port = free_port()
    env = {**os.environ, "LEARNING_EXPORTER_DATABASE_URL": f"sqlite:///{tmp_path / 'tls.db'}",
           "LEARNING_EXPORTER_PORT": str(port), "LEARNING_EXPORTER_TLS_CERT": str(cert),
           "LEARNING_EXPORTER_TLS_KEY": str(key), "LEARNING_EXPORTER_ARCHIVE_DIR": str(tmp_path / "archive"),
           "LEARNING_EXPORTER_TOKENS": json.dumps({"tls-token": {"org": "acme", "role": "service"}}),
           "LEARNING_EXPORTER_LEARN_INTERVAL_SECONDS": "3600"}
    proc = subprocess.Popen([sys.executable, "-m", "exporter.cli", "serve", "--threads", "2"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    context = ssl.create_default_context(cafile=str(cert))
    base = f"https://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(f"{base}/healthz", context=context, timeout=5)
            break
        # OSError covers a refused connection, URLError, SSLError and a handshake that timed out while the
        # server was still starting on a loaded machine (TimeoutError is not a URLError)
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"the exporter did not serve HTTPS: {proc.stdout.read()[-2000:]}")
            time.sleep(0.3)
    yield base, context, port
    proc.terminate()
    proc.wait(timeout=30)


def test_the_api_answers_over_https_with_the_configured_certificate(https_exporter):
    base, context, _ = https_exporter
    req = urllib.request.Request(f"{base}/api/v1/recommendations", headers={"Authorization": "Bearer tls-token"})
    with urllib.request.urlopen(req, context=context, timeout=10) as r:
        assert r.status == 200
        assert json.loads(r.read())["recommendations"] == []
    with urllib.request.urlopen(f"{base}/metrics", context=context, timeout=10) as r:
        assert b"aihelper_build_info" in r.read()


def test_a_client_that_does_not_trust_the_certificate_is_refused(https_exporter):
    base, _, _ = https_exporter
    with pytest.raises(urllib.error.URLError) as err:
        urllib.request.urlopen(f"{base}/healthz", context=ssl.create_default_context(), timeout=5)
    assert isinstance(err.value.reason, ssl.SSLCertVerificationError)


def test_plain_http_gets_no_api_answer(https_exporter):
    _, _, port = https_exporter
    with pytest.raises((urllib.error.URLError, ConnectionError, http_client_errors())):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).read()


def http_client_errors():
    import http.client

    return http.client.HTTPException


def test_a_certificate_without_its_key_is_a_configuration_error(tmp_path):
    cert, _ = self_signed(tmp_path)
    with pytest.raises(ValidationError, match="tls_cert and tls_key"):
        Settings(tls_cert=cert)
    with pytest.raises(ValidationError, match="not a readable file"):
        Settings(tls_cert=cert, tls_key=tmp_path / "missing.key")
