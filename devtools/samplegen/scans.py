"""Scanned and photographed variants of a rendered statement: pypdfium2 renders, PIL and numpy degrade."""

from __future__ import annotations

import io
import itertools
import math
import random
from collections.abc import Iterator

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.utils import ImageReader

from devtools.samplegen.pdfkit import new_canvas

KINDS = ("scan300", "scan200", "photo", "rotated")
DPI = {"scan300": 300, "scan200": 200, "photo": 200, "rotated": 300}


def scan(pdf_bytes: bytes, kind: str, seed: int = 0) -> tuple[str, bytes]:
    """The statement as `kind` would bring it in; returns (file extension, bytes).

    - scan300: image-only PDF at 300 dpi, clean (grey, stored losslessly).
    - scan200: image-only PDF at 200 dpi, skewed up to ±1.5°, noisy, strongly JPEG-compressed.
    - photo: a JPEG of the page (a multi-page TIFF for several pages): lighting gradient,
      perspective, slight rotation, blur and noise, on a darker background.
    - rotated: like scan300, but the first page is turned 90° (for orientation detection).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown scan kind {kind!r}; expected one of {', '.join(KINDS)}")
    rng = random.Random(f"{kind}:{seed}")  # noqa: S311 (test data, not secrets)
    dpi = DPI[kind]
    pages = list(render_pages(pdf_bytes, dpi, color=kind == "photo"))
    if kind == "photo":
        photos = [photograph(image, rng) for image, _ in pages]
        return _photo_file(photos)
    images: list[tuple[Image.Image, tuple[float, float], int | None]] = []
    for number, (image, size) in enumerate(pages, start=1):
        if kind == "scan200":
            images.append((rough_scan(image, rng), size, 50))
        elif kind == "rotated" and number == 1:
            images.append((image.transpose(Image.Transpose.ROTATE_90), (size[1], size[0]), None))
        else:
            images.append((image, size, None))
    return ".pdf", image_pdf(images)


def render_pages(
    pdf_bytes: bytes, dpi: int, *, color: bool
) -> Iterator[tuple[Image.Image, tuple[float, float]]]:
    """Each page of a PDF as an image at `dpi` (RGB or greyscale), with the page's size in points."""
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        for page in document:
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, grayscale=not color)
            image = bitmap.to_pil().convert("RGB" if color else "L")
            yield image, (float(width), float(height))
    finally:
        document.close()


def image_pdf(pages: list[tuple[Image.Image, tuple[float, float], int | None]]) -> bytes:
    """A PDF with one image per page filling the page (size in points), deterministic bytes.

    With a quality the image is stored as JPEG, as scanners do; without, losslessly (Flate).
    """
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, pages[0][1], "scanned statement")
    for image, (width, height), quality in pages:
        canvas.setPageSize((width, height))
        if quality is None:
            reader = ImageReader(image)
        else:
            jpeg = io.BytesIO()
            image.save(jpeg, "JPEG", quality=quality)
            jpeg.seek(0)
            reader = ImageReader(jpeg)
        canvas.drawImage(reader, 0, 0, width=width, height=height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    """Sensor noise, the same on every channel (luminance noise)."""
    generator = np.random.default_rng(rng.randrange(2**32))
    pixels = np.asarray(image, dtype=np.int16)
    noise = (generator.standard_normal(pixels.shape[:2], dtype=np.float32) * sigma).astype(np.int16)
    noisy = pixels + (noise[..., None] if pixels.ndim == 3 else noise)
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8), image.mode)


def light_scan(
    image: Image.Image,
    rng: random.Random,
    *,
    skew: tuple[float, float] = (0.1, 0.6),
    blur: float = 0.0,
    noise: float = 3.0,
) -> Image.Image:
    """A good flatbed scan: the page a little off square (`skew` in degrees, either way), faint sensor
    noise, and optionally the softness of a scanner's optics (`blur`, a Gaussian radius in pixels)."""
    angle = rng.choice((-1, 1)) * rng.uniform(*skew)
    skewed = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if blur:
        skewed = skewed.filter(ImageFilter.GaussianBlur(blur))
    return _noise(skewed, rng, noise)


def rough_scan(
    image: Image.Image,
    rng: random.Random,
    *,
    skew: tuple[float, float] = (0.4, 1.5),
    blur: float = 0.6,
    noise: float = 7.0,
) -> Image.Image:
    """A cheap scan: skewed (`skew` in degrees, either way), softened and noisy (JPEG compression is
    the caller's)."""
    angle = rng.choice((-1, 1)) * rng.uniform(*skew)
    skewed = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    softened = skewed.filter(ImageFilter.GaussianBlur(blur))
    return _noise(softened, rng, noise)


_TABLE = (74, 62, 52)  # the surface the page lies on


def photograph(
    page: Image.Image,
    rng: random.Random,
    *,
    curl: bool = False,
    shadow: bool = False,
    tilt: float = 2.0,
    perspective: float = 0.025,
    blur: tuple[float, float] = (0.7, 1.1),
) -> Image.Image:
    """A phone's picture of a (colour) page on a desk: perspective, uneven light, blur and noise.

    `curl` bends the page's lines as paper lifting off the desk does; `shadow` lays a soft shadow (the
    phone's, a hand's) across part of it. Both are off for the generator's own photos. `tilt` bounds the
    rotation (degrees, either way), `perspective` how far each corner is pulled in (a share of the
    side), `blur` the range of the lens's softness (a Gaussian radius in pixels).
    """
    if curl:
        page = _curl(page, rng)
    width, height = page.size
    margin_x, margin_y = int(width * 0.07), int(height * 0.05)
    canvas = Image.new("RGB", (width + 2 * margin_x, height + 2 * margin_y), _TABLE)
    canvas.paste(page, (margin_x, margin_y))
    canvas = _camera(canvas, rng, tilt, perspective)
    canvas = _lighting(canvas, rng)
    if shadow:
        canvas = _shadow(canvas, rng)
    canvas = canvas.filter(ImageFilter.GaussianBlur(rng.uniform(*blur)))
    return _noise(canvas, rng, 4.0)


