"""Fixtures of the extraction tests that draw statements."""

from __future__ import annotations

import pytest

from tests.unit.extract.unseen_kinds import Fonts, dejavu


@pytest.fixture(scope="module")
def unicode_fonts() -> Fonts:
    """A font with the letters Helvetica lacks (Polish, Turkish, Danish and Norwegian ones)."""
    fonts = dejavu()
    if fonts is None:
        pytest.skip("no DejaVu Sans font to draw letters Helvetica lacks with")
    return fonts
