"""The network: Bi-LSTM encoder, one-step attention, post-attention LSTM decoder (Keras 3).

input ids [B, 1 + Tx] -> Embedding -> Bi-LSTM -> a<1..Tx> [B, Tx, 2 n_a]
for t in 1..Ty:  context<t>, alpha<t> = OneStepAttention(s<t-1>, a)
                 s<t>, c<t> = LSTM(n_s)(context<t>, initial_state=[s<t-1>, c<t-1>])
                 y<t> = Dense(len(output_chars), softmax)(s<t>)

A model that writes times (ty 32) writes the date in its first 10 steps, exactly as the date-only
network of the same weights does (`steps=10`), so a date-only call runs those 10 and no more.

Both LSTMs are unrolled (Tx is fixed), which keeps the graph free of TensorList/while ops so that the
LiteRT export needs only built-in ops.
"""

from __future__ import annotations

import keras
from keras import layers, ops

from datenorm.config import PAD, ModelConfig


@keras.saving.register_keras_serializable(package="datenorm")
class OneStepAttention(layers.Layer):
    """One step of attention: where should output character t look in the input?

    The textbook form repeats s<t-1> Tx times, concatenates it with a<1..Tx>, and applies
    Dense(tanh) -> Dense(relu) -> softmax over time. Because Dense(tanh) on a concatenation is
    `tanh(a W_a + s W_s + b)`, the `a W_a` half does not depend on t: it is computed once per input
    (`keys`, by `AttentionKeys`) instead of Ty times, and only `s W_s` is "repeated" (broadcast) here.
    The result is the same number (a test checks it against the literal repeat-concatenate form).

    call(s_prev [B, n_s], a [B, Tx, 2n_a], keys [B, Tx, units], text_mask [B, Tx]) ->
        (context [B, 2n_a], alphas [B, Tx]); padding positions get zero weight.
    """

    def __init__(self, units: int, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.query = layers.Dense(units, name="query")  # the s<t-1> half of Dense(tanh), with its bias
        self.energy = layers.Dense(1, activation="relu", name="energy")

    def build(self, s_prev_shape, a_shape, keys_shape, text_mask_shape):
        self.query.build(s_prev_shape)
        self.energy.build((None, None, self.units))

    def call(self, s_prev, a, keys, text_mask):
        hidden = ops.tanh(keys + ops.expand_dims(self.query(s_prev), 1))  # [B, Tx, units]
        energies = ops.squeeze(self.energy(hidden), -1)  # [B, Tx]
        energies = energies + (1.0 - text_mask) * -1e9
        alphas = ops.softmax(energies, axis=-1)  # softmax over time
        context = ops.sum(ops.expand_dims(alphas, -1) * a, axis=1)  # dot(alphas, a)
        return context, alphas

    def compute_output_spec(self, s_prev, a, keys, text_mask):
        batch, tx, features = a.shape
        return (keras.KerasTensor((batch, features), dtype=a.dtype), keras.KerasTensor((batch, tx), dtype=a.dtype))

    def get_config(self):
        return {**super().get_config(), "units": self.units}


@keras.saving.register_keras_serializable(package="datenorm")
class AttentionKeys(layers.Layer):
    """The encoder-state half of the attention's Dense(tanh), `a W_a`, computed once per input."""

    def __init__(self, units: int, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dense = layers.Dense(units, use_bias=False, name="keys")

    def build(self, a_shape):
        self.dense.build(a_shape)

    def call(self, a):
        return self.dense(a)

    def compute_output_shape(self, a_shape):
        return (*a_shape[:-1], self.units)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


@keras.saving.register_keras_serializable(package="datenorm")
class TextMask(layers.Layer):
    """1.0 where the input holds a character, 0.0 on padding (the hint token counts as input)."""

    def call(self, ids):
        return ops.cast(ops.not_equal(ids, PAD), "float32")

    def compute_output_spec(self, ids):
        return keras.KerasTensor(ids.shape, dtype="float32")


@keras.saving.register_keras_serializable(package="datenorm")
class ZeroState(layers.Layer):
    """The decoder's initial state s<0> = c<0> = 0, shaped [B, units] from the encoder states."""

    def __init__(self, units: int, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def call(self, a):
        return ops.zeros((ops.shape(a)[0], self.units), dtype=a.dtype)

    def compute_output_shape(self, a_shape):
        return (a_shape[0], self.units)

    def get_config(self):
        return {**super().get_config(), "units": self.units}


@keras.saving.register_keras_serializable(package="datenorm")
class Stack(layers.Layer):
    """Stack Ty per-step tensors [B, ...] into one [B, Ty, ...]."""

    def call(self, tensors):
        return ops.stack(tensors, axis=1)

    def compute_output_shape(self, shapes):
        return (shapes[0][0], len(shapes), *shapes[0][1:])


@keras.saving.register_keras_serializable(package="datenorm")
class Realign(layers.Layer):
    """Move each row's real tokens along the time axis, so the backward LSTM never reads padding.

    mode "to_end": [B, T, E] with tokens at 0..L-1 -> tokens at T-L..T-1 (padding first). The
    backward LSTM then starts on the last real character, whatever T is.
    mode "reversed_to_start": the backward LSTM's outputs (in its reversed processing order) back to
    positions 0..L-1, aligned with the forward LSTM's. Positions >= L hold padding states, which the
    attention masks out. Together they make the encoding of a text independent of the padding after
    it, so one set of weights serves several input lengths exactly.
    """

    def __init__(self, mode: str, **kwargs):
        super().__init__(**kwargs)
        if mode not in ("to_end", "reversed_to_start"):
            raise ValueError(f"unknown mode {mode!r}")
        self.mode = mode

    def call(self, x, lengths):
        batch, steps, features = ops.shape(x)[0], x.shape[1], x.shape[2]
        t = ops.expand_dims(ops.arange(steps, dtype="int32"), 0)  # [1, T]
        length = ops.expand_dims(lengths, 1)  # [B, 1]
        index = (t + length) % steps if self.mode == "to_end" else (length - 1 - t) % steps
        # One flat gather over [B*T, E] rows: LiteRT runs it as a plain row copy, where a batched
        # take_along_axis would become a gather_nd over every element.
        rows = index + ops.expand_dims(ops.arange(batch, dtype="int32") * steps, 1)
        flat = ops.take(ops.reshape(x, (-1, features)), ops.reshape(rows, (-1,)), axis=0)
        return ops.reshape(flat, (-1, steps, features))

    def compute_output_spec(self, x, lengths):
        return keras.KerasTensor(x.shape, dtype=x.dtype)

    def get_config(self):
        return {**super().get_config(), "mode": self.mode}


@keras.saving.register_keras_serializable(package="datenorm")
class LanguageIndex(layers.Layer):
    """The language hint token (ids[:, 1]) as an index into the language embedding: 0 for no hint,
    1 + i for the model's i-th language."""

    def __init__(self, first_lang_id: int, **kwargs):
        super().__init__(**kwargs)
        self.first_lang_id = first_lang_id

    def call(self, ids):
        index = ids[:, 1] - (self.first_lang_id - 1)
        return ops.where(index > 0, index, ops.zeros_like(index))

    def compute_output_spec(self, ids):
        return keras.KerasTensor((ids.shape[0],), dtype=ids.dtype)

    def get_config(self):
        return {**super().get_config(), "first_lang_id": self.first_lang_id}


@keras.saving.register_keras_serializable(package="datenorm")
class TextLength(layers.Layer):
    """The number of real tokens per row (the hint token included)."""

    def call(self, ids):
        return ops.sum(ops.cast(ops.not_equal(ids, PAD), "int32"), axis=1)

    def compute_output_spec(self, ids):
        return keras.KerasTensor((ids.shape[0],), dtype="int32")


def build_model(config: ModelConfig, input_length: int | None = None, steps: int | None = None) -> keras.Model:
    """The functional model: ids [B, 1 + Tx] -> (output probabilities [B, Ty, C], attention [B, Ty, 1 + Tx]).

    `input_length` builds the same network for a shorter input (the runtime's length buckets), and
    `steps` one that runs fewer decoder steps (the date's 10 of a model that writes times).
    """
    keras.utils.set_random_seed(config.seed)
    ids = keras.Input(shape=(input_length or config.input_length,), dtype="int32", name="ids")
    mask = TextMask(name="mask")(ids)
    lengths = TextLength(name="length")(ids)
    x = layers.Embedding(config.vocab_size, config.embedding_dim, name="embedding")(ids)
    if config.langs and config.lang_dim:  # the language hint, beside every character
        language = LanguageIndex(config.first_lang_id, name="language_index")(ids)
        language = layers.Embedding(len(config.langs) + 1, config.lang_dim, name="language")(language)
        language = layers.RepeatVector(ids.shape[1], name="language_at_every_step")(language)
        x = layers.Concatenate(name="characters_and_language")([x, language])
    # The Bi-LSTM, spelled out: the forward LSTM reads the text then the padding; the backward LSTM
    # reads the text end-aligned, so it starts on the last character, not on padding. A text's
    # encoding therefore does not depend on the padding after it, and the runtime can serve short
    # texts with a shorter unrolled graph (without Keras masking, whose per-step selects are slow in LiteRT).
    forward = layers.LSTM(config.n_a, return_sequences=True, unroll=True, name="encoder_forward")(x)
    backward = layers.LSTM(config.n_a, return_sequences=True, unroll=True, go_backwards=True,
                           name="encoder_backward")(Realign("to_end", name="end_aligned")(x, lengths))
    backward = Realign("reversed_to_start", name="backward_aligned")(backward, lengths)
    a = layers.Concatenate(name="encoder")([forward, backward])
    keys = AttentionKeys(config.attention_units, name="attention_keys")(a)

    attention = OneStepAttention(config.attention_units, name="attention")
    decoder = layers.LSTM(config.n_s, return_state=True, unroll=True, name="decoder")
    to_step = layers.Reshape((1, 2 * config.n_a), name="context_as_step")
    output = layers.Dense(len(config.output_chars), activation="softmax", name="output")

    s = c = ZeroState(config.n_s, name="initial_state")(a)
    probs, alphas = [], []
    for _ in range(steps or config.ty):
        context, alpha = attention(s, a, keys, mask)
        s, _, c = decoder(to_step(context), initial_state=[s, c])
        probs.append(output(s))
        alphas.append(alpha)
    date = Stack(name="date")(probs)
    weights = Stack(name="attention_weights")(alphas)
    return keras.Model(ids, [date, weights], name="datenorm")
