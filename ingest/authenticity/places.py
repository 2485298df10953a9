"""Where a signal was seen: boxes in fractions of the page as displayed, and the words that say so."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.models import Box


@dataclass(frozen=True, slots=True)
class PageFrame:
    """A page's visible area in PDF space (its crop box) and its /Rotate, to place PDF-space boxes on
    the page as a reader sees it."""

    number: int
    left: float
    bottom: float
    width: float  # of the unturned page, in points
    height: float
    rotation: int = 0  # clockwise quarter turns for display: 0, 90, 180 or 270

    def box(self, x0: float, y0: float, x1: float, y1: float) -> Box:
        """A PDF-space box (points, y up) as page fractions from the displayed page's top left."""
        if self.width <= 0 or self.height <= 0:
            return Box(page=self.number, x0=0, y0=0, x1=0, y1=0)
        # Fractions of the unturned page from its top left, then turned as the page is displayed.
        u0, u1 = (x0 - self.left) / self.width, (x1 - self.left) / self.width
        v0, v1 = (
            (self.bottom + self.height - y1) / self.height,
            (self.bottom + self.height - y0) / self.height,
        )
        if self.rotation == 90:
            u0, v0, u1, v1 = 1 - v1, u0, 1 - v0, u1
        elif self.rotation == 180:
            u0, v0, u1, v1 = 1 - u1, 1 - v1, 1 - u0, 1 - v0
        elif self.rotation == 270:
            u0, v0, u1, v1 = v0, 1 - u1, v1, 1 - u0
        return fraction_box(self.number, u0, v0, u1, v1)


def fraction_box(page: int, x0: float, y0: float, x1: float, y1: float) -> Box:
    """A box from fractions of the page (top left origin), clamped to the page and rounded."""
    return Box(page=page, x0=_fraction(x0), y0=_fraction(y0), x1=_fraction(x1), y1=_fraction(y1))


def where(box: Box) -> str:
    """The place in words: "on page 2, 70%-82% across and 14%-16% down"."""
    return f"on page {box.page}, {box.x0:.0%}-{box.x1:.0%} across and {box.y0:.0%}-{box.y1:.0%} down"


def _fraction(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)
