"""`python -m devtools.samplegen OUT [--count N] [--seed S] [--variants V,...] [--layouts L]`: a corpus."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from devtools.samplegen.corpus import PLANS, VARIANTS, write_corpus


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m devtools.samplegen",
        description="Write generated statement requests to OUT/requests and their truth to OUT/truth.",
    )
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--count", type=int, default=14, help="statements to generate (default 14)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0); same seed, same bytes")
    parser.add_argument(
        "--variants",
        default="text",
        help=f"comma-separated, each statement written once per variant: {','.join(VARIANTS)} (default text)",
    )
    parser.add_argument(
        "--layouts",
        choices=tuple(PLANS),
        default="classic",
        help="classic: the committed corpus's seven layouts (default); world: the kinds of real statements",
    )
    args = parser.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown or args.count < 0:
        parser.error(f"unknown variant(s): {', '.join(unknown)}" if unknown else "--count must be >= 0")
    references = write_corpus(args.out, args.count, seed=args.seed, variants=variants, layouts=args.layouts)
    requests, truth = args.out / "requests", args.out / "truth"
    print(f"wrote {len(references)} requests to {requests} and their truth to {truth}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
