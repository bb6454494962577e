"""Data subject requests: access, erasure, correction and consent withdrawal.

The engine: :mod:`troth.requests.planner` (what to read and change, as plain data),
:mod:`troth.requests.executor` (runs a plan through the connectors, with a journal so an
interrupted request resumes), :mod:`troth.requests.masking` (how a field is erased) and
:mod:`troth.requests.export` (the access archive's contents).
"""
