"""LiteRT's built-in kernels beside XNNPACK's (which datenorm uses), for each model: what starting
costs, what a date costs after, and how far their answers are apart (docs/speed.md).

    python benchmarks/kernels.py [--n 5000] [--models default,en,datetime]

For each kernel set, in a fresh process (so that its memory is its own): the interpreter's start
(creating it and allocating every length bucket), the resident memory it adds (Linux), and dates/s on one
thread at one date per call and at 1,024 per call, on the same generated strings (normalised, with
their order and language hints), best of `--repeat`. Then, in this process, the largest difference
between the two in any output probability, and the rows whose answer (argmax) differs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, sys, time
import numpy as np
from ai_edge_litert.interpreter import Interpreter, OpResolverType
path, fast, repeat = sys.argv[1], sys.argv[2] == "xnnpack", int(sys.argv[3])
kw = {} if fast else {"experimental_op_resolver_type": OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES}
model = open(path, "rb").read()
def resident():
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:")) / 1024
before = resident()
start = time.perf_counter()
it = Interpreter(model_content=model, num_threads=1, **kw)
it.allocate_tensors()
started = time.perf_counter() - start
memory = resident() - before
batches = {name: np.asarray(ids, dtype=np.int32) for name, ids in json.loads(sys.stdin.read()).items()}
runners = {name: it.get_signature_runner(name) for name in it.get_signature_list()}
def rate(size):
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter(); n = 0
        for name, ids in batches.items():
            if size == 1:
                ids = ids[:max(1, len(ids) // 20)]  # a twentieth of each bucket, a row at a time
            for at in range(0, len(ids), size):
                runners[name](ids=ids[at:at + size]); n += len(ids[at:at + size])
        best = min(best, (time.perf_counter() - t) / n)
    return 1 / best
print(json.dumps({"start_ms": started * 1e3, "memory_mb": memory, "one": rate(1), "batch": rate(1024)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="English test strings (default 5000)")
    ap.add_argument("--models", default="default,en,datetime", help="bundled names or model directories")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import numpy as np
    from ai_edge_litert.interpreter import Interpreter, OpResolverType

    from datenorm.evidence import Evidence
    from datenorm.generate import generate, read_rows
    from datenorm.config import ModelConfig
    from datenorm.runtime import resolve_model_dir

    with tempfile.TemporaryDirectory() as tmp:
        generate(Path(tmp), {"train": 1, "valid": 1, "test": args.n}, seed=321, partial_share=0.0)
        rows = read_rows(Path(tmp) / "test.tsv")
    print("| model | kernels | start | memory | dates/s, one per call | dates/s, 1,024 per call |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    notes = []
    for name in args.models.split(","):
        directory = resolve_model_dir(name)
        config = ModelConfig.load(directory / "config.json")
        texts = [Evidence.of(r["text"], config).text for r in rows]
        groups: dict[int, list[int]] = {}
        for i, text in enumerate(texts):
            groups.setdefault(config.bucket_for(len(text)), []).append(i)
        batches = {f"serve_{bucket}": config.encode([texts[i] for i in idx], [rows[i]["order"] for i in idx], bucket,
                                                    [rows[i]["lang"] for i in idx] if config.langs else None).tolist()
                   for bucket, idx in groups.items()}
        for kernels in ("builtin", "xnnpack"):
            out = subprocess.run([sys.executable, "-c", _CHILD, str(directory / "model.tflite"), kernels,
                                  str(args.repeat)], input=json.dumps(batches), capture_output=True, text=True, check=True)
            m = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"| `{name}` | {kernels} | {m['start_ms']:.0f} ms | {m['memory_mb']:.0f} MB | {m['one']:,.0f} "
                  f"| {m['batch']:,.0f} |")
        model = (directory / "model.tflite").read_bytes()
        plain = Interpreter(model_content=model, num_threads=1,
                            experimental_op_resolver_type=OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES)
        fast = Interpreter(model_content=model, num_threads=1)
        plain.allocate_tensors(), fast.allocate_tensors()
        largest, differ = 0.0, 0
        for signature, ids in batches.items():
            ids = np.asarray(ids, dtype=np.int32)
            a = plain.get_signature_runner(signature)(ids=ids)["date"]
            b = fast.get_signature_runner(signature)(ids=ids)["date"]
            largest = max(largest, float(np.abs(a - b).max()))
            differ += int((a.argmax(-1) != b.argmax(-1)).any(-1).sum())
        notes.append(f"`{name}`: largest difference in a probability {largest:.1e}; answers that differ: "
                     f"{differ} of {len(rows):,}")
    print()
    print("\n".join(f"- {note}" for note in notes))


if __name__ == "__main__":
    main()
