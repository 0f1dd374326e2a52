"""Async Python SDK for the Altegio API."""
