"""Drawing helpers shared by the layouts: a deterministic canvas, text wrapping, and a paginated table."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

Align = Literal["left", "right", "center"]

# Binary streams: ASCII85 would make every image a quarter larger. Only this generator draws with
# reportlab in the project, so the process-wide switch touches nothing else.
rl_config.useA85 = 0


def new_canvas(buffer: io.BytesIO, size: tuple[float, float], title: str) -> Any:
    """A canvas whose bytes depend only on what is drawn (invariant mode: fixed dates and ids)."""
    canvas = Canvas(buffer, pagesize=size, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor(title)
    canvas.setCreator("ingest samplegen")
    return canvas


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; joining the lines with one space gives back the text."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def text(canvas: Any, x: float, y: float, value: str, align: Align = "left") -> None:
    if align == "right":
        canvas.drawRightString(x, y, value)
    elif align == "center":
        canvas.drawCentredString(x, y, value)
    else:
        canvas.drawString(x, y, value)


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: tuple[str, ...]  # header lines
    x: float  # left edge
    width: float
    align: Align = "left"

    @property
    def anchor(self) -> float:
        return self.x + self.width if self.align == "right" else self.x


@dataclass(slots=True)
class Row:
    """A printed table row: lines of text per column key. `ref` is the transaction's index, if any."""

    cells: dict[str, list[str]]
    ref: int | None = None
    bold: bool = False

    @property
    def lines(self) -> int:
        return max((len(v) for v in self.cells.values()), default=1)


@dataclass(slots=True)
class TableStyle:
    columns: Sequence[Column]
    font: str = "Helvetica"
    bold_font: str = "Helvetica-Bold"
    size: float = 8.0
    leading: float = 10.0
    row_gap: float = 3.0
    header_fill: Color | None = None
    header_color: Color | None = None
    rule_color: Color | None = None  # a thin line under each row
    zebra: Color | None = None  # fill behind every other row
    vertical_rules: bool = False
    left: float = 40.0
    right: float = 572.0
    _striped: int = field(default=0)

    def row_height(self, row: Row) -> float:
        return row.lines * self.leading + self.row_gap


class Pager:
    """Tracks the current page and y; breaks pages through the layout's own header and footer."""

    def __init__(
        self,
        canvas: Any,
        bottom: float,
        start_page: Callable[[Pager], float],
        end_page: Callable[[Pager], None],
    ) -> None:
        self.canvas = canvas
        self.bottom = bottom
        self.page = 1
        self.y = 0.0
        self._start_page = start_page
        self._end_page = end_page

    def begin(self) -> None:
        self.y = self._start_page(self)

    def break_page(self) -> None:
        self._end_page(self)
        self.canvas.showPage()
        self.page += 1
        self.y = self._start_page(self)

    def finish(self) -> None:
        self._end_page(self)
        self.canvas.showPage()


def draw_header(pager: Pager, style: TableStyle) -> None:
    canvas = pager.canvas
    lines = max(len(c.title) for c in style.columns)
    height = lines * style.leading + 4
    if style.header_fill is not None:
        canvas.setFillColor(style.header_fill)
        canvas.rect(
            style.left,
            pager.y - height + style.leading - 1,
            style.right - style.left,
            height,
            stroke=0,
            fill=1,
        )
    canvas.setFillColor(style.header_color or Color(0, 0, 0))
    canvas.setFont(style.bold_font, style.size)
    for column in style.columns:
        for i, line in enumerate(column.title):
            text(canvas, column.anchor, pager.y - i * style.leading, line, column.align)
    canvas.setFillColor(Color(0, 0, 0))
    pager.y -= height + 2
    if style.rule_color is not None:
        canvas.setStrokeColor(style.rule_color)
        canvas.setLineWidth(0.6)
        canvas.line(style.left, pager.y + style.leading - 1, style.right, pager.y + style.leading - 1)


def draw_row(pager: Pager, style: TableStyle, row: Row) -> None:
    canvas = pager.canvas
    height = style.row_height(row)
    if style.zebra is not None:
        style._striped += 1
        if style._striped % 2 == 0:
            canvas.setFillColor(style.zebra)
            canvas.rect(
                style.left,
                pager.y - height + style.leading,
                style.right - style.left,
                height,
                stroke=0,
                fill=1,
            )
            canvas.setFillColor(Color(0, 0, 0))
    canvas.setFont(style.bold_font if row.bold else style.font, style.size)
    for column in style.columns:
        for i, line in enumerate(row.cells.get(column.key, [])):
            if line:
                text(canvas, column.anchor, pager.y - i * style.leading, line, column.align)
    if style.vertical_rules:
        canvas.setStrokeColor(style.rule_color or Color(0.6, 0.6, 0.6))
        canvas.setLineWidth(0.3)
        for column in style.columns[1:]:
            canvas.line(
                column.x - 4, pager.y + style.leading - 1, column.x - 4, pager.y - height + style.leading
            )
    pager.y -= height
    if style.rule_color is not None and not style.vertical_rules:
        canvas.setStrokeColor(style.rule_color)
        canvas.setLineWidth(0.3)
        canvas.line(style.left, pager.y + style.leading - 1, style.right, pager.y + style.leading - 1)


PageHook = Callable[[Pager, list[int]], None]


def draw_table(
    pager: Pager,
    style: TableStyle,
    rows: Sequence[Row],
    *,
    reserve: float = 0.0,
    before_break: PageHook | None = None,
    after_break: PageHook | None = None,
    repeat_header: bool = True,
) -> dict[int, int]:
    """Draw rows under a header repeated on every page; returns each referenced row's page.

    `reserve` keeps room at a page's foot for what `before_break` draws (carried-forward rows,
    page totals); `after_break` draws under the repeated header (brought-forward rows). Both get
    the transaction refs drawn on the page that ends. Without `repeat_header` the headings are
    printed on the table's first page only.
    """
    pages: dict[int, int] = {}
    on_page: list[int] = []
    draw_header(pager, style)
    for row in rows:
        if pager.y - style.row_height(row) < pager.bottom + reserve and on_page:
            if before_break is not None:
                before_break(pager, on_page)
            pager.break_page()
            if repeat_header:
                draw_header(pager, style)
            if after_break is not None:
                after_break(pager, on_page)
            on_page = []
        draw_row(pager, style, row)
        if row.ref is not None:
            pages[row.ref] = pager.page
            on_page.append(row.ref)
    return pages


def two_passes(draw: Callable[[Any, int], Any], size: tuple[float, float], title: str) -> tuple[bytes, Any]:
    """Draw once to count pages, then again with the count known ("Page 1 of 3")."""
    scratch = new_canvas(io.BytesIO(), size, title)
    draw(scratch, 0)
    total = scratch.getPageNumber() - 1
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, size, title)
    result = draw(canvas, total)
    canvas.save()
    return buffer.getvalue(), result
