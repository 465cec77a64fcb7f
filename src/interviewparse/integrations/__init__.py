"""Optional bridges to other tools. Each module imports its tool lazily and needs an extra:
``interviewparse.integrations.dask`` needs ``pip install 'interviewparse[dask]'``."""
