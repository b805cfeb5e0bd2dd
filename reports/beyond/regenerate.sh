#!/usr/bin/env bash
# Regenerates every report under reports/beyond/ from scratch (results go to results/beyond/, which git ignores):
#
#   mvn -B -ntp -DskipTests package && bash reports/beyond/regenerate.sh
#
# Needs results/paper (the paper profile, ./lrpg reproduce --profile paper) for the rank study and the
# tensor-vs-matrix comparison; every other run is trained here. Every step is resumable: run the script again
# after an interruption and finished runs are skipped. About 30 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
lrpg=./lrpg
results=results/beyond
[ -d results/paper/runs ] || { echo "regenerate.sh: results/paper is missing: run ./lrpg reproduce --profile paper first" >&2; exit 2; }

# 1. sweeps: rank x grid for the low-rank and tensor models (the paper's point is one of them), width for the network
$lrpg sweep --env pendulum --name pendulum-rank-grid --models lowrank,tensor --ranks 1,2,4,8 \
  --axis actor.buckets=4x4,6x6,10x10,16x16 --runs 20 --out "$results/pendulum-sweep"
$lrpg sweep --env pendulum --name pendulum-width --models nn --axis hidden=32,128,512 --runs 20 \
  --out "$results/pendulum-sweep"
$lrpg sweep --env goddard --name goddard-rank-grid --models lowrank,tensor --ranks 1,2,4 \
  --buckets 2x2x2,4x4x4,8x8x8 --runs 20 --out "$results/goddard-sweep"

# 2. the tensor model on the paper's environments (its presets), beside the paper's runs of the two paper models
$lrpg train --env pendulum --model tensor --runs 20 --out "$results/tensor"
$lrpg train --env acrobot --model tensor --runs 20 --out "$results/tensor"
$lrpg train --env goddard --model tensor --runs 20 --out "$results/tensor"

# 3. mountain car: every model from its preset
for model in lowrank tensor nn; do
  $lrpg train --env mountain-car-continuous-v0 --model "$model" --runs 20 --out "$results/mountain-car"
done

# 4. the rank study of the paper's trained policies and of the tensor runs
$lrpg rank --in results/paper --in "$results/tensor" --out "$results/rank"

# 5. the reports (without the per-episode export, and for the Goddard sweep without curves.csv, 51 MB: to keep the
#    repository small; lrpg report writes both by default)
$lrpg report --in "$results/pendulum-sweep" --out reports/beyond/pendulum-sweep --episodes-csv skip
$lrpg report --in "$results/goddard-sweep" --out reports/beyond/goddard-sweep --episodes-csv skip --curves-csv skip
$lrpg report --in results/paper --in "$results/tensor" --in "$results/rank" --out reports/beyond/tensor-and-rank \
  --episodes-csv skip
$lrpg report --in "$results/mountain-car" --out reports/beyond/mountain-car --episodes-csv skip
cp "$results/rank/rank-study.md" reports/beyond/rank-study.md
