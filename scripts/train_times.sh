#!/usr/bin/env bash
# Teach a trained date model to write the time of day too: generate a mix of rows with and without
# times (`datenorm generate --times`), then resume training it with a wall-clock budget. `train
# --resume` sees labels with times and grows the model first (`datenorm.train.with_time`). Usage,
# from the project root, in the project's environment:
#   nohup scripts/train_times.sh [OUT] > train_times.log 2>&1 &
# OUT (default runs/times) starts as a copy of FROM (default models/default). Every step is seeded:
# the same commit gives the same data files; the weights depend on the machine's floating point too.
set -euo pipefail
OUT=${1:-runs/times}
FROM=${FROM:-models/default}
LIMIT=${TIME_LIMIT:-5200}   # seconds of training, counted from the train command's start
SEED=${SEED:-400}           # the parts take SEED .. SEED+6
DATA=${DATA:-data/tm}       # the parts go to DATA-all1, DATA-en, ...; the training mix to DATA
RATE=${LEARNING_RATE:-0.001}
SHARE=${TIME_SHARE:-0.25}   # share of the whole dates given a clock (generate --time-share)
BOOST=$(grep '^BOOST=' scripts/train_default.sh | head -1 | cut -d= -f2)
FOCUS=${FOCUS:-}            # optional languages given 120,000 more rows, most of them timed
RELATIVE=${RELATIVE:-0}     # rows of dates said relative to today (every locale; a third as many English)

# 780,000 training rows (900,000 with FOCUS), about 45% of them with a time: every locale twice
# over (widely used languages weigh more), the English locales, years 1000-2199, the European and
# CJK forms, and the boosted languages of scripts/train_default.sh, so that they keep their months.
pids=()
( datenorm generate --times --time-share "$SHARE" --locales all --train 260000 --valid 6000 --test 10 --seed "$SEED" --partial-share 0.08 --out "$DATA-all1"
  datenorm generate --times --time-share "$SHARE" --train 90000 --valid 1500 --test 10 --seed $((SEED + 2)) --partial-share 0.05 --out "$DATA-en"
  datenorm generate --times --time-share "$SHARE" --locales zh,ja,ko,fr,de,pt,es,it,nl,ru --train 40000 --valid 10 --test 10 --seed $((SEED + 4)) \
      --partial-share 0.05 --out "$DATA-eucjk" ) & pids+=($!)
( datenorm generate --times --time-share "$SHARE" --locales all --train 260000 --valid 10 --test 10 --seed $((SEED + 1)) --partial-share 0.08 --out "$DATA-all2"
  datenorm generate --times --time-share "$SHARE" --locales all --start 1000-01-01 --end 2199-12-31 --train 50000 --valid 1500 --test 10 \
      --seed $((SEED + 3)) --partial-share 0.05 --out "$DATA-wide"
  if [ -n "$FOCUS" ]; then
    datenorm generate --times --time-share 0.8 --locales "$FOCUS" --train 120000 --valid 10 --test 10 --seed $((SEED + 6)) \
        --partial-share 0.08 --out "$DATA-focus"
  fi
  datenorm generate --times --time-share "$SHARE" --locales "$BOOST" --train 80000 --valid 10 --test 10 --seed $((SEED + 5)) --partial-share 0.15 --out "$DATA-boost" ) & pids+=($!)
if [ "$RELATIVE" -gt 0 ]; then
  ( datenorm generate --times --time-share "$SHARE" --relative-share 0.9 --locales all --train "$RELATIVE" --valid 3000 --test 10 \
        --seed $((SEED + 7)) --out "$DATA-rel"
    datenorm generate --times --time-share "$SHARE" --relative-share 0.9 --train $((RELATIVE / 3)) --valid 1000 --test 10 \
        --seed $((SEED + 8)) --out "$DATA-relen" ) & pids+=($!)
fi
for pid in "${pids[@]}"; do wait "$pid"; done  # a part that failed stops the run

# DATA: train = every part's train; valid = the valid rows of the all-locales, English and wide-year
# parts (and the relative parts, with RELATIVE) whose text is in no part's train.
PARTS="all1 all2 en wide eucjk boost"
VALID="all1 en wide"
[ -z "$FOCUS" ] || PARTS="$PARTS focus"
[ "$RELATIVE" -eq 0 ] || { PARTS="$PARTS rel relen"; VALID="$VALID rel relen"; }
python scripts/merge_mix.py "$DATA" --train $PARTS --valid $VALID --test all1

mkdir -p "$OUT"
[ -f "$OUT/model.keras" ] || cp "$FROM"/{config.json,history.csv,metrics.json,model.keras,model.tflite} "$OUT/"
datenorm train --data "$DATA" --out "$OUT" --resume --batch-size 256 --learning-rate "$RATE" --time-limit "$LIMIT"
