"""The benchmark command runs end to end on a tiny corpus (a smoke run: it checks the command, not speed)."""

from __future__ import annotations

import pytest

from devtools import bench


@pytest.mark.slow
def test_benchmark_smoke_run_prints_every_figure(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--smoke", "--workers", "2"]) == 0
    out = capsys.readouterr().out
    for figure in (
        "digital  pipeline --workers 2",
        "scanned  pipeline --workers 2",
        "ratio",
        "tesseract CLI x2, pre-rendered",
        "tesseract CLI x2 --psm 4",
        "peak RSS",
        "digital run:",
        "digital  by CPU",
        "scanned  by CPU",
        "`ingest backfill` of no request",
        "ocr",
    ):
        assert figure in out
    assert " 0 pages" not in out  # every generated page went through the pipeline and the raw engines


def test_latency_quantiles_interpolate_between_runs() -> None:
    from devtools.latency import quantile

    runs = [3.0, 1.0, 2.0, 10.0, 4.0, 5.5, 0.5]
    assert quantile(runs, 0.5) == 3.0
    assert quantile(runs, 0.95) == pytest.approx(8.65)
    assert quantile([2.5], 0.95) == 2.5


@pytest.mark.parametrize("option", ["--digital", "--scanned"])
def test_benchmark_refuses_a_corpus_without_pages_of_a_kind(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        bench.main([option, "0"])
    assert stopped.value.code == 2
    assert "give at least 1" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("wall", "said"), [(2.0, "the other 0.55 s of wall, workers waited"), (1.2, "no wall left over")]
)
def test_the_digital_runs_account_says_what_wall_time_is_left_over(
    wall: float, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # 0.2 s to start, 0.35 s loading the readers, 1.8 s of the pages' CPU over 2 workers: 0.9 s each
    bench._account(bench.Timing(72, wall, cpu=2.35), bench.Timing(0, 0.2, cpu=0.2), 0.35, 2)
    assert said in capsys.readouterr().out


def test_the_cpu_ratio_counts_each_side_pages_a_cpu_second_times_its_processes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 72 pages: the pipeline spends 1.44 s of CPU over 2 workers, the raw engine 4.32 s in 1 process,
    # so 50 pages a CPU second, 100 over 2 processes, against 16.67 over 1: a ratio of 6 (the wall
    # times, here the wrong way round, do not count).
    ours, theirs = bench.Timing(72, 30.0, cpu=1.44), bench.Timing(72, 9.0, cpu=4.32)
    bench._cpu_row("digital", (ours, 2), (theirs, 1), 5.0)
    said = capsys.readouterr().out
    assert "pipeline 20 ms a page over 2 | raw engine 60 ms a page over 1 | ratio 6.00" in said
    assert "ok" in said
    bench._cpu_row("scanned", (ours, 2), (theirs, 2), 1.2)
    assert "ratio 3.00" in capsys.readouterr().out
    bench._cpu_row("digital", (theirs, 2), (ours, 1), 5.0)
    assert "ratio 0.67 (target >= 5.0) BELOW TARGET" in capsys.readouterr().out
