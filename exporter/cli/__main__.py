"""`python -m exporter.cli`: the same command as the `learning-exporter` console script."""

from exporter.cli import main

main()
