"""Samples enrolled at a gym, at work or in a bank's app: a person as the object, "we",
logging in by a face, and a profile created are a person's biometric data; a product's
feature is not."""

from __future__ import annotations

import pytest
from guard_helpers import found

from troth.guard.detection import BIOMETRIC


@pytest.mark.parametrize(
    "text",
    [
        "in piscina si entra col palmo della mano, ieri mi hanno registrato, tipo film",
        "Op kantoor moeten we sinds maandag inklokken met een handpalmscan, best raar.",
        "Banking app – inloggen met gezicht – Papa – ingesteld 11/2026",
        "Auto nuevo – reconocimiento facial del conductor – perfil Jorge creado",
    ],
)
def test_a_persons_sample(text: str) -> None:
    assert BIOMETRIC in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new phone unlocks with your face in under a second, battery is average.",
        "Handpalmscanner model HP-200, datasheet and price list attached.",
    ],
)
def test_a_feature_or_a_product(text: str) -> None:
    assert BIOMETRIC not in found(text)
