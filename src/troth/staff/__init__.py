"""Staff accounts: who may sign in to the console and the staff API, and with which role.

``StaffAccounts(engine)`` creates accounts, checks passwords (argon2id, :mod:`passwords`)
with a back-off per account and source address (:mod:`backoff`), enrols and checks TOTP,
and changes roles. The web layer and the CLI both use it; it knows nothing of either.
"""
