#!/bin/sh
# Regenerate the Aarhus Kommune set deterministically and validate it.
set -e
cd "$(dirname "$0")"
node gen-fleet.mjs
node gen-desk.mjs
node validate.mjs
