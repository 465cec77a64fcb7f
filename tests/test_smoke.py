from pathlib import Path

import interviewparse as ip

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_example_parses_to_an_interview() -> None:
    iv = ip.parse((EXAMPLES / "interview.txt").read_bytes())
    assert isinstance(iv, ip.Interview)
    assert iv.title is not None


def test_round_trip_dict() -> None:
    iv = ip.parse((EXAMPLES / "interview.txt").read_text(encoding="utf-8"))
    assert ip.Interview.from_dict(iv.to_dict()) == iv
