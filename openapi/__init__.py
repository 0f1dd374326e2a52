"""The generated client's input: fetching the bundles, naming the models, running the generator."""
