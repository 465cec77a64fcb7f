"""The crawl-scale recipe: a dask bag of files -> parse -> records -> DataFrame -> Parquet.

pip install ".[dask]"   (from a checkout of the repository)
python examples/dask_to_parquet.py [FOLDER] [OUT_DIR]   (default: examples/, a temp dir)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import dask
import pandas as pd

from interviewparse.batch import expand_paths
from interviewparse.integrations.dask import write_parquet


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).parent
    out = Path(argv[2]) if len(argv) > 2 else Path(tempfile.mkdtemp()) / "pairs.parquet"
    files = expand_paths([folder])
    # Local processes (parsing is CPU-bound: threads would take turns on one core); with
    # dask.distributed, create a Client and the same code runs there. Processes are why the
    # `if __name__ == "__main__":` guard below is needed.
    with dask.config.set(scheduler="processes", num_workers=2):
        write_parquet(files, out, errors="skip")
    pairs = pd.read_parquet(out)
    print(f"{len(files)} files -> {len(pairs)} pairs in {out}")
    print(pairs.groupby("source")["answer_words"].agg(["count", "sum"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
