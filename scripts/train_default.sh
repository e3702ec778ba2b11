#!/usr/bin/env bash
# Rebuild models/default from scratch in one background run: generate the training mix, then train
# with a wall-clock budget. Usage (from the project root, in the project's environment):
#   nohup scripts/train_default.sh [OUT] > train_default.log 2>&1 &
# OUT defaults to runs/default (copy it over models/default to ship it). Every step is seeded: the
# same commit gives the same data files; the weights depend on the machine's floating point too.
# To fine-tune a trained model on new rows instead, copy it to OUT and set FROM_OUT=1, with other
# seeds and a data prefix of their own (models/README.md, the default model's card):
#   SEED=300 DATA=data/ft12 VALID=30000 FROM_OUT=1 LEARNING_RATE=0.0005 TIME_LIMIT=4200 \
#       nohup scripts/train_default.sh runs/ft12 > runs/ft12.log 2>&1 &
# Or do both in one run: train from scratch for TIME_LIMIT seconds, then go on with the same model
# on a second mix of new rows (seeds THEN_SEED .. THEN_SEED+4, prefix THEN_DATA) at THEN_RATE for
# THEN_LIMIT seconds (models/README.md, the default model's card):
#   TIME_LIMIT=4700 THEN_SEED=300 THEN_DATA=data/ft12 THEN_LIMIT=1800 \
#       nohup scripts/train_default.sh runs/default13 > runs/d13.log 2>&1 &
set -euo pipefail
OUT=${1:-runs/default}
LIMIT=${TIME_LIMIT:-6800}   # seconds of training, counted from the train command's start
SEED=${SEED:-100}           # the five parts take SEED .. SEED+4
DATA=${DATA:-data/two}      # the parts go to DATA-all, DATA-boost, ...; the training mix to DATA
VALID=${VALID:-8000}        # validation rows of the all-locales part
THEN_DATA=${THEN_DATA:-data/then}   # with THEN_SEED: the second mix's prefix
THEN_VALID=${THEN_VALID:-30000}     # ... and its all-locales validation rows

# Languages whose month words collide with another language's, or that read below 99.5% on
# validation (data/calib..calib3): they get extra rows so their words are seen with their hint.
BOOST=aa,agq,asa,ast,az,bas,bem,bew,bez,bm,bs,cs,dav,dje,dua,ee,eo,ewo,ff,frr,fur,guz,ha,hr,ia,ie,ig,jmc,jv,kab,kam,kcg,kde,kea,khq,ki,kl,kln,kok,ksb,la,lg,lu,luo,luy,mer,mfe,mg,mgh,mt,mua,naq,nd,nr,nus,ny,oc,pap,pis,pl,prg,qu,rif,rwk,sc,scn,seh,ses,sg,shi,sk,sn,so,sq,sr,ss,ssy,st,su,sw,szl,teo,tn,trv,ts,twq,tzm,uz,ve,vec,vo,vun,wo,xog,zu,eu,smn
BOOST=$BOOST,cch,sah,za,gn,ken,kk,moh,mn,sa,gaa,mus,lt,yav,or,ug,haw,to,myv,se,osa
# ... and those whose short month-and-day or month-and-year forms were misread on validation (data/calib5)
BOOST=$BOOST,ebu,sbp,br,ml,tk,ks,ga

# make_mix PREFIX SEED VALID: the training mix in PREFIX (and its five parts in PREFIX-all, ...)
make_mix() {
local data=$1 seed=$2 valid=$3
# 1,610,000 training rows: every locale (widely used languages weigh more), the boosted languages,
# the English locales, years 1000-2199, and the European and CJK clocks and free-text forms.
datenorm generate --locales all --train 1000000 --valid "$valid" --test 10 --seed "$seed" --partial-share 0.08 --out "$data-all"
datenorm generate --locales "$BOOST" --train 250000 --valid 10 --test 10 --seed $((seed + 1)) --partial-share 0.15 --out "$data-boost"
datenorm generate --train 150000 --valid 1500 --test 10 --seed $((seed + 2)) --partial-share 0.05 --out "$data-en"
datenorm generate --locales all --start 1000-01-01 --end 2199-12-31 --train 150000 --valid 1500 --test 10 \
    --seed $((seed + 3)) --partial-share 0.05 --out "$data-wide"
datenorm generate --locales zh,ja,ko,fr,de,pt,es,it,nl,ru --train 60000 --valid 10 --test 10 --seed $((seed + 4)) \
    --partial-share 0.05 --out "$data-eucjk"

# DATA: train = every part's train; valid = the valid rows of the all-locales, English and
# wide-year parts whose text is in no part's train (each part only keeps its own valid out of its train).
python scripts/merge_mix.py "$data" --train all boost en wide eucjk --valid all en wide --test all
}

make_mix "$DATA" "$SEED" "$VALID"
if [ -n "${THEN_SEED:-}" ]; then make_mix "$THEN_DATA" "$THEN_SEED" "$THEN_VALID"; fi

# The same network as before (Bi-LSTM 2x48, decoder 96, embedding 40, attention 24, language
# embedding 8), Tx 68 (long small-language forms, data/calib5); the learning rate follows a cosine
# of the time left from 0.005 (from LEARNING_RATE when fine-tuning the model already in OUT).
# resume_on DATA RATE LIMIT: go on training the model in OUT on DATA
resume_on() {
    datenorm train --data "$1" --out "$OUT" --resume --lang-hint --learning-rate "$2" \
        --batch-size 256 --epochs 30 --patience 30 --time-limit "$3"
}
if [ -n "${FROM_OUT:-}" ]; then
    resume_on "$DATA" "${LEARNING_RATE:-0.0005}" "$LIMIT"
else
    datenorm train --data "$DATA" --out "$OUT" --lang-hint --n-a 48 --n-s 96 --embedding-dim 40 \
        --attention-units 24 --batch-size 256 --tx 68 --epochs 30 --patience 30 --time-limit "$LIMIT"
fi
if [ -n "${THEN_SEED:-}" ]; then resume_on "$THEN_DATA" "${THEN_RATE:-0.0005}" "${THEN_LIMIT:-1800}"; fi
# The shipped export: int8 weights (float32's answers on every held-out, validation and hand-written
# row checked, a faster network in less memory: models/README.md)
datenorm export "$OUT" --int8-weights
