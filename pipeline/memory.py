"""Hand the memory a step let go back to the system, so the next step starts from what is live.

Arrow's pool keeps freed blocks for reuse, and so does the C library's allocator (pandas,
pandera and numpy temporaries, Python objects): after a big step both are asked to return
what they hold unused. Where the C library has no `malloc_trim` (not glibc), only Arrow's
pool is trimmed.
"""

from __future__ import annotations

import ctypes
import ctypes.util

import pyarrow as pa


def _trim():
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _trim()


def release_memory() -> None:
    """Return the unused memory of Arrow's pool and of the C heap."""
    pa.default_memory_pool().release_unused()
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)
