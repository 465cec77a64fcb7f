"""``python -m interviewparse.lexicon``: the coverage table, language × slot, in Markdown."""

from __future__ import annotations

from . import SLOTS, coverage, get


def main() -> None:
    table = coverage()
    print("| language | " + " | ".join(SLOTS) + " |")
    print("|---|" + "---:|" * len(SLOTS))
    for code, counts in table.items():
        cells = " | ".join(str(counts[slot]) if counts[slot] else "–" for slot in SLOTS)
        print(f"| {code} {get(code).name} | {cells} |")


if __name__ == "__main__":
    main()
