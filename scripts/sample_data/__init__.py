"""Modules of scripts/gen-sample-data.py."""
