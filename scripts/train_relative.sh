#!/usr/bin/env bash
# Train the bundled `relative` model: the `datetime` network taught to write the canonical form of a
# date said relative to today ("-P3D", "FR+1", "W-1"; docs/relative.md), from rows that mostly say
# one, in every locale with relative words of its own. It reads only the texts the date models hand
# it (a relative phrase and no date read), so it may spend all its capacity on them. Usage, from the
# project root, in the project's environment:
#   nohup scripts/train_relative.sh [OUT] > train_relative.log 2>&1 &
# OUT (default runs/relative) starts as a copy of FROM (default models/datetime). Every step is
# seeded: the same commit gives the same data files; the weights depend on the machine's floating
# point too.
set -euo pipefail
OUT=${1:-runs/relative}
FROM=${FROM:-models/datetime}
LIMIT=${TIME_LIMIT:-4800}   # seconds of training, counted from the train command's start
SEED=${SEED:-800}           # the parts take SEED .. SEED+2
DATA=${DATA:-data/rl}       # the parts go to DATA-all, DATA-en, DATA-dates; the training mix to DATA
RATE=${LEARNING_RATE:-0.001}
ROWS=${ROWS:-300000}        # relative-heavy rows over every locale; a third as many English

# Rows of every locale (85% relative, the rest dates and times, so that a date is still read as
# one), English ones (where the free forms are: "3 days from now", "a week ago"), and dates with
# times alone, which keep the network's reading of a date it is handed with a relative word beside.
pids=()
( datenorm generate --times --time-share 0.35 --relative-share 0.85 --locales all --train "$ROWS" --valid 4000 --test 10 \
      --seed "$SEED" --out "$DATA-all" ) & pids+=($!)
( datenorm generate --times --time-share 0.35 --relative-share 0.85 --train $((ROWS / 3)) --valid 1500 --test 10 \
      --seed $((SEED + 1)) --out "$DATA-en"
  datenorm generate --times --time-share 0.35 --locales all --train $((ROWS / 6)) --valid 1000 --test 10 \
      --seed $((SEED + 2)) --partial-share 0.08 --out "$DATA-dates" ) & pids+=($!)
for pid in "${pids[@]}"; do wait "$pid"; done  # a part that failed stops the run

python scripts/merge_mix.py "$DATA" --train all en dates --valid all en dates --test all

mkdir -p "$OUT"
[ -f "$OUT/model.keras" ] || cp "$FROM"/{config.json,history.csv,metrics.json,model.keras,model.tflite} "$OUT/"
datenorm train --data "$DATA" --out "$OUT" --resume --batch-size 256 --learning-rate "$RATE" --time-limit "$LIMIT"
