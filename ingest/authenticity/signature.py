"""Signature signals: what the file's digital signatures say of the bytes they cover.

A signature covers the bytes its /ByteRange names: the whole file but the hole where the signature
itself sits. It is checked the way RFC 5652 (CMS) says: the digest of those bytes must be the one the
signer signed (its `messageDigest` attribute), and the signer's certificate must verify the signature
over those attributes. ASN.1 is parsed by asn1crypto, digests and public-key checks are cryptography's.

- SIGNED_WHOLE_FILE (positive): a signature that verifies and covers every byte of the file; nothing
  was changed since it was signed. Whether the signer is the bank is not known here (no trust store):
  the evidence names the certificate's subject for a reviewer to judge.
- SIGNED_THEN_CHANGED: a signature that verifies, but bytes were appended after it (an incremental
  update saved after signing; what it changed, the revision history tells). Updates that add only the
  signature's validation data are none: PAdES B-LT and B-LTA signers append a /DSS dictionary (ISO
  32000-2 12.8.4.3: the certificates, CRLs and OCSP responses that let the signature be checked years
  later) after signing, and rewrite the metadata records as they save.
- SIGNATURE_BROKEN: the bytes a signature covers no longer give the digest it signed, or the
  signature does not verify: the file was changed in place after signing.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

import pikepdf

from ingest.authenticity import production
from ingest.codes import Severity, SignalCode
from ingest.models import Signal

if TYPE_CHECKING:
    from asn1crypto import x509
    from cryptography.hazmat.primitives import hashes

# asn1crypto and cryptography are imported by the functions that read a signature, not here: few
# statements carry one, and loading them costs every process that reads files about 30 ms of CPU.

MAX_FIELDS = 64  # form fields looked at; a statement has a handful
# Objects of the signed revision compared with the file's, at most: the work a hostile file may ask for.
# The real statements hold 8 to 457 (up to ~115 a page); a file beyond this is judged changed after signing.
MAX_APPENDED_OBJECTS = 10_000
# What an update adding validation data changes in the catalog: the DSS, the extension level it declares,
# the XMP record it rewrites.
_VALIDATION_KEYS = frozenset({"/DSS", "/Extensions", "/Metadata"})
# The CMS sub-filters a PDF signature is made with; others (a bare PKCS#1 signature) are not checked.
CMS_SUBFILTERS = frozenset({"/adbe.pkcs7.detached", "/ETSI.CAdES.detached"})


@functools.cache
def _hashes() -> dict[str, type[hashes.HashAlgorithm]]:
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415  (only for a signed file)

    return {
        "sha1": hashes.SHA1,
        "sha224": hashes.SHA224,
        "sha256": hashes.SHA256,
        "sha384": hashes.SHA384,
        "sha512": hashes.SHA512,
    }


@dataclass(frozen=True, slots=True)
class _Signature:
    byte_range: tuple[int, int, int, int]
    contents: bytes
    subfilter: str
    signed_on: str  # the signature dictionary's /M (a PDF date), "" without one


class Signatures(NamedTuple):
    signals: list[Signal]
    # When the signature that covers the whole file and verifies was made; None without one.
    whole_file_signed_at: dt.datetime | None = None


NONE = Signatures([])  # what a file without signatures, or one whose signatures failed to read, has


def read(data: bytes, pdf: Any) -> Signatures:
    """The signatures' signals, and when the one covering the whole file was made."""
    found = sorted(_signatures(pdf), key=lambda s: s.byte_range[2] + s.byte_range[3], reverse=True)
    if not found:
        return NONE
    signals = _signals(data, pdf, found)
    whole = any(s.code is SignalCode.SIGNED_WHOLE_FILE for s in signals)
    return Signatures(signals, _signing_time(found[0]) if whole else None)


def _signals(data: bytes, pdf: Any, found: list[_Signature]) -> list[Signal]:
    """At most one signal of each code, for the signature covering the most bytes (`found` widest first)."""
    broken = [s for s in found if _verifies(data, s) is False]
    if broken:
        start, length, after, rest = broken[0].byte_range
        return [
            Signal(
                code=SignalCode.SIGNATURE_BROKEN,
                severity=Severity.HIGH,
                message="The file carries a digital signature that no longer matches the bytes it signed.",
                evidence=(
                    f"{len(broken)} of {len(found)} signatures fail the digest or signature check "
                    f"(byte range {start} {length} {after} {rest})"
                ),
            )
        ]
    widest = found[0]
    covered = widest.byte_range[2] + widest.byte_range[3]
    end = len(data.rstrip())
    completed = covered < end and _validation_data_only(pdf, data[:covered])
    if completed:
        end = covered  # what the signature vouches for is the whole document
    if covered < end:
        added = len(data) - covered
        return [
            Signal(
                code=SignalCode.SIGNED_THEN_CHANGED,
                severity=Severity.MEDIUM,
                message=f"The file was signed, then {added} bytes were added after the signature.",
                evidence=f"signatures cover the first {covered} of {len(data)} bytes",
            )
        ]
    if _verifies(data, widest) and _whole(widest, end):
        return [
            Signal(
                code=SignalCode.SIGNED_WHOLE_FILE,
                severity=Severity.NONE,
                message=(
                    f"A digital signature covers the whole {'document' if completed else 'file'} and "
                    "verifies: nothing was changed since it was signed"
                    + (" (only the data that check its certificate were added)." if completed else ".")
                ),
                evidence=f"{widest.subfilter.lstrip('/')} signature by {_signer(widest)}"
                + (
                    f"; validation data (DSS) added after it, {len(data) - covered} bytes"
                    if completed
                    else ""
                ),
            )
        ]
    return []


