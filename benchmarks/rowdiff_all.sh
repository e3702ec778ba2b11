#!/usr/bin/env bash
# Per-row dumps of every validation and hand-written set, for proving a runtime change makes no row
# worse (benchmarks/rowdiff.py):
#
#   benchmarks/rowdiff_all.sh CODE_ROOT OUTDIR      dump every set with the datenorm under CODE_ROOT
#   benchmarks/rowdiff_all.sh diff OLDDIR NEWDIR    one summary line per dump (rowdiff.py summary)
#
# e.g. benchmarks/rowdiff_all.sh /work/baseline runs/baseline, then benchmarks/rowdiff_all.sh
# /work/main runs/new and benchmarks/rowdiff_all.sh diff runs/baseline runs/new; then
# `python benchmarks/rowdiff.py diff` on any file whose line shows broken or changed rows.
#
# Run from anywhere; paths are this checkout's, models/ given by path since old code may not find
# bundled names. Dumps run one after another on one worker process: the machine is shared.
# data/ is git-ignored; the four validation splits are the project's commands (models/README.md)
# without --exclude, whose training files are not kept (the generator is
# deterministic: the same command gives the same file):
#   datenorm generate --locales all --train 1 --valid 20000 --test 1 --seed 120 --out data/calib-all
#   datenorm generate --locales bas,dua,st,teo --train 1 --valid 20000 --test 1 --seed 130 --out data/calib-4lang
#   datenorm generate --train 1 --valid 20000 --test 1 --seed 121 --out data/calib4-en
#   datenorm generate --locales all --start 1000-01-01 --end 2199-12-31 --train 1 --valid 5000 --test 1 \
#       --seed 122 --out data/calib4-wide
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWDIFF="$HERE/benchmarks/rowdiff.py"
PYTHON="${PYTHON:-$HERE/.venv/bin/python}"
EXAMPLES="${EXAMPLES:-/work/shared/eval/examples.tsv}"

if [[ $# -ne 3 && $# -ne 2 ]] || [[ $# -eq 3 && $1 != diff ]]; then
    sed -n '2,10p' "$0" >&2
    exit 2
fi
if [[ $1 == diff ]]; then
    exec "$PYTHON" "$ROWDIFF" summary "$2" "$3"
fi

CODE_ROOT="$(cd "$1" && pwd)"
OUTDIR="$2"
mkdir -p "$OUTDIR"
export DATENORM_WORKERS="${DATENORM_WORKERS:-1}"

# name -> labelled file; generated splits keep their rows in valid.tsv (the project's commands)
declare -A FILES=(
    [calib-all]="$HERE/data/calib-all/valid.tsv"
    [calib-4lang]="$HERE/data/calib-4lang/valid.tsv"
    [calib4-en]="$HERE/data/calib4-en/valid.tsv"
    [calib4-wide]="$HERE/data/calib4-wide/valid.tsv"
    [examples]="$EXAMPLES"
    [realworld]="$HERE/benchmarks/realworld.tsv"
)
for n in 2 3 4 5 6 7; do FILES[realworld$n]="$HERE/benchmarks/realworld$n.tsv"; done
REALWORLD="realworld realworld2 realworld3 realworld4 realworld5 realworld6 realworld7"
ENGLISH="calib4-en examples $REALWORLD"  # also dumped with models/en, which takes no language hint
ORDER="calib-all calib-4lang calib4-en calib4-wide examples $REALWORLD"

dump() {  # name model hint|nohint
    local flag=()
    if [[ $3 == nohint ]]; then flag=(--no-lang-hint); fi
    PYTHONPATH="$CODE_ROOT" "$PYTHON" "$ROWDIFF" dump "${FILES[$1]}" --model "$HERE/models/$2" "${flag[@]}" \
        --out "$OUTDIR/$1.$2.$3.jsonl"
}

# A dump that fails (new code mid-edit) does not stop the others; the run fails at the end.
failed=()
start=$SECONDS
for name in $ORDER; do
    if [[ ! -f ${FILES[$name]} ]]; then
        echo "rowdiff_all: skipped $name: no ${FILES[$name]}" >&2
        failed+=("$name")
        continue
    fi
    dump "$name" default hint || failed+=("$name.default.hint")
    dump "$name" default nohint || failed+=("$name.default.nohint")
    if [[ " $ENGLISH " == *" $name "* ]]; then dump "$name" en nohint || failed+=("$name.en.nohint"); fi
done
echo "rowdiff_all: $OUTDIR with the datenorm of $CODE_ROOT in $((SECONDS - start)) s" >&2
if ((${#failed[@]})); then
    echo "rowdiff_all: failed: ${failed[*]}" >&2
    exit 1
fi
