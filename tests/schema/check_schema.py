#!/usr/bin/python3
"""Validates .ninefold files against resources/schema/ninefold.schema.json.

Usage: check_schema.py SCHEMA FILE...   (exit 1 when a file does not match)
"""
import json
import sys

import jsonschema


def main() -> int:
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failed = 0
    for path in sys.argv[2:]:
        doc = json.load(open(path, encoding="utf-8"))
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        failed += bool(errors)
        if not errors:
            print(f"{path}: matches the schema")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
