"""The privacy statement as code: models, vocabulary, loader and checks.

>>> from troth.policy import load_policy
>>> policy = load_policy()             # the packaged example
>>> policy.system("accounts").datasets
['demo_accounts']
"""

from troth.policy.checks import check_policy
from troth.policy.errors import PolicyError, PolicyFinding
from troth.policy.loader import (
    check_policy_file,
    check_policy_text,
    default_policy_path,
    load_policy,
)
from troth.policy.models import (
    CAPABILITIES,
    LEGAL_BASES,
    Clause,
    Collection,
    Policy,
    PolicyVersion,
    Recipient,
    Retention,
    System,
)
from troth.policy.taxonomy import Taxonomy, Term

__all__ = [
    "CAPABILITIES",
    "LEGAL_BASES",
    "Clause",
    "Collection",
    "Policy",
    "PolicyError",
    "PolicyFinding",
    "PolicyVersion",
    "Recipient",
    "Retention",
    "System",
    "Taxonomy",
    "Term",
    "check_policy",
    "check_policy_file",
    "check_policy_text",
    "default_policy_path",
    "load_policy",
]
