"""Arithmetic signals: balances and printed totals that do not reconcile, as validation found them.

Validation reports each break as a BalanceMismatch warning on the account; here they become one signal
of the file they were read from. A misread figure breaks the chain as well as an edited one does, so the
signal is of medium weight: it makes a file SUSPECT only beside another sign of editing.
"""

from __future__ import annotations

from ingest.codes import Severity, SignalCode
from ingest.models import Signal


def balance_signals(breaks: int) -> list[Signal]:
    """BALANCE_BREAK for a file whose statements had `breaks` BalanceMismatch findings."""
    if not breaks:
        return []
    return [
        Signal(
            code=SignalCode.BALANCE_BREAK,
            severity=Severity.MEDIUM,
            message=(
                f"The printed balances or totals do not reconcile in {breaks} "
                f"place{'s' if breaks > 1 else ''} (see the account's BalanceMismatch warnings)."
            ),
            evidence=f"{breaks} BalanceMismatch finding{'s' if breaks > 1 else ''}",
        )
    ]
