# The image the Helm chart runs: `learning-exporter serve` on 0.0.0.0:9464 as uid 10001.
# The embedding model ships inside a Python package, so the image needs no network at run time.
FROM python:3.11-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /src
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
# The CPU build of torch first: an unpinned torch would pull gigabytes of CUDA packages.
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
COPY pyproject.toml README.md ./
COPY exporter ./exporter
COPY detectors ./detectors
RUN pip install .
# names-dataset's table for the person-name rules, derived once here (~20 s, GBs) instead of in each pod
RUN python -m exporter.privacy.world_names /opt/venv/share/learning-exporter

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    HOME=/tmp \
    LEARNING_EXPORTER_HOST=0.0.0.0 \
    LEARNING_EXPORTER_PORT=9464 \
    LEARNING_EXPORTER_DATABASE_URL=sqlite:////var/lib/learning-exporter/learning.db \
    LEARNING_EXPORTER_ARCHIVE_DIR=/var/lib/learning-exporter/archive
COPY --from=build /opt/venv /opt/venv
COPY dashboards /usr/share/learning-exporter/dashboards
COPY alerts /usr/share/learning-exporter/alerts
RUN groupadd --system --gid 10001 exporter \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/learning-exporter --no-create-home exporter \
    && mkdir -p /var/lib/learning-exporter/archive \
    && chown -R 10001:10001 /var/lib/learning-exporter
VOLUME /var/lib/learning-exporter
USER 10001:10001
EXPOSE 9464
ENTRYPOINT ["learning-exporter"]
CMD ["serve"]
