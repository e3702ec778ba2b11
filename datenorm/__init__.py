"""datenorm: human-written dates to ISO dates with a character-level attention model.

The public API is imported lazily so that `import datenorm` stays instant and never pulls in
TensorFlow: `normalize`, `load_model` and `Result` serve the exported model with LiteRT;
`attention_map` (LiteRT too) shows where each output character looked; `normalize_arrow`
(with pyarrow) answers a whole Arrow column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["normalize", "load_model", "Result", "Translator", "attention_map", "normalize_text", "DatenormError",
           "normalize_arrow"]

_LAZY = {
    "normalize": "datenorm.runtime",
    "load_model": "datenorm.runtime",
    "Result": "datenorm.runtime",
    "Translator": "datenorm.runtime",
    "attention_map": "datenorm.attention",
    "normalize_text": "datenorm.text",
    "DatenormError": "datenorm.errors",
    "normalize_arrow": "datenorm.arrow",
}

if TYPE_CHECKING:
    from datenorm.arrow import normalize_arrow
    from datenorm.attention import attention_map
    from datenorm.errors import DatenormError
    from datenorm.runtime import Result, Translator, load_model, normalize
    from datenorm.text import normalize_text


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'datenorm' has no attribute {name!r}")