def _signatures(pdf: Any) -> list[_Signature]:
    form = pdf.Root.get("/AcroForm")
    fields = form.get("/Fields") if isinstance(form, pikepdf.Dictionary) else None
    if not isinstance(fields, pikepdf.Array):
        return []
    found = []
    for field in list(fields)[:MAX_FIELDS]:
        value = field.get("/V") if isinstance(field, pikepdf.Dictionary) else None
        if field.get("/FT") != pikepdf.Name.Sig or not isinstance(value, pikepdf.Dictionary):
            continue
        byte_range = value.get("/ByteRange")
        numbers = [int(n) for n in byte_range] if isinstance(byte_range, pikepdf.Array) else []
        if len(numbers) != 4 or min(numbers) < 0:
            continue
        contents = value.get("/Contents")
        found.append(
            _Signature(
                (numbers[0], numbers[1], numbers[2], numbers[3]),
                bytes(contents) if isinstance(contents, pikepdf.String) else b"",
                str(value.get("/SubFilter", "")),
                str(value.get("/M", "")),
            )
        )
    return found


def _validation_data_only(pdf: Any, signed: bytes) -> bool:
    """The updates after the `signed` revision change nothing but validation data: the DSS and what it
    holds, the catalog's entries for it, the Info and XMP records (a signer's save rewrites them; the
    production chain reads them as they are now). `pdf` is the whole file, opened."""
    try:
        before = pikepdf.open(io.BytesIO(signed), attempt_recovery=False)
    except pikepdf.PdfError:
        return False
    with before:
        root, earlier_root = pdf.Root, before.Root
        if root.objgen != earlier_root.objgen or "/DSS" not in root:
            return False
        if _without(root, _VALIDATION_KEYS) != _without(earlier_root, _VALIDATION_KEYS):
            return False
        # What the signed revision held that such an update rewrites: the catalog, the metadata records,
        # an earlier DSS. An object the DSS newly points to must be as signed, or new.
        allowed = _reachable(earlier_root["/DSS"]) if "/DSS" in earlier_root else set()
        allowed.add(root.objgen)
        for record in (before.trailer.get("/Info"), earlier_root.get("/Metadata")):
            if isinstance(record, pikepdf.Object) and record.is_indirect:
                allowed.add(record.objgen)
        # Every other object of the signed revision is as signed: what the update added is reached only
        # through those (or by nothing).
        objects = before.objects
        if len(objects) > MAX_APPENDED_OBJECTS:
            return False
        for obj in objects:
            if not isinstance(obj, pikepdf.Object) or obj.objgen in allowed or _container(obj):
                continue
            if _written(obj) != _written(_object(pdf, obj.objgen)):
                return False
    return True


def _without(dictionary: Any, keys: frozenset[str]) -> bytes:
    return pikepdf.Dictionary({k: v for k, v in dictionary.items() if k not in keys}).unparse()


def _reachable(start: Any) -> set[tuple[int, int]]:
    """The indirect objects `start` leads to (the DSS's certificates, CRLs, OCSP responses, VRI)."""
    seen: set[tuple[int, int]] = set()
    pending = [start]
    while pending and len(seen) <= MAX_APPENDED_OBJECTS:
        obj = pending.pop()
        if not isinstance(obj, pikepdf.Object):
            continue  # a number, a boolean: pikepdf hands them as Python values
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Array):
            pending += list(obj)
        elif isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            pending += list(obj.values())
    return seen


def _container(obj: Any) -> bool:
    """A cross-reference or object stream: what it holds is compared object by object."""
    return isinstance(obj, pikepdf.Stream) and obj.get("/Type") in (pikepdf.Name.XRef, pikepdf.Name.ObjStm)


def _object(pdf: Any, objgen: tuple[int, int]) -> Any:
    try:
        return pdf.get_object(objgen)
    except (pikepdf.PdfError, ValueError):
        return None


