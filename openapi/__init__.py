"""The pipeline's scripts: fetch the spec (spec.py), index the operations, diff two specs."""
