"""Pictures: attention heatmaps and per-group exact-match bar charts (matplotlib, headless by default)."""

from __future__ import annotations

import functools
import math
import os
from pathlib import Path

from datenorm.attention import AttentionMap
from datenorm.errors import DatenormError

SPACE = "␣"  # spaces are drawn visibly, so "3 may" does not look like "3may"


def _pyplot(show: bool):
    import matplotlib

    if not show or not os.environ.get("DISPLAY"):
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


@functools.lru_cache(maxsize=1)
def _glyphs() -> frozenset[int]:
    """Code points the default matplotlib font can draw."""
    from matplotlib import font_manager, ft2font

    path = font_manager.findfont(font_manager.FontProperties())
    return frozenset(ft2font.FT2Font(path).get_charmap())


def _label(char: str) -> str:
    """A tick label for one input character: spaces made visible, undrawable glyphs as U+XXXX."""
    if char == " ":
        return SPACE
    return char if ord(char) in _glyphs() else f"U+{ord(char):04X}"


def _displayable(text: str) -> str:
    return "".join(c if c.isspace() or ord(c) in _glyphs() else f"\\u{ord(c):04x}" for c in text)


def _save(fig, path: Path, plt, show: bool) -> None:
    from datenorm.files import replacing

    try:
        with replacing(path) as handle:
            fig.savefig(handle, format="png", dpi=110, bbox_inches="tight")
    except (OSError, ValueError) as exc:
        raise DatenormError(f"cannot write {path}: {getattr(exc, 'strerror', None) or exc}") from None
    finally:
        if show and os.environ.get("DISPLAY"):
            plt.show()
        plt.close(fig)


def plot_attention(maps: list[AttentionMap], path: Path, show: bool = False) -> Path:
    """One heatmap per map (input characters along x, output characters along y), in a grid, to `path`."""
    plt = _pyplot(show)
    cols = 1 if len(maps) == 1 else 2
    rows = math.ceil(len(maps) / cols)
    widest = max(len(m.input_chars) for m in maps)
    tallest = max(len(m.output_chars) for m in maps)  # 10 for a date, up to 32 with a time
    fig, axes = plt.subplots(rows, cols, figsize=(cols * max(4.0, 0.32 * widest + 1.8), rows * max(3.6, 0.2 * tallest + 1.6)),
                             squeeze=False,
                             layout="constrained")
    for ax in axes.flat[len(maps):]:
        ax.axis("off")
    for ax, amap in zip(axes.flat, maps):
        image = ax.imshow(amap.weights, cmap="viridis", vmin=0.0, vmax=1.0, aspect="auto")
        labels = [_label(c) for c in amap.input_chars]
        ax.set_xticks(range(len(labels)), labels, rotation=90 if any(len(lb) > 1 for lb in labels) else 0)
        ax.set_yticks(range(len(amap.output_chars)), amap.output_chars)
        ax.tick_params(length=0)
        ax.set_xlabel("input (normalised)")
        ax.set_ylabel("output")
        hint = f", hint {amap.order}" if amap.order else ""
        ax.set_title(f"'{_displayable(amap.text)}' → {amap.prediction}\nconfidence {amap.confidence:.3f}{hint}", fontsize=10)
        fig.colorbar(image, ax=ax, fraction=0.035, pad=0.02, label="attention")
    _save(fig, path, plt, show)
    return path


def plot_groups(groups: list[dict], column: str, path: Path, title: str) -> Path:
    """A horizontal bar chart of exact match per group (worst at the top)."""
    plt = _pyplot(False)
    groups = groups[:60]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.26 * len(groups) + 1.2)), layout="constrained")
    labels = [f"{_displayable(g['group'])} (n={g['n']})" for g in groups]
    values = [100 * g["exact"] for g in groups]
    bars = ax.barh(range(len(groups)), values, color=["#c0392b" if v < 99 else "#2e86c1" for v in values])
    ax.set_yticks(range(len(groups)), labels, fontsize=8)
    ax.invert_yaxis()
    low = min(values) if values else 0
    ax.set_xlim(max(0, min(90, low - 2)), 101)
    ax.set_xlabel("exact match (%)")
    ax.set_title(title)
    for bar, value in zip(bars, values):
        ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {value:.2f}", va="center", fontsize=7)
    _save(fig, path, plt, False)
    return path