def _written(obj: Any) -> bytes | None:
    """An object as written: its dictionary and, for a stream, its bytes as stored."""
    if obj is None:
        return None
    if isinstance(obj, pikepdf.Stream):
        return obj.stream_dict.unparse() + obj.read_raw_bytes()
    return bytes(obj.unparse(resolved=True))


def _whole(signature: _Signature, end: int) -> bool:
    """The range starts at the first byte, leaves out only the signature's own value (its hex string
    and brackets), and runs to the end."""
    start, length, after, rest = signature.byte_range
    return start == 0 and after - length == 2 * len(signature.contents) + 2 and after + rest >= end


def _verifies(data: bytes, signature: _Signature) -> bool | None:
    """True: digest and signature check out; False: they do not; None: a kind not checked here."""
    if signature.subfilter not in CMS_SUBFILTERS or not signature.contents:
        return None
    from asn1crypto import cms  # noqa: PLC0415  (only for a signed file: see the imports)

    try:
        info = cms.ContentInfo.load(signature.contents)
        signed = info["content"]
        signer = signed["signer_infos"][0]
        digest_name = signer["digest_algorithm"]["algorithm"].native
        certificate = _certificate(signed, signer)
    except (ValueError, TypeError, KeyError, IndexError):
        return False  # a signature that cannot be parsed cannot vouch for anything
    if digest_name not in _hashes() or certificate is None:
        return None
    start, length, after, rest = signature.byte_range
    digest = hashlib.new(digest_name, data[start : start + length] + data[after : after + rest]).digest()
    attributes = signer["signed_attrs"]
    if not attributes:
        return None  # a signature straight over the content: not how PDF signers make them
    signed_digest = next(
        (a["values"][0].native for a in attributes if a["type"].native == "message_digest"), None
    )
    if signed_digest != digest:
        return False
    # The attributes are signed as a SET (tag 0x31), not as the [0] IMPLICIT field they are stored in.
    message = b"\x31" + attributes.dump()[1:]
    return _signature_holds(certificate, signer, message, _hashes()[digest_name]())


def _certificate(signed: Any, signer: Any) -> x509.Certificate | None:
    from asn1crypto import x509  # noqa: PLC0415  (only for a signed file)

    sid = signer["sid"]
    for choice in signed["certificates"] or []:
        certificate = choice.chosen
        if not isinstance(certificate, x509.Certificate):
            continue
        if sid.name == "issuer_and_serial_number":
            if (
                certificate.issuer == sid.chosen["issuer"]
                and certificate.serial_number == sid.chosen["serial_number"].native
            ):
                return certificate
        elif certificate.key_identifier == sid.chosen.native:
            return certificate
    return None


def _signature_holds(
    certificate: x509.Certificate, signer: Any, message: bytes, digest: hashes.HashAlgorithm
) -> bool:
    from cryptography.exceptions import InvalidSignature  # noqa: PLC0415  (only for a signed file)
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa  # noqa: PLC0415
    from cryptography.hazmat.primitives.serialization import load_der_public_key  # noqa: PLC0415

    key = load_der_public_key(certificate.public_key.dump())
    value = signer["signature"].native
    algorithm = signer["signature_algorithm"]
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if algorithm.signature_algo == "rsassa_pss":
                parameters = algorithm["parameters"]
                pss = padding.PSS(padding.MGF1(digest), parameters["salt_length"].native)
                key.verify(value, message, pss, digest)
            else:
                key.verify(value, message, padding.PKCS1v15(), digest)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(value, message, ec.ECDSA(digest))
        else:
            return False  # DSA and others: not used for statements, not trusted here
    except InvalidSignature:
        return False
    return True


def _signing_time(signature: _Signature) -> dt.datetime | None:
    """When the signature was made: the signing time among its signed attributes, else its dictionary's
    /M (both covered by the signature)."""
    from asn1crypto import cms  # noqa: PLC0415  (only for a signed file: see the imports)

    try:
        signer = cms.ContentInfo.load(signature.contents)["content"]["signer_infos"][0]
        attributes = signer["signed_attrs"] or []
        signed = next((a["values"][0].native for a in attributes if a["type"].native == "signing_time"), None)
    except (ValueError, TypeError, KeyError, IndexError):
        signed = None
    if isinstance(signed, dt.datetime):
        return signed
    return production.pdf_date(signature.signed_on)


def _signer(signature: _Signature) -> str:
    """The signing certificate's subject common name or organisation (a bank's name, not the holder's)."""
    from asn1crypto import cms  # noqa: PLC0415  (only for a signed file)

    try:
        signed = cms.ContentInfo.load(signature.contents)["content"]
        certificate = _certificate(signed, signed["signer_infos"][0])
    except (ValueError, TypeError, KeyError, IndexError):
        return "an unreadable certificate"
    if certificate is None:
        return "an unknown certificate"
    subject = certificate.subject.native
    name = subject.get("organization_name") or subject.get("common_name") or "an unnamed signer"
    return f"{name} (certificate not checked against a trust store)"
