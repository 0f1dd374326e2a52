"""The pipeline's scripts: fetch the spec, trim and name what the generator sees, run it,
index the operations, diff two specs."""
