"""Where did each output character look? The attention weights of one translation.

`attention_map` runs the exported LiteRT model (its signatures return the Ty x (prefix + Tx)
attention matrix beside the date), so it needs no TensorFlow; the hint columns (order, and language
for models that take one) and the padding are dropped and each row renormalised over the real characters.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from datenorm.config import FILLER, TY, parse_order
from datenorm.errors import DatenormError
from datenorm.runtime import Translator, load_model
from datenorm.text import fit_text, normalize_text


@dataclass
class AttentionMap:
    text: str  # as given
    input_chars: list[str]  # the normalised input as the model saw it, without hint or padding
    output_chars: list[str]  # the predicted characters: the date's 10, then a time's when the model writes one
    weights: np.ndarray  # [len(output_chars), len(input_chars)]; row t sums to 1
    confidence: float
    order: str | None

    @property
    def prediction(self) -> str:
        return "".join(self.output_chars)


def attention_map(text: str, order: str | None = None, model: Translator | str | os.PathLike | None = None,
                  lang: str | None = None) -> AttentionMap:
    """The prediction for `text` and the attention each output character paid to each input character.

    `order` is the hint token given to the model (None: the no-hint token, as for dates whose order
    does not matter); `lang` the language hint, for models that take one. A model that writes times
    is run for all its steps, and the characters of the time it writes are drawn too (not the
    filler after them).
    """
    translator = model if isinstance(model, Translator) else load_model(model)
    order = parse_order(order)
    config = translator.config
    full = config.known_text(normalize_text(text))
    normalized = fit_text(full, config.tx, config.fraction_digits)  # as translate reads it: a long text without its time of day
    if not normalized:
        raise DatenormError(f"{text!r} is empty after normalisation")
    if len(normalized) > config.tx:
        raise DatenormError(f"{text!r} is too long ({len(full)} > {config.tx})")
    unknown = config.unknown_chars(normalized)
    if unknown:
        raise DatenormError(f"{text!r} has characters the model does not know: {''.join(sorted(unknown))}")
    ids = config.encode([normalized], order, config.bucket_for(len(normalized)), config.check_lang(lang))
    probs, attention = translator.engine.run(ids, time=config.writes_time)
    decoded = config.decode(probs.argmax(-1))[0]
    output = decoded[:TY] + decoded[TY:].rstrip(FILLER)
    start = config.prefix  # the hint tokens are not characters
    weights = attention[0, :len(output), start:start + len(normalized)].astype(np.float64)
    weights /= weights.sum(axis=1, keepdims=True)
    return AttentionMap(text, list(normalized), list(output), weights, float(probs[0, :len(output)].max(-1).min()), order)