def _camera(image: Image.Image, rng: random.Random, tilt: float, jitter: float) -> Image.Image:
    """One perspective warp: a slight rotation (up to `tilt` degrees), and corners pulled in a little (up
    to `jitter` of a side), as a phone held not quite parallel to the page sees it."""
    width, height = image.size
    angle = math.radians(rng.uniform(-tilt, tilt))
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = width / 2, height / 2
    corners = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))]
    src = []
    for x, y in corners:
        px = x + (1 if x == 0 else -1) * rng.uniform(0, jitter) * width
        py = y + (1 if y == 0 else -1) * rng.uniform(0, jitter) * height
        src.append((cx + (px - cx) * cos - (py - cy) * sin, cy + (px - cx) * sin + (py - cy) * cos))
    coefficients = _perspective_coefficients(corners, src)
    return image.transform(
        image.size,
        Image.Transform.PERSPECTIVE,
        coefficients,
        resample=Image.Resampling.BICUBIC,
        fillcolor=_TABLE,
    )


def _perspective_coefficients(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> tuple[float, float, float, float, float, float, float, float]:
    """PIL's eight coefficients mapping each output corner in `dst` to its input point in `src`."""
    rows = []
    targets = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        targets.extend([u, v])
    solved = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(targets, dtype=np.float64))
    a, b, c, d, e, f, g, h = (float(value) for value in solved)
    return a, b, c, d, e, f, g, h


def _lighting(image: Image.Image, rng: random.Random) -> Image.Image:
    """Uneven light: a gradient from a dim side to a bright one, with a warm cast.

    The light varies slowly, so it is computed small and scaled up.
    """
    width, height = image.size
    small = (max(1, width // 16), max(1, height // 16))
    direction = rng.uniform(0, 2 * math.pi)
    ys, xs = np.mgrid[0 : small[1], 0 : small[0]].astype(np.float32)
    ramp = (xs / small[0] - 0.5) * math.cos(direction) + (ys / small[1] - 0.5) * math.sin(direction)
    light = 0.86 + 0.3 * ramp  # about 0.7 on the dim side, 1.0 on the bright one
    tint = np.array([1.0, 0.97, 0.9], dtype=np.float32)
    factors = np.clip(light[..., None] * tint * 255, 0, 255).astype(np.uint8)
    lightmap = Image.fromarray(factors, "RGB").resize(image.size, Image.Resampling.BILINEAR)
    return ImageChops.multiply(image, lightmap)


CURL_CELLS = 16  # the mesh the bend is drawn with, per side


def _curl(page: Image.Image, rng: random.Random) -> Image.Image:
    """Paper lifting off the desk: lines bow, most near one edge (up to about 1% of the page height)."""
    width, height = page.size
    depth = rng.uniform(0.005, 0.011) * height
    from_top = rng.random() < 0.5  # the edge that lifts

    def bend(x: float, y: float) -> tuple[float, float]:
        across = math.sin(math.pi * x / width)  # lines bow: flat at the sides, deepest in the middle
        lift = (1 - y / height) if from_top else y / height
        return x, y + depth * across * lift**2

    cells_x = [width * i / CURL_CELLS for i in range(CURL_CELLS + 1)]
    cells_y = [height * i / CURL_CELLS for i in range(CURL_CELLS + 1)]
    mesh = []
    for x0, x1 in itertools.pairwise(cells_x):
        for y0, y1 in itertools.pairwise(cells_y):
            quad = (*bend(x0, y0), *bend(x0, y1), *bend(x1, y1), *bend(x1, y0))
            mesh.append(((round(x0), round(y0), round(x1), round(y1)), quad))
    return page.transform(page.size, Image.Transform.MESH, mesh, resample=Image.Resampling.BICUBIC)


def _shadow(image: Image.Image, rng: random.Random) -> Image.Image:
    """A soft-edged shadow over one side of the picture, 20-35% darker, at a random angle."""
    width, height = image.size
    small = (max(1, width // 16), max(1, height // 16))
    direction = rng.uniform(0, 2 * math.pi)
    ys, xs = np.mgrid[0 : small[1], 0 : small[0]].astype(np.float32)
    reach = (xs / small[0] - 0.5) * math.cos(direction) + (ys / small[1] - 0.5) * math.sin(direction)
    edge = rng.uniform(0.15, 0.35)  # how far past the middle the shadow's edge lies
    softness = 0.04
    inside = 1 / (1 + np.exp(-(reach - edge) / softness))
    light = 1 - rng.uniform(0.2, 0.35) * inside
    factors = np.clip(np.repeat(light[..., None], 3, axis=2) * 255, 0, 255).astype(np.uint8)
    shade = Image.fromarray(factors, "RGB").resize(image.size, Image.Resampling.BILINEAR)
    return ImageChops.multiply(image, shade)


def _photo_file(photos: list[Image.Image]) -> tuple[str, bytes]:
    buffer = io.BytesIO()
    if len(photos) == 1:
        photos[0].save(buffer, "JPEG", quality=75)
        return ".jpg", buffer.getvalue()
    photos[0].save(buffer, "TIFF", save_all=True, append_images=photos[1:], compression="jpeg", quality=75)
    return ".tif", buffer.getvalue()
