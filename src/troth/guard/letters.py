"""The letters names are written with: a capital and small letters of the eight languages
(Polish ones too), as pieces of regular expressions."""

from __future__ import annotations

UPPER = "A-ZÀ-ÖØ-ÝĄĆĘŁŃŚŹŻ"
LOWER = "a-zß-öø-ÿąćęłńśźż"
CAP_NAME = rf"[{UPPER}][{LOWER}]+"  # a word written with a capital first
