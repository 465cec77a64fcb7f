"""Shared test set-up: hypothesis profiles and the location of the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50, deadline=None)
# CI draws the same 1,000 examples per property on every run (derandomize): a landing gate must
# not pass or fail on the luck of a draw. Exploration with fresh draws is the "fuzz" profile.
settings.register_profile(
    "ci",
    max_examples=1000,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("INTERVIEWPARSE_CORPUS", ROOT.parent / "shared" / "corpus"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "heavy: a hostile-input case on a multi-megabyte input; runs in CI, skip locally with "
        "-m 'not heavy'",
    )


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus (../shared/corpus); tests that need it skip where it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS
