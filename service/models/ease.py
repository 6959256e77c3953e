"""EASE (Steck 2019), the closed-form ridge regression of each item on the others, from a Gram matrix."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from scipy.linalg import lapack

Matrix = npt.NDArray[np.floating]

# Rows per block when mirroring the inverse's upper triangle: bounded temporary memory.
_MIRROR_BLOCK = 1024


def ease_from_gram(gram: Matrix, regularisation: float) -> Matrix:
    """B = I - P / diag(P) with P = (G + lambda I)^-1, so diag(B) = 0; B[j, i] is how much having j
    predicts i. G = X^T X of a user x item matrix X (binary for the numpy baseline, recency-weighted for
    the served fit: Events.recency_matrix). Works in place on `gram` (float32 or
    float64): a Cholesky factorisation and inverse (LAPACK potrf/potri), half the work of a general
    inverse and no second N x N matrix."""
    n = gram.shape[0]
    gram[np.diag_indices(n)] += regularisation
    potrf, potri = lapack.get_lapack_funcs(("potrf", "potri"), (gram,))
    factor, info = potrf(gram, lower=False, overwrite_a=True, clean=False)
    if info != 0:
        raise np.linalg.LinAlgError(f"EASE: the regularised Gram matrix is not positive definite ({info})")
    inverse, info = potri(factor, lower=False, overwrite_c=True)
    if info != 0:
        raise np.linalg.LinAlgError(f"EASE: the regularised Gram matrix is singular (potri {info})")
    _mirror_upper(inverse)
    diagonal = np.diag(inverse).copy()
    inverse /= -diagonal[None, :]
    inverse[np.diag_indices(n)] = 0.0
    weights: Matrix = inverse
    return weights


def _mirror_upper(matrix: Matrix) -> None:
    """Copy the upper triangle onto the lower one, in place (potri fills only the upper one)."""
    n = matrix.shape[0]
    for start in range(0, n, _MIRROR_BLOCK):
        stop = min(start + _MIRROR_BLOCK, n)
        matrix[start:stop, :start] = matrix[:start, start:stop].T
        block = matrix[start:stop, start:stop]
        lower = np.tril_indices(stop - start, -1)
        block[lower] = block.T[lower]


def ease(binary: Matrix, regularisation: float) -> npt.NDArray[np.float64]:
    """EASE on a dense binary user x item matrix (float64): the numpy baseline of `pgrec evaluate`."""
    gram = np.asarray(binary.T @ binary, dtype=np.float64)
    return np.asarray(ease_from_gram(gram, regularisation), dtype=np.float64)
