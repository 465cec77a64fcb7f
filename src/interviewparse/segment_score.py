"""The former home of the segmenter's scoring, now :mod:`interviewparse.segment.scoring`.

Kept so that code importing ``interviewparse.segment_score`` (``WEIGHTS``, ``Candidate``) keeps
working; new code imports from :mod:`interviewparse.segment.scoring`.
"""

from __future__ import annotations

from .segment.scoring import FEATURES, WEIGHTS, Candidate, Evidence, ceiling, measure, score

__all__ = ["FEATURES", "WEIGHTS", "Candidate", "Evidence", "ceiling", "measure", "score"]
