"""learning-exporter: memory and learning for an AI operations assistant."""

__version__ = "0.1.0"
