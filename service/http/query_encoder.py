"""The query embedding model of one worker: loaded once, in a background thread that leaves the
event loop free (or before serving), and used by /search only once it is ready."""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import gc
import importlib.util
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger("pgrec.model")

LOAD_SWITCH_INTERVAL = 0.001  # seconds (Python's default: 0.005)
_process_settings = threading.Lock()


class ModelUnavailable(Exception):
    """The embedding model could not be loaded."""


class ModelLoading(Exception):
    """The embedding model is still loading."""


def _preload_torch_library() -> None:
    """dlopen torch's C++ library (libtorch_cpu.so, ~0.2-0.6 s of relocations and static
    initialisers) through libc, with the GIL released, so that `import torch` then finds it loaded.
    Python's own import of an extension module holds the GIL through dlopen, which stopped the event
    loop for that long. Best effort: any surprise leaves it to the normal import."""
    if sys.platform != "linux" or "torch" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("torch")
        locations = list(spec.submodule_search_locations or []) if spec else []
        library = Path(locations[0]) / "lib" / "libtorch_cpu.so" if locations else None
        if library is None or not library.is_file():
            return
        dlopen = ctypes.CDLL(None).dlopen  # a foreign call: ctypes releases the GIL around it
        dlopen.restype = ctypes.c_void_p
        dlopen.argtypes = (ctypes.c_char_p, ctypes.c_int)
        # The flags torch's _C extension loads it with (RTLD_LOCAL, as a dependency).
        dlopen(os.fsencode(library), os.RTLD_NOW | os.RTLD_LOCAL)
    except (AttributeError, ImportError, OSError, ValueError) as exc:
        log.debug("torch library not preloaded: %s", exc)


class QueryEncoder:
    """State: not_loaded, loading, loaded or error (sticky: a broken PGREC_EMBEDDING_MODEL needs a
    fix and a restart). `start_loading()` from the event loop starts the background load once."""

    def __init__(self, name: str | None) -> None:
        self.name = name
        self.state = "not_loaded"
        self.error: str | None = None
        self.model_name: str | None = None
        self.load_seconds: float | None = None
        self._loaded: asyncio.Future[None] | None = None

    def describe(self) -> dict[str, Any]:
        return {
            "status": self.state,
            "name": self.model_name or self.name,
            "error": self.error,
            "load_seconds": self.load_seconds,
        }

    def start_loading(self) -> None:
        """Load in a daemon thread (a worker that stops meanwhile does not wait for it); the event loop
        learns the outcome through a future. Only the first call starts anything."""
        if self.state != "not_loaded":
            return
        loop = asyncio.get_running_loop()
        self._loaded = loop.create_future()
        self.state = "loading"

        def finish(error: BaseException | None) -> None:
            if error is None:
                self.state, self.error = "loaded", None
            else:
                self._failed(error)
            if self._loaded is not None and not self._loaded.done():
                self._loaded.set_result(None)

        def work() -> None:
            error: BaseException | None = None
            try:
                self._load_blocking(background=True)
            except Exception as exc:
                error = exc
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: the worker stops
                loop.call_soon_threadsafe(finish, error)

        threading.Thread(target=work, name="pgrec-model-load", daemon=True).start()

    async def wait(self) -> None:
        """Until a load started by start_loading() has finished (loaded or error)."""
        if self._loaded is not None:
            await asyncio.shield(self._loaded)

    def load_now(self) -> None:
        """Load in the calling thread (worker start-up, before it serves anything)."""
        if self.state == "loaded":
            return
        self.state = "loading"
        try:
            self._load_blocking(background=False)
        except Exception as exc:
            self._failed(exc)
            return
        self.state, self.error = "loaded", None

    def _failed(self, exc: BaseException) -> None:
        self.state, self.error = "error", f"{type(exc).__name__}: {exc}"
        log.error("embedding model unavailable: %s", self.error)

    def _load_blocking(self, background: bool) -> None:
        from embeddings import model

        started = time.perf_counter()
        if background:
            _preload_torch_library()
        # Importing torch, transformers and their dependencies allocates ~400,000 objects that live as
        # long as the worker. With the collector on, that triggers full collections of 80-250 ms each,
        # every one a pause of the event loop; off for the load, then the survivors are frozen before
        # it comes back on (else its first collection walks them all: a 200 ms pause). A 1 ms switch
        # interval meanwhile: the loop waits less for the GIL after each of its I/O waits.
        with _process_settings:  # one load at a time changes (and restores) process-wide settings
            collecting = gc.isenabled()
            gc.disable()
            interval = sys.getswitchinterval()
            if background:
                sys.setswitchinterval(LOAD_SWITCH_INTERVAL)
            try:
                model.load_model(self.name)
            finally:
                sys.setswitchinterval(interval)
                gc.freeze()
                if collecting:
                    gc.enable()
        self.model_name = model.model_name(self.name)
        self.load_seconds = round(time.perf_counter() - started, 2)
        log.info("embedding model %s loaded in %.1f s", self.model_name, self.load_seconds)

    async def encode(self, text: str) -> Any:
        """A normalised 384-dimension numpy vector for `text`. Never waits for the model: raises
        ModelLoading (and starts the load if nothing did) or ModelUnavailable."""
        if self.state != "loaded":
            self.start_loading()
            if self.state == "error":
                raise ModelUnavailable(self.error)
            raise ModelLoading()
        from embeddings import model

        vectors = await asyncio.to_thread(model.encode_texts, [text], 64, self.name)
        return vectors[0]
