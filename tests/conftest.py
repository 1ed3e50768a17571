"""Test configuration: one BLAS thread per process (as the CLI sets), before numpy is imported."""

import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
