"""The JSON Schema every exported record validates against: ``quotes.schema.json``."""
