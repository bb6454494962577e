"""The JSON API under /api/v1 and the public consent endpoints: one router per capability.

Each router turns HTTP into calls of its capability's service (requests, consent, the
guard's check) and answers what they return; the rules live in the capability, not here.
"""
