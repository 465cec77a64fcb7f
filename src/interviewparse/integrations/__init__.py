"""Optional bridges to other tools. Each module imports its tool lazily and needs an extra:
``interviewparse.integrations.dask`` needs the ``dask`` extra (from a checkout:
``pip install ".[dask]"``)."""
